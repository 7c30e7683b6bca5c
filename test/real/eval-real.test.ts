// The real-page evaluation (scripts/eval-real.ts) on a folder made here: what it counts as a page read
// right, a false alarm and a miss, and that a page without its text is reported absent, not scored.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  addressKey,
  bySureness,
  onGroupPages,
  changedReadings,
  fromRecords,
  isSealed,
  missingPages,
  readings,
  readLabels,
  record,
  run,
  score,
  type RealLabel,
  type Reading,
} from '../../scripts/eval-real';

describe('eval:real', () => {
  let folder: string;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'grouplint-real-'));
    fs.mkdirSync(path.join(folder, 'pages'));
    const page = (id: string, text: string) => fs.writeFileSync(path.join(folder, 'pages', `${id}.md`), text);
    page('flyer', '# Widows Support Group\n\nThis is a peer support group. We meet on Mondays at 7 pm in the library.\n');
    page('readme', '# Build notes\n\nRun the build, then the tests.\n');
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  const label = (id: string, kind: RealLabel['kind'], expect: string[]): RealLabel => ({ id, url: `https://example.org/${id}`, kind, expect, note: '' });

  it('scores a page read right, its expected rule ids, and a page with no text as absent', () => {
    const { outcomes, absent, failed } = run(
      [label('flyer', 'support', ['support-disclaimer', 'support-free']), label('readme', 'none', []), label('gone', 'support', [])],
      folder,
    );
    assert.deepEqual(absent, ['gone']);
    assert.deepEqual(failed, []);
    assert.deepEqual(
      outcomes.map((o) => [o.label.id, o.kind, o.kindOk]),
      [
        ['flyer', 'support', true],
        ['readme', 'not group material', true],
      ],
    );
    const { figures } = score(outcomes);
    // The flyer says it is a peer support group but never that it is not therapy, nor what it costs.
    assert.deepEqual([...outcomes[0].got].sort(), ['support-disclaimer', 'support-free']);
    assert.deepEqual({ tp: figures.tp, fp: figures.fp, fn: figures.fn, kind: figures.kind }, { tp: 2, fp: 0, fn: 0, kind: 1 });
  });

  it('a wrong kind counts against kind accuracy, and rule ids not expected are false alarms', () => {
    const { outcomes } = run([label('flyer', 'therapy', ['therapy-fee'])], folder);
    const { figures } = score(outcomes);
    assert.equal(outcomes[0].kindOk, false);
    assert.deepEqual({ tp: figures.tp, fp: figures.fp, fn: figures.fn }, { tp: 0, fp: 2, fn: 1 });
  });

  it('splits the figures between pages the labeller was sure of and pages whose note says unsure', () => {
    const unsure = (l: RealLabel): RealLabel => ({ ...l, note: 'A flyer, I think; unsure whether the cost line counts.' });
    const { outcomes } = run([label('flyer', 'support', ['support-disclaimer', 'support-free']), unsure(label('readme', 'support', ['support-free']))], folder);
    const { sure, unsure: doubtful } = bySureness(outcomes);
    assert.deepEqual([sure.pages, sure.kind, sure.tp, sure.fp, sure.fn], [1, 1, 2, 0, 0]);
    // The readme is no group material, so the unsure label's kind and its one rule id are both missed.
    assert.deepEqual([doubtful.pages, doubtful.kind, doubtful.tp, doubtful.fp, doubtful.fn], [1, 0, 0, 0, 1]);
    // "Unsureness" or a word that merely contains it is no such note.
    assert.deepEqual(bySureness(run([{ ...label('readme', 'none', []), note: 'Build notes; not unsurely none.' }], folder).outcomes).unsure.pages, 0);
  });

  it("scores the pages labelled a group's own apart, and counts those passed over as not group material", () => {
    const { outcomes } = run(
      [label('flyer', 'support', ['support-disclaimer', 'support-free']), label('readme', 'therapy', ['therapy-fee']), label('readme', 'none', [])],
      folder,
    );
    const { figures, passedOver } = onGroupPages(outcomes);
    // The flyer is read right; the readme labelled therapy is passed over, so its kind and its rule id are missed. The page
    // labelled none is left out.
    assert.deepEqual([figures.pages, figures.kind, figures.tp, figures.fp, figures.fn, passedOver], [2, 0.5, 2, 0, 1, 1]);
  });

  it("keeps each page's reading without its words, and tells a held-out page from a tuning one", () => {
    const labels = fs.mkdtempSync(path.join(os.tmpdir(), 'grouplint-labels-'));
    try {
      // "flyer" and "readme" are in a tuning file; "readme" again, and a page with no text, in a set held out whole.
      const line = (id: string, kind: string) => JSON.stringify({ id, url: `https://example.org/${id}`, kind, expect: [], note: '' });
      fs.writeFileSync(path.join(labels, 'labels-fresh.jsonl'), [line('flyer', 'support'), line('readme', 'none')].join('\n') + '\n');
      fs.writeFileSync(path.join(labels, 'labels-twentysixth.jsonl'), [line('readme', 'none'), line('gone', 'none')].join('\n') + '\n');
      const read = readings(folder, labels);
      assert.deepEqual(
        read.map((r) => [r.id, r.heldOut, r.kind, r.groupMaterial, r.rules]),
        [
          ['flyer', isSealed('flyer'), 'support', true, ['support-disclaimer', 'support-free']],
          ['readme', true, null, false, []],
        ],
      );
      // Nothing of the page's words is kept, and the same page reads the same twice.
      assert.ok(!JSON.stringify(read).includes('library'));
      assert.deepEqual(readings(folder, labels), read);
    } finally {
      fs.rmSync(labels, { recursive: true, force: true });
    }
  });

  it('shows the tuning pages whose reading changed and only counts the held-out ones', () => {
    const reading = (id: string, heldOut: boolean, kind: string | null, digest: string): Reading => ({
      id,
      heldOut,
      kind,
      groupMaterial: kind !== null,
      rules: [],
      digest,
    });
    const before = [reading('a', false, 'support', '1'), reading('b', false, null, '2'), reading('c', true, null, '3'), reading('d', true, 'therapy', '4')];
    const after = [
      reading('a', false, 'support', '1'),
      reading('b', false, 'therapy', '5'),
      reading('c', true, 'support', '6'),
      reading('d', true, 'therapy', '7'),
      reading('e', false, null, '8'),
    ];
    const c = changedReadings(before, after);
    assert.deepEqual(
      c.shown.map((x) => [x.id, x.before.kind, x.after.kind]),
      [['b', null, 'therapy']],
    );
    assert.deepEqual({ heldOut: c.heldOutChanged, read: c.heldOutReadChanged, missing: c.missing }, { heldOut: 2, read: 1, missing: 1 });
  });

  it('seals a page by its id alone, the same way every time', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `page-${i}`);
    const sealed = ids.filter(isSealed);
    assert.deepEqual(ids.filter(isSealed), sealed);
    // About a third.
    assert.ok(sealed.length > 70 && sealed.length < 130, `${sealed.length} of 300 sealed`);
  });

  it('lists the labelled pages with no text yet, and finds which of them are at the addresses a search returned', () => {
    // The folder made here holds none of the labelled pages: every labelled id is missing, each once.
    const all = missingPages(folder);
    const first = readLabels()[0];
    assert.ok(all.length > 1000, `${all.length} missing`);
    assert.equal(new Set(all.map((l) => l.id)).size, all.length);
    // The same address written another way (scheme, "www.", a trailing slash) finds the same page; another address none.
    const other = first.url.replace(/^https?:\/\/(?:www\.)?/i, 'http://www.').replace(/\/?$/, '/');
    assert.deepEqual(
      missingPages(folder, [other, 'https://example.org/not-labelled']).map((l) => l.id),
      all.filter((l) => addressKey(l.url) === addressKey(first.url)).map((l) => l.id),
    );
    assert.equal(addressKey('https://www.Example.org/a/#top'), addressKey('http://example.org/a'));
    // A page whose text is present is no longer listed.
    fs.writeFileSync(path.join(folder, 'pages', `${first.id}.md`), 'text');
    assert.ok(!missingPages(folder).some((l) => l.id === first.id));
  });

  describe('without keeping the texts', () => {
    const FLYER = '# Widows Support Group\n\nThis is a peer support group. We meet on Mondays at 7 pm in the library.\n';
    const README = '# Build notes\n\nRun the build, then the tests.\n';

    it('keeps only the address and the reading of a page, none of its words', () => {
      const r = record('https://example.org/flyer', FLYER);
      assert.deepEqual(r, {
        url: 'https://example.org/flyer',
        chars: FLYER.length,
        kind: 'support',
        groupMaterial: true,
        comparison: false,
        rules: ['support-disclaimer', 'support-free'],
        failed: false,
      });
    });

    it('scores records as the folder of texts is scored, matching pages by address, and reports a page with no record as absent', () => {
      const labels = [
        label('flyer', 'support', ['support-disclaimer', 'support-free']),
        label('readme', 'none', []),
        label('gone', 'therapy', ['therapy-fee']),
      ];
      // The same address written another way finds the label.
      const records = [record('http://www.example.org/flyer/', FLYER), record('https://example.org/readme', README)];
      const fromTexts = run(labels, folder);
      const fromRecorded = fromRecords(labels, records);
      assert.deepEqual(fromRecorded.absent, ['gone']);
      assert.deepEqual(
        fromRecorded.outcomes.map((o) => [o.label.id, o.kind, o.kindOk, [...o.got].sort()]),
        fromTexts.outcomes.map((o) => [o.label.id, o.kind, o.kindOk, [...o.got].sort()]),
      );
      assert.deepEqual(score(fromRecorded.outcomes).figures, score(fromTexts.outcomes).figures);
    });

    it('from the command line: a text on standard input, its outcome appended to the record file, then scored', function () {
      // Six runs of the script, each starting TypeScript afresh: given time enough on a busy machine.
      this.timeout(120000);
      const records = path.join(folder, 'records.jsonl');
      const labels = path.join(folder, 'labels.jsonl');
      fs.writeFileSync(labels, JSON.stringify(label('flyer', 'support', ['support-disclaimer'])) + '\n');
      const script = path.join(__dirname, '..', '..', 'scripts', 'eval-real.ts');
      const tsx = ['--import', 'tsx', script];
      const judged = spawnSync(process.execPath, [...tsx, '--judge', 'https://example.org/flyer', '--record', records], { input: FLYER, encoding: 'utf8' });
      assert.equal(judged.status, 0, judged.stderr);
      assert.match(judged.stdout, /^recorded https:\/\/example\.org\/flyer \(\d+ characters\)/);
      const kept = fs.readFileSync(records, 'utf8');
      assert.equal(kept.trim().split('\n').length, 1);
      for (const word of ['Widows', 'library', 'Mondays']) assert.ok(!kept.includes(word), `"${word}" kept`);
      const scored = spawnSync(process.execPath, [...tsx, '--labels', labels, '--outcomes', records], { encoding: 'utf8' });
      assert.equal(scored.status, 0, scored.stderr);
      // The flyer is read as support; support-free is raised but not expected here.
      assert.match(scored.stdout, /^held-out set \(recorded outcomes\): 1 pages; kind 1\.000; precision 0\.500; recall 1\.000 \(tp 1, fp 1, fn 0\)/);
      assert.match(scored.stdout, /\n {2}labeller sure: 1 pages, kind 1\.000, precision 0\.500, recall 1\.000; labeller unsure: 0 pages, kind 1\.000/);
      const empty = spawnSync(process.execPath, [...tsx, '--judge', 'https://example.org/empty'], { input: '', encoding: 'utf8' });
      assert.equal(empty.status, 2);
      assert.match(empty.stderr, /usage: .*--judge <address>/);
      // --record with no file after it is a usage error, not an outcome printed instead.
      const noFile = spawnSync(process.execPath, [...tsx, '--judge', 'https://example.org/flyer', '--record'], { input: FLYER, encoding: 'utf8' });
      assert.equal(noFile.status, 2);
      assert.match(noFile.stderr, /usage: .*--record <file>/);
      // Scoring needs the label file named (no silent fallback to labels.jsonl), and a broken record line is named by its place.
      const noLabels = spawnSync(process.execPath, [...tsx, '--outcomes', records], { encoding: 'utf8' });
      assert.equal(noLabels.status, 2);
      assert.match(noLabels.stderr, /usage: .*--labels <labels\.jsonl> --outcomes/);
      fs.appendFileSync(records, '{"url": "https://example.org/half\n');
      const broken = spawnSync(process.execPath, [...tsx, '--labels', labels, '--outcomes', records], { encoding: 'utf8' });
      assert.equal(broken.status, 2);
      assert.equal(broken.stderr.trim().split('\n')[0].startsWith(`${records}:2: not a line of JSON`), true, broken.stderr);
    });
  });
});
