// Builds server/src/engine/page-model.generated.ts: a logistic model of one question the patterns
// answer worst on real pages — is this a group's own material (its flyer, its page, its agreement) or
// writing about groups (an article, a directory, a guide)? It is trained on the tuning parts of the
// labelled real pages in test/real (support and therapy pages against look-alikes; mixed pages are left
// out), never on a sealed third or a set held out whole, so those stay fit for measuring.
//
// The page texts are third-party and git-ignored: they are collected again from the addresses in the
// label files into .realpages/pages (test/real/README.md says how). Only words and pairs of words seen
// on at least MIN_PAGES pages enter the model, with a number each: no page's sentences are kept.
//   npx tsx scripts/build-page-model.ts [--check] [--pages DIR]   (--check: fail if the committed file is stale)
//   npx tsx scripts/build-page-model.ts --refresh-guides   (freeze docs/ as it is now for the model; see teamDocuments)
//   CV=1 npx tsx scripts/build-page-model.ts   (five-fold cross-validated accuracy on the training pages; writes nothing)
//   npx tsx scripts/build-page-model.ts --rescue [--check] [--pages DIR]   (the rescue model: see RESCUE_PAGES)
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from '../server/src/engine/parse';
import { PAGE_MODEL_CHARS, pageFeatures, pageOpening } from '../server/src/engine/page-model';
import { isSealed, readLabels } from './eval-real';
import { writeOrCheck } from './generated-file';

const root = path.join(__dirname, '..');
export const OUT = path.join(root, 'server', 'src', 'engine', 'page-model.generated.ts');
const REAL = path.join(root, 'test', 'real');
// Sets the models never learn from: those held out whole (never read: the tenth, the twenty-second), the second and third
// labellers' relabellings of pages already here, and the sets gathered later by other colleagues (eighteenth, twentieth,
// twenty-first, twenty-third, twenty-fourth, and every set from the twenty-fifth on). Trained also on those later sets' tuning parts, the models read no better on
// pages never trained on (all sealed thirds: kind 0.734 → 0.728; tenth set 0.850 → 0.825), so they stay out: their sealed
// thirds measure, their tuning parts serve the patterns.
export const HELD_OUT = new Set([
  'labels-tenth.jsonl',
  'labels-eighteenth.jsonl',
  'labels-twentieth.jsonl',
  'labels-twentyfirst.jsonl',
  'labels-twentysecond.jsonl',
  'labels-twentythird.jsonl',
  'labels-twentyfourth.jsonl',
  'labels-twentyfifth.jsonl',
  'labels-twentysixth.jsonl',
  'labels-twentyseventh.jsonl',
  'labels-twentyseventh-second-opinion.jsonl',
  'labels-twentyeighth.jsonl',
  'labels-twentyeighth-second-opinion.jsonl',
  'labels-twentyninth.jsonl',
  'labels-thirtieth.jsonl',
  'labels-thirtyfirst.jsonl',
  'labels-thirtysecond.jsonl',
  'labels-thirtythird.jsonl',
  'labels-thirtyfourth.jsonl',
  'labels-thirtyfifth.jsonl',
  'labels-thirtysixth.jsonl',
  'labels-thirtyseventh.jsonl',
  'labels-thirtyeighth.jsonl',
  'labels-thirtyninth.jsonl',
  'labels-fortieth.jsonl',
  'labels-fortyfirst.jsonl',
  'labels-fortysecond.jsonl',
  'labels-fortythird.jsonl',
  'labels-fortyfourth.jsonl',
  'labels-fortyfifth.jsonl',
  'labels-fortysixth.jsonl',
  'labels-fortyseventh.jsonl',
  'labels-fortyeighth.jsonl',
  'labels-fortyninth.jsonl',
  'labels-fiftieth.jsonl',
  'labels-fiftyfirst.jsonl',
  'labels-fiftysecond.jsonl',
  'labels-fiftythird.jsonl',
  'labels-fiftyfourth.jsonl',
  'labels-fiftyfifth.jsonl',
  'labels-fiftyfifth-second-opinion.jsonl',
  'labels-fiftysixth.jsonl',
  'labels-fiftyseventh.jsonl',
  'labels-fiftyeighth.jsonl',
  'labels-fiftyninth.jsonl',
  'labels-sixtieth.jsonl',
  'labels-sixtyfirst.jsonl',
  'labels-sixtysecond.jsonl',
  'labels-sixtythird.jsonl',
  'labels-sixtyfourth.jsonl',
  'labels-sixtyfifth.jsonl',
  'labels-sixtysixth.jsonl',
  'labels-sixtyseventh.jsonl',
  'labels-second-opinion.jsonl',
  'labels-third-opinion-x.jsonl',
  'labels-third-opinion-y.jsonl',
]);
// A feature on fewer pages than this says more about one page (a name, a place) than about pages of a sort.
const MIN_PAGES = 10;
// The model keeps this many features, those that weigh most; the rest barely move a decision and cost bundle size.
const KEEP = 1000;
// Ridge penalty on the weights (the bias is free).
const L2 = 3;
const STEPS = 800;

