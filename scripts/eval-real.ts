// Judgement on real public pages: the labels in test/real/labels.jsonl (source address, kind,
// the rule ids a careful reviewer expects, a note) against the engine's output on the page texts,
// which are third-party and never committed (collected into a git-ignored folder; see test/real/README.md).
//   npm run eval:real -- [folder] [--sealed] [--all] [--reveal-sealed] [--json]
// folder: where the texts are (default .realpages; texts in <folder>/pages/<id>.md).
// Without keeping any text: `--judge <address> --record <file>` checks one page's text given on standard input and
// appends only the outcome (address, kind, rule ids) to the file; `--labels <file> --outcomes <file> …` scores such
// records against a label file, as one held-out set (figures only).
// Before and after a change: `--snapshot <file>` saves every stored labelled page's reading (no words of the pages), and
// `--since <file>` lists the tuning pages whose reading changed and counts the held-out ones that did.
// A third of the pages, chosen by a hash of their id, is sealed: it is never read for tuning.
// By default the script scores the tuning part and lists every miss and false alarm there;
// --sealed scores the sealed part and prints figures only; --all scores both, figures only.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../server/src/engine';

export type RealKind = 'support' | 'therapy' | 'mixed' | 'none';
export interface RealLabel {
  id: string;
  url: string;
  kind: RealKind;
  expect: string[];
  note: string;
}

export const LABELS = path.join(__dirname, '..', 'test', 'real', 'labels.jsonl');

/** A third of the pages, fixed by the id alone, so the split never depends on what was collected. */
export function isSealed(id: string): boolean {
  return crypto.createHash('sha256').update(id).digest()[0] % 3 === 0;
}

/** One JSON value a line (blank lines skipped); a line that is not JSON is named by file and line number. */
function readJsonLines<T>(file: string): T[] {
  const out: T[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((l, i) => {
      if (!l.trim()) return;
      try {
        out.push(JSON.parse(l) as T);
      } catch (e) {
        throw new Error(`${file}:${i + 1}: not a line of JSON (${(e as Error).message})`, { cause: e });
      }
    });
  return out;
}

export function readLabels(file = LABELS): RealLabel[] {
  return readJsonLines<RealLabel>(file);
}

/** Comparable form of a page's address: no scheme, no "www.", no trailing slash or fragment, lower case. */
export function addressKey(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/#.*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

/** The label files in `dir` (test/real by default), in a fixed order. */
function labelFiles(dir = path.dirname(LABELS)): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^labels.*\.jsonl$/.test(f))
    .sort();
}

/** The rule ids a reading raises, each once, sorted (the engine's own "could not check" notice is no rule). */
function ruleIdsOf(r: ReturnType<typeof lint>): string[] {
  return [...new Set(r.problems.map((p) => p.rule).filter((id) => id !== 'grouplint'))].sort();
}

/**
 * The labelled pages of every label file whose text is not yet in `folder`/pages, for collecting them again on a new machine:
 * each with its address and note (words to look it up by in the stored web-page corpus). With `addresses`, only those
 * pages among them whose address is one of these (a search's result addresses), to save under their ids.
 */
export function missingPages(folder: string, addresses?: string[]): RealLabel[] {
  const wanted = addresses ? new Set(addresses.map(addressKey)) : undefined;
  const seen = new Set<string>();
  const out: RealLabel[] = [];
  for (const file of labelFiles()) {
    for (const label of readLabels(path.join(path.dirname(LABELS), file))) {
      if (seen.has(label.id)) continue;
      seen.add(label.id);
      if (fs.existsSync(path.join(folder, 'pages', `${label.id}.md`))) continue;
      if (!wanted || wanted.has(addressKey(label.url))) out.push(label);
    }
  }
  return out;
}

export interface Outcome {
  label: RealLabel;
  kind: string;
  kindOk: boolean;
  got: Set<string>;
  evidence: Map<string, string>;
}

/** Is the engine's reading right for the page's kind? */
function kindAgrees(label: RealLabel, r: { kind: string | null; groupMaterial: boolean }, fired: Set<string>): boolean {
  switch (label.kind) {
    case 'support':
    case 'therapy':
      return r.kind === label.kind;
    case 'mixed':
      // Both kinds on one page: no single kind, or the conflict raised.
      return r.kind === null || fired.has('kind-conflict');
    case 'none':
      return !r.groupMaterial;
  }
}

