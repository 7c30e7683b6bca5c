// `grouplint --fix` interrupted mid-run (SIGINT, SIGTERM, a second signal, even SIGKILL)
// never leaves a half-written file: afterwards every file is byte-identical either to what it
// was or to the fully fixed text (computed here with the engine, as the CLI computes it), and
// SIGINT and SIGTERM leave no temporary files behind.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig } from '../../server/src/engine';
import { check } from '../../server/src/cli/check';
import { BIN, cleanup, ensureBuilt, listFiles, ROOT, tmpDir } from './helpers';

const FILES = 300;

interface Corpus {
  dir: string;
  before: Map<string, Buffer>;
  fixed: Map<string, Buffer>;
}

/** FILES flyers made from the examples (each a little different), and their fixed versions. */
function corpus(): Corpus {
  const examples = fs
    .readdirSync(path.join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8'));
  const dir = tmpDir('grouplint-interrupt-');
  const before = new Map<string, Buffer>();
  const fixed = new Map<string, Buffer>();
  for (let i = 0; i < FILES; i++) {
    const rel = `flyers/${String(i % 7)}/flyer-${String(i).padStart(3, '0')}.md`;
    let text = examples[i % examples.length] + `\nUpdated for session ${i}.\n`;
    // Fixes only state a document's kind; a misspelt kind in front matter gives every other flyer one.
    if (i % 2 === 1 && !text.startsWith('---')) text = `---\ngroup: suport\n---\n${text}`;
    if (i % 5 === 0) text = text.replace(/\n/g, '\r\n');
    const bom = i % 11 === 0;
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    const bytes = Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
    fs.writeFileSync(abs, bytes);
    before.set(rel, bytes);
    const out = check({ path: abs, text, config: defaultConfig(), fix: true });
    fixed.set(rel, out.fixed === undefined ? bytes : Buffer.from((bom ? '\ufeff' : '') + out.fixed, 'utf8'));
  }
  return { dir, before, fixed };
}

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  savedBeforeSignal: number;
}

/** Run `grouplint --fix`, and send the signals once `after` files have been saved. */
function interrupt(dir: string, signals: NodeJS.Signals[], after: number, extraArgs: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--fix', ...extraArgs, '.'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    let saved = 0;
    let sent = false;
    // Each save renames a temporary file over a flyer: count those renames.
    const watchers = fs.readdirSync(path.join(dir, 'flyers')).map((sub) =>
      fs.watch(path.join(dir, 'flyers', sub), (event, name) => {
        if (sent || event !== 'rename' || !name || !String(name).endsWith('.md')) return;
        if (++saved < after) return;
        sent = true;
        signals.forEach((s, i) => setTimeout(() => child.kill(s), i * 5));
      }),
    );
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      resolve({ code, signal, stderr, savedBeforeSignal: saved });
    });
  });
}

function verdict(c: Corpus): { untouched: number; fixed: number; leftovers: string[] } {
  let untouched = 0;
  let fixed = 0;
  const files = listFiles(c.dir);
  const leftovers = files.filter((f) => !c.before.has(f));
  for (const [rel, bytes] of c.before) {
    const now = fs.readFileSync(path.join(c.dir, rel));
    const wanted = c.fixed.get(rel)!;
    if (now.equals(wanted)) fixed += bytes.equals(wanted) ? 0 : 1;
    else if (now.equals(bytes)) untouched++;
    else assert.fail(`${rel} is neither the original nor the fixed text:\n${now.toString('utf8').slice(0, 400)}`);
  }
  return { untouched, fixed, leftovers };
}

describe('robustness: interrupting grouplint --fix', function () {
  this.timeout(600_000);
  let changing = 0;
  before(async () => ensureBuilt());
  after(() => cleanup());

  const scenarios: Array<{ name: string; signals: NodeJS.Signals[]; after: number; args: string[]; exit: number[] }> = [
    { name: 'SIGINT early, checked in the main thread', signals: ['SIGINT'], after: 1, args: ['--jobs', '0'], exit: [130] },
    { name: 'SIGTERM mid-run, with worker threads', signals: ['SIGTERM'], after: 40, args: ['--jobs', '2'], exit: [143] },
    { name: 'SIGINT twice in a row (the second one exits at once)', signals: ['SIGINT', 'SIGINT'], after: 20, args: [], exit: [130] },
  ];

  for (const s of scenarios) {
    it(`${s.name}: every file is untouched or fully fixed, and no temporary file is left`, async () => {
      const c = corpus();
      changing = [...c.before].filter(([rel, b]) => !b.equals(c.fixed.get(rel)!)).length;
      assert.ok(changing >= FILES / 4, `only ${changing} files have fixes`);
      const out = await interrupt(c.dir, s.signals, s.after, s.args);
      const v = verdict(c);
      console.log(
        `      ${s.signals.join('+')} after ${s.after} saves: exit ${out.code ?? out.signal}; ${v.fixed} fixed, ${v.untouched} untouched of ${changing} with fixes`,
      );
      assert.deepEqual(v.leftovers, [], 'temporary files left behind');
      if (v.fixed + (FILES - changing) === FILES) {
        // The run finished before the signal took effect: that is fine too.
        assert.ok(out.code === 0 || out.code === 1 || s.exit.includes(out.code ?? -1), `exit ${out.code}: ${out.stderr}`);
      } else {
        assert.ok(s.exit.includes(out.code ?? -1), `exit ${out.code ?? out.signal}: ${out.stderr}`);
        if (s.signals.length === 1)
          assert.match(out.stderr, new RegExp(`stopped by ${s.signals[0]}\\. \\d+ files? (was|were) fixed and saved; \\d+ files? (was|were) not processed`));
      }
      assert.ok(v.fixed >= Math.min(s.after, changing), `at least the ${s.after} files saved before the signal are fixed`);
    });
  }

  it('SIGKILL mid-run (no chance to clean up): still no half-written file; only temporary files may remain', async () => {
    const c = corpus();
    const out = await interrupt(c.dir, ['SIGKILL'], 30, []);
    const v = verdict(c);
    console.log(`      SIGKILL after 30 saves: ${v.fixed} fixed, ${v.untouched} untouched, ${v.leftovers.length} temporary files left`);
    assert.ok(out.signal === 'SIGKILL' || out.code === 0 || out.code === 1);
    for (const f of v.leftovers) assert.match(f, /\/\.flyer-\d{3}\.md\.\d+\.[0-9a-f]{8}\.grouplint-tmp$/, `an unexpected file: ${f}`);
  });
});
