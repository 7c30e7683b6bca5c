// The language server re-parses only the blocks around each edit. These tests prove that
// after any sequence of edits the result equals a fresh parse and lint of the same text.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { EditableDocument, lint, parseDocument } from '../../server/src/engine';

/** A small deterministic generator (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = [
  'x',
  ' ',
  '\n',
  '\n\n',
  'worksheet',
  'This is not therapy. ',
  'Fee: $20 per session.',
  '\n- homework\n',
  '\n## What this group is NOT\n\n- Therapy\n',
  'Led by Dana Lee, LCSW',
  '**Cost:** Free',
  '\n| a | b |\n|---|---|\n| c | d |\n',
  '\n```\ncode worksheet\n```\n',
  '<!-- grouplint-disable-next-line support-free -->\n',
  '> quote\n',
  '1. one\n2. two\n',
  'We keep notes on each member.',
  '\n---\n',
  'Title\n===\n',
  '    indented\n',
  '[link](https://example.org/therapy)',
];

const sample = (folder: string) =>
  fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .map((f) => fs.readFileSync(path.join(folder, f), 'utf8'));

function snapshot(text: string, result: ReturnType<typeof lint>) {
  return {
    kind: result.kind,
    problems: result.problems.map((p) => `${p.rule} ${p.start}-${p.end} ${p.message}`),
    fixes: result.problems.map((p) => JSON.stringify(p.fix?.edits ?? null)),
    length: text.length,
  };
}

describe('incremental re-parsing (EditableDocument)', () => {
  const docs = [...sample('examples'), ...sample('test/corpus/docs').slice(0, 12)];

  it('equals a fresh lint after every one of many random edits', () => {
    const rnd = random(20261126);
    let incremental = 0;
    let edits = 0;
    for (const original of docs) {
      const doc = new EditableDocument(original);
      doc.lint();
      for (let i = 0; i < 12; i++) {
        const text = doc.text;
        const start = Math.floor(rnd() * (text.length + 1));
        const end = rnd() < 0.5 ? start : Math.min(text.length, start + Math.floor(rnd() * 40));
        const insert = rnd() < 0.3 ? '' : SNIPPETS[Math.floor(rnd() * SNIPPETS.length)];
        doc.update([{ start, end, text: insert }]);
        edits++;
        const got = doc.lint();
        if (doc.stats.mode === 'incremental') incremental++;
        const fresh = lint(doc.text);
        assert.deepStrictEqual(
          snapshot(doc.text, got),
          snapshot(doc.text, fresh),
          `after edit ${i} of a document (${start}-${end} → ${JSON.stringify(insert)})`,
        );
      }
    }
    // The point of it all: most keystrokes are handled without a whole parse.
    assert.ok(incremental > edits * 0.3, `only ${incremental} of ${edits} edits were incremental`);
  });

  it('keeps the parsed blocks identical to a fresh parse while typing a paragraph', () => {
    const base = sample('examples')[5];
    const doc = new EditableDocument(base);
    doc.lint();
    const at = base.lastIndexOf('\n\n') + 2;
    const typed = 'We keep notes on each member and there is a $10 fee.';
    for (let i = 0; i < typed.length; i++) {
      doc.update([{ start: at + i, end: at + i, text: typed[i] }]);
      doc.lint();
    }
    const fresh = parseDocument(doc.text);
    const blocks = (p: ReturnType<typeof parseDocument>) =>
      p.blocks.map((b) => [b.type, b.start, b.end, b.text, Array.from(b.unshiftedMap, (o) => o + b.mapShift).join(',')]);
    assert.deepStrictEqual(blocks(doc.parse()), blocks(fresh));
    assert.equal(doc.stats.mode, 'incremental');
  });

  it('reads a sentence typed over wrapped lines (LF and CRLF) as a fresh lint does, keystroke by keystroke', () => {
    for (const eol of ['\n', '\r\n']) {
      const base = [
        '# Widows Circle',
        '',
        'A peer support group for people who have lost a partner. Free.',
        '',
        'We meet on Tuesdays at 7 pm.',
        '',
        'Bring a friend.',
        '',
      ].join(eol);
      const doc = new EditableDocument(base);
      doc.lint();
      const at = base.indexOf('Bring');
      // The leader's role comes only on the second line: until it is typed there is nothing to find.
      const typed = `Each evening is led by Sam Ortiz, our${eol}family therapist, who listens.${eol}${eol}`;
      for (let i = 0; i < typed.length; i++) {
        doc.update([{ start: at + i, end: at + i, text: typed[i] }]);
        assert.deepStrictEqual(snapshot(doc.text, doc.lint()), snapshot(doc.text, lint(doc.text)), `after ${JSON.stringify(typed.slice(0, i + 1))}`);
      }
      const found = doc.lint().problems.find((p) => p.rule === 'support-facilitator-role');
      assert.ok(found, JSON.stringify(eol));
      assert.equal(doc.text.slice(found.start, found.end), `led by Sam Ortiz, our${eol}family therapist`);
    }
  });

  it("keeps each block's matches across edits only while they still hold: moved with the block, built again when a denying lead or an answer changes", () => {
    const original = [
      '# Widows Circle',
      '',
      'A peer support group for people who have lost a partner. We share what helps.',
      '',
      'We meet on Tuesdays at 7 pm in the library, Room 2.',
      '',
      '## What this group is NOT',
      '',
      '- Group therapy or counselling',
      '- A clinical service led by a therapist',
      '',
      'Is this group therapy?',
      '',
      'No, it is a peer support group.',
      '',
      'Is there a fee?',
      '',
      'No, nothing at all.',
      '',
      'Each week we fill in a worksheet and keep notes on each member.',
      '',
      'Fee: $20 per session.',
      '',
    ].join('\n');
    const doc = new EditableDocument(original);
    doc.lint();
    let incremental = 0;
    const edit = (find: string, replace: string) => {
      const at = doc.text.indexOf(find);
      assert.ok(at >= 0, find);
      doc.update([{ start: at, end: at + find.length, text: replace }]);
      const got = doc.lint();
      if (doc.stats.mode === 'incremental') incremental++;
      assert.deepStrictEqual(snapshot(doc.text, got), snapshot(doc.text, lint(doc.text)), `after ${JSON.stringify(find)} → ${JSON.stringify(replace)}`);
    };
    // Blocks after an edit move: their kept matches must report the new places.
    edit('library', 'main library');
    edit('Room 2', 'Room 12, upstairs');
    // The heading stops denying, then denies again: the list's matches change stance.
    edit('NOT', 'about');
    edit('about', 'NOT');
    // The answer to the question changes: the question's stance follows.
    edit('No, it is', 'Yes, it is');
    edit('Yes, it is', 'No, it is');
    edit('No, nothing at all.', 'Yes, twenty dollars a session.');
    edit('Yes, twenty dollars a session.', 'No, nothing at all.');
    edit('library', 'library');
    edit('Tuesdays', 'Thursdays');
    assert.ok(incremental >= 4, `only ${incremental} edits were incremental`);
  });

  it('keeps the blocks beside an edit as they were (with what was found in them) only while they parse the same', () => {
    const original = [
      '# Widows Circle',
      '',
      'Intro paragraph about the circle.',
      '',
      '## When we meet',
      '',
      'A peer support group for people who have lost a partner. It is not therapy.',
      '',
      '- **When:** Tuesdays at 7 pm',
      '- **Cost:** Free',
      '',
      'Our facilitator keeps time.',
      '',
    ].join('\n');
    const doc = new EditableDocument(original);
    doc.lint();
    const before = new Set(doc.parse().blocks);
    const text = (b: { text: string }) => b.text;
    const blocks = (p: ReturnType<typeof parseDocument>) =>
      p.blocks.map((b) => [
        b.type,
        b.depth,
        b.start,
        b.end,
        b.text,
        b.listStart,
        JSON.stringify(b.item),
        Array.from(b.unshiftedMap, (o) => o + b.mapShift).join(','),
      ]);
    const edit = (find: string, replace: string) => {
      const at = doc.text.indexOf(find);
      assert.ok(at >= 0, find);
      doc.update([{ start: at, end: at + find.length, text: replace }]);
      assert.deepStrictEqual(snapshot(doc.text, doc.lint()), snapshot(doc.text, lint(doc.text)), `after ${JSON.stringify(find)} → ${JSON.stringify(replace)}`);
      assert.equal(doc.stats.mode, 'incremental');
      assert.deepStrictEqual(blocks(doc.parse()), blocks(parseDocument(doc.text)));
      return doc
        .parse()
        .blocks.filter((b) => !before.has(b))
        .map(text);
    };
    // A letter typed: the heading before and the list items after are the blocks they were, moved.
    assert.deepStrictEqual(edit('not therapy', 'not xtherapy'), ['A peer support group for people who have lost a partner. It is not xtherapy.']);
    // A line that turns the paragraph into a heading changes its neighbour's reading: nothing stale is kept.
    assert.deepStrictEqual(edit(' It is not xtherapy.', '\n-'), ['A peer support group for people who have lost a partner.']);
    assert.equal(doc.parse().blocks.find((b) => b.text.startsWith('A peer'))?.type, 'heading');
  });

  it('applies several changes of one notification in order', () => {
    const doc = new EditableDocument('# Grief Circle\n\nA support group.\n\nWe meet weekly.\n\nNo fee.\n');
    doc.lint();
    doc.update([
      { start: 16, end: 17, text: 'Our' },
      { start: 0, end: 0, text: '---\ngroup: support\n---\n' },
    ]);
    assert.equal(doc.text, '---\ngroup: support\n---\n# Grief Circle\n\nOur support group.\n\nWe meet weekly.\n\nNo fee.\n');
    assert.deepStrictEqual(snapshot(doc.text, doc.lint()), snapshot(doc.text, lint(doc.text)));
  });
});
