// Negation and assertion, decided once here for every rule: is a phrase found in a
// sentence affirmed, negated ("this is not therapy", "no homework", "notes are not kept"),
// hypothetical ("if you would like therapy, ask for a referral") or asked ("Is this therapy?")?

import { anyOf } from './patterns';

export type Stance = 'affirmed' | 'negated' | 'hypothetical' | 'question';

// "Not only/just": a "not" that adds, and negates nothing.
const NOT_ONLY = String.raw`(?!\s+(?:only|just|merely|simply)\b)`;
// Words that negate what follows them in the same clause. "not only/just" does not negate.
const NEGATOR = anyOf([
  String.raw`\b(?:not${NOT_ONLY}|no(?!\s+(?:matter|later|sooner|less|more)\b)(?!-)|never|without|nor|neither|none|nothing|non` +
    String.raw`|nobody|no-one|cannot|zero|free\s+of|instead\s+of|rather\s+than|in\s+place\s+of|as\s+opposed\s+to|unlike|different\s+from|differs?\s+from|no\s+longer)\b`,
  String.raw`n't\b`,
  String.raw`\bnon-`,
  // Spanish, as bilingual flyers write it: "sin tareas ni hojas de trabajo", "no hay costo".
  String.raw`\b(?:sin|ni)\b`,
]);

// Clause boundaries: a negation before one of these does not reach past it.
const CLAUSE_BREAK = anyOf([
  String.raw`[;|()[\]]`,
  // A colon, unless a negation leads up to it: "This group is not: therapy, counseling or medical advice".
  String.raw`(?<!(?:\bnot|\bnever|n't)[\s*_]*):`,
  String.raw`\s[—–-]\s`,
  String.raw`—`,
  String.raw`,\s*(?:and|but)\s+(?=(?:do|does|did|don't|doesn't|will|won't|can|cannot|can't|may|must|should|have|has|are|is)\b)`,
  // ("Instead, we share" breaks the clause; "instead of homework" negates what follows it.)
  String.raw`\b(?:but|however|although|though|yet|instead(?!\s+of\b)|whereas|while|so|because|which|where|and\s+(?:we|you|it|this|our|the\s+group|there|they)|then)\b`,
  String.raw`,(?=\s*(?:and\s+|so\s+|but\s+)?(?:this|it|we|you|they|our|the\s+group|there|i|he|she|all|everyone|members|participants)\b(?!\s+(?:or|and)\b))`,
]);

// A phrase followed by one of these is denied: "homework is not required", "Fee: none". (As with NEGATOR, "not only/just" does not
// deny: "Group therapy is not just a support group" says more of group therapy, not less.)
const AFTER_DENIAL = anyOf(
  [
    String.raw`^[\s"'*_]*(?:(?:\s*(?<![^\s"'*_])[^\s.;:!?]+){0,5}?\s+(?:is|are|was|were|will\s+be|will|would\s+be|be|do|does|shall\s+be|can\s+be|gets?)\s+` +
      String.raw`(?:not${NOT_ONLY}|never)\b|(?:\s*(?<![^\s"'*_])[^\s.;:!?]+){0,5}?\s*(?:isn't|aren't|won't|wasn't|weren't|doesn't|don't)\b${NOT_ONLY}` +
      String.raw`|\s*(?:[:=|\-–—]|\s)\s*(?:none|no|n\/a|nil|nothing|zero` +
      String.raw`|not\s+(?:required|needed|necessary|expected|applicable)|\$\s?0(?:\.00)?|free)(?![\w/]))`,
  ],
  'i',
);

// What every denial AFTER_DENIAL reads holds, in any case ("not", "never", "n't", "none", "no", "nothing", "n/a",
// "nil", "zero", "$0", "free"): most clauses after a phrase hold none, and are not given to the long pattern.
const DENIAL_WORD = /no|never|n't|n\/a|nil|zero|\$|free/i;

