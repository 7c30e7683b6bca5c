// Generators of Markdown group materials for property tests: real structure (front matter,
// headings, lists, tables, code, HTML, links) filled with the domain's words, negations and
// money, plus the text that breaks naive code (CRLF/LF mixes, a BOM, emoji, combining marks,
// right-to-left scripts, very long lines).
import fc from 'fast-check';

/** Words and phrases of the domain, including the negations and amounts rules look for. */
export const VOCABULARY = [
  'worksheet',
  'worksheets',
  'homework',
  'assignments',
  'psychoeducation',
  'handouts',
  'fee',
  'fees',
  '$20',
  '$ 35.00',
  '40 dollars',
  'insurance',
  'copay',
  'sliding scale',
  'private pay',
  'donation',
  'required donation',
  'suggested donation',
  'therapy',
  'group therapy',
  'therapy group',
  'group psychotherapy',
  'support group',
  'peer support',
  'peer-led',
  'mutual aid',
  'DBT skills group',
  'process group',
  'not',
  'no',
  'never',
  "isn't",
  "don't",
  'free',
  'free of charge',
  'no cost',
  'notes',
  'clinical notes',
  'records',
  'charts',
  'led by',
  'facilitated by',
  'licensed therapist',
  'therapist-led',
  'LCSW',
  'Ph.D.',
  'Dr.',
  'psychologist',
  'counselor',
  'treatment',
  'diagnosis',
  'treat your anxiety',
  'clinical care',
  'not a substitute for',
  'professional care',
  'confidential',
  'confidentiality',
  'mandated reporter',
  'weeks',
  '8 weeks',
  'ongoing',
  'sessions',
  'every Tuesday',
  '7 pm',
  'drop-in',
  'register',
  'book a consult with me',
  'my caseload',
  'become my client',
  'refer you',
  'individual therapy',
  'as a member',
  'my own journey',
  'pros and cons',
  'consent',
  'this is',
  'this group is',
  'we are',
  'it is',
  'our group',
  'the group',
  'is not',
  'a',
  'the',
  'and',
  'or',
  'but',
  'if',
  'for',
  'with',
  'members',
  'caregivers',
  'grief',
  'veterans',
  'new parents',
  'anxiety',
  'welcome',
];

/** Text that is hard on offsets and regular expressions. */
export const ODD_TEXT = [
  '😀',
  '👩‍👩‍👧',
  '🇺🇸',
  '🎉🎉',
  'e\u0301',
  'n\u0303o',
  'a\u0308\u0304',
  '\u05e9\u05dc\u05d5\u05dd',
  '\u0645\u0631\u062d\u0628\u0627',
  '\u202eevil\u202c',
  '\u200b',
  '\u00a0',
  '\u2019',
  '\u201cquoted\u201d',
  'caf\u00e9',
  '\u4e2d\u6587',
  '\ud835\udc9c',
  '&amp;',
  '&#x1F600;',
  '\\*',
  '\\_',
  '\u2014',
  '\u2026',
  '\t',
  '  ',
  '\u00ad',
];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_TEXT) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
  },
);

