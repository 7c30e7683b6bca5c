// Group notices in the languages of Central and Eastern Europe, Greek, Turkish and the Baltic ones (engine/languages.ts): a meeting
// that will take place or starts at an hour, its own noun as the verb's subject; the reader awaited or invited in the first person
// plural next to a group or its meetings; an address given as such, with its number. All sentences are the team's own words
// (invented names and streets).
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { AWAITED_OTHER, DATE_OTHER, OWN_MEETING_OTHER, WAY_TO_COME_OTHER } from '../../server/src/engine/languages';

/** The phrases a pattern finds in a text. */
const found = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, 'giu'))].map((m) => m[0].toLowerCase());

describe('group notices in Central and Eastern European, Greek, Turkish and Baltic languages', () => {
  describe('a meeting that takes place', () => {
    it('reads the meeting as the subject of its verb, in the future or the present, in each language', () => {
      for (const text of [
        'Spotkanie grupy wsparcia odbędzie się w bibliotece miejskiej.',
        'Odbędą się spotkania dla rodziców w świetlicy.',
        'Setkání svépomocné skupiny proběhne ve čtvrtek odpoledne.',
        'Setkání se koná v klubovně na náměstí.',
        'Stretnutie podpornej skupiny sa uskutoční v knižnici.',
        'Întâlnirea grupului de sprijin va avea loc la sediul asociației.',
        'Sastanak grupe održat će se u dvorani župe.',
        'Srečanje bo potekalo v mali dvorani doma.',
        'Η συνάντηση της ομάδας θα πραγματοποιηθεί στο πνευματικό κέντρο.',
        'Tikšanās notiks bibliotēkas zālē.',
        'Susitikimas vyks bendruomenės namuose.',
      ])
        assert.ok(found(OWN_MEETING_OTHER, text).length > 0, text);
    });

    it('reads a meeting that starts at an hour or on a day', () => {
      for (const text of ['Setkání začne v 16.30 v klubovně.', 'Spotkanie rozpocznie się o 17.00 w sali nr 2.', 'Întâlnirea începe la 18:00.'])
        assert.ok(found(OWN_MEETING_OTHER, text).length > 0, text);
    });

    it('does not read another body’s meeting, a meeting called off or a start with no hour', () => {
      for (const text of [
        'Następne spotkanie Rady Miasta odbędzie się 5 maja.',
        'Spotkanie nie odbędzie się w tym tygodniu.',
        'Schůzka zastupitelstva proběhne zítra.',
        'Setkání začne tím, že se všichni představí.',
        'Konferencja odbędzie się w Krakowie.',
      ])
        assert.deepEqual(found(OWN_MEETING_OTHER, text), [], text);
    });
  });

  describe('the reader awaited or invited', () => {
    it('reads the first person plural next to a group or its meetings, before or after it', () => {
      for (const text of [
        'Szeretettel várjuk mindenkit a hozzátartozók csoportjába.',
        'A csoport alkalmaira várjuk azokat, akik elveszítettek valakit.',
        'Czekamy na Was na spotkaniach grupy co miesiąc.',
        'Těšíme se na vás na setkání skupiny.',
        'Vă așteptăm la întâlnirile grupului.',
        'Čekamo vas na susretima grupe.',
        'Σας περιμένουμε στην ομάδα.',
        'Tüm aileleri grup toplantımıza bekliyoruz.',
        'Ootame kõiki tugirühma kohtumistele.',
        'Aicinām vecākus uz atbalsta grupas nodarbībām.',
        'Kviečiame į paramos grupės susitikimus.',
      ])
        assert.ok(found(AWAITED_OTHER, text).length > 0, text);
    });

    it('does not read a denial, or an invitation with no group in its sentence', () => {
      for (const text of [
        'Nem várjuk a csoport tagjait.',
        'Szeretettel várjuk olvasóink leveleit.',
        'Czekamy na Was w naszym sklepie.',
        'Vă așteptăm comentariile.',
      ])
        assert.deepEqual(found(AWAITED_OTHER, text), [], text);
    });
  });

  describe('an address', () => {
    it('reads an address given as such, with its number', () => {
      for (const text of [
        'Setkání je na adrese Lipová 12, Dolní Ves.',
        'Zapraszamy pod adresem Polna 3 w Lesznie.',
        'Najdete nás na adresi Zelena 5.',
        'Klub je na naslovu Cvetlična 7.',
        'Ne găsiți la adresa Florilor 9.',
        'A klub a Kossuth utca 12 alatt van.',
        'Toplantı Atatürk Caddesi No: 5 adresinde.',
      ])
        assert.ok(found(WAY_TO_COME_OTHER, text).length > 0, text);
    });

    it('does not read an address with no number', () => {
      for (const text of ['Adresa redakce je v Praze.', 'Na adrese nezáleží, přijďte.']) assert.deepEqual(found(WAY_TO_COME_OTHER, text), [], text);
    });
  });

  describe('fixes after review', () => {
    it('reads the verb first only when the meeting is the group’s, not another body’s, nor any class or what follows a meeting', () => {
      for (const text of [
        'Odbędzie się spotkanie Rady Miasta w ratuszu.',
        'W czwartek se održava sastanak Gradskog vijeća.',
        'Zajęcia odbywają się w sali gimnastycznej.',
        'Po setkání začne v 19.00 koncert skupiny.',
      ])
        assert.deepEqual(found(OWN_MEETING_OTHER, text), [], text);
      for (const text of ['W piątek odbędzie się spotkanie grupy wsparcia.', 'Odbędą się spotkania dla opiekunów.', 'Setkání začne v 17.00 v knihovně.'])
        assert.ok(found(OWN_MEETING_OTHER, text).length > 0, text);
    });

    it('does not read "we call it", "we expect", "suitable", a job title, a hotel or group bookings as the reader awaited', () => {
      for (const text of [
        'Ezt a jelenséget csoportos gondolkodásnak hívjuk.',
        'Szeretettel várjuk alkalmas jelentkezőinket csoportvezető pozícióra.',
        'Konferans ve toplantılarınız için sizi bekliyoruz.',
        'Czekamy na Państwa – oferty grupowe w recepcji.',
      ])
        assert.deepEqual(found(AWAITED_OTHER, text), [], text);
      for (const text of ['Szeretettel várjuk a gyászolók csoportjába.', 'Bütün gönüllüleri grup buluşmamıza bekliyoruz.'])
        assert.ok(found(AWAITED_OTHER, text).length > 0, text);
    });

    it('does not read the reader awaited in a question', () => {
      const told =
        '# Sorstárs csoport\n\nAz egyesületnél szeretettel várjuk a gyászolók sorstárs csoportjába mindazokat, akik elveszítették egy szerettüket. A csoportot két önkéntes vezeti, és a találkozókon mindenki elmondhatja, amit szeretne, vagy csak meghallgathatja a többieket.\n';
      const asked = told.replace('Az egyesületnél szeretettel várjuk', 'Miért várjuk').replace('szerettüket.', 'szerettüket?');
      assert.equal(lint(told).kind, 'support');
      assert.notEqual(lint(asked).kind, 'support');
    });

    it('reads Romanian and Estonian streets, not a path, a directorate, a change of address or an hour', () => {
      for (const text of [
        'Ne vedem pe Str. Teilor nr. 4.',
        'Sediul este pe Strada Teilor 4.',
        'Bulevardul Păcii 21, etaj 2.',
        'Kohtume Vahtra tn 6.',
        'A klub a Pécsi út 14. alatt van.',
      ])
        assert.ok(found(WAY_TO_COME_OTHER, text).length > 0, text);
      for (const text of [
        'A boldogság felé vezető út 7 lépése.',
        'Η Διεύθυνση Πολιτισμού ανακοίνωσε ότι 4 ομάδες ξεκινούν.',
        'Zmiana adresu od 2 lutego.',
        'Spotkanie o g. 17 w świetlicy.',
      ])
        assert.deepEqual(found(WAY_TO_COME_OTHER, text), [], text);
    });

    it('does not read Romanian "mai", "more", as the month', () => {
      assert.deepEqual(found(DATE_OTHER, 'Anul acesta au venit cu 12 mai mulți părinți.'), []);
      assert.deepEqual(found(DATE_OTHER, 'Întâlnirea are loc pe 12 mai, la ora 17.'), ['12 mai']);
      assert.deepEqual(found(DATE_OTHER, 'Das Treffen ist am 12. Mai.'), ['12. mai']);
    });
  });

  describe('whole pages', () => {
    it('reads a Czech notice of a carers’ meeting with its hour and address as a support group', () => {
      const page =
        '# Setkání podpůrné skupiny pečujících\n\nJde o setkání lidí, kteří doma pečují o své blízké. Na setkání se mohou vzájemně podpořit, sdílet své zkušenosti a také to, co je trápí. Přijít může každý, kdo o někoho pečuje, a nemusí nic vysvětlovat.\n\nSetkání začne v 15.00 v Domě pro rodinu na adrese Jabloňová 8, Horní Lhota.\n';
      const r = lint(page);
      assert.equal(r.groupMaterial, true);
      assert.equal(r.kind, 'support');
    });

    it('reads a Hungarian invitation to a grief group as a support group', () => {
      const page =
        '# Gyászolók csoportja\n\nAz egyesület irodájában szeretettel várjuk a gyászolók sorstárs csoportjába mindazokat, akik elveszítették egy szerettüket. A csoportot két önkéntes vezeti, és a találkozókon mindenki elmondhatja, amit szeretne, vagy csak meghallgathatja a többieket. Nem kell előre jelentkezni, és bármikor lehet jönni.\n';
      const r = lint(page);
      assert.equal(r.groupMaterial, true);
      assert.equal(r.kind, 'support');
    });

    it('passes over a Polish article on support groups in general, a council’s meeting and a quoted invitation', () => {
      const page =
        '# Czym są grupy wsparcia?\n\nGrupy wsparcia pomagają wielu osobom w żałobie. Następne spotkanie Rady Miasta odbędzie się 5 maja.\n\n```\nCzekamy na Was na spotkaniach grupy.\n```\n';
      assert.equal(lint(page).groupMaterial, false);
    });
  });
});
