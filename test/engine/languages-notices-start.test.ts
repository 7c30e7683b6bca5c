// Other-language group notices passed over: a group for relatives named apart in the Nordic languages ("gruppe for pårørende"), a
// Dutch "ondersteuningsgroep", a notice giving the start of its meetings with a date ("inicio de los encuentros: …"), the first person
// starting new groups ("starter vi nye sorggrupper"), a Polish group that will meet and its first meeting, a Catalan fortnight, and a
// Catalan notice no longer read as French. All documents are the team's own words (invented names, 555 numbers).
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { guessLanguage } from '../../server/src/engine/languages';
import { rules } from '../support/languages';

describe('other languages: notices giving their start, groups for relatives and new groups', () => {
  describe('a Nordic group for relatives, named apart', () => {
    it('reads "gruppe for pårørende" and "grupp för anhöriga" as support groups when the notice gives a way to come', () => {
      for (const page of [
        '# Fællesskabsgruppe for pårørende til mennesker med sklerose\n\nDet er svært at være tæt på en, der er syg, og det er godt at have nogen at tale med. I kirkens lokaler samles en ny gruppe, hvor man kan tale med andre i samme situation, og det er for alle, der har brug for det. Gruppen mødes i Kirkehuset, Strandvej 12, Nørreby.\n\nHenvendelse til diakon Mette Lund, tlf. 555-0120.\n',
        '# Grupp för anhöriga till personer med missbruk\n\nHär träffar du andra som lever nära någon med ett beroende. Gruppen träffas på Ekbackens församlingshem varannan torsdag klockan 18.\n\nKontakt: Lena Berg, 555-0133\n',
        '# Gruppe for etterlatte etter brå død\n\nDet er ikke lett å miste noen, og det kan være godt å ha noen å snakke med. Vi er en gruppe for etterlatte som deler erfaringer, og det er plass til alle som vil være med. Gruppen møtes i menighetshuset på Vikane hver tirsdag kl. 19.\n\nKontakt: 555-0144\n',
      ]) {
        assert.equal(lint(page).kind, 'support', page);
        assert.ok(rules(page).includes('support-disclaimer'), page);
      }
    });

    it('does not take a target group, an article on such groups, or the name in code for a group of its own', () => {
      for (const text of [
        '# Om pårørende i kommunen\n\nMålgruppen for pårørende-indsatsen er alle, der passer et familiemedlem. Kommunen har skrevet en rapport om, hvordan grupper for pårørende virker i andre byer, og hvad de betyder for trivslen.\n',
        'Noter fra dagens kursus i programmering.\n\n```\ngruppe for pårørende = ny_gruppe()\n```\n\nVi gennemgik koden og navnene på variablerne i en time.\n',
      ])
        assert.equal(lint(text).groupMaterial, false, text);
    });
  });

  it('reads a Dutch "ondersteuningsgroep" with its dates and hours as a support group', () => {
    const page =
      '# Ondersteuningsgroep voor mantelzorgers\n\nIn de ondersteuningsgroep ontmoet je mensen die hetzelfde meemaken. Je deelt ervaringen en steunt elkaar.\n\n## Praktisch\n\n- Data: op donderdagavond 3, 10 en 17 oktober van 19:00-21:00 uur in Buurthuis De Linde\n';
    assert.equal(lint(page).kind, 'support');
  });

  describe('the start of the meetings, with a date', () => {
    it('reads a notice giving when its meetings start as the group’s own, in Spanish, Portuguese and French', () => {
      for (const page of [
        '# Grupo de duelo Esperanza\n\nInicio de los encuentros del grupo de duelo: 12 de marzo, en el salón parroquial de Santa Clara.\n\nEl grupo acompaña a quienes han perdido a un ser querido. Es un espacio para compartir lo que se vive con otras personas que pasan por lo mismo, y la participación es para todos los que lo necesiten por su situación.\n',
        '# Grupo de apoio a cuidadores\n\nInício dos encontros: 4 de abril, no salão da associação Ventos do Sul. O grupo de apoio junta quem cuida de um familiar doente e não tem com quem falar. É um espaço para partilhar o que se vive com outras pessoas que passam pelo mesmo, e a participação é para todos os que precisem.\n',
        '# Groupe de parole pour les aidants\n\nDébut des rencontres le 9 janvier à la maison des associations de Villebourg. Le groupe de parole accueille les proches de malades.\n',
      ]) {
        assert.equal(lint(page).kind, 'support', page);
        assert.ok(rules(page).includes('support-disclaimer'), page);
      }
    });

    it('reads a Nordic group that starts on a date as the group’s own notice', () => {
      const page =
        '# Ny gruppe for pårørende i Vesterby\n\nVesterby Kirke vil starte en gruppe for ægtefæller og andre pårørende til alvorligt syge, og det er et tilbud til alle i sognet. Gruppen startes op d. 14. marts i Kirkehuset, og den bliver ledet af frivillige.\n';
      assert.equal(lint(page).kind, 'support');
      const noDate =
        '# Om grupper for pårørende\n\nDer er mange steder i landet, hvor man kan tale med andre, og det er godt for mange. Gruppen startes op, når der er nok deltagere, siger kommunen i en rapport om grupper for pårørende.\n';
      assert.equal(lint(noDate).groupMaterial, false);
    });

    it('passes over a start told with no date, or a story looking back on one', () => {
      for (const text of [
        '# Veinte años de grupos de duelo\n\nLa diócesis recuerda que el inicio de los encuentros fue difícil y que los grupos de duelo se extendieron por muchos países. Hoy hay cientos en todo el continente.\n',
        '# Historia de los grupos de apoyo\n\nLos grupos de apoyo nacieron hace décadas; el comienzo de las reuniones en cada ciudad dependió de voluntarios.\n',
      ])
        assert.equal(lint(text).groupMaterial, false, text);
    });
  });

  describe('new groups in the first person, in the Nordic languages', () => {
    it('reads "I oktober starter vi nye sorggrupper" with a way to sign up as the group’s own notice', () => {
      for (const page of [
        '# Sorg og samtale\n\nDet kan være godt å snakke med andre. I februar starter vi nye sorggrupper. Du kan melde deg på hos menighetskontoret.\n\nSorggruppene er for alle som har mistet noen.\n',
        '# Sorggrupper i Lindby\n\nTill hösten startar vi nya sorggrupper för dig som har mist en partner. Anmäl dig till diakonen.\n',
      ])
        assert.equal(lint(page).kind, 'support', page);
    });

    it('passes over the same words denied, or with no way to come', () => {
      for (const text of [
        '# Sorggrupper i Lindby\n\nI år starter vi ikke nye sorggrupper. Sorggrupper finnes i mange menigheter, og de kan være til god hjelp.\n',
        '# Om sorggrupper\n\nMange menigheter tilbyr sorggrupper. Forskning viser at sorggrupper kan være til hjelp for mange etterlatte.\n',
      ])
        assert.equal(lint(text).groupMaterial, false, text);
    });
  });

  describe('a Polish group that will meet', () => {
    it('reads "Grupa będzie się spotykać" and a first meeting with its date and hour as the group’s own', () => {
      const page =
        '# Grupa wsparcia dla opiekunów\n\nZapraszamy opiekunów osób starszych z gminy Borowo. To jest miejsce, w którym można porozmawiać z innymi, którzy są w tej samej sytuacji, i nie trzeba się do tego przygotowywać. Grupa będzie się spotykać w domu kultury. Pierwsze spotkanie odbędzie się 5 marca o godzinie 17.00.\n\nChętnych prosimy o kontakt: tel. 555-0150\n';
      assert.equal(lint(page).kind, 'support');
      assert.ok(rules(page).includes('support-disclaimer'));
    });

    it('passes over a group that will not meet and an explainer on such groups', () => {
      for (const text of [
        '# Czym jest grupa wsparcia?\n\nGrupa wsparcia to miejsce, gdzie ludzie pomagają sobie nawzajem. W tym roku grupa nie będzie się spotykać, a o nowych grupach wsparcia napiszemy później.\n',
      ])
        assert.equal(lint(text).groupMaterial, false, text);
    });
  });

  describe('a fellowship kept by voluntary contributions', () => {
    const meeting =
      '# Grupa wsparcia AA „Kotwica”\n\nSpotykamy się w każdy czwartek o godz. 18.00 w sali parafialnej przy ulicy Lipowej 3. Na spotkania może przyjść każdy, kto chce przestać pić, i nie trzeba się wcześniej zapisywać.\n\n';
    it('takes voluntary contributions or a self-supporting group as the answer on cost, in Polish and Czech', () => {
      for (const page of [
        `${meeting}Grupa jest samowystarczalna, a dobrowolne datki pokrywają koszt herbaty i literatury.\n`,
        `${meeting}Nie ma żadnych składek ani opłat.\n`,
      ])
        assert.ok(!rules(page).includes('support-free'), page);
      const czech =
        '# Svépomocná skupina pro pozůstalé\n\nScházíme se každé úterý v 17 hodin v komunitním centru Lípa na Dlouhé ulici. Je to místo, kde se můžeme sdílet s lidmi, kteří prožili podobnou ztrátu, a kde nás nikdo nesoudí.\n\nProvoz skupiny hradí dobrovolné příspěvky členů.\n';
      assert.equal(lint(czech).kind, 'support');
      assert.ok(!rules(czech).includes('support-free'));
    });

    it('still asks about cost when only attending is voluntary', () => {
      const page = `${meeting}Udział w spotkaniach jest dobrowolny i anonimowy.\n`;
      assert.equal(lint(page).kind, 'support');
      assert.ok(rules(page).includes('support-free'));
    });
  });

  describe('a Catalan notice', () => {
    it('reads a Catalan notice, with its articles shared with French, as Catalan, and French as French', () => {
      assert.equal(
        guessLanguage(
          "El grup de suport per a les persones amb dolor crònic continua aquest curs a la sala de l'hospital, i hi pot venir tothom qui ho necessiti; la psicòloga que el condueix és la mateixa.",
        ),
        'Catalan',
      );
      assert.equal(
        guessLanguage(
          'Le groupe de parole pour les aidants se réunit à la maison des associations, et il est ouvert à tous ceux qui le souhaitent; la psychologue qui le conduit est la même.',
        ),
        'French',
      );
    });

    it('reads a Catalan support group that meets every fortnight as a support group', () => {
      const page =
        "# Grup de suport per a persones amb dolor crònic\n\nEl grup de suport vol donar força a qui viu amb dolor posant en comú el que cadascú ha viscut. Les sessions es faran a la sala de l'hospital de Vallclara cada quinze dies i duraran dues hores. Qui vulgui formar part del grup pot posar-se en contacte amb l'hospital.\n";
      assert.equal(lint(page).kind, 'support');
    });
  });
});