const inlineCode = word.map((w) => '`' + w.replace(/`/g, '') + '`');
const emphasis = fc.tuple(fc.constantFrom('*', '**', '_', '~~'), word).map(([m, w]) => `${m}${w}${m}`);
const link = fc
  .tuple(word, fc.constantFrom('https://example.org/fee', 'http://x.test/therapy?a=1&b=$20', '#notes', 'mailto:a@b.test'))
  .map(([w, u]) => `[${w}](${u})`);
const autolink = fc.constantFrom('<https://example.org/group-therapy>', 'https://www.example.org/support', '<mailto:lead@example.org>', 'www.fee.test');
const inlineHtml = fc.tuple(word, fc.constantFrom('span', 'b', 'abbr')).map(([w, t]) => `<${t} title="fee $20">${w}</${t}>`);
const comment = fc
  .tuple(
    fc.constantFrom('grouplint-disable', 'grouplint-enable', 'grouplint-disable-next-line', 'grouplint-disable-file', 'note'),
    fc.subarray(['support-free', 'therapy-fee', 'kind-conflict', 'bogus-rule']),
  )
  .map(([d, ids]) => `<!-- ${d} ${ids.join(' ')} -->`);

const inline = fc.oneof(
  { weight: 12, arbitrary: word },
  { weight: 1, arbitrary: inlineCode },
  { weight: 1, arbitrary: emphasis },
  { weight: 1, arbitrary: link },
  { weight: 1, arbitrary: autolink },
  { weight: 1, arbitrary: inlineHtml },
  { weight: 1, arbitrary: comment },
);

/** One sentence: domain words, odd text and inline markup, ending with punctuation (or not). */
export const sentence = fc
  .tuple(fc.array(inline, { minLength: 1, maxLength: 12 }), fc.constantFrom('.', '.', '!', '?', '', ':', '…'))
  .map(([ws, end]) => ws.join(' ') + end);

const sentences = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

/** A line far longer than any editor shows. */
const longLine = fc.tuple(sentence, fc.integer({ min: 20, max: 160 })).map(([s, n]) => Array.from({ length: n }, () => s).join(' '));

/** A block as a list of lines (joined later with the document's line endings). */
type Lines = string[];

const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), sentences).map(([d, s]): Lines => [`${'#'.repeat(d)} ${s}`]);
const setext = fc.tuple(sentences, fc.constantFrom('===', '---')).map(([s, u]): Lines => [s, u]);
const paragraph = fc.array(sentences, { minLength: 1, maxLength: 3 }).map((l): Lines => l);
const list = fc
  .tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '- [ ] ', '- [x] '), fc.array(fc.tuple(fc.boolean(), sentences), { minLength: 1, maxLength: 5 }))
  .map(([marker, items]): Lines => items.map(([nested, s]) => (nested ? '  ' : '') + marker + s));
const table = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(word, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 4 }))
  .map(([cols, rows]): Lines => {
    const row = (cells: string[]) =>
      '| ' +
      cells
        .slice(0, cols)
        .map((c) => c.replace(/\|/g, ''))
        .join(' | ') +
      ' |';
    return [row(rows[0]), '|' + ' --- |'.repeat(cols), ...rows.slice(1).map(row)];
  });
const fenced = fc
  .tuple(fc.constantFrom('```', '~~~', '```yaml', '````md'), fc.array(sentence, { maxLength: 3 }), fc.boolean())
  .map(([fence, body, closed]): Lines => {
    const f = fence.replace(/[a-z]+$/, '');
    return closed ? [fence, ...body, f] : [fence, ...body];
  });
const indentedCode = fc.array(sentence, { minLength: 1, maxLength: 2 }).map((l): Lines => l.map((s) => '    ' + s));
const htmlBlock = sentences.map((s): Lines => ['<div class="fee">', s, '</div>']);
const quote = sentences.map((s): Lines => [`> ${s}`, `> > ${s}`]);
const rule = fc.constantFrom<Lines>(['---'], ['***'], ['___']);
const longBlock = longLine.map((l): Lines => [l]);
const commentBlock = comment.map((c): Lines => [c]);
const labelRow = fc
  .tuple(fc.constantFrom('Cost', 'Fee', 'Insurance', 'Leader', 'When', 'Notes'), fc.constantFrom('Free', 'none', '$20', 'n/a', 'weekly', 'kept'))
  .map(([k, v]): Lines => [`**${k}:** ${v}`]);

export const block = fc.oneof(
  { weight: 3, arbitrary: heading },
  { weight: 1, arbitrary: setext },
  { weight: 8, arbitrary: paragraph },
  { weight: 3, arbitrary: list },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: fenced },
  { weight: 1, arbitrary: indentedCode },
  { weight: 1, arbitrary: htmlBlock },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: rule },
  { weight: 1, arbitrary: longBlock },
  { weight: 1, arbitrary: commentBlock },
  { weight: 1, arbitrary: labelRow },
);

/** The value of `group:`: the kinds, near misses, and values of the wrong type. */
const groupValue = fc.constantFrom(
  'support',
  'therapy',
  'Support Group',
  'therpy',
  'peer',
  '',
  '[support, therapy]',
  '42',
  '~',
  '"support"',
  "'therapy'",
  '{a: 1}',
  'support # a comment',
  '&x support',
  '*x',
);