/** Did the engine fail on the page (an exception inside a rule reads as silence otherwise)? */
function couldNotCheck(r: ReturnType<typeof lint>): boolean {
  return r.problems.some((p) => p.rule === 'grouplint' && /could not check/.test(p.message));
}

/** How the evaluation names the engine's reading of a page. */
function readingOf(r: { kind: string | null; groupMaterial: boolean; comparison: boolean }): string {
  return r.kind ?? (r.groupMaterial ? 'unclear' : r.comparison ? 'comparison' : 'not group material');
}

/** What is kept of one page checked without keeping its text: its address and the engine's reading, nothing of its words. */
export interface Recorded {
  url: string;
  /** The text's length, to tell two passes over the same page apart from two different texts. */
  chars: number;
  kind: string | null;
  groupMaterial: boolean;
  comparison: boolean;
  rules: string[];
  /** The engine could not check it (an internal error). */
  failed: boolean;
}

/** Check one page's text and keep only the outcome. */
export function record(url: string, text: string): Recorded {
  const r = lint(text, { path: '/real/page.md' });
  return { url, chars: text.length, kind: r.kind, groupMaterial: r.groupMaterial, comparison: r.comparison, rules: ruleIdsOf(r), failed: couldNotCheck(r) };
}

/** Outcomes of labelled pages from records (matched by address; the last record of an address counts). */
export function fromRecords(labels: RealLabel[], records: Recorded[]): { outcomes: Outcome[]; absent: string[]; failed: string[] } {
  const byAddress = new Map(records.map((r) => [addressKey(r.url), r]));
  const outcomes: Outcome[] = [];
  const absent: string[] = [];
  const failed: string[] = [];
  for (const label of labels) {
    const r = byAddress.get(addressKey(label.url));
    if (!r) {
      absent.push(label.id);
      continue;
    }
    if (r.failed) failed.push(label.id);
    const got = new Set(r.rules);
    outcomes.push({ label, kind: readingOf(r), kindOk: kindAgrees(label, r, got), got, evidence: new Map() });
  }
  return { outcomes, absent, failed };
}

/** Label files held out whole (measured, never read): their pages' readings are counted, never shown. */
export const HELD_OUT_WHOLE =
  /^labels-(?:tenth|twentysecond|twentyfifth|twentysixth|twentyseventh|twentyeighth|twentyninth|thirtieth|thirtyfirst|thirtysecond|thirtyfifth|thirtyseventh|thirtyeighth|thirtyninth|fortyfirst|sixtyfirst|sixtythird|sixtysixth)\b/;

/** One page's reading, kept without its words: the kind, group material or not, the rule ids, and a digest of every finding. */
export interface Reading {
  id: string;
  /** In a sealed third, or in a set held out whole: only ever counted. */
  heldOut: boolean;
  kind: string | null;
  groupMaterial: boolean;
  rules: string[];
  /** A hash of every finding's rule, place, severity and message (messages quote the page, so they are not kept). */
  digest: string;
}

/** The engine's reading of every labelled page that has its text in `folder`/pages (each id once, across the label files in `dir`). */
export function readings(folder: string, dir = path.dirname(LABELS)): Reading[] {
  const held = new Set<string>();
  const ids = new Set<string>();
  for (const file of labelFiles(dir)) {
    for (const label of readLabels(path.join(dir, file))) {
      if (HELD_OUT_WHOLE.test(file) || isSealed(label.id)) held.add(label.id);
      ids.add(label.id);
    }
  }
  const out: Reading[] = [];
  for (const id of ids) {
    const file = path.join(folder, 'pages', `${id}.md`);
    if (!fs.existsSync(file)) continue;
    const r = lint(fs.readFileSync(file, 'utf8'), { path: `/real/${id}.md` });
    const findings = r.problems.map((p) => `${p.rule}:${p.start}-${p.end}:${p.severity}:${p.message}`).join('\n');
    const rules = ruleIdsOf(r);
    const digest = crypto.createHash('sha256').update(`${r.kind}|${r.groupMaterial}|${findings}`).digest('hex').slice(0, 16);
    out.push({ id, heldOut: held.has(id), kind: r.kind, groupMaterial: r.groupMaterial, rules, digest });
  }
  return out;
}

/**
 * What changed between two sets of readings: the tuning pages whose reading differs, each shown, and only how many held-out
 * pages differ (and how many of those changed kind or group material), so a change can be judged on every stored page
 * without reading a held-out one.
 */