export interface PageExample {
  id: string;
  /** A group's own page (support or therapy; a group of unclear kind too, for the team's documents)? */
  group: boolean;
  /** Its kind, where it is one group of one kind. */
  kind: 'support' | 'therapy' | null;
  features: Set<string>;
}

/** The features of a Markdown file as the models read them (the engine's own parse and opening). */
export function featuresOfFile(file: string): Set<string> {
  return pageFeatures(pageOpening(parseDocument(fs.readFileSync(file, 'utf8')).blocks));
}

export function trainingPages(pagesDir: string): { examples: PageExample[]; missing: number } {
  const examples: PageExample[] = [];
  const seen = new Set<string>();
  let missing = 0;
  const files = fs
    .readdirSync(REAL)
    .filter((f) => /^labels.*\.jsonl$/.test(f) && !HELD_OUT.has(f))
    .sort();
  for (const file of files) {
    for (const label of readLabels(path.join(REAL, file))) {
      if (seen.has(label.id) || isSealed(label.id) || label.kind === 'mixed') continue;
      seen.add(label.id);
      const page = path.join(pagesDir, `${label.id}.md`);
      if (!fs.existsSync(page)) {
        missing++;
        continue;
      }
      const kind = label.kind === 'support' || label.kind === 'therapy' ? label.kind : null;
      examples.push({ id: label.id, group: label.kind !== 'none', kind, features: featuresOfFile(page) });
    }
  }
  examples.push(...teamDocuments());
  examples.sort((a, b) => a.id.localeCompare(b.id));
  return { examples, missing };
}

// The team's own labelled documents, written in other words than real pages: the model learns their ways too, so a
// team flyer is never passed over for being tidier than the pages it was trained on.
const TEAM_FOLDERS = ['examples', 'test/corpus', 'test/holdout', 'test/classes', 'test/styles'];

export function teamDocuments(): PageExample[] {
  const docs: PageExample[] = [];
  for (const folder of TEAM_FOLDERS) {
    const dir = path.join(root, folder);
    const labelsFile = ['labels.json', 'expected.json'].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
    if (!labelsFile) continue;
    const labels = JSON.parse(fs.readFileSync(labelsFile, 'utf8')) as Record<string, { kind: string | null; rules?: string[] }>;
    const docsDir = fs.existsSync(path.join(dir, 'docs')) ? path.join(dir, 'docs') : dir;
    for (const [name, label] of Object.entries(labels)) {
      const group = label.kind === 'support' || label.kind === 'therapy' || (label.rules ?? []).some((r) => r === 'declare-kind' || r === 'kind-conflict');
      const kind = label.kind === 'support' || label.kind === 'therapy' ? label.kind : null;
      docs.push({ id: `team:${folder}/${name}`, group, kind, features: featuresOfFile(path.join(docsDir, name)) });
    }
  }
  // The project's own guides and rule pages speak of groups at every turn, and are no group's material. The model learns
  // them from a frozen copy of their openings (GUIDES), not from docs/ as it is today: a reworded rule page would otherwise
  // retrain the model and move real pages either way (one or two at each edit, seen several times). Refresh the copy on
  // purpose, with --refresh-guides, and measure what moves.
  for (const [name, opening] of Object.entries(frozenGuides())) {
    docs.push({ id: `team:docs/${name}`, group: false, kind: null, features: pageFeatures(opening) });
  }
  return docs;
}

