// Real Markdown that is not group material, written by many organisations: the READMEs, changelogs
// and guides shipped in node_modules (pinned by package-lock.json, so the same files on every
// machine). grouplint must stay silent on every one of them: a linter that nags a README gets
// uninstalled.
import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/engine';
import { ENGINE_NOTICE } from '../../server/src/engine/lint';

const ROOT = path.join(__dirname, '..', '..', 'node_modules');
const CEILING = 300 * 1024; // bytes: larger files (a bundler's third-party notices) are counted, not linted

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === '.cache' || e.isSymbolicLink()) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) markdownFiles(p, out);
    else if (e.isFile() && /\.(?:md|markdown)$/i.test(e.name)) out.push(p);
  }
  return out;
}

describe("real Markdown that is not group material (the packages' own documents)", () => {
  it('is silent on every README, changelog and guide in node_modules', function () {
    this.timeout(240000);
    const seen = new Set<string>();
    const loud: string[] = [];
    let checked = 0;
    for (const file of markdownFiles(ROOT)) {
      const bytes = fs.readFileSync(file);
      if (bytes.length > CEILING) continue;
      const hash = crypto.createHash('sha1').update(bytes).digest('hex');
      if (seen.has(hash)) continue;
      seen.add(hash);
      const r = lint(bytes.toString('utf8'), { path: file });
      checked++;
      const rules = r.problems.filter((p) => p.rule !== ENGINE_NOTICE).map((p) => p.rule);
      if (rules.length || r.groupMaterial) loud.push(`${path.relative(ROOT, file)}: ${r.kind ?? 'unclear'} [${[...new Set(rules)].join(', ')}]`);
    }
    // A fresh install holds several hundred different documents; fewer means the folder was not found.
    assert.ok(checked > 300, `only ${checked} Markdown files found under ${ROOT}`);
    assert.deepEqual(loud, []);
  });
});
