// German, Dutch and Nordic clinics' pages on their own group treatment: group therapy joined onto what it names
// ("Gruppentherapiesitzungen", "gruppentherapeutische Behandlung", "gruppeterapeutisk"), a therapeutic group by its German compound
// ("therapeutische Kleingruppe"), and a clinic saying its treatment takes place in groups ("die Behandlung erfolgt überwiegend in
// Gruppen", "de behandeling vindt plaats in groepsverband", "behandlingen foregår i grupper"). All documents are the team's own words
// (invented names, 555 numbers).
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { guessLanguage } from '../../server/src/engine/languages';
import { rules } from '../support/languages';

describe('other languages: German, Dutch and Nordic clinics’ own group treatment', () => {
  it('reads a clinic whose treatment takes place in groups as its own group therapy', () => {
    for (const page of [
      '# Tagesklinik Lindenhof\n\nUnsere Tagesklinik ist für Erwachsene mit Depressionen, Angststörungen und Belastungsreaktionen da. Die Behandlung erfolgt überwiegend in kleinen Gruppen mit acht bis zehn Patientinnen und Patienten, ergänzt durch Bewegung und Ergotherapie.\n\nDie Tagesklinik ist montags bis freitags von 8 bis 16 Uhr geöffnet. Die Aufnahme erfolgt nach einem Vorgespräch mit der Oberärztin.\n\nAnmeldung: Sekretariat der Tagesklinik, Telefon 0555 123456\n',
      '# Psychosomatische Tagesklinik Am Weiher\n\nIn der Tagesklinik findet die Therapie hauptsächlich in der Gruppe statt. Daneben gibt es Körpertherapie, Kunsttherapie und Entspannungsverfahren. Die Patientinnen und Patienten kommen werktags von 8.30 bis 15.30 Uhr und schlafen zu Hause.\n\nKontakt: Sekretariat, Telefon 0555 123456\n',
      '# Dagbehandeling Het Baken\n\nHet Baken biedt dagbehandeling aan volwassenen met langdurige angst- en stemmingsklachten. De behandeling vindt grotendeels plaats in groepsverband, drie dagen per week, met daarnaast gesprekken met je regiebehandelaar.\n\nAanmelden gaat via je huisarts. Bel voor vragen naar 0555 123 456.\n',
      '# Dagavdelingen ved Fjordheim\n\nDagavdelingen gir et tilbud til voksne med angst og depresjon. Behandlingen foregår i hovedsak i grupper på seks til åtte pasienter, fire dager i uken fra klokken 9 til 15.\n\nHenvisning skjer gjennom fastlegen. Kontakt oss på telefon 555 12 345 om du har spørsmål.\n',
    ]) {
      assert.ok(guessLanguage(page), page);
      assert.equal(lint(page).kind, 'therapy', page);
      assert.ok(rules(page).includes('therapy-fee'), page);
    }
  });

  it('reads a named therapeutic group with its sessions and leaders, and group therapy joined onto its sessions', () => {
    for (const page of [
      '# Therapeutische Kleingruppe\n\nDie therapeutische Kleingruppe trifft sich zweimal pro Woche für jeweils 90 Minuten. Sie wird von einer Psychologin und einem Facharzt für Psychiatrie geleitet. In der Gruppe sprechen die Jugendlichen über Konflikte auf der Station und über ihre Ziele.\n',
      '# Station Birke\n\nAuf der Station Birke werden Erwachsene mit Suchterkrankungen behandelt. Jede Woche finden drei Gruppentherapiesitzungen mit der Bezugstherapeutin statt, dazu kommen Einzelgespräche und Sport.\n\nDie Aufnahme erfolgt nach Anmeldung über die Sozialberatung.\n',
      '# Behandlingen på dagenheten\n\nPå dagenheten erbjuds en gruppterapeutisk behandling för vuxna med ätstörningar. Gruppen träffas tre gånger i veckan och leds av en psykolog och en sjuksköterska.\n\nRemiss skickas från vårdcentralen.\n',
    ]) {
      assert.ok(guessLanguage(page), page);
      assert.equal(lint(page).kind, 'therapy', page);
    }
  });

  it('does not take an article, a denial, a residential home or a code block for a clinic’s own group', () => {
    for (const text of [
      '# Gruppentherapeutische Verfahren in der Forschung\n\nGruppentherapeutische Verfahren werden seit Jahrzehnten untersucht. Der Artikel fasst zusammen, was Studien über ihre Wirkung bei Depressionen zeigen und wo noch Fragen offen sind.\n',
      '# Unsere Praxis\n\nIn unserer Praxis findet die Behandlung nicht in Gruppen statt, sondern ausschließlich im Einzelgespräch. Termine vereinbaren Sie telefonisch unter 0555 123456.\n',
      '# Therapeutische Wohngruppe Sonnenblick\n\nIn der therapeutischen Wohngruppe leben acht Jugendliche, die nicht bei ihren Familien wohnen können. Pädagogische Fachkräfte begleiten sie rund um die Uhr im Alltag, in der Schule und in der Freizeit.\n',
      '# Notizen zum Datenmodell\n\nDas Feld beschreibt, wie eine Klinik arbeitet.\n\n```\nbeschreibung = "Die Behandlung erfolgt überwiegend in Gruppen"\n```\n\nDas Skript liest den Wert und schreibt ihn in die Datenbank.\n',
      '# Was ist eine Tagesklinik?\n\nIn Tageskliniken findet die Behandlung meist in Gruppen statt, und die Patientinnen und Patienten schlafen zu Hause. Der Ratgeber erklärt, für wen sich eine Tagesklinik eignet und wie man einen Platz findet.\n\nKontakt: Redaktion Gesundheitsratgeber, Telefon 0555 123456\n',
      '# Over groepsbehandeling\n\nIn dit artikel leggen we uit wat onderzoekers weten over de werking van groepsbehandeling bij angst. Studies laten zien dat de behandeling vaak even goed werkt als individuele therapie.\n',
    ])
      assert.equal(lint(text).kind === 'therapy', false, text);
  });

  describe('Finnish enquiries as a notice heads them', () => {
    const body =
      '# Sururyhmä\n\nKun läheinen on kuollut, suru voi olla raskas ja se tuntuu usein yksinäiseltä. Seurakunta järjestää sururyhmän läheisensä menettäneille, ja ryhmässä voi jakaa kokemuksia toisten samassa tilanteessa olevien kanssa. Ryhmässä saa puhua tai olla hiljaa, ja kaikki tunteet ovat sallittuja. Ryhmä on tarkoitettu aikuisille, joiden läheisen kuolemasta on kulunut vähintään muutama kuukausi.\n\nSyksyn ryhmä alkaa lokakuussa. ';

    it('reads a group whose notice gives whom to ask, in the words and cases Finnish uses', () => {
      for (const tail of ['Tiedustelut diakoni Liisa Koivulta.\n', 'Lisätiedot diakoni Liisa Koivulta.\n', '\n\nTiedustelut: diakoni Liisa Koivu\n']) {
        const page = body + tail;
        assert.equal(guessLanguage(page), 'Finnish', page);
        assert.equal(lint(page).kind, 'support', page);
        assert.ok(rules(page).includes('support-disclaimer'), page);
      }
    });

    it('does not take an article on grief groups with a line for more information for a group of its own', () => {
      const text =
        '# Mitä sururyhmät ovat?\n\nSururyhmät ovat monien seurakuntien ja järjestöjen toimintaa, ja tutkimusten mukaan ne auttavat monia läheisensä menettäneitä. Tässä artikkelissa kerromme, miten ryhmät yleensä toimivat ja mitä niissä tehdään. Ryhmät ovat erilaisia, ja jokainen voi valita itselleen sopivan.\n\nLisätiedot surusta ja sen käsittelystä löytyvät oppaasta.\n';
      assert.equal(lint(text).groupMaterial, false, text);
    });
  });

  describe('a guide to founding such a group', () => {
    it('does not take a guide to founding a self-help group, with a contact centre’s hours, for a group of its own', () => {
      for (const text of [
        '# Selbsthilfe\n\nHier erfahren Sie, worauf Sie bei der Gründung einer Selbsthilfegruppe achten sollten, und wir nennen Ihnen Adressen, an die Sie sich wenden können.\n\nVor der Gründung hilft ein Informationstreffen. Die Kontaktstelle für Selbsthilfegruppen erreichen Sie in der Lindenallee 12, 12345 Musterstadt, dienstags und donnerstags von 10 bis 14 Uhr unter 0555 123456.\n\nAnsprechpartner:\n\n- Fragen Sie Ärztinnen und Ärzte in Ihrer Nähe\n- Wenden Sie sich an andere Selbsthilfegruppen\n',
        '# Zelfhulp\n\nHier lees je waar je op moet letten als je een zelfhulpgroep wilt oprichten, en waar je terecht kunt met vragen.\n\nHet steunpunt voor zelfhulpgroepen vind je aan de Lindelaan 12 in Voorbeeldstad, op dinsdag en donderdag van 10 tot 14 uur, telefoon 0555 123 456.\n\nContact:\n\n- Vraag het aan je huisarts\n- Neem contact op met andere zelfhulpgroepen\n',
        '# Selvhjælp\n\nHer kan du læse, hvad du skal tænke på, hvis du vil starte en selvhjælpsgruppe, og hvor du kan få hjælp.\n\nSelvhjælpscentret ligger på Lindevej 12 i Eksempelby og har åbent tirsdag og torsdag kl. 10-14 på telefon 55 51 23 45.\n\nKontakt:\n\n- Spørg din læge\n- Kontakt andre selvhjælpsgrupper\n',
      ])
        assert.equal(lint(text).groupMaterial, false, text);
    });

    it('still reads a group’s own page that tells when it was founded, or invites readers to found their own', () => {
      for (const page of [
        '# Selbsthilfegruppe Tinnitus Musterstadt\n\nUnsere Selbsthilfegruppe wurde vor zehn Jahren gegründet. Wir treffen uns jeden ersten Dienstag im Monat um 18 Uhr im Bürgerhaus, Lindenstraße 4. Bei uns tauschen Betroffene ihre Erfahrungen aus und helfen einander im Alltag.\n\nWer in einer anderen Stadt eine eigene Gruppe gründen möchte, kann uns gern ansprechen.\n',
      ]) {
        assert.equal(lint(page).kind, 'support', page);
        assert.ok(rules(page).includes('support-disclaimer'), page);
      }
    });
  });

  describe('a host founding its own group, or a clinic treating in groups outside psychological care', () => {
    it('reads a host’s notice of the new group it is founding, with its first meeting and whom to contact', () => {
      const german = `# Neue Selbsthilfegruppe für pflegende Angehörige\n\nFrau Keller möchte eine Selbsthilfegruppe gründen. In der Gruppe tauschen sich Angehörige über ihre Erfahrungen aus, sie hören einander zu und geben sich Tipps für den Alltag mit der Pflege. Das erste Treffen ist am Dienstag, dem 14. März, um 18 Uhr im Gemeindehaus, Birkenweg 3. Danach trifft sich die Gruppe jeden zweiten Dienstag.\n\nKontakt: Anna Keller, Telefon 0555 234567\n`;
      const dutch = `# Lotgenotengroep voor ouders\n\nWij willen een lotgenotengroep oprichten voor ouders. In de groep kunnen ouders die een kind hebben verloren hun ervaringen delen en steun vinden bij elkaar. De eerste bijeenkomst is op dinsdag 14 maart om 19.30 uur in het wijkcentrum, Lindelaan 8, en daarna komt de groep elke tweede dinsdag samen.\n\nAanmelden: 0555 234 567\n`;
      const norwegian = `# Ny sorggruppe i Vesterby\n\nMenigheten ønsker å starte en sorggruppe for etterlatte. I gruppen kan etterlatte dele erfaringer og snakke om savnet sammen med andre som har mistet noen. Første møte er tirsdag 14. mars klokken 18 i menighetshuset, Kirkeveien 3, og deretter møtes gruppen annenhver tirsdag.\n\nKontakt: diakon Kari Lund, telefon 555 23 456\n`;
      const swedish = `# Ny stödgrupp för anhöriga\n\nFöreningen kommer att starta en ny stödgrupp för anhöriga. I gruppen kan anhöriga dela erfarenheter och prata med andra som är i samma situation. Första träffen är tisdag den 14 mars klockan 18 i församlingshemmet, Kyrkogatan 3, och sedan träffas gruppen varannan tisdag.\n\nKontakt: Eva Lind, telefon 555 23 456\n`;
      const finnish = (first: string) =>
        `# Vertaisryhmä omaishoitajille\n\n${first} Kun läheinen sairastuu, arki muuttuu ja omaishoitaja jää usein yksin huoliensa kanssa. Ryhmässä omaishoitajat voivat jakaa kokemuksiaan ja saada tukea toisilta, jotka ovat samassa tilanteessa. Ryhmässä saa puhua tai olla hiljaa, ja kaikki tunteet ovat sallittuja. Ryhmä kokoontuu joka toinen tiistai klo 18 seurakuntatalolla, ja ensimmäinen tapaaminen on 14.3.\n\nTiedustelut: Liisa Koivu, puh. 555 234 567\n`;
      for (const page of [
        german,
        dutch,
        norwegian,
        swedish,
        finnish('Yhdistys perustaa vertaisryhmän omaishoitajille.'),
        finnish('Ryhmän perustaminen vuonna 2010 oli jäsenten ajatus.'),
      ]) {
        assert.equal(lint(page).kind, 'support', page);
        assert.ok(rules(page).includes('support-disclaimer'), page);
      }
      // (A guide that tells the reader how to found one is still no group's own page.)
      const guide = finnish('Tässä oppaassa kerromme, miten voit perustaa vertaisryhmän.');
      assert.equal(lint(guide).groupMaterial, false, guide);
    });

    it('does not take physical rehabilitation in groups, or treatment in groups said of a field, for a clinic’s group therapy', () => {
      const german = (title: string, first: string) =>
        `# ${title}\n\n${first} Die Patientinnen und Patienten kommen werktags von 8.30 bis 15.30 Uhr und schlafen zu Hause. Die Aufnahme erfolgt nach einem Vorgespräch mit der Oberärztin.\n\nAnmeldung: Sekretariat, Telefon 0555 123456\n`;
      for (const text of [
        german(
          'Ambulante Rehabilitation Am Park',
          'Nach einer Operation am Rücken hilft unsere ambulante Rehabilitation. Die Behandlung findet in Kleingruppen statt: Rückenschule und Wassergymnastik, dazu Einzeltermine bei der Physiotherapie.',
        ),
        german(
          'Stationäre Psychotherapie',
          'Viele Menschen mit Depressionen fragen, was sie in einer Klinik erwartet. In der stationären Psychotherapie findet die Behandlung überwiegend in Gruppen statt.',
        ),
        '# Selkäkuntoutus\n\nSelkäleikkauksen jälkeen kuntoutus auttaa palaamaan arkeen. Kuntoutus toteutetaan ryhmässä, ja ohjelmaan kuuluu vesijumppaa ja selkäkoulua kolmena päivänä viikossa. Jakso kestää kuusi viikkoa, ja sen aikana on myös yksilökäyntejä fysioterapeutin kanssa. Kuntoutukseen tullaan lääkärin lähetteellä, ja ennen jakson alkua kuntoutuja tapaa fysioterapeutin. Tavoitteena on, että kuntoutuja pystyy palaamaan työhön ja liikkumaan ilman kipua.\n\nTiedustelut: osastonsihteeri, puh. 555 234 567\n',
      ])
        assert.equal(lint(text).kind === 'therapy', false, text);
      // (A clinic of psychological care speaking of its own, however often, and small groups in Finnish, are still its group therapy.)
      for (const page of [
        german(
          'Psychosomatische Tagesklinik Am See',
          'Unsere Tagesklinik ist für Erwachsene mit Depressionen und Ängsten da. In unserer Klinik findet die Therapie häufig in Gruppen statt, daneben gibt es Einzelgespräche.',
        ),
        '# Psykiatrian päiväosasto\n\nPäiväosastolla hoidetaan aikuisia, joilla on masennusta tai ahdistusta. Hoito toteutetaan pienryhmissä kolmena päivänä viikossa. Osastolla on myös yksilökäyntejä omahoitajan kanssa, ja hoitojakso kestää yleensä kahdeksan viikkoa. Päiväosastolle tullaan lääkärin lähetteellä, ja ennen hoitojakson alkua potilas tapaa osaston lääkärin ja omahoitajan. Hoidon tavoitteena on, että potilas pystyy palaamaan työhön tai opiskelemaan.\n\nTiedustelut: osastonsihteeri, puh. 555 234 567\n',
      ])
        assert.equal(lint(page).kind, 'therapy', page);
    });
  });

  describe('Finnish further information and sign-ups in prose', () => {
    const body =
      '# Sururyhmä\n\nKun läheinen on kuollut, suru voi olla raskas ja se tuntuu usein yksinäiseltä. Seurakunta järjestää sururyhmän läheisensä menettäneille, ja ryhmässä voi jakaa kokemuksia toisten samassa tilanteessa olevien kanssa. Ryhmässä saa puhua tai olla hiljaa, ja kaikki tunteet ovat sallittuja. ';

    it('does not take further data named in a sentence, or sign-ups said to be closed, for a way to sign up', () => {
      for (const tail of [
        'Tutkimuksen mukaan lisätiedot hoidon vaikutuksista ovat vähäisiä.\n',
        'Syksyn ryhmä alkaa lokakuussa.\n\nIlmoittautumisia ei enää oteta vastaan.\n',
      ])
        assert.equal(lint(body + tail).groupMaterial, false, body + tail);
    });

    it('still reads whom to ask where a sentence starts', () => {
      const page = body + 'Lisätiedot diakoni Liisa Koivulta.\n';
      assert.equal(lint(page).kind, 'support', page);
    });
  });
});