/** The frozen openings of the project's guides and rule pages (docs/), by file name: the prose the model reads of each. */
export const GUIDES = path.join(root, 'scripts', 'page-model-guides.json');

export function frozenGuides(): Record<string, string> {
  return JSON.parse(fs.readFileSync(GUIDES, 'utf8')) as Record<string, string>;
}

/** The openings of docs/ as the files are today (what --refresh-guides freezes). */
export function currentGuides(): Record<string, string> {
  const guides = path.join(root, 'docs');
  const out: Record<string, string> = {};
  for (const name of fs
    .readdirSync(guides, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    out[name] = pageOpening(parseDocument(fs.readFileSync(path.join(guides, name), 'utf8')).blocks).slice(0, PAGE_MODEL_CHARS);
  }
  return out;
}

/** What a model answers of a page: yes (1) or no (0). */
type Target = (e: PageExample) => boolean;
/** The page model: a group's own page? */
export const IS_GROUP: Target = (e) => e.group;
/** The kind model, asked of one group's pages only: a support group (rather than group therapy)? */
export const IS_SUPPORT: Target = (e) => e.kind === 'support';
/** The pages the kind model learns from: one group's, of one kind. */
export const ofOneKind = (examples: PageExample[]) => examples.filter((e) => e.kind !== null);

/** Ridge logistic regression over binary features, fitted by full-batch Adam (deterministic). */
function fit(examples: PageExample[], target: Target, vocabulary: string[]): { bias: number; weights: Float64Array } {
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = examples.map((e) => Int32Array.from([...e.features].map((f) => index.get(f) ?? -1).filter((i) => i >= 0)));
  const y = examples.map((e) => (target(e) ? 1 : 0));
  const n = vocabulary.length + 1; // the last is the bias
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const g = new Float64Array(n);
  const rate = 0.05;
  for (let step = 1; step <= STEPS; step++) {
    g.fill(0);
    for (let r = 0; r < rows.length; r++) {
      let z = w[n - 1];
      for (const i of rows[r]) z += w[i];
      const err = 1 / (1 + Math.exp(-z)) - y[r];
      for (const i of rows[r]) g[i] += err;
      g[n - 1] += err;
    }
    for (let i = 0; i < n - 1; i++) g[i] += L2 * w[i];
    for (let i = 0; i < n; i++) {
      const gi = g[i] / rows.length;
      m[i] = 0.9 * m[i] + 0.1 * gi;
      v[i] = 0.999 * v[i] + 0.001 * gi * gi;
      w[i] -= (rate * (m[i] / (1 - 0.9 ** step))) / (Math.sqrt(v[i] / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  return { bias: w[n - 1], weights: w.subarray(0, n - 1) };
}

export function train(examples: PageExample[], target: Target = IS_GROUP) {
  const pages = new Map<string, number>();
  for (const e of examples) for (const f of e.features) pages.set(f, (pages.get(f) ?? 0) + 1);
  const common = [...pages]
    .filter(([, c]) => c >= MIN_PAGES)
    .map(([f]) => f)
    .sort();
  const first = fit(examples, target, common);
  const kept = common
    .map((f, i) => [f, Math.abs(first.weights[i])] as const)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, KEEP)
    .map(([f]) => f)
    .sort();
  const final = fit(examples, target, kept);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const weights: Record<string, number> = {};
  kept.forEach((f, i) => {
    if (round(final.weights[i]) !== 0) weights[f] = round(final.weights[i]);
  });
  return {
    bias: round(final.bias),
    weights,
    trainedOn: { yes: examples.filter(target).length, no: examples.filter((e) => !target(e)).length },
  };
}

export type PageModel = ReturnType<typeof train>;

export function score(model: PageModel, feats: Set<string>): number {
  let z = model.bias;
  for (const f of feats) z += model.weights[f] ?? 0;
  return z;
}

function renderModel(name: string, model: PageModel): string[] {
  return [
    `export const ${name} = {`,
    `  bias: ${model.bias},`,
    '  weights: {',
    ...Object.entries(model.weights).map(([f, w]) => `    ${JSON.stringify(f)}: ${w},`),
    '  } as Record<string, number>,',
    '};',
  ];
}

/** Both models, trained on the pages given. */
export function build(examples: PageExample[]): string {
  const group = train(examples, IS_GROUP);
  const kind = train(ofOneKind(examples), IS_SUPPORT);
  return [
    '// Generated by scripts/build-page-model.ts from the tuning parts of the labelled real pages and the team documents; do not edit.',
    `// Trained on ${group.trainedOn.yes} pages of groups and ${group.trainedOn.no} look-alikes; positive weights lean to a group's own page.`,
    ...renderModel('PAGE_MODEL', group),
    '',
    `// Trained on ${kind.trainedOn.yes} support-group pages and ${kind.trainedOn.no} group-therapy pages; positive weights lean to support.`,
    ...renderModel('PAGE_KIND_MODEL', kind),
    '',
  ].join('\n');
}

// The rescue model answers the same question as the page model, for one use: whether a page the patterns pass over is a group's
// own after all (kind.ts). It learns from later sets' tuning parts, gathered when most pages the corpus returned were writing about
// groups, so it is slower to say "a group's own page" than the page model: on those pages, read five times with a model trained on
// the other four fifths, it took in 17 fewer look-alikes than the page model and passed over no more group pages. The pages are
// listed by id in RESCUE_PAGES (each a tuning part's page, never a sealed third's or a held-out set's: see the tests), so a rebuild
// learns from the same pages wherever their texts are collected.
export const RESCUE_PAGES = path.join(root, 'scripts', 'page-rescue-pages.txt');
export const RESCUE_OUT = path.join(root, 'server', 'src', 'engine', 'page-rescue-model.generated.ts');

export function rescuePageIds(): string[] {
  return fs
    .readFileSync(RESCUE_PAGES, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** Every label in test/real by id, from each set's own labeller (not the second and third opinions on pages already labelled). */
export function labelsById(): Map<string, ReturnType<typeof readLabels>[number]> {
  const byId = new Map<string, ReturnType<typeof readLabels>[number]>();
  for (const file of fs
    .readdirSync(REAL)
    .filter((f) => /^labels.*\.jsonl$/.test(f) && !/-opinion|fourth-second/.test(f))
    .sort())
    for (const label of readLabels(path.join(REAL, file))) if (!byId.has(label.id)) byId.set(label.id, label);
  return byId;
}

/** The rescue model's examples: the listed pages whose text `textOf` gives (by id), and the team's documents. */
export function rescueExamples(textOf: (id: string) => string | undefined): { examples: PageExample[]; missing: number } {
  const labels = labelsById();
  const examples: PageExample[] = [];
  let missing = 0;
  for (const id of rescuePageIds()) {
    const label = labels.get(id);
    const text = textOf(id);
    if (!label || text === undefined) {
      missing++;
      continue;
    }
    if (label.kind === 'mixed') continue;
    const kind = label.kind === 'support' || label.kind === 'therapy' ? label.kind : null;
    examples.push({ id, group: label.kind !== 'none', kind, features: pageFeatures(pageOpening(parseDocument(text).blocks)) });
  }
  examples.push(...teamDocuments());
  examples.sort((a, b) => a.id.localeCompare(b.id));
  return { examples, missing };
}

/** The rescue model, trained on the examples given. */
export function buildRescue(examples: PageExample[]): string {
  const model = train(examples, IS_GROUP);
  return [
    '// Generated by scripts/build-page-model.ts --rescue from the pages listed in scripts/page-rescue-pages.txt and the team documents; do not edit.',
    `// Trained on ${model.trainedOn.yes} pages of groups and ${model.trainedOn.no} look-alikes; positive weights lean to a group's own page.`,
    ...renderModel('PAGE_RESCUE_MODEL', model),
    '',
  ].join('\n');
}

if (require.main === module) {
  if (process.argv.includes('--refresh-guides')) {
    fs.writeFileSync(GUIDES, JSON.stringify(currentGuides(), null, 1) + '\n');
    console.log(`froze the openings of docs/ in ${path.relative(root, GUIDES)}; now rebuild the model and measure what moved`);
    process.exit(0);
  }
  const at = process.argv.indexOf('--pages');
  const pagesDir = path.resolve(at > 0 ? process.argv[at + 1] : path.join(root, '.realpages', 'pages'));
  if (!fs.existsSync(pagesDir)) {
    console.error(`No page texts in ${path.relative(root, pagesDir) || '.'}: collect them first (test/real/README.md).`);
    process.exit(2);
  }
  if (process.argv.includes('--rescue')) {
    const at = (id: string) => path.join(pagesDir, `${id}.md`);
    const { examples, missing } = rescueExamples((id) => (fs.existsSync(at(id)) ? fs.readFileSync(at(id), 'utf8') : undefined));
    stopIfFewer(RESCUE_OUT, examples.length, `${missing} listed pages have no text in ${path.relative(root, pagesDir)}`);
    writeOrCheck(RESCUE_OUT, buildRescue(examples), 'npm run build:page-model -- --rescue', `from ${examples.length} pages (${missing} missing)`);
    process.exit(0);
  }
  const { examples, missing } = trainingPages(pagesDir);
  if (process.env.CV) {
    for (const [name, target, pages] of [
      ['group or not', IS_GROUP, examples],
      ['support or therapy', IS_SUPPORT, ofOneKind(examples)],
    ] as const) {
      let right = 0;
      for (let k = 0; k < 5; k++) {
        const model = train(
          pages.filter((_, i) => i % 5 !== k),
          target,
        );
        right += pages.filter((e, i) => i % 5 === k && score(model, e.features) > 0 === target(e)).length;
      }
      console.log(`${name}: five-fold accuracy ${(right / pages.length).toFixed(3)} over ${pages.length} pages (${missing} missing)`);
    }
    process.exit(0);
  }
  // The page texts are not kept: on a machine that has collected only some of them, a rebuild would quietly train on fewer
  // pages than the committed model and replace it. Say so and stop, unless asked.
  stopIfFewer(OUT, examples.length, `${missing} labelled pages have no text in ${path.relative(root, pagesDir)}`);
  writeOrCheck(OUT, build(examples), 'npm run build:page-model', `from ${examples.length} pages (${missing} missing)`);
}

/** Stops (exit 2) before a rebuild would replace `out` with a model trained on fewer pages, unless checking or asked to. */
function stopIfFewer(out: string, pages: number, why: string): void {
  const committed = trainedOn(fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '');
  if (process.argv.includes('--check') || process.argv.includes('--allow-fewer') || pages >= committed) return;
  console.error(
    `Only ${pages} pages to train on (${why}), but ${path.relative(root, out)} was trained on ${committed}: ` +
      'collect the texts first (test/real/README.md), or pass --allow-fewer to replace it anyway.',
  );
  process.exit(2);
}

/** How many pages the group model in a generated file was trained on (0 when the file says nothing). */
export function trainedOn(generated: string): number {
  const m = /Trained on (\d+) pages of groups and (\d+) look-alikes/.exec(generated);
  return m ? Number(m[1]) + Number(m[2]) : 0;
}
