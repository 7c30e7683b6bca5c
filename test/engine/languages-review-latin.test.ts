// Group pages in Latin-script languages (engine/languages.ts), after a second review of one day's changes: a start of meetings read
// only within its sentence and not when told in the past, a Polish first meeting only with a month, a meeting to come only a
// group's own, voluntary contributions only the members' own, a Nordic focus or steering group no group of its own, Spanish
// articles counted in the language guess, a jobseekers' group counselling no therapy, the Hungarian "every Tuesday" spelled right,
// and Polish denials read where Polish puts them. All sentences are the team's own words (invented names, 555 numbers).
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { guessLanguage, OWN_MEETING_OTHER, SATISFIED_OTHER, SUPPORT_NAME_OTHER, THERAPY_NAME_OTHER } from '../../server/src/engine/languages';

/** The phrases a pattern finds in a text. */
const found = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, 'giu'))].map((m) => m[0].toLowerCase());
const finds = (re: RegExp, text: string, phrase: string) => found(re, text).some((m) => m.includes(phrase));

describe('group pages in Latin-script languages, after a second review', () => {
  describe('the start of the meetings, with a date', () => {
    it('does not read a date from the next sentence, or a start told in the past, as a notice', () => {
      for (const text of [
        'Der Beginn der Treffen war 2019 schwierig. Am 4. Mai 2019 schloss die Gruppe in Altstadt.',
        'Le début des rencontres, le 12 janvier 2019, avait réuni 40 personnes dans la salle des fêtes.',
        'El inicio de los encuentros de la liga, el 20 de agosto, fue aplazado por la lluvia.',
      ])
        assert.ok(
          !finds(OWN_MEETING_OTHER, text, 'treffen') && !finds(OWN_MEETING_OTHER, text, 'rencontres') && !finds(OWN_MEETING_OTHER, text, 'encuentros'),
          text,
        );
    });

    it('still reads a start with its date, with a year or without', () => {
      assert.ok(finds(OWN_MEETING_OTHER, 'Beginn der Treffen am 4. Mai im Gemeindehaus Lindenweg.', 'treffen'));
      assert.ok(finds(OWN_MEETING_OTHER, 'Début des rencontres le 9 janvier 2027 à la maison des associations.', 'rencontres'));
      assert.ok(finds(OWN_MEETING_OTHER, 'Inicio de los encuentros: 6 de octubre, en el salón parroquial.', 'encuentros'));
    });

    it('passes over a French story looking back on a group’s first meetings', () => {
      const story =
        '# Vingt ans de groupes de parole\n\nLe début des rencontres, le 12 janvier 2019, avait réuni 40 personnes. Depuis, les groupes de parole se sont multipliés dans toute la région.\n';
      assert.equal(lint(story).groupMaterial, false);
    });
  });

  describe('a Polish first meeting', () => {
    it('needs a month after the number, not hours or years', () => {
      for (const text of ['Pierwsze spotkanie trwa 2 godziny.', 'Pierwsze spotkanie odbyło się 12 lat temu.'])
        assert.ok(!finds(OWN_MEETING_OTHER, text, 'pierwsze'), text);
      assert.ok(finds(OWN_MEETING_OTHER, 'Pierwsze spotkanie odbędzie się 18 czerwca w sali parafialnej.', 'pierwsze'));
    });
  });

  describe('a Polish, Czech or Slovak meeting to come', () => {
    it('does not take another body’s meetings for a group’s own', () => {
      for (const text of [
        'Prezydenci będą się spotykać co roku.',
        'Ministrowie spotykać się będą co kwartał.',
        'Następne spotkanie Rady Miasta odbędzie się 5 maja.',
        'Další setkání s ministrem proběhlo loni.',
      ])
        assert.ok(
          !finds(OWN_MEETING_OTHER, text, 'spotyka') && !finds(OWN_MEETING_OTHER, text, 'spotkanie') && !finds(OWN_MEETING_OTHER, text, 'setkání'),
          text,
        );
    });

    it('still reads a group that will meet and its next meeting, in the forms each language writes', () => {
      for (const [text, phrase] of [
        ['Grupa będzie się spotykać w każdy wtorek.', 'spotykać'],
        ['Skupiny sa budú stretávať každý týždeň.', 'budú'],
        ['Další setkání: 5. května v 17 hodin.', 'setkání'],
        ['Ďalšie stretnutie bude 3. júna.', 'stretnutie'],
        ['Kolejne spotkanie odbędzie się 12 maja.', 'spotkanie'],
        ['W każdym cyklu odbywać się będzie sześć spotkań.', 'odbywać'],
      ])
        assert.ok(finds(OWN_MEETING_OTHER, text, phrase), text);
    });
  });

  describe('voluntary contributions and self-support', () => {
    const free = (text: string) => finds(SATISFIED_OTHER['support-free'], text, '');

    it('does not take a gift for something else, self-sufficiency of other kinds, or fees, for a fellowship’s own', () => {
      for (const text of [
        'Podpora soběstačnosti seniorů je cílem projektu.',
        'To pierwsza samowystarczalna energetycznie gmina w regionie.',
        'Zbieramy dobrowolne datki na remont hospicjum.',
        'Každý může dobrovolně darovat krev.',
        'Wysokość składek i opłat ustala zarząd.',
      ])
        assert.ok(!free(text), text);
    });

    it('still reads the members’ own contributions and a self-supporting group', () => {
      for (const text of [
        'Każda grupa AA jest samowystarczalna.',
        'Grupa utrzymuje się z dobrowolnych składek uczestników.',
        'Dobrowolne datki idą na pokrycie kosztów wynajmu sali.',
        'Skupina se financuje z dobrovolných příspěvků členů.',
        'Nie ma składek ani opłat.',
      ])
        assert.ok(free(text), text);
    });
  });

  describe('a Nordic group "for pårørende"', () => {
    it('does not name a focus, steering, reference or interest group a support group', () => {
      for (const text of ['fokusgruppe for pårørende', 'styregruppe for pårørende', 'referencegruppe for pårørende', 'interessegruppe for pårørende'])
        assert.ok(!finds(SUPPORT_NAME_OTHER, text, 'gruppe'), text);
      assert.ok(finds(SUPPORT_NAME_OTHER, 'Samværsgruppe for pårørende til demente', 'gruppe for pårørende'));
    });
  });

  it('keeps a Spanish page with many "la" Spanish, and a Catalan one Catalan', () => {
    assert.equal(
      guessLanguage('Grupo de apoyo: la fuerza de una comunidad. La sede está en la plaza mayor y la puerta queda abierta para quien la necesite.'),
      'Spanish',
    );
    assert.equal(
      guessLanguage('Grup de suport: la força d’una comunitat. La seu és a la plaça i les portes són obertes per a tothom qui ho necessiti.'),
      'Catalan',
    );
  });

  it('does not take Hungarian group counselling for jobseekers for group therapy', () => {
    for (const text of ['csoportos tanácsadás álláskeresőknek', 'csoportos tanácsadás a munkaerőpiacra visszatérőknek'])
      assert.ok(!finds(THERAPY_NAME_OTHER, text, 'tanácsadás'), text);
    for (const text of ['csoportos tanácsadás egyetemistáknak', 'a csoportos tanácsadási folyamat'])
      assert.ok(finds(THERAPY_NAME_OTHER, text, 'tanácsadás'), text);
  });

  it('reads the Hungarian "every Tuesday" and "every Thursday" as days of meeting', () => {
    for (const text of ['keddenként', 'csütörtökönként', 'hétfőnként']) assert.ok(finds(OWN_MEETING_OTHER, text, 'nként'), text);
    for (const text of ['keddnként', 'csütörtöknként']) assert.ok(!finds(OWN_MEETING_OTHER, text, 'nként'), text);
  });

  it('reads Polish meetings that will take place, the verb first, and no denial of them', () => {
    assert.ok(finds(OWN_MEETING_OTHER, 'W każdym cyklu odbywać się będzie sześć spotkań.', 'odbywać'));
    assert.ok(!finds(OWN_MEETING_OTHER, 'W tym roku spotkania odbywać się nie będą.', 'odbywać'));
    assert.ok(!finds(OWN_MEETING_OTHER, 'Spotkania nie będą się odbywać w wakacje.', 'odbywać'));
  });
});