export function changedReadings(
  before: Reading[],
  after: Reading[],
): { shown: Array<{ id: string; before: Reading; after: Reading }>; heldOutChanged: number; heldOutReadChanged: number; missing: number } {
  const was = new Map(before.map((r) => [r.id, r]));
  const shown: Array<{ id: string; before: Reading; after: Reading }> = [];
  let heldOutChanged = 0;
  let heldOutReadChanged = 0;
  let missing = 0;
  for (const now of after) {
    const old = was.get(now.id);
    if (!old) {
      missing++;
      continue;
    }
    if (old.digest === now.digest) continue;
    if (now.heldOut) {
      heldOutChanged++;
      if (old.kind !== now.kind || old.groupMaterial !== now.groupMaterial) heldOutReadChanged++;
    } else shown.push({ id: now.id, before: old, after: now });
  }
  return { shown, heldOutChanged, heldOutReadChanged, missing };
}

export function run(labels: RealLabel[], folder: string): { outcomes: Outcome[]; absent: string[]; failed: string[] } {
  const outcomes: Outcome[] = [];
  const absent: string[] = [];
  const failed: string[] = [];
  for (const label of labels) {
    const file = path.join(folder, 'pages', `${label.id}.md`);
    if (!fs.existsSync(file)) {
      absent.push(label.id);
      continue;
    }
    const text = fs.readFileSync(file, 'utf8');
    const r = lint(text, { path: `/real/${label.id}.md` });
    if (couldNotCheck(r)) failed.push(label.id);
    const evidence = new Map<string, string>();
    for (const p of r.problems) {
      if (p.rule === 'grouplint' || evidence.has(p.rule)) continue;
      evidence.set(p.rule, text.slice(p.start, p.end).replace(/\s+/g, ' ').slice(0, 70));
    }
    const got = new Set(evidence.keys());
    outcomes.push({ label, kind: readingOf(r), kindOk: kindAgrees(label, r, got), got, evidence });
  }
  return { outcomes, absent, failed };
}

export interface Figures {
  pages: number;
  kind: number;
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
}

export function score(outcomes: Outcome[]): { figures: Figures; perRule: Map<string, { tp: number; fp: number; fn: number }> } {
  const perRule = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (id: string, k: 'tp' | 'fp' | 'fn') => {
    if (!perRule.has(id)) perRule.set(id, { tp: 0, fp: 0, fn: 0 });
    perRule.get(id)![k]++;
  };
  for (const o of outcomes) {
    const want = new Set(o.label.expect);
    for (const id of o.got) bump(id, want.has(id) ? 'tp' : 'fp');
    for (const id of want) if (!o.got.has(id)) bump(id, 'fn');
  }
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const c of perRule.values()) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  const ratio = (a: number, b: number) => (b ? a / b : 1);
  const kind = ratio(outcomes.filter((o) => o.kindOk).length, outcomes.length);
  return { figures: { pages: outcomes.length, kind, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), tp, fp, fn }, perRule };
}

/** Did the labeller say the call was uncertain? Labellers write "unsure" in the note when they are (test/real/README.md). */
export function labelledUnsure(label: RealLabel): boolean {
  return /\bunsure\b/i.test(label.note);
}

/** The figures on the pages the labeller was sure of, and on those the note calls unsure: most disagreements sit in the second. */
export function bySureness(outcomes: Outcome[]): { sure: Figures; unsure: Figures } {
  return {
    sure: score(outcomes.filter((o) => !labelledUnsure(o.label))).figures,
    unsure: score(outcomes.filter((o) => labelledUnsure(o.label))).figures,
  };
}

/**
 * The figures on the pages labelled a group's own (support, therapy or mixed), and how many of them the engine passed over as
 * not group material: the view of an evaluation made of real flyers and group pages. (The labelled sets lean to pages about
 * groups, `none`, as the corpus runs out of groups' own pages; on those the figures above are mostly about telling them apart.)
 */
export function onGroupPages(outcomes: Outcome[]): { figures: Figures; passedOver: number } {
  const group = outcomes.filter((o) => o.label.kind !== 'none');
  return { figures: score(group).figures, passedOver: group.filter((o) => o.kind === 'not group material' || o.kind === 'comparison').length };
}

function groupPagesLine(outcomes: Outcome[]): string {
  const { figures: f, passedOver } = onGroupPages(outcomes);
  return `  group pages only: ${f.pages} pages, kind ${f.kind.toFixed(3)}, precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)}; ${passedOver} passed over as not group material`;
}