const LABEL = /^(?:[\s*_]*(?:[/&]\s*)?[\p{L}'-]+){0,3}?[\s*_]*[:=|][\s*_]*/u;
const LABEL_DENIAL = anyOf(
  [
    String.raw`^(?:there\s+is\s+|it(?:'s|\s+is)\s+|is\s+|totally\s+|completely\s+|always\s+|100%\s+)?(?:none|no(?!\s+one\s+turned)|n\/a|nil|nothing|not\s+` +
      String.raw`(?:required|needed|necessary|expected|applicable|charged)|\$\s?0(?:\.00)?|free|gratis|gratuit|sin\s+costo)(?![\w/])`,
  ],
  'i',
);

const HYPOTHETICAL = anyOf(
  [
    String.raw`\b(?:if|whether|unless|in\s+case|should\s+you|looking\s+for|refer(?:s|red|ring|ral|rals)?|recommend(?:ation)?s?|consider(?:ing)?|elsewhere` +
      String.raw`|outside\s+(?:the|of|this)\s+group|other\s+(?:therap|provider|clinic|service)` +
      // Someone else's to find, with the page's help: "staff can help locate … peer support groups", "we can help you find a therapy
      // group", "contact details for local support groups". (Only when what is found follows: not "helps you find hope … as a therapy
      // group", nor a venue "conveniently located downtown".)
      String.raw`|\bhelp(?:s|ed|ing)?\s+(?:you\s+|them\s+|people\s+|families\s+|caregivers\s+|carers\s+)?(?:to\s+)?(?:find|locate)\s+` +
      String.raw`(?:a|an|other|another|local|nearby|more|the\s+right)\s+(?:[\w-]+\s+){0,3}$` +
      String.raw`|\bcontact\s+(?:information|details)\s+for\b)`,
    // An example given, not a fact of the page: "meet at the same time each month, e.g. third Wednesday at 7 p.m."
    String.raw`(?<![\w.])e\.\s?g\.|\bfor\s+(?:example|instance)\b`,
  ],
  'i',
);

// Reported speech: "some people call support groups therapy", "so-called group treatment".
const REPORTED = anyOf(
  [
    String.raw`\b(?:some|many|other|most)\s+(?:people|folks|clinicians|websites|sites|sources|organi[sz]ations|programs)\s+(?:call|calls|say|think|describe` +
      String.raw`|label|refer\s+to)\b`,
    String.raw`\bso-called\b`,
    String.raw`\b(?:often|sometimes|mistakenly|wrongly)\s+(?:called|described\s+as|labell?ed)\b`,
    String.raw`\b(?:words|wording|phrases|terms)\s+(?:like|such\s+as)\b`,
    String.raw`\b(?:told|tells)\s+(?:me|us|her|him|them)\b`,
    String.raw`\b(?:she|he|they|i)\s+(?:tried|went\s+to|used\s+to\s+attend)\b`,
    // Someone's own past group, as a report tells it: "Mehta said she joined a support group herself" (not the group reported on).
    String.raw`\b(?:she|he)\s+(?:had\s+)?(?:(?:once|first|later|also|herself|himself)\s+)?(?:joined|attended|found)\s+(?:a|an)\s+(?:[\w'-]+\s+){0,3}$`,
  ],
  'i',
);

// A group's or a programme's name given in quotation marks as what it is called, in capitals up to the phrase: 'a free program called
// “Grief Support Circle', 'our evening, known as "Open Hearts'. The quoted words are its own name, not an example or someone's words.
// (Not a book's, a film's or a talk's title: 'a book called "Group Therapy Basics"', 'a talk entitled "Psychotherapy and Grief"'.)
const NAMED_IN_QUOTES =
  /\b(?:groups?|circles?|program(?:me)?s?|series|ministr(?:y|ies)|meetings?|gatherings?|evenings?|mornings?|class(?:es)?|courses?|caf[eé]s?|networks?|projects?),?\s+(?:(?:which|that)\s+is\s+|(?:now|also)\s+)?(?:called|named|known\s+as)\s+(?:the\s+)?["“](?:\p{Lu}[\p{L}'’&-]*\s+){0,4}$/u;

/** Is text[start, end) inside a pair of quotation marks of the sentence? */
function insideQuotes(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - CLAUSE_REACH), start);
  const after = sentence.slice(end, end + CLAUSE_REACH);
  const opensCurly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  if (opensCurly > 0 && after.includes('”')) return true;
  // Straight quotes: an odd number before, and one to close after (never across many words).
  const straight = (before.match(/(?:^|[\s(\[])"|"(?=[\s.,;:!?)\]]|$)/g) ?? []).length;
  if (straight % 2 === 1) {
    const close = after.indexOf('"');
    return close >= 0 && after.slice(0, close).split(/\s+/).length <= 8 && before.slice(before.lastIndexOf('"')).split(/\s+/).length <= 8;
  }
  return false;
}

/** Start of the clause that contains position `at` of `text`. */
// Clauses are short: looking this far back or ahead keeps every check linear in the text.
const CLAUSE_REACH = 400;

function clauseStart(text: string, at: number): number {
  const from = Math.max(0, at - CLAUSE_REACH);
  // A bounded window (a little past `at`, for the break's lookahead): exec never runs to the
  // end of a long sentence, so checking every match of a sentence stays linear.
  const window = text.slice(from, Math.min(text.length, at + 60));
  const limit = at - from;
  const asides = window.includes('(') ? asidesBefore(window, limit) : [];
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m && m.index < limit; m = CLAUSE_BREAK.exec(window)) {
    if (asides.some(([s, e]) => m!.index >= s && m!.index < e)) continue;
    start = m.index + m[0].length;
    if (m[0].length === 0) CLAUSE_BREAK.lastIndex++;
  }
  return from + Math.min(start, limit);
}

