// Engine benchmark: lint time on generated flyer-like documents of 100 to 50,000 lines,
// beside remark-parse's parse-only time on the same text in the same run.
//   npx tsx scripts/bench/engine.ts
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { EditableDocument, lint } from '../../server/src/engine';

const FLYER = [
  '# Caregivers Support Circle',
  '',
  'This is a peer support group. It is not therapy or a clinical service.',
  '',
  'Caring for someone with memory loss can be lonely. Join other caregivers to share',
  'what works, swap ideas and be heard. Whether you are new to caregiving or have',
  'been at it for years, you are welcome here.',
  '',
  '- **When:** Thursdays, 2:00 to 3:30 pm',
  '- **Where:** Riverside Library, Room B',
  '- **Cost:** Free. Donations for snacks are welcome.',
  '',
  '## What to expect',
  '',
  'We start with a short check-in, then talk about whatever is on your mind. There is no',
  'homework and no worksheets. Facilitated by Dana Lee, a caregiver herself.',
  '',
  '> What is said in the circle stays in the circle.',
  '',
  '| Month | Topic |',
  '|---|---|',
  '| March | Asking for help |',
  '| April | Respite options |',
  '',
  'Questions? Call (555) 010-2020 or write to circle@example.org.',
  '',
];

export function generate(lines: number): string {
  const out: string[] = ['---', 'group: support', '---'];
  for (let i = 0; out.length < lines; i++) {
    for (const l of FLYER) out.push(i > 0 && l.startsWith('# ') ? `## Session ${i}` : l);
  }
  return out.slice(0, lines).join('\n') + '\n';
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function time(fn: () => void, runs: number): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

if (require.main === module) {
  // BENCH_LINES=100,10000 limits the sizes (default: all).
  const only = process.env.BENCH_LINES?.split(',').map(Number);
  const sizes = (all: number[]) => (only ? all.filter((n) => only.includes(n)) : all);
  console.log('engine: lint time vs remark parse-only time (median ms)');
  console.log('lines    bytes      parse     lint   lint/parse');
  for (const lines of sizes([100, 1000, 10000, 50000])) {
    const text = generate(lines);
    const runs = lines <= 1000 ? 40 : lines <= 10000 ? 7 : 3;
    // Warm both paths first so neither pays the JIT alone.
    time(() => parser.parse(text), 2);
    time(() => lint(text), 2);
    const parse = time(() => parser.parse(text), runs);
    const full = time(() => lint(text), runs);
    console.log(
      `${String(lines).padEnd(8)} ${String(text.length).padEnd(10)} ${parse.toFixed(2).padStart(8)} ${full.toFixed(2).padStart(8)}   ${(full / parse).toFixed(2)}x`,
    );
  }

  // Long pages in the other languages the engine reads, and pasted runs: their patterns are many and long, and one that
  // scans back from every position (a lookbehind first) turns a long page quadratic. About 200 KB each, in the team's own
  // sentences, beside remark's parse of the same text.
  console.log('\nengine: 200 KB pages in other languages and pasted runs, lint vs remark parse-only (median ms)');
  console.log('page                 bytes      parse     lint   lint/parse');
  const repeat = (sentence: string) => `# Seite\n\n${sentence.repeat(Math.ceil(200_000 / sentence.length))}\n`;
  const LONG: [string, string][] = [
    ['German', repeat('Unsere Selbsthilfegruppe trifft sich jeden zweiten Dienstag um 18 Uhr im Gemeindehaus. ')],
    ['Polish', repeat('Spotkanie grupy wsparcia odbędzie się w poniedziałek o godzinie 17.00 w świetlicy. ')],
    ['Russian', repeat('Наша группа поддержки проводит регулярные встречи каждую среду в семь часов вечера. ')],
    ['Hebrew', repeat('הקבוצה שלנו נפגשת בכל יום שלישי בערב במרכז הקהילתי, וההשתתפות ללא תשלום. ')],
    ['run of spaces', `# Seite\n\nUnsere Gruppe trifft sich dienstags.\n\n${'x'.repeat(5000)}${' '.repeat(100_000)}x\n`],
  ];
  for (const [name, text] of LONG) {
    time(() => lint(text), 1);
    const parse = time(() => parser.parse(text), 3);
    const full = time(() => lint(text), 3);
    console.log(
      `${name.padEnd(20)} ${String(text.length).padEnd(10)} ${parse.toFixed(2).padStart(8)} ${full.toFixed(2).padStart(8)}   ${(full / parse).toFixed(2)}x`,
    );
  }

  // What a keystroke costs the language server: one character typed into a paragraph in
  // the middle of the document, then a lint, beside a full lint of the same text.
  console.log('\nengine: one-character edit then lint (EditableDocument) vs full lint (median ms)');
  console.log('lines    full lint   keystroke   ratio');
  for (const lines of sizes([100, 10000, 50000])) {
    const text = generate(lines);
    const doc = new EditableDocument(text);
    doc.lint();
    let at = text.indexOf('share\n', Math.floor(text.length / 2)) + 5;
    const runs = lines <= 1000 ? 60 : 25;
    const xs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      doc.update([{ start: at, end: at, text: 'x' }]);
      doc.lint();
      xs.push(performance.now() - t0);
      at++;
    }
    const full = time(() => lint(doc.text), lines <= 1000 ? 20 : 3);
    const key = median(xs);
    console.log(
      `${String(lines).padEnd(8)} ${full.toFixed(2).padStart(9)} ${key.toFixed(2).padStart(11)}   ${(full / key).toFixed(1)}x faster (${doc.stats.mode})`,
    );
  }
}