function surenessLine(outcomes: Outcome[]): string {
  const { sure, unsure } = bySureness(outcomes);
  const part = (f: Figures) => `${f.pages} pages, kind ${f.kind.toFixed(3)}, precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)}`;
  return `  labeller sure: ${part(sure)}; labeller unsure: ${part(unsure)}`;
}

function line(name: string, f: Figures): string {
  return `${name}: ${f.pages} pages; kind ${f.kind.toFixed(3)}; precision ${f.precision.toFixed(3)}; recall ${f.recall.toFixed(3)} (tp ${f.tp}, fp ${f.fp}, fn ${f.fn})`;
}

if (require.main === module) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const args = process.argv.slice(2);
  // --missing [address …]: the labelled pages with no text yet (all, or those at the addresses given), one per line.
  const mi = args.indexOf('--missing');
  if (mi >= 0) {
    const folder = mi > 0 && !args[0].startsWith('--') ? args[0] : '.realpages';
    const addresses = args.slice(mi + 1);
    const missing = missingPages(folder, addresses.length ? addresses : undefined);
    for (const l of missing) console.log(`${l.id}\t${l.url}\t${l.note.replace(/\s+/g, ' ')}`);
    if (!addresses.length) console.error(`${missing.length} labelled pages have no text in ${folder}/pages`);
    process.exit(0);
  }
  // --snapshot <file>: every stored labelled page's reading, without its words, saved to compare a change against (--since).
  // --since <file>: the tuning pages whose reading changed since that snapshot, and only how many held-out pages did.
  const si = args.indexOf('--snapshot');
  const ci = args.indexOf('--since');
  if (si >= 0 || ci >= 0) {
    const target = args[(si >= 0 ? si : ci) + 1];
    const folder = !args[0].startsWith('--') ? args[0] : '.realpages';
    if (!target || target.startsWith('--')) {
      console.error('usage: npm run -s eval:real -- [folder] --snapshot <file>  |  --since <file>');
      process.exit(2);
    }
    const now = readings(folder);
    if (si >= 0) {
      fs.writeFileSync(target, JSON.stringify(now) + '\n');
      console.log(`saved the readings of ${now.length} pages to ${target}`);
      process.exit(0);
    }
    let before: Reading[];
    try {
      before = JSON.parse(fs.readFileSync(target, 'utf8')) as Reading[];
    } catch (e) {
      console.error(`${target}: not a snapshot from --snapshot (${(e as Error).message})`);
      process.exit(2);
    }
    const { shown, heldOutChanged, heldOutReadChanged, missing } = changedReadings(before, now);
    const show = (r: Reading) => `${r.groupMaterial ? (r.kind ?? 'unclear') : 'not group material'} [${r.rules.join(', ')}]`;
    for (const c of shown) {
      const same = show(c.before) === show(c.after);
      console.log(same ? `${c.id}: ${show(c.after)}, with findings worded or placed otherwise` : `${c.id}\n    ${show(c.before)}\n => ${show(c.after)}`);
    }
    console.log(
      `${shown.length} tuning pages changed (shown); ${heldOutChanged} held-out pages changed (not shown), ` +
        `${heldOutReadChanged} of them in kind or group material` +
        (missing ? `; ${missing} pages not in the snapshot` : ''),
    );
    process.exit(0);
  }
  // --judge <address> [--record <file>]: one page's text on standard input; only its outcome is kept (appended to the file).
  const ji = args.indexOf('--judge');
  if (ji >= 0) {
    const url = args[ji + 1];
    const ri = args.indexOf('--record');
    const recordFile = ri >= 0 ? args[ri + 1] : undefined;
    const text = fs.readFileSync(0, 'utf8');
    if (!url || url.startsWith('--') || (ri >= 0 && (!recordFile || recordFile.startsWith('--'))) || !text.trim()) {
      console.error('usage: npm run -s eval:real -- --judge <address> [--record <file>] < page text');
      process.exit(2);
    }
    const outcome = JSON.stringify(record(url, text));
    if (recordFile) {
      fs.appendFileSync(recordFile, outcome + '\n');
      console.log(`recorded ${url} (${text.length} characters)`);
    } else console.log(outcome);
    process.exit(0);
  }
  // --outcomes <file> …: score the records of pages checked with --judge against --labels, as one held-out set.
  const oi = args.indexOf('--outcomes');
  if (oi >= 0) {
    const files: string[] = [];
    for (let i = oi + 1; i < args.length && !args[i].startsWith('--'); i++) files.push(args[i]);
    const labelsFile = args.includes('--labels') ? args[args.indexOf('--labels') + 1] : undefined;
    if (!labelsFile || labelsFile.startsWith('--') || !files.length) {
      console.error('usage: npm run -s eval:real -- --labels <labels.jsonl> --outcomes <records.jsonl> …');
      process.exit(2);
    }
    let labels: RealLabel[];
    let records: Recorded[];
    try {
      labels = readLabels(labelsFile);
      records = files.flatMap((f) => readJsonLines<Recorded>(f));
    } catch (e) {
      console.error((e as Error).message);
      process.exit(2);
    }
    const { outcomes, absent, failed } = fromRecords(labels, records);
    const { figures, perRule } = score(outcomes);
    if (args.includes('--json')) {
      console.log(JSON.stringify({ 'held-out set': figures, ...bySureness(outcomes), groupPages: onGroupPages(outcomes) }, null, 2));
      process.exit(0);
    }
    console.log(line('held-out set (recorded outcomes)', figures));
    console.log(surenessLine(outcomes));
    console.log(groupPagesLine(outcomes));
    if (absent.length) console.log(`  ${absent.length} labelled pages have no record`);
    if (failed.length) console.log(`  the engine could not check ${failed.length} pages`);
    for (const [id, c] of [...perRule].sort(([a], [b]) => a.localeCompare(b))) console.log(`  ${id.padEnd(32)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
    process.exit(0);
  }
  const folder = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--labels') ?? '.realpages';
  // --labels <file>: another labelled set (test/real/labels-fresh.jsonl), split the same way: a third sealed by id.
  const li = args.indexOf('--labels');
  const labelsFile = li >= 0 ? args[li + 1] : undefined;
  const labels = readLabels(labelsFile ?? LABELS);
  // --whole: the file is held out as a whole (test/real/labels-third.jsonl): all of it scored, figures only.
  const whole = args.includes('--whole');
  const parts = whole
    ? ([['held-out set', true]] as const)
    : args.includes('--all')
      ? ([
          ['tuning', false],
          ['sealed', true],
        ] as const)
      : args.includes('--sealed')
        ? ([['sealed', true]] as const)
        : ([['tuning', false]] as const);
  const reveal = args.includes('--reveal-sealed');
  const json: Record<string, Figures> = {};
  for (const [name, sealed] of parts) {
    const { outcomes, absent, failed } = run(whole ? labels : labels.filter((l) => isSealed(l.id) === sealed), folder);
    const { figures, perRule } = score(outcomes);
    json[name] = figures;
    if (args.includes('--json')) continue;
    console.log(line(name, figures));
    console.log(surenessLine(outcomes));
    console.log(groupPagesLine(outcomes));
    if (absent.length) console.log(`  ${absent.length} labelled pages have no text in ${folder}/pages (collect them again: test/real/README.md)`);
    if (failed.length)
      console.log(`  the engine could not check ${failed.length} pages (an internal error: run grouplint on ${sealed ? 'them' : failed.join(', ')})`);
    for (const [id, c] of [...perRule].sort(([a], [b]) => a.localeCompare(b))) {
      const p = c.tp + c.fp ? (c.tp / (c.tp + c.fp)).toFixed(2) : ' n/a';
      const r = c.tp + c.fn ? (c.tp / (c.tp + c.fn)).toFixed(2) : ' n/a';
      console.log(`  ${id.padEnd(32)} precision ${p}  recall ${r}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
    }
    // Which kinds are read as which (counts only, so it can be shown for held-out sets too).
    const confusion = new Map<string, number>();
    for (const o of outcomes) confusion.set(`${o.label.kind} → ${o.kind}`, (confusion.get(`${o.label.kind} → ${o.kind}`) ?? 0) + 1);
    console.log(
      `  kinds (labelled → read): ${[...confusion]
        .sort()
        .map(([k, n]) => `${k} ${n}`)
        .join('; ')}`,
    );
    if (sealed && !reveal) continue;
    for (const o of outcomes) {
      const want = new Set(o.label.expect);
      const notes: string[] = [];
      if (!o.kindOk) notes.push(`kind ${o.kind}, labelled ${o.label.kind}`);
      for (const id of o.got) if (!want.has(id)) notes.push(`false alarm ${id} at "${o.evidence.get(id)}"`);
      for (const id of want) if (!o.got.has(id)) notes.push(`missed ${id}`);
      if (notes.length) console.log(`- ${o.label.id} [${o.label.kind}; engine: ${o.kind}]\n    ${notes.join('\n    ')}`);
    }
  }
  if (args.includes('--json')) console.log(JSON.stringify(json, null, 2));
}
