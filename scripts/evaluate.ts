// Measure the engine's judgement against a labelled folder of documents:
// kind accuracy and per-rule precision/recall (which rule ids fire per document).
//   npx tsx scripts/evaluate.ts [folder-with-labels.json ...] [--verbose]
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../server/src/engine';

export interface Label {
  kind: 'support' | 'therapy' | null;
  rules: string[];
}

export interface Evaluation {
  documents: number;
  kindCorrect: number;
  tp: number;
  fp: number;
  fn: number;
  perRule: Record<string, { tp: number; fp: number; fn: number }>;
  mistakes: string[];
}

export function evaluate(entries: Array<{ name: string; text: string; label: Label }>): Evaluation {
  const ev: Evaluation = { documents: 0, kindCorrect: 0, tp: 0, fp: 0, fn: 0, perRule: {}, mistakes: [] };
  const bump = (rule: string, k: 'tp' | 'fp' | 'fn') => {
    ev.perRule[rule] ??= { tp: 0, fp: 0, fn: 0 };
    ev.perRule[rule][k]++;
    ev[k]++;
  };
  for (const { name, text, label } of entries) {
    const r = lint(text, { path: name });
    ev.documents++;
    if (r.kind === label.kind) ev.kindCorrect++;
    else ev.mistakes.push(`${name}: kind ${r.kind} (${r.kindSource}), expected ${label.kind}`);
    const got = new Set(r.problems.map((p) => p.rule).filter((id) => id !== 'grouplint'));
    const want = new Set(label.rules);
    for (const id of got) {
      if (want.has(id)) bump(id, 'tp');
      else {
        bump(id, 'fp');
        const p = r.problems.find((x) => x.rule === id)!;
        ev.mistakes.push(`${name}: unexpected ${id} at "${text.slice(p.start, p.end).slice(0, 60).replace(/\s+/g, ' ')}"`);
      }
    }
    for (const id of want)
      if (!got.has(id)) {
        bump(id, 'fn');
        ev.mistakes.push(`${name}: missed ${id}`);
      }
  }
  return ev;
}

export function loadLabelled(folder: string): Array<{ name: string; text: string; label: Label }> {
  const labelsFile = ['labels.json', 'expected.json'].map((f) => path.join(folder, f)).find((f) => fs.existsSync(f))!;
  const labels = JSON.parse(fs.readFileSync(labelsFile, 'utf8')) as Record<string, { kind: unknown; rules: string[] }>;
  const docs = fs.existsSync(path.join(folder, 'docs')) ? path.join(folder, 'docs') : folder;
  return Object.entries(labels).map(([name, label]) => ({
    name,
    label: { ...label, kind: kindOf(label.kind, `${labelsFile}: ${name}`) },
    text: fs.readFileSync(path.join(docs, name), 'utf8'),
  }));
}

/** A label's kind: "support", "therapy", or none (null; some writers spelled it "none" or "mixed", which means the same). */
export function kindOf(kind: unknown, where: string): Label['kind'] {
  if (kind === 'support' || kind === 'therapy') return kind;
  if (kind === null || kind === 'none' || kind === 'mixed') return null;
  throw new Error(`${where}: kind must be "support", "therapy" or null, not ${JSON.stringify(kind)}`);
}

if (require.main === module) {
  // Piped into `head` and the like: a closed pipe ends the report quietly, not with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const folders = args.filter((a) => !a.startsWith('--'));
  const ev = evaluate((folders.length ? folders : ['examples', 'test/corpus']).flatMap(loadLabelled));
  const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
  console.log(
    `documents ${ev.documents}; kind accuracy ${pct(ev.kindCorrect, ev.documents)}; precision ${pct(ev.tp, ev.tp + ev.fp)}; recall ${pct(ev.tp, ev.tp + ev.fn)} (tp ${ev.tp}, fp ${ev.fp}, fn ${ev.fn})`,
  );
  for (const [id, c] of Object.entries(ev.perRule).sort()) console.log(`  ${id.padEnd(32)} tp ${c.tp} fp ${c.fp} fn ${c.fn}`);
  if (verbose) for (const m of ev.mistakes) console.log('  - ' + m);
}
