// Other-language group pages: a listening group named in Spanish and Portuguese, a Danish or Norwegian group that meets ("ses",
// "møtest", "én gang om ugen"), and a Romance denial said with the verb "to be" ("non sono gruppi terapeutici"). All documents are the
// team's own words (invented names, 555 numbers).
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { rules } from '../support/languages';

describe('other languages: listening groups, Nordic meetings and denials with "to be"', () => {
  describe('a listening group in Spanish and Portuguese', () => {
    it('reads a parish listening group and a Portuguese one as support groups', () => {
      for (const page of [
        '# Grupo de Escucha para madres y padres\n\nEn nuestra parroquia de San Telmo abrimos un grupo de escucha para quienes han perdido un hijo. Nuestro grupo se reúne cada jueves por la tarde en la sala parroquial.\n',
        'Grupo de escuta para cuidadores\n\nO nosso grupo de escuta acolhe quem cuida de um familiar doente e não tem com quem falar. Os encontros acontecem às terças, na sala da associação Ventos do Sul, e qualquer pessoa que se sinta sozinha pode vir.\n',
      ]) {
        assert.equal(lint(page).kind, 'support', page);
        assert.ok(rules(page).includes('support-disclaimer'), page);
      }
    });

    it('stays silent on an explainer about listening groups in general, and on the name in code or a link', () => {
      for (const text of [
        '# ¿Qué es un grupo de escucha?\n\nLos grupos de escucha son espacios donde varias personas comparten lo que viven. Suelen reunirse una vez por semana y los coordina alguien con experiencia.\n',
        'Notas del taller de programación de hoy.\n\n```\ngrupo de escucha = nuevo_grupo()\n```\n\nRevisamos el código y los nombres de las variables durante una hora.\n',
        'Enlaces útiles del proyecto: https://example.org/grupo-de-escucha y el repositorio de la documentación del equipo, que se revisa cada mes.\n',
      ])
        assert.equal(lint(text).groupMaterial, false, text);
    });
  });

  describe('a Danish or Norwegian group that meets', () => {
    it('reads "Gruppen ses … én gang om ugen" and the Nynorsk "Gruppa møtest" as the group’s own meetings', () => {
      for (const page of [
        '# Sorggruppe for voksne\n\nSorggruppen er for dig, der har mistet en ægtefælle, og som har brug for at tale med andre i samme situation. Gruppen ses i Kulturhuset Vestby én gang om ugen om aftenen i otte uger, og det er ikke nødvendigt at have været med før.\n',
        '# Sorggruppe i Nordvik\n\nSorggruppa er for vaksne som har mista nokon nær. Gruppa møtest i kyrkjelyden sitt hus seks gonger i løpet av hausten, og det er plass til seks deltakarar.\n',
        '# Sorggrupp för unga vuxna\n\nI sorggruppen träffar du andra som har förlorat en förälder. Vi ses en gång i veckan på biblioteket i Ekdal under tio veckor.\n',
      ])
        assert.equal(lint(page).kind, 'support', page);
    });

    it('takes neither "ses" as seen nor "en gang om ugen" said of people in general for a group’s meeting', () => {
      for (const text of [
        '# Hvad er en sorggruppe?\n\nEn sorggruppe er et tilbud til mennesker i sorg. Mange oplever, at det hjælper at tale med andre, og det ses ofte, at deltagerne får det bedre med tiden.\n',
        '# Om sorg\n\nSorg er en naturlig reaktion på tab. Nogle mennesker har brug for at tale om det en gang om ugen med en ven, andre vil helst være alene, og begge dele er i orden.\n',
      ])
        assert.equal(lint(text).groupMaterial, false, text);
    });
  });

  describe('a Romance denial with the verb "to be"', () => {
    it('reads a mutual-help group that says it is not a therapy group as support, with its disclaimer made', () => {
      for (const page of [
        '# Gruppo di auto mutuo aiuto per familiari\n\nIl nostro gruppo di auto mutuo aiuto si riunisce ogni martedì alle 18 nella sala civica. Non sono gruppi terapeutici: chi partecipa aiuta ed è aiutato.\n\nContatti: 555 0120\n',
        '# Grupo de apoyo para cuidadores\n\nNuestro grupo de apoyo se reúne todos los lunes a las 19 h en el centro cívico. No es un grupo terapéutico: compartimos lo que vivimos entre iguales.\n\nContacto: 555 0121\n',
      ]) {
        const r = lint(page);
        assert.equal(r.kind, 'support', page);
        assert.ok(!rules(page).includes('kind-conflict'), page);
      }
    });

    it('still reads a therapy group that says what it is with the verb, unnegated', () => {
      const page =
        '# Gruppo terapeutico per l’ansia\n\nQuesto è un gruppo terapeutico condotto da una psicoterapeuta. Il gruppo si riunisce ogni giovedì alle 18 per dodici incontri.\n\nIscrizioni: 555 0122\n';
      assert.equal(lint(page).kind, 'therapy');
    });
  });

  describe('its one group named in the sentence that gives a way to reach it', () => {
    it('reads a news notice whose group is named beside its phone number or email as that group’s page', () => {
      for (const page of [
        'La malaltia de Crohn canvia la vida de moltes famílies i sovint es viu amb molta solitud. Per això a Torrebona ha nascut una xarxa de persones afectades que volen parlar-ne obertament.\n\nLes persones que vulguin entrar al grup de suport de Torrebona poden escriure a grup@example.org o trucar al 555-0150.\n',
        'El dolor crónico cambia la vida de muchas personas y a menudo se vive en silencio. En Valdeolmos varias vecinas han decidido dar un paso para acompañarse entre ellas.\n\nQuienes quieran acercarse al grupo de apoyo de Valdeolmos pueden llamar al 555-0151 por las tardes.\n',
      ])
        assert.equal(lint(page).kind, 'support', page);
    });

    it('takes no helpline beside such groups in general, an indefinite one, or a quoted term, for a group of the page’s own', () => {
      for (const text of [
        'El dolor crónico cambia la vida de muchas personas y a menudo se vive en silencio, según explican los especialistas del hospital comarcal.\n\nLos grupos de apoyo pueden ayudar a muchas personas, y la asociación nacional informa sobre ellos en el 555-0152.\n',
        'El dolor crónico cambia la vida de muchas personas y a menudo se vive en silencio, según explican los especialistas del hospital comarcal.\n\nSi busca un grupo de apoyo en su provincia, la asociación nacional le orienta en el 555-0153.\n',
        'El dolor crónico cambia la vida de muchas personas y a menudo se vive en silencio, según explican los especialistas del hospital comarcal.\n\nLo que muchos llaman un «grupo de apoyo» no siempre existe cerca; la asociación nacional informa en el 555-0154.\n',
      ])
        assert.equal(lint(text).kind, null, text);
    });
  });
});
