// An HTML block's words are prose: flyers centred with <p align="center"> or <div> tags say their fee and
// disclaimer inside the tags. Tags, attributes, comments, scripts and styles are not words.
import * as assert from 'node:assert/strict';
import { lint, parseDocument } from '../../server/src/engine';

const rules = (text: string) => lint(text, { path: '/t.md' }).problems.map((p) => `${p.rule}@${p.start}`);

describe('words inside HTML blocks', () => {
  it('a centred paragraph is read as prose, each piece of text at its own place in the source', () => {
    const text = '# Grief Support Group\n\n<p align="center">\nA peer support group, not therapy.<br>\nMondays at 7 pm. $20 per meeting.\n</p>\n';
    const doc = parseDocument(text);
    const block = doc.blocks.find((b) => b.text.includes('Mondays'))!;
    assert.ok(block, doc.blocks.map((b) => b.text).join(' | '));
    assert.equal(block.type, 'paragraph');
    const at = block.text.indexOf('$20');
    assert.equal(text.slice(block.start, block.end).includes('align'), false);
    assert.equal(block.unshiftedMap[at], text.indexOf('$20'));
    // The disclaimer inside the tags counts; the fee is reported where it stands.
    assert.deepEqual(rules(text), [`support-free@${text.indexOf('$20')}`]);
  });

  it('a heading tag is a heading, and block tags start new blocks', () => {
    const doc = parseDocument('<h1 align="center">Caregivers Circle</h1>\n<p>A peer support group.</p><p>We meet on Fridays.</p>\n');
    assert.deepEqual(
      doc.blocks.map((b) => [b.type, b.depth, b.text]),
      [
        ['heading', 1, 'Caregivers Circle'],
        ['paragraph', 0, 'A peer support group.'],
        ['paragraph', 0, 'We meet on Fridays.'],
      ],
    );
  });

  it('attributes, comments, scripts and styles are not words', () => {
    const doc = parseDocument(
      '<div title="group therapy fee $90"><!-- fee: $90 --><script>const fee = "$90";</script><style>.fee{}</style><img alt="therapy session"></div>\n',
    );
    assert.deepEqual(
      doc.blocks.map((b) => b.text),
      [],
    );
  });

  it('a README centred with HTML (a logo, badges, a tagline) stays silent', () => {
    const text =
      '<p align="center"><img src="logo.svg" alt="logo" width="120"></p>\n<h1 align="center">fastgroup</h1>\n<p align="center">Group your data by any key, fast.</p>\n\n' +
      '## Install\n\n```sh\nnpm install fastgroup\n```\n';
    assert.deepEqual(rules(text), []);
  });

  it('a fix inside an HTML block changes only the words, not the tags', () => {
    const text = '# Grief Support Group\n\n<p align="center">A peer support group, not therapy. Mondays at 7 pm. Bring the workbook you were given.</p>\n';
    const r = lint(text, { path: '/t.md' });
    const p = r.problems.find((x) => x.rule === 'support-no-clinical-activities');
    assert.ok(p, JSON.stringify(r.problems.map((x) => x.rule)));
    const edit = p.suggestions![0].edits[0];
    const fixed = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    assert.equal(fixed, '# Grief Support Group\n\n<p align="center">A peer support group, not therapy. Mondays at 7 pm.</p>\n');
  });
});
