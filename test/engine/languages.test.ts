// Group pages in other languages (engine/languages.ts): read as a group's own page only on its own words there, with the rules'
// requirements met by those languages' words; English pages, articles and other-language pages with no group of their own are
// read as before. All documents are the team's own words (invented names, 555 numbers).
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { guessLanguage } from '../../server/src/engine/languages';

const rules = (text: string) =>
  lint(text)
    .problems.map((p) => p.rule)
    .sort();

describe('group pages in other languages', () => {
  describe('the language of a page', () => {
    it('tells the languages read apart from English', () => {
      assert.equal(
        guessLanguage(
          'Wir sind eine Gruppe von Betroffenen und wir treffen uns jeden Dienstag, die Teilnahme ist für alle offen und nicht an eine Mitgliedschaft gebunden.',
        ),
        'German',
      );
      assert.equal(
        guessLanguage(
          'Nous sommes un groupe de parole pour les aidants et nous nous retrouvons chaque mois dans la salle des fêtes avec un café pour ceux qui le souhaitent.',
        ),
        'French',
      );
      assert.equal(
        guessLanguage(
          'Somos un grupo de apoyo para las familias que se reúne en el centro cívico, y es para todas las personas que lo necesitan por su situación.',
        ),
        'Spanish',
      );
      assert.equal(
        guessLanguage('Wij zijn een groep voor mensen met een verlies en we komen samen bij het buurthuis; je bent welkom, ook als je niet wilt praten.'),
        'Dutch',
      );
    });

    it('leaves English pages, and English pages quoting a foreign name, to the English reading', () => {
      assert.equal(guessLanguage('We are a peer support group for carers. We meet on the first Monday of the month and the group is free.'), undefined);
      assert.equal(
        guessLanguage(
          'Our members come from many places. Some call the group their "Selbsthilfegruppe", as it is known in Germany, and we are glad of the name.',
        ),
        undefined,
      );
      assert.equal(guessLanguage('Kontakt: 555-0101'), undefined, 'too little to tell');
    });
  });

  describe('support groups', () => {
    it("reads a German self-help group's page, and asks for what it does not say", () => {
      const r = lint(
        '# Selbsthilfegruppe Angst Musterstadt\n\nWir sind Betroffene, die einander zuhören. Wir treffen uns jeden zweiten Montag von 18 bis 20 Uhr im Gemeindezentrum. Neue Mitglieder sind willkommen.\n\nKontakt: Herr Beispiel, 555-0110\n',
      );
      assert.equal(r.kind, 'support');
      assert.ok(
        r.kindEvidence.some((e) => e.includes('Selbsthilfegruppe')),
        r.kindEvidence.join(),
      );
      assert.match(r.groupReason ?? '', /German/);
      assert.deepEqual(
        rules(
          '# Selbsthilfegruppe Angst Musterstadt\n\nWir sind Betroffene und treffen uns jeden zweiten Montag von 18 bis 20 Uhr im Gemeindezentrum, auch in den Ferien.\n',
        ),
        ['support-disclaimer', 'support-free'],
      );
    });

    it('takes the not-therapy statement and the cost in the page’s own words', () => {
      assert.deepEqual(
        rules(
          '# Selbsthilfegruppe Angst Musterstadt\n\nWir treffen uns jeden zweiten Montag im Gemeindezentrum. Die Gruppe ersetzt keine Therapie. Die Teilnahme ist kostenlos.\n',
        ),
        [],
      );
      assert.deepEqual(
        rules(
          "# Groupe de parole pour les aidants\n\nNotre groupe de parole se réunit le premier lundi de chaque mois à la maison des associations. Ce n'est pas une thérapie : on y échange entre pairs. Entrée libre.\n",
        ),
        [],
      );
      assert.deepEqual(
        rules(
          '# Lotgenotengroep rouw\n\nElke eerste donderdag van de maand komen we samen in het buurthuis. Deelname is gratis. Het is geen therapie, maar een plek om met elkaar te praten.\n',
        ),
        [],
      );
    });

    it('reads Spanish, Swedish, Danish, Italian and Portuguese support groups by their local names', () => {
      const pages = [
        '# Grupo de ayuda mutua\n\nNuestro grupo se reúne todos los martes a las 19 h en la parroquia. Es para familiares de personas con adicciones.\n',
        '# Stödgrupp för anhöriga\n\nVi träffas varje tisdag kl. 18 i församlingshemmet och pratar om hur vi har det. Gruppen är till för dig som har en närstående som är sjuk, och du kan komma när det passar dig.\n',
        '# Støttegruppe for pårørende\n\nVi mødes hver onsdag kl. 17 i medborgerhuset, og alle pårørende er velkomne. Du kan komme med det, du har på hjertet, eller bare lytte til de andre i gruppen.\n',
        '# Gruppo di auto mutuo aiuto\n\nIl nostro gruppo si riunisce ogni giovedì alle ore 18 presso la sala civica. Partecipano familiari e amici di persone che vivono con una malattia, e ognuno è libero di parlare o di ascoltare gli altri.\n',
        '# Grupo de apoio ao luto\n\nO nosso grupo se reúne toda segunda-feira na biblioteca municipal, para quem perdeu alguém querido. Não é preciso marcar: você pode chegar e ficar o tempo que quiser, com as outras pessoas da comunidade.\n',
      ];
      for (const page of pages) assert.equal(lint(page).kind, 'support', page);
    });
  });

  it('reads a charge in a support group as one, and a charge said to be none as none', () => {
    const base =
      '# Stödgrupp för anhöriga\n\nVi träffas varje tisdag kl. 18 i församlingshemmet och pratar om hur vi har det. Gruppen är inte terapi, och du kan komma när det passar dig.\n\n';
    assert.deepEqual(rules(`${base}Avgift: 100 kr per träff.\n`), ['support-free']);
    assert.deepEqual(rules(`${base}Det är gratis och ingen avgift tas ut.\n`), []);
  });

  it('reads a flyer by its rows for when and where, and "neither treatment nor therapy" as the disclaimer', () => {
    const text =
      '# Grupo de apoyo en el duelo\n\nLa asociación organiza un grupo de apoyo para las personas que han perdido a un ser querido y que quieren hablar con otros.\n\nCuándo: jueves, de 17:30 a 19:00\nDónde: Casa de la Cultura\nInscripción: gratuita, 555-0161\n';
    assert.equal(lint(text).kind, 'support');
    assert.deepEqual(rules(text), ['support-disclaimer']);
    assert.deepEqual(
      rules(
        '# Støttegruppe for pårørende\n\nVi mødes hver onsdag kl. 17 i medborgerhuset. Gruppen er hverken behandling eller terapi, og det er gratis at deltage for alle, der har en syg.\n',
      ),
      [],
    );
  });

  it('offers the English wording as a suggestion, never a fix applied in bulk, on a page read in another language', () => {
    const r = lint(
      '# Selbsthilfegruppe Angst Musterstadt\n\nWir sind Betroffene und treffen uns jeden zweiten Montag von 18 bis 20 Uhr im Gemeindezentrum. Die Teilnahme ist kostenlos.\n',
    );
    const disclaimer = r.problems.find((p) => p.rule === 'support-disclaimer');
    assert.ok(disclaimer);
    assert.equal(disclaimer.fix, undefined);
    assert.ok(disclaimer.suggestions?.length);
  });

  describe('group therapy', () => {
    it("reads a practice's group therapy page by its details, and takes the rules' requirements in its words", () => {
      const text =
        '# Gruppentherapie bei sozialer Angst\n\nIn unserer Praxis bieten wir eine ambulante Gruppentherapie für Erwachsene an. Die Gruppe umfasst 12 Sitzungen und wird von zwei approbierten Psychotherapeutinnen geleitet. Die Kosten übernimmt die Krankenkasse.\n';
      const r = lint(text);
      assert.equal(r.kind, 'therapy');
      // Statement, leader, time frame and fee are met in German; confidentiality is not said.
      assert.deepEqual(rules(text), ['therapy-confidentiality']);
      assert.deepEqual(rules(text.replace('Krankenkasse.', 'Krankenkasse. Alles Besprochene bleibt vertraulich.')), []);
    });

    it('reads a Spanish and a Swedish group therapy page', () => {
      assert.equal(
        lint(
          '# Terapia de grupo para la ansiedad\n\nLa terapia de grupo se realiza los jueves en el centro, con 8 sesiones de 90 minutos. Es para las personas que sufren ansiedad y que quieren trabajar con otros. Precio: 30 € por sesión. Inscripción: 555-0120.\n',
        ).kind,
        'therapy',
      );
      assert.equal(
        lint(
          '# Gruppterapi vid depression\n\nVi erbjuder gruppterapi under 10 veckor för dig som har en depression. Gruppen leds av en leg. psykolog och det är ett bra sätt att träffa andra som har det som du. Anmälan via telefon 555-0130.\n',
        ).kind,
        'therapy',
      );
    });
  });

  describe('what stays passed over', () => {
    it('an article on self-help groups in general, with no group of its own', () => {
      const r = lint(
        '# Selbsthilfegruppen in Deutschland\n\nIn Deutschland gibt es viele Selbsthilfegruppen. Forschende haben untersucht, wie Selbsthilfegruppen das Wohlbefinden der Teilnehmenden verändern. Die Ergebnisse zeigen, dass der Austausch mit anderen Betroffenen hilfreich sein kann.\n',
      );
      assert.equal(r.groupMaterial, false);
      assert.deepEqual(r.problems, []);
    });

    it('an explainer whose title asks what group therapy is', () => {
      const r = lint(
        '# Was ist Gruppentherapie?\n\nIn einer Gruppentherapie treffen sich mehrere Patienten mit einem Psychotherapeuten. Die Gruppe findet meist wöchentlich statt.\n',
      );
      assert.equal(r.groupMaterial, false);
    });

    it('a page that names a kind only to deny it, with no group of its own', () => {
      const r = lint(
        '# Unsere Beratungsstelle\n\nWir sind keine Selbsthilfegruppe. Wir beraten Familien einzeln, nach Terminvereinbarung, von Montag bis Freitag.\n',
      );
      assert.equal(r.groupMaterial, false);
    });

    it('a page weighing one kind against the other, a job advert and a call for volunteers', () => {
      for (const text of [
        '# Selbsthilfegruppe oder Gruppentherapie?\n\nUnsere Beratungsstelle erklärt, worin sich eine Selbsthilfegruppe und eine Gruppentherapie unterscheiden. Die Selbsthilfegruppe trifft sich ohne Fachleute, die Gruppentherapie wird von Psychotherapeuten geleitet.\n',
        '# Stellenanzeige\n\nWir suchen eine Psychotherapeutin für unsere Gruppentherapie. Die Gruppe findet dienstags statt, 12 Sitzungen. Kontakt: 555-0177.\n',
        '# Cercasi facilitatori volontari\n\nIl nostro gruppo di auto mutuo aiuto si riunisce ogni lunedì e cerca persone che vogliono dare una mano come facilitatori.\n',
      ])
        assert.equal(lint(text).groupMaterial, false, text);
    });

    it("a news report whose only 'our group' or 'we meet' is in the mouth of someone it quotes", () => {
      for (const text of [
        '# Ein Jahr Trauergruppe in Altdorf\n\nDie Gründerin der Trauergruppe blickt auf das erste Jahr zurück. „Unsere Gruppe hat vielen Familien geholfen“, sagte sie am Sonntag vor Gästen aus der Gemeinde. „Wir treffen uns seit einem Jahr, und es werden immer mehr“, ergänzte ihr Stellvertreter Tom Muster. Der Verein berichtete außerdem über seine Finanzen und die Pläne für das kommende Jahr.\n',
        '# Commissie wil één loket voor slachtoffers\n\nIn Zandvoort werd zaterdag de eerste lotgenotenbijeenkomst voor slachtoffers gehouden. Er kwamen veertig mensen. "Het is goed dat zij hun verhalen met elkaar delen", zei voorzitter Anna Voorbeeld. "In het najaar zullen we komen met een advies aan de minister", aldus Voorbeeld. Het rapport van de commissie wordt eind dit jaar verwacht.\n',
        '# La fundación presenta su primer grupo de apoyo\n\nMujeres de distintas edades participaron el pasado viernes en la primera sesión del grupo de apoyo de la fundación, en la sede de la comisión estatal. «Este grupo es una propuesta que no existía antes en la ciudad», señaló su directora, Ana Ejemplo. Según datos oficiales, las mujeres jóvenes son las más afectadas por la violencia en el país.\n',
      ])
        assert.equal(lint(text).groupMaterial, false, text);
    });

    it('a page in another language that speaks of no group', () => {
      assert.deepEqual(
        lint('# Unsere Öffnungszeiten\n\nDie Bibliothek ist montags und mittwochs von 9 bis 18 Uhr geöffnet. Wir freuen uns auf Ihren Besuch.\n').problems,
        [],
      );
    });

    it('kind names in code and in link addresses', () => {
      const r = lint(
        '# Beispiel\n\nSo schreibt man es im Code:\n\n```\nSelbsthilfegruppe: wir treffen uns jeden Montag\n```\n\nMehr unter <https://example.org/selbsthilfegruppe-treffen-jeden-montag> und bei uns im Haus.\n',
      );
      assert.equal(r.groupMaterial, false);
    });
  });

  it('still reads a report that quotes when the group meets, and a group’s own page that quotes a member', () => {
    for (const text of [
      '# Neue Selbsthilfegruppe in Altdorf\n\nIn Altdorf gibt es seit März eine Selbsthilfegruppe für Angehörige von Menschen mit Demenz. „Wir treffen uns jeden zweiten Dienstag im Pfarrheim“, sagt die Gründerin Jana Beispiel. Neue Mitglieder sind willkommen, eine Anmeldung ist nicht nötig.\n',
      '# Praatgroep voor mantelzorgers\n\nOnze praatgroep is er voor iedereen die voor een naaste zorgt. "Hier hoef ik niets uit te leggen", zegt een deelnemer. Wij komen elke eerste maandag van de maand samen in het buurthuis, van 19.30 tot 21.00 uur. Deelname is gratis.\n',
    ]) {
      const r = lint(text);
      assert.equal(r.groupMaterial, true, text);
      assert.equal(r.kind, 'support', text);
    }
  });

  it('leaves English pages as they were: an English support group with a German name quoted still reads in English', () => {
    const r = lint(
      '# Carers Circle\n\nOur peer support group meets every Tuesday at 7 pm. Visitors from Germany sometimes call it a "Selbsthilfegruppe". The group is free and is not therapy.\n',
    );
    assert.equal(r.kind, 'support');
    assert.doesNotMatch(r.groupReason ?? '', /German/);
    assert.deepEqual(r.problems, []);
  });
});
