// A pattern is not run over a block that holds none of the strings every match of it must contain
// (prefilter.ts). That must never change a result: the strings are read right from the pattern,
// and the engine says exactly the same with the prefilter and without it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { lint } from '../../server/src/engine';
import { fingerprintOf, indexText, joinIndexes, mayMatch, mayMatchAny, prefilterOf, readPrefilter, setPrefiltering } from '../../server/src/engine/prefilter';
import { PREFILTERS } from '../../server/src/engine/prefilters.generated';
import { OUT, render, searchedPatterns } from '../../scripts/build-prefilters';
import { markdownDoc, SEED, engineRuns } from '../robustness/arbitraries';

const root = path.resolve(__dirname, '..', '..');

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : markdownFiles(p);
    return /\.(md|markdown)$/i.test(e.name) ? [p] : [];
  });
}

function both(text: string): [string, string] {
  try {
    setPrefiltering(false);
    const without = JSON.stringify(lint(text));
    setPrefiltering(true);
    return [without, JSON.stringify(lint(text))];
  } finally {
    setPrefiltering(true);
  }
}

function needles(re: RegExp): string[] | null {
  return prefilterOf(re)?.needles ?? null;
}

const indexOf = (t: string) => indexText(t);

describe('prefilter: the strings a match must contain', () => {
  it('reads alternatives, optional pieces and repeats', () => {
    assert.deepEqual(needles(/\bcaseload\b/g), ['caseload']);
    assert.deepEqual(needles(/\b(?:book|schedule|arrange)\s+a\s+consult/gi), ['consult']);
    assert.deepEqual(needles(/\b(?:book|schedule|arrange)\s+(?:a\s+)?session/gi), ['session']);
    assert.deepEqual(needles(/\b(?:book|schedule|arrange)\s+\w+/gi), ['book', 'schedule', 'arrange']);
    assert.deepEqual(needles(/\bcounsel(?:l)?or\b|\btherapist\b/giu), ['counsel', 'therapist']);
    assert.deepEqual(needles(/worksheets?|homework/gi), ['worksheet', 'homework']);
    assert.deepEqual(needles(/fee[s:]\s*\$\d+/gi), ['fee'], 'a class ends the run of letters');
  });

  it('gives no prefilter when an alternative needs nothing or the pattern is not understood', () => {
    assert.equal(needles(/\bfree\b|\$\w+/g), null);
    assert.equal(needles(/(?:group)?/g), null);
    assert.equal(needles(/\p{Lu}{2,6}/gu), null);
    assert.equal(needles(/a|b/g), null, 'one-letter needles rule nothing out');
    assert.deepEqual(needles(/(?<=therapy)\s+group/g), ['group'], 'what a lookbehind sees is not part of the match');
    assert.equal(needles(/(?!therapy)\w+/g), null);
    assert.equal(needles(new RegExp('group \\u{ therapy', 'g')), null, 'a "\\u{" with no closing brace is not read (and not read forever)');
    assert.equal(needles(/(therapy)\s+\1/g)?.join(), 'therapy', 'a backreference requires nothing of its own');
  });

  it('reads \\d as any digit, and keeps the ASCII part of a needle with other letters under a case-insensitive pattern', () => {
    const digits = prefilterOf(/\bfree\b|\$\d+/g);
    assert.deepEqual([digits?.needles, digits?.digit], [['free'], true]);
    assert.equal(mayMatch(digits, 'It costs $5', indexOf('It costs $5')), true);
    assert.equal(mayMatch(digits, 'It costs a fiver', indexOf('It costs a fiver')), false);
    assert.equal(prefilterOf(/\bweekly\b/g)?.digit, false);
    assert.deepEqual(needles(/\b(?:sessions|séances)\b/giu), ['sessions', 'ances']);
    assert.equal(needles(/\b(?:sessions|séan)\b/giu), null, 'no ASCII run long enough');
    assert.deepEqual(needles(/\b(?:sessions|séances)\b/g), ['sessions', 'séances'], 'a case-sensitive needle is searched as it is');
  });

  it('keeps escaped punctuation and ends a run at a repeat', () => {
    assert.deepEqual(needles(/\bn\/a\b/gi), ['n/a']);
    assert.deepEqual(needles(/a\.m\./gi), ['a.m.']);
    assert.deepEqual(needles(/groups+ meet/g), ['groups'], 'the repeated letter is there at least once; the longer run is kept');
    assert.deepEqual(needles(/group(?:s)? meets/g), [' meets'], 'an optional piece ends the run; the longer of the two is kept');
  });

  it('compares case-insensitive patterns against lower-cased text, and never rules out text with a long s or a Kelvin sign', () => {
    const re = /\bsession\b/giu;
    const filter = prefilterOf(re);
    assert.equal(mayMatch(filter, 'One SESSION a week', indexOf('One SESSION a week')), true);
    assert.equal(mayMatch(filter, 'One meeting a week', indexOf('One meeting a week')), false);
    const trap = 'One \u017fession a week';
    assert.ok(re.test(trap), 'the Unicode pattern matches the long s');
    assert.equal(mayMatch(filter, trap, indexOf(trap)), true);
  });

  it('keeps Greek letters in a needle of a case-insensitive pattern, folded as the pattern folds them (final sigma, symbol forms)', () => {
    const re = /ομαδικ\p{L}*\s+(?:ψυχο)?θεραπε\p{L}*|ψυχολ[οό]γ(?:ος|οι)|σύλλογος/giu;
    assert.deepEqual(needles(re), ['ομαδικ', 'ψυχολ', 'σύλλογοσ'], 'the final sigma is searched as the other sigma');
    const filter = prefilterOf(re);
    for (const text of ['ΟΜΑΔΙΚΗ ΨΥΧΟΘΕΡΑΠΕΙΑ', 'Ομαδική θεραπεία', 'ο ΨΥΧΟΛΟΓΟΣ', 'ΣΎΛΛΟΓΟΣ', 'ο σύλλογοσ', 'ομαδικη \u03d1εραπεια']) {
      re.lastIndex = 0;
      assert.ok(re.test(text), text);
      assert.equal(mayMatch(filter, text, indexOf(text)), true, text);
    }
    for (const text of ['Group therapy every week', 'Η συνάντηση γίνεται την Τρίτη'])
      assert.equal(mayMatch(filter, text, indexOf(text)), false, `ruled out: ${text}`);
    assert.equal(filter?.marks !== 0, true, 'Greek needles have no pair of letters a–z: a mark is their quick test');
    assert.deepEqual(needles(/\b(?:sessions|séances)\b/giu), ['sessions', 'ances'], 'other letters are left out as before');
  });

  it('is sound for generated Greek texts: a text the prefilter rules out never matches', () => {
    const patterns = [
      /ομαδικ\p{L}*\s+(?:ψυχο)?θεραπε\p{L}*/giu,
      /δεν\s+(?:είναι|αποτελεί)\s+(?:\p{L}+\s+)?(?:ψυχο)?θεραπε[ιί]α/giu,
      /(?:η|οι)\s+ομ[αά]δ\p{L}*\s+μας|προσφ[εέ]ρουμε/giu,
      /ψυχοθεραπευτ(?:ής|ές)|μέσος/giu,
    ];
    const word = fc.constantFrom(
      'ομαδική',
      'ψυχοθεραπεία',
      'θεραπεία',
      'δεν',
      'είναι',
      'αποτελεί',
      'η',
      'ομάδα',
      'μας',
      'προσφέρουμε',
      'ψυχοθεραπευτής',
      'μέσος',
      'group',
    );
    const casing = fc.constantFrom<(w: string) => string>(
      (w) => w,
      (w) => w.toUpperCase(),
      (w) => w.charAt(0).toUpperCase() + w.slice(1),
      (w) => w.replace(/σ/g, 'ς').replace(/θ/g, '\u03d1').replace(/μ/g, '\u00b5'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(word, casing), { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.map(([w, c]) => c(w)).join(' ');
        for (const re of patterns) {
          re.lastIndex = 0;
          if (re.test(text)) assert.equal(mayMatch(prefilterOf(re), text, indexOf(text)), true, `${re.source} ${text}`);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('keeps Cyrillic letters in a needle of a case-insensitive pattern, folded as the pattern folds them', () => {
    const re = /групп?ов\p{L}*\s+(?:психо)?терап[иі]\p{L}*|підтримк\p{L}*|безплатн\p{L}*/giu;
    assert.deepEqual(needles(re), ['терап', 'підтримк', 'безплатн']);
    const filter = prefilterOf(re);
    for (const text of ['ГРУППОВАЯ ПСИХОТЕРАПИЯ', 'Групова терапія', 'коло ПІДТРИМКИ', 'Участието е БЕЗПЛАТНО', 'гру\u1c81 x', 'ᲃ групова терапія']) {
      re.lastIndex = 0;
      if (re.test(text)) assert.equal(mayMatch(filter, text, indexOf(text)), true, text);
    }
    for (const text of ['Group therapy every week', 'Встреча проходит во вторник', 'Η ομάδα συναντιέται'])
      assert.equal(mayMatch(filter, text, indexOf(text)), false, `ruled out: ${text}`);
    assert.equal(filter?.marks !== 0, true, 'Cyrillic needles have no pair of letters a–z: a mark is their quick test');
  });

  it('reads the old letter forms a pattern folds to Cyrillic ones (ᲀ to в, ᲂ to о)', () => {
    const re = /вторник/iu;
    const text = 'каждый \u1c80т\u1c82рник';
    assert.ok(re.test(text));
    assert.equal(mayMatch(prefilterOf(re), text, indexOf(text)), true);
  });

  it('is sound for generated Cyrillic texts: a text the prefilter rules out never matches', () => {
    const patterns = [
      /групп?\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:поддержк\p{L}*|підтримк\p{L}*)|груп\p{L}*\s+за\s+подкрепа/giu,
      /не\s+(?:является|є|е)\s+(?:\p{L}+\s+)?(?:психо)?терап(?:и|і)\p{L}*/giu,
      /(?:наша|нашата)\s+групп?\p{L}*|запрошуємо|каним/giu,
      /психолог(?:а|ом|и)?|(?:психо)?терапевт\p{L}*|\d+\s?(?:₽|грн|лв)/giu,
    ];
    const word = fc.constantFrom(
      'группа',
      'група',
      'поддержки',
      'підтримки',
      'за',
      'подкрепа',
      'не',
      'является',
      'є',
      'е',
      'психотерапией',
      'терапія',
      'наша',
      'нашата',
      'запрошуємо',
      'каним',
      'психолог',
      'психотерапевтом',
      '300 грн',
      'group',
    );
    const casing = fc.constantFrom<(w: string) => string>(
      (w) => w,
      (w) => w.toUpperCase(),
      (w) => w.charAt(0).toUpperCase() + w.slice(1),
      (w) => w.replace(/в/g, '\u1c80').replace(/о/g, '\u1c82'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(word, casing), { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.map(([w, c]) => c(w)).join(' ');
        for (const re of patterns) {
          re.lastIndex = 0;
          if (re.test(text)) assert.equal(mayMatch(prefilterOf(re), text, indexOf(text)), true, `${re.source} ${text}`);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('takes a rare punctuation mark as a needle however short, and rules out a text without it', () => {
    assert.deepEqual(needles(/\bQ\s*&\s*A\b/gi), ['&']);
    assert.deepEqual(needles(/\s[—–]\s*\p{Lu}{2,}\s*\/\s*\p{Lu}/gu), ['/'], 'a class of dashes needs nothing; the slash is needed');
    assert.deepEqual(needles(/\bsupport\s+group\b|\bQ\s*&\s*A\b/gi), ['support', '&']);
    const filter = prefilterOf(/\bQ\s*&\s*A\b/gi);
    assert.equal(filter?.marks !== 0, true, 'the mark is the quick test of a needle without a pair of letters');
    assert.equal(mayMatch(filter, 'Questions and answers', indexOf('Questions and answers')), false);
    assert.equal(mayMatch(filter, 'A short Q & A', indexOf('A short Q & A')), true);
    assert.equal(needles(/\bfree\b|\$\w+/g), null, 'not every punctuation mark: a dollar sign is common in flyers');
  });

  it('answers a requirement that several alternatives share once, testing rarer requirements first', () => {
    const filter = prefilterOf(/\bprovides?\s+(?:\w+\s+)?education\b|\beducation\s+(?:\w+\s+)?with\s+\d+/gi);
    assert.ok(filter?.all);
    const [first, second] = filter.all;
    assert.equal(
      first.find((c) => c.needles.includes('education')),
      second.find((c) => c.needles.includes('education')),
      'one clause for "education"',
    );
    assert.equal(filter.slots, 4, '"provide", "education", "with" and a digit');
    assert.deepEqual(
      filter.all.map((alternative) => alternative.map((c) => c.needles.join('|') + (c.digit ? '#' : ''))),
      [
        ['education', 'provide'],
        ['education', 'with', '#'],
      ],
      'the longer needle first, a digit (common) last',
    );
    assert.equal(mayMatch(filter, 'We provide support with 3 sessions', indexOf('We provide support with 3 sessions')), false);
    assert.equal(mayMatch(filter, 'We provide education with 3 sessions', indexOf('We provide education with 3 sessions')), true);
  });

  it('is sound for generated patterns: a text the prefilter rules out never matches', () => {
    const piece = fc.oneof(
      fc.constantFrom('group', 'therapy', 'session', 'fee', 'led by', 'ab', 'x', 'caseload', 'séance'),
      fc.constantFrom('\\s+', '\\b', '\\w+', '[a-z]', '.', '\\d', '\\.', '\\/', "'", '-', '&', '\\(', '[—–]'),
    );
    const seq = fc.array(
      fc
        .tuple(piece, fc.constantFrom('', '?', '+', '*', '{2}', '{0,2}', '+?'))
        .map(([p, q]) => (q && p.length > 1 && !p.startsWith('\\') ? `(?:${p})${q}` : p + q)),
      { minLength: 1, maxLength: 5 },
    );
    const source = fc
      .array(seq, { minLength: 1, maxLength: 3 })
      .map((alts) => alts.map((a) => a.join('')).join('|'))
      .chain((body) => fc.oneof(fc.constant(body), fc.constant(`(?:${body})s?`), fc.constant(`\\b(?:${body})\\b`)));
    const text = fc
      .array(
        fc.constantFrom(
          'Group',
          'THERAPY',
          'session',
          'fee',
          'led by',
          'ab',
          'x',
          ' ',
          '.',
          '/',
          "'",
          '-',
          '7',
          'caseload',
          '\u017f',
          'K',
          'SÉANCE',
          'séance',
          '&',
          '(',
          '—',
        ),
        {
          maxLength: 12,
        },
      )
      .map((a) => a.join(''));
    fc.assert(
      fc.property(source, fc.constantFrom('g', 'gi', 'gu', 'giu'), text, (src, flags, t) => {
        let re: RegExp;
        try {
          re = new RegExp(src, flags);
        } catch {
          return; // the generator can join pieces into an invalid pattern ("\\s+*")
        }
        if (!mayMatch(prefilterOf(re), t, indexOf(t))) {
          re.lastIndex = 0;
          const m = re.exec(t);
          assert.ok(!m || m[0] === '', `/${src}/${flags} matches ${JSON.stringify(t)} though ruled out`);
        }
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('is sound over several texts at once: when their joined index rules a pattern out, each of them is ruled out', () => {
    const word = fc.constantFrom('Group', 'therapy', 'session', 'fee', 'led by', 'ab', 'x', ' ', '.', '/', '&', '7', 'caseload', 'séance', '\u017f');
    const text = fc.array(word, { maxLength: 8 }).map((a) => a.join(''));
    const patterns = [
      /\bgroup\s+therapy\b|\bsession\s+fee\b/gi,
      /\bled\s+by\b|\bcaseload\b|\b\d+\s*fee/gi,
      /\bQ\s*&\s*A\b|\btherapy\s*\/\s*group\b/gi,
      /\bséances?\b|\bsession\b/giu,
      /\bGroup\b(?:\s+\w+)?\s+fee|\bx\s*ab\b/g,
    ];
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (parts) => {
        const whole = joinIndexes(parts.map(indexOf));
        for (const re of patterns) {
          const filter = prefilterOf(re);
          if (mayMatchAny(filter, whole)) continue;
          for (const t of parts) assert.equal(mayMatch(filter, t, indexOf(t)), false, `${re} rules out ${JSON.stringify(parts)} but not ${JSON.stringify(t)}`);
        }
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe("prefilter: the engine's patterns, read ahead of time (prefilters.generated.ts)", () => {
  let patterns: RegExp[] = [];
  before(function () {
    // The team's documents, linted once: every pattern the engine searches them with.
    this.timeout(120000);
    patterns = searchedPatterns();
  });

  it('is what scripts/build-prefilters.ts builds today (not stale)', () => {
    assert.ok(patterns.length > 150, `only ${patterns.length} patterns`);
    assert.equal(fs.readFileSync(OUT, 'utf8'), render(patterns), 'run: npm run build:prefilters');
  });

  it('gives each of those patterns the prefilter reading it gives, and reads any other pattern', () => {
    for (const re of patterns) {
      assert.ok(Object.hasOwn(PREFILTERS, fingerprintOf(re)), `/${re.source.slice(0, 80)}/${re.flags} is in the table`);
      assert.deepEqual(prefilterOf(new RegExp(re.source, re.flags)), readPrefilter(re), `/${re.source.slice(0, 80)}/${re.flags}`);
    }
    const own = /\bour\s+(?:monday|tuesday)\s+circle\b/gi;
    assert.equal(Object.hasOwn(PREFILTERS, fingerprintOf(own)), false);
    assert.deepEqual(prefilterOf(own)?.needles, ['circle']);
  });

  it('keys a pattern by its flags and every character of its source', () => {
    const re = patterns.find((p) => p.source.length > 1000)!;
    const keys = new Set(
      [re, new RegExp(re.source + ' ', re.flags), new RegExp(re.source, re.flags.replace('i', '')), new RegExp(re.source.replace(/s/, 'S'), re.flags)].map(
        fingerprintOf,
      ),
    );
    assert.equal(keys.size, 4);
    assert.equal(fingerprintOf(new RegExp(re.source, re.flags)), fingerprintOf(re));
  });
});

describe('prefilter: the engine says the same with it and without it', () => {
  it('on every example, test document and bundled fixture', function () {
    // Thousands of documents, each linted twice: a correctness check, given time enough on a busy machine.
    this.timeout(180000);
    const files = [...markdownFiles(path.join(root, 'examples')), ...markdownFiles(path.join(root, 'test'))];
    for (const f of files) {
      const [without, withIt] = both(fs.readFileSync(f, 'utf8'));
      assert.equal(withIt, without, f);
    }
    assert.ok(files.length > 300, `only ${files.length} documents`);
  });

  it('on generated documents', () => {
    fc.assert(
      fc.property(markdownDoc, (d) => {
        const [without, withIt] = both(d.text);
        assert.equal(withIt, without);
      }),
      { seed: SEED, numRuns: engineRuns() },
    );
  });
});
