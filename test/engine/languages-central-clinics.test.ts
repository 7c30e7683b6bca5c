// Central European group pages passed over: a Czech, Polish or Slovak group's next meeting ("termín dalšího setkání", "najbliższe
// spotkanie"), Polish meetings that will take place with the verb first ("odbywać się będą"), a centre's groups run "in our centre" in
// the passive ("w naszym ośrodku prowadzone są grupy", "v našem centru probíhají skupiny"), and Hungarian group counselling ("csoportos
// tanácsadás") as a name of group therapy. All documents are the team's own words (invented names, 555 numbers).
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { guessLanguage } from '../../server/src/engine/languages';
import { rules } from '../support/languages';

describe('other languages: Central European clinics and self-help groups', () => {
  describe("a group's next meeting, in Czech, Polish and Slovak", () => {
    it('reads a self-help group that gives its next meeting as its own page', () => {
      for (const page of [
        '# Svépomocná skupina pro rodiče\n\nPéče o dítě s autismem je náročná a rodiče často nemají s kým mluvit. Svépomocná skupina je místem, kde se rodiče potkávají a sdílejí své zkušenosti. Navzájem si pomáhají a radí, jak zvládat běžné dny doma i ve škole. Na setkání občas přijde i speciální pedagog, který odpoví na otázky.\n\nTermín dalšího setkání najdete vždy v kalendáři na naší stránce.\n',
        '# Grupa wsparcia dla wdów i wdowców\n\nStrata bliskiej osoby to jedno z najtrudniejszych doświadczeń w życiu. Grupa wsparcia to miejsce, gdzie osoby po stracie mogą porozmawiać z innymi, którzy przeżywają to samo, i wzajemnie się wspierać. Uczestnicy dzielą się swoimi doświadczeniami i pomagają sobie nawzajem.\n\nNajbliższe spotkanie zapowiemy w aktualnościach parafii na początku miesiąca.\n',
      ]) {
        assert.ok(guessLanguage(page), page);
        assert.equal(lint(page).kind, 'support', page);
        assert.ok(rules(page).includes('support-disclaimer'), page);
      }
    });

    it('reads Polish meetings that will take place, the verb first, as the group’s own', () => {
      const page =
        '# Grupa wsparcia dla opiekunów\n\nFundacja Kasztan oferuje opiekunom osób chorych na demencję pomoc w formie samopomocowych grup wsparcia. Celem grup jest pomoc opiekunom w radzeniu sobie z trudnymi sytuacjami i zmęczeniem, które towarzyszą codziennej opiece.\n\nW każdym cyklu odbywać się będą cztery spotkania, jedno w miesiącu, w sali przy ulicy Brzozowej.\n';
      assert.ok(guessLanguage(page));
      assert.equal(lint(page).kind, 'support');
    });

    it('does not take an article on such groups, or a next meeting in a code block, for a group of its own', () => {
      for (const text of [
        '# Grupy wsparcia w Polsce\n\nGrupy wsparcia to forma pomocy, w której ludzie dzielą się doświadczeniami i wzajemnie się wspierają. Badacze opisują w tym artykule, jak grupy wsparcia działają w różnych miastach i jakie są ich efekty dla uczestników oraz ich rodzin.\n',
        '# Notatki z kursu programowania\n\nDzisiaj pisaliśmy program, który zapisuje dane o grupach wsparcia w bazie danych i pokazuje je na stronie.\n\n```\nnajbliższe spotkanie = None\n```\n\nKod działał poprawnie i wszyscy uczestnicy kursu byli zadowoleni z wyników pracy.\n',
      ])
        assert.equal(lint(text).groupMaterial, false, text);
    });
  });

  describe('a centre’s groups, run in its own centre and said in the passive', () => {
    it('reads a Polish or Czech centre’s group therapy page as its own offer', () => {
      for (const page of [
        '# Terapia grupowa\n\nTerapia grupowa w Poradni Wrzos to regularne spotkania małej grupy pacjentów, którym przewodzi jeden lub dwóch terapeutów. W naszej poradni prowadzone są grupy otwarte i zamknięte.\n\nW grupie otwartej nowi uczestnicy dołączają co tydzień, a w grupie zamkniętej wszyscy zaczynają i kończą razem. Terapia grupowa pomaga zobaczyć własne trudności w relacjach z innymi i jest jedną z metod leczenia uzależnień.\n',
        '# Skupinová terapie\n\nSkupinová terapie je u nás vedena dvěma terapeuty, kteří mají výcvik v psychoterapii. V našem centru probíhají skupiny pro lidi s úzkostí a depresí, a to otevřené i uzavřené. Do otevřené skupiny se může přidat nový člen každý týden, uzavřená skupina začíná a končí společně.\n\nSkupinová terapie pomáhá sdílet zkušenosti s ostatními a vidět své potíže v jiném světle. Je to také jedna z metod léčby závislostí, která se u nás osvědčila.\n',
      ]) {
        assert.ok(guessLanguage(page), page);
        assert.equal(lint(page).kind, 'therapy', page);
        assert.ok(rules(page).includes('therapy-fee'), page);
      }
    });

    it('does not take an article on group therapy in general for an offer of its own', () => {
      for (const text of [
        '# Czym jest terapia grupowa?\n\nTerapia grupowa to metoda leczenia, w której kilka osób spotyka się z terapeutą, aby razem pracować nad swoimi problemami. Badania pokazują, że terapia grupowa jest skuteczna w leczeniu uzależnień i zaburzeń lękowych, a jej koszty są niższe niż terapii indywidualnej.\n',
        '# Skupinová terapie v Evropě\n\nSkupinová terapie je metoda, o které píšou odborníci v mnoha zemích. Článek shrnuje výsledky studií o skupinové terapii a o tom, jak se liší od individuální terapie a jaké má výhody pro pacienty.\n',
      ])
        assert.equal(lint(text).groupMaterial, false, text);
    });
  });

  describe('Hungarian group counselling', () => {
    it('reads a university’s group counselling with a sign-up as group therapy', () => {
      const page =
        '# Csoportos mentálhigiénés tanácsadás hallgatóknak\n\nMi a célja a csoportnak? A csoport azoknak a hallgatóknak szól, akik nehezen találják a helyüket az egyetemen, és szeretnének magabiztosabbak lenni a társas helyzetekben. A csoportos tanácsadási folyamat előtt egy rövid beszélgetésre hívjuk a jelentkezőket, ahol a szakember felméri, hogy ez a forma megfelelő lehet-e. A részvétel ingyenes, és a csoport nyolc héten át tart.\n\nJelentkezni május 3-ig lehet Kis Dórának (555-0171).\n\nA csoportot Kis Dóra pszichológus és Nagy Eszter tanácsadó szakpszichológus vezeti.\n';
      assert.ok(guessLanguage(page));
      assert.equal(lint(page).kind, 'therapy');
    });

    it('does not take career or legal advice given to groups for group therapy', () => {
      for (const text of [
        '# Csoportos pályatanácsadás végzősöknek\n\nA Karrier Iroda csoportos pályatanácsadást tart a végzős hallgatóknak, ahol az önéletrajz megírásáról és az állásinterjúra való felkészülésről beszélünk. A foglalkozásokon a résztvevők kipróbálhatják, hogyan mutatkozzanak be egy munkáltatónak.\n\nJelentkezni május 3-ig lehet a karrier@example.org címen.\n',
        '# Csoportos jogi tanácsadás bérlőknek\n\nAz egyesület csoportos jogi tanácsadást tart a bérlőknek a lakásbérleti szerződésekről és a lakbér emeléséről. A tanácsadáson egy ügyvéd válaszol a kérdésekre, és a résztvevők elhozhatják a szerződéseiket is, hogy közösen nézzük át őket. Mi a célja? Hogy a bérlők ismerjék a jogaikat, és tudják, mit tehetnek, ha a bérbeadó nem tartja be a szerződést.\n\nJelentkezni a jog@example.org címen lehet.\n',
      ]) {
        assert.ok(guessLanguage(text), text);
        assert.notEqual(lint(text).kind, 'therapy', text);
      }
    });
  });
});
