// Group pages in other languages. The engine's patterns read English; a German, French, Spanish, Dutch, Swedish, Danish,
// Norwegian, Finnish, Italian, Portuguese or Catalan page about a group of its own was passed over as not group material, whatever it said. This
// module tells such a page from an English one, reads whether it is one group's own material and of which kind, by the names the
// kinds go by in those languages and the words with which a group gives its own meetings, and gives the rules the words that
// satisfy them there ("die Teilnahme ist kostenlos" says what attending costs). It reads only where the English reading found no
// group: an English page is never read by it.
//
// It asks more of a page than the English reading does: a kind's local name, and the page speaking of its own group or its own
// meetings ("wir treffen uns", "notre groupe", "se reúne cada martes"). An article about self-help groups in general, which names
// them often but gives no meeting of its own, stays passed over.
import type { DocumentModel, Match } from './document';
import { isNavigationBlock, textAfter } from './document';
import { isQuestion } from './assess';
import { hasHebrew, isHebrew } from './prefilter';

/** The languages read here. */
export type OtherLanguage =
  | 'German'
  | 'French'
  | 'Spanish'
  | 'Dutch'
  | 'Swedish'
  | 'Danish or Norwegian'
  | 'Finnish'
  | 'Italian'
  | 'Portuguese'
  | 'Catalan'
  | 'Polish'
  | 'Czech'
  | 'Slovak'
  | 'Icelandic'
  | 'Turkish'
  | 'Estonian'
  | 'Hungarian'
  | 'Greek'
  | 'Croatian or Serbian'
  | 'Slovenian'
  | 'Latvian'
  | 'Lithuanian'
  | 'Romanian'
  | 'Russian'
  | 'Ukrainian'
  | 'Bulgarian'
  | 'Hebrew';

// Short words frequent in running text of each language, and rare in the others (a few are shared; the count only needs to tell
// English from the rest, and the rest roughly apart, for the reason given to the reader).
const COMMON_WORDS: Record<'English' | OtherLanguage, readonly string[]> = {
  English: ['the', 'and', 'of', 'to', 'is', 'for', 'with', 'you', 'are', 'this', 'that', 'our', 'we', 'be', 'it', 'or', 'will', 'on'],
  German: [
    'der',
    'die',
    'und',
    'das',
    'ist',
    'nicht',
    'mit',
    'sich',
    'wir',
    'für',
    'auf',
    'ein',
    'eine',
    'den',
    'dem',
    'des',
    'zu',
    'auch',
    'sind',
    'werden',
    'unsere',
    'uns',
  ],
  French: ['le', 'la', 'les', 'et', 'des', 'est', 'pour', 'avec', 'nous', 'vous', 'une', 'du', 'dans', 'qui', 'sur', 'pas', 'au', 'aux', 'sont', 'ce'],
  Spanish: ['el', 'la', 'los', 'las', 'y', 'es', 'para', 'con', 'una', 'del', 'por', 'que', 'se', 'su', 'como', 'más', 'al', 'lo', 'nuestro'],
  Dutch: ['het', 'en', 'van', 'een', 'voor', 'met', 'wij', 'ons', 'onze', 'zijn', 'niet', 'op', 'te', 'bij', 'ook', 'je', 'wordt', 'naar'],
  Swedish: ['och', 'att', 'är', 'för', 'med', 'som', 'ett', 'vi', 'på', 'av', 'till', 'inte', 'har', 'du', 'kan', 'eller', 'vår'],
  'Danish or Norwegian': ['og', 'at', 'er', 'med', 'som', 'et', 'vi', 'på', 'af', 'til', 'ikke', 'har', 'du', 'kan', 'eller', 'jeg', 'vil', 'av'],
  // (Not "on", Finnish "is": English has it too.)
  Finnish: [
    'ja',
    'ei',
    'että',
    'tai',
    'ovat',
    'myös',
    'voi',
    'kanssa',
    'sekä',
    'jotka',
    'joka',
    'mutta',
    'ole',
    'olla',
    'niin',
    'tämä',
    'jos',
    'kuin',
    'ettei',
    'eikä',
  ],
  Italian: ['il', 'la', 'gli', 'di', 'è', 'per', 'che', 'una', 'della', 'nel', 'con', 'sono', 'non', 'ci', 'si', 'alla', 'dei', 'delle'],
  Portuguese: ['os', 'é', 'para', 'com', 'uma', 'do', 'da', 'em', 'não', 'que', 'ao', 'dos', 'das', 'na', 'no', 'você', 'são'],
  // (Catalan's own: "els", "amb", "és", "pel", "aquesta", "també"; not the words it shares with Spanish, "el", "del", "que", "una".)
  Catalan: [
    'els',
    'amb',
    'és',
    'dels',
    'pel',
    'pels',
    'per',
    'aquest',
    'aquesta',
    'aquests',
    'són',
    'seva',
    'seves',
    'seus',
    'també',
    'però',
    'hi',
    'ho',
    'nostre',
    'nostra',
    'fins',
    'més',
    'molt',
    'sense',
    'perquè',
    'tots',
    'totes',
    'altres',
    // (The articles and relative Catalan shares with French, "la", "les", "qui", with Spanish and Italian, "la", "una", and with
    // Spanish, "las", "los" where it writes them: shared, each list counts them, so they only keep a Catalan notice from reading as French.)
    'la',
    'les',
    'qui',
    'una',
  ],
  // (West Slavic: each language's own short words; not "nie", "z", "jej", "naše", "naša", "bude", "jako", "ako", "ve", which
  // the other two, Turkish or the South Slavic languages write too; "že", "se", "sa", shared, and Czech and Slovak "je", "na", "za",
  // "od", which the South Slavic lists count too, only tell them from English.)
  Polish: [
    'się',
    'jest',
    'są',
    'oraz',
    'dla',
    'przez',
    'że',
    'także',
    'które',
    'który',
    'która',
    'którzy',
    'czy',
    'lub',
    'może',
    'być',
    'jego',
    'już',
    'tylko',
    'bardzo',
    'osób',
    'mogą',
    'sobie',
    'nasz',
    'nasza',
    'w',
    'której',
    'przed',
  ],
  Czech: [
    'jsou',
    'které',
    'který',
    'která',
    'pro',
    'nebo',
    'při',
    'jejich',
    'může',
    'této',
    'být',
    'jsme',
    'svých',
    'mohou',
    'jsem',
    'lidé',
    'se',
    'že',
    'kteří',
    'své',
    'je',
    'na',
    'za',
    'od',
  ],
  Slovak: [
    'sú',
    'ktoré',
    'ktorý',
    'ktorá',
    'ktorí',
    'alebo',
    'pre',
    'aj',
    'tiež',
    'môže',
    'byť',
    'sme',
    'sa',
    'svojich',
    'môžu',
    'ľudia',
    'že',
    'vo',
    'ktorej',
    'ešte',
    'je',
    'na',
    'za',
    'od',
  ],
  // (Icelandic's own: "að", "það", "eða", "hjá", "fyrir", "með"; not "og", "er", "til", which it shares with Danish and Norwegian.)
  Icelandic: [
    'að',
    'það',
    'þau',
    'eða',
    'hjá',
    'ekki',
    'fyrir',
    'með',
    'eru',
    'hefur',
    'verður',
    'við',
    'þar',
    'þegar',
    'þeim',
    'hafa',
    'einnig',
    'þess',
    'frá',
    'sína',
    'sínum',
  ],
  // (Turkish's own; not "de", "da", "her", "mi", "ne", "ya", "ki", which other languages (and English) write too; "ve" is counted
  // as Turkish's, not Czech's.)
  Turkish: [
    've',
    'bir',
    'bu',
    'için',
    'ile',
    'olarak',
    'olan',
    'gibi',
    'daha',
    'çok',
    'veya',
    'kendi',
    'değil',
    'sonra',
    'göre',
    'şekilde',
    'kadar',
    'olup',
    'olduğu',
    'ise',
  ],
  // (Estonian's own, with "ja", "ei" that Finnish counts too; not "oli", "oma" (Finnish), "et" (French), "veel" (Dutch), "tema",
  // "teile", "ta", "kas" (Romance, German, Swedish, Latvian and Lithuanian), nor "on", "see" (English).)
  Estonian: [
    'ja',
    'ei',
    'ning',
    'või',
    'kõik',
    'ka',
    'kui',
    'mis',
    'kes',
    'aga',
    'nad',
    'meie',
    'mida',
    'pole',
    'selle',
    'sest',
    'saab',
    'üks',
    'oleme',
    'oled',
    'kus',
    'ehk',
    'läbi',
    'nagu',
    'väga',
    'seda',
    'neile',
    'meil',
    'palun',
    'peab',
    'nii',
    'lisaks',
    'alates',
    'ainult',
    'koos',
    'kuid',
    'seal',
  ],
  // (Hungarian's own; not "a", "is", "van", "és", "nem", "meg", "mint", which other languages (and English) write too.)
  Hungarian: [
    'az',
    'hogy',
    'egy',
    'csak',
    'már',
    'vagy',
    'volt',
    'lesz',
    'ez',
    'azt',
    'kell',
    'ami',
    'aki',
    'amely',
    'még',
    'által',
    'pedig',
    'minden',
    'ezt',
    'ahol',
    'való',
    'során',
    'számára',
    'akik',
    'mert',
    'így',
    'nagyon',
    'amit',
    'hogyan',
    'akár',
    'és',
    'nem',
  ],
  Greek: [
    'και',
    'το',
    'της',
    'την',
    'του',
    'των',
    'να',
    'σε',
    'με',
    'για',
    'από',
    'που',
    'στο',
    'στη',
    'στην',
    'είναι',
    'οι',
    'τα',
    'τις',
    'τους',
    'θα',
    'ή',
    'η',
    'ο',
  ],
  // (South Slavic, Latin script: Croatian and Serbian read as one, "koji", "također"/"takođe", "nije"; Slovenian its own, "ki", "tudi", "bodo";
  // not "sa", "pa", "ni", "ter", "sta", "kako", "biti", "zato", which the two share or Slovak, Spanish, Portuguese, Italian write; "je",
  // "za", "da", "se", "na", which the two share, only tell them from English.)
  'Croatian or Serbian': [
    'koji',
    'koja',
    'koje',
    'kojima',
    'također',
    'takođe',
    'ili',
    'nije',
    'će',
    'što',
    'šta',
    'može',
    'mogu',
    'ovo',
    'ova',
    'ovaj',
    'jer',
    'kada',
    'već',
    'vrlo',
    'ukoliko',
    'između',
    'osobe',
    'je',
    'su',
    'za',
    'da',
    'se',
    'na',
    'od',
  ],
  Slovenian: [
    'ki',
    'tudi',
    'bo',
    'bodo',
    'lahko',
    'kot',
    'vendar',
    'ker',
    'kjer',
    'tega',
    'če',
    'še',
    'kar',
    'skupaj',
    'vsem',
    'ljudje',
    'oseb',
    'jih',
    'je',
    'so',
    'za',
    'da',
    'se',
    'na',
  ],
  // (Latvian's own, with "ir", "ar", "bet", "jūs", "kur", "jums", "mums" that it shares with Lithuanian, and "un"; not "kuri", "vai", "par",
  // "var", "no", "ja", "kas", which Lithuanian, French, Swedish, Portuguese, Finnish or Estonian write too.)
  Latvian: [
    'ir',
    'ar',
    'uz',
    'lai',
    'arī',
    'kā',
    'bet',
    'jūs',
    'mēs',
    'tiek',
    'savu',
    'nav',
    'tā',
    'šo',
    'šī',
    'pēc',
    'kuras',
    'mūsu',
    'tikai',
    'būs',
    'ļoti',
    'katru',
    'kurā',
    'tiem',
    'kur',
    'vairāk',
    'un',
    'tas',
    'tajā',
    'viņi',
    'savas',
    'kuru',
    'jums',
    'mums',
  ],
  // (Lithuanian's own, with the seven it shares with Latvian; not "bus", "su", "tai", "per", "po", "ne", "kad", "dar", "mes", which English,
  // Spanish, Finnish, Italian, Polish, Turkish or the South Slavic and Romance languages write too.)
  Lithuanian: [
    'ir',
    'ar',
    'bet',
    'jūs',
    'kur',
    'yra',
    'į',
    'iš',
    'kaip',
    'jie',
    'mūsų',
    'arba',
    'nuo',
    'apie',
    'kurie',
    'taip',
    'tik',
    'jau',
    'prie',
    'gali',
    'labai',
    'savo',
    'jei',
    'kai',
    'nėra',
    'už',
    'tačiau',
    'todėl',
    'jums',
    'mums',
    'galima',
    'kuris',
    'kurios',
    'jų',
    'dėl',
    'kartu',
    'kitus',
    'jis',
  ],
  // (Romanian's own, with and without diacritics; not "care", "din", "mai", "este", "noi", "ale", which English or another language writes.)
  Romanian: [
    'și',
    'şi',
    'în',
    'să',
    'pentru',
    'sau',
    'dacă',
    'fără',
    'despre',
    'prin',
    'către',
    'acest',
    'această',
    'unei',
    'unui',
    'sunt',
    'vă',
    'cu',
    'pe',
    'iar',
    'doar',
    'foarte',
    'poate',
    'lor',
    'fiecare',
    'cei',
  ],
  // (Cyrillic: Russian, Ukrainian and Bulgarian each by its own words, "что", "это", "который", "если", "также", "мы", "вы", "бы"; "що", "це",
  // "і", "є", "від", "також", "як", "які"; "е", "са", "се", "това", "които", "ако", "също", "със", "всеки"; the words two or three of them
  // write, "и", "в", "на", "не", "до", "за", "та", "те", "все", "так", "много", "им", "да", "ли", "ми", "ще", are listed under each that
  // writes them and weigh a half or a third.)
  Russian: [
    'что',
    'это',
    'как',
    'который',
    'которые',
    'которая',
    'если',
    'также',
    'только',
    'мы',
    'вы',
    'его',
    'будет',
    'был',
    'была',
    'были',
    'чтобы',
    'всё',
    'все',
    'их',
    'к',
    'или',
    'для',
    'и',
    'в',
    'с',
    'о',
    'из',
    'у',
    'не',
    'на',
    'по',
    'от',
    'но',
    'ещё',
    'уже',
    'можно',
    'этот',
    'эта',
    'эти',
    'так',
    'есть',
    'а',
    'кто',
    'чем',
    'до',
    'за',
    'про',
    'над',
    'много',
    'им',
    'да',
    'те',
    'ли',
    'та',
    'бы',
  ],
  Ukrainian: [
    'що',
    'це',
    'та',
    'і',
    'й',
    'як',
    'який',
    'яка',
    'які',
    'також',
    'якщо',
    'для',
    'до',
    'від',
    'або',
    'але',
    'ми',
    'ви',
    'вони',
    'буде',
    'був',
    'була',
    'було',
    'у',
    'в',
    'з',
    'зі',
    'із',
    'про',
    'її',
    'його',
    'їх',
    'ще',
    'вже',
    'тільки',
    'може',
    'є',
    'не',
    'на',
    'по',
    'за',
    'ці',
    'цей',
    'ця',
    'можна',
    'щоб',
    'після',
    'під',
    'бо',
    'свої',
    'своїх',
    'а',
    'о',
    'хто',
    'над',
    'так',
    'все',
    'уже',
    'те',
  ],
  Bulgarian: [
    'е',
    'са',
    'се',
    'да',
    'ще',
    'това',
    'този',
    'тази',
    'тези',
    'които',
    'който',
    'която',
    'ако',
    'със',
    'от',
    'към',
    'като',
    'съм',
    'сме',
    'сте',
    'има',
    'ние',
    'вие',
    'те',
    'им',
    'също',
    'след',
    'всички',
    'ли',
    'и',
    'в',
    'с',
    'не',
    'на',
    'по',
    'за',
    'или',
    'как',
    'но',
    'може',
    'много',
    'ви',
    'а',
    'кой',
    'какво',
    'до',
    'над',
    'все',
    'ми',
    'та',
    'всеки',
    'всяка',
  ],
  // (Hebrew: its own short words, none another language writes; a word with a prefix joined on, "ושל", "לכל", is another word.)
  Hebrew: [
    'של',
    'את',
    'על',
    'עם',
    'זה',
    'לא',
    'גם',
    'כל',
    'או',
    'אם',
    'יש',
    'הוא',
    'היא',
    'אנו',
    'אנחנו',
    'כי',
    'אבל',
    'בין',
    'שלנו',
    'הם',
    'מה',
    'אני',
    'לנו',
    'זו',
    'הן',
    'הזה',
    'הזאת',
    'עד',
    'רק',
    'כמו',
    'אחד',
    'אחת',
    'יותר',
    'היה',
    'זאת',
    'אשר',
    'כך',
    'שלו',
    'שלה',
    'שלהם',
    'אתם',
    'אין',
    'כדי',
    'עוד',
    'מי',
    'איך',
    'כאשר',
    'בו',
    'בה',
    'להם',
    'אותם',
  ],
};
const COUNTS = new Map<string, Array<'English' | OtherLanguage>>();
for (const [language, words] of Object.entries(COMMON_WORDS) as Array<['English' | OtherLanguage, readonly string[]]>)
  for (const w of words) COUNTS.set(w, [...(COUNTS.get(w) ?? []), language]);
// Words the lists count that languages not listing them write every day too (West Slavic "je", "na", "za", "od", "se"; Romance
// "un"): they tell a page from English but never decide between the other languages.
const NEVER_DECIDING = new Set(['je', 'na', 'za', 'od', 'da', 'se', 'su', 'sa', 'un']);
// What each word weighs in deciding between the other languages: whole for one language's own, a k-th for one that k list.
const SHARE = new Map<string, number>();
for (const [w, languages] of COUNTS) {
  const others = languages.filter((l) => l !== 'English').length;
  if (others) SHARE.set(w, NEVER_DECIDING.has(w) ? 0 : 1 / others);
}

/** How much prose the guess reads: the opening of a page says what language it is in. */
const GUESS_CHARS = 4000;
/** A page is in another language when that language's common words are this many at least, and twice the English ones (a short flyer has few). */
const MIN_WORDS = 6;

/** The language of a text, when it is plainly one of the others read here (undefined for English, or too little to tell). */
export function guessLanguage(text: string): OtherLanguage | undefined {
  const tally = new Map<string, number>();
  // Which of the other languages it is: a word one language alone lists counts whole, one that k list a k-th each.
  const decides = new Map<string, number>();
  let english = 0;
  let most = 0;
  let words = 0;
  const word = /\p{L}+/gu;
  const opening = text.slice(0, GUESS_CHARS);
  for (let m = word.exec(opening); m; m = word.exec(opening)) {
    // Only short words are common words: a long one is never looked up (nor lower-cased).
    if (m[0].length <= 7) {
      const w = m[0].toLowerCase();
      const languages = COUNTS.get(w) ?? [];
      const share = SHARE.get(w) ?? 0;
      for (const language of languages) {
        const n = (tally.get(language) ?? 0) + 1;
        tally.set(language, n);
        if (language === 'English') english = n;
        else {
          if (n > most) most = n;
          decides.set(language, (decides.get(language) ?? 0) + share);
        }
      }
    }
    // Plainly English early on (most pages the engine reads): no need to read on.
    if (++words % 64 === 0 && english >= 2 * MIN_WORDS && english >= 3 * most) return undefined;
  }
  // The language with the most deciding words, and of those the most counted; a page that cannot tell two apart is none.
  let best: OtherLanguage | undefined;
  let tied = false;
  for (const [language, d] of decides) {
    const b = best === undefined ? -1 : (decides.get(best) ?? 0);
    const n = tally.get(language) ?? 0;
    const nb = best === undefined ? -1 : (tally.get(best) ?? 0);
    if (d > b + 1e-9 || (d > b - 1e-9 && n > nb)) [best, tied] = [language as OtherLanguage, false];
    else if (d > b - 1e-9 && n === nb) tied = true;
  }
  // (Hebrew joins its short words on to the next, so a short flyer has few of them alone; but no other language read here writes its
  // letters: a text most of whose words are Hebrew is Hebrew.)
  if (mostlyHebrew(opening)) return 'Hebrew';
  // (Serbian in Cyrillic and Macedonian are not read here: their words would be misread with Bulgarian's or Russian's, so a page written
  // in their letters is declined rather than guessed one of those.)
  if (best && CYRILLIC_READ.has(best) && southSlavicCyrillic(opening)) return undefined;
  const count = best === undefined ? 0 : (tally.get(best) ?? 0);
  return best && !tied && count >= MIN_WORDS && count >= 2 * english ? best : undefined;
}

const CYRILLIC_READ = new Set<OtherLanguage>(['Russian', 'Ukrainian', 'Bulgarian']);
/**
 * Is a Cyrillic text written in Serbian's or Macedonian's letters ("ј", "љ", "њ", "џ", "ђ", "ћ", "ѓ", "ќ", "ѕ", none of which Russian,
 * Ukrainian or Bulgarian writes), in two words at least and one in twenty of its Cyrillic words (not a name or two quoted)?
 */
function southSlavicCyrillic(text: string): boolean {
  let own = 0;
  let all = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    if (!/[\u0400-\u04ff]/u.test(m[0])) continue;
    all++;
    if (/[јљњџђћѓќѕЈЉЊЏЂЋЃЌЅ]/u.test(m[0])) own++;
  }
  return own >= 2 && own * 20 >= all;
}

// (Yiddish is written in the same letters: its own short words, none Hebrew writes, "is", "not", "of", "the", "on", "with", "oneself".)
const YIDDISH_WORDS = new Set(['איז', 'נישט', 'ניט', 'פון', 'דער', 'דאס', 'אויף', 'מיט', 'זיך']);

/** Are most of a text's words (and a dozen at least) written in Hebrew letters, and not Yiddish ones? */
function mostlyHebrew(text: string): boolean {
  // (Most pages hold no Hebrew letter at all: no need to count their words.)
  if (!hasHebrew(text)) return false;
  let hebrew = 0;
  let all = 0;
  let yiddish = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    all++;
    if (isHebrew(m[0].charCodeAt(0))) hebrew++;
    if (YIDDISH_WORDS.has(m[0])) yiddish++;
  }
  return hebrew >= 12 && hebrew * 2 > all && yiddish < 2;
}

const cache = new WeakMap<DocumentModel, OtherLanguage | null>();

/** The language of a document's prose (navigation left out), when it is one of the others read here. */
export function otherLanguageOf(model: DocumentModel): OtherLanguage | undefined {
  let language = cache.get(model);
  if (language === undefined) {
    let text = '';
    for (const b of model.blocks) {
      if (isNavigationBlock(b)) continue;
      text += `${b.text}\n`;
      if (text.length >= GUESS_CHARS) break;
    }
    language = guessLanguage(text) ?? null;
    cache.set(model, language);
  }
  return language ?? undefined;
}

/**
 * V8 compiles a pattern longer than 20 KB of source without the analysis that lets it skip quickly past positions where no
 * alternative can begin (kRegExpTooLargeToOptimize): the list of ways a group says when it meets in twenty languages, 50 KB,
 * cost a page several times the sum of its thirds run one after another. Such a list is run as pieces under that size.
 */
const PIECE_LENGTH = 20_000;

/** What one piece last found: its first match at or after `from` in `text` (null: none). */
interface Found {
  text: string;
  from: number;
  match: RegExpExecArray | null;
}

/**
 * A words() pattern run as pieces of its list, each a pattern of its own with the same edges: the same matches as the whole. The
 * whole's match is at the first position where any alternative matches, by the first alternative (in order) that matches there;
 * each piece finds its own first position, and the earliest wins, the earlier piece at a tie (its alternatives come first). Its
 * source and flags are the whole's, so it is the same pattern to the prefilters; a derived pattern (matchAll, split) is a plain one.
 *
 * A piece's first match at or after a position is the same whichever earlier position the search began at (the edges look at
 * the text itself, not at where the search began), so what a piece found is kept until the search passes it: in a sentence of
 * thousands of meetings, a piece whose next match is far away would otherwise be searched to it again after every match.
 */
class Pieces extends RegExp {
  private readonly pieces: RegExp[];
  private readonly found: (Found | undefined)[];

  constructor(source: string, alternatives: readonly string[]) {
    super(source, 'giu');
    const pieces: RegExp[] = [];
    let run: string[] = [];
    let length = 0;
    const close = () => pieces.push(new RegExp(`${B}(?:${run.join('|')})${E}`, 'giu'));
    for (const piece of alternatives.flatMap(topLevel)) {
      if (run.length && length + piece.length + B.length + E.length + 5 > PIECE_LENGTH) {
        close();
        run = [];
        length = 0;
      }
      run.push(piece);
      length += piece.length + 1;
    }
    close();
    this.pieces = pieces;
    this.found = pieces.map(() => undefined);
  }

  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  override exec(input: string): RegExpExecArray | null {
    const text = String(input);
    // As RegExp.prototype.exec: a global pattern searches from lastIndex, and past the end finds nothing.
    const from = Math.max(0, Math.min(Math.trunc(Number(this.lastIndex)) || 0, Number.MAX_SAFE_INTEGER));
    let best: RegExpExecArray | null = null;
    let winner = -1;
    if (from <= text.length) {
      for (let i = 0; i < this.pieces.length; i++) {
        let found = this.found[i];
        // Kept while it still answers "the first match at or after `from`": searched from no later than `from`, and not passed.
        if (!found || found.text !== text || found.from > from || (found.match && found.match.index < from)) {
          const piece = this.pieces[i];
          piece.lastIndex = from;
          found = { text, from, match: piece.exec(text) };
          this.found[i] = found;
        }
        const m = found.match;
        if (m && (!best || m.index < best.index)) {
          best = m;
          winner = i;
        }
      }
    }
    if (!best) {
      // (A search run to its end lets go of the text: the pattern is the module's, and a page's words should not outlive its lint.)
      this.found.fill(undefined);
      this.lastIndex = 0;
      return null;
    }
    // The match returned is the caller's to keep (or change): the winning piece searches again next time.
    this.found[winner] = undefined;
    this.lastIndex = best.index + best[0].length;
    return best;
  }
}

/** The alternatives of an alternation's source at its top level (outside groups and character classes). */
function topLevel(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

// A word's edges where the word may begin or end in a letter outside ASCII ("über", "réunion"): \b reads only ASCII letters.
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
// (One boundary for the whole alternation, not one per alternative: the same matches, in the same order, but the engine tests the
// boundary once at each position instead of once per alternative, which halves the cost of the longest lists on a page.)
const words = (alternatives: readonly string[]): RegExp => {
  const source = `${B}(?:${alternatives.join('|')})${E}`;
  // (A group in an alternative would be numbered from 1 in its piece, not where it stands in the whole: such a list stays whole.)
  const grouped = () => new RegExp(`${source}|`, 'u').exec('')!.length > 1;
  return source.length <= PIECE_LENGTH || grouped() ? new RegExp(source, 'giu') : new Pieces(source, alternatives);
};

// Hebrew writes its one-letter words joined on to the next: "and" ו, "the" ה, "in" ב, "to" ל, "from" מ, "that" ש, "as" כ, and their
// combinations ("ובקבוצה", "שבקבוצת", "לקבוצות"), so its patterns allow up to three of them before a word. It has no letter case.
const HE_P = String.raw`[ובלמשכה]{0,3}`;
/** A group in Hebrew, alone, in its construct form or plural: "קבוצה", "הקבוצה", "קבוצת", "בקבוצות". */
const HE_GROUP = String.raw`${HE_P}קבוצ(?:ה|ת|ות)`;
/**
 * A weekday in Hebrew: "יום שלישי", "בימי רביעי", "בכל יום ראשון"; the Sabbath only with an hour. Not with the article, "ביום השני",
 * "ביום הראשון": an ordinal, the second or first day of something.
 */
const HE_DAY = String.raw`${HE_P}(?:יום|ימי)\s+(?:ראשון|שני|שלישי|רביעי|חמישי|שישי)|${HE_P}שבת(?=\s+(?:בשעה|בבוקר|בערב|ב?\d))`;
/** A month in Hebrew (the civil calendar's names). */
const HE_MONTH = String.raw`${HE_P}(?:ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)`;
// A word for cost in the idiom for "at the expense of" ("auf Kosten anderer", "au prix de sa santé", "op kosten van") says nothing of what a support
// group costs.
// (In a therapy's fee, "auf Kosten der Krankenkasse" says who pays: read there as a fee.)
const AT_THE_EXPENSE = String.raw`(?<!${B}(?:auf|au|op)\s+)`;

// The twelve-step fellowships by their local names, as "Alcoholics Anonymous" in English: "Anonyme Alkoholiker", "Alcooliques
// anonymes", "Alcohólicos Anónimos", "Anonieme Alcoholisten", "Anonyma Alkoholister", "Anonyme Alkoholikere", "Alcolisti Anonimi",
// "Narcóticos Anónimos", and the short name with points ("A.A."). (Not "AA" bare: a battery, a rating.)
const FELLOWSHIP = String.raw`anonyme[n]?\s+(?:alkoholiker(?:n)?|narkotiker(?:n)?|alkoholikere)|(?:alcooliques|narcotiques|alcohólicos|narcóticos|alcoólicos|alcoólatras|alcolisti|narcotici|neuróticos|emotivos|comedores\s+compulsivos)\s+an[oóô]n[iy]m(?:es|os|i)|anonieme\s+(?:alcoholisten|narcotica)|anonyma\s+(?:alkoholister|narkomaner)|a\.\s?a\.|al-?anon`;
const FELLOWSHIP_NAME = words([FELLOWSHIP]);

/** Names of a peer group, a support group, in each language: "Selbsthilfegruppe", "groupe de parole", "grupo de ayuda mutua". */
// (The Cyrillic languages' support group names: see SUPPORT_NAME_OTHER; a Bulgarian name with "за" between, "група за подкрепа".)
const CYRILLIC_SUPPORT_NAME = String.raw`групп?(?:а|ы|е|у|ой|ою|и|і|ах|ам|ами)?\s+(?:\p{L}+(?:ой|ей|ої)\s+){0,2}(?:поддержки|взаимопомощи|самопомощи|взаимоподдержки|підтримки|взаємодопомоги|самодопомоги|взаємопідтримки)|(?:круг\p{L}{0,2}|кол(?:о|а|і|ом))\s+(?:поддержк|підтримк)\p{L}*|груп(?:а|и|ата|ите)\s+за\s+(?:\p{L}+(?:на|ска)\s+)?(?:подкрепа|взаимопомощ|самопомощ|взаимна\s+подкрепа)`;
/** Not a target, age, working, focus, steering, reference or interest group ("Zielgruppe", "doelgroep", "målgrupp", "Arbeitsgruppe",
 * "fokusgruppe", "styregruppe"), at the start of a group's word. (Before the group names, which use it too.) */
const NOT_A_GROUP_OF_ITS_OWN = String.raw`(?!(?:ziel|doel|mål|mal|alters|ålders|alders|leeftijds|arbeits|arbets|arbejds|arbeids|berufs|yrkes|werk|fokus|styre|referen(?:ce)?|interesse|ressource|bruger|kontakt|følge)(?:grupp|groep))`;
export const SUPPORT_NAME_OTHER = words([
  // German
  String.raw`selbsthilfe-?(?:gruppen?|treffen|kreis(?:e|es)?)`,
  String.raw`(?:gesprächs|austausch|angehörigen|betroffenen|unterstützungs|trauer)(?:gruppen?|kreis(?:e|es)?)`,
  // A café named for a loss or an illness, as "grief café" or "memory café" in English: "Trauercafé", "café cancer", "café deuil",
  // "Alzheimer-Café", "rouwcafé", "sorgcafé", "caffè Alzheimer".
  // (And joined with a hyphen, as French often writes it: "café-deuil", "café-mémoire".)
  String.raw`(?:trauer|krebs|alzheimer|demenz|angehörigen|rouw|kanker|mantelzorg|sorg|demens|anhörig|pårørende)-?caf[eé]s?|caf[eé]s?(?:\s+|-)(?:cancer|alzheimer|deuil|mémoire|duelo|luto|memoria|memória)|caff[eè]\s+alzheimer|alzheimer\s+caff[eè]`,
  FELLOWSHIP,
  // French
  String.raw`(?:groupes?|cercles?)\s+d['’](?:entraide|écoute)(?:\s+mutuelle)?`,
  String.raw`(?:groupes?|cercles?)\s+de\s+(?:parole|soutien|pairs)`,
  String.raw`caf[eé]s?\s+des\s+aidants`,
  // (A grief group by its theme, as "grupo de duelo" and "Trauergruppe": "groupe de deuil", "grupo de luto", "gruppo del lutto"; and a
  // parish's grief ministry, which is its grief group: "Pastoral do Luto", "pastoral del duelo", "pastorale du deuil".)
  String.raw`groupes?\s+(?:de\s+)?(?:deuil|d['’]endeuillés|pour\s+(?:les\s+)?endeuillés)|grupos?\s+de\s+(?:luto|enlutados)|grupp[oi]\s+(?:di\s+elaborazione\s+del\s+|del\s+|per\s+il\s+|sul\s+)?lutto`,
  String.raw`pastora(?:l|le)\s+(?:do|del|du|dello)\s+(?:luto|duelo|deuil|lutto)`,
  // (Meetings named for mutual help, as the groups are: "incontri di auto-aiuto", "reuniones de autoayuda", "encontros de ajuda mútua",
  // "rencontres d'entraide".)
  String.raw`(?:incontri|riunioni)\s+(?:(?:mensili|settimanali|quindicinali)\s+)?(?:di\s+)?(?:auto[-\s]?mutuo[-\s]aiuto|auto[-\s]?aiuto|mutuo\s+aiuto)|(?:reuniones|encuentros|reuniões|encontros)\s+(?:(?:mensuales|semanales|quincenales|mensais|semanais|quinzenais)\s+)?de\s+(?:autoayuda|ayuda\s+mutua|apoyo\s+mutuo|autoajuda|ajuda\s+m[uú]tua|apoio\s+m[uú]tuo)|rencontres\s+d['’]entraide`,
  // Spanish and Portuguese
  String.raw`grupos?\s+de\s+(?:apoyo|autoayuda|ayuda\s+mutua|apoio|autoajuda|ajuda\s+m[uú]tua|duelo|acompañamiento)`,
  // Catalan: "grup de suport", "grup d'ajuda mútua", "grups d'autoajuda", "grup de dol", "grup de suport emocional i d'ajuda mútua".
  String.raw`grups?\s+(?:de\s+(?:suport|dol|autoajuda|ajuda\s+m[uú]tua|acompanyament)|d['’](?:ajuda\s+m[uú]tua|autoajuda|acompanyament))`,
  // Italian
  String.raw`grupp[oi]\s+(?:di\s+)?(?:auto[-\s]?mutuo[-\s]aiuto|auto[-\s]?aiuto|sostegno|supporto|ascolto|mutuo\s+aiuto)`,
  String.raw`grupp[oi]\s+ama`,
  // Dutch
  // (A grief group, as "Trauergruppe" above: "rouwgroep". A conversation group alone, "gespreksgroep", "samtalsgrupp", names no kind:
  // one led by a counsellor is as often one as the other.)
  String.raw`(?:lotgenoten|praat|steun|zelfhulp|ontmoetings|rouw|ondersteunings)groep(?:en)?`,
  String.raw`lotgenoten(?:contact|bijeenkomsten|bijeenkomst|avond|avonden|café)`,
  // Swedish, Danish, Norwegian
  // (And a grief group: "sorggrupp", "sorgegrupp", "sorggruppe".)
  String.raw`(?:stöd|självhjälps|anhörig|sorg|sorge)grupp(?:er|en|erna)?`,
  String.raw`(?:støtte|selvhjælps|selvhjelps|pårørende|netværks|nettverks|sorg|sorge)gruppe(?:r|n|rne)?`,
  // (A group for relatives, named apart as "pårørendegruppe" is joined: "gruppe for pårørende", "samværsgruppe for pårørende til …",
  // "grupp för anhöriga", "gruppe for etterlatte"; not a target, focus, steering, reference or interest group, "fokusgruppe for
  // pårørende", "styregruppe", "referencegruppe", "interessegruppe".)
  String.raw`${NOT_A_GROUP_OF_ITS_OWN}\p{L}*(?:gruppe(?:r|n|rne|ne)?|grupp(?:er|en|erna)?|gruppa)\s+(?:for|för)\s+(?:pårørende|anhöriga|efterladte|etterlatte|efterlevande)`,
  // Finnish, in any of its cases: a peer support group, "vertaistukiryhmä", "vertaisryhmiin", "vertaistuelliset ryhmät"; a support,
  // grief, relatives' or self-help group, "tukiryhmä", "sururyhmä", "omaisryhmä", "itseapuryhmä". (A conversation group alone,
  // "keskusteluryhmä", names no kind, as "gespreksgroep" does not.)
  String.raw`vertais(?:tuki)?ryhm\p{L}*|vertaistuellis\p{L}*\s+ryhm\p{L}*|(?:tuki|suru|omais|itseapu|oma-apu)ryhm\p{L}*`,
  // Polish, in any case: "grupa wsparcia", "grupy wsparcia", "w grupie wsparcia", "grupa samopomocowa", "grupa wzajemnej pomocy", "grupa
  // wsparcia dla osób w żałobie", "samopomocowa grupa".
  String.raw`grup(?:a|y|ie|ę|ą|om|ach|ami)?\s+(?:wsparcia|samopomocow\p{L}*|wzajemnej\s+pomocy|samopomocy)|(?:samopomocow|wspierając)\p{L}*\s+grup\p{L}*`,
  // Czech and Slovak, in any case: "podpůrná skupina", "svépomocné skupiny", "ve svépomocné skupině", "podporná skupina", "svojpomocná
  // skupina", "skupina vzájemné podpory", "skupina sebepomoci".
  String.raw`(?:podpůrn|svépomocn|sebepomocn|podporn|svojpomocn)\p{L}*\s+skupin\p{L}*|skupin\p{L}*\s+(?:vzájemné\s+podpory|vzájomnej\s+podpory|podpory|sebepomoci|svépomoci|svojpomoci)`,
  // The abstinence movements' own mutual-help associations, named as the fellowships are: "Kreuzbund", "Guttempler", "Vie Libre",
  // "Alcool Assistance", "les Amis de la Santé". (Not "une vie libre", a free life.)
  String.raw`kreuzbund(?:es|gruppen?)?|guttempler(?:n|gemeinschaft)?|(?<!(?:une|la|sa|leur|ma|ta|notre|votre|d['’]une)\s+)vie\s+libre|alcool\s+assistance|amis\s+de\s+la\s+santé`,
  // (Icelandic, in any case: "stuðningshópur", "sjálfshjálparhópurinn", "jafningjahópa", "sorgarhópur".)
  String.raw`(?:stuðnings|sjálfshjálpar|jafningja|sorgar)hóp\p{L}*`,
  // (Turkish: "destek grubu", "destek gruplarımız", "kendine yardım grubu", "yas grubu", "dayanışma grubu"; in capitals too, where "İ" is
  // no "i" and "I" no "ı" to the i flag: "DAYANIŞMA GRUBU".)
  String.raw`(?:destek|dayan[ıI]şma|kend[iİ]ne\s+yard[ıI]m|öz\s+yard[ıI]m|yas|paylaş[ıI]m)\s+grub?\p{L}*`,
  // (Estonian: "tugigrupp", "tugigrupid", "tugigrupiteenus", "eneseabigrupp", "leinagrupp".)
  String.raw`(?:tugi|eneseabi|leina)grup\p{L}*|(?:tugi|eneseabi)rühm\p{L}*`,
  // (Hungarian: "támogató csoport", "önsegítő csoportunk", "sorstárs csoport", "gyászcsoport".)
  String.raw`(?:támogató|önsegítő|sorstárs|gyász)\s?csoport\p{L}*`,
  // (Greek, with or without accents: "ομάδα υποστήριξης", "ομάδες ψυχολογικής στήριξης", "ομάδα αυτοβοήθειας", "ομάδα πένθους".)
  String.raw`ομ[αά]δ\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:υπο)?στ[ηή]ριξ\p{L}*|ομ[αά]δ\p{L}*\s+(?:αυτο|αλληλο)βο[ηή]θει\p{L}*|ομ[αά]δ\p{L}*\s+π[εέ]νθους`,
  // (Croatian, Serbian and Slovenian, in any case: "grupa podrške", "grupe za podršku", "grupa za samopomoć", "grupi uzajamne pomoći",
  // "skupina za samopomoč", "skupine za podporo", "samopomočna skupina"; "podporna skupina" is read with Czech and Slovak above.)
  String.raw`grup(?:a|e|i|u|om|ama)\s+(?:za\s+)?(?:podrš\p{L}*|potpor\p{L}*|samopomo[ćc]\p{L}*|uzajamn\p{L}*\s+pomo[ćc]\p{L}*|međusobn\p{L}*\s+(?:podrš|pomo[ćc])\p{L}*)|skupin(?:a|e|i|o|ah|ami)\s+za\s+(?:samopomo[čc]|podporo|medsebojno\s+pomo[čc])|samopomo[ćč]n\p{L}*\s+(?:grup|skupin)\p{L}*`,
  // (Latvian, in any case: "atbalsta grupa", "atbalsta grupās", "pašpalīdzības grupu", "sēru grupa"; Lithuanian: "paramos grupė", "savitarpio
  // pagalbos grupėje", "savipagalbos grupės", "palaikymo grupė", "netekties grupė".)
  String.raw`(?:atbalsta|pašpalīdzības|sēru)\s+grup\p{L}*|(?:paramos|savitarpio\s+(?:pagalbos|paramos)|savipagalbos|palaikymo|netekties|gedulo)\s+grup\p{L}*`,
  // (Romanian, with or without diacritics: "grup de suport", "grupul de sprijin", "grupuri de autoajutor", "grup de întrajutorare".)
  String.raw`grup(?:ul|uri|urile|urilor|ului)?\s+(?:de\s+)?(?:suport|sprijin)|grup(?:ul|uri|urile|urilor|ului)?\s+de\s+(?:auto-?ajutor|[îi]ntr-?ajutorare|ajutor\s+reciproc)`,
  // (A listening group in Spanish and Portuguese, as "groupe d'écoute" and "gruppo di ascolto" above: "Grupo de Escucha en el Duelo",
  // "grupos de escuta".)
  String.raw`grupos?\s+de\s+(?:escucha|escuta)`,
  // (Russian, Ukrainian and Bulgarian, in any case: "группа поддержки", "группы психологической поддержки", "группа взаимопомощи",
  // "группу самопомощи", "група підтримки", "групи взаємодопомоги", "коло підтримки", "група за подкрепа", "групата за взаимопомощ".)
  CYRILLIC_SUPPORT_NAME,
  // (Hebrew, with its prefixes joined on: "קבוצת תמיכה", "בקבוצות התמיכה", "קבוצה תומכת", "קבוצת עזרה עצמית", "קבוצות לעזרה הדדית"; not the
  // verb, "הקבוצה תומכת בחברים", the group supports its members.)
  String.raw`${HE_GROUP}\s+(?:ה)?(?:תמיכה|התומכ(?:ת|ות))|[ובלמשכ]{0,3}קבוצ(?:ה|ת|ות)\s+תומכ(?:ת|ות)(?!\s+ב)|${HE_GROUP}\s+(?:ל|ה)?עזרה\s+(?:ה)?(?:עצמית|הדדית)`,
]);

// (Counselling given to a group on work, business or the law, "групповое консультирование по вопросам трудоустройства", is no therapy.)
const NOT_CAREER_CYRILLIC = String.raw`(?!\s+(?:[\p{L}-]+\s+){0,3}?(?:трудоустройств|бизнес|компаний|юридическ|юридичн|працевлаштуван))`;
/**
 * A clinic saying its treatment takes place in groups: "Die Therapie findet primär in Gruppen statt", "die Behandlung erfolgt überwiegend in
 * der Gruppe", "findet die Behandlung in Kleingruppen statt", "de behandeling vindt plaats in groepsverband", "behandlingen foregår i grupper",
 * "behandlingen sker i grupp", "hoito toteutetaan ryhmässä". Not denied in the words between ("findet nicht in Gruppen statt").
 */
const TREATMENT_IN_GROUPS_SAID = [
  String.raw`(?:(?:psycho)?therapie|behandlung)\s+(?:findet|erfolgt)\s+(?:(?!(?:nicht|keine?|niet|geen|ikke|inte|ej|aldri|aldrig)${E})[\p{L}-]+\s+){0,3}?in\s+(?:der\s+|einer\s+)?(?:[\p{L}-]+\s+)?(?:klein)?gruppen?${E}|(?:findet|erfolgt)\s+(?:die\s+)?(?:(?:psycho)?therapie|behandlung)\s+(?:(?!(?:nicht|keine?|niet|geen|ikke|inte|ej|aldri|aldrig)${E})[\p{L}-]+\s+){0,3}?in\s+(?:der\s+|einer\s+)?(?:[\p{L}-]+\s+)?(?:klein)?gruppen?${E}`,
  String.raw`(?:therapie|behandeling)\s+(?:vindt|gebeurt)\s+(?:(?!(?:nicht|keine?|niet|geen|ikke|inte|ej|aldri|aldrig)${E})[\p{L}-]+\s+){0,3}?(?:plaats\s+)?in\s+(?:een\s+|de\s+)?(?:[\p{L}-]+\s+)?(?:groep(?:en)?|groepsverband)${E}`,
  String.raw`(?:terapi|behandling)(?:en)?\s+(?:foregår|sker|skjer|gis|gives|ges)\s+(?:(?!(?:nicht|keine?|niet|geen|ikke|inte|ej|aldri|aldrig)${E})[\p{L}-]+\s+){0,3}?i\s+(?:[\p{L}-]+\s+)?(?:grupp(?:er)?|gruppe(?:r)?|gruppeform|gruppform)${E}`,
  String.raw`(?:hoito|terapia)\s+(?:toteutetaan|tapahtuu|järjestetään)\s+(?:\p{L}+\s+){0,2}?(?:pien)?ryhm(?:ässä|issä|ämuotoisena)`,
];
const TREATMENT_IN_GROUPS = words(TREATMENT_IN_GROUPS_SAID);
/**
 * Psychological care, which makes treatment in groups group therapy: "Psychosomatik", "psychisch", "Depressionen", "Angststörungen",
 * "Sucht", "angst- en stemmingsklachten", "psykisk", "ångest", "masennus", "mielenterveys". Not physical rehabilitation in groups,
 * "Rückenschule und Wassergymnastik", "vesijumppaa ja selkäkoulua".
 */
const PSYCHOLOGICAL_CARE = words([
  String.raw`\p{L}*(?:psych|psyk|depress|depresj|angst|ångest|ängst|sucht|trauma|essstör|eetstoorn|stemmingsklacht|verslav|spiseforstyr|ätstör|masenn|ahdist|mielenterv|päihde)\p{L}*`,
]);
/**
 * A guide to founding such a group, a group in general or the reader's own to come: "bei der Gründung einer Selbsthilfegruppe", "eine
 * eigene Gruppe gründen", "een zelfhulpgroep oprichten", "het oprichten van een lotgenotengroep", "starte en selvhjælpsgruppe", "opprette
 * en samtalegruppe", "starta en stödgrupp", "haluat perustaa vertaisryhmän", "ryhmän perustaminen". (Not a group of its own founded in the past,
 * "die Gruppe wurde 2010 gegründet", "Ryhmän perustaminen vuonna 2010", nor a host announcing a new one, "Kirken vil starte en gruppe",
 * "Frau Keller möchte eine Selbsthilfegruppe gründen", "Yhdistys perustaa vertaisryhmän": the article is indefinite, or the reader's own,
 * and a verb of founding has the reader or "man" for its subject, "wenn Sie eine Selbsthilfegruppe gründen", "als je een groep wilt
 * oprichten", "hvis du vil starte en gruppe", "haluat perustaa"; only the noun, "bei der Gründung einer Selbsthilfegruppe", stands alone.)
 */
const FOUNDING_A_GROUP = words([
  String.raw`gründung\s+(?:einer|ihrer|deiner)\s+(?:eigenen\s+)?\p{L}*gruppe|(?:sie|du|man|wer)\s+(?:[\p{L}-]+\s+){0,4}?(?:eine|ihre|deine)\s+(?:eigene\s+)?\p{L}*gruppe\s+(?:zu\s+)?gründen`,
  String.raw`(?:je|u|jij|men|wie)\s+(?:[\p{L}-]+\s+){0,4}?(?:een|uw|je|jouw)\s+(?:eigen\s+)?\p{L}*groep\s+(?:(?:wil|wilt|willen|kan|kunt|kunnen|gaat|gaan)\s+)?(?:op\s+te\s+richten|oprichten|opstarten|op\s+te\s+starten)|(?:oprichten|opstarten)\s+van\s+een\s+(?:eigen\s+)?\p{L}*groep`,
  String.raw`(?:du|dere|ni|man)\s+(?:[\p{L}-]+\s+){0,2}?(?:starte|oprette|opprette|stifte)\s+(?:en|din\s+egen|jeres\s+egen|deres\s+egen)\s+(?:ny\s+)?\p{L}*gruppe|(?:du|ni|man)\s+(?:[\p{L}-]+\s+){0,2}?(?:starta|bilda)\s+(?:en|din\s+egen|er\s+egen)\s+(?:ny\s+)?\p{L}*grupp`,
  String.raw`(?:(?:haluat|haluatte|voit|voitte|aiot|aiotte|kannattaa)\s+perustaa|perustat(?:te)?|perusta(?:misessa|miseen|maan))\s+(?:oma\p{L}*\s+)?\p{L}*ryhm\p{L}*|\p{L}*ryhmän\s+perustami\p{L}*(?!\s+(?:vuonna|\d))`,
]);
/**
 * Such treatment said of clinics in general: how often, usually, or clinics in the plural or with an indefinite article, or the field,
 * "In der stationären Psychotherapie findet die Behandlung überwiegend in Gruppen statt".
 */
const IN_GENERAL_CLINICS =
  /(?<![\p{L}])(?:meist(?:ens)?|oft|häufig|typischerweise|üblicherweise|vaak|meestal|doorgaans|ofte|oftast|ofta|vanligvis|vanligtvis|sædvanligvis|usein|yleensä|(?:in\s+)?(?:einer|eine)\s+(?:tages)?klinik|(?:in\s+)?een\s+(?:dag)?kliniek|(?:tages)?kliniken|(?:dag)?klinieken|klinikker|kliniker|klinikoi\p{L}*|sairaaloi\p{L}*|päiväsairaaloi\p{L}*|in\s+der\s+(?:[\p{L}-]+\s+)?(?:psycho)?therapie|in\s+de\s+(?:[\p{L}-]+\s+)?(?:psycho)?therapie)(?![\p{L}])/iu;
/** But a clinic speaking of its own, in the first person or as "our clinic": "In unserer Klinik findet die Therapie häufig in Gruppen statt". */
const OWN_CLINIC = /(?<![\p{L}])(?:unser\p{L}*|wir|uns|onze|ons|wij|we|vår|vårt|våra|vores|vi|oss|meidän|meillä|meille)(?![\p{L}])/iu;
const THERAPY_SAID = [
  String.raw`gruppen-?(?:psycho)?therapien?`,
  String.raw`(?:psycho)?therapiegruppen?`,
  String.raw`therapeutische[nr]?\s+gruppen?`,
  String.raw`(?:psycho)?th[eé]rapies?\s+(?:de|en)\s+groupe`,
  // ("Groupe thérapeutique", "therapeutische groep", "terapeutisk grupp", "grupo terapêutico" are said of a group as "therapeutische Gruppe"
  // is: a group that is itself therapy.)
  String.raw`groupes?\s+(?:de\s+)?(?:psycho)?th[eé]rap(?:ie|ique|iques|eutiques?)|therapeutische\s+groep(?:en)?|terapeutisk[ae]?\s+grupp(?:e|er|en|erna)?`,
  // (Or "in a group", with a method's name between: "terapia en grupo", "terapia DBT en grupo", "psicoterapia in gruppo", "terapia TCC em
  // grupo".)
  String.raw`(?:psico)?terapias?\s+(?:(?:dbt|tcc|cbt|act|mbt|dialéctic[oa]|dialectic[oa]|cognitiv[oa](?:[-\s]conductual|[-\s]comportamental)?)\s+)?(?:de\s+grupo|grupal(?:es)?|em\s+grupo|en\s+grupo|di\s+gruppo|in\s+gruppo)`,
  String.raw`grupos?\s+(?:de\s+)?terap(?:ia|[eéê]uticos?)`,
  // A therapeutic group workshop or space: "taller grupal terapéutico", "taller terapéutico grupal", "espacio terapéutico grupal".
  String.raw`(?:taller(?:es)?|espacios?)\s+(?:grupal(?:es)?\s+terap[eé]utic[oa]s?|terap[eé]utic[oa]s?\s+grupal(?:es)?)`,
  String.raw`grupp[oi]\s+(?:di\s+)?(?:psico)?terap(?:ia|eutic[oi])`,
  // (Catalan: "teràpia de grup", "psicoteràpia grupal", "grup terapèutic".)
  String.raw`(?:psico)?teràpies?\s+(?:de\s+grup|grupals?)|grups?\s+(?:de\s+)?(?:teràpia|terapèutics?)`,
  String.raw`groeps(?:psycho)?therapie(?:ën)?|therapiegroep(?:en)?`,
  // (Polish, Czech and Slovak, in any case: "psychoterapia grupowa", "terapii grupowej", "grupowa psychoterapia", "grupa terapeutyczna",
  // "skupinová terapie", "skupinovou psychoterapii", "terapeutická skupina", "terapie ve skupině", "skupinová terapia".)
  String.raw`(?:psycho)?terapi(?:a|i|ę|ą|e|u|í)\s+(?:grupow\p{L}*|skupinov\p{L}*|ve\s+skupině|v\s+skupine)|(?:grupow|skupinov)\p{L}*\s+(?:psycho)?terapi\p{L}*|(?:grup\p{L}*|skupin\p{L}*)\s+(?:psycho)?terapeuty(?:czn|ck)\p{L}*|(?:psycho)?terapeuty(?:czn|ck)\p{L}*\s+(?:grup\p{L}*|skupin\p{L}*)|(?:psycho)?terapeutick\p{L}*\s+skupin\p{L}*|skupin\p{L}*\s+(?:psycho)?terapeutick\p{L}*`,
  // (Swedish joins "grupp" and "psykoterapi" on one p: "gruppsykoterapi".)
  String.raw`grupp(?:terapi|p?sykoterapi)(?:n)?|(?:psyko)?terapigrupp(?:er|en)?`,
  String.raw`gruppe(?:psyko)?terapi(?:en)?|terapigruppe(?:r|n)?`,
  // (Finnish, in any case: "ryhmäterapia", "ryhmäpsykoterapiaan", "terapiaryhmä".)
  String.raw`ryhmä(?:psyko)?terapi\p{L}*|(?:psyko)?terapiaryhm\p{L}*`,
  // (And therapy "in group form", as Finnish services name it: "ryhmämuotoinen psykoterapia", "ryhmämuotoista terapiaa".)
  String.raw`ryhmämuotoi\p{L}*\s+(?:psyko)?terapi\p{L}*`,
  // Group-analytic (psycho)therapy, a group therapy by its method's name: "gruppenanalytische Psychotherapie", "gruppeanalytisk terapi",
  // "gruppanalytisk psykoterapi", "groepsanalytische therapie", "psicoterapia gruppoanalitica", "psychothérapie groupe-analytique".
  String.raw`gruppen-?analytische[nr]?\s+(?:psycho)?therapie|grupp?e?-?analytisk[ae]?\s+(?:psyko)?terapi(?:en)?|groepsanalytische\s+(?:psycho)?therapie|(?:psico)?terapia\s+(?:di\s+)?gruppo-?analitica|(?:psycho)?thérapie\s+groupe-?analytique|gruppoanalisi|ryhmäanalyyt\p{L}*\s+(?:psyko)?terapi\p{L}*|ryhmäanalyy(?:si|sin|siin|sissä)`,
  // (Icelandic: "hópmeðferð", "meðferðarhópur", "hópsálfræðimeðferð".)
  String.raw`hóp(?:sálfræði)?meðferð\p{L}*|meðferðarhóp\p{L}*`,
  // (Turkish: "grup terapisi", "grup psikoterapisi", "terapi grubu", in any case: the dotted capital of "TERAPİSİ" is no "i".)
  String.raw`grup\s+(?:ps[iİ]ko)?terap\p{L}*|(?:ps[iİ]ko)?terap[iİ]\s+grub?\p{L}*`,
  // (Estonian: "grupiteraapia", "grupipsühhoteraapia", "teraapiagrupp".)
  String.raw`grupi(?:psühho)?teraapi\p{L}*|teraapiagrup\p{L}*`,
  // (Hungarian: "csoportterápia", "csoportos pszichoterápia", "csoport-pszichoterápia", "terápiás csoport".)
  String.raw`csoport(?:os)?[-\s]?(?:pszicho)?terápi\p{L}*|(?:pszicho)?terápiás\s+csoport\p{L}*`,
  // (Croatian, Serbian and Slovenian, in any case: "grupna terapija", "grupnu psihoterapiju", "terapijska grupa", "terapija u grupi",
  // "skupinska terapija", "skupinsko psihoterapijo", "terapevtska skupina", "terapija v skupini".)
  String.raw`(?:grupn|skupinsk)\p{L}*\s+(?:psiho)?terapij\p{L}*|(?:psiho)?terapij(?:a|e|i|u|om|o)\s+(?:u\s+grupi|v\s+skupini)|(?:psiho)?terapijsk\p{L}*\s+grup\p{L}*|(?:psiho)?terapevtsk\p{L}*\s+skupin\p{L}*`,
  // (Latvian: "grupu terapija", "grupas psihoterapijā", "terapijas grupa", "terapeitiskā grupa"; Lithuanian: "grupinė terapija", "grupinės
  // psichoterapijos", "terapinė grupė", "psichoterapijos grupė".)
  String.raw`grup(?:u|as)\s+(?:psiho)?terapij\p{L}*|(?:psiho)?terapijas\s+grup\p{L}*|terapeitisk\p{L}*\s+grup\p{L}*|grupin\p{L}*\s+(?:psicho)?terapij\p{L}*|(?:psicho)?terapijos\s+grup\p{L}*|terapin\p{L}*\s+grup\p{L}*`,
  // (Greek, with or without accents: "ομαδική ψυχοθεραπεία", "ομαδική θεραπεία", "θεραπευτική ομάδα", "ομάδα ψυχοθεραπείας"; the
  // prefilter reads Greek letters, see prefilter.ts.)
  String.raw`ομαδικ\p{L}*\s+(?:ψυχο)?θεραπε\p{L}*|(?:ψυχο)?θεραπευτικ\p{L}*\s+ομ[αά]δ\p{L}*|ομ[αά]δ\p{L}*\s+(?:ψυχο)?θεραπε[ιί]ας`,
  // (Romanian: "terapie de grup", "psihoterapia de grup", "terapie în grup", "grup terapeutic", "grupul de psihoterapie".)
  String.raw`(?:psiho)?terapi(?:e|a|ei|i|ile|ilor)\s+(?:de\s+grup|[îi]n\s+grup|grupal[ăa])|grup(?:ul|uri|urile|urilor|ului)?\s+(?:de\s+)?(?:psiho)?terap(?:ie|eutic|eutice|eutic[ăa])`,
  // (Russian, Ukrainian and Bulgarian, in any case: "групповая психотерапия", "групповой терапии", "терапевтическая группа", "группа
  // психотерапии", "групова терапія", "психотерапевтична група", "група за психотерапия".)
  String.raw`групп?ов\p{L}*\s+(?:психо)?терап[иі]\p{L}*|(?:психо)?терапевтич\p{L}*\s+групп?\p{L}*|групп?\p{L}*\s+(?:за\s+)?(?:психо)?терап(?:ии|ії|ия|ию)`,
  // (Hebrew, with its prefixes joined on: "טיפול קבוצתי", "בטיפול הקבוצתי", "פסיכותרפיה קבוצתית", "קבוצה טיפולית", "קבוצת טיפול", "טיפול
  // בקבוצה", "ייעוץ קבוצתי", "פסיכודרמה קבוצתית", "קבוצת טיפול בחרדה"; not "קבוצות לטיפול ב…", groups for treating something, named in
  // general, nor "הדרכה קבוצתית", training or supervision given to a group, nor "קבוצת טיפול בבעלי חיים", a group that cares for animals.)
  String.raw`${HE_P}טיפול(?:ים)?\s+(?:ה)?קבוצתי(?:ים)?|${HE_P}טיפול\s+בקבוצה|${HE_P}(?:פסיכותרפיה|פסיכודרמה|התערבות)\s+(?:ה)?קבוצתית|${HE_P}(?:ייעוץ|יעוץ)\s+(?:ה)?קבוצתי|${HE_GROUP}\s+(?:ה)?(?:טיפולי(?:ת|ות)|תרפויטי(?:ת|ות)|פסיכותרפי(?:ה|ות))|${HE_GROUP}\s+(?:ה)?טיפול(?![\p{L}]|\s+בבעלי\s+חיים)`,
  // (Group counselling in Russian, Ukrainian and Bulgarian, a therapy group's name as "group counseling" is in English: "групповое
  // консультирование", "групове психологічне консультування", "групово консултиране", "консультирование в группе".)
  String.raw`групп?ов\p{L}*\s+(?:психолог[иі](?:ческ|чн)\p{L}*\s+)?(?:консультирован\p{L}*|консультуванн\p{L}*|консултиран\p{L}*)${NOT_CAREER_CYRILLIC}|(?:консультирован|консультуванн|консултиран)\p{L}*\s+(?:в|у)\s+групп?\p{L}*(?!\s+компан)${NOT_CAREER_CYRILLIC}`,
  // (Group counselling in Hungarian, as in English: "csoportos tanácsadás", "csoportos mentálhigiénés tanácsadás", "a csoportos
  // tanácsadási folyamat"; not career or legal advice given to a group, "csoportos pályatanácsadás", "csoportos jogi tanácsadás", nor the
  // employment service's "csoportos tanácsadás álláskeresőknek", followed within a few words by jobseekers, careers, law or money.)
  String.raw`csoportos\s+(?:(?:mentálhigiénés|pszichológiai|lelki)\s+)?tanácsadás(?:\p{L}*)(?!\s+(?:[\p{L}-]+\s+){0,2}?\p{L}*(?:álláskeres|munkaerő|pályaválaszt|pályaorientáció|jogi|pénzügyi))`,
  // (German, Dutch and the Nordic languages join group therapy onto what it names, a session, an offer or its adjective: "Gruppen-
  // therapiesitzungen", "Gruppenpsychotherapieangebot", "gruppentherapeutische Behandlung", "groepstherapeutisch", "gruppeterapeutisk",
  // "gruppterapeutiska", "ryhmäterapeuttinen"; and a therapeutic group by any of its German compounds, "therapeutische Gesamtgruppe",
  // "therapeutische Kleingruppen", but not a residential home, "therapeutische Wohngruppe".)
  String.raw`gruppen-?(?:psycho)?therapie(?:sitzung|stunde|angebot|programm|einheit|termin)(?:en|e|n|s)?|gruppen(?:psycho)?therapeutisch\p{L}*|groeps(?:psycho)?therapeutisch\p{L}*|grupp?e?(?:psyko)?terapeutisk\p{L}*|ryhmä(?:psyko)?terapeutti\p{L}*|therapeutische[nr]?\s+(?!wohn)\p{L}+gruppen?`,
];
/**
 * Group treatment: "Gruppenbehandlung", "groepsbehandeling", "gruppbehandling", "gruppebehandling". A clinical service's name for
 * the kind reading, but, as "treatment groups" in English, no plain statement that the group is group therapy.
 */
const GROUP_TREATMENT = String.raw`gruppenbehandlung(?:en)?|groepsbehandeling(?:en)?|gruppbehandling(?:ar|en)?|gruppebehandling(?:er|en)?|ryhmähoi(?:to|don|toa|toon|dossa)`;
/**
 * A group named by its clinical method, as "CBT group" or "DBT skills group" in English: "KBT-gruppen", "KVT-Gruppe", "DBT-Skillsgruppe",
 * "groupe de TCC", "TCC grupal", "CGT-groep". A clinical service's name for the kind reading, not a statement of group therapy.
 */
const METHOD_GROUP = String.raw`(?:kbt|kvt|dbt|cgt|tcc|cbt)[-\s]?(?:skills-?)?(?:grupp(?:en|er|erna)?|gruppe(?:n|r|rne)?|groep(?:en)?)|(?:groupes?|grupos?|grupp[oi])\s+(?:de\s+|di\s+)?(?:tcc|dbt|cbt)|tcc\s+(?:en\s+groupe|grupal|de\s+grupo|di\s+gruppo|em\s+grupo)|(?:kkt|dkt|dbt|cbt)[-\s]?ryhm\p{L}*`;

/** Names of group therapy in each language: "Gruppentherapie", "thérapie de groupe", "terapia grupal", "groepstherapie". */
export const THERAPY_NAME_OTHER = words([...THERAPY_SAID, GROUP_TREATMENT, METHOD_GROUP]);
/** Group therapy said in so many words (therapy-statement): the names above but group treatment and a method's group. */
// (A clinic's treatment said to take place in groups states it, though it names no kind: see TREATMENT_IN_GROUPS.)
const THERAPY_STATEMENT_OTHER = words([...THERAPY_SAID, ...TREATMENT_IN_GROUPS_SAID]);

// Days of the week, singular and plural, in each language. (Turkish "pazar" is also a market: Sunday only as "pazar günü",
// "pazarları". Greek "τρίτη", "τετάρτη", "πέμπτη" are also third, fourth, fifth, "η τρίτη ομάδα": a day only after "κάθε" or before
// a time, a date or the end of the phrase.)
// (Russian, Ukrainian and Bulgarian days, in the cases a meeting's day takes, "во вторник", "по средам", "у вівторок", "щосереди" aside,
// "в сряда"; not Russian "среда", also a setting, nor "неделя", a week in Russian, Sunday in Bulgarian; "среду", "средам" only after
// "в", "во", "каждую", "эту", "следующую", "по" or before a time, not "безопасную среду".)
const CYRILLIC_DAYS = String.raw`понедельник(?:ам|а)?|вторник(?:ам|а|и)?|сред(?:у|ам)(?:(?<=(?<![\p{L}])(?:в|во|каждую|эту|следующую|по)\s+сред(?:у|ам))|(?=\s*,?\s*(?:в\s+|с\s+)?\d))|четверг(?:ам|а)?|пятниц(?:а|у|ам)|суббот(?:а|у|ам)|воскресень(?:е|ям)|понеділ(?:ок|ка|кам)|вівтор(?:ок|ка|кам)|серед(?:а|у|ам)|четвер(?:га|гам)?|п['’ʼ]?ятниц(?:я|ю|ям)|субот(?:а|у|ам|и)|неділ(?:я|ю|ям)|понеделни(?:к|ци)|сряд(?:а|и)|четвъртъ(?:к|ци)|пет(?:ък|ъци)|събот(?:а|и)`;
const DAY_NAMES = String.raw`(?:montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|lunes|martes|miércoles|jueves|viernes|sábados?|domingos?|maandag(?:en)?|dinsdag(?:en)?|woensdag(?:en)?|donderdag(?:en)?|vrijdag(?:en)?|zaterdag(?:en)?|zondag(?:en)?|måndag(?:ar)?|tisdag(?:ar)?|onsdag(?:ar)?|torsdag(?:ar)?|fredag(?:ar)?|lördag(?:ar)?|söndag(?:ar)?|mandag(?:e|er)?|tirsdag(?:e|er)?|onsdag(?:e|er)?|torsdag(?:e|er)?|fredag(?:e|er)?|lørdag(?:e|er)?|søndag(?:e|er)?|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maanantai(?:sin|na|hin)?|tiistai(?:sin|na|hin)?|keskiviiko(?:sin|ssa)|keskiviikko(?:na|isin|ihin)?|torstai(?:sin|na|hin)?|perjantai(?:sin|na|hin)?|lauantai(?:sin|na|hin)?|sunnuntai(?:sin|na|hin)?|segundas?(?:-feiras?)?|terças?(?:-feiras?)?|quartas?(?:-feiras?)?|quintas?(?:-feiras?)?|sextas?(?:-feiras?)?|dilluns|dimarts|dimecres|dijous|divendres|dissabtes?|diumenges?|poniedziałek|poniedziałki|poniedziałków|wtorek|wtorki|wtorków|środa|środę|środy|czwartek|czwartki|czwartków|piątek|piątki|piątków|sobota|sobotę|soboty|sobót|niedziela|niedzielę|niedziele|niedzieli|pondělí|úterý|středa|středu|středy|čtvrtek|čtvrtky|pátek|pátky|sobotu|neděle|neděli|pondelok|pondelky|utorok|utorky|streda|stredu|štvrtok|štvrtky|piatok|piatky|nedeľa|nedeľu|nedele|(?:mánu|þriðju|miðviku|fimmtu|föstu|laugar|sunnu)d(?:ag(?:ur|inn|a|s|skvöld(?:um)?)?|ögum)|(?:esmaspäev|teisipäev|kolmapäev|neljapäev|laupäev|pühapäev)(?:al|iti|a)?|reedel|reedeti|hétfő(?:n|nként)?|kedd(?:en|enként)?|szerd(?:a|án|ánként)|csütörtök(?:ön|önként)?|péntek(?:en|enként)?|szombat(?:on|onként)?|vasárnap(?:onként)?|pazartesi|salı|çarşamba|perşembe|cuma(?:ları|\s+günü)?|cumartesi|pazar\s+gün(?:ü|leri)|pazarları|δευτ[εέ]ρα|(?:τρ[ιί]τη|τετ[αά]ρτη|π[εέ]μπτη)(?:(?<=κ[αά]θε\s+\p{L}+)|(?=\s*(?:[,.;:)]|$|στις\s|\d|απ[οό]\s|ώρα)))|παρασκευ[ηή]|σ[αά]ββατο|κυριακ[ηή]|ponedjeljak|ponedeljak|utorak|srijeda|srijedu|sreda|sredu|četvrtak|petak|subotu|nedjelja|nedjelju|nedelja|nedelju|ponedeljek|torek|sredo|četrtek|petek|soboto|nedeljo|(?:pirm|otr|treš|ceturt|piekt|sest|svēt)dien(?:a|as|ā|ās|u|ām)?|(?:pirma|antra|trečia|ketvirta|penkta|šešta|sekma)dien(?:is|į|io|iais|ių|iui|yje)|${CYRILLIC_DAYS}|${HE_DAY})`;
// (And a day's part joined to it, as Dutch, German and the Nordic languages write it: "dinsdagmiddag", "Dienstagabend", "tisdagskväll".)
const DAY = String.raw`(?:${DAY_NAMES})(?:s?(?:middag|avond|ochtend|abend|nachmittag|vormittag|morgen|eftermiddag|kväll|kvällar|förmiddag|aften|formiddag|kveld|ettermiddag))?`;

// A month, for a date ("ab 6. März", "le 12 septembre", "el 15 de enero", "op 6 maart", "start 7 oktober").
// (Turkish, Hungarian, Greek and Estonian too, "12 Mayıs", "5 Μαΐου", "6. jaanuaril"; not Turkish "ocak", "aralık", a hearth and a gap.)
// (Russian and Ukrainian months in a date's genitive, "12 марта", "5 вересня"; Bulgarian ones as they are, "3 март".)
const CYRILLIC_MONTHS = String.raw`января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември`;
const MONTH_OTHER = String.raw`(?:januar|jänner|februar|märz|april|mai(?!\s+mul)|juni|juli|august|september|oktober|november|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|augusti|maj|marts|gener|febrer|març|maig|juny|juliol|agost|setembre|desembre|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|januára|februára|apríla|mája|júna|júla|augusta|septembra|októbra|novembra|decembra|janúar|febrúar|apríl|maí|júní|júlí|ágúst|október|nóvember|desember|siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenog|studenoga|prosinca|januara|februara|marta|aprila|juna|jula|avgusta|oktobra|januarja|februarja|junija|julija|janvār(?:is|ī|a)|februār(?:is|ī|a)|mart(?:s|ā)|aprīl(?:is|ī|a)|maij(?:s|ā|a)|jūnij(?:s|ā|a)|jūlij(?:s|ā|a)|august(?:s|ā|a)|septembr(?:is|ī|a)|oktobr(?:is|ī|a)|novembr(?:is|ī|a)|decembr(?:is|ī|a)|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|január|február|március|április|május|június|július|augusztus|szeptember|december|ιανου[αά]ρ[ιί](?:ου|ος)|φεβρου[αά]ρ[ιί](?:ου|ος)|μ[αά]ρτ[ιί](?:ου|ος)|απρ[ιί]λ[ιί](?:ου|ος)|μα[ΐϊι]ου|μ[αά][ιϊ]ος|ιο[υύ]ν[ιί](?:ου|ος)|ιο[υύ]λ[ιί](?:ου|ος)|α[υύ]γο[υύ]στ(?:ου|ος)|σεπτ[εέ]μβρ[ιί](?:ου|ος)|οκτ[ωώ]βρ[ιί](?:ου|ος)|νο[εέ]μβρ[ιί](?:ου|ος)|δεκ[εέ]μβρ[ιί](?:ου|ος)|jaanuar(?:il)?|veebruar(?:il)?|märts(?:il)?|aprill(?:il)?|juunil?|juulil?|augustil|septembril|oktoob(?:er|ril)|novembril|detsemb(?:er|ril)|${CYRILLIC_MONTHS}|${HE_MONTH}|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie)`;

/** A flyer's row label for when or where: "Wann", "Quand", "Cuándo", "Wanneer", "När", "Hvornår", "Quando", "Dove". */
const ROW_LABEL = String.raw`(?:wann|wo|treffpunkt|quand|où|lieu|cuándo|dónde|lugar|wanneer|waar|när|var|hvornår|hvor|når|quando|dove|onde|milloin|missä|paikka|aika|когда|где|коли|де|кога|къде|место|місце|време|время|час)`;
/** The start of a group's meetings: "inicio de los encuentros", "início dos encontros", "début des rencontres", "Beginn der Treffen". */
/** A verb in the past right after a start of meetings or its date: "war", "hatte", "fue", "avait", "fu", "foi". */
const PAST_VERB = String.raw`(?:war|waren|hatte|hatten|fue|fueron|era|eran|había|habían|avait|avaient|était|étaient|fut|furent|fu|furono|aveva|avevano|foi|foram|tinha|tinham|havia|haviam)${E}`;
/** A group's own meeting told in Polish, Czech or Slovak, a group word or the first person in the same sentence: "grupa", "skupiny",
 * "spotkania", "my", "nasza", "naše"; not another body's, "Prezydenci będą się spotykać co roku". */
// (Used after a lookahead for the verb's first letters: tried at every position of a page, the proximity test alone costs the whole
// meetings list its speed, several times over.)
const OWN_MEETERS_NEAR = String.raw`(?:(?<=${B}(?:grup\p{L}*|skupin\p{L}*|spotka(?:ni\p{L}*|ń)|setkání\p{L}*|stretnut\p{L}*|uczestni\p{L}*|członk\p{L}*|my|nasz\p{L}*|naš\p{L}*|wspólnot\p{L}*|společenstv\p{L}*|spoločenstv\p{L}*)${E}[^.;!?\n]{0,40}?)|(?=[^.;!?\n]{0,60}?${B}(?:grup\p{L}*|skupin\p{L}*|spotka(?:ni\p{L}*|ń)|setkání\p{L}*|stretnut\p{L}*|uczestni\p{L}*|członk\p{L}*|my|nasz\p{L}*|naš\p{L}*|wspólnot\p{L}*|společenstv\p{L}*|spoločenstv\p{L}*)${E}))`;
const START_OF_MEETINGS = String.raw`(?:inicio|comienzo|início|começo|début|beginn|inizio|inici)\s+(?:de\s+los|de\s+las|dos|das|des|der|degli|delle|dels|de\s+les)\s+(?:encuentros|reuniones|sesiones|encontros|reuniões|sessões|rencontres|réunions|séances|treffen|gruppentreffen|incontri|riunioni|trobades|sessions)`;
/** A first meeting: "das erste Treffen", "la première rencontre", "la primera reunión", "o primeiro encontro", "il primo incontro". */
const FIRST_MEETING = String.raw`(?:erste[ns]?|première|primera|primeiro|primo|eerste|första|første)\s+(?:treffen|rencontre|réunion|séance|reunión|sesión|sessió|trobada|encuentro|encontro|reunião|incontro|bijeenkomst|träff(?:en)?|mødet?|møtet?)`;

// A meeting, by its noun, in the languages of Central and Eastern Europe, Greek, Turkish and the Baltic ones (in the cases it takes as the
// subject of "takes place"): "spotkanie", "setkání", "stretnutie", "întâlnirea", "susret", "sastanak", "srečanje", "συνάντηση", "buluşma",
// "tikšanās", "susitikimas", "összejövetel". (The Hungarian and Estonian nouns serve the reader awaited, see INVITED_TO; TAKES_PLACE and
// STARTS read no Hungarian or Estonian verb, "lesz", "kerül sor", "kezdődik", "toimub", so no Hungarian or Estonian meeting is read by
// them. Not "zajęcia", any class; nor a meeting after which something else starts, "Po setkání začne koncert".)
const MEETING_NOUN = String.raw`(?:spotkani(?:e|a)|setkání|stretnuti(?:e|a)|[îi]nt[âa]lnir(?:ea|ile)|sesiunea|sesiunile|susret(?:i)?|sastan(?:ak|ci)|druženje|srečanj(?:e|a)|η\s+συν[αά]ντηση|οι\s+συναντ[ηή]σεις|toplant[ıi](?:mız)?|buluşma(?:mız)?|oturum(?:u|lar)?|tikšanās|susitikim(?:as|ai)|összejövetel|találkozó|foglalkozás)`;
// Between the meeting and its verb, only the group's own words, "spotkanie grupy wsparcia", "setkání podpůrné skupiny": not another body's,
// "spotkanie Rady Miasta odbędzie się", a council's.
const MEETING_OF_GROUP = String.raw`(?:(?:grup|skupin|podpůrn|podporn|svépomocn|svojpomocn|samopomoc|wsparci|sprijin|suport|podršk|podpor|ομ[αά]δ|grub|csoport|rühm|atbalst|paramos|της|του|των)\p{L}*\s+(?:de\s+)?){0,2}?`;
// The verb that says it starts, in the same languages.
const STARTS = String.raw`(?:rozpocz(?:nie|ną|yna|ynają)\s+się|zaczyna\s+się|začnou|začín(?:á|ají)|(?:s[ae]\s+)?začn(?:e|ú)(?:\s+sa)?|začína(?:jú)?|(?:va\s+)?[îi]ncepe|počinje|počet\s+će|ξεκιν(?:ά|άει|ούν)|θα\s+ξεκιν[ηή]σει|sāksies|prasidės|prasideda)${E}`;
// The verb that says it will take place, or takes place: future and present, in the same languages.
const TAKES_PLACE = String.raw`(?:odbęd(?:zie|ą)\s+się|odbywa(?:ją)?\s+się|proběhn(?:e|ou)|se\s+(?:koná|konají|uskuteční|uskutečn[ií]|bude\s+konat|budou\s+konat)|sa\s+(?:uskutoční|uskutočnia|koná|konajú|bude\s+konať)|va\s+avea\s+loc|vor\s+avea\s+loc|are\s+loc|se\s+va\s+desf[ăa][șşs]ura|(?:će|ce)\s+se\s+održati|održat\s+će\s+se|se\s+održava(?:ju)?|održava\s+se|bo(?:do)?\s+potekal(?:o|a|i)|θα\s+πραγματοποιηθ(?:ε[ιί]|ο[υύ]ν)|gerçekleş(?:ecek|ecektir|tirilecek|tirilecektir)|yapılacak(?:tır)?|notiks|vyks)${E}`;
// The next meeting, and the first, by their adjectives' stems in Russian, Ukrainian and Bulgarian: "следующая", "найближча", "следващата";
// "первая", "перша", "първата".
const NEXT_CYRILLIC = String.raw`(?:следующ|ближайш|наступн|найближч|следващ)`;
const FIRST_CYRILLIC = String.raw`(?:перв|перш|първ)`;
/**
 * A group's own meetings in each language: a verb of meeting ("wir treffen uns", "se réunit", "nos reunimos", "komen samen",
 * "träffas", "mødes", "si incontra"), or a weekday that recurs ("jeden zweiten Dienstag", "chaque jeudi", "todos los lunes",
 * "elke maandag", "varje tisdag", "hver onsdag", "ogni martedì"), or an hour as those countries print it ("19 Uhr", "14 h 30",
 * "19.00 uur", "kl. 18").
 */
export const OWN_MEETING_OTHER = words([
  String.raw`(?:wir\s+)?treffen\s+uns|trifft\s+sich|treffen\s+sich`,
  // The next meeting, always one group's own: "das nächste Treffen ist am", "der nächste Termin", "la prochaine rencontre", "la próxima
  // reunión", "de volgende bijeenkomst", "nästa träff", "næste møde", "il prossimo incontro".
  String.raw`(?:nächste[ns]?|prochaine?s?|próxim[oa]s?|volgende|nästa|næste|neste|prossim[oa])\s+(?:treffen|termin|gruppentreffen|gruppenabend|rencontre|réunion|séance|reunión|sesión|encuentro|encontro|reunião|sessão|roda(?:\s+de\s+conversa)?|bijeenkomst|samenkomst|träff(?:en)?|gruppträff(?:en)?|møde|møte|gruppemøde|gruppemøte|incontro|riunione)`,
  // (The Nordic "gathers", said of the group or of us: "Gruppen samles i Frivillighuset", "vi samlas varje tisdag".)
  String.raw`\p{L}*(?:gruppe|gruppa|grupp)(?:n|en|a|erne|erna|ne)?\s+saml(?:es|as)|(?:vi\s+)saml(?:es|as)|saml(?:es|as)\s+vi`,
  // (Once a week with a day's part: "én eftermiddag om ugen", "en kväll i veckan", "einen Abend pro Woche".)
  String.raw`(?:en|én|ett|et|ein(?:en)?|eine)\s+(?:aften|eftermiddag|formiddag|kväll|kveld|ettermiddag|förmiddag|abend|nachmittag|vormittag)\s+(?:om|i|per|hver|pro|in\s+der)\s+(?:ugen|uken|veckan|woche|måneden|månaden|monat)`,
  // (German splits "zusammenkommen" round what it says of the meeting: "Die Gruppe kommt alle zwei Wochen abends zusammen", "kommen wir
  // montags zusammen"; said of the group or of us, not of people in general, "in einer Selbsthilfegruppe kommen Menschen zusammen".)
  String.raw`(?:die|der|unsere?|diese[r]?)\s+\p{L}*(?:gruppe|kreis|runde)\s+kommt\s+(?:[\p{L}\p{N}.:-]+\s+){0,8}?zusammen|(?:kommt\s+(?:die|der|unsere|unser)\s+\p{L}*(?:gruppe|kreis|runde)|wir\s+kommen|kommen\s+wir)\s+(?:[\p{L}\p{N}.:-]+\s+){0,8}?zusammen`,
  String.raw`(?:se\s+réuni(?:t|ssent)|nous\s+nous\s+(?:réunissons|retrouvons)|se\s+retrouve(?:nt)?)`,
  String.raw`(?:se\s+reúnen?|nos\s+reunimos|nos\s+encontramos|se\s+reúnem|se\s+encontram?)`,
  // (Catalan: "es reuneix", "es reuneixen", "ens reunim", "ens trobem"; not "es troben", "they are found", said of people in a situation.)
  String.raw`es\s+reuneix(?:en)?|ens\s+(?:reunim|trobem)`,
  // (And a Catalan weekday that recurs: "cada dimarts", "els dijous", "tots els dilluns", "el primer dimecres de cada mes".)
  String.raw`(?:cada|els|tots\s+els|el\s+(?:primer|segon|tercer|quart|darrer|últim))\s+(?:dilluns|dimarts|dimecres|dijous|divendres|dissabtes?|diumenges?)`,
  // (Not "we komen" alone, "we come" to anything: "we komen met aanbevelingen".)
  String.raw`(?:komen|komt)\s+(?:we\s+|wij\s+)?(?:samen|bijeen)|(?:we|wij)\s+ontmoeten\s+elkaar`,
  // (Dutch, as German, splits it round what it says of the meeting: "De rouwgroep komt drie namiddagen samen"; said of the group, not
  // of people in general, "in een rouwgroep komen mensen samen".)
  String.raw`(?:de|onze|deze)\s+\p{L}*groep\s+komt\s+(?:[\p{L}\p{N}.:-]+\s+){0,8}?(?:samen|bijeen)`,
  String.raw`träffas|ses\s+(?:varje|varannan|en\s+gång)|(?:vi\s+)?mødes|møtes|(?:vi\s+)?ses\s+hver`,
  String.raw`si\s+(?:riunisce|riuniscono|incontra|incontrano)|ci\s+(?:incontriamo|riuniamo|vediamo)|ci\s+si\s+(?:ritrova|incontra|riunisce|vede)`,
  // (And in the future, as a notice of a group's coming meetings gives them: "il gruppo si riunirà il 4 marzo", "se reunirá", "se
  // réunira", "se reunirão".)
  String.raw`si\s+(?:riunirà|riuniranno|incontrerà|incontreranno)|se\s+reunir(?:á|án|ão)|se\s+(?:réunira|réuniront|retrouvera|retrouveront)`,
  // (Finnish "gathers", said of a group or of us: "Ryhmä kokoontuu", "ryhmät kokoontuvat", "kokoonnumme", "tapaamme".)
  String.raw`kokoontu(?:u|vat)|kokoonnu(?:mme|taan)|tapaamme`,
  // (And a Finnish weekday that recurs, how often: "joka tiistai", "viikoittain", "kerran kuukaudessa", "joka toinen viikko".)
  String.raw`joka\s+(?:toinen\s+|ensimmäinen\s+|viimeinen\s+)?(?:${DAY}|viikko|kuukausi)|viikoittain|kuukausittain|kahden\s+viikon\s+välein|kerran\s+(?:viikossa|kuukaudessa)`,
  String.raw`(?:jeden|jede[nm]?|alle\s+zwei\s+wochen\s+am|am\s+(?:ersten|zweiten|dritten|vierten|letzten))\s+(?:(?:ersten|zweiten|dritten|vierten|letzten)\s+)?${DAY}`,
  String.raw`(?:chaque|tous\s+les|le\s+(?:premier|deuxième|second|troisième|quatrième|dernier))\s+(?:(?:premier|deuxième|second|troisième|quatrième|dernier)\s+)?${DAY}`,
  String.raw`(?:los|todos\s+los)\s+(?:lunes|martes|miércoles|jueves|viernes|sábados|domingos)`,
  String.raw`(?:cada|todos\s+los|todas\s+as|el\s+(?:primer|segundo|tercer|cuarto|último)|(?:a\s+)?(?:primeira|segunda|terceira|última))\s+${DAY}`,
  // (Portuguese gives a recurring day with "às", "aos", "nas": "às quintas", "aos sábados", "nas noites de quinta-feira".)
  String.raw`(?:às|aos|nas|nos)\s+(?:(?:noites|tardes|manhãs)\s+de\s+)?(?:segundas|terças|quartas|quintas|sextas|sábados|domingos)(?:-feiras)?|(?:às|as|nas)\s+(?:noites|tardes|manhãs)\s+de\s+(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?`,
  String.raw`(?:elke|iedere|om\s+de\s+week\s+op|op)\s+(?:(?:eerste|tweede|derde|vierde|laatste)\s+)?${DAY}`,
  String.raw`(?:varje|varannan|hver|annenhver|hver\s+anden)\s+(?:(?:första|andra|tredje|sista|første|anden|andre|tredje|sidste|siste)\s+)?${DAY}`,
  String.raw`(?:ogni|il\s+(?:primo|secondo|terzo|quarto|ultimo))\s+${DAY}`,
  // The group's own sessions taking place ("die Gruppe findet dienstags statt", "a lieu", "se realiza", "vindt plaats", "äger rum").
  String.raw`find(?:et|en)\s+(?:[\p{L}\p{N}.:-]+\s+){0,6}?statt|(?:a|ont|aura|auront)\s+lieu|se\s+(?:realiza|realizan|lleva\s+a\s+cabo|llevan\s+a\s+cabo)|tiene\s+lugar|vind(?:t|en)\s+(?:[\p{L}\p{N}.:-]+\s+){0,6}?plaats|äger\s+rum|foregår|finder\s+sted|si\s+(?:svolge|svolgono|tiene|tengono)|acontece(?:m)?|t(?:indrà|indran|é|enen)\s+lloc`,
  // How often it meets: "wöchentlich", "chaque semaine", "semanal", "wekelijks", "varje vecka", "ugentlig", "settimanale".
  String.raw`wöchentlich|vierzehntägig|14-tägig|monatlich|hebdomadaire|chaque\s+semaine|semanal(?:es|mente)?|cada\s+semana|semanais?|wekelijks|tweewekelijks|maandelijks|varje\s+vecka|veckovis|varannan\s+vecka|ugentlig(?:t)?|ukentlig|hver\s+uge|hver\s+(?:anden|annen|andre)\s+(?:uge|uke)|annenhver\s+uke|settimanal(?:e|i|mente)|ogni\s+settimana|setmanal(?:s|ment)?|cada\s+setmana|quinzenal(?:s|ment)?|mensualment|cada\s+mes`,
  // (Every month or fortnight, as the Romance languages say it beside "monatlich" and "maandelijks", in an adverb or an adverbial phrase:
  // "tous les mois", "cada mes", "todos os meses", "ogni mese", "mensualmente", "con cadenza mensile", "de forma quincenal". Not the
  // adjective alone, "une séance mensuelle", which a feature on such groups uses as well, but meetings so named with what they are:
  // "incontri mensili di auto-aiuto", "reuniones semanales del grupo", "rencontres mensuelles d'entraide".)
  String.raw`mensilmente|mensuellement|mensualmente|mensalmente|(?:tous\s+les|chaque)\s+mois|(?:cada|todos\s+los)\s+mes(?:es)?|(?:cada|todos\s+os)\s+m[eê]s(?:es)?|ogni\s+mese|(?:con\s+)?cadenza\s+(?:settimanale|mensile|quindicinale)|(?:de|con)\s+(?:forma|manera|frecuencia|periodicidad|periodicidade)\s+(?:mensual|quincenal|semanal|mensal|quinzenal)|de\s+(?:façon|manière)\s+(?:mensuelle|hebdomadaire|bimensuelle)`,
  String.raw`(?:incontri|riunioni|reuniones|encuentros|encontros|reuniões|rencontres|réunions|séances)\s+(?:mensili|settimanali|quindicinali|mensuales|semanales|quincenales|mensais|semanais|quinzenais|mensuelles|hebdomadaires|bimensuelles)\s+(?:di|de|d['’]|del|della|do|da|du|des)${E}`,
  // (Every week or every other week, as a row or in a sentence: "jede Woche einmal", "alle zwei Wochen", "toutes les deux semaines",
  // "cada dos semanas", "a cada duas semanas", "elke week", "om de week", "ogni due settimane", "ogni quindici giorni".)
  String.raw`jede\s+(?:zweite\s+)?woche|alle\s+(?:zwei|drei|vier|2|3|4)\s+wochen|toutes\s+les\s+(?:deux\s+|trois\s+|2\s+|3\s+)?semaines|cada\s+(?:dos|tres|quince|2|3|15)\s+(?:semanas|días)|todas\s+las\s+semanas|(?:a\s+)?cada\s+(?:duas|três|quinze|2|3|15)\s+(?:semanas|dias)|todas\s+as\s+semanas|(?:elke|iedere)\s+(?:twee\s+)?(?:week|weken)|om\s+de\s+(?:twee\s+)?(?:week|weken)|ogni\s+(?:due|tre|2|3)\s+settimane|ogni\s+quindici\s+giorni`,
  // ("Once a week": "einmal pro Woche", "une fois par semaine", "una vez a la semana", "een keer per week", "en gång i veckan", "en gang
  // om ugen", "una volta alla settimana", "uma vez por semana".)
  String.raw`einmal\s+(?:pro|in\s+der|die)\s+woche|une\s+fois\s+par\s+semaine|una\s+vez\s+(?:a\s+la|por|cada)\s+semana|uma\s+vez\s+(?:por|a\s+cada)\s+semana|(?:een|één)\s+keer\s+per\s+week|en\s+gång\s+(?:i|per|varje)\s+vecka(?:n)?|en\s+gang\s+(?:om\s+ugen|om\s+uken|i\s+uken|hver\s+uge|om\s+måneden|ugentligt)|una\s+volta\s+(?:alla|a|ogni)\s+settimana`,
  // (Once a month: "einmal im Monat", "une fois par mois", "una vez al mes", "uma vez por mês", "een keer per maand", "en gång i månaden",
  // "en gang om måneden", "una volta al mese".)
  String.raw`einmal\s+(?:im|pro)\s+monat|une\s+fois\s+par\s+mois|una\s+vez\s+(?:al|por|cada)\s+mes|uma\s+vez\s+(?:por|ao)\s+mês|(?:een|één)\s+keer\s+per\s+maand|en\s+gång\s+(?:i|per)\s+månaden|en\s+gang\s+(?:om|i)\s+måneden|una\s+volta\s+al\s+mese`,
  // (A new group's first meeting, with its date: "das erste Treffen ist am 6. März", "am 9. November ein erstes Treffen", "la première
  // rencontre, le 12 septembre", "første møde holdes 13. august". Not a report of one held, "participaron en la primera sesión".)
  // (The look back is read only where a first meeting was found.)
  String.raw`${FIRST_MEETING}(?<=${B}\d{1,2}\.?\s+(?:de\s+)?${MONTH_OTHER}${E}[^;!?\n]{0,80}?${FIRST_MEETING})|${FIRST_MEETING}(?=[^;!?\n]{0,80}?${B}\d{1,2}\.?\s+(?:de\s+)?${MONTH_OTHER}${E})`,
  // (A series of meetings, the group's own schedule: "eine Reihe von fünf Treffen", "une série de six séances", "una serie de ocho
  // encuentros", "een reeks van vijf bijeenkomsten", "en serie med åtta träffar", "en række på otte møder", "una serie di dieci incontri".
  // Not a count alone, "üblich sind 24 Sitzungen", which an article on the kind gives too.)
  String.raw`(?:reihe|série|serie|reeks|række|rekke)\s+(?:von|de|van|med|av|på|di)\s+(?:\d{1,2}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|deux|trois|quatre|cinq|six|sept|huit|dix|douze|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce|duas|três|quatro|oito|dez|doze|twee|drie|vier|vijf|zes|zeven|acht|tien|twaalf|två|tre|fyra|fem|sex|sju|åtta|tio|tolv|fire|seks|syv|otte|åtte|ti|due|quattro|cinque|sei|sette|otto|dieci|dodici)\s+(?:[\p{L}-]+\s+)?(?:treffen|sitzungen|abenden|séances|rencontres|sesiones|encuentros|reuniones|sessões|encontros|bijeenkomsten|sessies|avonden|träffar|sessioner|møder|møter|sessioni|incontri)`,
  // A flyer's rows for when and where: "Wann:", "Quand :", "Cuándo:", "Wanneer:", "När:", "Hvornår:", "Quando:", "Dove:". At a line's
  // start only: not a sentence that runs on after a colon, "un luogo dove: si ascolta, si parla".
  String.raw`${ROW_LABEL}(?<=(?:^|\n)[\s*_#>|-]*${ROW_LABEL})(?=\s*\**\s*:)`,
  String.raw`\d{1,2}(?:[.:]\d\d)?\s?uhr|\d{1,2}\s?h\s?\d{0,2}|\d{1,2}[.:]\d\d\s?uur|kl\.?\s?\d{1,2}(?:[.:]\d\d)?|klo\s?\d{1,2}(?:[.:]\d\d)?|ore\s+\d{1,2}`,
  // (Polish, Czech and Slovak: a group that meets, "spotyka się", "spotykamy się", "spotkania odbywają się", "se schází", "scházíme se",
  // "se setkává", "sa stretáva", "stretávame sa"; a recurring day, "w każdy wtorek", "w każdą środę", "každé úterý", "každý druhý
  // čtvrtek", "každú stredu" (not how often alone, "jednou týdně", which an explainer on such groups says too); an hour, "godz. 18",
  // "od 17:00 do 19:00", "v 17 hodin", "o 18.00 hod.".)
  String.raw`spotyka(?:my|ją)?\s+się|spotkani(?:a|e)\s+(?:[\p{L}]+\s+)?odbywa(?:ją)?\s+się|(?:se|sa)\s+(?:schází|scházejí|setkává|setkávají|schádza|schádzajú|stretáva|stretávajú)|(?:scházíme|setkáváme)\s+se|(?:stretávame|schádzame)\s+sa`,
  String.raw`(?:w\s+)?każd(?:y|ą|e|ego)\s+(?:(?:pierwsz|drug|trzeci|czwart|ostatni)\p{L}*\s+)?${DAY}`,
  String.raw`(?:v\s+|vo\s+)?každ(?:ý|é|ou|á|ú|ého)\s+(?:(?:první|druh|třetí|poslední|prv|tretí|posledn)\p{L}*\s+)?${DAY}`,
  String.raw`godz(?:\.|ina|inie)?\s?\d{1,2}(?:[.:]\d\d)?|od\s+\d{1,2}[.:]\d\d\s+do\s+\d{1,2}[.:]\d\d|\d{1,2}(?:[.:]\d\d)?\s?(?:hod(?:in|\.)?|hodín)(?![\p{L}])`,
  // (Icelandic: "hópurinn hittist", "við hittumst", a recurring day, "á þriðjudögum", "á mánudagskvöldum", how often, "vikulega", "einu
  // sinni í mánuði", "fer fram", and the next meeting of a new group, "næsti hittingur", "næst verður hittingur".)
  String.raw`hittist|hittumst|á\s+(?:mánu|þriðju|miðviku|fimmtu|föstu|laugar|sunnu)d(?:ögum|agskvöldum|agsmorgnum)|vikulega|hálfsmánaðarlega|mánaðarlega|einu\s+sinni\s+í\s+(?:viku|mánuði)|(?:fer|fara)\s+fram|næst(?:i)?\s+(?:verður\s+)?(?:hittingur|fundur)|klukkan\s+\d{1,2}(?:[.:]\d\d)?`,
  // (Turkish: a recurring day or how often, "her salı", "haftada bir", "ayda bir", "her hafta", and "toplanıyor", "bir araya geliyoruz".)
  String.raw`her\s+(?:ayın\s+(?:ilk|son|\d\.?)\s+)?(?:pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|hafta|ay)\p{L}*|(?:haftada|ayda|iki\s+haftada)\s+bir|toplan(?:ıyor|ır|ıyoruz|acak|acaktır)|bir\s+araya\s+gel(?:iyoruz|iyor|ecek|ecektir)|saat\s+\d{1,2}(?:[.:]\d\d)?`,
  // (Estonian: "kohtub", "kohtume", "saame kokku", "igal teisipäeval", "teisipäeviti", "kord nädalas", "toimub".)
  String.raw`kohtu(?:b|vad|me)|saame\s+kokku|igal\s+(?:\p{L}+päeval|nädalal|kuul)|(?:esmaspäev|teisipäev|kolmapäev|neljapäev|laupäev|pühapäev)iti|reedeti|kord\s+(?:nädalas|kuus)|iganädala\p{L}*|toimu(?:b|vad)|kell\s+\d{1,2}(?:[.:]\d\d)?`,
  // (Hungarian: "minden kedden", "keddenként", "hetente", "kéthetente", "havonta", "találkozik", "találkozunk", "kerül sor".)
  String.raw`minden\s+(?:hónap\s+\p{L}+\s+)?(?:hétfőn|kedden|szerdán|csütörtökön|pénteken|szombaton|vasárnap|héten|hónapban)|(?:hétfő|kedde|szerdá|csütörtökö|pénteke|szombato|vasárnapo)nként|hetente|kéthetente|havonta|találkoz(?:ik|unk|nak)|(?:kerül|kerülnek)\s+sor|\d{1,2}(?:[.:]\d\d)?\s?(?:órától|órakor)`,
  // (Greek: "κάθε Τρίτη", "κάθε εβδομάδα", "συναντιέται", "συναντιόμαστε", "πραγματοποιείται", "μία φορά την εβδομάδα".)
  String.raw`κ[αά]θε\s+(?:δευτ[εέ]ρα|τρ[ιί]τη|τετ[αά]ρτη|π[εέ]μπτη|παρασκευ[ηή]|σ[αά]ββατο|κυριακ[ηή]|εβδομ[αά]δα|μ[ηή]να|δεκαπενθ[ηή]μερο)|συναντ(?:ιέται|ιούνται|ιόμαστε|ώνται)|πραγματοποι(?:είται|ούνται)|μ[ιί]α\s+φορ[αά]\s+(?:την|τον)\s+(?:εβδομ[αά]δα|μ[ηή]να)|εβδομαδια[ιί]ως|μηνια[ιί]ως|(?:σε\s+)?(?:εβδομαδια[ιί]α|μηνια[ιί]α|δεκαπενθ[ηή]μερη)\s+β[αά]ση`,
  // (Croatian, Serbian and Slovenian: a group that meets, "sastaje se", "se sastaju", "sastajemo se", "se srečuje", "srečujemo se"; a
  // recurring day, "svakog utorka", "svake srijede", "utorkom", "vsak torek", "vsako sredo", "ob četrtkih"; an hour, "u 18 sati", "od 17 do
  // 19 sati", "ob 16. uri", "ob 17.00".)
  String.raw`sastaj(?:e|u|emo)\s+se|se\s+sastaj(?:e|u)|se\s+(?:srečuje|srečujejo)|srečujemo\s+se`,
  String.raw`svak(?:og|e|i|u)\s+(?:(?:prv|drug|treć|posljednj|poslednj|zadnj)\p{L}*\s+)?(?:ponedjelj|ponedelj|utor|srijed|sred|četvrt|pet|subot|nedjelj|nedelj)\p{L}*|(?:ponedjeljkom|ponedeljkom|utorkom|srijedom|sredom|četvrtkom|petkom|subotom|nedjeljom|nedeljom)|vsak(?:o|i)?\s+(?:(?:prv|drug|tretj|zadnj)\p{L}*\s+)?(?:ponedeljek|torek|sredo|četrtek|petek|soboto|nedeljo)|ob\s+(?:ponedeljkih|torkih|sredah|četrtkih|petkih|sobotah|nedeljah)`,
  String.raw`(?:u|od)\s+\d{1,2}(?:[.:]\d\d)?\s*(?:do\s+\d{1,2}(?:[.:]\d\d)?\s*)?(?:sati|časova)|ob\s+\d{1,2}(?:\.\s?uri|[.:]\d\d)`,
  // (Latvian: "grupa tiekas", "tiekamies", "notiek", "katru otrdienu", "otrdienās", "reizi mēnesī", "plkst. 18.00", "nākamā tikšanās".)
  String.raw`tiekas|tiekamies|tiksimies|notiek(?:(?<=${B}(?:grupa|grupas|tikšanās|nodarbības|sanāksmes|${DAY}|\d{1,2}(?:[.:]\d\d)?)\s+notiek)|(?=\s+(?:[\p{L}-]+\s+)?(?:\d|katru${E}|plkst|reizi${E}|divas\s+reizes|${DAY}${E})))|katru\s+(?:(?:pirmo|otro|trešo|ceturto|pēdējo)\s+)?(?:${DAY}|nedēļu|mēnesi)|(?:pirm|otr|treš|ceturt|piekt|sest|svēt)dienās|(?:reizi|divas\s+reizes)\s+(?:nedēļā|mēnesī)|plkst\.?\s?\d{1,2}(?:[.:]\d\d)?|nākam(?:ā|o)\s+tikšan\p{L}*`,
  // (Lithuanian: "grupė susitinka", "susitinkame", "renkasi", "vyksta", "kiekvieną antradienį", "antradieniais", "kartą per mėnesį", "18 val.",
  // "kitas susitikimas".)
  String.raw`susitink(?:a|ame|sime)|renkas(?:i|ime)|vyksta(?:(?<=${B}(?:grupė|grupės|susitikimas|susitikimai|užsiėmimai|${DAY}|\d{1,2}(?:[.:]\d\d)?\s?val\.?)\s+vyksta)|(?=\s+(?:[\p{L}-]+\s+)?(?:\d|kiekvien\p{L}*|kartą|kas\s|${DAY}${E})))|kiekvien(?:ą|o)\s+(?:(?:pirmą|antrą|trečią|paskutinį)\s+)?(?:${DAY}|savaitę|mėnesį)|(?:pirma|antra|trečia|ketvirta|penkta|šešta|sekma)dieniais|(?:kartą|du\s+kartus)\s+per\s+(?:savaitę|mėnesį)|kas\s+(?:antrą\s+)?(?:savaitę|mėnesį)|\d{1,2}(?:[.:]\d\d)?\s?val\.|(?:(?:nuo|iki|apie)\s+|\d{1,2}(?:[.:]\d\d)?\s?[–-]\s?)\d{1,2}(?:[.:]\d\d)?\s?val|kit(?:as|ą)\s+susitikim\p{L}*`,
  // (Romanian: a recurring day or how often, "în fiecare marți", "în fiecare săptămână", "o dată pe lună", "săptămânal"; a group that
  // meets, "se întâlnește", "ne întâlnim", "întâlnirile au loc"; an hour, "ora 18".)
  String.raw`[îi]n\s+fiecare\s+(?:(?:prim|a\s+doua|ultim)\p{L}*\s+)?(?:luni|mar[țţt]i|miercuri|joi|vineri|s[âa]mb[ăa]t[ăa]|duminic[ăa]|s[ăa]pt[ăa]m[âa]n[ăa]|lun[ăa])|(?:o\s+dat[ăa]|de\s+dou[ăa]\s+ori)\s+pe\s+(?:s[ăa]pt[ăa]m[âa]n[ăa]|lun[ăa])|s[ăa]pt[ăa]m[âa]nal|(?:se|ne)\s+(?:[îi]nt[âa]lne[șşs]te|[îi]nt[âa]lnesc|[îi]nt[âa]lnim)|[îi]nt[âa]lnirile\s+(?:au\s+loc|se\s+desf[ăa][șşs]oar[ăa])|(?:de\s+)?la\s+ora\s+(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?(?![\d]|[.:]\d)`,
  // (Danish and Norwegian: the group that meets, "Gruppen ses", "grupperne ses", the Nynorsk "Gruppa møtest", "dei møtest"; and how often,
  // "én gang om ugen", "en gang i uka", "en gång i veckan", "to gange om måneden".)
  String.raw`(?:gruppen|grupperne|gruppene|gruppa|vi)\s+ses|møtest|(?:en|én|ett|et|ei|to|två|tre)\s+g(?:ang|ång|ange|anger)\s+(?:om|i|per|hver)\s+(?:ugen|uken|uka|veckan|måneden|månaden|månad|mnd)`,
  // (Russian, Ukrainian and Bulgarian: a group that meets, "встречается", "собираемся", "зустрічаємося", "се срещат"; a recurring day or how
  // often, "каждый вторник", "по средам", "раз в неделю", "щовівторка", "кожного четверга", "раз на тиждень", "всяка сряда", "веднъж седмично";
  // an hour, "в 18:00", "о 18 годині", "от 18 ч."; the next or first meeting, "следующая встреча", "наступні зустрічі", "първата среща".)
  String.raw`встреча(?:ется|ются|емся)|собира(?:ется|ются|емся)|зустріча(?:ється|ються|ємося|ємось)|збира(?:ється|ються|ємося|ємось)|(?:се\s+)?среща(?:ме|т)\s+се|се\s+среща(?:ме|т)?|се\s+събира(?:ме|т)?|проход(?:ит|ят)(?=\s+(?:[\p{L}-]+\s+)?(?:\d|кажд\p{L}*|по\s|раз\s|еженедельно|ежемесячно|${DAY}${E}))|се\s+провежда(?:т)?`,
  String.raw`(?:кажд(?:ый|ую|ое)|кожн(?:ого|ої|ий|у)|всеки|всяка|всяко)\s+(?:(?:перв|втор|последн|перш|друг|останн|първ)\p{L}*\s+)?(?:${CYRILLIC_DAYS}|недел[юи]|месяц|тижн[яь]|тиждень|місяц[ья]|седмица|месец)|по\s+(?:понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям|понеділках|вівторках|середах|четвергах|п['’ʼ]?ятницях|суботах|неділях)|що(?:понеділка|вівторка|середи|четверга|п['’ʼ]?ятниці|суботи|неділі|тижня|місяця)|раз\s+(?:в|на)\s+(?:две\s+|два\s+|дві\s+)?(?:неделю|недели|месяц|тиждень|тижні|місяць)|(?:еженедельно|ежемесячно|ежеседмично|веднъж\s+(?:седмично|месечно|в\s+седмицата|на\s+две\s+седмици))|(?:${NEXT_CYRILLIC}|${FIRST_CYRILLIC})\p{L}*\s+(?:встреч[аиу]|зустріч[іі]?|срещ[аи](?:та|те)?)`,
  String.raw`(?:в|во|о|об|от|с|з)\s+\d{1,2}(?:[.:]\d\d)\s*(?:ч\.?|час\p{L}*|год\.?|годин\p{L}*)?|(?:в|о|об|от|с|з)\s+\d{1,2}\s*(?:ч\.|час(?:ов|а)?|годин(?:і|и)?)${E}`,
  // (Hebrew: a weekday, "בכל יום שלישי", "בימי רביעי"; an hour, "בשעה 19:00", "בין השעות 18:00-20:00"; how often, "פעם בשבוע", "אחת
  // לשבועיים", "מפגש שבועי"; a verb of meeting with its own subject, "אנו נפגשים", "הקבוצה תיפגש", "ניפגש"; not "קבוצה של אנשים נפגשת", such a group in general.)
  String.raw`(?:${HE_P}כל\s+)?(?:${HE_DAY})|${HE_P}(?:ה)?שע(?:ה|ות)\s+\d{1,2}[:.]\d{2}|פעם\s+ב(?:שבוע|שבועיים|חודש)|אחת\s+ל(?:שבוע|שבועיים|חודש)|${HE_P}מפגש(?:ים)?\s+(?:ה)?(?:שבועי(?:ים)?|דו-?שבועי(?:ים)?|חודשי(?:ים)?)|(?:אנו|אנחנו)\s+(?:נפגש(?:ים|ות)|מתכנס(?:ים|ות))|${HE_P}(?:ניפגש|נתכנס)|${HE_P}הקבוצ(?:ה|ות)\s+(?:[\p{L}-]+\s+){0,2}?(?:נפגש(?:ת|ות)|תיפגש|ייפגשו|מתכנס(?:ת|ות)|תתכנס)`,
  // (The start of a group's meetings, with its date on the same line or the next: "Inicio de los encuentros: 6 de octubre", "início dos
  // encontros a 3 de março", "début des rencontres le 12 janvier", "Beginn der Treffen am 4. Mai", "inizio degli incontri il 2 ottobre".
  // The date read in the same sentence, not a start told without one, "el inicio de los encuentros fue difícil", nor one looked back on,
  // the start or its date followed by a verb in the past, "Beginn der Treffen war 2019 schwierig", "le 12 janvier 2019, avait réuni".
  // A year alone says nothing, without the clock: only the past verb after it refuses.)
  String.raw`${START_OF_MEETINGS}(?!\s*,?\s*${PAST_VERB})(?=[^.;!?\n]{0,80}?${B}\d{1,2}\.?\s+(?:de\s+|d['’])?${MONTH_OTHER}${E}(?!(?:\s*,?\s*(?:de\s+|del\s+)?\d{4})?\s*,?\s*${PAST_VERB}))`,
  // (And the Nordic group that starts on a date: "Gruppen startes op d. 26. maj", "gruppa startar 3. mars", "Gruppen starter den 4. oktober".)
  String.raw`(?:gruppen|gruppa|gruppene|grupperne|grupperna)\s+(?:startes|startas|starter|startar)(?:\s+(?:op|opp|upp))?(?=\s+(?:d\.|den|på|i)?\s*\d{1,2}\.?\s+${MONTH_OTHER}${E})`,
  // (Polish, Czech and Slovak in the future, a group that will meet: "grupa będzie się spotykać", "spotkania będą się odbywać", "skupina se
  // bude scházet", "skupina sa bude stretávať", "skupiny sa budú stretávať", with a group word or the first person in the sentence, not
  // another body's, "Prezydenci będą się spotykać co roku"; and a first meeting with its date, "pierwsze spotkanie … 18 czerwca", "o godzinie 16.00"
  // next to a weekday, a date or a group's word, not "pierwsze spotkanie trwa 2 godziny", nor a news item's "o godzinie 12".)
  String.raw`(?=będ|se\s|sa\s)${OWN_MEETERS_NEAR}(?:(?<!${B}(?:nie|ne)\s+)(?:będzie|będą)\s+się\s+(?:spotykać|odbywać)|(?:se|sa)\s+(?:bude|budou|budú)\s+(?:scházet|setkávat|stretávať|schádzať))`,
  String.raw`pierwsze\s+spotkanie(?=[^;!?\n]{0,80}?${B}\d{1,2}\.?\s+${MONTH_OTHER}${E})|godzin(?:ę|ie)\s+\d{1,2}(?:[.:]\d\d)?(?:(?<=${B}(?:${DAY}|\d{1,2}\.?\s+${MONTH_OTHER}|grup\p{L}*|spotkani\p{L}*|mityng\p{L}*|zajęci\p{L}*)${E}[^.;!?\n]{0,40}?godzin\p{L}+\s+\d{1,2}(?:[.:]\d\d)?)|(?=[^.;!?\n]{0,40}?${B}(?:${DAY}|\d{1,2}\.?\s+${MONTH_OTHER}|grup\p{L}*|spotkani\p{L}*|mityng\p{L}*|zajęci\p{L}*)${E}))`,
  // (Catalan, every fortnight or two weeks: "cada quinze dies", "cada dues setmanes".)
  String.raw`cada\s+(?:dues|tres|quinze|2|3|15)\s+(?:setmanes|dies)`,
  // (Polish, Czech and Slovak: the next meeting, as "das nächste Treffen": "najbliższe spotkanie", "następne", "kolejne spotkanie",
  // "příští", "další setkání", "termín dalšího setkání", "najbližšie", "ďalšie stretnutie", followed by its verb, the first person, "zapowiemy", a date, a place or a
  // colon, not by another body named in the genitive, "Następne spotkanie Rady Miasta"; and Polish meetings that will take place, the
  // verb first, with a group word or the first person near, "w każdym cyklu odbywać się będzie sześć spotkań"; Polish negates the finite verb, "odbywać się nie będą", which the
  // pattern, wanting "się będą" together, does not read.)
  String.raw`(?:(?:najbliższe|następne|kolejne)\s+spotkani(?:e|a|u)|(?:příští|nejbližší|další)(?:ho)?\s+setkání|(?:najbližšie|budúce|ďalšie)\s+stretnutie)(?=\s*(?:[:–—-]|\d|$)|\s+(?:odbędzie|odbędą|odbywa|będzie|jest|w|we|o|na|dnia|grupy|naszej|naszego|proběhne|bude|je|se|sa|v|ve|vo|dne|dňa|skupiny|našej|naší|uskutoční|\p{L}+(?:my|me))${E})|termín(?:u|em)?\s+(?:příštího|dalšího|nejbližšího)\s+setkání|termín(?:u|e)?\s+(?:najbližšieho|ďalšieho)\s+stretnutia`,
  String.raw`(?=odbywać|spotykać)${OWN_MEETERS_NEAR}(?:odbywać|spotykać)\s+się\s+(?:będzie|będą)`,
  // (Russian, Ukrainian and Bulgarian: a host that holds or organises recurring meetings, now or from now on, in the singular: "центр
  // проводит регулярные встречи", "фонд организует ежемесячные встречи", "організація проводить щотижневі зустрічі", "сдружението
  // провежда редовни срещи"; the adverb first too, "центр регулярно проводит встречи". Not the Bulgarian "проведе", a past or, after "ще",
  // a single future event, nor the Russian past "проводил"; not denied; not in a clause of definition, "которая проводит", "котра проводить",
  // "която провежда", said of such a body in general; not meetings with someone, "встречи с избирателями", a party's or a deputy's, nor a
  // board's shareholders' "собрания".)
  String.raw`(?=регулярно|редовно|постоянно|постійно|еженедельно|ежемесячно|ежеседмично|ежемесечно|щотижня|щомісяця|провежда|организира|проводит|организует|организовывает|проводить|організовує)(?<!${B}(?:не|котор\p{L}*|котр\p{L}*|как\p{L}*|яка|який|які|която|който|които|що)\s+(?:[\p{L}-]+\s+)?)(?:(?:регулярно|редовно|постоянно|постійно|еженедельно|ежемесячно|ежеседмично|ежемесечно|щотижня|щомісяця)\s+(?:провежда|организира|проводит|организует|организовывает|проводить|організовує)\s+(?:[\p{L}-]+\s+)?|(?:провежда|организира|проводит|организует|организовывает|проводить|організовує)\s+(?:[\p{L}-]+\s+)?(?:регулярн|редовн|ежеседмичн|ежемесечн|еженедельн|ежемесячн|щотижнев|щомісячн|постоянн|постійн)\p{L}*\s+)(?:срещи|встречи|зустрічі|занятия|заняття|сбирки|сесии|сессии|сесії)${E}(?!\s+(?:с|со|з|зі|із|със)${E})`,
  // (A meeting that will take place or takes place, the meeting named as the verb's subject: "spotkanie odbędzie się", "setkání proběhne",
  // "setkání se koná", "stretnutie sa uskutoční", "întâlnirea va avea loc", "susret će se održati", "sastanak se održava", "srečanje bo
  // potekalo", "η συνάντηση θα πραγματοποιηθεί", "buluşma gerçekleşecek", "tikšanās notiks", "susitikimas vyks"; only the group's own
  // words may stand between, so "buluşma saat 18'de gerçekleşecek" is not read; the verb read, so a meeting's own noun makes no bare
  // verb of meeting; not denied, "spotkanie nie odbędzie się". The verb first only with the meeting at the sentence's end, or followed by
  // a group word, a preposition, a day or an hour, "Odbędą się spotkania dla rodziców": not another body's, "Odbędzie się spotkanie Rady
  // Miasta".)
  String.raw`(?=${TAKES_PLACE})(?<=(?<!${B}po\s+)${B}${MEETING_NOUN}\s+${MEETING_OF_GROUP})${TAKES_PLACE}`,
  String.raw`(?=${TAKES_PLACE})(?<!${B}(?:nie|ne|nu)\s+)${TAKES_PLACE}(?=\s+(?:(?:\d|${DAY}${E})[^\s]*\s+){0,2}?${MEETING_NOUN}${E}(?:\s*(?:[.,;:!?()–—-]|\d|$)|\s+(?:(?:grup|skupin|podpůrn|podporn|svépomocn|svojpomocn|samopomoc|wsparci|sprijin|suport|podršk|podpor|ομ[αά]δ|grub|csoport|rühm|atbalst|paramos)\p{L}*|dla|w|we|o|na|z|ze|do|od|przy|u|v|ve|vo|pro|pre|s|se|so|dne|dňa|la|în|pe|za|ob|pri|${DAY})${E}))`,
  // (And a meeting that starts at an hour or on a day, the meeting its subject: "spotkanie rozpocznie się o 17.00", "setkání začne v 15.30",
  // "stretnutie začína o 16:00", "întâlnirea începe la ora 18", "susret počinje u 18 sati", "srečanje se začne ob 17.00", "η συνάντηση
  // ξεκινά στις 18:00", "buluşma saat 18'de başlayacak" is not read, its hour coming first.)
  String.raw`(?=${STARTS})(?<=(?<!${B}po\s+)${B}${MEETING_NOUN}\s+${MEETING_OF_GROUP})${STARTS}(?=\s+(?:[\p{L}.-]+\s+){0,2}?(?:\d|${DAY}${E}))`,
]);

/** A day of the week, in a meeting's words. */
export const DAY_WORD = new RegExp(`${B}${DAY}${E}`, 'iu');
/** A day, an hour or how often, in a meeting's words (a verb of meeting alone, "we komen", "se reúnen", gives none). */
const SCHEDULE_WORD = new RegExp(
  String.raw`\d|${B}${DAY}${E}|${B}(?:wöchentlich|vierzehntägig|monatlich|hebdomadaire|semaines?|semanal(?:es|mente)?|semanas?|semanais|wekelijks|tweewekelijks|maandelijks|vecka|veckovis|ugentlig(?:t)?|ukentlig|uge|settimanal(?:e|i|mente)|settimana|mensil(?:e|i|mente)|mensuel(?:le)?s?|mensuellement|mensual(?:es|mente)?|mens(?:al|ais|almente)|quincenal(?:es|mente)?|quinzena(?:l|is)|quindicinal(?:e|i|mente)|viikoittain|viikossa|kuukausittain|kuukaudessa|setmanal(?:s|ment)?|setmana|quinzenal(?:s|ment)?|${HE_P}שבועי(?:ים|ת|ות)?|בשבוע|לשבועיים|בחודש|${HE_P}חודשי(?:ים|ת|ות)?)${E}`,
  'iu',
);

/** An organiser's verb: "organise", "organiza", "organiseert", "organiserar", "organizza". */
// (Finnish "järjestää", "järjestävät"; not the passive, "järjestetään", said of such groups anywhere; nor the infinitive after a word
// that takes one, "Miten järjestää vertaistukiryhmä?", "Voit järjestää oman ryhmän".)
// (And the Dutch plural, "De lokale afdelingen organiseren ontmoetingen"; not the infinitive after a verb that takes one, "je kunt
// een groep organiseren", "die contacten wilden organiseren", "helpen organiseren", "te organiseren"; nor the reflexive, people
// "organiseren zich" in groups.)
const ORGANISES = String.raw`(?:organise|organisent|organiza|organizan|organitza|organitzen|organiseert|organiserar|organiserer|organizza|järjestää(?<!${B}(?:miten|kuinka|voi|voit|voitte|voivat|haluamme|haluat|pitää|kannattaa|tulee)\s+(?:[\p{L}-]+\s+){0,2}järjestää)|järjestävät|organiseren(?<!${B}(?:te|kan|kun|kunnen|kunt|wil|willen|wilt|zal|zullen|zou|zouden|gaan|gaat|moet|moeten|mag|mogen|helpen|helpt|laten|hoe|om|wilde|wilden|kon|konden|ging|gingen|moest|moesten|mocht|mochten|hielpen)\s+(?:[\p{L}-]+\s+){0,3}organiseren)(?!\s+(?:zich|ze\s+zich)${E}))`;
// The reader awaited or invited, in the first person plural: see OWN_GROUP_OTHER.
const AWAIT_YOU = String.raw`(?:(?:szeretettel\s+)?(?:várjuk|meghívjuk)|czekamy\s+na\s+(?:was|ciebie|państwa|wszystkich|osoby|chętnych)|(?:těšíme\s+se|tešíme\s+sa)\s+na\s+(?:vás|vas|všechny|všetkých)|v[ăa]\s+a[șşs]tept[ăa]m|(?:čekamo|očekujemo)\s+vas|vas\s+(?:pričakujemo|čakamo)|σας\s+(?:περιμ[εέ]νουμε|προσκαλο[υύ]με)|bekliyoruz|davet\s+ediyoruz|ootame|kutsume|gaidām|aicinām|laukiame|kviečiame)${E}`;
// What the reader is awaited at: a group or its meetings, in the same languages.
const INVITED_TO = String.raw`(?:\p{L}*csoport(?!vezet)\p{L}*|találkoz\p{L}*|összejövetel\p{L}*|klub\p{L}*|grup(?!ow)\p{L}*|grub\p{L}*|skupin\p{L}*|spotkani\p{L}*|spotkań|setkání\p{L}*|stretnut\p{L}*|[îi]nt[âa]lnir\p{L}*|susret\p{L}*|sastan\p{L}*|srečanj\p{L}*|ομ[αά]δ\p{L}*|συνάντησ\p{L}*|συναντ[ηή]σ\p{L}*|toplantı(?:mız|larımız)\p{L}*|buluşma(?:mız|larımız)\p{L}*|\p{L}*rühm\p{L}*|\p{L}*grupp\p{L}*|kohtumis\p{L}*|tikšan\p{L}*|nodarbīb\p{L}*|susitikim\p{L}*|užsiėmim\p{L}*)${E}`;
/** A page speaking of its own group: "unsere Gruppe", "notre groupe de parole", "nuestro grupo", "onze groep", "vår grupp". */
export const OWN_GROUP_OTHER = words([
  // (German and the Nordic languages join a group's theme to its name: "unsere Trauergruppe", "onze rouwgroep", "vår samtalsgrupp".)
  // (And in every case: "in unseren Gesprächsrunden", "bei unserem Treffen".)
  String.raw`unser(?:e|er|em|en)?\s+(?:[\p{L}-]+\s+)?${NOT_A_GROUP_OF_ITS_OWN}\p{L}*(?:gruppen?|kreis(?:e|en)?|runden?|treffen)`,
  String.raw`(?:notre|nos)\s+(?:[\p{L}-]+\s+)?groupes?`,
  String.raw`(?:nuestros?|este|nosso|nossos)\s+(?:[\p{L}-]+\s+)?grupos?`,
  String.raw`(?:onze|deze)\s+(?:[\p{L}-]+\s+)?${NOT_A_GROUP_OF_ITS_OWN}\p{L}*groep(?:en)?`,
  String.raw`(?:vår|våra|vores|denne)\s+(?:[\p{L}-]+\s+)?${NOT_A_GROUP_OF_ITS_OWN}\p{L}*(?:grupp|gruppe)(?:er|r|en|n)?`,
  String.raw`(?:il\s+nostro|i\s+nostri|questo)\s+(?:[\p{L}-]+\s+)?grupp[oi]`,
  // (Catalan: "el nostre grup", "els nostres grups", "oferim", "organitzem".)
  String.raw`(?:el\s+nostre|els\s+nostres)\s+(?:[\p{L}-]+\s+)?grups?|oferim|organitzem`,
  // (Finnish says "our" with an ending: "ryhmämme", "ryhmiemme", "ryhmissämme"; and "we organise", "we offer": "järjestämme", "tarjoamme".)
  String.raw`\p{L}*ryhm(?:ä|i)\p{L}*mme|järjestämme|tarjoamme`,
  // Its own offer, in the first person plural: "bieten wir … an", "nous proposons", "ofrecemos", "wij bieden", "vi erbjuder".
  // (Or an organiser's: "der Verein organisiert", "l'association organise"; not groups organised in general, in the passive or
  // impersonally: "werden von Trägern organisiert", "on en organise", "cómo se organizan", "si organizza".)
  String.raw`bieten\s+wir|wir\s+bieten|unsere[rm]?\s+(?:praxis|beratungsstelle|klinik|ambulanz)|nous\s+(?:proposons|organisons|offrons)|(?:ofrecemos|organizamos|oferecemos|offriamo|organizziamo)`,
  // (Nor elided, "comment s’organise un groupe".)
  String.raw`${ORGANISES}(?<!${B}(?:se|si|sich|on|on\s+en|on\s+les|on\s+y)\s+${ORGANISES})(?<!${B}s['’]${ORGANISES})|organisiert(?<!${B}(?:werden|wird|wurden|wurde|worden|sind|ist)${E}[^.;!?\n]{0,160}organisiert)(?!\s+(?:werden|wird|wurden|wurde|worden)${E})`,
  // (And in the past, a host that has set up a group or its meetings: "l'ospedale ha organizzato un gruppo", "l'association a organisé des
  // rencontres", "la parroquia organizó un grupo", "a paróquia organizou encontros"; not a conference on such groups, "ha organizzato un
  // convegno sui gruppi".)
  String.raw`(?:(?:ha|hanno|a|ont|han|tem|têm)\s+organi(?:zzato|sé|zado|tzat)|organiz(?:ó|aron|ou|aram))\s+(?:(?:un|una|uno|il|i|gli|le|la|les|une|des|el|els|los|las|o|os|as|um|uma|nou|nuovo|nuova|nuovi|nouveau|nouvelle|nouveaux|nuevo|nueva|novo|nova|primo|prima|premier|première|primer|primera|primeiro|primeira)\s+){0,2}(?:grupp[oi]|groupes?|grupos?|grups?|incontri|riunioni|rencontres|réunions|encuentros|reuniones|encontros|reuniões|cercles?|rodas?)${E}`,
  // A practitioner's own offer, in the first person singular: "die ich anbiete", "je propose", "ofrezco", "ik bied", "jag erbjuder".
  String.raw`ich\s+(?:[\p{L}-]+\s+){0,6}?anbiete|biete\s+ich|ich\s+biete|je\s+(?:vous\s+)?propose|ofrezco|ofereço|offro|propongo|ik\s+bied|bied\s+ik|jag\s+erbjuder|erbjuder\s+jag|jeg\s+(?:tilbyder|tilbyr)|(?:tilbyder|tilbyr)\s+jeg`,
  String.raw`(?:wij|we)\s+(?:bieden|organiseren)|bieden\s+(?:wij|we)|vi\s+(?:erbjuder|anordnar|tilbyder|tilbyr|arrangerer)|(?:erbjuder|tilbyder|tilbyr)\s+vi`,
  // (With a modal between, "we can offer": "Vi kan eksempelvis tilbyde", "vi kan erbjuda", "können wir Ihnen anbieten", "podemos
  // ofrecerte", "kunnen we aanbieden".)
  String.raw`vi\s+(?:kan|vil)\s+(?:[\p{L}-]+\s+){0,2}?(?:tilbyde|tilby|erbjuda)|(?:können|werden)\s+wir\s+(?:[\p{L}-]+\s+){0,3}?anbieten|podemos\s+(?:ofrecer|oferecer)\p{L}*|possiamo\s+offrir\p{L}*|(?:kunnen|kan)\s+(?:we|wij)\s+(?:[\p{L}-]+\s+){0,3}?aanbieden`,
  // (Offered by me or us, before what is offered: "das von mir angebotene Gruppenformat", "die von uns angebotenen Gruppen", "door ons
  // aangeboden".)
  String.raw`von\s+(?:mir|uns)\s+angebotene[nr]?|door\s+(?:mij|ons)\s+aangeboden`,
  // (A practitioner's or a clinic's groups running, in the first person: "Vi har hele tiden mange grupper i gang", "Jeg har små
  // fordybelses grupper", "vi har grupper for unge"; not looking for groups or having none, "Jeg leder efter sorggrupper", "Vi har inga
  // grupper".)
  String.raw`(?:jeg|jag|vi)\s+(?:har|driver|leder)\s+(?:(?:altid|alltid|hele\s+tiden|hela\s+tiden|nu|også|lige\s+nu|flere|mange|små|nogle|noen|några)\s+){0,3}?(?:(?!(?:efter|etter|inga|ingen|inte|ikke|ei)${E})[\p{L}-]+\s+){0,1}?${NOT_A_GROUP_OF_ITS_OWN}\p{L}*(?:grupper|grupperne|gruppene|grupperna)`,
  // (Its own course or programme: "vores forløb", "vores gruppeforløb", "vårt gruppprogram", "unser Gruppenangebot", "notre programme",
  // "nuestro programa", "o nosso programa", "il nostro percorso", "ons groepsaanbod".)
  String.raw`(?:vores|vårt|vårat|vort)\s+(?:[\p{L}-]+\s+)?\p{L}*(?:forløb|forløp|tilbud|tilbod|program|erbjudande)|unser(?:e|em|en)?\s+(?:[\p{L}-]+\s+)?(?:gruppen)?(?:angebot|programm|kurs)(?:e|es)?|(?:notre|nos)\s+(?:[\p{L}-]+\s+)?programmes?|(?:nuestros?|nosso|nossos)\s+(?:[\p{L}-]+\s+)?programas?|(?:il\s+nostro|i\s+nostri)\s+(?:[\p{L}-]+\s+)?(?:percors[oi]|programm[ai])|ons\s+(?:groeps)?(?:aanbod|programma)`,
  // (The Nordic "runs a group", one group: "Foreningen har siden i vår drevet en sorggruppe", "Kyrkan driver en sorggrupp".)
  String.raw`(?:driver|drev|drevet|drivit)\s+(?:[\p{L}-]+\s+){0,2}?(?:en|ett|et)\s+(?:[\p{L}-]+\s+)?${NOT_A_GROUP_OF_ITS_OWN}\p{L}*(?:grupp|gruppe)(?:en|n)?`,
  // (Polish, Czech and Slovak: "nasza grupa", "naszej grupie", "naše skupina", "v naší skupině", "naša skupina"; and the reader invited to
  // a group or its meetings, "zapraszamy na spotkania grupy", "zveme vás do skupiny", "pozývame na stretnutie".)
  String.raw`(?:nasza|naszej|naszą|nasze|naszych)\s+(?:[\p{L}-]+\s+)?grup\p{L}*|(?:naše|naši|naší|naša|našej|našu)\s+(?:[\p{L}-]+\s+)?skupin\p{L}*`,
  String.raw`(?:zapraszamy|zveme|pozývame)\s+(?:[\p{L}-]+\s+){0,4}?(?:grup\p{L}*|skupin\p{L}*|spotkani\p{L}*|setkání|stretnuti\p{L}*|(?:psycho)?terapi\p{L}*|zaję\p{L}*)`,
  // (And a meeting in the first person plural: "spotykamy się", "scházíme se", "stretávame sa".)
  String.raw`spotykamy\s+się|(?:scházíme|setkáváme)\s+se|(?:stretávame|schádzame)\s+sa`,
  // (A host's own centre or group in the first person plural, as Turkish, Hungarian, Estonian and Icelandic join it on: "merkezimizde",
  // "gruplarımıza", "csoportunkba", "meie tugigrupp", "hópurinn okkar"; and its own offer, "sunuyoruz", "indítunk", "pakume". Greek: below.)
  String.raw`(?:merkezimiz|kliniğimiz|grubumuz|gruplarımız|derneğimiz|vakfımız)\p{L}*|(?:sunuyoruz|düzenliyoruz|yürütüyoruz)|csoport(?:ja)?(?:ink|unk)\p{L}*|(?:indítunk|szervezünk|kínálunk)|meie\s+\p{L}*(?:grupp|rühm)\p{L}*|(?:pakume|korraldame)|hóp(?:urinn|inn|num)\s+okkar`,
  // (Croatian, Serbian and Slovenian: "naša grupa", "u našoj grupi", "naše grupe podrške" ("naša skupina" is read with Czech above); the
  // reader invited, "pozivamo vas u grupu", "vabimo na srečanja skupine"; a meeting in the first person plural, "sastajemo se".)
  String.raw`(?:naša|naše|našoj|našu|naših|našim)\s+(?:[\p{L}-]+\s+)?grup\p{L}*|(?:naš|našeg|našem|našim)\s+(?:[\p{L}-]+\s+)?program(?:a|u|om)?`,
  String.raw`(?:pozivamo|vabimo)\s+(?:[\p{L}-]+\s+){0,4}?(?:grup\p{L}*|skupin\p{L}*|sastan\p{L}*|susret\p{L}*|srečanj\p{L}*)`,
  String.raw`sastajemo\s+se|srečujemo\s+se`,
  // (And what the group will do, in the first person plural of the future: meet or share, "będziemy się spotykać", "będziemy dzielić się",
  // "budeme se scházet", "budeme sdílet", "budeme sa stretávať", "sastajat ćemo se", "srečevali se bomo"; not denied, "nie będziemy".)
  String.raw`(?<!${B}(?:nie|ne)\s+)(?:będziemy\s+(?:się\s+)?(?:spotykać|dzielić)|budeme\s+(?:se\s+|sa\s+)?(?:scházet|setkávat|sdílet|stretávať|zdieľať)|(?:sastajat|dijeliti)\s+ćemo|(?:se\s+)?bomo\s+(?:se\s+)?(?:srečevali|delili)|srečevali\s+se\s+bomo)`,
  // (Latvian and Lithuanian: a host's own centre or group, "mūsu atbalsta grupa", "mūsu centrā", "mūsų grupė", "mūsų centre"; its own offer,
  // "piedāvājam", "organizējam", "siūlome", "organizuojame".)
  // (The possessive as a letter class, which also reads it written without its marks, "musu", "musų": a prefilter reads only ASCII runs.)
  String.raw`m[uū]s[uų]\s+(?:[\p{L}-]+\s+)?(?:grup|centr|biedrīb|bendrij|asociacij)\p{L}*|(?:piedāvājam|organizējam)|(?:siūlome|organizuojame)`,
  // (Greek: "η ομάδα μας", "στις ομάδες μας"; its own offer, "οργανώνουμε", "προσφέρουμε".)
  String.raw`(?:η|οι|στην|στις)\s+ομ[αά]δ\p{L}*\s+μας|(?:οργαν[ωώ]νουμε|προσφ[εέ]ρουμε)`,
  // (Romanian: "grupul nostru", "asociația noastră", "centrul nostru"; its own offer, "organizăm", "vă invităm".)
  String.raw`(?:grupul|grupurile|grupului|asocia[țţt]ia|asocia[țţt]iei|centrul|centrului|cabinetul|clinica|funda[țţt]ia)\s+(?:\p{L}+\s+)?(?:nostru|noastr[ăa]|noastre)|organizăm|organizam(?=\s+(?:grupuri|grupul|[îi]nt[âa]lniri|sesiuni|ateliere|un\s+grup)${E})|v[ăa]\s+invit[ăa]m`,
  // (Russian, Ukrainian and Bulgarian: a host's own group or centre, "наша группа", "в нашем центре", "наша група", "у нашому центрі",
  // "нашата група", "в нашия център"; its own offer, "приглашаем", "запрошуємо", "каним", and a group run, "мы проводим группы", "проводимо
  // зустрічі", "организираме група"; not an individual offer, "мы проводим индивидуальные консультации".)
  String.raw`(?:наш(?:а|ей|у|и|их|ем|ой)|наш(?:а|ої|у|і|их|ому|ім)|нашата|нашите|нашия|нашият)\s+(?:[\p{L}-]+\s+)?(?:групп?\p{L}*|центр\p{L}*|център\p{L}*|организаци\p{L}*|організаці\p{L}*|сообществ\p{L}*|спільнот\p{L}*|клуб\p{L}*)|(?<!${B}не\s+)(?:приглашаем|запрошуємо|каним|(?:(?:мы\s+)?(?:проводим|организуем|предлагаем)|(?:ми\s+)?(?:проводимо|організовуємо|пропонуємо)|(?:ние\s+)?(?:организираме|провеждаме|предлагаме))(?=\s+(?:[\p{L}-]+\s+){0,3}?(?:групп?|встреч|зустріч|срещ|занят)\p{L}*))`,
  // (Hebrew: "הקבוצה שלנו", "בקבוצות שלנו", "קבוצתנו", "קבוצותינו"; its own offer, with a group as what it offers, "אנו מציעים קבוצת
  // תמיכה", "אנחנו פותחים קבוצה", "אנו מקיימים טיפול קבוצתי"; the reader invited to join, "מוזמנים להצטרף".)
  String.raw`${HE_GROUP}\s+(?:[\p{L}-]+\s+){0,2}?שלנו|${HE_P}קבוצ(?:תנו|ותינו)|(?:אנו|אנחנו)\s+(?:מציע|מקיימ|פותח|מנח|מארגנ)(?:ים|ות)\s+(?:[\p{L}-]+\s+){0,2}?(?:${HE_GROUP}|${HE_P}טיפול\s+(?:ה)?קבוצתי|${HE_P}סדנ(?:ה|ת|אות))|מוזמנ(?:ים|ות)\s+להצטרף`,
]);
/** The reader awaited or invited, in the first person plural, next to a group or its meetings: a page speaking of its own group. */
export const AWAITED_OTHER = words([
  // (The reader awaited or invited, in the first person plural, with a group or its meetings in the same sentence, before or after:
  // Hungarian "szeretettel várjuk … csoportjába", "várunk mindenkit a találkozókra", "meghívjuk"; Polish "czekamy na Was", Czech "těšíme se
  // na vás", Slovak "tešíme sa na vás", Romanian "vă așteptăm", Croatian "čekamo vas", Slovenian "vas pričakujemo", Greek "σας
  // περιμένουμε", "σας προσκαλούμε", Turkish "bekliyoruz", "davet ediyoruz", Estonian "ootame", "kutsume", Latvian "gaidām", "aicinām",
  // Lithuanian "laukiame", "kviečiame"; not denied, "nem várjuk"; not "várunk", "we expect", nor "hívjuk", "we call (it)"; a group or
  // meeting word, not a job, "csoportvezető", nor "grupowe" bookings, nor a hotel's "toplantı", only "toplantımız"; not in a question, see
  // AWAITED_OTHER's use. The verb looked ahead for first, as its group word may come before it: tried at every position, the lookbehind
  // alone is slow.)
  String.raw`(?=${AWAIT_YOU})(?<!${B}(?:nem|nie|ne|nu|δεν)\s+)${AWAIT_YOU}(?=[^.;!?\n]{0,80}?${B}${INVITED_TO})|(?=${AWAIT_YOU})(?<=${B}${INVITED_TO}[^.;!?\n]{0,80}?)(?<!${B}(?:nem|nie|ne|nu|δεν)\s+)${AWAIT_YOU}`,
]);

/** News of a new group forming ("gründet sich", "eine neue Selbsthilfegruppe", "nouveau groupe", "nuevo grupo", "nieuwe groep"). */
const NEW_GROUP_OTHER = words([
  String.raw`gründet\s+sich|wird\s+gegründet|neue[n]?\s+(?:[\p{L}-]+\s+)?(?:selbsthilfegruppe|gruppe|gesprächskreis)|nouveau\s+groupe|nouvelle\s+permanence|nuevo\s+grupo|novo\s+grupo|nieuwe\s+(?:[\p{L}-]+\s+)?${NOT_A_GROUP_OF_ITS_OWN}\p{L}*groep|nya?\s+(?:[\p{L}-]+\s+)?${NOT_A_GROUP_OF_ITS_OWN}\p{L}*(?:grupp|gruppe)|nye\s+(?:[\p{L}-]+\s+)?${NOT_A_GROUP_OF_ITS_OWN}\p{L}*gruppe|nuovo\s+gruppo|nou\s+grup|(?:crea|creat|obre|posa\s+en\s+marxa)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:un|el)\s+grup`,
  // (A group that starts: "startar grupp för anhöriga", "gruppen som startar i januari", "starter en ny sorggruppe".)
  String.raw`start(?:ar|er)\s+(?:en\s+|ett\s+)?(?:ny\s+)?${NOT_A_GROUP_OF_ITS_OWN}\p{L}*(?:grupp|gruppe)(?:en|n)?|${NOT_A_GROUP_OF_ITS_OWN}\p{L}*(?:grupp|gruppe)(?:en|n)\s+som\s+start(?:ar|er)`,
  // (Hebrew: "קבוצה חדשה", "נפתחת קבוצה", "קבוצה נפתחת".)
  String.raw`${HE_GROUP}\s+(?:ה)?חדש(?:ה|ות)|נפתח(?:ת|ות)\s+(?:[\p{L}-]+\s+)?${HE_GROUP}|${HE_GROUP}\s+(?:[\p{L}-]+\s+){0,2}?נפתח(?:ת|ות)`,
  // (We start new groups: "I oktober starter vi nye samtalegrupper", "startar vi nya sorggrupper", "vi starter en ny gruppe"; not denied, "vi
  // starter ikke nye grupper".)
  String.raw`(?:start(?:ar|er)\s+vi|vi\s+start(?:ar|er))\s+(?:opp?\s+)?(?:en\s+|ett\s+|et\s+)?(?:nye?|nya)\s+(?:[\p{L}-]+\s+)?${NOT_A_GROUP_OF_ITS_OWN}\p{L}*(?:grupp|gruppe)(?:en|n|er|r|erna|rne|ne)?`,
  // (Hebrew, a group that will open or start, in the future or the present, the verb on either side: "הקבוצה תיפתח", "תיפתח קבוצה",
  // "הקבוצות ייפתחו", "הקבוצה תתחיל", "מתחילה קבוצה"; and writers who set one up, "אנו מקימים קבוצה", "אנחנו מנסים להקים קבוצה". Not
  // denied, "הקבוצה לא תיפתח"; nor the present "begins to" or "begins the", "הקבוצה מתחילה לפתח לכידות", "מתחילה את העונה", a stage or a
  // team's season, though "מתחילה לאחר החגים" still starts.)
  String.raw`${HE_GROUP}\s+(?:(?!לא${E}|אין${E})[\p{L}-]+\s+){0,2}?(?:תיפתח|תפתח|ייפתחו|יפתחו|תתחיל|יתחילו|מתחיל(?:ה|ות)(?!\s+(?:(?!לאחר|לקראת)ל\p{L}+|את)${E}))${E}|(?<!${B}(?:לא|אין)\s+)(?:תיפתח|ייפתחו|תתחיל|יתחילו|מתחיל(?:ה|ות))\s+(?:[\p{L}-]+\s+)?${HE_GROUP}${E}|(?:אנו|אנחנו)\s+(?:[\p{L}-]+\s+){0,2}?(?:מקימ(?:ים|ות)|להקים)\s+(?:[\p{L}-]+\s+)?${HE_GROUP}`,
]);

/**
 * The group, by its name with the definite article or joined on, led or hosted by someone: "Gruppen ledes af to frivillige", "Die Runde
 * wird von … moderiert", "Geleitet wird er von", "le groupe est animé par", "les séances seront conduites par", "el grupo es coordinado
 * por", "de groep wordt begeleid door", "gruppen leds av", "il gruppo è condotto da", "o grupo é coordenado por". Said of one group,
 * not of such groups in general ("eine Selbsthilfegruppe wird meist von Betroffenen geleitet") nor denied.
 */
const LED_BY_OTHER = words([
  String.raw`\p{L}*(?:gruppe|gruppa|grupp)(?:n|en|a)\s+(?:ledes|leds|ledas|styres)\s+(?:af|av)`,
  String.raw`(?:die|der|unsere?|das|unser|alle|diese)\s+\p{L}*(?:gruppe|kreis|runde|treffen|caf[eé])(?:n|e)?\s+(?:wird|werden)\s+(?:(?!(?:nicht|nie|kein\p{L}*)(?![\p{L}]))[\p{L}.,-]+\s+){0,8}?(?:geleitet|moderiert|begleitet|angeleitet)|(?:geleitet|moderiert|begleitet|angeleitet)\s+(?:wird|werden)\s+(?:sie|er|die|der|es)\s+von`,
  String.raw`(?:le|notre|ce)\s+groupe\s+(?:de\s+\p{L}+\s+)?(?:est|sera)\s+(?:animé|conduit|encadré|accompagné|co-?animé)\s+par|(?:les|nos|ces)\s+(?:séances|rencontres|réunions)\s+(?:sont|seront)\s+(?:animées|conduites|encadrées|co-?animées)\s+par`,
  String.raw`(?:el|nuestro|este|o|nosso)\s+grupo\s+(?:es|está|será|é|está\s+sendo)\s+(?:coordenad|coordinad|dirigid|conduzid|conducid|guiad|moderad|facilitad|mediad)o\s+por`,
  String.raw`(?:de|onze|deze)\s+\p{L}*groep\s+wordt\s+(?:ge)?(?:leid|begeleid)`,
  String.raw`(?:il|questo|il\s+nostro)\s+gruppo\s+(?:è|sarà|viene)\s+(?:condotto|guidato|coordinato|facilitato|moderato)\s+da`,
  // (Croatian, Serbian and Slovenian: the group's leaders, "voditeljice grupe su …", "voditeljke grupa podrške su", "grupu vode dvije
  // psihologinje", "skupino vodita", "voditeljici skupine".)
  String.raw`voditelj(?:i|ice|ke|ica|ka|ici)?\s+(?:[\p{L}-]+\s+)?(?:grup|skupin)\p{L}*|(?:grupu|grupe|skupino|skupine)\s+(?:vode|vodi|vodita|vodijo)`,
  // (Russian, Ukrainian and Bulgarian: the one group led or hosted by someone, "группу ведёт …", "групу ведуть дві волонтерки",
  // "групата се води от …", "группа проходит под руководством"; not the leader's title alone, "ведущая группы", which a feature on
  // someone else's group names too.)
  String.raw`(?:группу|групу|групата)\s+(?:се\s+)?(?:ведёт|ведет|ведут|веде|ведуть|води|водят|водена\s+от|ръководи)|(?:группа|група|групата)\s+(?:\p{L}+\s+)?(?:проходит|проводится|работает|проходить|проводиться|працює|се\s+провежда|работи)\s+(?:под\s+руководством|під\s+керівництвом|под\s+ръководството)`,
]);

/** How to come: a sign-up or contact label ("Anmeldung", "inscription", "inscripción", "aanmelden", "anmälan", "tilmelding"). */
// (Or the verb, addressed to the reader: "melden Sie sich an", "inscrivez-vous", "inscríbete", "je opgeven", "anmäl dig", "tilmeld dig",
// "meld deg på", "iscriviti", "inscreva-se": a way to come wherever it stands, in a sentence too.)
// (Or sign-ups said to be open, as a group's call for members opens: "Estão abertas as inscrições", "inscripciones abiertas", "les
// inscriptions sont ouvertes", "sono aperte le iscrizioni", "die Anmeldung ist ab sofort möglich", "aanmelden kan vanaf nu". Not denied,
// "não estão abertas as inscrições", nor closed.)
const SIGN_UPS_OPEN = String.raw`(?<!(?:não|no|pas|non|nicht|niet|inte|ikke)\s+(?:\p{L}+\s+)?)(?:(?:est[aã]o|están|sont|sono|zijn)\s+)?(?:abertas\s+as\s+inscri[çc][õo]es|abiertas\s+las\s+inscripciones|ouvertes\s+les\s+inscriptions|aperte\s+le\s+iscrizioni|inscri[çc][õo]es\s+(?:já\s+)?(?:est[aã]o\s+)?(?:já\s+)?abertas|inscripciones\s+(?:ya\s+)?(?:están\s+)?(?:ya\s+)?abiertas|inscriptions\s+(?:sont\s+)?ouvertes|iscrizioni\s+(?:sono\s+)?aperte|(?:die\s+)?anmeldung\s+ist\s+(?:ab\s+sofort\s+|jetzt\s+)?(?:möglich|geöffnet|offen)|aanmelden\s+kan\s+(?:vanaf\s+nu|nu|vanaf)|aanmelding\s+is\s+(?:nu\s+)?geopend|anmälan\s+är\s+(?:nu\s+)?öppen|tilmeldingen\s+er\s+(?:nu\s+)?åben|påmeldingen\s+er\s+(?:nå\s+)?åpen)`;
const SIGN_UP_VERB = String.raw`melde[nt]?\s+(?:sie\s+sich|dich)\s+(?:\p{L}+\s+){0,4}?an|inscrivez-vous|inscris-toi|inscr[ií]bete|inscr[ií]banse|(?:je|u|zich)\s+(?:\p{L}+\s+){0,2}?opgeven|geef\s+je\s+op|anmäla?\s+dig|tilmeld(?:e)?\s+dig|meld(?:e|t)?\s+(?:deg|dig)\s+på|iscriviti|iscriversi|inscreva-se|inscrever-se|se\s+inscrever|confirm(?:ar|e)\s+(?:(?:a|sua)\s+)?presença|schrijf\s+(?:je|u)\s+(?:\p{L}+\s+){0,3}?in(?=\s*(?:[.!;,\n]|$))|(?:voi|voit|voitte|voivat)\s+(?:\p{L}+\s+)?ilmoittautua|ilmoittaudu|ilmoittautukaa|inscriu-te|inscriviu-vos|(?:poden|podeu|pots|pot)\s+inscriure(?:['’]s|-se|-vos|-te)|${SIGN_UPS_OPEN}|zapisz\s+się|zapisać\s+się|zgłoś\s+się|přihlaste\s+se|přihlásit\s+se|prihláste\s+sa|prihlásiť\s+sa`;
const SIGN_UP_OTHER = words([
  // (Sign-ups said to be open first, read whole: "As inscrições já estão abertas" is more than its label.)
  SIGN_UPS_OPEN,
  String.raw`anmeldung|ansprechpartner(?:in)?|kontakt|inscriptions?|renseignements|inscripci(?:[oó]n|ones)|contacto|inscri[çc](?:ão|ões)|contato|contatti|iscrizion[ei]|aanmelden|aanmelding(?:en)?|anmälan|tilmelding|påmelding|ilmoittautumi(?:nen|set)|yhteystiedot|lisätietoja|zapisy|zgłoszenia|přihlášky|přihláška|prihlášky|prihláška|inscripci(?:ó|ons)`,
  SIGN_UP_VERB,
  // (Icelandic, Turkish, Estonian, Hungarian, Greek: "skráning", "skrá sig", "kayıt", "başvuru", "iletişim", "registreerimine",
  // "jelentkezés", "elérhetőség", "εγγραφές", "δηλώσεις συμμετοχής", "επικοινωνία".)
  String.raw`skráning\p{L}*|skrá\s+sig|skráðu\s+þig|skráið\s+ykkur|kayıt|başvuru|iletişim|registreeru(?:mine|da|ge)|registreerimine|jelentkezés|jelentkezni|elérhetőség\p{L}*|εγγραφ[εέ]ς|δηλ[ωώ]σεις\s+συμμετοχ[ηή]ς|επικοινων[ιί]α`,
  // (Croatian, Serbian and Slovenian: "prijave", "prijava", "prijavite se", "način prijavljivanja", "prijavnica".)
  String.raw`prijav(?:e|a|u|i)|prijavite\s+se|prijavi\s+se|prijavljivanj\p{L}*|prijavnic\p{L}*`,
  // (Latvian and Lithuanian: "pieteikšanās", "piesakieties", "reģistrācija", "kontakti", "registracija", "registruokitės", "kontaktai".)
  String.raw`pieteikšan\p{L}*|pieteikties|piesakies|piesakieties|reģistrācij\p{L}*|kontakti|registracij\p{L}*|registruotis|registruokit(?:ės|e)|kontaktai`,
  // (Romanian: "înscrieri", "înscrierea se face", "înscrie-te", "date de contact".)
  String.raw`[îi]nscrier(?:i|e|ea|ile)|[îi]nscrie-?(?:te|v[ăa])|date\s+de\s+contact|persoan[ăa]\s+de\s+contact`,
  // (Russian, Ukrainian and Bulgarian: "запись на группу", "записаться", "регистрация", "контакты", "реєстрація", "записатися", "контакти",
  // "записване", "запишете се".)
  String.raw`запись\s+(?:на|в|по)|записаться|запишитесь|записатися|запишіться|запис\s+(?:на|за|у)|регистраци\p{L}*|реєстраці\p{L}*|зарегистрир\p{L}*|зареєстр\p{L}*|контакт(?:ы|и)|записване|запишете\s+се`,
  // (Hebrew: "הרשמה", "להרשמה", "ההרשמה", "הירשמו", "להירשם", "צרו קשר", "ליצירת קשר".)
  String.raw`${HE_P}הרשמה|הירשמו|להירשם|צרו\s+קשר|ליצירת\s+קשר`,
]);
/**
 * Finnish enquiries and sign-ups as a notice heads them, in their cases: "Tiedustelut", "tiedustelut ja ilmoittautumiset", "lisätiedot",
 * "ilmoittautumisia", "ilmoittautumiseen". Only where a line or a sentence starts, "Tiedustelut: …", "… lokakuussa. Lisätiedot
 * diakonilta.": not further data in prose, "Tutkimuksen mukaan lisätiedot hoidon vaikutuksista ovat vähäisiä", nor sign-ups closed,
 * "Ilmoittautumisia ei enää oteta vastaan". A pattern of its own, read beside SIGN_UP_OTHER: as one more alternative there, its
 * lookbehind made V8 search the whole list at every position (a run of 5,000 spaces took 300 ms instead of 5).
 */
const SIGN_UP_LABEL_FI = words([
  String.raw`(?<=(?:^|\n|[.!?]\s)[^\p{L}\p{N}\n]{0,8})(?:tiedustelu(?:t|ja|ihin|issa)|lisätiedo(?:t|ista)|ilmoittautumis(?:ia|iin|een|essa|ta))(?![^.!?\n]*?(?<![\p{L}])(?:ei|eikä|enää)\s+(?:enää\s+)?(?:oteta|voi|ole|ota)|[^.!?\n]*?(?<![\p{L}])(?:päättyn|suljettu|sulkeutu|täynnä)\p{L}*)`,
]);
/** Every sign-up or enquiry on a page in another language (SIGN_UP_OTHER and the Finnish labels). */
const signUpsOf = (model: DocumentModel): Match[] => [...model.find(SIGN_UP_OTHER), ...model.find(SIGN_UP_LABEL_FI)];
const SIGN_UP_VERB_ONE = new RegExp(`^(?:${SIGN_UP_VERB})$`, 'iu');

/**
 * A way to come to a group: a phone number, an e-mail or web address, or a street address ("Hauptstraße 4", "3 place du Marché",
 * "calle Mayor 7", "Järnvägsgatan 3", "Vestergade 40").
 */
export const WAY_TO_COME_OTHER = new RegExp(
  // (Not a date as a page's footer prints it, "2021-04-05", "05.04.2021": no phone number.)
  String.raw`(?<!\d)(?!\d{4}-\d\d-\d\d(?!\d)|(?:\d\d\.){2}\d{4}(?!\d))\d{3}[-\s./]?\d{2}[-\s./]?\d{2,}|(?<![\p{L}\p{N}._-])[\p{L}\p{N}._-]{1,64}@[\p{L}\p{N}.-]{1,253}\.\p{L}{2,}|https?://|www\.|` +
    String.raw`${B}\p{L}+(?:straße|strasse|str\.|platz|gasse|weg|allee|straat|plein|laan|gracht|gatan|gata|vägen|torget|vej|gade|veien|gaten|torv|katu|kuja|polku)\s+\d|${B}(?:ul\.|ulica|ulicy|ulice|ulici)\s*(?:[\p{L}'’.-]{1,40}\s+){0,3}?\d|(?<!\d)\d{3}\s\d{3}\s\d{3}(?!\d)|` +
    // (An address given as such in Central and Eastern Europe, Greek, Turkish and the Baltic languages, with its number: "na adrese Lipová 12",
    // "pod adresem ul. Polna 3", "na adresi Ilica 5", "na naslovu Trubarjeva 7", "la adresa str. Florilor 9", "a Fő utca 3. szám alatt", "Kossuth
    // utca 12", "οδός Ερμού 14", "Atatürk Caddesi No: 5", "aadressil Pikk 3", "adresē Brīvības ielā 10", "adresu Gedimino pr. 9".)
    String.raw`${B}(?:na\s+adrese|pod\s+adresem|na\s+adresi|na\s+naslovu|la\s+adresa|aadressil|adresē|adres(?:i|imiz)?\s*:)\s+[^.;!?\n]{0,40}?\d|${B}(?:adresu|διε[υύ]θυνση)\s*:?\s+(?:ul\.\s*)?\p{L}{3,}(?:\s+\p{L}{1,4}\.)?\s+\d|` +
    String.raw`${B}\p{L}+\s+(?:utca|tér|körút|sokak|sokağı|caddesi|bulvarı|iela|ielā|gatvė|tänav|tn\.?)\s+(?:no\s*:?\s*)?\d|${B}\p{L}+\s+út\s+\d{1,4}(?=[.,/]|\s*(?:\n|$)|\s+(?:alatt|szám)${E})|${B}(?:str\.|strada|bd\.|bulevardul)\s+\p{L}+(?:\s+\p{L}+)?\s+(?:nr\.\s*)?\d|${B}(?:οδ[οό]ς|οδ\.)\s+\p{L}+\s+\d|` +
    String.raw`${B}(?:rue|avenue|place|boulevard|chemin|calle|avenida|plaza|paseo|rua|praça|travessa|via|viale|piazza|corso|largo|carrer|plaça|passeig|avinguda|rambla)\s+(?:[\p{L}'’.-]+\s+){0,3}?\d|(?<!\d)\d{1,5},?\s+(?:rue|avenue|place|boulevard|chemin)${E}`,
  'giu',
);
/** A meeting said in the first person plural ("wir treffen uns", "nous nous réunissons", "nos reunimos", "komen we samen", "vi ses"). */
// (Not Italian's impersonal "ci si", "one meets": "ci si vede ogni settimana" is said of any such group; nor Bulgarian "ми", me, after an
// imperative or before "се", "е", "обадете ми се в сряда", "ще ми е приятно", where Ukrainian "ми" is we.)
export const FIRST_PERSON_MEETING =
  /(?<![\p{L}])(?:wir|uns|nous|nos|we|wij|vi|ci(?!\s+si(?![\p{L}]))|мы|нас|ми(?!\s+(?:се|е)(?![\p{L}]))(?<!(?:ете|йте)\s+ми)|ние|[ו]?(?:אנו|אנחנו|ניפגש|נתכנס))(?![\p{L}])/iu;
/** A news item's marks: a photo credit ("Symbolfoto: …", "Foto: …", "Photo : …") or a news agency's ("/dpa", "(epd)", "EFE"). */
const NEWS_MARK_OTHER = new RegExp(
  String.raw`${B}(?:symbolfoto|archivfoto|foto|bild|photo|crédit\s+photo|fotografía|imagen|billede|fotograf|kuva)\s*:|[/(]\s*(?:dpa|epd|kna|afp|efe|ansa|anp|ritzau|ntb|lusa|apa|belga|tt|stt)${E}`,
  'giu',
);
/**
 * A finished run of meetings counted in the past, as a report on it tells it: a verb of holding or taking place in the past and a number
 * of meetings, in Russian, Ukrainian, Bulgarian and Hebrew ("центр провёл 10 встреч", "состоялось 8 занятий", "організація провела 6
 * зустрічей", "відбулося 12 зустрічей", "сдружението проведе 12 седмични срещи", "бяха проведени 8 срещи", "התקיימו 10 מפגשים"); or one
 * meeting that took place, the verb first, "состоялась очередная встреча", "прошло занятие", "відбулася зустріч", "се състоя среща",
 * "התקיים המפגש". The imperfective "проводил" counts too, "центр проводил 10 встреч", and the number may be written out, "десять
 * встреч", "дванадцять зустрічей", "пет срещи". Not the Bulgarian future, whose "проведе" follows "ще" or "да": "ще се проведе среща",
 * "сдружението ще проведе 12 срещи".
 */
// (A count of meetings written out, two to twenty, in Russian, Ukrainian and Bulgarian: the exact words, not stems, which would take
// "семейные встречи" for "семь".)
const COUNT_WORD = String.raw`(?:два|две|дві|три|четыре|чотири|четири|пять|п['’ʼ]ять|пет|шесть|шість|шест|семь|сім|седем|восемь|вісім|осем|девять|дев['’ʼ]ять|девет|десять|десет|\p{L}+надцать|\p{L}+надцять|\p{L}+надесет|двадцать|двадцять|двадесет)${E}`;
const PAST_RUN_OTHER = new RegExp(
  String.raw`${B}(?:пров(?:ел|ёл|ела|ело|ели)|организовал(?:а|о|и)?|проводил(?:а|о|и)?|прошл(?:о|и)|состоял(?:ось|ись)|провів|організува(?:в|ла|ло|ли)|відбул(?:ося|ись|ася|ось)|пройшл(?:о|и)|(?<!${B}(?:ще|да)\s+(?:се\s+)?)проведе|(?:се\s+)?проведоха|(?:се\s+)?състояха(?:\s+се)?|бяха\s+проведени|[ו]?(?:התקיימו|נערכו))\s+(?:[\p{L}„“"«»-]+\s+){0,2}?(?:\d{1,3}|${COUNT_WORD})\s+(?:[\p{L}-]+\s+)?(?:встреч\p{L}*|заняти\p{L}*|сесси\p{L}*|собрани\p{L}*|зустріч\p{L}*|занят\p{L}*|сесі\p{L}*|срещи|сесии|занимания|сбирки|מפגשים|פגישות)${E}|${B}(?:состоял(?:ась|ось|ись)|прош(?:ла|ло|ли)|відбул(?:ася|ося|ись)|пройш(?:ла|ло|ли)|се\s+състоя(?:ха)?|(?<!${B}(?:ще|да)\s+)се\s+проведе|[ו]?(?:התקיים|התקיימה|התקיימו|נערך|נערכה|נערכו))\s+(?:[\p{L}-]+\s+)?(?:встреч\p{L}*|заняти\p{L}*|собрани\p{L}*|заседани\p{L}*|зустріч\p{L}*|занятт\p{L}*|срещ\p{L}*|сбирк\p{L}*|ה?(?:מפגש\p{L}*|פגיש\p{L}*))${E}`,
  'giu',
);
/**
 * The next meeting, in Russian, Ukrainian, Bulgarian ("следующая встреча", "наступна зустріч", "следващата среща"). Not the first, which
 * a report names as often as a notice does: "Первая встреча прошла в сентябре".
 */
const NEXT_MEETING_OTHER = new RegExp(`^${NEXT_CYRILLIC}`, 'iu');
/**
 * A quotation's attribution, as a report gives it: a verb of saying after the quotation or its comma ("», précise Martine", "–
 * …, säger hon", "sagt die Gründerin"). A news feature or a story tells of a group through its members' words.
 */
const REPORTED_SPEECH_G = new RegExp(
  String.raw`[,»«“”"]\s*(?:sagt|erzählt|berichtet|erklärt|betont|précise|explique|raconte|confie|souligne|ajoute|témoigne|explica|cuenta|afirma|señala|relata|asegura|añade|diz|conta|spiega|racconta|afferma|aggiunge|zegt|vertelt|säger|berättar|siger|fortæller|sier|forteller|sanoo|kertoo|toteaa)${E}`,
  'giu',
);
/**
 * Someone's account in indirect speech, as a report gives it: a verb of telling and how or that ("erzählt, wie", "raconte comment",
 * "cuenta cómo", "vertelt hoe", "berättar hur", "fortæller, hvordan", "racconta come", "conta como").
 */
const TOLD_HOW_G = new RegExp(
  String.raw`${B}(?:erzählt|berichtet|schildert|raconte|explique|relate|cuenta|relata|explica|narra|vertelt|beschrijft|berättar|beskriver|fortæller|forteller|racconta|spiega|descrive|conta|kertoo)\s*,?\s+(?:wie|comment|cómo|como|hoe|hur|hvordan|come|miten|kuinka)${E}`,
  'giu',
);
/** A flyer's row for where ("Wo:", "Lieu :", "Dónde:", "Waar:", "Var:", "Hvor:", "Dove:", "Onde:", "Treffpunkt:"). */
export const WHERE_ROW = /^(?:wo|treffpunkt|où|lieu|dónde|lugar|waar|var|hvor|dove|onde|где|де|къде|место|місце)$/iu;

/** A title asking what a kind is: "Was ist …", "Qu'est-ce que …", "¿Qué es …", "Wat is …", "Vad är …", "Hvad er …", "Cos'è …". */
const WHAT_IS = String.raw`^[\W_]*(?:was\s+ist|qu['’]est-ce|qu[ée]\s+es|o\s+que\s+é|wat\s+is|vad\s+är|hvad\s+er|hva\s+er|cos['’]è|che\s+cos['’]è|mikä\s+on|mitä\s+on|czym\s+jest|co\s+to\s+jest|co\s+je|čo\s+je|kas\s+ir|kas\s+yra|τι\s+ε[ιί]ναι|ce\s+(?:este|sunt|e)|(?:što|šta|kaj)\s+je|что\s+такое|що\s+таке|какво\s+(?:е|представлява)|מה(?:ו|י)|מה\s+(?:זה|הוא|היא))${E}`;
const WHAT_IS_TITLE = new RegExp(WHAT_IS, 'iu');

/** A page that calls itself an article or explainer in its own language: it is writing about groups, not a group. */
const ARTICLE_OTHER = new RegExp(
  `${B}(?:studie|studien|étude|estudio|estudo|onderzoek|studio|forschung|ratgeber|wikipedia|artikel|article|artículo|artigo|articolo|tutkimus|artikkeli|pētījums|pētījumi|raksts|tyrimas|tyrimai|straipsnis|članak|članek|studija|študija|articol|studiu|άρθρο|μελέτη|статья|исследование|стаття|дослідження|статия|изследване)${E}` +
    // A guide to resources or a directory: "Guía de recursos", "Wegweiser", "Verzeichnis", "annuaire", "sociale kaart". (Not a
    // listing site's name over one group's entry, "Guide des associations": that entry is the group's notice.)
    `|${B}(?:gu[ií]a\\s+de\\s+recursos|guide\\s+des\\s+ressources|guida\\s+(?:alle|ai)\\s+(?:risorse|servizi)|wegweiser|verzeichnis|annuaire|directorio|diretório|sociale\\s+kaart)${E}` +
    // A job advert or a call for volunteers: "Stellenanzeige", "Cercasi facilitatori volontari", "Vacature", "Se buscan voluntarios".
    `|${B}(?:stellenanzeige|stellenangebot|wir\\s+suchen|offre\\s+d['’]emploi|recrutement|bénévoles|oferta\\s+de\\s+empleo|se\\s+buscan?|voluntari[oa]s|vacature|vrijwilligers|ledig\\s+stilling|lediga\\s+jobb|frivillige|cercasi|cerchiamo|volontari)${E}` +
    // A title asking what the kind is: "Was ist Gruppentherapie?", "Qu'est-ce qu'un groupe de parole ?", "Hvad er gruppeterapi?".
    `|${WHAT_IS}`,
  'iu',
);

/**
 * A page in French, Spanish, Italian, Portuguese or Catalan that speaks of itself as an article, a post or a guide in its own text: "Este
 * artigo detalha …", "Neste artigo, vamos …", "Dans cet article, nous …", "En este artículo te explicamos …", "In questo articolo
 * vediamo …", "En aquest article …", "Cet article présente …". Writing about groups, as English "in this article" is (genre.ts). (Not
 * "este grupo", nor an article of a statute, "el artículo 12", nor "this article" quoted.)
 */
export const ARTICLE_SELF_OTHER = words([
  String.raw`(?:en|dans|em|in|nel|per)\s+(?:est[ea]|ess[ea]|cet(?:te)?|ce|questo|questa|aquest(?:a)?)\s+(?:(?:breve|curto|pequeno|petit|court|primeiro|premier|primer|primo|último|dernier|ultimo)\s+)?(?:artigo|artículo|article|articolo|post)${E}|(?:neste|nesse)\s+(?:(?:breve|curto|pequeno|primeiro|último)\s+)?(?:artigo|post|texto)${E}|(?:en\s+el\s+presente\s+artículo|no\s+presente\s+artigo|nel\s+presente\s+articolo|in\s+quest['’]\s*articolo)${E}`,
  String.raw`(?:est[ea]|ess[ea]|cet(?:te)?|ce|questo|questa|aquest(?:a)?)\s+(?:(?:breve|curto|pequeno|petit|court|primeiro|premier|primer|primo|último|dernier|ultimo|nouvel|nuevo|novo|nuovo)\s+)?(?:artigo|artículo|article|articolo|post|(?:guia|guía|guide|guida)(?!\s*,?\s+(?:\p{L}+\s+)?(?:accompagn|acompa[ñn])\p{L}*)|texto|texte|testo|text)(?=\s*,?\s+(?:(?:vous|nous|te|les|os|vi|ti|us|ci)\s+|t['’])?(?:(?:vamos|vamos\s+a|vou|hem|hemos|vai|vas|voy|vogliamo|veremos|vedremo|vedremos|veurem|explicamos|expliquem|explichiamo|spieghiamo|expliquons|présentons|explicaremos|explicaré|apresentamos|mostramos|abordamos|abordaremos|trataremos|tratamos|analizamos|analisamos|analizziamo|parliamo|falamos|hablamos|parlons|parlem|descubrirás|descobrirá|découvrirez|scoprirai|scoprire|encontrará|encontrarás|trouverez|troverai|trobaràs)${E}|(?:detalha|explica|apresenta|aborda|descreve|analisa|mostra|traz|trata|reúne|detalla|presenta|describe|analiza|recoge|repasa|resume|détaille|explique|présente|décrit|analyse|aborde|propose|résume|spiega|descrive|analizza|illustra|affronta|riassume|raccoglie|descriu|analitza|recull|pretende|pretend|vise|mira|busca|procura|tem\s+como|tiene\s+como|a\s+pour|ha\s+lo\s+scopo|é\s+para|est\s+destiné|está\s+dirigido|è\s+rivolto)${E}))`,
  // (Or its aim so said: "O objetivo deste artigo", "El objetivo de este artículo", "L'objectif de cet article", "Lo scopo di questo articolo".)
  String.raw`(?:objetivo|propósito|finalidade|finalidad|objectif|but|obiettivo|scopo|objectiu)\s+(?:deste|desse|de\s+este|de\s+cet|de\s+ce|di\s+questo|d['’]aquest)\s+(?:artigo|artículo|article|articolo|post|texto|texte|testo|guia|guía|guide|guida)`,
]);

// A count, in figures or in words ("acht", "huit", "ocho", "oito", "otto", "acht", "åtta", "otte"), for a time frame.
const COUNT_OTHER = String.raw`(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|dois|duas|três|quatro|sete|oito|nove|dez|doze|vinte|due|tre|quattro|sei|sette|otto|dieci|dodici|quindici|venti|twee|drie|vijf|zes|zeven|negen|tien|twaalf|vijftien|twintig|två|fyra|fem|sex|sju|åtta|nio|tio|tolv|femton|tjugo|to|fire|seks|syv|sju|otte|åtte|ni|ti|femten|tyve|tjue|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen|kaksitoista|viisitoista|kaksikymmentä)`;

/** A day's date: "13. august", "le 27 avril", "el 30 de junio", "27 de outubro". */
// (Catalan elides "de" before a vowel: "21 d'octubre".)
export const DATE_OTHER = new RegExp(String.raw`${B}\d{1,2}\.?\s+(?:de\s+|d['’])?${MONTH_OTHER}${E}`, 'giu');

/** An amount after a verb of costing, a few words on at most: "kost 180,-", "costa € 40", "kost niets", "costa nulla". */
const AN_AMOUNT = String.raw`(?=\s+(?:[\p{L}.]+\s+){0,2}?(?:€\s?\d|\d|niets|nulla|niente)(?![\p{L}]))`;

/**
 * Words that satisfy a rule in the other languages, by rule id. The rules read them as they read the practice's own extra phrases
 * (config "phrases"): present, the rule's requirement is met.
 */
/** Those a group is for by their age, or age itself: "Kinder", "niños", "jóvenes", "bambini", "enfants", "barn", "unge", "Alter", "età". */
const AGE_WORD_OTHER = String.raw`(?:kinder[n]?|jugendliche[n]?|niñ[oa]s|jóvenes|adolescentes|crianças|jovens|bambin[ei]|ragazz[ei]|enfants|jeunes|adolescents|kinderen|jongeren|barn|børn|unge|ungdom(?:ar|mer|me)?|alter|edad|idade|età|âge|ålder|alder|leeftijd)`;
// (The Cyrillic languages' disclaimers, see SATISFIED_OTHER: never "not only" or "not just"; after "это не" an adjective, not a verb
// such as "отменяет", and "заменяет" only with what it does not replace.)
const CYRILLIC_THERAPY_WORD = String.raw`(?:психо)?терап(?:и|і)\p{L}*|лечени\p{L}*|лікуванн\p{L}*|лечение`;
const CYRILLIC_DISCLAIMER = String.raw`(?:не\s+(?:является|являются|есть|є|е|са)|(?:это|це|това)\s+не(?:\s+(?:е|є))?)\s+(?!(?:только|лише|тільки|само|просто)\s)(?:(?:\p{L}+(?:ая|яя|ой|ое|ее|ые|ие|ый|ий|ую|ою|на|ва|ка|ні)|арт-\p{L}+)\s+)?(?:${CYRILLIC_THERAPY_WORD}|замен(?:а|ой|у|ы)|замін(?:а|ою|у|и)|заместител\p{L}*)|не\s+(?!(?:только|лише|тільки|само|просто)\s)(?:заменя(?:ет|ют)|заміню(?:є|ють)|замества(?:т)?)\s+(?:\p{L}+\s+)?(?:${CYRILLIC_THERAPY_WORD}|помощ\p{L}*|допомог\p{L}*|специалист\p{L}*|спеціаліст\p{L}*|фахів\p{L}*|врач\p{L}*|лікар\p{L}*|лекар\p{L}*|консультаци\p{L}*|консультаці\p{L}*)|(?:мы|ми|ние)\s+не\s+(?:сме\s+)?(?!(?:только|лише|тільки|само|просто)\s)(?:\p{L}+\s+)?(?:(?:психо)?терапевт\p{L}*|психолог\p{L}*|психолоз\p{L}*|псих[иі]атр\p{L}*|специалист\p{L}*|спеціаліст\p{L}*|фахівц\p{L}*|профес+ионал\p{L}*)|не\s+сме\s+(?!(?:только|лише|тільки|само|просто)\s)(?:\p{L}+\s+)?(?:(?:психо)?терапевт\p{L}*|психолоз\p{L}*|специалист\p{L}*)`;
// (What attending costs in the Cyrillic languages, see 'support-free' and 'therapy-fee'.)
const CYRILLIC_COST = String.raw`бесплатн\p{L}*|безвозмездн\p{L}*|безкоштовн\p{L}*|безоплатн\p{L}*|безплатн\p{L}*|без\s+(?:оплаты|оплати|заплащане|такса)|стоимост\p{L}*|вартіст\p{L}*|цен(?:а|ы|у)|цін(?:а|и|у)|такса|\d+(?:[.,]\d\d)?\s?(?:₽|руб\.?|рубл(?:ей|я|ь)|грн\.?|гривень|гривні|лв\.?|лева)(?![\p{L}])|₽\s?\d+`;
// (An amount in shekels, "60 ש"ח", "220 ₪", "₪120", see 'support-free', 'therapy-fee' and CHARGE_OTHER.)
const SHEKELS = String.raw`\d+(?:[.,]\d\d)?\s?(?:₪|ש"ח|ש״ח|שקלים)|₪\s?\d+`;
// (A person a leader's training is said of, in Russian, Ukrainian and Bulgarian, see 'therapy-leader'.)
const CYRILLIC_LEADER_PERSON = String.raw`(?:психолог|терапевт|психотерапевт|специалист|спеціаліст|ведущ|ведуч|водещ|фахів)\p{L}*`;
export const SATISFIED_OTHER: Readonly<Record<string, RegExp>> = {
  // Said to be no therapy, or no replacement for it: "keine Therapie", "ersetzt keine Behandlung", "n'est pas une thérapie", "pas de
  // but thérapeutique", "no es terapia", "no sustituye", "geen therapie", "är inte terapi", "er ikke terapi", "non è una terapia".
  'support-disclaimer': words([
    String.raw`kein(?:e|en)?\s+(?:psycho)?therapie(?:angebot)?|kein(?:e|en)?\s+behandlungsangebot|ersetz(?:t|en)\s+(?:keine|nicht)|kein(?:en)?\s+ersatz\s+für|nicht\s+therapeutisch|keine\s+therapeutische`,
    // The replacement named first, as news reports a group's words: "Einen Ersatz für ärztliche Behandlung stelle das nicht dar".
    String.raw`(?:einen\s+)?ersatz\s+für\s+[^.;!?]{0,80}?\s(?:stell(?:t|e|en)|biete[tn]?)\s+(?:\p{L}+\s+){0,2}?nicht\s+dar`,
    String.raw`(?:n['’]est|ne\s+sont|n['’]a|n['’]ont)\s+pas\s+(?:une?\s+|de\s+|d['’]|la\s+)?(?:(?:psycho)?thérapie|groupe\s+thérapeutique|but|visée|vocation|objectif|remplace)|ne\s+remplacen?t?\s+pas|pas\s+(?:une?\s+)?(?:(?:psycho)?thérapie|de\s+but\s+thérapeutique)`,
    String.raw`no\s+(?:es|son|constituye)\s+(?:un[ao]?\s+)?(?:(?:psico)?terapia|grupo\s+terapéutico|tratamiento)|no\s+(?:sustituyen?|reemplazan?)`,
    String.raw`não\s+(?:é|são)\s+(?:uma?\s+)?(?:(?:psico)?terapia|tratamento)|não\s+substitu(?:i|em)`,
    String.raw`non\s+(?:è|sono)\s+(?:una?\s+)?(?:(?:psico)?terapia|trattamento)|non\s+sostitu(?:isce|iscono)`,
    // (Catalan: "no és una teràpia", "no són tractament", "no substitueix".)
    String.raw`no\s+(?:és|són)\s+(?:una?\s+)?(?:(?:psico)?teràpia|tractament|grup\s+terapèutic)|no\s+substitueix(?:en)?`,
    String.raw`weder\s+(?:eine\s+)?(?:therapie|behandlung)|ni\s+(?:une?\s+)?(?:thérapie|psychothérapie|traitement|terapia|tratamiento)|(?:hverken|varken)\s+(?:en\s+)?(?:behandling|terapi)`,
    String.raw`(?:is|zijn)\s+geen\s+(?:groeps)?(?:psycho)?therapie|geen\s+(?:vervanging|therapie|behandeling)|vervangt\s+(?:geen|niet)`,
    String.raw`ersätter\s+inte|är\s+inte\s+(?:en\s+|ett\s+)?(?:terapi|behandling|vård)(?:s?tilbud|s?erbjudande|sform)?|ingen\s+(?:terapi|behandling)|erstatter\s+ikke|(?:er\s+)?ikke\s+(?:en\s+|et\s+)?(?:(?:egentlig|rigtig|riktig)\s+)?(?:terapi|behandling)(?:s?tilbud|s?tilbod|sform|gruppe)?`,
    // (Or "it is not a matter of therapy": "der er ikke tale om terapi", "det er ikke snakk om terapi", "det är inte fråga om terapi".)
    String.raw`(?:ikke|inte)\s+(?:tale|snakk|snak|fråga)\s+om\s+(?:en\s+)?(?:terapi|behandling)`,
    // (So in the other languages: "non si tratta di un gruppo terapeutico", "il ne s'agit pas d'une thérapie", "no se trata de una terapia",
    // "não se trata de um tratamento", "es handelt sich nicht um eine Therapie", "het gaat niet om therapie".)
    String.raw`non\s+si\s+tratta\s+(?:di\s+(?:un[ao]?\s+)?|d['’]\s*)(?:(?:psico)?terapia|gruppo\s+terapeutico|trattamento)|(?:il\s+)?ne\s+s['’]agit\s+pas\s+(?:d['’]une?\s+|de\s+)(?:(?:psycho)?thérapie|groupe\s+thérapeutique|traitement)|(?:no|não)\s+se\s+trata\s+de\s+(?:un[ao]?\s+|uma?\s+)?(?:(?:psico)?terapia|grupo\s+terap[eê]utico|tratamiento|tratamento)|(?:handelt\s+es\s+sich|es\s+handelt\s+sich)\s+nicht\s+um\s+(?:eine\s+)?(?:psycho)?therapie|het\s+gaat\s+niet\s+om\s+(?:een\s+)?(?:psycho)?therapie`,
    // (No professionals among them, said as "there are none": "non ci sono psicologi né medici", "il n'y a pas de thérapeutes", "no hay
    // psicólogos", "não há terapeutas", "es gibt keine Therapeuten", "er zijn geen psychologen", "det finns inga terapeuter", "der er ingen
    // psykologer"; a list of others may come first, "non ci sono capi, esperti, psicologi o medici".)
    String.raw`(?:non\s+ci\s+sono|il\s+n['’]y\s+a\s+(?:pas\s+de|aucun)|no\s+hay|não\s+há|es\s+gibt\s+keine|er\s+zijn\s+geen|det\s+finns\s+inga|der\s+er\s+ingen|det\s+er\s+ingen)\s+(?:[\p{L}-]+,?\s+){0,4}?(?:(?:psycho|psico|psyko)?th?erap\p{L}*t\p{L}*|psych?olo?g\p{L}*|psic[oó]log\p{L}*|psykolog\p{L}*|professionist\p{L}*|profesionales|professionnels|fachleute|fachkräfte)`,
    // The hosts saying they are no therapists or professionals, as "we are not therapists" in English: "wir sind keine Therapeuten",
    // "nous ne sommes pas des thérapeutes", "no somos terapeutas", "não somos terapeutas", "wij zijn geen hulpverleners", "vi är inte
    // terapeuter", "vi er ikke fagfolk", "non siamo terapeuti"; or the word put first, "Terapeut er hun ikke".
    String.raw`(?:sind|bin|ist)\s+(?:auch\s+)?kein(?:e|en)?\s+(?:(?:psycho)?therapeut\p{L}*|psycholog\p{L}*|fachleute|fachkräfte|profis)`,
    String.raw`(?:sommes|suis|sont|est)\s+pas\s+(?:des?\s+|une?\s+)?(?:(?:psycho)?thérapeutes?|psychologues?|professionnel(?:le)?s?(?:\s+de\s+(?:santé|la\s+santé))?)`,
    String.raw`no\s+(?:somos|soy|son|es)\s+(?:un[ao]?\s+)?(?:\p{L}+\s+(?:ni|y|o)\s+)?(?:(?:psico)?terapeutas?|psic[oó]log[oa]s?|profesionales?)|não\s+(?:somos|sou|são|é)\s+(?:um[a]?\s+)?(?:\p{L}+\s+(?:nem|e|ou)\s+)?(?:(?:psico)?terapeutas?|psic[oó]log[oa]s?|profissionais?)`,
    String.raw`(?:zijn|ben|is)\s+geen\s+(?:(?:psycho)?therapeut(?:en)?|psycholo(?:og|gen)|hulpverleners?|professionals?)`,
    String.raw`(?:är|er)\s+(?:inte|ikke)\s+(?:(?:psyko)?terapeut(?:er)?|psykolog(?:er)?|professionella|professionelle|fagfolk|fagpersoner|behandlere)|ikke\s+fagfolk|(?:psyko)?terapeut(?:er)?\s+(?:er|är)\s+(?:hun|han|vi|jeg|jag|hon|de|dom)\s+(?:likevel\s+|dog\s+|jo\s+|ju\s+|dock\s+)?(?:ikke|inte)`,
    String.raw`non\s+(?:siamo|sono|è)\s+(?:un[ao]?\s+)?(?:\p{L}+\s+(?:né|e|o)\s+)?(?:(?:psico)?terapeut[aei]|psicolog[oiae]|professionist[iae])`,
    // Not a therapeutic path, process or space, or having no therapeutic aim: "non è un percorso terapeutico", "non ha finalità
    // terapeutiche", "no es un espacio terapéutico", "no tiene fines terapéuticos", "não é um processo terapêutico", "n'est pas un
    // parcours thérapeutique".
    String.raw`non\s+(?:è|sono|rappresenta|costituisce)\s+(?:(?:un|una|uno)\s+)?(?:percors[oi]|cammin[oi]|intervent[oi]|grupp[oi]|spazi[oi]|luog[oi]|servizi[oi]|sostegno|supporto)\s+(?:di\s+tipo\s+)?(?:psico)?terapeutic[oi]|non\s+ha\s+(?:(?:una|alcuna)\s+)?(?:finalità|scop[oi]|fin[ei]|valenza)\s+(?:psico)?terapeutic(?:a|he|o|i)`,
    String.raw`no\s+(?:es|son|constituye)\s+(?:un[ao]?\s+)?(?:proceso|espacio|grupo|servicio|recorrido|camino|itinerario|apoyo|acompañamiento)\s+(?:psico)?terap[eé]utic[oa]s?|no\s+tiene[n]?\s+(?:(?:un|una|ningún|ninguna)\s+)?(?:fin(?:es)?|finalidad(?:es)?|objetivos?)\s+(?:psico)?terap[eé]utic[oa]s?`,
    String.raw`não\s+(?:é|são)\s+(?:um[a]?\s+)?(?:processo|espaço|grupo|serviço|percurso|caminho|apoio|acompanhamento)\s+(?:psico)?terap[eê]utic[oa]s?|não\s+tem\s+(?:fins?|finalidades?|objetivos?)\s+(?:psico)?terap[eê]utic[oa]s?`,
    String.raw`n['’]est\s+pas\s+(?:un|une)\s+(?:parcours|espace|lieu|suivi|processus|démarche|accompagnement|soutien)\s+(?:psycho)?thérapeutique`,
    // (Finnish: "ei ole terapiaa", "ryhmät eivät ole hoitoa", "ei korvaa ammatillista apua", "emme ole terapeutteja"; not help had,
    // "jos ryhmästä ei ole apua".)
    String.raw`(?:ei|eivät)\s+(?:ole|korvaa)\s+(?:\p{L}+\s+)?(?:(?:psyko)?terapia\p{L}*|hoito\p{L}*|hoitoa)|(?:ei|eivät)\s+korvaa\s+(?:\p{L}+\s+)?apua|(?:emme|eivät|ei)\s+ole\s+(?:\p{L}+\s+)?(?:(?:psyko)?terapeut\p{L}*|ammattilais\p{L}*)`,
    // (Polish, Czech and Slovak: "nie jest terapią", "nie zastępuje terapii", "není terapie", "nenahrazuje léčbu", "nie je terapia"; not
    // the verb alone, "nic nie zastępuje rozmowy", nothing replaces a talk.)
    String.raw`nie\s+(?:jest|są|stanowi(?:ą)?)\s+(?:to\s+)?(?:formą\s+)?(?:psycho)?terapi\p{L}*|nie\s+zastęp(?:uje|ują)\s+(?:\p{L}+\s+)?(?:(?:psycho)?terapi\p{L}*|lecz\p{L}*|pomocy|specjalist\p{L}*|lekarz\p{L}*|wizyt\p{L}*|konsultacj\p{L}*)|(?:není|nejsou|nie\s+je|nie\s+sú)\s+(?:to\s+)?(?:psycho)?terapi\p{L}*|nenahrazuj\p{L}*\s+(?:\p{L}+\s+)?(?:(?:psycho)?terapi\p{L}*|léčb\p{L}*|léčení|pomoc\p{L}*|odborník\p{L}*|lékař\p{L}*)|nenahrádza\p{L}*\s+(?:\p{L}+\s+)?(?:(?:psycho)?terapi\p{L}*|liečb\p{L}*|liečeni\p{L}*|pomoc\p{L}*|odborník\p{L}*|lekár\p{L}*)`,
    // (Icelandic, Turkish, Estonian, Hungarian: "er ekki meðferð", "terapi değildir", "ei ole teraapia", "nem terápia", and no
    // replacement for it, "ei asenda ravi", "terapinin yerine geçmez". Greek: below. The verb alone is no disclaimer, "semmi sem
    // helyettesíti a beszélgetést", nor "nem csak terápia", not only therapy.)
    String.raw`(?:er|eru)\s+ekki\s+(?:\p{L}+\s+)?(?:sálfræði)?meðferð\p{L}*|kemur\s+ekki\s+í\s+stað\s+(?:\p{L}+\s+)?(?:(?:sálfræði)?meðferð\p{L}*|hjálp\p{L}*|aðstoð\p{L}*|sérfræðing\p{L}*|lækn\p{L}*|sálfræðing\p{L}*)|(?:terapi|tedavi)\s+değil\p{L}*|(?:(?:psiko)?terapi\p{L}*|tedavi\p{L}*|yardım\p{L}*|deste(?:k|ğ)\p{L}*|uzman\p{L}*|doktor\p{L}*|hekim\p{L}*)\s+yerine\s+geçmez|ei\s+ole\s+(?:\p{L}+\s+)?(?:teraapia|ravi)|ei\s+asenda\s+(?:\p{L}+\s+)?(?:(?:psühho)?teraapia\p{L}*|ravi\p{L}*|abi|arsti\p{L}*|spetsialisti\p{L}*|psühholoogi\p{L}*)|nem\s+(?!(?:csak|csupán|pusztán|kizárólag)\s)(?:\p{L}+\s+)?(?:pszicho)?terápia|nem\s+helyettesít\p{L}*\s+(?:az?\s+)?(?:\p{L}+\s+){0,2}?(?:(?:pszicho)?terápi\p{L}*|kezelés\p{L}*|segítség\p{L}*|orvos\p{L}*|szakember\p{L}*)`,
    // (Croatian, Serbian and Slovenian: "nije terapija", "grupe nisu psihoterapija", "ne zamjenjuje liječenje", "ni terapija", "ne nadomešča
    // zdravljenja". In these languages too a verb of replacing counts only with what it does not replace: "ništa ne zamjenjuje razgovor",
    // nothing replaces a talk, is no disclaimer.)
    String.raw`(?:nije|nisu|ni|niso)\s+(?:to\s+)?(?:zamjena\s+za\s+|zamena\s+za\s+|nadomestilo\s+za\s+)?(?:psiho)?terapij\p{L}*|ne\s+(?:zamjenjuje|zamenjuje|zamjenjuju|zamenjuju|nadomešča|nadomeščajo)\s+(?:\p{L}+\s+){0,2}?(?:(?:psiho)?terapij\p{L}*|liječenj\p{L}*|lečenj\p{L}*|zdravljenj\p{L}*|tretman\p{L}*|pomo[ćcč]\p{L}*|stručnjak\p{L}*|strokovnjak\p{L}*|liječnik\p{L}*|lekar\p{L}*|zdravnik\p{L}*|savjetovanj\p{L}*|savetovanj\p{L}*|svetovanj\p{L}*)`,
    // (Latvian and Lithuanian: "nav terapija", "nav grupu psihoterapija", "neaizstāj ārstēšanu", "neesam terapeiti", "nėra terapija",
    // "nepakeičia gydymo", "nesame psichologai".)
    String.raw`nav\s+(?:\p{L}+\s+)?(?:(?:psiho)?terapij\p{L}*|ārstēšan\p{L}*)|neaizstāj\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:ārstēšan\p{L}*|(?:psiho)?terapij\p{L}*|palīdzīb\p{L}*|speciālist\p{L}*|ārst\p{L}*|konsultācij\p{L}*)|(?:neesam|nav)\s+(?:\p{L}+\s+)?(?:psihoterapeit|terapeit|psiholog)\p{L}*|nėra\s+(?:\p{L}+\s+)?(?:(?:psicho)?terapij\p{L}*|gydym\p{L}*)|nepakei(?:čia|s)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:gydym\p{L}*|(?:psicho)?terapij\p{L}*|pagalb\p{L}*|specialist\p{L}*|gydytoj\p{L}*|konsultacij\p{L}*)|(?:nesame|nėra)\s+(?:\p{L}+\s+)?(?:psichoterapeut|terapeut|psicholog)\p{L}*`,
    // (Greek: "δεν είναι θεραπεία", "δεν αποτελεί ψυχοθεραπεία", and no replacement for it, "δεν αντικαθιστά την ψυχοθεραπεία"; Latvian,
    // Lithuanian and Romanian likewise name what is not replaced, "neaizstāj ārstēšanu", "nepakeičia gydymo", "nu înlocuiește tratamentul".)
    String.raw`δεν\s+(?:είναι|αποτελεί)\s+(?:\p{L}+\s+)?(?:ψυχο)?θεραπε[ιί]α|δεν\s+αντικαθιστ\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:(?:ψυχο)?θεραπε\p{L}*|αγωγ\p{L}*|ιατρ\p{L}*|γιατρ\p{L}*|βοήθει\p{L}*|ειδικ\p{L}*|ψυχολ[οό]γ\p{L}*|επαγγελματ\p{L}*)`,
    // (Romanian: "nu este terapie", "nu reprezintă o formă de psihoterapie", "nu înlocuiește terapia", "nu suntem terapeuți".)
    String.raw`nu\s+(?:este|e|sunt|reprezint[ăa]|constituie)\s+(?:o\s+)?(?:(?:form[ăa]|grup)\s+de\s+)?(?:psiho)?terapi\p{L}*|nu\s+[îi]nlocui(?:e[șşs]te|esc)\s+(?:\p{L}+\s+){0,2}?(?:(?:psiho)?terapi\p{L}*|tratament\p{L}*|ajutor\p{L}*|specialist\p{L}*|medic\p{L}*|consult\p{L}*|consiliere\p{L}*)|nu\s+suntem\s+(?:psiho)?terapeu[țţt]i`,
    // (The hosts no therapists, and no treatment or therapeutic character, in the thirteen languages: "nie jesteśmy terapeutami", "nie ma
    // charakteru terapeutycznego", "nie jest formą leczenia", "nejsme terapeuti", "nejde o terapii", "nejedná sa o terapiu", "nismo
    // terapeuti", "nismo terapevti", "við erum ekki sálfræðingar", "me ei ole terapeudid", "nem vagyunk terapeuták", "nem terápiás
    // csoport", "terapist değiliz", "bir terapi grubu değildir", "δεν είμαστε θεραπευτές".)
    String.raw`nie\s+(?:jesteśmy|jestem|są)\s+(?:\p{L}+\s+)?(?:psycho)?terapeut\p{L}*|nie\s+(?:ma|mają)\s+charakteru\s+(?:psycho)?terapeutyczn\p{L}*|nie\s+(?:jest|są|stanowi(?:ą)?)\s+(?:to\s+)?(?:formą\s+)?leczeni\p{L}*`,
    String.raw`(?:nejsme|nejsem|nie\s+sme|nie\s+som)\s+(?:\p{L}+\s+)?(?:psycho)?terapeut\p{L}*|(?:nejde|nejedná\s+se|nejedná\s+sa|nie\s+je\s+to)\s+(?:tu\s+)?o\s+(?:psycho)?terapi\p{L}*|nejde\s+(?:tu\s+)?o\s+(?:psycho)?terapi\p{L}*`,
    String.raw`(?:nismo|nisu|nisem)\s+(?:\p{L}+\s+)?(?:psiho)?terap(?:eut|evt)\p{L}*|(?:erum|er)\s+ekki\s+(?:\p{L}+\s+)?sálfræðing\p{L}*|(?:erum|er)\s+ekki\s+(?:\p{L}+\s+)?geðlækni\p{L}*|(?:erum|er)\s+ekki\s+(?:\p{L}+\s+)?(?:meðferðar|fag)aðil\p{L}*`,
    String.raw`ei\s+ole\s+(?:\p{L}+\s+)?(?:teraapia\p{L}*|terapeu\p{L}*|psühholoog\p{L}*)|nem\s+(?:vagyunk\s+|vagyok\s+)?(?!(?:csak|csupán|pusztán|kizárólag)\s)(?:\p{L}+\s+)?(?:(?:pszicho)?terápi\p{L}*|(?:pszicho)?terapeut\p{L}*|pszichológus\p{L}*)`,
    String.raw`terap\p{L}*\s+(?:\p{L}+\s+)?değil\p{L}*|tedavi\p{L}*\s+(?:\p{L}+\s+)?değil\p{L}*|psikolog\p{L}*\s+(?:\p{L}+\s+)?değil\p{L}*|δεν\s+είμαστε\s+(?:\p{L}+\s+)?(?:(?:ψυχο)?θεραπευτ\p{L}*|ψυχολ[οό]γ\p{L}*)`,
    // (Russian, Ukrainian and Bulgarian: "не является психотерапией", "это не терапия", "не є лікуванням", "не е терапия", no replacement
    // for treatment or a specialist, "не заменяет лечения", "не замінює допомоги фахівця", "не замества терапията"; the hosts no
    // therapists, "мы не психологи", "ми не психотерапевти", "ние не сме терапевти"; not "not only therapy", "не только терапия".)
    CYRILLIC_DISCLAIMER,
    // (Hebrew: "הקבוצה אינה טיפול", "זו לא קבוצה טיפולית", "אין מדובר בטיפול", "אינה מהווה תחליף לטיפול", "אינה באה במקום טיפול",
    // "איננו מטפלים", "אנחנו לא אנשי מקצוע".)
    String.raw`(?:לא|אינ(?:ה|נה|ו|נו|ם|ן))\s+(?:(?:מהווה|מהווים|מהוות|היא|הוא|זו|זה)\s+)?(?:${HE_P}קבוצה\s+)?(?:${HE_P}טיפול(?:ית|י|ים)?|${HE_P}פסיכותרפיה|תרפיה|תחליף|באה\s+במקום|בא\s+במקום|טיפולית)|אין\s+(?:זה|זו|זאת|מדובר)\s+(?:ב)?(?:טיפול|פסיכותרפיה|תרפיה|קבוצה\s+טיפולית)|(?:איננו|אינני|אנחנו\s+לא|אנו\s+לא|אינם|אינן)\s+(?:${HE_P}מטפל(?:ים|ות|ת)?|אנשי\s+מקצוע|פסיכולוג(?:ים|יות)?|תרפיסט(?:ים|יות)?)`,
    // (French, Spanish, Italian, Portuguese and Catalan: the group set apart from therapy or a clinician's work, as not the same thing or
    // different from it: "ce n'est pas le même travail qu'avec un psychologue", "différent d'une thérapie", "no es lo mismo que una
    // terapia", "distinto de una psicoterapia", "non è la stessa cosa di una psicoterapia", "diverso da un percorso con lo psicologo",
    // "não é o mesmo que fazer terapia", "diferente de uma terapia", "no és el mateix que una teràpia". Not individual therapy set against
    // group therapy, "différente de la thérapie individuelle", which a practice says of its own groups.)
    String.raw`(?:n['’]est|ne\s+sont)\s+pas\s+(?:le\s+(?:même\s+)?(?:travail|rôle|cadre|accompagnement)|la\s+même\s+chose)\s+(?:qu['’]|que\s+)[^.;:,!?\n]{0,60}?(?:(?:psycho)?thérap\p{L}*|psycholog\p{L}*|psychiatr\p{L}*)(?![^.;!?\n]{0,3}individuel)|(?:no\s+(?:es|son)\s+lo\s+mismo|non\s+(?:è|sono)\s+(?:la\s+stessa\s+cosa|lo\s+stesso)|não\s+(?:é|são)\s+(?:o\s+mesmo|a\s+mesma\s+coisa)|no\s+(?:és|són)\s+el\s+mateix)\s+(?:que|di|de|del|della|dello|che)\s+[^.;:,!?\n]{0,40}?(?:(?:psico)?terap\p{L}*|(?:psico)?teràpi\p{L}*|psic[oó]l[oò]g\p{L}*|psiquiatr\p{L}*|psichiatr\p{L}*|tratamiento|tratamento|trattamento|tractament)(?!\s+individua\p{L}*)`,
    String.raw`(?=di[fsv])(?<!(?:(?:n['’]est|ne\s+sont)\s+pas|no\s+(?:es|son|és|són)|non\s+(?:è|sono)|não\s+(?:é|são))\s+(?:(?:si|tan|così)\s+)?)(?:différent(?:e|s|es)?|distinct(?:e|s|es)?|diferente(?:s)?|distint[oa]s?|divers[oaie]|diferent(?:s|e|es)?)\s+(?:d['’]\s*|de\s+|da\s+|dalla\s+|dallo\s+|de\s+la\s+|de\s+una\s+|de\s+uma\s+|de\s+um\s+|dalle\s+|de\s+las\s+|des\s+)(?:une?\s+|una?\s+|la\s+|el\s+|a\s+|o\s+)?(?:(?:psycho)?thérapies?|(?:psico)?terapi(?:as|e)|(?:psico)?terapia|(?:psico)?teràpia|traitement|tratamiento|tratamento|trattamento|tractament|percorso\s+con\s+(?:lo|uno|il)\s+psicolog[oa]|suivi\s+(?:avec\s+un\s+)?psycholog\p{L}*)(?!\s+(?:individuel\p{L}*|individua\p{L}*|de\s+grupo|en\s+grupo|di\s+gruppo|de\s+groupe|em\s+grupo))`,
  ]),
  // Said to be free or what it costs: "kostenlos", "Teilnahme ist frei", "gratuit", "entrée libre", "gratis", "sin costo", "kosteloos",
  // "avgiftsfri", "gratuito"; or a price.
  'support-free': words([
    String.raw`kostenlos|kostenfrei|gebührenfrei|unentgeltlich|ohne\s+kosten|keine\s+kosten|${AT_THE_EXPENSE}kosten|teilnahmegebühr`,
    String.raw`gratuite?s?|sans\s+frais|entrée\s+libre|participation\s+libre|tarifs?|${AT_THE_EXPENSE}prix|coût`,
    // (Catalan: "gratuït", "de manera gratuïta", "sense cost", "preu".)
    String.raw`gratu[iï]t(?:a|s|es)?|sense\s+(?:cap\s+)?cost|preus?`,
    String.raw`gratis|gratuit[oa]s?|sin\s+(?:costo|coste|cargo)|sem\s+custo|senza\s+costi|costo|coste|custo|precio|preço|prezzo`,
    String.raw`kosteloos|kosteloze|geen\s+kosten|${AT_THE_EXPENSE}kosten|eigen\s+bijdrage|vrije\s+toegang`,
    String.raw`kostnadsfri(?:tt)?|avgiftsfri(?:tt)?|ingen\s+avgift|avgift|kostnad|egenavgift|uden\s+beregning|ingen\s+egenbetaling|egenbetaling|pris`,
    String.raw`\d+(?:[.,]\d\d)?\s?(?:€|euro|eur|kr|sek|dkk|nok|chf)|€\s?\d+`,
    // What attending costs, said with the verb: "kostet nichts", "ne coûte rien", "no cuesta nada", "kost niets", "det kostar ingenting",
    // "koster ikke noget", "non costa nulla".
    // Or with "pay": "wer teilnimmt, zahlt nichts", "on ne paie rien", "nadie paga honorarios ni cuotas", "não se paga nada", "je betaalt
    // niets", "man betalar ingenting", "du skal ikke betale", "non si paga nulla".
    String.raw`(?:zahl(?:t|en|st)|bezahl(?:t|en|st))\s+(?:man\s+|sie\s+|ihr\s+|du\s+)?(?:nichts|keinen\s+cent)|ne\s+pa(?:ie|ient|yez|yons)\s+rien|rien\s+à\s+payer|(?:no|nadie|nunca)\s+(?:se\s+)?paga[n]?\s+(?:nada|honorarios|cuotas?)|no\s+(?:hay|tiene[ns]?)\s+que\s+pagar|sin\s+pagar|não\s+(?:se\s+)?paga[m]?\s+(?:nada|mensalidades?|taxas?)|sem\s+pagar|betaal(?:t)?\s+(?:je\s+|u\s+)?niets|niets\s+(?:te\s+)?betalen|betala[r]?\s+(?:ingenting|inget|inte\s+något)|inte\s+betala|betale[r]?\s+(?:ikke\s+noget|ingenting|ikke\s+noe)|ikke\s+betale|non\s+si\s+paga\s+(?:nulla|niente)|senza\s+pagare`,
    // (Finnish: "maksuton", "maksuttomia", "ilmainen", "ei maksa mitään", "osallistumismaksu".)
    String.raw`maksut(?:on|tom)\p{L}*|ilmai(?:nen|sia|sta|set|seksi)|ei\s+maksa|osallistumismaksu\p{L}*`,
    // (Free entry or no dues, said as notices say it: "Der Eintritt ist frei", "Eintritt frei", "eintrittsfrei", "pas de cotisation",
    // "aucune cotisation", "sans cotisation"; and the plural of the Scandinavian words, "grupperna är avgiftsfria", "kostnadsfria",
    // "vederlagsfri".)
    String.raw`(?:der\s+)?eintritt\s+(?:ist\s+)?(?:frei|kostenlos)|eintrittsfrei|(?:aucune|pas\s+de|sans)\s+cotisations?|(?:avgifts|kostnads)fria|vederlagsfri(?:t|e)?`,
    String.raw`(?:kostet|kosten|coûte|coûtent|cuesta|cuestan|custa|custam|kost|kostar|koster|costa|costano)\s+(?:(?:dich|sie|euch|vous|te|nos|je|dig|deg|ti|vi)\s+)?(?:nichts|rien|nada|niets|ingenting|inget|inte\s+något|inte\s+några\s+pengar|intet|ikke\s+noget|ikke\s+noe|ingen\s+ting|nulla|niente)`,
    // (Polish, Czech and Slovak: "bezpłatne", "nieodpłatnie", "zdarma", "bezplatná", "zadarmo", a fee or a price, "opłata", "poplatek", "cena: 40 zł"; "cena" bare is
    // also Spanish and Italian dinner, so only before a figure, a colon or "za", "wynosi", "je".)
    String.raw`bezpłatn\p{L}*|nieodpłatn\p{L}*|darmow\p{L}*|za\s+darmo|odpłatn\p{L}*|opłat(?:a|y|ę)|koszt(?:y|em|uje)?|zdarma|zadarmo|bezplatn\p{L}*|poplat(?:ek|ky|ku|ok)|cen(?:a(?=\s*[:\d]|\s+(?:za|wynosi|jest|je|činí)\s)|ník)`,
    // (Icelandic, Turkish, Estonian, Hungarian, Greek: "ókeypis", "að kostnaðarlausu", "ücretsiz", "tasuta", "ingyenes", "δωρεάν".)
    String.raw`ókeypis|að\s+kostnaðarlausu|gjaldfrjáls\p{L}*|þátttökugjald|ücretsiz\p{L}*|ücret\p{L}*|tasuta|osalustasu|ingyenes\p{L}*|térítésmentes\p{L}*|díjmentes\p{L}*|részvételi\s+díj|δωρε[αά]ν|χωρ[ιί]ς\s+(?:καμ[ιί]α\s+)?χρ[εέ]ωση|κ[οό]στος`,
    // (Croatian, Serbian and Slovenian: "besplatno", "besplatna", "brezplačno", "bez naknade", "udeležba je brezplačna", a fee, "cijena",
    // "naknada".)
    String.raw`besplatn\p{L}*|brezplačn\p{L}*|bez\s+naknade|cijen(?:a|e|u)|naknad(?:a|e|u)`,
    // (Latvian and Lithuanian: "bezmaksas", "bez maksas", "dalības maksa", "nemokamai", "nemokamas", "kaina", "dalyvio mokestis".)
    String.raw`bezmaksas|bez\s+maksas|maksa|nemokam\p{L}*|kain(?:a|os)|mokest\p{L}*`,
    // (Romanian: "gratuit", "participarea este gratuită", "fără cost", "taxă de participare", a price in lei.)
    String.raw`gratuit(?:[ăa]|e|i)?|f[ăa]r[ăa]\s+(?:niciun\s+|nicio\s+)?(?:cost|tax[ăa]|plat[ăa])|tax[ăa]\s+de\s+participare|\d+\s?(?:lei|ron)`,
    // (Hungarian free of charge, "díjtalan", "ingyen".)
    String.raw`díjtalan\p{L}*|ingyen`,
    // (Russian, Ukrainian and Bulgarian: "бесплатно", "участие бесплатное", "безкоштовно", "безоплатно", "безплатно", "без оплаты", a price,
    // "стоимость", "вартість", "цена", "ціна", "такса", an amount in roubles, hryvnias or leva.)
    CYRILLIC_COST,
    // (Hebrew: "ללא עלות", "ללא תשלום", "בחינם", "ההשתתפות חינם", "עלות", "מחיר", an amount in shekels.)
    String.raw`(?:ללא|בלי)\s+(?:כל\s+)?(?:עלות|תשלום)|${HE_P}חינם|(?:ו?[הבל])?עלות|${HE_P}מחיר|${SHEKELS}`,
    // (A fellowship kept by its members' voluntary contributions, as "self-supporting" and "voluntary contributions" in English: Polish
    // "dobrowolne datki członków", "z dobrowolnych składek uczestników", "na pokrycie kosztów", "nie ma składek ani opłat"; "samowystarczalna",
    // "soběstačná" next to a group or fellowship, "grupa AA jest samowystarczalna"; Czech and Slovak "dobrovolné příspěvky členů", "dobrovoľné
    // príspevky"; Croatian, Serbian and Slovenian "dobrovoljni prilozi", "prostovoljni prispevki". Not a gift for anything else, "dobrowolne
    // datki na remont hospicjum", "dobrovolně darovat krev", nor self-sufficiency of other kinds, "soběstačnost seniorů".)
    String.raw`(?:dobrowoln\p{L}*\s+(?:datk|datek|składk|składek|ofiar|wpłat)|dobrovoln\p{L}*\s+(?:příspěv|dar)|dobrovoľn\p{L}*\s+(?:príspev|dar)|dobrovoljn\p{L}*\s+(?:prilo|donacij)|prostovoljn\p{L}*\s+(?:prispev|donacij))\p{L}*(?:(?=[^.;!?\n]{0,60}?${B}(?:członk|uczestnik|pokryci|spotka|mityng|člen|účastník|účastník|pokrytí|setkání|stretnut|članov|člani|sudionik|udeleženc|sastan|srečanj)\p{L}*)|(?<=${B}(?:członk|uczestnik|člen|účastník|članov|člani|sudionik|udeleženc)\p{L}*[^.;!?\n]{0,60}?\p{L}+))|(?:samowystarczaln|soběstačn|sebestačn)\p{L}*(?:(?<=${B}(?:skupin|grup|wspólnot|společenstv|spoločenstv|aa)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?\p{L}+)|(?=\s+(?:[\p{L}-]+\s+){0,1}?(?:(?:skupin|grup|wspólnot|společenstv|spoločenstv)\p{L}*|aa)${E}))|składek\s+ani\s+opłat`,
  ]),
  // Said to be group therapy.
  'therapy-statement': THERAPY_STATEMENT_OTHER,
  // A leader's profession or qualification: "Psychotherapeutin", "psychologue", "psicólogo", "GZ-psycholoog", "leg. psykolog".
  'therapy-leader': words([
    String.raw`(?:diplom-?)?psycholog(?:e|in|en|innen)|(?:psycho)?therapeut(?:in|en|innen)?|psychiater(?:in)?|approbiert(?:e|en)?`,
    // (A German psychologist's degree before her name: "Dipl.-Psych. Anna Muster", "M.Sc. Psych.")
    String.raw`dipl\.?-?\s?psych\.?|m\.?\s?sc\.?\s+psych\.?`,
    String.raw`psychologues?|(?:psycho)?thérapeutes?|psychiatres?`,
    String.raw`psic[oó]log[oa]s?|psicologi|psicologhe|(?:psico)?terapeutas?|(?:psico)?terapeuti|psiquiatras?|psichiatri?`,
    // A degree in psychology as Latin America writes it: "Lic. en Psicología", "licenciada en psicología".
    String.raw`lic(?:enciad[oa])?\.?\s+en\s+psicolog[ií]a`,
    String.raw`(?:gz-)?psycholo(?:og|gen)|psychotherapeut(?:en)?|psychiaters?`,
    String.raw`(?:leg\.\s*)?psykolog(?:er|en)?|psykoterapeut(?:er|en)?|psykiater|behandlare|terapeut(?:er|en)?|autoriseret\s+psykolog`,
    // A therapist named by the therapy she gives, joined on as German and the Nordic languages write it: "Gruppentherapeutin",
    // "Verhaltenstherapeut", "Kinder- und Jugendlichenpsychotherapeutin", "gruppeterapeuter", "gruppterapeut", "groepstherapeut".
    String.raw`(?:gruppen|verhaltens|familien|kinder|jugendlichen|kinder-\s+und\s+jugendlichen|tiefenpsychologisch\p{L}*|systemisch\p{L}*|gestalt|trauma|körper)-?(?:psycho)?therapeut(?:in|en|innen)?`,
    String.raw`(?:gruppe|grupp|familie|familje|kognitiv|kognitive|traume|trauma|børne|barne|barn)-?(?:psyko)?terapeut(?:er|en|erne|ene|erna)?|groeps(?:psycho)?therapeut(?:en)?`,
    // (Finnish, in any case, but not the adjective: "psykologi", "psykoterapeutti", "terapeutin", "ryhmäterapeuttina", "psykiatri"; not
    // "psykologinen", "terapeuttinen".)
    // (Only Finnish's own endings: "terapeuti", "terapeutico" are Italian; "psykologi", "psykiatri" bare, "psykologien", are the Nordic
    // disciplines.)
    String.raw`(?:psyko|ryhmä|ryhmäpsyko|perhe|trauma)?terapeut(?:ti(?:a|na|in|en)?|t(?:eja|eina)|i(?:n|t|lle|lta|sta|ksi)|e(?:ille|ilta|ista|iden|ina))|(?:laillistet(?:tu|un)\s+)psyko(?:logi|terapeutti)|psykologi(?:n|a|lla|lle|lta|t|ksi|na|ja|eja|na)|psykiatri(?:a|lla|lle|lta|ksi|na)|ryhmäanalyytik(?:ko|on|koja|koina|kona)`,
    // (A specialist psychologist or a senior physician, as the Nordic services title them: "psykologspesialist", "specialistpsykolog",
    // "specialpsykolog", "overlege", "overlæge", "överläkare".)
    String.raw`psykolog(?:spesialist|specialist)(?:er|en|ene|erne)?|speciali?s?t?psykolog(?:er|en|erne|erna)?|overlege(?:r|n|ne)?|overlæge(?:r|n|rne)?|överläkare(?:n|na)?`,
    // (Polish, Czech and Slovak: "psychoterapeuta", "certyfikowany psychoterapeuta", "psycholog", "psychoterapeutka", "terapeut".)
    // (The person, not the adjective: "psychoterapeutyczne", "psychoterapeutické", "psychologiczny", "psychologické" name no leader, nor does
    // the field, "psychologie", "psychologii".)
    String.raw`psychoterapeu(?!t(?:ick|yczn|ičn))\p{L}*|psycholo(?:g|ż|ž)(?!i(?:ck|czn|[aiąęe](?!m)))\p{L}*|psychológ(?!i(?:ck|[ae]))\p{L}*|terapeut(?:a|ka|ki|ów|i|ky|ek|om)?`,
    // (Turkish, Hungarian, Estonian, Icelandic: "psikoterapist", "uzman psikolog", "ruh sağlığı uzmanları", "pszichológus",
    // "psühholoog", "sálfræðingur"; not the adjective or the science, "psikolojik", "psikoloji". Greek: below.)
    String.raw`(?:psiko)?terapist\p{L}*|psikolog(?!j)\p{L}*|ruh\s+sa[gğ]l[iı][gğ][iı]\s+uzman\p{L}*|pszichológus\p{L}*|pszichoterapeut\p{L}*|pszichiáter\p{L}*|psühholoog\p{L}*|psühhoterapeut\p{L}*|psühhiaater\p{L}*|sálfræðing\p{L}*`,
    // (Latvian and Lithuanian: "psihoterapeite", "psihologs", "klīniskā psiholoģe", "psihiatrs", "psichoterapeutas", "psichologė", "psichiatras";
    // not the science or the adjective, "psiholoģija", "psichologinė".)
    String.raw`psihoterapeit\p{L}*|(?:mākslas\s+)?terapeit(?:s|e|a|i|u|es|am)|psiholog(?:s|a|u|i|am|iem)|psiholoģ(?:e|es|ei)|psihiatr(?:s|a|e|i|u|es)|psichoterapeut(?:as|ė|ai|ės|o|ę)|psicholog(?:as|ė|ai|ės|o|ę)|psichiatr(?:as|ė|ai|ės|o)`,
    // (Greek: "ψυχολόγος", "ψυχοθεραπευτής", "ψυχίατρος"; not the adjective, "ψυχολογική".)
    String.raw`ψυχολ[οό]γ(?:ος|οι|ου|ων|ο)|ψυχοθεραπευτ(?:[ηή]ς|[εέ]ς|[ηή]|[ωώ]ν)|ψυχ[ιί]ατρ(?:ος|οι|ου|ων|ο)`,
    // (Romanian: "psiholog", "psihologul clinician", "psihoterapeut", "psihoterapeuți", "psihiatru"; not the science or the
    // adjective, "psihologie", "psihoterapeutic".)
    String.raw`psiholog(?:ul|ului|i|ii|ilor|[ăa]|a|e)?|psihoterapeu(?:t|tul|tului|[țţt]i|[țţt]ii|t[ăa]|ta|tei)|psihiatr(?:u|ul|ului|i|ii)`,
    // (Croatian, Serbian and Slovenian: "psihoterapeutkinja", "psihologinja", "psihijatar", "psihoterapevtka", "psihiater"; not the
    // adjective, "psihoterapevtski".)
    String.raw`psihoterapeut(?:a|u|om|e|kinj[aeu]|ica|ice)|psihoterapevt(?!sk)\p{L}*|psiholog(?:om|inj[aeu])|psihijat(?:ar|r(?:a|u|om|i|ica|ice))|psihiater(?:ka|ki|ja|ju)?`,
    // (Psychiatrists, women's titles and specialists in the thirteen languages: "psychiatra", "psychiatr", "psychiatrička", "psihijatar",
    // "psihologinja", "psihoterapeutkinja", "psihoterapevt", "psihiater", "geðlæknir", "sálmeðferðarfræðingur", "szakpszichológus",
    // "psikiyatrist", "psikiyatri uzmanı", "ψυχοθεραπεύτρια"; not the field or the adjective, "psychiatria", "psihiatrični".)
    String.raw`psychiatr(?:a|y|ą|ę|zy|ów|em|ka|ičk[ayou]|ick[ayáé](?=\s+sestr))?|psychiater|psihijat(?:ar|ra|ri|rica|rice|ru|rom)|psiholog(?:inja|inje|inju|inji)|psihoterapeut(?:kinja|kinje|kinju|om|e|u)`,
    String.raw`psihoterapevt(?:ka|ke|ki|ko|a|i|u|om|ov)?|psihiat(?:er|ra|ri|rinja|rom)|geðlækni\p{L}*|sálmeðferðarfræðing\p{L}*|(?:klinikai\s+)?szakpszichológus\p{L}*|psikiyatrist\p{L}*|psikiyatri\s+uzman\p{L}*|(?:ψυχο)?θεραπε[υύ]τρι(?:α|ες|ας)|θεραπευτ(?:[ηή]ς|[εέ]ς)`,
    // (Russian, Ukrainian and Bulgarian, in any case: "психолог", "психологом", "психолози", "психотерапевт", "психотерапевтка", "психиатр",
    // "психіатр"; not the field or the adjective, "психология", "психологическая", "психотерапевтична".)
    String.raw`психолог(?:а|у|ом|и|ов|ів|ам|ами|ах|иня|ині|иню|ът)?|психолози(?:те)?|(?:психо)?терапевт(?:а|у|ом|ы|и|ов|ів|ам|ами|ах|ка|ки|ку|ът|ите)?|псих[иі]атр(?:а|у|ом|ы|и|ов|ів|ът|ите)?`,
    // (Hebrew: "פסיכולוג", "פסיכולוגית קלינית", "עובדת סוציאלית", "עו"ס", "פסיכותרפיסט", "פסיכיאטר", "מטפלת מוסמכת", "המטפל בקבוצה",
    // "בהנחיית מטפלת", "מטפלת באמנות", "מנחה מוסמך"; not the adjective "פסיכולוגי", psychological, nor "מטפל" alone, which is also
    // one who cares for a parent or minds children.)
    String.raw`${HE_P}פסיכולוג(?:ית|ים|יות)?(?:\s+(?:קליני(?:ת|ים)?|חינוכי(?:ת)?|מומח(?:ה|ית)))?|${HE_P}עו(?:בד|בדת|בדים|בדות)\s+סוציאלי(?:ת|ים|ות)?|${HE_P}עו"ס|${HE_P}עו״ס|${HE_P}(?:פסיכו)?תרפיסט(?:ית|ים|יות)?|${HE_P}פסיכיאטר(?:ית|ים|יות)?|${HE_P}מטפל(?:ת|ים|ות)?\s+(?:(?:מוסמכ|מוסמך)\p{L}*|ב(?:ה)?קבוצ(?:ה|ות)|(?:ה)?מנח(?:ה|ת|ים|ות)|(?:ב)?(?:אמנות|תנועה|מוזיקה|דרמה|פסיכודרמה)|(?:ה)?(?:משפחתי|זוגי|רגשי|קוגניטיבי)(?:ת|ים|ות)?)|(?:בהנחיית|${HE_P}מנח(?:ה|ת|ים|ות)|ינחה|תנחה|ינחו)\s+(?:[\p{L}-]+\s+){0,2}?${HE_P}מטפל(?:ת|ים|ות)?|${HE_P}מנח(?:ה|ת|ים|ות)\s+(?:מוסמכ|מוסמך)\p{L}*`,
    // (Russian, Ukrainian and Bulgarian: the leader's training said in words, "сертифицированный гештальт-терапевт", "дипломированный
    // специалист", "ліцензований", "сертифициран"; the one who leads the group named with a clinician's training, "ведущая группы —
    // клинический психолог" is read by the title already.)
    // (Only said of a person, "сертифицированный психолог", "психолог, сертифицированный …"; not "лицензированное программное обеспечение".)
    String.raw`(?:сертифицирован|дипломирован|лицензирован|сертифікован|дипломован|ліцензован|сертифициран|дипломиран|лицензиран)\p{L}*(?=\s+(?:[\p{L}-]+\s+){0,2}?(?:\p{L}+-)?${CYRILLIC_LEADER_PERSON})|(?<=${CYRILLIC_LEADER_PERSON}[,\s]+(?:[\p{L}-]+\s+){0,2}?)(?:сертифицирован|дипломирован|лицензирован|сертифікован|дипломован|ліцензован|сертифициран|дипломиран|лицензиран)\p{L}*`,
  ]),
  // What it costs, or who pays: "Kosten", "Krankenkasse", "remboursé", "mutuelle", "seguro", "zorgverzekering", "frikort".
  // (Insurance as Spanish and Portuguese say it, "el seguro", "seguro de saúde", "convênio"; not "seguro" for safe, "un espacio seguro".)
  'therapy-fee': words([
    String.raw`kosten(?:übernahme)?|krankenkassen?|(?:private\s+|gesetzliche\s+)?krankenversicherung(?:en)?|honorar|selbstzahler|kostenlos|kostenfrei|gebühr(?:en)?`,
    String.raw`tarifs?|prix|coût|rembours(?:é|ée|és|ement)|mutuelles?|sécurité\s+sociale|gratuite?s?|honoraires`,
    // (Not a cost-benefit said of the method: "custo-benefício", "coste-beneficio", "costo-beneficio".)
    String.raw`precios?|(?:costos?|coste|custo)(?![-\s]+benef)|tarifas?|honorarios|(?:(?:el|los|su|sus|tu|del|al|por\s+el|o|os|do|pelo|seu|seus|teu)\s+)seguros?|seguros?\s+(?:de\s+)?(?:salud|saúde|médicos?|privados?)|a?seguradoras?|obras?\s+sociales?|conv[eê]nios?|gratuit[oa]s?|gratis|preço|plano\s+de\s+saúde`,
    String.raw`prezz[oi]|cost[oi](?![-\s]+benef)|costa${AN_AMOUNT}|costano|tariff[ae]|ticket|gratuit[oa]|onorari[oi]`,
    // (The verb: "kostet", "coûte", "cuesta", "custa", "kost", "kostar", "koster": what a session or a month costs. Dutch "kost" and
    // Italian "costa" with the amount after them, "kost 180,-", "costa 40": alone they are a diet, "kost och motion", and a coast.)
    String.raw`kostet|coûtent?|cuestan?|custam?|kost${AN_AMOUNT}|kostar|koster`,
    String.raw`kosten|vergoed(?:ing|t)|eigen\s+risico|(?:zorg)?verzekera(?:ar|ars)|zorgverzekering|tarie(?:f|ven)|gratis`,
    String.raw`pris(?:er)?|avgift(?:er)?|kostnad(?:er)?|egenavgift|frikort|egenbetaling|tilskud|gratis|kostnadsfri`,
    // (Finnish: "hinta", "maksu", "euroa", "Kelan korvaus", "kuntoutustuki", "omavastuu", "maksuton"; not "korvaa", to replace.)
    String.raw`hin(?:ta|nat|nan|taan|noista)|\p{L}*maksu\p{L}*|maksaa|euroa|kela(?::n|n|lta|n\s+\p{L}+)?|korvau\p{L}*|korvattav\p{L}*|kuntoutustu\p{L}*|omavastuu\p{L}*|ilmai(?:nen|sia|sta|set|seksi)`,
    String.raw`\d+(?:[.,]\d\d)?\s?(?:€|euro|eur|kr|sek|dkk|nok|chf)|€\s?\d+`,
    String.raw`cen(?:a(?=\s*[:\d]|\s+(?:za|wynosi|jest|je|činí)\s)|y|ę|ník|nik)|koszt(?:y|em|uje)?|opłat(?:a|y|ę)|płatn\p{L}*|poplat(?:ek|ky|ku|ok)|\d+\s?(?:zł|pln|kč|czk)`,
    String.raw`cijen(?:a|e|u)|naknad(?:a|e|u)|\d+\s?(?:kn|din|rsd)(?![\p{L}])`,
    // (Latvian and Lithuanian: "maksa", "samaksa", "apmaksā valsts", "eiro", "kaina", "mokestis", "apmoka ligonių kasos", "eurų".)
    String.raw`maksa|samaks\p{L}*|apmaksā\p{L}*|bezmaksas|eiro|kain(?:a|os|uoja)|mokest\p{L}*|apmok\p{L}*|ligonių\s+kas\p{L}*|eurų|nemokam\p{L}*`,
    // (Greek and Romanian: "κόστος", "αμοιβή", "preț", "tarif", "costul", "decontat prin casa de asigurări", a price in lei.)
    String.raw`κ[οό]στος|αμοιβ[ηή]|pre[țţt](?:ul|uri)?|tarif(?:ul|e|ele)?|cost(?:ul|uri|urile)?|decont\p{L}*|\d+\s?(?:lei|ron)`,
    // (Free, or who pays, in the thirteen languages: "bezpłatnie", "refundowane przez NFZ", "zdarma", "hradí pojišťovna", "zdravotná
    // poisťovňa", "besplatno", "HZZO", "brezplačno", "ZZZS", "ókeypis", "gjald", "tasuta", "haigekassa", "hind", "ingyenes", "díj",
    // "ücret", "ücretsiz", "SGK", "δωρεάν", "χρέωση"; a price in their currencies, "30 eura", "5000 Ft", "500 TL", "20 ευρώ".)
    String.raw`bezpłatn\p{L}*|nieodpłatn\p{L}*|nfz|refund\p{L}*|zdarma|zadarmo|bezplatn\p{L}*|(?:zdravotn\p{L}*\s+)?poji[sš][tť]ovn\p{L}*|(?:zdravotn\p{L}*\s+)?pois[tť]ov[nň]\p{L}*|besplatn\p{L}*|brezplačn\p{L}*|hzzo|zzzs|plačil\p{L}*`,
    String.raw`ókeypis|\p{L}*gjald(?:i|ið|s)?|sjúkratrygging\p{L}*|tasu(?:ta|line|lised|ga)?|haigekass\p{L}*|hin(?:d|na|naga)|ingyen\p{L}*|térítés\p{L}*|\p{L}*díj(?:a|at|ak|mentes\p{L}*|talan\p{L}*)?|finanszíroz\p{L}*|neak|ücret\p{L}*|fiyat\p{L}*|sgk|δωρε[αά]ν|χρ[εέ]ωσ\p{L}*`,
    String.raw`\d+(?:[.,]\d\d)?\s?(?:eura|evra|evrov|eurot?|dinara|kr[oó]n(?:a|ur)?|ft|forint\p{L}*|huf|tl|lira|₺|ευρώ)(?![\p{L}])|₺\s?\d+`,
    // (Russian, Ukrainian and Bulgarian: "стоимость", "оплата", "бесплатно", "вартість", "безкоштовно", "цена", "такса", a price in roubles,
    // hryvnias or leva.)
    String.raw`${CYRILLIC_COST}|оплат(?:а|ы|у|и)|заплащане`,
    // (Hebrew: "עלות", "מחיר", "תשלום", "₪", "ש"ח", "שקלים", what the health fund or insurance repays, "קופת חולים", "החזר".)
    String.raw`(?:ו?[הבל])?עלות|${HE_P}(?:מחיר|תשלום)|${SHEKELS}|${HE_P}קופ(?:ת|ות)\s+(?:ה)?חולים|${HE_P}החזר(?:ים)?|${HE_P}ביטוח(?:\s+(?:ה)?משלים)?`,
  ]),
  // How long it runs: "12 Sitzungen", "10 séances", "8 sesiones", "6 bijeenkomsten", "10 träffar", "12 gange", "fortlaufend".
  'therapy-timeframe': words([
    // (Or a range, "4 bis 14 Doppelsitzungen", "de 8 à 12 séances", "entre 6 y 10 sesiones", "6-10 sessies".)
    String.raw`${COUNT_OTHER}(?:\s*[-–]\s*${COUNT_OTHER}|\s+(?:bis|à|a|al|tot|till|til|e|y|og|och)\s+${COUNT_OTHER})?\s+(?:[\p{L}-]+\s+)?(?:\p{L}*sitzungen|termine|wochen|monate|abende|treffen|doppelstunden|séances|semaines|mois|rencontres|sesiones|semanas|meses|encuentros|sessões|encontros|sedute|incontri|settimane|mesi|sessies|bijeenkomsten|weken|maanden|keer|sessioner|träffar|veckor|månader|gånger|gange|uger|måneder|ganger|uker|møder|møter|\p{L}*kertaa|istuntoa|tapaamista|käyntiä|viikkoa|kuukautta|vuotta|viikon\s+ajan|kuukauden\s+ajan|vuoden\s+ajan)`,
    String.raw`fortlaufend|laufend|en\s+continu|cont[ií]nu[oa]|doorlopend|löpande|løbende|løpende`,
    // (Finnish: an ongoing, open or slow-open group that fills up as members leave, "jatkuva ryhmä", "avoin ryhmä", "täydentyvä ryhmä",
    // "puoliavoin"; or running until further notice, "toistaiseksi".)
    // (Not the adverbs, "avoimesti", "jatkuvasti": said openly or all the time in a group.)
    String.raw`(?:(?:puoli|hitaasti\s+)?avoi(?:n|met|messa|meen|men|mia|nta|missa|miin|meksi)|jatkuv(?!asti)\p{L}*|täydentyv\p{L}*)\s+(?:psyko)?(?:terapia)?ryhm\p{L}*(?!\s+kaikille${E})|toistaiseksi\s+jatkuv\p{L}*`,
    // (An open or slow-open group, one that runs on as members leave and join: "offene Gruppen", "åpen gruppe", "slow open gruppe",
    // "groupe ouvert", "grupo abierto", "gruppi aperti", "open groep".)
    // (Not open in its topic, nor open to everyone: "thematisch offene Gruppen", "grupos abiertos en su temática", "offene Gruppe für alle",
    // "avoin ryhmä kaikille".)
    String.raw`(?<!(?:themati\p{L}*|inhaltlich|tematisk\p{L}*|temati\p{L}*)\s+)(?:langsam\s+|langsomt?\s+|halv|slow[-\s]?)?(?:offene[nr]?\s+gruppen?|åpne?\s+gruppe(?:r|n|ne)?|åbne?\s+gruppe(?:r|n|rne)?|öppna?\s+grupp(?:er|en|erna)?|groupes?\s+ouverts?|grupos?\s+abiertos?|grupos?\s+abertos?|grupp[oi]\s+apert[oi]|open\s+groep(?:en)?)(?!\s+(?:en\s+su\s+temática|(?:a|para)\s+tod[oa]s|für\s+alle|à\s+tou(?:s|tes)|for\s+alle|för\s+alla|a\s+tutti|voor\s+(?:iedereen|alle))${E})|slow[-\s]open`,
    // (A length at most, in months or years: "maks 1,5 år", "bis zu zwei Jahre", "hasta 18 meses", "fino a un anno", "up to".)
    // (Not an age, after an age word or before one: "für Kinder bis zu 12 Jahren", "Kinder von 6 bis zu 12 Jahren", "para jóvenes hasta
    // 18 años", "fino a 12 anni di età".)
    String.raw`(?<!${B}${AGE_WORD_OTHER}\s+(?:(?:von|ab|de|da|dai|dès|desde|fra|från|van|vanaf|\d+)\s+){0,2})(?:maks(?:imalt|imum)?|inntil|opptil|op\s+til|upp\s+till|højst|högst|bis\s+zu|höchstens|maximal|hasta|até|fino\s+a|jusqu['’]à|tot)\s+(?:\d+(?:[.,]\d+)?|${COUNT_OTHER}|ein(?:em|en)?|un|uno|una|um|uma|ett|et|en|één)\s+(?:år|års|jahre?n?|años?|anos?|anni|anno|ans?|jaar|månede?r?|måneder|månader|monate?n?|meses|mesi|mois|maanden|uger|uker|veckor|wochen|semanas|settimane|semaines|weken)(?!\s+(?:alt|de\s+edad|de\s+idade|di\s+età|d['’]âge|gamle?|gammel|gamla|oud)${E})`,
    // (Open-ended, said as having no set length or end: "ohne festes Ende", "sans durée déterminée", "sin duración definida", "não tem
    // duração definida", "senza una durata prestabilita", "zonder vaste einddatum", "utan fast slutdatum", "uden fast slutdato".)
    String.raw`(?:ohne|kein(?:e|en)?)\s+(?:fest(?:e|es|en)?\s+|vorab\s+festgelegt(?:e|es|en)?\s+)?(?:ende|enddatum|zeitbegrenzung|befristung)|unbefristet`,
    String.raw`(?:sans|pas\s+de)\s+(?:durée|date\s+de\s+fin)\s+(?:déterminée|définie|fixée|limitée|fixe)|(?:d['’]une\s+)?durée\s+indéterminée`,
    String.raw`(?:sin|no\s+tiene(?:\s+una)?|sem|não\s+tem(?:\s+uma)?)\s+(?:duraci[oó]n|duração|fecha\s+de\s+(?:fin|término)|data\s+de\s+(?:fim|término))\s+(?:definida|determinada|fija|fixa|prefijada|pré-definida|predefinida|limitada)|(?:por\s+)?tiempo\s+indefinido|(?:por\s+)?tempo\s+indeterminado`,
    String.raw`senza\s+(?:una\s+)?(?:durata|scadenza|data\s+di\s+fine)\s+(?:prestabilita|predefinita|fissa|definita)|a\s+tempo\s+indeterminato`,
    String.raw`zonder\s+(?:vaste\s+)?(?:einddatum|einde|eindtermijn)|(?:utan|uden|uten)\s+(?:fast\s+|bestemt\s+)?(?:slutdatum|slutdato|tidsgräns|tidsgrænse|tidsbegrensning)`,
    String.raw`\d{1,2}\.?\s+(?:de\s+)?${MONTH_OTHER}`,
    // (Polish, Czech and Slovak: "12 spotkań", "przez 20 tygodni", "10 sezení", "6 měsíců", "15 stretnutí".)
    String.raw`\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+(?:spotkań|sesji|tygodni|miesięcy|sezení|setkání|týdnů|měsíců|stretnutí|týždňov|mesiacov)`,
    // (Latvian and Lithuanian: "10 nodarbības", "12 tikšanās", "8 nedēļas", "10 užsiėmimų", "12 susitikimų", "8 savaites", "6 mėnesius"; not
    // Latvian "mēneši", which has no run of three ASCII letters for the prefilter.)
    String.raw`\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+(?:nodarbīb\p{L}*|tikšanās|sesij\p{L}*|nedēļ\p{L}*|užsiėmim\p{L}*|susitikim\p{L}*|savai[tč]\p{L}*|mėnes\p{L}*)`,
    // (Croatian, Serbian and Slovenian: "12 susreta", "10 sastanaka", "12 tjedana", "8 nedelja", "6 mjeseci", "12 srečanj", "8 tednov",
    // "6 mesecev".)
    String.raw`\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+(?:susreta|sastanaka|seansi|tjedana|nedelja|sedmica|mjeseci|meseci|srečanj|tednov|mesecev)`,
    // (Greek and Romanian: "12 συναντήσεις", "8 εβδομάδες", "10 ședințe", "12 întâlniri", "6 luni".)
    String.raw`\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+(?:de\s+)?(?:συναντ[ηή]σεις|συνεδρ[ιί]ες|εβδομ[αά]δες|μ[ηή]νες|[șşs]edin[țţt]e|[îi]nt[âa]lniri|s[ăa]pt[ăa]m[âa]ni|luni)`,
    // (The thirteen languages' other counts and cases: "przez 3 miesiące", "dwanaście spotkań", "przez rok", "deset setkání", "3 měsíce",
    // "12 susreta", "8 tjedana", "6 mjeseci", "10 srečanj", "12 tednov", "8 vikur", "10 skipti", "10 kohtumist", "8 nädalat", "6 kuud",
    // "10 alkalom", "12 hetes", "6 hónap", "10 oturum", "12 seans", "8 hafta", "6 ay boyunca".)
    String.raw`(?:\d{1,3}|dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|dwanaście|piętnaście|dwadzieścia|dva|dvě|tři|čtyři|pět|šest|sedm|osm|devět|deset|dvanáct|patnáct|dvacet)(?:\s*[-–]\s*\d{1,3})?\s+(?:spotkań|spotkania|sesji|tygodni(?:e)?|miesięcy|miesiące|sezení|setkání|schůzek|týdnů|týdny|měsíců|měsíce|stretnutí|týždňov|týždne|mesiacov|mesiace)`,
    String.raw`od\s+${MONTH_OTHER}\s+do\s+${MONTH_OTHER}|przez\s+(?:(?:cały|pół|jeden)\s+)?rok|przez\s+(?:\d{1,2}|dwa|trzy|cztery|pięć|sześć)\s+(?:lata|lat|miesiące|miesięcy|tygodnie|tygodni)`,
    String.raw`\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+(?:susret(?:a|i)|seans(?:i|e|a)|sastan(?:aka|ka|ci)|tjed(?:ana|na|ni)|nedelja|sedmic(?:a|e)|mjesec(?:i|a)|mesec(?:i|a)|srečanj(?:a|e)?|tednov|tedne|tedna|mesecev|mesece)`,
    String.raw`\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+(?:vik(?:ur|na|u)|skipti|fund(?:ir|i|a)|tím(?:ar|a)|mánuð(?:i|ir|a))|\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+(?:kohtumis(?:t|e|ega)|kohtumine|nädala(?:t|s)?|kuu(?:d|ks|t)?|sessiooni(?:t)?|seanssi|korda)`,
    String.raw`\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+(?:alkal(?:om|omból|mas|mat|mal)|ülés(?:ből|es)?|hetes|hét(?:ig|en)?|hónap(?:os|ig)?)|\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+(?:oturum\p{L}*|seans\p{L}*|hafta(?:lık)?|aylık|ay(?=\s+(?:boyunca|süre\p{L}*|sürer|devam\p{L}*)${E}))|\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+mēneš\p{L}*`,
    // (An open group, which members join and leave as it runs on: "grupa otwarta", "otevřená skupina", "otvorená skupina", "otvorena
    // grupa", "odprta skupina", "opinn hópur", "avatud grupp", "atvērta grupa", "atvira grupė", "nyitott csoport", "grup deschis",
    // "açık grup", "ανοιχτή ομάδα"; not open to all, "otwarta dla wszystkich".)
    String.raw`(?:(?:otwart|otevřen|otvoren|odprt|atvērt|atvir|nyitott|açık|αν[οο]ι[χκ]τ)\p{L}*\s+(?:grup\p{L}*|skupin\p{L}*|csoport\p{L}*|ομ[αά]δ\p{L}*)|(?:grup\p{L}*|skupin\p{L}*)\s+(?:otwart|deschis)\p{L}*|opin\p{L}*\s+hóp\p{L}*|avatud\s+grup\p{L}*)(?!\s+(?:dla|pro|pre|za|fyrir|kõigile|visiem|visiems|mindenki|pentru|herkese|σε|για)${E})`,
    // (Russian, Ukrainian and Bulgarian counts, in figures or words: "6 встреч", "шесть занятий", "10 сессий", "8 недель", "3 месяца",
    // "12 зустрічей", "вісім тижнів", "10 срещи", "осем седмици".)
    String.raw`(?:\d{1,3}|два|две|дві|три|четыре|чотири|четири|пять|п['’ʼ]?ять|пет|шесть|шість|шест|семь|сім|седем|восемь|вісім|осем|девять|дев['’ʼ]?ять|девет|десять|десет|двенадцать|дванадцять|дванадесет)(?:\s*[-–]\s*\d{1,3})?\s+(?:встреч\p{L}*|заняти\p{L}*|занят\p{L}*|сесси\p{L}*|сеанс\p{L}*|недел(?:и|ь|ю)|месяц\p{L}*|зустріч\p{L}*|сесі\p{L}*|тижн\p{L}*|тиждень|місяц\p{L}*|місяці|срещи|сесии|седмици|месеца)`,
    // (Hebrew: "12 מפגשים", "10 שבועות", "שלושה חודשים", "שנים עשר מפגשים", "קבוצה פתוחה" and "מתמשכת", ongoing.)
    String.raw`\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+(?:מפגשים|פגישות|שבועות|חודשים)|(?:שמונה|עשרה|שנים[-\s]עשר|שתים[-\s]עשרה|שישה|שלושה|ארבעה|עשרים)\s+(?:מפגשים|שבועות|חודשים)|${HE_GROUP}\s+(?:ה)?(?:פתוחה|מתמשכת)`,
  ]),
  // Confidentiality: "Schweigepflicht", "vertraulich", "confidentialité", "secreto profesional", "vertrouwelijk", "tystnadsplikt".
  'therapy-confidentiality': words([
    String.raw`schweigepflicht|vertraulich(?:keit|e[nsr]?)?|verschwiegenheit`,
    String.raw`confidentiel(?:le)?s?|confidentialité|secret\s+professionnel`,
    String.raw`confidencial(?:es|idad)?|secreto\s+profesional|confidencialidade|sigilo|riservatezza|riservat[oaie]|segreto\s+professionale`,
    String.raw`vertrouwelijk(?:heid)?|geheimhouding(?:splicht)?|beroepsgeheim`,
    String.raw`sekretess(?:en)?|tystnadsplikt(?:en)?|konfidentiel(?:t|le)?|fortrolig(?:hed)?(?:en)?|tavshedspligt(?:en)?|taushetsplikt(?:en)?|fortrolighet(?:en)?`,
    // (Finnish: "vaitiolovelvollisuus", "luottamuksellinen", "salassapito"; not "luottamus" alone, trust.)
    String.raw`vaitiolo\p{L}*|luottamuksellis\p{L}*|salassapi\p{L}*|salassa\s+pid\p{L}*`,
    String.raw`poufn\p{L}*|tajemnic\p{L}*|důvěrn\p{L}*|mlčenlivost\p{L}*|dôvern\p{L}*|mlčanliv\p{L}*`,
    // (Latvian and Lithuanian: "konfidencialitāte", "konfidenciāli", "konfidencialumas", "konfidencialus".)
    String.raw`konfidencialitāt\p{L}*|konfidenciāl\p{L}*|konfidencialum\p{L}*|konfidencial(?:us|i|ią|ios|ių)`,
    // (Greek and Romanian: "εμπιστευτικότητα", "απόρρητο", "confidențialitate", "confidențial", "secret profesional".)
    String.raw`εμπιστευτικ\p{L}*|απ[οό]ρρητ\p{L}*|confiden[țţt]ial\p{L}*|secret(?:ul)?\s+profesional`,
    // (Croatian, Serbian and Slovenian: "povjerljivost", "poverljivo", "zaupnost", "zaupno"; Lithuanian "konfidencialiai", "konfidencialu".)
    String.raw`povjerljiv\p{L}*|poverljiv\p{L}*|zaupn(?:o|ost|osti|a|e|i)|konfidencial(?:iai|u)`,
    // (Croatian, Serbian, Slovenian, Icelandic, Estonian, Hungarian and Turkish: "povjerljivost", "poverljivo", "profesionalna tajna",
    // "zaupnost", "molčečnost", "trúnaður", "þagnarskylda", "konfidentsiaalsus", "kutsesaladus", "titoktartás", "bizalmas", "gizlilik",
    // "gizli tutulur"; not a website's privacy policy, "gizlilik politikası".)
    String.raw`povjerljiv\p{L}*|poverljiv\p{L}*|tajnost\p{L}*|profesionaln\p{L}*\s+tajn\p{L}*|zaupn(?:ost|osti|o|a|ih|e)|molčečnost\p{L}*|poklicn\p{L}*\s+skrivnost\p{L}*|trúnað\p{L}*|þagnarskyld\p{L}*`,
    String.raw`konfidentsiaal\p{L}*|kutsesaladus\p{L}*|titoktartás\p{L}*|bizalmas\p{L}*|gizlili(?:k|ğ)(?!\p{L}*\s+(?:politika|sözleşme|bildirim|ilke)\p{L}*)\p{L}*|gizli\s+tutul\p{L}*|mahremiyet\p{L}*`,
    // (Russian, Ukrainian and Bulgarian: "конфиденциальность", "конфиденциально", "конфіденційність", "конфиденциалност", a professional
    // secret, "врачебная тайна", "професійна таємниця", "професионална тайна".)
    String.raw`конфиденциальн\p{L}*|конфіденційн\p{L}*|конфиденциалн\p{L}*|(?:врачебн|профессиональн|лікарськ|професійн|професионалн|лекарск)\p{L}*\s+(?:тайн|таємниц)\p{L}*`,
    // (Hebrew: "סודיות", "חיסיון", "חסוי", "חובת דיווח", "שמירה על פרטיות"; not "פרטיות" alone, also "private" as in "פגישות פרטיות",
    // nor a website's privacy policy, "מדיניות פרטיות".)
    String.raw`${HE_P}סודיות|${HE_P}חיסיון|${HE_P}חסוי(?:ה|ים|ות)?|חובת\s+(?:ה)?דיווח|(?<!מדיניות\s+)(?:${HE_P}שמיר(?:ה|ת)|${HE_P}שומר(?:ים|ות|ת)?|${HE_P}נשמור|לשמור)\s+על\s+(?:ה)?פרטיות`,
  ]),
};

// Seeing the group's therapist one-to-one as well (therapy-dual-relationship): individual sessions, said with a word that joins them to
// the group ("begleitend dazu einzeltherapeutische Sitzungen", "combinar el grupo con sesiones de terapia individual", "un suivi
// individuel en parallèle", "individuele gesprekken naast de groep", "individuella samtal parallellt"), or a combined treatment
// ("Kombinationsbehandlung").
// (Finnish: not an individual therapy the member already has under way, "jo käynnissä olevan yksilöterapian rinnalla": the group is
// open to her, no second role offered by its therapist.)
const NOT_ALREADY_UNDER_WAY = String.raw`(?<!(?:käynnissä|meneillään|meneillä|jo\s+alkaneen|oman)\s+(?:olevan\s+|olevien\s+)?)`;
const INDIVIDUAL = String.raw`(?:einzel\p{L}*(?:\s+(?:sitzungen|gespräche|stunden|termine))?|(?:suivi|thérapie|psychothérapie|entretiens?|séances?|consultations?)\s+individuel(?:le)?s?|(?:terapia|psicoterapia|sesi[oó]n(?:es)?|sess(?:ão|ões)|sedut[ae]|atenci[oó]n|atendimento|colloqui|acompañamiento)\s+(?:de\s+terapia\s+)?individua(?:l(?:es|i|e)?|is)|(?:sesiones|sessões)\s+de\s+terapia\s+individual|individuele\s+(?:therapie|gesprekken|sessies|behandeling)|individuel(?:l|le|la|la)?\s+(?:terapi|samtal|samtaler|sessioner|behandling)|enskilda\s+samtal|individualsamtal|enkeltsamtaler|individual(?:terapi|behandling|samtaler?)(?:en)?|${NOT_ALREADY_UNDER_WAY}yksilö(?:terapi|psykoterapi|tapaami|käyn|käynt|istun|keskustelu)\p{L}*)`;
// (Not individual therapy set against the group, "im Gegensatz zur Einzeltherapie", "i motsats till individuell terapi … samtidigt";
// nor several members at the same time.)
// (Or offered as needed beside the group: "bei Bedarf Einzelgespräche", "sesiones individuales si es necesario", "sessões individuais, se
// for preciso", "au besoin", "indien nodig", "vid behov"; or in addition to it, "dazu kommen Einzelsitzungen".)
const ALONGSIDE = String.raw`(?:bei\s+bedarf|nach\s+bedarf|dazu\s+kommen|hinzu\s+kommen|au\s+besoin|si\s+(?:nécessaire|besoin)|si\s+(?:es|fuera|fuese)\s+(?:necesario|preciso)|(?:se|quando)\s+(?:for\s+)?(?:preciso|necessário)|se\s+necessario|all['’]occorrenza|indien\s+nodig|zo\s+nodig|vid\s+behov|ved\s+behov|begleitend\p{L}*|parallel\p{L}*|zusätzlich\p{L}*|ergänzend\p{L}*|kombin\p{L}*|combin\p{L}*|en\s+parallèle|parallèle|en\s+complément|conjointement|paralel\p{L}*|junto\s+con|affianc\p{L}*|naast|aanvullend|sideløbende|vid\s+sidan\s+av|ved\s+siden\s+af|rinnalla|rinnakkai\p{L}*|ohella|lisäksi|tarvittaessa)`;
const SET_AGAINST = String.raw`(?<!(?:gegensatz|unterschied|gegenüber|verglichen|comparée?s?|comparad[oa]s?|comparat[oa]|vergeleken|jämfört|sammenlignet|sammenliknet|statt|anstelle|alternative|contrairement|lieu|diferencia|lugar|vez|contrário|contrario|differenza|invece|plaats|tegenstelling|motsats|skillnad|istället|stället|modsætning|stedet|alternativ\p{L}*)\s+(?:[\p{L}']+\s+){0,2})`;
const DUAL_OTHER = words([
  String.raw`${SET_AGAINST}${INDIVIDUAL}[^.;!?]{0,80}?${ALONGSIDE}|${ALONGSIDE}[^.;!?]{0,80}?${SET_AGAINST}${INDIVIDUAL}`,
  String.raw`kombinationsbehandlung(?:en)?|kombina(?:sjons|tions)behandling(?:er|en)?`,
]);
const INDIVIDUAL_WORD = new RegExp(INDIVIDUAL, 'iu');
// Its pros, cons and consent discussed: "Vor- und Nachteile", "avantages et inconvénients", "ventajas y desventajas", "voor- en
// nadelen", "för- och nackdelar", "fordele og ulemper", "vantaggi e svantaggi", "prós e contras"; consent ("Einverständnis",
// "consentement", "consentimiento", "toestemming", "samtycke", "samtykke", "consenso") in a sentence on the individual sessions.
const PROS_AND_CONS_OTHER = words([
  String.raw`vor-\s+und\s+nachteile\p{L}*|avantages\s+et\s+(?:les\s+)?inconvénients|ventajas\s+y\s+(?:las\s+)?desventajas|pros\s+y\s+contras|voor-\s+en\s+nadelen|för-\s+och\s+nackdelar(?:na)?|fordele\s+og\s+ulemper|vantaggi\s+e\s+svantaggi|pro\s+e\s+contro|vantagens\s+e\s+desvantagens|prós\s+e\s+contras`,
]);
const CONSENT_OTHER = words([
  String.raw`einverständnis\p{L}*|einwilligung\p{L}*|consentement|consentimiento|consentimento|toestemming|samtycke|samtykke|consenso`,
]);

/** In a page in another language: are the pros, cons and consent of seeing the group's therapist individually too discussed? */
export function dualDiscussedInOtherLanguage(model: DocumentModel): boolean {
  if (!otherLanguageOf(model)) return false;
  return model.find(PROS_AND_CONS_OTHER).length > 0 || model.find(CONSENT_OTHER).some((m) => INDIVIDUAL_WORD.test(m.sentence.text));
}

/** Is a name negated in its own sentence ("keine Selbsthilfegruppe", "pas un groupe de parole", "geen therapiegroep")? */
// (With a word for "real" or "proper" between: "ikke en egentlig terapigruppe", "keine richtige Therapiegruppe", "pas une vraie thérapie".)
// (And with the verb "to be" between, as the Romance languages put it: "non sono gruppi terapeutici", "no es un grupo de terapia", "não é
// um grupo terapêutico".)
const NEGATED_BEFORE =
  /(?<![\p{L}])(?:kein(?:e|en|er)?|nicht|pas|no|não|non|geen|niet|inte|ikke|ingen|nein|nav|nėra|nije|nisu|ni|niso|nu(?:\s+(?:este|e|sunt))?|δεν(?:\s+ε[ιί]ναι)?|не(?:\s+(?:является|являются|есть|є|е|са))?|нет|немає|няма|[ו]?(?:לא|אינ(?:ה|נה|ו|נו|ם|ן|נם|נן|ני|נני)|אין(?:\s+(?:זו|זה|זאת|מדובר))?))\s+(?:(?:es|son|é|são|è|sono|somos|siamo)\s+)?(?:(?:un|une|una|um|uma|een|en|ett|et|ein|eine|der|die|das|le|la|el|il|o)\s+)?(?:(?:egentlig(?:en)?|rigtig|riktig|richtige?[nr]?|eigentliche?[nr]?|echte?|vraie?|véritable|verdader[oa]|ver[ao]|r[ée]el(?:le)?|reell)\s+)?$/iu;

// (Or denied as what the group is a matter of: "non si tratta di un gruppo terapeutico", "il ne s'agit pas d'un groupe thérapeutique", "no se
// trata de una terapia", "es handelt sich nicht um eine Therapiegruppe", "het gaat niet om therapie", "det handler ikke om terapi".)
const NOT_A_MATTER_OF =
  /(?<![\p{L}])(?:non\s+si\s+tratta\s+(?:di|d['’])|(?:il\s+)?ne\s+s['’]agit\s+pas\s+(?:de|d['’])|no\s+se\s+trata\s+de|não\s+se\s+trata\s+de|(?:handelt\s+es\s+sich|es\s+handelt\s+sich)\s+nicht\s+um|het\s+gaat\s+niet\s+om|det\s+(?:handlar|handler)\s+(?:inte|ikke)\s+om)\s*(?:(?:un|une|una|uno|um|uma|een|en|ett|et|ein|eine|einen)\s+)?$/iu;

function named(model: DocumentModel, re: RegExp): Match[] {
  return model.find(re).filter((m) => {
    const before = m.sentence.text.slice(Math.max(0, m.index - m.sentence.from - 40), m.index - m.sentence.from);
    return !NEGATED_BEFORE.test(before.slice(-25)) && !NOT_A_MATTER_OF.test(before);
  });
}

// A quotation as these languages print it: „…“ and „…” (German), “…”, ”…” (Swedish, Danish), «…» (French, Spanish, Italian,
// Portuguese), »…« (German, Danish), "…". Within one paragraph, a few hundred characters at most.
// (And '…', as Dutch news prints a quotation: an apostrophe between letters inside it, "thema's", does not close it.)
const QUOTATION =
  /„[^„“”"\n]{1,600}[“”"]|“[^“”\n]{1,600}”|”[^“”\n]{1,600}”|«[^«»\n]{1,600}»|»[^«»\n]{1,600}«|"[^"\n]{1,600}"|(?<![\p{L}\p{N}])'(?=\p{Lu})(?:[^'\n]|(?<=\p{L})'(?=\p{L})){1,600}'(?![\p{L}\p{N}])/gu;
const quotations = new WeakMap<object, Array<[number, number]>>();

/** Is the match inside a quotation in its paragraph? */
function quoted(m: Match): boolean {
  const block = m.block;
  let spans = quotations.get(block);
  if (!spans) quotations.set(block, (spans = [...block.text.matchAll(QUOTATION)].map((q) => [q.index, q.index + q[0].length] as [number, number])));
  return spans.some(([from, to]) => m.index > from && m.index < to);
}

/** A kind's name said of such groups in general: after an indefinite or a plural article, or in a Romance plural. */
const GENERIC_BEFORE =
  /(?<![\p{L}])(?:ein|eine|einer|einem|einen|un|une|una|uno|um|uma|een|ett|los|las|les|gli|dei|degli|agli|aos|nas|dels|de\s+los|de\s+las|en\s+los|en\s+las)\s+$/iu;
const GENERIC_PLURAL = /^(?:grupos|gruppi|groupes|cercles|grups|[ובלמשכה]{0,3}קבוצות)(?![\p{L}])/iu;
/**
 * A kind's name followed by the host it belongs to: "i gruppi di auto aiuto della Fondazione", "los grupos de apoyo de la Asociación", "les
 * groupes de parole de l'association", "os grupos de apoio da paróquia". The host's own groups, not such groups in general.
 */
const OF_THE_HOST =
  /^\s+(?:della|dell['’]\s*|del|de\s+la|de\s+l['’]\s*|du|de\s+nuestra|da|do|della\s+nostra|de\s+notre)\s*(?:fondazione|associazione|fundaci[oó]n|asociaci[oó]n|funda[cç][aã]o|associa[cç][aã]o|fondation|association|parrocchia|paroisse|parroquia|par[oó]quia|cooperativa|diocesi|dioc[eè]se|di[oó]cesis|diocese)(?![\p{L}])/iu;
function generic(m: Match): boolean {
  const before = m.sentence.text.slice(Math.max(0, m.index - m.sentence.from - 20), m.index - m.sentence.from);
  if (OF_THE_HOST.test(m.block.text.slice(m.index + m.text.length, m.index + m.text.length + 40))) return false;
  return GENERIC_BEFORE.test(before) || GENERIC_PLURAL.test(m.text) || (quoted(m) && !quotedAsOwnName(m, before));
}

/** A definite article right before an opening quotation mark: "le « café-deuil »", "das „Trauercafé“", "el «grupo de duelo»". */
const DEFINITE_BEFORE_QUOTE = /(?<![\p{L}])(?:le|la|l['’]|au|du|der|die|das|dem|den|im|el|al|il|lo|nel|o|no|het)\s*[„“”«»"]\s*$/iu;
/**
 * A kind's name in quotation marks that hold it alone, after a definite article: the group's own name, set off as French and German
 * print one ("on peut franchir le seuil du « café-deuil »"), not a term quoted in an explainer ("ce qu'on appelle un « groupe de parole »").
 */
function quotedAsOwnName(m: Match, before: string): boolean {
  if (!DEFINITE_BEFORE_QUOTE.test(before)) return false;
  const after = m.block.text.slice(m.index + m.text.length, m.index + m.text.length + 3);
  return /^\s?[“”"»«]/u.test(after);
}

export interface OtherLanguageReading {
  language: OtherLanguage;
  /** Null when the page's own words make its one group both kinds (see bothAtOnce). */
  kind: 'support' | 'therapy' | null;
  evidence: string[];
  reason: string;
  /** The sentence that makes one group both kinds, for kind-conflict. */
  bothAtOnce?: Match;
}

// Between a support group's name and group therapy's in one sentence, words that make them one group: a verb "to be" ("Die
// Selbsthilfegruppe ist eine Form der Gruppentherapie", "nos grupos de apoio são uma modalidade de psicoterapia de grupo",
// "Støttegruppen er … gruppeterapi"), a list of what it does or holds ("actividades como terapia grupal", "umfasst", "comprend"), or
// nothing but a comma, one name set beside the other ("I gruppsykoterapin, stödgruppen, kan du …").
const SAME_GROUP_LINK = new RegExp(
  String.raw`${B}(?:ist|sind|wird|est|sont|es|son|é|são|is|zijn|wordt|är|blir|er|bliver|è|sono|viene)${E}|` +
    // (Or one built on the other: "El grupo de duelo parte de la terapia de grupo", "beruht auf", "repose sur", "se baseia na".)
    String.raw`${B}(?:parte\s+de|partem?\s+da|se\s+basan?\s+en|basad[oa]s?\s+en|se\s+baseiam?\s+n[ao]|basead[oa]s?\s+n[ao]|beruh(?:t|en)\s+auf|basier(?:t|en)\s+auf|repose(?:nt)?\s+sur|fondée?s?\s+sur|(?:is|zijn)\s+gebaseerd\s+op|bygger\s+på|si\s+basa(?:no)?\s+su|basat[oi]\s+su)${E}|` +
    String.raw`${B}(?:actividades\s+como|tales\s+como|umfasst|beinhaltet|comprend|inclut|incluye|incluyen|omfattar|inkluderar|omfatter|inkluderer|omvat|bevat|comprende|include|includono|inclui|incluem)${E}|` +
    String.raw`^\s*[,(–—-]\s*(?:(?:der|die|das|den|dem|la|le|el|il|lo|o|a|de|het)\s+)?$`,
  'iu',
);
// Words that keep them apart: a choice, a contrast, a difference or a denial ("oder", "ou", "eller", "unterscheidet sich", "im
// Gegensatz zu", "pas", "geen").
const KEPT_APART =
  /(?<![\p{L}])(?:oder|ou|o|of|eller|vs|versus|statt|anstatt|anstelle|sondern|aber|während|unterschied\p{L}*|unterscheid\p{L}*|gegensatz|différ\p{L}*|contrairement|mais|alors|tandis|plutôt|diferenci\p{L}*|diferente|mientras|pero|sino|vez|lugar|diferença|enquanto|mas|verschil\p{L}*|anders|terwijl|maar|plaats|skillnad\p{L}*|skiljer|medan|men|motsats|istället|forskel\p{L}*|adskiller|mens|modsætning|stedet|differenz\p{L}*|differenza|invece|mentre|ma|nicht|kein\p{L}*|weder|pas|ni|no|não|non|nem|geen|niet|noch|inte|ingen|varken|ikke|hverken|ej)(?![\p{L}])/iu;

/**
 * A sentence of the page's own that makes one group both kinds: a support group's name and group therapy's, linked as one (see
 * SAME_GROUP_LINK) and not kept apart (see KEPT_APART), in a statement (not a question).
 */
function oneGroupBothKinds(support: Match[], therapy: Match[]): Match | undefined {
  for (const a of support)
    for (const b of therapy) {
      if (a.sentence !== b.sentence || /\?\s*$/.test(a.sentence.text)) continue;
      const [first, second] = a.start < b.start ? [a, b] : [b, a];
      const gap = first.sentence.text.slice(first.index + first.text.length - first.sentence.from, second.index - second.sentence.from);
      // (The words from the first name to the second, for the message: "Støttegruppen er med andre ord gruppeterapi".)
      if (gap.length <= 200 && SAME_GROUP_LINK.test(gap) && !KEPT_APART.test(gap))
        return { ...first, end: second.end, text: first.block.text.slice(first.index, second.index + second.text.length) };
    }
  return undefined;
}

/** A sentence in the first person plural: "wir", "unsere", "nous", "queremos", "nos juntamos", "wij", "vi", "ci incontriamo". */
const FIRST_PERSON_OTHER =
  /(?<![\p{L}])(?:wir|uns|unser\p{L}*|nous|notre|nos|nosotr\p{L}*|nuestr\p{L}*|\p{L}+[aeií]mos|we|wij|ons|onze|vi|oss|vår\p{L}*|vores|noi|ci|nostr\p{L}*|\p{L}+iamo|noss\p{L}*|mēs|m[uū]s[uų]|[ו]?(?:אנו|אנחנו|שלנו)|мы|нас|наш\p{L}*|ние|ми(?!\s+(?:се|е)(?![\p{L}]))(?<!(?:ете|йте)\s+ми))(?![\p{L}])/iu;
/** A verb of meeting ("treffen sich", "se réunit", "se reúne", "komen samen", "träffas", "mødes", "si incontra"), not a row or a day. */
const MEETING_VERB =
  /treffen|trifft|réuni|retrouv|reún|reun|trobem|encontr|komen|komt|ontmoeten|träffas|ses|mødes|møtes|samles|samlas|riuni|incontr|vediamo|kokoon|tapaamme|spotyka|schází|scházejí|scházíme|setkáv|schádza|stretáva|hittist|hittumst|toplan|kohtu|találkoz|συναντ|sastaj|srečuj|tiekas|tiekamies|susitink|renkas|întâln|intaln|встреча|собира|зустріча|збира|среща|събира|נפגש|ניפגש|יפגש|מתכנס|נתכנס|תתכנס/iu;
/** How often a group meets, said in its own sentence with the group as subject: "Le groupe se retrouve une fois par mois". */
const GROUP_MEETS_HOW_OFTEN =
  /(?<![\p{L}])(?:(?:le|la|el|il|o|de|die|der)\s+\p{L}*(?:grupp|groupe|grupo|groep|kreis|runde)\p{L}*|\p{L}*(?:grupp|gruppe)(?:en|n|a))(?:\s+(?:de|d['’]|du|des|di|del|van|für|för|for)\s*[\p{L}-]+){0,2}\s+(?:se\s+|si\s+)?(?:retrouve|réunit|reúne|riunisce|ritrova|reúne|trifft|komt|träffas|mødes|møtes|samles|samlas)/iu;
/** A month or a week in a meeting's words: "une fois par mois", "einmal im Monat", "cada semana". */
const MONTH_OR_WEEK =
  /(?<![\p{L}])(?:monat|mois|maand|månad(?:en)?|måned(?:en)?|mese|mês|woche|semaine|semana|week|vecka(?:n)?|uge(?:n)?|uke(?:n)?|settimana)(?![\p{L}])/iu;
/** Every month, as these languages say it ("jeden zweiten Monat", "chaque mois", "cada mes", "elke maand", "varje månad"). */
const MONTH_WORD = /(?<![\p{L}])(?:monat|monate|mois|mes|meses|maand|maanden|månad|måned|måneden|mese|mês)(?![\p{L}])/iu;
/** "mes", a month in Spanish, Catalan or unaccented Portuguese; French "my". */
const MES = /(?<![\p{L}])mes(?![\p{L}])/iu;
const MES_LANGUAGES: ReadonlySet<OtherLanguage> = new Set(['Spanish', 'Catalan', 'Portuguese']);
/** A group, by a word that names one: "Gruppe", "Angehörigentreffen", "samtalsgrupp", "grupo de reflexión", "groupe", "gespreksgroep". */
// (Catalan's "grup", "grups", as a word of its own: not Spanish "grupal".)
const GROUP_WORD_OTHER =
  /(?<![\p{L}])\p{L}*(?:grupp|groupe|grupo|groep|kreis|treffen|ryhm)\p{L}*|(?<![\p{L}])grups?(?![\p{L}])|(?<![\p{L}])(?:grup(?:a|y|ie|ę|ą|om|ach|ami)?|skupin\p{L}*)(?![\p{L}])|(?<![\p{L}])grup(?:as|u|ā|ai|ām|ās|ė|ės|ę|ėje|ei|ių|ėms|ėse)(?![\p{L}])|(?<![\p{L}])[ובלמשכה]{0,3}קבוצ\p{L}*|(?<![\p{L}])(?:групп(?:а|ы|е|у|ой|ах|ам|ами)?|груп(?:а|и|і|у|ою|ах|ам|ами|ата|ите)?)(?![\p{L}])/iu;
/** A verb in the conditional, "would be": "wäre", "würde", "serait", "sería", "seria", "zou", "skulle", "ville", "sarebbe". */
// (Portuguese "seria" with what it would be after it, "seria a psicoterapia", not Spanish "una enfermedad seria"; "ville" with its "be",
// "ville være", "ville en terapigruppe være", not French "la ville".)
const WOULD_BE =
  /(?<![\p{L}])(?:wäre|wären|würde|würden|serait|seraient|sería|serían|seria(?=\s+(?:o|a|os|as|um|uma|mais|melhor|bom|boa|ideal|indicad[oa]|importante|necessári[oa]|útil|preferível|recomendável|aconselhável)(?![\p{L}]))|seriam|zou|zouden|skulle|ville(?=\s+(?:[\p{L}-]+\s+){0,3}?(?:være|vara)(?![\p{L}]))|sarebbe|sarebbero)(?![\p{L}])/iu;
// (Nor such groups in the bare plural after "in": "In Sucht-Selbsthilfegruppen treffen sich Menschen", "i sorggrupper träffas människor".)
/** A group named right before its verb, as its subject ("Die Gruppe trifft sich", "Il gruppo si incontra"), not in a group in general. */
const GROUP_SUBJECT_BEFORE =
  /(?<![\p{L}])(?<!(?:in|i|bei|dans|en|em|no|na|nel|nella)\s{1,9}(?:einer|einem|een|en|ett|un|une|una|uno|um|uma|ein)\s{1,9})(?<!(?<![\p{L}])(?:in|i|bei)\s{1,9}(?:\p{L}+-)?)(?:\p{L}{0,40}(?:grupp|groupe|grupo|groep|kreis|ryhm)\p{L}{0,40}|grups?|grup(?:a|y|ie|ę|ą)?|skupin\p{L}{0,4})\s+$/iu;
/**
 * What a group's members come with, in each language: a loss, an illness, a relative's illness, loneliness, a hard time ("Angehörige",
 * "Trauer", "deuil", "duelo", "rouw", "ensam", "pårørende", "lutto").
 */
const CARE_THEME_OTHER = words([
  String.raw`angehörig\p{L}*|trauer\p{L}*|trauernd\p{L}*|verlust\p{L}*|erkrank\p{L}*|krankheit\p{L}*|psychisch\p{L}*|sucht\p{L}*|ängste?|depression\p{L}*|krebs\p{L}*|demenz\p{L}*|einsam\p{L}*|belast\p{L}*`,
  String.raw`deuil|endeuillé\p{L}*|proches|aidants?|maladie\p{L}*|souffr\p{L}*|perte\p{L}*|anxiété|dépression|addiction\p{L}*|isolement|solitude|séparation|rupture`,
  String.raw`duelo|pérdida\p{L}*|familiares|enfermedad\p{L}*|dolor|ansiedad|depresi[oó]n|adicci\p{L}*|violencia|soledad|salud\s+mental|menopausia|muere|muerte`,
  String.raw`luto|perda\p{L}*|doença\p{L}*|solidão|saúde\s+mental|ansiedade|depressão|morte`,
  String.raw`rouw\p{L}*|verlies\p{L}*|mantelzorg\p{L}*|ziekte\p{L}*|eenzaam\p{L}*|verslaving\p{L}*|depressie|angst\p{L}*`,
  String.raw`sorg\p{L}*|förlust\p{L}*|anhörig\p{L}*|sjukdom\p{L}*|ensam\p{L}*|psykisk\p{L}*|ångest|stress|tungt|pårørende|sygdom\p{L}*|ensom\p{L}*|angst|tab\s+af|sykdom\p{L}*`,
  String.raw`lutto|perdita|familiari|malattia|solitudine|salute\s+mentale|ansia|dipendenz\p{L}*|depressione`,
  // (Catalan: carers, a loss, an illness, loneliness.)
  String.raw`cuidador\p{L}*|persones\s+cuidadores|dol|pèrdua|malaltia|soledat|salut\s+mental|ansietat|depressió|familiars`,
  String.raw`omai\p{L}*|läheis\p{L}*|sairau\p{L}*|suru\p{L}*|menety\p{L}*|yksinäi\p{L}*|mielenterve\p{L}*|päihte\p{L}*|päihde\p{L}*|syöpä\p{L}*|masennu\p{L}*`,
  // (Russian, Ukrainian and Bulgarian: a loss, grief, relatives, an illness, an addiction, anxiety, loneliness; not "близко" (near) nor
  // Bulgarian "горе" (up).)
  String.raw`утрат\p{L}*|потер(?:я|и|ю|ей)|скорб\p{L}*|родственник\p{L}*|близки(?:х|м|ми|е|те)|болезн\p{L}*|зависимост\p{L}*|депресси\p{L}*|тревог\p{L}*|тревожн\p{L}*|одиночеств\p{L}*|деменци\p{L}*|психическ\p{L}*`,
  String.raw`втрат\p{L}*|скорбот\p{L}*|родич\p{L}*|близьк(?:их|им|ими|і)|хвороб\p{L}*|залежніст\p{L}*|депресі\p{L}*|тривог\p{L}*|тривожн\p{L}*|самотн\p{L}*|деменці\p{L}*|психічн\p{L}*`,
  String.raw`загуб\p{L}*|скръб\p{L}*|роднини(?:те)?|болест\p{L}*|депреси\p{L}*|самот\p{L}*|психич\p{L}*`,
]);

/**
 * A page in another language that is one group's own page and names neither kind: it names a group and speaks of it as its own or gives
 * when it meets, on what its members come with (a loss, an illness, a relative's illness, loneliness). Unclear: declare-kind. (A club or
 * a choir that meets names no such thing; a news item with no way to come, an article or an advert stays passed over.)
 */
function unnamedOwnGroup(model: DocumentModel, language: OtherLanguage): OtherLanguageReading | undefined {
  const groups = model.find(new RegExp(GROUP_WORD_OTHER.source, 'giu')).filter((m) => !quoted(m));
  if (!groups.length) return undefined;
  // (Its own voice: "our group" or "this group" in a sentence in the first person plural, or a meeting so said; not a report's "este
  // grupo", nor an organiser's "organiseert".)
  const own = model.find(OWN_GROUP_OTHER).filter((m) => !quoted(m) && GROUP_WORD_OTHER.test(m.text) && FIRST_PERSON_OTHER.test(m.sentence.text));
  const meetings = model.find(OWN_MEETING_OTHER).filter((m) => !quoted(m));
  const ownVoice = own.length > 0 || meetings.some(firstPersonMeetingIn);
  // (A day that recurs, how often, or a meeting's verb with its day; not an hour alone, which any event has.)
  // (A meeting's verb takes its day or how often from its sentence: "die Angehörigen treffen sich jeden zweiten Monat".)
  const scheduled = meetings.some(
    (m) =>
      !WHERE_ROW.test(m.text) &&
      !/^[\d\s.:]/.test(m.text) &&
      !/^(?:kl|ore)\b/i.test(m.text) &&
      (SCHEDULE_WORD.test(m.text) || (MEETING_VERB.test(m.text) && (scheduleWordIn(m) || monthWordIn(m)))),
  );
  if (!ownVoice && !scheduled) return undefined;
  if (!model.find(CARE_THEME_OTHER).length) return undefined;
  // (And it gives when it meets or a way to come: a page with neither, whatever its voice, is no notice.)
  const reachable = signUpsOf(model).length > 0 || model.find(WAY_TO_COME_OTHER).length > 0;
  if (!scheduled && !reachable) return undefined;
  if (!ownVoice && !reachable && (model.find(NEWS_MARK_OTHER).length > 0 || toldThroughMembers(model))) return undefined;
  const evidence = [(own[0] ?? meetings[0] ?? groups[0]).text.replace(/\s+/g, ' ')];
  return { language, kind: null, evidence, reason: `in ${language}, it is one group's own page ("${evidence[0]}") but names neither kind` };
}

/**
 * Does a page tell of groups through their members' reported words, and give no date to come on ("le 27 avril", "13. august")? A
 * notice quotes its organiser too, with the day of the meeting.
 */
function toldThroughMembers(model: DocumentModel): boolean {
  return (model.find(REPORTED_SPEECH_G).length > 0 || model.find(TOLD_HOW_G).length > 0) && model.find(DATE_OTHER).length === 0;
}

/** An organiser's verb in the third person ("organise", "organisiert"), not the first person's "nous organisons", "organizamos". */
const ORGANISER_THIRD_PERSON = new RegExp(String.raw`^(?:${ORGANISES}|organisiert)$`, 'iu');
/**
 * A group subject said of such groups in general: quantified ("manche Selbsthilfegruppen", "viele Gruppen", "die meisten", "certains
 * groupes", "muchos grupos", "alguns grupos", "sommige groepen", "många grupper", "alcuni gruppi"), or a German plural with no article
 * opening its sentence ("Selbsthilfegruppen treffen sich …"), before the verb or right after it ("Wo treffen sich Selbsthilfegruppen?").
 */
const QUANTIFIER_OTHER = String.raw`(?:manche[n]?|viele[n]?|einige[n]?|(?:die\s+)?meisten|andere[n]?|mehrere[n]?|certains|certaines|beaucoup\s+de|la\s+plupart\s+des|plusieurs|muchos|muchas|algunos|algunas|la\s+mayoría\s+de\s+los|varios|alguns|algumas|muitos|muitas|a\s+maioria\s+dos|vários|sommige|veel|de\s+meeste|vissa|många|de\s+flesta|flera|nogle|mange|de\s+fleste|flere|alcuni|molti|la\s+maggior\s+parte\s+dei|diversi|monet|useat|jotkin|jotkut|useimmat|eräät)`;
const GENERAL_MEETING_VERB = String.raw`(?:treffen|kommen|se\s+réuni\p{L}*|se\s+retrouv\p{L}*|se\s+reún\p{L}*|se\s+reun\p{L}*|se\s+encontr\p{L}*|komen|ontmoeten|träffas|mødes|møtes|si\s+riuni\p{L}*|si\s+incontr\p{L}*|kokoontu\p{L}*|tapaa\p{L}*)`;
// (People, clients or participants, as the Slavic languages speak of those who meet in such groups; and their verbs of meeting.)
const SLAVIC_PEOPLE = String.raw`(?:lidé|lidi|ľudia|ludzie|ljudi|ljudje|osoby|osob|osôb|klient\p{L}*|klijent\p{L}*|pacient\p{L}*|pacjen\p{L}*|účastní\p{L}*|uczestni\p{L}*|sudionic\p{L}*|učesnic\p{L}*|udeleženc\p{L}*)`;
const SLAVIC_MEET = String.raw`(?:setkáv\p{L}*|scház\p{L}*|schádza\p{L}*|stretáva\p{L}*|spotyka(?:ją)?|sastaj\p{L}*|srečuje\p{L}*)`;
// (People or participants, as Russian, Ukrainian and Bulgarian speak of those who meet in such groups; and their verbs of meeting.)
const CYRILLIC_PEOPLE = String.raw`(?:люди|людей|участники|учасники|участниците|участници|хора(?:та)?|члены|члени(?:те)?)`;
const CYRILLIC_MEET = String.raw`(?:встречаются|собираются|зустрічаються|збираються|се\s+срещат|се\s+събират)`;
const GENERAL_MEETING = [
  new RegExp(
    String.raw`${B}${QUANTIFIER_OTHER}\s+(?:[\p{L}-]+\s+)?\p{L}*(?:grupp|groupe|grupo|groep|kreis|ryhm)\p{L}*\s+(?:[\p{L}-]+\s+)?${GENERAL_MEETING_VERB}${E}`,
    'iu',
  ),
  // (In a group as any group: "In einer Selbsthilfegruppe treffen sich Menschen …", "Dans un groupe de parole se retrouvent …".)
  new RegExp(
    String.raw`${B}(?:in|bei|dans|en|em|in|i|nel)\s+(?:einer|einem|un|une|una|uno|um|uma|een|en|ett)\s+\p{L}*(?:grupp|groupe|grupo|groep|kreis|runde)\p{L}*(?:\s+(?:de|d['’]|di|van)\s*\p{L}+)?(?:\s+[\p{L}-]+)?\s+(?:sich\s+)?${GENERAL_MEETING_VERB}${E}`,
    'iu',
  ),
  // (German capitalises its nouns: a plural opening the sentence with no article.)
  new RegExp(String.raw`^[\W\d_]*\p{Lu}\p{L}*gruppen\s+(?:treffen|kommen)${E}`, 'u'),
  new RegExp(String.raw`${B}(?:treffen|kommen)\s+sich\s+(?:${QUANTIFIER_OTHER}\s+)?\p{L}*gruppen${E}`, 'iu'),
  // (In such groups, a plural with no article or with the definite one: "In Selbsthilfegruppen treffen sich Menschen …", "Dans les
  // groupes de parole se retrouvent …", "En los grupos de apoyo se reúnen …", "In lotgenotengroepen ontmoeten …", "I stödgrupper träffas …";
  // not Italian's article, "I gruppi si riuniscono …", the groups themselves.)
  new RegExp(
    String.raw`${B}(?:(?:in|bei|dans\s+les|en\s+los|en\s+las|nei|negli|nelle)\s+\p{L}*(?:gruppen|groupes|grupos|groepen|gruppi|kreisen|runden)|i\s+\p{L}*grupper)(?:\s+(?:de|d['’]|di|van)\s*\p{L}+)?(?:\s+[\p{L}-]+)?\s+(?:sich\s+)?${GENERAL_MEETING_VERB}${E}`,
    'iu',
  ),
  // (Finnish has no articles: in a group as any group is its inessive, "Vertaistukiryhmässä samat ihmiset kokoontuvat …".)
  new RegExp(String.raw`${B}\p{L}*ryhm(?:ässä|issä)\s+(?:[\p{L}-]+\s+){0,4}?kokoontu\p{L}*`, 'iu'),
  // (One, anyone, as the subject: "Meist trifft man sich wöchentlich", "Det vanlige er at man møtes ukentlig", "man träffas".)
  new RegExp(String.raw`${B}(?:man\s+(?:träffas|mødes|møtes|samles|samlas|ses|trifft\s+sich)|trifft\s+man\s+sich)${E}`, 'iu'),
  // (What takes place in a group as any group: "terapien foregår i en gruppe", "la thérapie a lieu dans un groupe".)
  new RegExp(
    String.raw`${B}(?:foregår|finder\s+sted|äger\s+rum|a\s+lieu|se\s+déroule|tiene\s+lugar|se\s+realiza|acontece|si\s+svolge|vindt\s+plaats)\s+(?:i|in|dans|en|em|nel)\s+(?:en|ett|et|un|une|una|uno|um|uma|een)\s+\p{L}*(?:grupp|groupe|grupo|groep)\p{L}*`,
    'iu',
  ),
  // (The Slavic languages have no articles: such groups in general are people, clients or participants who meet, in a sentence with no day
  // or number of its own, "kde se setkává několik klientů", "lidé, kteří …, se setkávají", "spotykają się osoby", "se sastaju ljudi".)
  new RegExp(
    String.raw`^(?![\s\S]*(?:\d|${B}${DAY}${E}))[\s\S]*?(?:${B}(?:se|sa|się)\s+${SLAVIC_MEET}\s+(?:[\p{L}]+\s+){0,2}?${SLAVIC_PEOPLE}${E}|${B}${SLAVIC_PEOPLE}(?:\s*,\s*(?:kteří|které|którzy|ktorí|ktoré|koji|koje|ki)\s[^,.;!?]{0,80},)?\s+(?:se|sa|się)\s+${SLAVIC_MEET}${E}|${B}(?:spotykają|setkávají|scházejí|stretávajú|schádzajú|sastaju|srečujejo)\s+(?:się|se|sa)\s+(?:[\p{L}]+\s+){0,2}?${SLAVIC_PEOPLE}${E})`,
    'iu',
  ),
  // (Nor do Russian, Ukrainian and Bulgarian: people or participants who meet, in a sentence with no day or number of its own, "люди
  // встречаются", "люди, которых …, собираются", "учасники збираються", "хората се срещат"; and what is done in such groups, the plural after "in", "в группах поддержки",
  // "у групах підтримки", "в групите за подкрепа".)
  new RegExp(
    String.raw`^(?![\s\S]*(?:\d|${B}${DAY}${E}))[\s\S]*?(?:${B}${CYRILLIC_PEOPLE}(?:(?:\s*,[^,.;!?]{1,80}){1,3},?)?\s+(?:[\p{L}-]+\s+){0,3}?${CYRILLIC_MEET}${E}|${B}${CYRILLIC_MEET}\s+(?:[\p{L}-]+\s+){0,2}?${CYRILLIC_PEOPLE}${E}|${B}(?:в|во|у)\s+(?:[\p{L}-]+\s+)?(?:групп?ах|групите)${E})`,
    'iu',
  ),
];
/**
 * A group as the head of a word, in its plural or case endings: "Selbsthilfegruppen", "groupes", "grupos", "lotgenotengroepen", "grupper",
 * "vertaistukiryhmiä"; not a group joined to what it qualifies, "Gruppenleiterschulung", "ryhmänohjaajakoulutus".
 */
const GROUP_HEAD = /(?<![\p{L}])\p{L}*(?:grupp|groupe|grupo|groep|kreis|runde|ryhm)(?:e|en|er|erne|ene|a|as|o|os|i|es|s|n|ä|iä|ää|än|iin|ien|iä)?(?![\p{L}])/iu;
/**
 * An organiser in the third person who organises a group (a group, or a kind named, in the few words before the verb or after it):
 * "der Verein organisiert Selbsthilfegruppen", "l'association organise des groupes de parole", "waar de vereniging lotgenotengroepen
 * organiseert"; not a day, a training for group leaders or a symposium, "organisiert den Aktionstag". Activities organised count with a
 * detail of them other than a date (see ownOffer): a news item's date is when it was written or when its event was.
 */
function organisedWhat(m: Match): 'group' | 'activity' | undefined {
  const before = m.sentence.text
    .slice(0, m.index - m.sentence.from)
    .split(/\s+/)
    .slice(-4)
    .join(' ');
  const after = textAfter(m)
    .split(/[.;!?\n]/)[0]
    .split(/\s+/)
    .slice(0, 10)
    .join(' ');
  const window = `${before} ${after}`;
  if (GROUP_HEAD.test(window) || new RegExp(SUPPORT_NAME_OTHER.source, 'iu').test(window) || new RegExp(THERAPY_NAME_OTHER.source, 'iu').test(window))
    return 'group';
  return ACTIVITY_WORD.test(window) ? 'activity' : undefined;
}
/** Activities organised, "järjestää toimintaa", "organise des activités", "organiseert activiteiten": a group's only with a detail of them. */
const ACTIVITY_WORD = /\p{L}*(?:toimin|aktivit|activit|activid|ativid|attivit)\p{L}*/iu;
/**
 * A test of a match's whole sentence, run once for each sentence and remembered: a sentence can hold thousands of meetings ("her ayın her
 * ayın …", a page with no full stop), and testing the whole sentence again for each one took seconds.
 */
function bySentence(test: (sentence: string) => boolean): (m: Match) => boolean {
  const seen = new WeakMap<Match['sentence'], boolean>();
  return (m) => {
    let result = seen.get(m.sentence);
    if (result === undefined) seen.set(m.sentence, (result = test(m.sentence.text)));
    return result;
  };
}
const firstPersonMeetingIn = bySentence((sentence) => FIRST_PERSON_MEETING.test(sentence));
const scheduleWordIn = bySentence((sentence) => SCHEDULE_WORD.test(sentence));
const monthWordIn = bySentence((sentence) => MONTH_WORD.test(sentence));
/**
 * A meeting asked about, with no day or number in the question: "Wo trifft sich die Gruppe?", "Missä ryhmä kokoontuu?", a guide's
 * checklist for organisers. Its answer, where there is one, says when the group meets.
 */
const askedWithNoAnswer = bySentence((sentence) => isQuestion(sentence) && !/\d/.test(sentence) && !DAY_WORD.test(sentence));
/** A meeting, or how often, in a sentence that says it of such groups in general (see QUANTIFIER_OTHER), not in the first person. */
const saidOfGroupsInGeneral = bySentence((text) => {
  // (Words run together where a page's picture or link met its text, "…jpgIn einer Gruppe", read apart.)
  const sentence = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  return !FIRST_PERSON_MEETING.test(sentence) && GENERAL_MEETING.some((re) => re.test(sentence));
});

/**
 * A practice speaking of its own clinical service, on a page that names group therapy: how it works, as a practice's section is called
 * ("Cómo trabajamos", "So arbeiten wir", "Comment nous travaillons"), the group therapy "that we do" ("la terapia de grupo que hacemos",
 * "a terapia de grupo que fazemos", "die Gruppentherapie, die wir anbieten"), or its rules for its own patients: what a session missed or
 * cancelled late costs ("Ausfallregelung", "Ausfallhonorar", "politique d'annulation", "cancelación", "afzegregeling", "avbokning") and
 * the fee scale it bills by ("abgerechnet wird nach der GOÄ"). An article on group therapy in general gives none of these.
 */
const PRACTICE_VOICE_OTHER = words([
  String.raw`(?:cómo|como|wie|so|comment|hoe|hur|hvordan|come)\s+(?:trabajamos|trabalhamos|wir\s+arbeiten|arbeiten\s+wir|nous\s+travaillons|(?:wij|we)\s+werken|werken\s+(?:wij|we)|vi\s+(?:arbetar|arbejder|jobber|arbeider)|lavoriamo)`,
  String.raw`(?:que|die|che|som|dat|qu['’]on|que\s+nous)\s+(?:(?:aquí|aqui|hier|ici|qui|här|her|hoy|hoje|heute|actuellement|atualmente|actualmente|derzeit|ahora|agora)\s+)?(?:fazemos|realizamos|oferecemos|ofrecemos|hacemos|proponemos|propomos|conduzimos|coordinamos|coordenamos|praticamos|practicamos|faisons|proposons|animons|menons|pratiquons|proponiamo|offriamo|conduciamo|pratichiamo|wir\s+(?:[\p{L}-]+\s+){0,3}?(?:anbieten|durchführen|leiten)|(?:wij|we)\s+(?:[\p{L}-]+\s+){0,3}?(?:aanbieden|bieden|geven)|vi\s+(?:erbjuder|tilbyder|tilbyr))`,
  String.raw`ausfall(?:regelung|honorar|gebühr)(?:en)?|(?:nicht\s+(?:rechtzeitig\s+)?)?abgesagte\s+(?:oder\s+versäumte\s+)?(?:termine|sitzungen|stunden)|politique\s+d['’]annulation|annulations?\s+tardives?|pol[ií]tica\s+de\s+(?:cancelaci[oó]n|cancelamento)|cancelaci[oó]n\s+de\s+(?:sesiones|citas)|(?:sessões|consultas)\s+(?:desmarcadas|canceladas)|afzegregeling|afzeggen\s+(?:van\s+)?(?:afspraken|sessies)|avbokning(?:sregler)?|afbud\s+(?:senere\s+end|under)|disdetta\s+(?:delle\s+)?(?:sedute|sessioni)`,
  String.raw`abgerechnet\s+wird\s+nach|nach\s+der\s+(?:goä|gop)|gebührenordnung\s+für\s+(?:ärzte|psychotherapeuten)`,
  // (Or the practice working with the reader as one of its group's members, in the first person plural: "we gaan samen met jou en de
  // andere groepsleden werken", "wir arbeiten mit Ihnen und den anderen Gruppenmitgliedern", "nous travaillons avec vous et les autres
  // membres du groupe", "vi arbetar med dig och de andra deltagarna", "trabajamos contigo y con los demás miembros del grupo". An
  // explainer speaks of what "you" do in such a group, with no "we".)
  String.raw`(?:we|wij)\s+(?:[\p{L}-]+\s+){0,4}?met\s+(?:jou|u)\s+en\s+(?:met\s+)?(?:de\s+)?andere\s+(?:groepsleden|deelnemers|groepsgenoten)`,
  String.raw`wir\s+(?:[\p{L}-]+\s+){0,4}?mit\s+(?:dir|ihnen|euch)\s+und\s+(?:mit\s+)?(?:den\s+)?anderen\s+(?:gruppenmitgliedern|teilnehmer(?:inne)?n|teilnehmenden)`,
  String.raw`nous\s+(?:[\p{L}'’-]+\s+){0,4}?avec\s+(?:vous|toi)\s+et\s+(?:avec\s+)?les\s+autres\s+(?:membres\s+du\s+groupe|participant(?:e)?s)`,
  String.raw`vi\s+(?:[\p{L}-]+\s+){0,4}?med\s+(?:dig|deg|er|jer|dere)\s+(?:och|og)\s+(?:med\s+)?(?:de\s+)?andr[ae]\s+(?:gruppmedlemmarna|deltagarna|gruppemedlemmer(?:ne)?|deltager(?:n)?e|deltaker(?:n)?e)`,
  String.raw`\p{L}+(?:amos|emos|imos|iamo)\s+(?:[\p{L}-]+\s+){0,3}?(?:contigo|con\s+usted(?:es)?|com\s+voc[eê]s?|con\s+te|con\s+voi)\s+(?:y|e)\s+(?:con\s+|com\s+)?(?:los|os|gli|las|as)?\s*(?:demás|outros|outras|altri|otros|otras)\s+(?:miembros|membros|membri|participantes|partecipanti|integrantes)`,
]);

/**
 * A practice or practitioner running its groups, in the first person, as Polish, Czech, Slovak, Hungarian and Turkish say it with the
 * verb alone: "prowadzimy grupy", "stosujemy ją", "nabízíme skupinovou terapii", "vedieme skupiny", "csoportot szervezek", "grup terapisi
 * uyguluyoruz". Said of its own groups, on a page that names one in the same paragraph; not denied ("nie
 * prowadzimy", "nem vezetünk csoportot"). The everyday verbs, "we carry out, apply, do, give, hold", only with a group or its therapy as
 * their object: "realizujemy badania nad grupami", "grup terapisi hakkında bilgi veriyoruz" is writing about groups.
 */
const PRACTICE_RUNS_GROUPS_OTHER = words([
  String.raw`(?<!${B}nie\s+(?:[\p{L}-]+\s+)?)(?:prowadzimy|oferujemy|organizujemy|proponujemy|uruchamiamy|otwieramy|(?:stosujemy|realizujemy)(?=\s+(?:(?!(?:nad|o|na|dla|w|we|z|ze|do|po|przy|wśród|dotycząc\p{L}*)\s)[\p{L}-]+\s+){0,2}(?:grup|terapi|psychoterapi|ją${E}|je${E})))`,
  String.raw`(?:nabízíme|vedeme|pořádáme|organizujeme|poskytujeme|realizujeme|otevíráme|ponúkame|vedieme|otvárame)`,
  String.raw`(?<!${B}nem\s+(?:[\p{L}-]+\s+)?)(?:szervezek|vezetek|indítok|vezetünk|ajánlunk|tartunk(?:(?<=csoport\p{L}*\s+(?:[\p{L}-]+\s+){0,2}tartunk)|(?=\s+(?:[\p{L}-]+\s+){0,2}\p{L}*csoport)))`,
  String.raw`(?:uyguluyoruz|yapmaktayız|uygulamaktayız|sunmaktayız|düzenlemekteyiz|yürütmekteyiz|(?:yapıyoruz|veriyoruz)(?<=${B}(?:grup|grub|terap)\p{L}*\s+(?:(?!(?:hakkında|ilgili|konusunda|üzerine)${E})\p{L}+\s+){0,2}(?:yapıyoruz|veriyoruz)))`,
  // (Or, in Polish, Czech and Slovak, the groups run in its own centre, said in the passive: "W naszym ośrodku prowadzone są grupy",
  // "w naszej poradni odbywają się grupy", "v našem centru probíhají skupiny", "v našom zariadení prebiehajú skupiny". The verb must follow
  // the place at once, so a denial, "w naszym ośrodku nie prowadzi się grup", does not count; the first person there, "prowadzimy",
  // "nabízíme", "vedieme", is the verb alone above.)
  String.raw`w\s+nasz(?:ym|ej)\s+(?:ośrodku|centrum|poradni|przychodni|gabinecie|szpitalu|oddziale|placówce|fundacji|stowarzyszeniu)\s+(?:prowadzone\s+są|odbywają\s+się|działają)`,
  String.raw`v\s+naš(?:em|í|om|ej)\s+(?:centru|centre|zařízení|zariadení|ambulanci|ambulancii|poradně|poradni|ordinaci)\s+(?:probíhají|probíhá|prebiehajú|prebieha)`,
]);
/** A group named in the paragraph of such a verb: a word for a group, or a kind's name. */
const GROUP_WORD_RUN = /(?<![\p{L}])(?:grup\p{L}*|grub\p{L}*|skupin\p{L}*|\p{L}*csoport\p{L}*)/iu;

// Individual, couples' or family therapy named beside group therapy in a list: "Einzel- und Gruppenpsychotherapie", "Einzelpsychotherapie
// und Gruppenpsychotherapie", "terapia individual y grupal", "psychothérapie individuelle et de groupe", "individuel- og gruppeterapi".
const INDIVIDUAL_BEFORE =
  /(?<![\p{L}])(?:einzel|paar|familien|individuel|individual|individuell|par|familie)[\p{L}]*-?\s*(?:(?:psycho|psyko|psico)?th?[eé]rap[\p{L}]*\s*)?(?:und|oder|sowie|bzw\.|,|&|y|e|et|ou|o|og|och|eller|en|of)\s+(?:(?:de|en|em|di|in)\s+)?$/iu;
const INDIVIDUAL_AFTER =
  /^\s*(?:(?:und|oder|sowie|bzw\.|,|&|y|e|et|ou|o|og|och|eller|en|of)\s+)(?:die\s+|la\s+|a\s+|l['’]\s*)?(?:einzel|paar|individu|famil)\p{L}*/iu;
/** Is group therapy's name, here, only listed beside individual therapy ("Einzel- und Gruppenpsychotherapie")? */
function besideIndividual(m: Match): boolean {
  const before = m.block.text.slice(Math.max(0, m.index - 60), m.index);
  const after = m.block.text.slice(m.index + m.text.length, m.index + m.text.length + 40);
  return INDIVIDUAL_BEFORE.test(before) || INDIVIDUAL_AFTER.test(after);
}

/**
 * The sentence of a fellowship's name, with the name left out ("Anónimos" ends as "seguimos" does) and read on past the points of a
 * short name, which a sentence splitter takes for its end: "En A.A. no somos terapeutas".
 */
function fellowshipSentence(m: Match): string {
  const from = m.index - m.sentence.from;
  const tail = /^[^.!?\n]*/.exec(m.block.text.slice(m.index + m.text.length))?.[0] ?? '';
  return `${m.sentence.text.slice(0, Math.max(0, from))} ${tail}`;
}

/**
 * The reader told how to join the group, the one group by its definite article: "avant de rejoindre le groupe, vous rencontrez …", "para
 * unirte al grupo", "antes de entrar no grupo", "per entrare nel gruppo". A host's page on its own group; an explainer says "a group".
 */
const JOIN_THE_GROUP = words([
  String.raw`(?:rejoindre|intégrer|entrer\s+dans)\s+(?:le|notre|ce)\s+groupe|(?:unirte|unirse|incorporarte|entrar)\s+(?:al|a\s+nuestro|en\s+el)\s+grupo|(?:entrar|ingressar)\s+(?:no|em\s+nosso)\s+grupo|participar\s+do\s+grupo|(?:entrare|inserirsi)\s+(?:nel|nel\s+nostro)\s+gruppo`,
]);
/** The reader addressed: "vous", "tu", "usted", "você", "voi", or a verb in the second person ("rejoignez", "únete", "entra"). */
const READER_ADDRESSED = /(?<![\p{L}])(?:vous|tu|toi|usted|ustedes|você|vocês|voi|ti)(?![\p{L}])/iu;
// ("te" only where it is "you", not Dutch "to"; "vi" only in Italian, and not as "there" before a verb "to be": "vi sono dei requisiti".)
const READER_TE = /(?<![\p{L}])te(?![\p{L}])/iu;
const READER_VI = /(?<![\p{L}])vi(?!\s+(?:è|e|sono|era|erano|sarà|saranno|sia|siano|fu|furono)(?![\p{L}]))(?![\p{L}])/iu;
function readerAddressed(text: string, language: OtherLanguage): boolean {
  return READER_ADDRESSED.test(text) || (language !== 'Dutch' && READER_TE.test(text)) || (language === 'Italian' && READER_VI.test(text));
}

/** A sharing circle by its Portuguese name, "roda de conversa": a talk as often as a peer circle, unless the page says it is for mutual help. */
const SHARING_CIRCLE = words([String.raw`rodas?\s+de\s+conversa`]);
/**
 * Mutual help or the sharing of members' experiences said on the page: "apoio mútuo", "fortalecimento mútuo", "troca de experiências",
 * "ayuda mutua", "intercambio de experiencias", "aiuto reciproco", "soutien mutuel", "partage d'expériences".
 */
const MUTUAL_AID_OTHER = words([
  String.raw`(?:apoio|suporte|fortalecimento|ajuda|acolhimento)\s+m[uú]tuo|ajuda\s+m[uú]tua|(?:troca|partilha|compartilhamento)\s+de\s+(?:experiências|vivências)|momentos?\s+de\s+partilha`,
  String.raw`(?:ayuda|apoyo)\s+mutu[oa]|(?:intercambio|compartir)\s+(?:de\s+)?(?:experiencias|vivencias)`,
  String.raw`(?:aiuto|sostegno|supporto)\s+(?:reciproco|mutuo)|mutuo\s+aiuto|scambio\s+di\s+esperienze`,
  String.raw`(?:soutien|aide)\s+mutuel(?:le)?|entraide|(?:échange|partage)s?\s+d['’]expériences`,
]);

/** A way to come in one sentence (WAY_TO_COME_OTHER without its global flag, for a test). */
const WAY_TO_COME_ONE = new RegExp(WAY_TO_COME_OTHER.source, 'iu');
const wayToComeIn = bySentence((sentence) => WAY_TO_COME_ONE.test(sentence));

/**
 * A page in another language read as one group's own material: it names a kind by its local name and speaks of its own group or its
 * own meetings (or gives a weekday or an hour with a way to sign up). Its kind is the one it names (a page naming both is passed over).
 * Undefined when the page is in English, or is not plainly a group's own page.
 */
export function readOtherLanguage(model: DocumentModel): OtherLanguageReading | undefined {
  const language = otherLanguageOf(model);
  // (A study, an article, a guide, a directory or a job advert, so called in its title: writing about groups.)
  if (!language || (otherLanguageArticleTitle(model) && !answersForItsOwnGroup(model))) return undefined;
  let support = named(model, SUPPORT_NAME_OTHER);
  let therapy = named(model, THERAPY_NAME_OTHER);
  // (A clinic saying its own treatment takes place in groups, not such clinics in general: see TREATMENT_IN_GROUPS. A name of the kind only
  // on a page of psychological care; physical rehabilitation in groups is no group therapy.)
  let treatment = named(model, TREATMENT_IN_GROUPS).filter(
    (m) => !quoted(m) && !isQuestion(m.sentence.text) && (!IN_GENERAL_CLINICS.test(m.sentence.text) || OWN_CLINIC.test(m.sentence.text)),
  );
  if (treatment.length && !model.find(PSYCHOLOGICAL_CARE).length) treatment = [];
  therapy = [...therapy, ...treatment];
  // (A sharing circle, "roda de conversa", on a page that says its members help one another or share their experiences.)
  if (!support.length && model.find(MUTUAL_AID_OTHER).some((m) => !quoted(m))) support = named(model, SHARING_CIRCLE);
  // (Both named, one only in a sentence that recommends it as what would suit, "o indicado seria a psicoterapia em grupo", "dann wäre eine
  // Gruppentherapie angezeigt": the page's own group is the other.)
  if (support.length && therapy.length) {
    const real = (ms: Match[]) => ms.filter((m) => !WOULD_BE.test(m.sentence.text));
    if (!real(therapy).length && real(support).length) therapy = [];
    else if (!real(support).length && real(therapy).length) support = [];
  }
  if (!support.length && !therapy.length) return unnamedOwnGroup(model, language);
  // (Not the voice of someone quoted: a news report quotes the group's founder, "unsere Gruppe …", "este grupo …", or a committee's
  // chair, "we komen met …"; the page's own voice is outside the quotation marks. A day, an hour or how often, quoted, still says
  // when the group meets: "„Wir treffen uns jeden Dienstag“, sagt die Gründerin".)
  // (A day, an hour or how often, quoted, says when the group meets only in the words of its own people, "wir", "la gruppe": not a
  // friend's weekly session told in a news story, "uma vez por semana ela ia …, conta".)
  // (Nor a meeting said of such groups in general, "Manche Selbsthilfegruppen treffen sich wöchentlich", "Wo treffen sich
  // Selbsthilfegruppen?".)
  const meetings = model
    .find(OWN_MEETING_OTHER)
    .filter(
      (m) =>
        (!quoted(m) || (SCHEDULE_WORD.test(m.text) && (firstPersonMeetingIn(m) || GROUP_WORD_OTHER.test(m.sentence.text)))) &&
        !saidOfGroupsInGeneral(m) &&
        !askedWithNoAnswer(m),
    );
  const signUp = signUpsOf(model);
  // (An organiser named in the third person, "l'association organise des groupes de parole", speaks for its own groups only on a page
  // that gives a detail of them: when one meets, a date, a way to come or to sign up, what it costs. A journal's abstract or a news
  // story on an association's groups gives none.)
  const offerDetail = (): boolean =>
    meetings.some((m) => !MEETING_VERB.test(m.text) || GROUP_SUBJECT_BEFORE.test(m.sentence.text.slice(0, m.index - m.sentence.from))) ||
    signUp.length > 0 ||
    model.find(WAY_TO_COME_OTHER).length > 0 ||
    saysCostInOtherLanguage(model);
  const ownOffer = (): boolean => offerDetail() || model.find(DATE_OTHER).length > 0;
  // (And only when what it organises is a group, or activities with a detail of them: see organisedWhat.)
  const organiserOfOwnOffer = (m: Match): boolean => {
    const what = organisedWhat(m);
    return what === 'group' ? ownOffer() : what === 'activity' ? offerDetail() : false;
  };
  const own = [
    ...model.find(OWN_GROUP_OTHER).filter((m) => !quoted(m) && (!ORGANISER_THIRD_PERSON.test(m.text) || organiserOfOwnOffer(m))),
    // (The reader awaited or invited next to a group: see AWAITED_OTHER.)
    ...model.find(AWAITED_OTHER).filter((m) => !quoted(m) && !isQuestion(m.sentence.text)),
    // (The reader told how to join the group: see JOIN_THE_GROUP.)
    ...model.find(JOIN_THE_GROUP).filter((m) => !quoted(m) && readerAddressed(m.sentence.text, language)),
    // (A practice running its groups, in the first person, with a group named in the same paragraph: see PRACTICE_RUNS_GROUPS_OTHER.)
    ...model
      .find(PRACTICE_RUNS_GROUPS_OTHER)
      .filter(
        (m) => !quoted(m) && !isQuestion(m.sentence.text) && ([...support, ...therapy].some((n) => n.block === m.block) || GROUP_WORD_RUN.test(m.block.text)),
      ),
  ];
  // (A meeting in the first person, "wir treffen uns", "nos reunimos", "vi träffas", is the group's own voice.)
  // (A practice speaking of its own group therapy, "a terapia de grupo que fazemos", or of its own patients' cancellations, on a page that
  // names group therapy and no support group: see PRACTICE_VOICE_OTHER.)
  // (Not a practice's price list or list of services, whose group therapy is only named beside its individual therapy, "Kosten für Einzel-
  // und Gruppenpsychotherapie", "terapia individual y de grupo": its rules for its patients are the practice's, not a group's.)
  const practiceVoice =
    therapy.length > 0 &&
    !support.length &&
    !therapy.every(besideIndividual) &&
    model.find(PRACTICE_VOICE_OTHER).some((m) => !quoted(m)) &&
    (['therapy-fee', 'therapy-timeframe', 'therapy-leader'] as const).some((id) => model.find(SATISFIED_OTHER[id]).length > 0);
  // (So is a fellowship speaking of itself in the first person plural, outside quotation marks: "En A.A. no somos terapeutas",
  // "Bei den Anonymen Alkoholikern helfen wir einander".)
  const ownVoice =
    own.length > 0 ||
    practiceVoice ||
    meetings.some((m) => !quoted(m) && firstPersonMeetingIn(m)) ||
    model.find(FELLOWSHIP_NAME).some((m) => !quoted(m) && FIRST_PERSON_OTHER.test(fellowshipSentence(m)));
  // (Not a news item that tells of the group in the third person, under a photo credit or an agency's mark, and gives readers no way to
  // come, no contact, address or row for where: "Die Selbsthilfegruppe trifft sich 14-tägig donnerstags in Musterstadt", a teaser.)
  // (A sign-up or contact as a label, "Kontakt:", "Anmeldung" on a line of its own; not "Kontakt" in a sentence, "regelmäßig Kontakt
  // zu anderen".)
  // (Or the reader asked to sign up, in a sentence: "Je kunt je opgeven via …", "inscrivez-vous auprès de …".)
  const reachable =
    signUp.some((m) => /^\s*[:：]/.test(textAfter(m)) || m.block.text.trim().length <= 40 || SIGN_UP_VERB_ONE.test(m.text)) ||
    model.find(WAY_TO_COME_OTHER).length > 0;
  // (Nor a feature told through its members' words, "…, säger hon", that gives readers no way to come and no hour or date to come
  // at.)
  // (A news item that gives when the group meets, a weekday and its hours in one sentence, "steeds op dinsdagmiddag van 13.00 tot 15.00
  // uur", is the group's notice, whoever prints it: no story.)
  // (The sentences with an hour found first: a sentence can hold thousands of meetings, and comparing each with each took seconds.)
  const withHour = new Set(meetings.filter((h) => /^\d/.test(h.text) && !DAY_WORD.test(h.text)).map((h) => h.sentence));
  const dayAndHour = meetings.some((m) => DAY_WORD.test(m.text) && withHour.has(m.sentence));
  const story =
    !ownVoice &&
    !reachable &&
    !dayAndHour &&
    !meetings.some((m) => WHERE_ROW.test(m.text)) &&
    (model.find(NEWS_MARK_OTHER).length > 0 ||
      // (Or a report on a finished run of meetings, counted in the past, not in the first person, on a page that names no next meeting:
      // see PAST_RUN_OTHER.)
      (model.find(PAST_RUN_OTHER).some((m) => !FIRST_PERSON_MEETING.test(m.sentence.text)) && !meetings.some((m) => NEXT_MEETING_OTHER.test(m.text))) ||
      (!meetings.some(
        (m) =>
          /\d/.test(m.text) ||
          DAY_WORD.test(m.text) ||
          (GROUP_MEETS_HOW_OFTEN.test(m.sentence.text) && (MONTH_OR_WEEK.test(m.text) || (MES_LANGUAGES.has(language) && MES.test(m.text)))),
      ) &&
        toldThroughMembers(model)));
  // (Or a practice's page on its group therapy, named again and again, with the details of its own offer: when it meets, what it costs,
  // how long it runs, who leads it, how to sign up. Two kinds of detail at least: an article on group therapy in general names a few.)
  const details = [
    meetings.length > 0,
    signUp.length > 0,
    ...(['therapy-fee', 'therapy-timeframe', 'therapy-leader'] as const).map((id) => model.find(SATISFIED_OTHER[id]).length > 0),
  ].filter(Boolean).length;
  // (A verb of meeting alone, in the third person and with no day or how often in its sentence, "de anhöriga träffas", "le persone si
  // incontrano", is said of such groups in general as well as of one: it makes the page the group's own only with a detail of its own
  // offer, a way to come, a sign-up, what attending costs, or another of its details.)
  // (Said of the group itself, "De rouwgroep komt drie namiddagen samen", "Gruppen träffas", it is the group's own; not "in a group people
  // meet", "In einer Selbsthilfegruppe treffen sich Menschen".)
  const bare = (m: Match): boolean =>
    MEETING_VERB.test(m.text) &&
    // (The German verb "treffen" is no group's name, as "Gruppentreffen" is: "In Selbsthilfegruppen treffen sich Menschen" is bare.)
    !GROUP_WORD_OTHER.test(m.text.replace(/^treffen(?![\p{L}])/iu, '')) &&
    !GROUP_SUBJECT_BEFORE.test(m.sentence.text.slice(0, m.index - m.sentence.from)) &&
    !scheduleWordIn(m) &&
    !monthWordIn(m) &&
    !firstPersonMeetingIn(m);
  const corroborated = (): boolean => reachable || signUp.length > 0 || details >= 2 || saysCostInOtherLanguage(model);
  // (Its group led or hosted by someone, "Gruppen ledes af to frivillige", "le groupe est animé par", with a way to come, a cost or
  // another detail of its own.)
  const ledBy = model.find(LED_BY_OTHER).filter((m) => !quoted(m));
  // (Or news of a new group with a way to reach it: "Neue Selbsthilfegruppe … Kontakt: …".)
  // (Or its one group named, not such groups in general, in a sentence that gives a phone number, an email or an address to reach it:
  // "Les persones que vulguin formar part del grup de suport poden trucar al telèfon 555-0134".)
  const reachedByName = [...support, ...therapy].some((n) => !generic(n) && !quoted(n) && wayToComeIn(n));
  // (Or a clinic saying its own treatment takes place in groups, "Die Behandlung erfolgt überwiegend in Gruppen", with a way to come, a
  // sign-up or another detail of its own offer; not said of such clinics in general, "In Tageskliniken findet die Therapie meist in
  // Gruppen statt": see TREATMENT_IN_GROUPS.)
  const treatedInGroups = treatment.length > 0 && !support.length && corroborated();
  // (Nor a guide to founding such a group that speaks of no group of its own: the hours it gives are a contact centre's.)
  if (!ownVoice && model.find(FOUNDING_A_GROUP).some((m) => !quoted(m))) return undefined;
  const ownPage =
    !story &&
    (reachedByName ||
      treatedInGroups ||
      ownVoice ||
      meetings.some((m) => !/\d/.test(m.text) && (!bare(m) || corroborated())) ||
      ((meetings.length > 0 || model.find(NEW_GROUP_OTHER).length > 0) && signUp.length > 0) ||
      (ledBy.length > 0 && corroborated()));
  // (Its own offer: it speaks as the practice, or gives when its group meets or a way to come. An FAQ on group therapy in general, what
  // insurers pay and who may lead it, gives details of none of its own.)
  const practicePage = therapy.length >= 2 && !support.length && details >= 2 && (ownVoice || meetings.length > 0 || reachable);
  if (!ownPage && !practicePage) return undefined;
  // (Nor a page that calls itself an article in its own text: see ARTICLE_SELF_OTHER.)
  // (A number or a link alone does not make it a notice: an article cites a regulation's number and its sources. A sign-up, the day and
  // hour its group meets, or its group named beside a way to reach it do.)
  // (Nor when it speaks as its group in the first person, "Nuestro grupo salió en la prensa: en este artículo …": an article about it.
  // An organiser named in the third person, "la asociación que organiza los grupos", is an explainer's voice as well.)
  const firstPersonVoice = own.some((m) => !ORGANISER_THIRD_PERSON.test(m.text)) || meetings.some((m) => !quoted(m) && firstPersonMeetingIn(m));
  if (!signUp.length && !dayAndHour && !reachedByName && !firstPersonVoice && model.find(ARTICLE_SELF_OTHER).some((m) => !quoted(m))) return undefined;
  // (An explainer on the kind: every name of it in general, with an indefinite article or in the plural, "un gruppo di auto-aiuto",
  // "los grupos de apoyo", "eine Selbsthilfegruppe", or quoted as a term, in a page that speaks of no group of its own, gives no way to
  // come and no date: "Lo habitual es que los grupos de apoyo se junten una vez por semana" tells how such groups meet, not when one does.)
  if (!ownVoice && !reachable && !model.find(DATE_OTHER).length && !model.find(NEW_GROUP_OTHER).length && [...support, ...therapy].every(generic))
    return undefined;
  if (support.length && therapy.length) {
    // (Both kinds named: in these languages as often a page weighing one against the other as a page offering both; passed over,
    // unless a sentence of its own makes its one group both kinds.)
    const both = oneGroupBothKinds(support, therapy);
    if (!both) return undefined;
    const evidence = [both.text.replace(/\s+/g, ' ').slice(0, 120)];
    return { language, kind: null, evidence, bothAtOnce: both, reason: `in ${language}, it names its group both kinds at once ("${evidence[0]}")` };
  }
  const kind = support.length ? 'support' : 'therapy';
  const quote = (ms: Match[]) => ms.slice(0, 1).map((m) => m.text.replace(/\s+/g, ' '));
  const evidence = [...quote(kind === 'therapy' ? therapy : support), ...quote(own.length ? own : meetings)];
  return { language, kind, evidence, reason: `in ${language}, it names ${evidence.map((e) => `"${e}"`).join(' and ')}` };
}

/**
 * A page titled with what a kind is ("Hvad er en sorggruppe", "Was ist eine Trauergruppe?") that answers it with its own group: when
 * the group meets, in a sentence giving a day, how often or how long ("Gruppen mødes en gang om ugen i 10 uger"), and whom to contact,
 * on a line of its own or with an address. An explainer on the kind in general gives neither.
 */
function answersForItsOwnGroup(model: DocumentModel): boolean {
  const title = model.title?.text ?? '';
  // (Only the question: a title calling itself a study, a guide or an advert stays an article, whatever follows.)
  if (!WHAT_IS_TITLE.test(title) || ARTICLE_OTHER.test(title.replace(new RegExp(WHAT_IS, 'iu'), ''))) return false;
  // (A verb of meeting with a day, an hour or a count in its sentence, or with how often it meets: "en gang om ugen".)
  const meetings = model.find(OWN_MEETING_OTHER).filter((m) => !quoted(m));
  const inSentence = new Map<Match['sentence'], number>();
  for (const m of meetings) inSentence.set(m.sentence, (inSentence.get(m.sentence) ?? 0) + 1);
  const scheduled = meetings.some((m) => MEETING_VERB.test(m.text) && (scheduleWordIn(m) || (inSentence.get(m.sentence) ?? 0) > 1));
  if (!scheduled) return false;
  return signUpsOf(model).some((m) => /^[\s\W]*$/.test(m.block.text.slice(0, m.index))) || model.find(WAY_TO_COME_OTHER).length > 0;
}

/**
 * The language of a page in another language whose title calls it an article, a study, a guide or a directory, or a job advert
 * ("Guía de recursos: grupos de ayuda mutua y terapia de grupo"): it writes about groups, whatever kind names it shares with English.
 */
export function otherLanguageArticleTitle(model: DocumentModel): OtherLanguage | undefined {
  const language = otherLanguageOf(model);
  return language && model.title && ARTICLE_OTHER.test(model.title.text) ? language : undefined;
}

/**
 * In a page in another language, a sentence of its own that makes one group both kinds (see oneGroupBothKinds), for kind-conflict on a
 * page the English reading took in by a name it shares with English ("Grupo de Apoyo …" over "actividades como terapia grupal").
 */
export function bothKindsAtOnceInOtherLanguage(model: DocumentModel): Match | undefined {
  if (!otherLanguageOf(model)) return undefined;
  return oneGroupBothKinds(named(model, SUPPORT_NAME_OTHER), named(model, THERAPY_NAME_OTHER));
}

// A denial in these languages, a few words before what it denies ("keine Protokolle", "pas de devoirs", "no hay deberes", "geen
// verslagen", "non si prendono appunti", "Vi för inga anteckningar", "ingen lektier", "sem tarefas"), or right after a verb it denies
// ("guérit pas", "geneest niet", "botar inte", "heilt nicht").
const NEGATION_WORD = String.raw`kein(?:e|en|er|em|es|erlei)?|nicht|nie|niemals|nichts|ohne|weder|pas|aucune?|jamais|sans|rien|ni|ne|no|nunca|ningún|ninguna|ninguno|sin|nada|não|nenhum|nenhuma|nem|sem|non|mai|nessun[oa]?|senza|niente|nulla|né|geen|niet|nooit|zonder|niets|noch|inte|inga|ingen|inget|aldrig|utan|varken|ej|ikke|intet|uden|uten|aldri|hverken|ei|eivät|emme|ilman|není|nejsou|bez|żaden|żadna|żadne|žádný|žádná|žádné|žiadny|žiadna|žiadne|nigdy|nikdy|nije|nisu|nikad|nikada|niso|nikoli|brez|не|ни|нет|немає|няма|без|[וש]?(?:לא|אין|אינ(?:ה|נה|ו|נו|ם|ן|נם|נן|ני|נני))|ללא|בלי|никак(?:ой|ая|ое|ие|их|им|ими|ого|ую)|жодн(?:ий|а|е|і|их|ого|ої|у)|никакв(?:и|а|о)|никакъв|ніяк(?:ий|а|е|і|их|ого|ої|ому|у|им|ими)`;
const NOT_DENIED = String.raw`(?<!(?:${B}(?:${NEGATION_WORD})${E}|${B}n['’])\s*(?:[\p{L}'’-]+\s+){0,3})`;
const NOT_DENIED_AFTER = String.raw`(?!\s+(?:[\p{L}'’-]+\s+)?(?:${NEGATION_WORD})${E})`;
// A denied word anywhere between two words a pattern joins ("Protokolle werden keine geführt").
const UNDENIED_GAP = (n: number) => String.raw`(?:(?!${B}(?:${NEGATION_WORD})${E})[^.;!?\n]){0,${n}}?`;
// A member writing for herself ("du kannst dir Notizen machen", "vous pouvez prendre des notes", "puoi prendere appunti").
const BY_MEMBER_OTHER = String.raw`(?<!${B}(?:du|tu|vous|ihr|sie|puedes|puede|puoi|può|você|pode|kunt|kun|kan|kann|können|pouvez|peux|peut|podéis|potete|pode|puede)\s+(?:[\p{L}'’-]+\s+){0,2})`;
/** Denial-guarded alternatives: each is read only where no denial stands a few words before it. */
const undenied = (alternatives: readonly string[]): RegExp => words(alternatives.map((a) => (a.includes(NOT_DENIED) ? a : `${NOT_DENIED}(?:${a})`)));
// (An alternative's denial check read once its stem has matched, `stem(?<=NOT_DENIED stem)`, so that the stem's letters lead and the
// pattern passes quickly over prose without them, where a check before the stem runs at every word; `undenied` takes it as it is.)
const UNDENIED_STEM = (stem: string, before = '') => String.raw`(?:${stem})(?<=${NOT_DENIED}${before}${B}(?:${stem}))`;
// (A member writing for herself in Russian, Ukrainian and Bulgarian, "Участники группы ведут заметки", "вы ведёте заметки".)
const BY_MEMBER_CYRILLIC = String.raw`(?<!${B}(?:участники|учасники|участниците|членовете|вы|ты)\s+(?:[\p{L}'’-]+\s+){0,2})`;

// A clinician's name for the leader: "Psychotherapeutin", "psychologue", "psicóloga", "psicoterapeuta", "psycholoog", "psykolog".
const CLINICIAN_OTHER = String.raw`(?:diplom-?)?(?:psycho)?therapeut\p{L}*|psycholog\p{L}*|psychiat\p{L}*|(?:psycho)?thérapeute\p{L}*|psychologue\p{L}*|psic[oó]log\p{L}*|(?:psico)?terapeut\p{L}*|psiquiatr\p{L}*|psichiatr\p{L}*|psykolog\p{L}*|(?:psyko)?terapeut\p{L}*|psykiater\p{L}*|psychoterapeut\p{L}*`;

// (A therapist or psychiatrist in Russian, Ukrainian and Bulgarian, in any case, for a group said to be therapist-led: "психотерапевт",
// "психотерапевтом", "психотерапевтка", "психіатр"; not a psychologist, who hosts many support groups there, nor the adjective.)
// (Not a general practitioner, "врач-терапевт", "лікар-терапевт", "участковый терапевт".)
const CYRILLIC_THERAPIST = String.raw`(?:(?:психо)?терапевт(?<!(?:врач|лікар|лекар)-терапевт|(?:участков|дільнич)\p{L}*\s+терапевт)(?:а|у|ом|ы|и|ов|ів|ам|ами|ка|ки|ку|кой|ът|ите)?|псих[иі]атр(?:а|у|ом|ы|и|ов|ів|ите)?|психиатър(?:а|ът)?)(?![\p{L}])`;
// (An individual consultation or session in the three: "индивидуальные консультации", "індивідуальна сесія", "индивидуални срещи".)
// (Not a personal meeting, "личные встречи", which is one in person, nor a meeting before the group starts, "перед первым занятием
// ведущая проводит индивидуальную встречу", "до начала группы".)
const CYRILLIC_INDIVIDUAL_STEM = String.raw`индивидуальн|індивідуальн|индивидуалн|личн|особист`;
const CYRILLIC_INTAKE = String.raw`(?:перед|до|преди)\s+(?:(?:перв|перш|първ)\p{L}*\s+)?(?:заняти|занятт|встреч|зустріч|срещ|сесси|сесі|начал|початк|старт)\p{L}*`;
const CYRILLIC_INDIVIDUAL_REST = String.raw`(?<!${CYRILLIC_INTAKE}[^.;!?\n]{0,80})\p{L}*\s+(?:консультац|консультаці|консултаци|сесси|сесі|сесии|встреч|зустріч|срещ|при[её]м|прийом|занят)(?<!(?:личн|особист)\p{L}*\s+(?:встреч|зустріч))\p{L}*(?![^.;!?\n]{0,80}?${CYRILLIC_INTAKE})`;
const CYRILLIC_INDIVIDUAL = String.raw`(?:${CYRILLIC_INDIVIDUAL_STEM})${CYRILLIC_INDIVIDUAL_REST}`;

/**
 * Words by which a rule that fires on wording fires in the other languages, by rule id. A denial before them ("keine Hausaufgaben",
 * "geen verslagen") keeps them silent, as the English reading's stance does for its own patterns.
 */
export const FIRING_OTHER: Readonly<Record<string, RegExp>> = {
  // Members invited to become the facilitator's clients: an individual consultation or an appointment booked at the facilitator's own
  // practice or with them ("prendre rendez-vous … au cabinet de Mme X", "Einzeltermine in meiner Praxis", "cita individual conmigo",
  // "individuele gesprekken in haar praktijk", "boka tid hos mig", "colloqui individuali nel mio studio").
  'support-no-client-recruitment': undenied([
    String.raw`(?:einzel\p{L}*|individu\p{L}*|enskild\p{L}*|enkelt\p{L}*|privat\p{L}*|termin\s+vereinbaren|vereinbaren\s+sie\s+(?:einen\s+)?termin|prend(?:re|s|ez)\s+rendez-vous|(?:pedir|solicitar|reservar|agendar|marcar)\s+(?:una?\s+)?(?:cita|consulta|sesi[oó]n|sess[aã]o)|prendere\s+(?:un\s+)?appuntamento|afspraak\s+maken|maak\s+een\s+afspraak|boka\s+(?:en\s+)?(?:tid|samtal)|bestill?e?\s+(?:en\s+)?(?:tid|samtale))` +
      UNDENIED_GAP(80) +
      String.raw`(?:(?:au|à\s+son|à\s+mon|dans\s+son|dans\s+mon)\s+cabinet|in\s+(?:meiner|ihrer|seiner|unserer)\s+(?:eigenen\s+)?praxis|en\s+(?:mi|su)\s+(?:consulta|consultorio|gabinete)|conmigo|comigo|no\s+(?:meu|seu)\s+consult[oó]rio|(?:presso\s+il|nel)\s+(?:mio|suo)\s+studio|(?:in|bij)\s+(?:mijn|haar|zijn)\s+(?:eigen\s+)?praktijk|(?:på|i)\s+(?:min|hennes|hans)\s+(?:egen\s+)?(?:mottagning|praktik)|hos\s+(?:mig|meg)|(?:i|på)\s+(?:min|hendes|hans|hennes)\s+(?:egen\s+)?(?:praksis|klinik))`,
    String.raw`(?:devenir|werden\s+sie|volverse|hacerse|tornar-se|diventare|worden)\s+(?:(?:mon|ma|son|sa|mein(?:e)?|su|mi|meu|minha|mio|mia|suo|sua|mijn|haar)\s+)(?:patient\p{L}*|client\p{L}*|klient\p{L}*|paciente|cliente|cliënt)`,
    // (Russian, Ukrainian and Bulgarian: an individual consultation with the leader or at her own practice, "индивидуальные консультации у
    // меня в кабинете", "записатися до мене на індивідуальну сесію", "индивидуални консултации при водещата"; the group's leaders
    // offering them, "ведущие групп доступны для индивидуальных консультаций", "ведуча групи також проводить індивідуальні зустрічі";
    // becoming her client, "стать моим клиентом".)
    String.raw`${UNDENIED_STEM(CYRILLIC_INDIVIDUAL_STEM)}${CYRILLIC_INDIVIDUAL_REST}` +
      UNDENIED_GAP(60) +
      String.raw`${B}(?:у\s+меня|ко\s+мне|со\s+мной|у\s+мене|до\s+мене|зі\s+мною|при\s+мен|с\s+мен|в\s+(?:моём|моем|моєму|моя|моята)\s+(?:кабинет|кабінет|практик|практи)\p{L}*|(?:у|к|с|при|з|із|до|от)\s+(?:ведущ|ведуч|водещ)\p{L}*)${E}`,
    String.raw`${UNDENIED_STEM('ведущ|ведуч|водещ|фасилитатор|фасилітатор')}\p{L}*\s+(?:(?:на\s+)?груп\p{L}*\s+)?(?:(?!(?:${NEGATION_WORD})${E})[\p{L}-]+\s+){0,3}?${CYRILLIC_INDIVIDUAL}|${UNDENIED_STEM('стать|стати|станете|станеш')}\s+(?:моим|моей|моїм|моєю|мой|моя|моите)\s+(?:клиент|клієнт|пациент|пацієнт)\p{L}*`,
  ]),
  // The leader presented as doing therapy here: therapist-led, leading the group therapeutically, or led by a clinician ("geleid door
  // psychotherapeut", "unter der Leitung einer Psychotherapeutin", "dirigido por una psicóloga"). (Hosted or facilitated, "animé par",
  // "moderiert von", "begeleid door", is no therapy.)
  'support-facilitator-role': undenied([
    String.raw`therapeut(?:en)?-?geleid|therapeut(?:en|innen)?-?geleitet|terapeut-?led(?:d|et)|thérapeute-?guidé\p{L}*`,
    String.raw`(?:therapeutisch|thérapeutiquement|de\s+(?:manière|façon)\s+thérapeutique|de\s+(?:forma|manera)\s+terap[eé]utica|terapeuticamente|in\s+modo\s+terapeutico|terapeutiskt?)\s+(?:ge)?(?:leid|leidt|leiden|begeleid|begeleidt|geleitet|geführt|begleitet|angeleitet|leitet|begleitet|guidé\p{L}*|dirig\p{L}*|conduc\p{L}*|conduz\p{L}*|guid\p{L}*|condott\p{L}*|ledd|leds|ledet|ledes|leder)`,
    String.raw`(?:leidt|leiden|begeleidt|begeleiden|leitet|leiten|begleitet|begleiten|anime|dirige|conduit|guide|guía|dirige|conduce|conduz|guida|conduce|leder|guidar|guider)\s+(?:de\s+groep|die\s+gruppe|le\s+groupe|el\s+grupo|o\s+grupo|il\s+gruppo|gruppen)\s+(?:therapeutisch|thérapeutiquement|terap[eé]uticamente|terapeutiskt?)`,
    // (German sets the verb last: "Die Gruppe wird von einer Psychotherapeutin geleitet".)
    String.raw`von\s+(?:einer|einem|der|dem|zwei)\s+(?:[\p{L}-]+\s+){0,2}?(?:${CLINICIAN_OTHER})\s+(?:[\p{L}-]+\s+){0,2}?(?:geleitet|angeleitet|geführt)`,
    String.raw`(?:geleid\s+door|onder\s+leiding\s+van|geleitet\s+von|unter\s+(?:der\s+)?leitung\s+(?:von|einer|eines|der|des)|dirigée?s?\s+par|conduite?s?\s+par|dirigid[oa]s?\s+por|conducid[oa]s?\s+por|conduzid[oa]s?\s+por|condott[oa]\s+da|guidat[oa]\s+da|dirett[oa]\s+da|leds\s+av|ledd\s+av|ledes\s+(?:af|av)|ledet\s+(?:af|av))\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:${CLINICIAN_OTHER})`,
    // (Russian, Ukrainian and Bulgarian: therapist-led, the one group led by a therapist or under her lead, "группу ведёт психотерапевт",
    // "групу веде лікар-психотерапевт", "групата се води от психотерапевт", "под руководством психотерапевта", "під керівництвом
    // психіатра"; a psychologist who hosts is no therapist.)
    String.raw`${UNDENIED_STEM('группу|групу|групата|встречи|зустрічі|срещите|занятия|заняття')}\s+(?:(?:се|е)\s+)?(?:ведёт|ведет|ведут|веде|ведуть|води|водят|водена\s+от|ръководи|проводит|проводят|проводить|проводять)\s+(?:(?!(?:${NEGATION_WORD})${E})[\p{L}-]+\s+){0,2}?(?:\p{L}+-)?${CYRILLIC_THERAPIST}|${UNDENIED_STEM(String.raw`под\s+руководством|під\s+керівництвом|под\s+ръководството\s+на`)}\s+(?:(?!(?:${NEGATION_WORD})${E})[\p{L}-]+\s+){0,2}?(?:\p{L}+-)?${CYRILLIC_THERAPIST}`,
  ]),
  // Notes, minutes or a file kept on members: a verb of writing or keeping and a record's name, either way round ("Es werden Protokolle
  // geführt", "skriver et kort notat om hver deltager", "si prendono appunti", "Vi för anteckningar", "tomamos notas").
  'support-no-records': undenied([
    String.raw`${BY_MEMBER_OTHER}(?:führ(?:en|t|e)|geführt|schreib(?:en|t|e)|geschrieben|notier(?:en|t|e)|notiert|dokumentier(?:en|t|e)|dokumentiert|angelegt|prend(?:re|s|ons|ont|)|pris|tient|tenons|tenir|tenu[es]?|rédig\p{L}*|consign\p{L}*|tomamos|toma|toman|tomar|tomará|llevamos|llevar|registramos|registra|registran|guardamos|mantenemos|anotamos|anota|anotam|registram|prendiamo|prende|prendono|teniamo|tiene|tengono|tenere|redigiamo|redige|maken|maakt|gemaakt|houden|houdt|bijgehouden|schrijven|schrijft|geschreven|noteren|noteert|genoteerd|vi\s+för|förs|för\s+vi|skriver|skrivs|antecknar|dokumenterar|fører|føres|noterer|dokumenterer|laver|lager)` +
      UNDENIED_GAP(40) +
      String.raw`${B}(?:protokoll\p{L}*|notizen|aufzeichnungen|akten?|notes|dossiers?|comptes?[-\s]rendus?|fiches?\s+de\s+suivi|notas|registros?|expedientes?|actas|anotações|prontuários?|appunti|verbali|cartell[ae]|aantekeningen|verslag(?:en)?|notities|anteckningar|notat(?:er)?|referat(?:er)?)`,
    String.raw`${BY_MEMBER_OTHER}(?:fører|føres|vi\s+för|förs|skriver)\s+(?:[\p{L}-]+\s+)?journal(?:er)?`,
    String.raw`(?:protokoll\p{L}*|notizen|aufzeichnungen|notes|comptes?[-\s]rendus?|notas|registros|anotações|appunti|verbali|aantekeningen|verslag(?:en)?|notities|anteckningar|notat(?:er)?|referat(?:er)?)${UNDENIED_GAP(30)}${B}(?:(?:werden|wird)\s+(?:[\p{L}-]+\s+)?(?:geführt|geschrieben|angefertigt|gemacht|erstellt)|(?:sont|seront)\s+(?:prises|tenus|rédigé\p{L}*|conservé\p{L}*)|(?:worden|wordt)\s+(?:[\p{L}-]+\s+)?(?:gemaakt|bijgehouden|bewaard)|förs|skrivs|sparas|føres|skrives|gemmes)`,
    // (German sets the verb last: "Es werden Protokolle über jeden Teilnehmer geführt".)
    String.raw`${BY_MEMBER_OTHER}(?:werden|wird)\s+(?:(?!(?:${NEGATION_WORD})${E})[\p{L}-]+\s+){0,3}?(?:protokoll\p{L}*|notizen|aufzeichnungen|akten)${UNDENIED_GAP(60)}${B}(?:geführt|geschrieben|angefertigt|gemacht|erstellt|angelegt)`,
    String.raw`si\s+prend(?:e|ono)\s+(?:[\p{L}'’-]+\s+)?(?:appunti|note)|se\s+(?:toman|llevan|guardan)\s+(?:[\p{L}-]+\s+)?(?:notas|registros)|(?:förs|skrivs)\s+(?:[\p{L}-]+\s+)?anteckningar`,
    // (Hebrew: notes or a file kept on members, "אנו רושמים הערות על כל משתתף", "המנחה שומרת סיכום של כל מפגש", "תיק אישי".)
    String.raw`(?:רושמ|מתעד|שומר)(?:ים|ות|ת)?\s+(?:[\p{L}-]+\s+){0,3}?${HE_P}(?:רשומות|הערות|סיכומ(?:ים|י)?|תיעוד|רישומ(?:ים)?)|${HE_P}(?:תיק|רשומה)\s+(?:ה)?(?:אישי|רפואי|קליני)(?:ת)?`,
    // (Russian, Ukrainian and Bulgarian: notes or a file kept on members, "мы ведём записи о каждом участнике", "ведуться протоколи
    // зустрічей", "водим бележки"; attendance kept, "ведётся учёт посещаемости", "журнал відвідування"; a form with clinical questions,
    // "анкета о симптомах и принимаемых препаратах".)
    String.raw`${UNDENIED_STEM(String.raw`ведём|ведем|ведут|ведётся|ведется|ведутся|ведемо|ведуть|ведеться|ведуться|водим|водят|се\s+води|записыва(?:ем|ют)|записуємо|записують|фиксиру(?:ем|ют)|фіксуємо|документиру(?:ем|ют)|документуємо|документираме|записваме|сохраня(?:ем|ются)|зберігаємо|съхраняваме`, BY_MEMBER_OTHER + BY_MEMBER_CYRILLIC)}` +
      UNDENIED_GAP(40) +
      String.raw`${B}(?:протокол\p{L}*|заметк\p{L}*|нотатк\p{L}*|бележк\p{L}*|записи\s+(?:о|про|за)(?=\s)|досье|досьє|досие|карт(?:у|ы|и|а|очк\p{L}*)\s+(?:кажд|кожн|всек|участ|учасн|клиент|клієнт)\p{L}*|журнал\p{L}*\s+(?:посещени|посещаемост|відвідуван|присъств)\p{L}*)`,
    String.raw`${UNDENIED_STEM('уч[её]т')}\s+посещаемост\p{L}*|${UNDENIED_STEM('облік')}\s+відвідуван\p{L}*|${UNDENIED_STEM('присъствен')}\p{L}*\s+(?:списък|лист)\p{L}*|${UNDENIED_STEM('анкет|опросник|опитувальник|въпросник')}\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:симптом|диагноз|діагноз|лечени|лікуван|медикамент|препарат|лекарств|ліки|ліків|психиатр|психіатр)\p{L}*`,
  ]),
  // A promise to treat or cure ("curare l'ansia", "guarir de", "heilen", "genezen van", "bota"), or therapy sessions offered.
  'support-no-therapy-claims': undenied([
    String.raw`(?:heilen|heilt|geheilt|guérir|guérit|guérissent|soigner|soigne|soignons|curar|curamos|cura|curan|curare|curiamo|cura|guarire|guarisce|guariscono|genezen|geneest|bota|botar|helbrede|helbreder|kurere|kurerer|(?:behandeln|behandelt|traiter|traitons|tratar|tratamos|trattare|trattiamo|behandelen|behandla|behandlar|behandle|behandler)(?=\s+(?:ihre|deine|eure|votre|vos|ton|ta|tes|tu|tus|su|sus|a\s+sua|o\s+seu|la\s+tua|il\s+tuo|la\s+vostra|je|uw|din|ditt|dina|er|jeres|dine|deres)${E}))${NOT_DENIED_AFTER}\s+(?:(?:de|van|dalla|dal|dagli|dall['’]|dai|da|von|d['’]|de\s+la|du|des|l['’]|la|il|le|el|tu|su|your|din|er|jeres|dere|je|uw|ihre?|deine?)\s*)?(?:[\p{L}'’-]+\s+){0,3}?(?:ansia|ansiedad|ansiedade|angst|anxiété|ångest|depress\p{L}*|dépression|panic\p{L}*|pani\p{L}*|sucht|addiction|adicci\p{L}*|vício|dipendenz\p{L}*|verslaving|beroende|afhængighed|avhengighet|trauma\p{L}*|disturb\p{L}*|störung\p{L}*|trouble\p{L}*|trastorno\p{L}*|transtorno\p{L}*|stoornis\p{L}*|lidelse\p{L}*|krankheit\p{L}*|maladie\p{L}*|enfermedad\p{L}*|doença\p{L}*|malattia\p{L}*|ziekte\p{L}*|sjukdom\p{L}*|sygdom\p{L}*|sykdom\p{L}*|symptom\p{L}*|sintom\p{L}*|symptôm\p{L}*|burn-?out|phobi\p{L}*|fobi\p{L}*)`,
    // (Or therapeutic support, care or accompaniment said of the group: "como apoyo terapéutico", "sostegno terapeutico", "soutien
    // thérapeutique", "apoio terapêutico", "therapeutische Begleitung", "therapeutische Unterstützung".)
    String.raw`(?:apoyo|acompañamiento|sostegno|supporto|accompagnamento|soutien|accompagnement|apoio|acompanhamento)\s+(?:psycho|psico)?(?:th[eé]|te)rap(?:[eéê]utic[oa]|eutico|eutique)|therapeutische[nr]?\s+(?:unterstützung|begleitung)`,
    String.raw`therapiesitzungen|séances\s+de\s+(?:psycho)?thérapie|sesiones\s+de\s+(?:psico)?terapia|sessões\s+de\s+(?:psico)?terapia|sedute\s+di\s+(?:psico)?terapia|therapiesessies|terapisessioner|terapitimer`,
    // (Russian, Ukrainian and Bulgarian: curing or treating a disorder, "лечим депрессию", "лікуємо тривожні розлади", "лекуваме
    // зависимости"; therapy sessions or therapeutic help said of the group, "сеансы психотерапии", "терапевтическая поддержка",
    // "терапевтичні сесії", "терапевтична помощ".)
    String.raw`${UNDENIED_STEM(String.raw`леч(?:им|ит|ат)|вылеч\p{L}*|ліку(?:ємо|є|ють)|виліку\p{L}*|лекува(?:ме|т)?|излекува\p{L}*`)}\s+(?:\p{L}+\s+){0,2}?(?:депресс?[иі]\p{L}*|депреси\p{L}*|трев[оа]ж\p{L}*|тривож\p{L}*|зависимост\p{L}*|залежн\p{L}*|травм\p{L}*|расстройств\p{L}*|розлад\p{L}*|разстройств\p{L}*|паническ\p{L}*|панічн\p{L}*|панически\p{L}*|фоби\p{L}*|фобі\p{L}*|заболевани\p{L}*|захворюван\p{L}*|заболяван\p{L}*)`,
    String.raw`${UNDENIED_STEM(String.raw`сеанс\p{L}*|сесси\p{L}*|сесі[їия]|сесии`)}\s+(?:психо)?терап[иі]\p{L}*|${UNDENIED_STEM(String.raw`(?:психо)?терапевти(?:ческ|чн)`)}\p{L}*\s+(?:сеанс|сесси|сесі|сесии|помощ|поддержк|допомог|підтримк|подкреп)\p{L}*`,
    // (Hebrew: a promise to treat or cure, "מטפלת בחרדה", "לטפל בדיכאון", "ריפוי", a diagnosis, therapy sessions offered, "מפגשי טיפול".)
    String.raw`${HE_P}(?:מטפל(?:ת|ים|ות)?|לטפל|נטפל|טיפול)\s+ב(?:ה)?(?:חרד(?:ה|ות)|דיכאון|דכאון|טראומ(?:ה|ות)|התמכרו(?:ת|יות)|הפרע(?:ה|ות|ת)|תסמינ(?:ים|י))|${HE_P}(?:ריפוי|לרפא|אבחון|אבחנה)|${HE_P}(?:מפגשי|פגישות)\s+טיפול`,
    // (French, Spanish, Italian, Portuguese and Catalan: the group's own talks, sessions or meetings called therapeutic, "charlas
    // terapéuticas", "sesiones terapéuticas", "encuentros terapéuticos", "conversas terapêuticas", "sessões terapêuticas", "incontri
    // terapeutici", "sedute terapeutiche", "séances thérapeutiques", "rencontres thérapeutiques", "trobades terapèutiques".)
    String.raw`(?:charlas|conversaciones|sesiones|sesión|encuentros|reuniones|conversas|rodas|sess[õo]es|encontros|reuni[õo]es|incontri|incontro|sedute|colloqui|sessioni|riunioni|séances|séance|rencontres|réunions|entretiens|xerrades|sessions|trobades)\s+(?:th[ée]|te)rap(?:[eéêè]utic(?:[oa]s|as|os|i|he|s|ues|a|o)|[eè]utiques?)`,
  ]),
  // Worksheets, homework and psychoeducation ("Hausaufgaben", "fiches d'exercices", "tareas para casa", "huiswerk", "läxor",
  // "hjemmeopgaver", "compiti a casa", "psicoeducação"). (Not duties: "droits et devoirs", "derechos y deberes", "i compiti del
  // facilitatore".)
  'support-no-clinical-activities': undenied([
    String.raw`hausaufgaben|arbeitsbl[äa]tter|übungsbl[äa]tter|psychoedukation|devoirs\s+(?:à|a)\s+(?:la\s+)?maison|(?<!droits\s+et\s+)des\s+devoirs|fiches\s+d['’]exercices|exercices\s+à\s+faire\s+(?:à\s+la\s+maison|chez\s+(?:soi|vous))|psycho-?éducation`,
    String.raw`(?<!derechos\s+y\s+(?:los\s+)?)(?<!(?:sus|los|mis|tus)\s+)deberes(?!\s+(?:y\s+derechos|como|de\s+l|del))|tareas\s+(?:para|en)\s+(?:la\s+)?casa|fichas\s+de\s+(?:trabajo|ejercicios)|hojas\s+de\s+trabajo|psicoeducaci[oó]n|psicoeduca[cç][aã]o|tarefas\s+(?:de|para)\s+casa|trabalhos\s+de\s+casa|fichas\s+de\s+exerc[ií]cios`,
    // (Teaching sessions given to members, psychoeducation by another name: "sesiones formativas", "sesiones psicoeducativas", "incontri
    // formativi", "sessões psicoeducativas", "séances psychoéducatives"; "entrenamiento en habilidades", skills training.)
    String.raw`sesiones\s+(?:(?:informativas|teóricas)\s+y\s+)?(?:formativas|psicoeducativas|educativas|de\s+entrenamiento)|entrenamiento\s+en\s+habilidades|incontri\s+(?:(?:informativi)\s+e\s+)?(?:formativi|psicoeducativi)|sessioni\s+(?:formative|psicoeducative)|sessões\s+(?:(?:informativas)\s+e\s+)?(?:formativas|psicoeducativas|educativas)|treino\s+de\s+(?:competências|habilidades)|séances\s+(?:psycho-?éducatives|de\s+formation)`,
    String.raw`compiti\s+(?:a|per\s+(?:la\s+)?)\s*casa|schede\s+di\s+(?:lavoro|esercizi)|esercizi\s+(?:a|da\s+fare\s+a)\s+casa|psicoeducazione`,
    String.raw`huiswerk(?:opdrachten|opdracht)?|werkbladen|oefenbladen|psycho-?educatie|hemuppgifter|hemläxor|läxor|arbetsblad|psykoedukation|hjemmeopgaver|hjemmeoppgaver|lektier|lekser|arbejdsark|arbeidsark|psykoedukasjon`,
    // (Psychoeducation and homework in the thirteen languages: "psychoedukacja", "zadania domowe", "psychoedukace", "domácí úkoly",
    // "psihoedukacija", "domaće zadaće", "domače naloge", "heimaverkefni", "psühhoharidus", "kodutööd", "psihoizglītība", "mājasdarbi",
    // "psichoedukacija", "namų darbai", "pszichoedukáció", "házi feladat", "psikoeğitim", "ev ödevi", "ψυχοεκπαίδευση", "psihoeducație",
    // "teme pentru acasă".)
    String.raw`psychoedukac\p{L}*|psychoedukáci\p{L}*|zada(?:nia|ń)\s+domow\p{L}*|domácí\s+úkol\p{L}*|domáce\s+úloh\p{L}*|psihoedukacij\p{L}*|doma[ćc]\p{L}*\s+zada[ćc]\p{L}*|domače\s+nalog\p{L}*|heimaverkefn\p{L}*|psühhoharidus\p{L}*|psühhoedukatsioon\p{L}*|kodutöö\p{L}*`,
    String.raw`psihoizglītīb\p{L}*|mājasdarb\p{L}*|psichoedukacij\p{L}*|namų\s+darb\p{L}*|pszichoedukáció\p{L}*|házi\s+feladat\p{L}*|psikoeğitim\p{L}*|ev\s+ödev\p{L}*|ψυχοεκπα[ιί]δευσ\p{L}*|psihoeduca[țţt]i\p{L}*|teme\s+(?:pentru|de)\s+acas[ăa]`,
    // (Hebrew: "שיעורי בית", "דפי עבודה", "פסיכו-חינוך", "משימות לבית".)
    String.raw`${HE_P}שיעורי\s+בית|${HE_P}דפי\s+עבודה|${HE_P}פסיכו-?חינוך|${HE_P}משימות\s+(?:ל|ה)בית`,
    // (Russian, Ukrainian and Bulgarian: "психоэдукация", "психообразование", "психоосвіта", "психообучение", homework, "домашние
    // задания", "домашнє завдання", "домашни задания", worksheets, "рабочие листы", "робочі аркуші".)
    // (Not a child's school homework, "как помочь ребёнку с домашними заданиями", "школьные домашние задания".)
    String.raw`${UNDENIED_STEM('психоэдукаци|психоедукаці|психоедукаци|психообразовани|психоосвіт|психообучени')}\p{L}*|(?:${UNDENIED_STEM('домашн')}(?<!(?:ребёнку|ребенку|ребёнка|ребенка|детям|детей|дитині|дитини|дітям|дітей|детето|децата|школьн\p{L}*|шкільн\p{L}*|училищн\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}домашн)\p{L}*\s+(?:задани\p{L}*|завданн\p{L}*)|${UNDENIED_STEM('рабоч')}\p{L}*\s+лист(?:ы|ов|ах|ами)|${UNDENIED_STEM('робоч')}\p{L}*\s+аркуш\p{L}*)${NOT_DENIED_AFTER}`,
  ]),
  // The therapist taking part as a member ("partecipo come membro alla pari", "als gleichberechtigtes Mitglied", "comme un membre du
  // groupe"), or sharing her own experiences ("condivido le mie esperienze personali", "je partage mes propres expériences").
  'therapy-peer-participation': undenied([
    String.raw`(?:als|comme|en\s+tant\s+que|como|come|som)\s+(?:un[ae]?\s+|um[a]?\s+|een\s+|en\s+|ett\s+|et\s+|ein(?:e|en)?\s+)?(?:(?:gewöhnlich|gleichberechtigt|normal|vanlig|almindelig|gewoon|simple|semplice)\p{L}*\s+)?(?:membr[oe]|miembro|mitglied|teilnehmer(?:in)?|participante?|partecipante|lid|deelnemer|medlem|deltagare|deltager|deltaker)(?:\s+(?:alla\s+pari|más|mais|à\s+part\s+entière|wie\s+alle\s+anderen|comme\s+les\s+autres|del\s+gruppo|du\s+groupe|del\s+grupo|do\s+grupo|der\s+gruppe|van\s+de\s+groep|i\s+gruppen|av\s+gruppen|af\s+gruppen))`,
    String.raw`membr[oe]\s+alla\s+pari|(?:als|come|como|comme)\s+(?:ein(?:e)?\s+|un[ao]?\s+)?(?:von\s+euch|di\s+voi|de\s+vosotros|d['’]entre\s+vous)`,
    String.raw`(?:teile|partage|comparto|condivido|compartilho|partilho|deel|delar|deler)\s+(?:ich\s+)?(?:auch\s+|aussi\s+|también\s+|anche\s+|ook\s+|också\s+|også\s+)?(?:meine|mes|mis|le\s+mie|as\s+minhas|minhas|mijn|mina|mine)\s+(?:eigenen\s+|propres\s+|propias\s+|egna\s+|egne\s+|eigen\s+)?(?:persönlichen\s+)?(?:erfahrungen|expériences|experiencias|esperienze|experiências|ervaringen|erfarenheter|erfaringer|geschichte|histoire|historia|storia|história|verhaal|berättelse|historie|fatiche|parcours|difficult\p{L}*|schwierigkeiten|moeilijkheden)`,
  ]),
};

/** A leader speaking of herself or named in the sentence, for therapy-peer-participation in another language. */
export const LEADER_OTHER = new RegExp(
  String.raw`${B}(?:ich|je|j['’]|yo|io|ik|jag|jeg|eu|moi|mich|mir|me|mij|meg|mig|partecipo|participo|participe|comparto|condivido|compartilho|partilho|neem|deltar|deltager|nehme|${CLINICIAN_OTHER}|leiterin|leiter|animat\p{L}*|conductor\p{L}*|conduttor\p{L}*|begeleider|ledare|leder)${E}`,
  'iu',
);
/** A member's own pledge ("Als Mitglied verpflichte ich mich", "comme membre, je m'engage", "come membro mi impegno"). */
export const PLEDGE_OTHER =
  /(?<![\p{L}])(?:verpflichte|m['’]engage|me\s+comprometo|mi\s+impegno|me\s+comprometo|verplicht|förbinder|forpligter|forplikter|comprometo-me|accetto|akzeptiere|accepte|acepto)(?![\p{L}])/iu;

/** The practice's extra phrases for a rule, with the words that satisfy it in the page's language when the page is in another. */
// (Keyed weakly by the practice's pattern: a changed configuration leaves the old one to be collected.)
const joined = new WeakMap<RegExp, Map<string, RegExp>>();
export function withOtherLanguage(model: DocumentModel, ruleId: string, extra: RegExp | undefined): RegExp | undefined {
  // (support-free reads its extra phrases as charges: there, the other languages' charges; a cost said is saysCostInOtherLanguage.)
  // (therapy-dual-relationship reads them as individual sessions offered too: there, those in the other languages.)
  const other =
    ruleId === 'support-free' ? CHARGE_OTHER : ruleId === 'therapy-dual-relationship' ? DUAL_OTHER : (FIRING_OTHER[ruleId] ?? SATISFIED_OTHER[ruleId]);
  if (!other || !otherLanguageOf(model)) return extra;
  if (!extra) return other;
  let byRule = joined.get(extra);
  if (!byRule) joined.set(extra, (byRule = new Map()));
  let re = byRule.get(ruleId);
  if (!re) byRule.set(ruleId, (re = new RegExp(`${extra.source}|${other.source}`, 'giu')));
  return re;
}

/**
 * A charge for a support group in another language: an amount of money ("5 €", "100 kr") or a fee's name ("Teilnahmegebühr",
 * "cotisation", "cuota", "bijdrage", "avgift"), unless said to be none ("keine Gebühr", "sans cotisation", "ingen avgift").
 */
const CHARGE_OTHER = new RegExp(
  String.raw`(?<!(?:kein|keine|keinen|ohne|sans|aucune?|sin|ninguna|sem|nenhuma|senza|nessun[ao]?|geen|zonder|ingen|uden|gratis|free|(?<![\p{L}])(?:pas\s+de|no\s+hay|non\s+c['’]è|keinerlei|inga|intet|bez|brez|fără|fara|nėra|nav|без|не(?=\s+(?:нужн|требуется|взимается))|ללא|בלי|אין))\s{1,9}(?:[\p{L}-]+\s{1,9})?)` +
    `${B}(?:\\d+(?:[.,]\\d\\d)?\\s?(?:€|euro|eur|kr|sek|dkk|nok|chf|eura|eiro|eurų|kn|din|rsd|lei|ron|zł|kč|ft|tl)|[€₺]\\s?\\d+|teilnahmegebühr|kostenbeitrag|gebühr|frais\\s+d['’]inscription|cotisation|cuota|mensualidade|quota\\s+associativa|eigen\\s+bijdrage|avgift|deltagergebyr|deltageravgift|egenbetaling|kontingent|opłat(?:a|y|ę)|poplat(?:ek|ky|ku|ok)|cijen(?:a|e|u)|naknad(?:a|e|u)|članarin(?:a|e|u)|kotizacij(?:a|e|u)|tax[ăa]\\s+de\\s+participare|cotiza[țţt]i[ae]|dalības\\s+maksa|mokest(?:is|į)|dalyvavimo\\s+mokesč\\p{L}*|részvételi\\s+díj|osalustasu|þátttökugjald|katılım\\s+ücreti|\\d+(?:[.,]\\d\\d)?\\s?(?:₽|руб\\.?|рубл(?:ей|я|ь)|грн\\.?|гривень|гривні|лв\\.?|лева)|₽\\s?\\d+|${SHEKELS}|דמי\\s+(?:ה)?השתתפות)${E}`,
  'giu',
);

/** Does a page in another language say what attending costs ("kostenlos", "gratuit", "gratis", "kosteloos", a price)? */
export function saysCostInOtherLanguage(model: DocumentModel): boolean {
  return otherLanguageOf(model) !== undefined && model.find(SATISFIED_OTHER['support-free']).length > 0;
}