const frontMatter: fc.Arbitrary<Lines> = fc.oneof(
  groupValue.map((v) => ['---', `group: ${v}`, '---']),
  fc
    .tuple(groupValue, fc.constantFrom('off', 'warning', 'loud', '3'))
    .map(([v, sev]) => ['---', `group: ${v}`, 'grouplint:', '  rules:', `    support-free: ${sev}`, '    no-such-rule: off', '---']),
  fc.constant<Lines>(['---', 'title: A flyer', '---']),
  fc.constant<Lines>(['---', 'group: [support', '---']), // not YAML
  fc.constant<Lines>(['---', 'group: support']), // never closed
  fc.constant<Lines>(['---', '---']), // empty
  fc.constant<Lines>(['---', '- just', '- a list', '---']),
  fc.constant<Lines>(['---', 'a: &a [x, x]', 'b: &b [*a, *a]', 'c: &c [*b, *b]', 'group: therapy', '---']),
  fc.constant<Lines>(['---', 'group:', '\tsupport', '---']),
);

export type Eol = 'lf' | 'crlf' | 'mixed';

export interface GeneratedDoc {
  text: string;
  eol: Eol;
  bom: boolean;
}

/** Join lines with the chosen line endings; `picks` decides each break of a mixed document. */
function joinLines(lines: string[], eol: Eol, picks: boolean[]): string {
  let out = '';
  lines.forEach((l, i) => {
    if (i > 0) out += eol === 'lf' ? '\n' : eol === 'crlf' ? '\r\n' : picks[i % picks.length] ? '\r\n' : '\n';
    out += l;
  });
  return out;
}

/** A whole document. Line breaks appear only as LF or CRLF (never a lone CR), as editors keep them. */
export const markdownDoc: fc.Arbitrary<GeneratedDoc> = fc
  .record({
    fm: fc.option(frontMatter, { freq: 2 }),
    title: fc.option(
      sentence.map((s) => `# ${s}`),
      { freq: 4, nil: undefined },
    ),
    blocks: fc.array(block, { maxLength: 9 }),
    blankLines: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: 5 }),
    eol: fc.constantFrom<Eol>('lf', 'lf', 'crlf', 'crlf', 'mixed'),
    picks: fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
    bom: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
    finalNewline: fc.boolean(),
  })
  .map(({ fm, title, blocks, blankLines, eol, picks, bom, finalNewline }) => {
    const lines: string[] = [];
    if (fm) lines.push(...fm, '');
    if (title) lines.push(title, '');
    blocks.forEach((b, i) => {
      lines.push(...b);
      for (let k = 0; k < blankLines[i % blankLines.length]; k++) lines.push('');
    });
    while (lines.length && lines[lines.length - 1] === '' && !finalNewline) lines.pop();
    if (finalNewline && lines[lines.length - 1] !== '') lines.push('');
    const text = joinLines(lines, eol, picks);
    return { text: (bom ? '\ufeff' : '') + text, eol, bom };
  });

/** Severities per rule id, for documents linted under a varied config. */
export function severitiesFor(ids: readonly string[]): fc.Arbitrary<Record<string, 'off' | 'hint' | 'information' | 'warning' | 'error'>> {
  return fc.dictionary(
    fc.constantFrom(...ids),
    fc.constantFrom('off', 'hint', 'information', 'warning', 'error') as fc.Arbitrary<'off' | 'hint' | 'information' | 'warning' | 'error'>,
    { maxKeys: 6 },
  );
}

/** A small seeded random source (for long scripted sessions outside fast-check). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs of each engine property: `FC_RUNS`, default 150. Process-based properties run one batch per 50. */
export function engineRuns(): number {
  const n = Number(process.env.FC_RUNS);
  return Number.isFinite(n) && n > 0 ? Math.round(n) : 150;
}

export const SEED = Number(process.env.FC_SEED ?? 20240611);

/** Runs of text that the rules' patterns, negation and sentence splitting react to. */
export const STRESS_UNITS = [
  ' ',
  'a ',
  'not ',
  'no ',
  'no. ',
  '$',
  '$20 ',
  '-',
  '- ',
  '--',
  'fee ',
  'fee: ',
  'fee worksheet ',
  'not fee, ',
  'therapy ',
  'group therapy ',
  'support group ',
  'this is ',
  'the group is ',
  'led by ',
  'licensed ',
  '. ',
  '1. ',
  '? ',
  ', ',
  '; ',
  ': ',
  '*',
  '_',
  '[',
  '`',
  '<',
  '| ',
  '#',
  'a\n',
  // Lines of punctuation only: a line-start pattern must not scan across them from every line start.
  '-\n',
  '?\n',
  'Dr. ',
  'e.g. ',
  "isn't ",
  '"',
  '\u2019',
  '\u00a0',
  '😀',
  'e\u0301',
  '\u05e9',
];