// A short aside in brackets inside a clause, closed before the phrase: "not a bereavement (loss and grief) or therapy group", "no
// fee (or donation) and no homework". The clause runs on through it, so a negation before it still reaches the words after it. (Not
// one that holds a negation of its own, "Support group (not therapy), then group therapy…": that negation ends with its bracket.)
const ASIDE = /\([^()\n]{1,60}\)/g;
function asidesBefore(window: string, limit: number): [number, number][] {
  const spans: [number, number][] = [];
  ASIDE.lastIndex = 0;
  for (let m = ASIDE.exec(window); m && m.index < limit; m = ASIDE.exec(window)) {
    const end = m.index + m[0].length;
    if (end > limit) break;
    NEGATOR.lastIndex = 0;
    if (!NEGATOR.test(m[0])) spans.push([m.index, end]);
  }
  return spans;
}

function clauseEnd(text: string, at: number): number {
  const window = text.slice(at, at + CLAUSE_REACH);
  CLAUSE_BREAK.lastIndex = 0;
  const m = CLAUSE_BREAK.exec(window);
  return at + (m ? m.index : window.length);
}

// What one need not pay or do, then what it is done to: "no fee to attend our meetings", "no pressure to speak in the group".
const NOT_OBLIGED_TO =
  /^\s*(?:[\w'’-]+\s+)?(?:fees?|costs?|charges?|need|obligation|pressure|requirement|expectation)\s+to\s+[\w'’-]+\s+(?:[\w'’-]+\s+){0,3}$/i;

// A reporter named after a quoted or reported sentence, then words about the speaker: ", said Priya Mehta, the", ", Mehta
// added, a", ", she said, adding".
const REPORTER =
  /,\s*(?:(?:said|says|added|adds|explained|explains|recalled|recalls|noted|notes|wrote|writes|told\s+(?:me|us|reporters|the\s+[\p{L}]+))\s+(?:she|he|they|\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})|(?:she|he|they|\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})\s+(?:said|says|added|adds|explained|explains|recalled|recalls|noted|notes|wrote|writes))\s*,\s*(?:the|a|an|who|whose|its|her|his|their|adding|noting|explaining|saying)\b/u;

/**
 * Do the words between a negation and the phrase end the quotation that holds the negation (their first quotation mark closes
 * one: 'alone," said'), or name its speaker (see REPORTER)? (Text is folded: curly quotes are straight here.)
 */
function quotationEnds(since: string): boolean {
  if (since.includes('"') || since.includes("'")) {
    const marks = /["']/g;
    for (let m = marks.exec(since); m; m = marks.exec(since)) {
      const prev = since[m.index - 1] ?? '';
      const next = since[m.index + 1] ?? '';
      const closes = (prev === '' || /\S/.test(prev)) && (next === '' || /[\s.,;:!?)\]]/.test(next));
      if (m[0] === '"') return closes;
      // A single quotation mark closes after a quoted sentence's stop ("alone,' said"); one between letters is an apostrophe.
      if (closes && /[.,!?]/.test(prev)) return true;
      // (One that opens a quotation stands after a space: "nobody's" holds an apostrophe.)
      if (/[\s(\[]/.test(prev) && /\p{L}/u.test(next)) return false;
    }
  }
  // (A word of the quoted clause must stand between: "It is not, Mehta said, a counselling service" is one clause.)
  const reporter = since.includes(',') ? REPORTER.exec(since) : null;
  return reporter !== null && /\w/.test(since.slice(0, reporter.index));
}

/** Is the phrase at text[start, end) negated within its clause (which starts at `from`)? */
export function isNegated(text: string, start: number, end: number, from = clauseStart(text, start)): boolean {
  if (negatedBefore(text, start, from)) return true;
  // A label and its value: "Cost: Free", "Fee | none", "Cost to attend: free",
  // "Cost / Costo: There is no fee". The value after the colon or bar answers the label.
  // (A label's colon, equals sign or bar is looked for first: most phrases have none after them.)
  const next = text.slice(end, end + 60);
  const label = next.includes(':') || next.includes('=') || next.includes('|') ? LABEL.exec(next) : null;
  if (label) {
    const v = end + label[0].length;
    return LABEL_DENIAL.test(text.slice(v, clauseEnd(text, v)));
  }
  const after = text.slice(end, clauseEnd(text, end));
  if (!DENIAL_WORD.test(after)) return false;
  const denial = AFTER_DENIAL.exec(after);
  return denial !== null && !deniesNextPredicate(text.slice(Math.max(from, start - 200), end), denial[0]);
}

/**
 * Is the phrase at text[start, …) denied by a word before it in its clause ("not therapy", "no counselling")? (A phrase may also be
 * denied after it, "a diagnosis is not the end": isNegated reads both.)
 */
export function negatedBefore(text: string, start: number, from = clauseStart(text, start)): boolean {
  const before = text.slice(from, start);
  let last = -1;
  let lastWord = '';
  NEGATOR.lastIndex = 0;
  for (let m = NEGATOR.exec(before); m; m = NEGATOR.exec(before)) {
    // "non-" denies only the word it is joined to ("non-clinical", "non-therapy group"), not the rest of
    // the clause: "a non-profit support group", "a non-binary art therapist".
    if (/^non-?$/i.test(m[0]) && /\S/.test(before.slice(m.index + m[0].length).replace(/^-/, ''))) continue;
    last = m.index + m[0].length;
    lastWord = m[0];
  }
  // "not a substitute for therapy, counseling or treatment" stays negated across a short
  // list; a negation far back in a long clause no longer governs the phrase.
  // (Not the object of what one need not pay or do: "There is no fee to attend our meetings", "no pressure to speak in the group"
  // deny the fee or the pressure, not the meetings or the group.)
  // (Nor a negation inside a quotation closed before the phrase, or before a reporter's words: '"Nobody should carry this
  // alone," said Priya Mehta, the counselling intern'. One in the same quotation still denies: '"This group is not counselling,"
  // said Mehta' is the group's own word on what it is not.)
  // (Nor past a predicate of its own that the clause's subject goes on to: "This circle does not charge and is peer-led".)
  if (last < 0) return false;
  const since = before.slice(last);
  if (CONTRASTIVE.test(lastWord) && since.includes(',') && contrastEnded(text, start, since)) return false;
  return since.split(/\s+/).filter(Boolean).length <= 10 && !NOT_OBLIGED_TO.test(since) && !quotationEnds(since) && !NEXT_PREDICATE.test(since);
}

// The negators that set one thing against another: "rather than", "instead of", "unlike".
const CONTRASTIVE = /^(?:instead\s+of|rather\s+than|in\s+place\s+of|as\s+opposed\s+to|unlike|different\s+from|differs?\s+from)$/i;
// A relative pronoun: a verb after it is a relative clause's ("counselling that is paid for"), not the segment's own.
const RELATIVE = /\b(?:that|which|who|whom|whose|where)\b/i;

/**
 * Has a contrast ended at a comma before the phrase? "Rather than in a group, individual counselling is available", "Unlike casual
 * chats, support groups are structured": the contrast denies only its own words; past its comma, a segment with a verb of its own
 * (before any relative pronoun, and not in a list with "or") is the main clause, affirmed. A list after the contrast, "Instead of
 * homework, worksheets or lectures, we…", has no verb of its own and stays denied.
 */
function contrastEnded(text: string, start: number, since: string): boolean {
  const after = start - (since.length - since.lastIndexOf(',') - 1);
  const segment = /^[^,;:.!?]*/.exec(text.slice(after, after + 200))![0];
  const relative = RELATIVE.exec(segment);
  const head = relative ? segment.slice(0, relative.index) : segment;
  const verb = VERB_BETWEEN.exec(head);
  return verb !== null && !/\bor\b/i.test(head.slice(0, verb.index));
}

// A predicate joined on with "and" that opens on its own auxiliary: "…and does not charge", "…and isn't part of any clinic",
// "& will never…", or a clause on the people there or none: "…and members do not pay", "…and there isn't a fee" (the end of an
// AFTER_DENIAL match; "and" then another thing, "homework and worksheets are not used", is one subject).
const JOINED_DENIAL =
  /(?:^|\s)(?:and|&)\s+(?:(?:the\s+)?(?:members|participants|attendees|families|parents|carers|caregivers|people|everyone|anyone|there)\s+)?(?:(?:also|still|certainly|definitely)\s+)?(?:(?:is|are|was|were|will(?:\s+be)?|would(?:\s+be)?|be|do|does|shall(?:\s+be)?|can(?:\s+be)?|gets?)\s+(?:not|never)|isn't|aren't|won't|wasn't|weren't|doesn't|don't)$/i;
// A verb of its own between the phrase and that "and": the phrase is then the subject both predicates are said of ("Therapy
// is offered elsewhere and is not part of this group").
const VERB_BETWEEN =
  /\b(?:is|are|was|were|has|have|had|do|does|did|will|would|can|could|may|might|must|should|shall|gets?|happens?|takes?|comes?|goes?)\b|n't\b|'(?:s|re)\b/i;
// The phrase sits in the clause's first predicate, after its verb or with it: "This circle is peer-led…", "We keep notes…",
// "Attendance is recorded…" (a phrase with no verb before it may be the subject: "Therapy happens elsewhere and is not…").
const PREDICATE_BEFORE =
  /\b(?:is|are|was|were|am|be|been|becomes?|remains?|stays?|seems?|feels?|has|have|had|do|does|did|will|would|can|could|may|might|must|should|offers?|provides?|runs?|hosts?|holds?|keeps?|gives?|uses?|takes?|charges?|costs?|pays?|includes?|needs?|asks?|brings?|shares?|gets?|makes?|writes?|hands?|welcomes?)\b|'(?:s|re|m)\b|\b(?:we|you|they|i|he|she|who)\s+(?!(?:and|or)\b)\p{L}/iu;
// The same opening after a negation: the clause's subject goes on to a predicate that says something else ("…does not charge
// and is peer-led"). (An auxiliary that is itself negated, "…and does not keep notes", denies on.)
const NEXT_PREDICATE = /(?:^|\s)(?:and|&)\s+(?:(?:also|still)\s+)?(?:is|are|was|were|will|would|do|does|did|can|has|have)\b(?!\s+(?:not|never)\b|n't)/i;

/**
 * Does a denial after a phrase (`denial`, an AFTER_DENIAL match) deny the predicate joined on after it rather than the phrase?
 * "This circle is peer-led and does not charge anything" denies the charge, not "peer-led"; "Homework is optional and is not
 * graded" and "Therapy happens elsewhere and is not part of this group" keep theirs (the phrase is what both are said of).
 */
function deniesNextPredicate(upTo: string, denial: string): boolean {
  const joined = JOINED_DENIAL.exec(denial);
  return joined !== null && !VERB_BETWEEN.test(denial.slice(0, joined.index)) && PREDICATE_BEFORE.test(upTo);
}

/** How the sentence stands toward the phrase at [start, end) of its text. */
export function stanceOf(sentence: string, start: number, end: number, question = isQuestion(sentence)): Stance {
  if (question) return 'question';
  // The clause's start is found once for both tests (a scan back up to CLAUSE_REACH characters).
  const from = clauseStart(sentence, start);
  if (isNegated(sentence, start, end, from)) return 'negated';
  const before = sentence.slice(from, start);
  if (HYPOTHETICAL.test(before) || REPORTED.test(before)) return 'hypothetical';
  // Words in quotation marks are examples or someone else's words, not the page's own claim:
  // 'avoid wording like "therapy sessions"'.
  // (Not a name given so, 'a program called “Grief Support Circle”': the page's own name for its own thing, in capitals.)
  if (
    insideQuotes(sentence, start, end) &&
    !(/^\p{Lu}/u.test(sentence.slice(start, end)) && NAMED_IN_QUOTES.test(sentence.slice(Math.max(0, start - 60), start)))
  )
    return 'hypothetical';
  return 'affirmed';
}

/** Does the sentence ask rather than state? (Checked once per sentence.) */
export function isQuestion(sentence: string): boolean {
  return /\?["'”’)\]*\s]*$/.test(sentence.slice(-12));
}

/**
 * Does a lead-in (heading or the paragraph before a list) deny what follows it?
 * "What this group is NOT", "A support group is not:", "We do not offer…".
 */
export function isDenyingLead(text: string): boolean {
  const t = text.trim();
  if (/\?["'”’)\]*\s]*$/.test(t)) return false;
  return (
    /\b(?:is|are|'s|'re)\s+not\b(?!\s+(?:sure|alone|only|just)\b)/i.test(t) ||
    /\b(?:isn't|aren't)\b/i.test(t) ||
    /\bnot\s*(?::|…|\.\.\.)?\s*$/i.test(t) ||
    /\b(?:do(?:es)?\s+not|don't|doesn't|will\s+not|won't)\s+(?:offer|provide|include|involve|do|give|use|expect|require|keep|charge|take)\b/i.test(t) ||
    /\bnot\s+(?:a\s+)?(?:substitute|replacement)\b/i.test(t) ||
    /^(?:what\s+(?:this|it|the\s+group|we)\s+(?:is|are)n['’]?t|no\s+\w+)\b/i.test(t)
  );
}
