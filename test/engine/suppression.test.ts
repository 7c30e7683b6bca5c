// Inline suppression comments: disable-next-line, disable/enable ranges, disable-file.
import * as assert from 'node:assert/strict';
import { lint, parseDirectives, parseDocument, toLineColumn } from '../../server/src/engine';

const HEAD = '---\ngroup: support\n---\n# Grief Circle\n\nThis is a peer support group, not therapy.\n\n';

/** "rule@line" for every problem (1-based lines). */
function found(text: string): string[] {
  return lint(text).problems.map((p) => `${p.rule}@${toLineColumn(text, p.start).line + 1}`);
}

describe('suppression comments', () => {
  it('the body used below reports a fee and a record on known lines', () => {
    assert.deepEqual(found(HEAD + 'The fee is $5.\n\nWe keep attendance records.\n'), ['support-free@8', 'support-no-records@10']);
  });

  describe('disable-next-line', () => {
    it('silences the named rule on the next line only', () => {
      assert.deepEqual(found(HEAD + '<!-- grouplint-disable-next-line support-free -->\nThe fee is $5.\n\nThe fee is $6.\n'), ['support-free@11']);
    });

    it('without ids silences every rule on the next line', () => {
      assert.deepEqual(found(HEAD + '<!-- grouplint-disable-next-line -->\nThe fee is $5. We keep attendance records.\n'), []);
    });

    it('naming another rule silences nothing', () => {
      assert.deepEqual(found(HEAD + '<!-- grouplint-disable-next-line support-no-records -->\nThe fee is $5.\n'), ['support-free@9']);
    });

    it('names several rules separated by spaces', () => {
      assert.deepEqual(found(HEAD + '<!-- grouplint-disable-next-line support-free support-no-records -->\nThe fee is $5. We keep attendance records.\n'), []);
    });

    it('works without spaces inside the comment', () => {
      assert.deepEqual(found(HEAD + '<!--grouplint-disable-next-line support-free-->\nThe fee is $5.\n'), []);
    });

    it('does not reach past a blank line', () => {
      assert.deepEqual(found(HEAD + '<!-- grouplint-disable-next-line support-free -->\n\nThe fee is $5.\n'), ['support-free@10']);
    });

    it('works in a CRLF document', () => {
      const text = (HEAD + '<!-- grouplint-disable-next-line support-free -->\nThe fee is $5.\n\nThe fee is $6.\n').replace(/\n/g, '\r\n');
      assert.deepEqual(found(text), ['support-free@11']);
    });

    it('before the title silences a document-level finding', () => {
      const text = '---\ngroup: support\n---\n<!-- grouplint-disable-next-line support-disclaimer -->\n# Grief Circle\n\nFree to attend.\n';
      assert.deepEqual(found(text), []);
      assert.deepEqual(found(text.replace('<!-- grouplint-disable-next-line support-disclaimer -->\n', '')), ['support-disclaimer@4']);
    });

    it('a misspelled id silences nothing', () => {
      assert.deepEqual(found(HEAD + '<!-- grouplint-disable-next-line support-fre -->\nThe fee is $5.\n'), ['support-free@9']);
    });

    it('accents and emoji on the silenced line', () => {
      assert.deepEqual(found(HEAD + '<!-- grouplint-disable-next-line support-free -->\nLa cuota es de 5 € 🙂. The fee is €5.\n'), []);
    });
  });

  describe('disable / enable ranges', () => {
    it('silences the named rule between disable and enable', () => {
      const text =
        HEAD + '<!-- grouplint-disable support-free -->\nThe fee is $5.\n\nThe fee is $6.\n<!-- grouplint-enable support-free -->\n\nThe fee is $7.\n';
      assert.deepEqual(found(text), ['support-free@14']);
    });

    it('without ids silences every rule until an enable without ids', () => {
      const text =
        HEAD +
        '<!-- grouplint-disable -->\nThe fee is $5.\n\nWe keep attendance records.\n<!-- grouplint-enable -->\n\nThe fee is $7. We keep attendance records.\n';
      assert.deepEqual(found(text), ['support-free@14', 'support-no-records@14']);
    });

    it('a disable without an enable lasts to the end', () => {
      const text =
        HEAD + 'We keep attendance records.\n\n<!-- grouplint-disable support-free support-no-records -->\nThe fee is $5.\n\nWe keep attendance records.\n';
      assert.deepEqual(found(text), ['support-no-records@8']);
    });

    it('enabling one rule keeps another disabled', () => {
      const text =
        HEAD +
        '<!-- grouplint-disable support-free support-no-records -->\nText.\n<!-- grouplint-enable support-free -->\n\nThe fee is $5. We keep attendance records.\n';
      assert.deepEqual(found(text), ['support-free@12']);
    });

    it('an enable without a disable changes nothing', () => {
      assert.deepEqual(found(HEAD + '<!-- grouplint-enable support-free -->\nThe fee is $5.\n'), ['support-free@9']);
    });
  });

  describe('disable-file', () => {
    it('silences the named rule everywhere, wherever the comment sits', () => {
      assert.deepEqual(found(HEAD + 'The fee is $5. We keep attendance records.\n\n<!-- grouplint-disable-file support-free -->\n'), ['support-no-records@8']);
    });

    it('without ids silences every rule', () => {
      assert.deepEqual(found('---\ngroup: support\n---\n# Circle\n\nThe fee is $5. We keep attendance records.\n\n<!-- grouplint-disable-file -->\n'), []);
    });

    it('silences a document-level finding', () => {
      assert.deepEqual(
        found('<!-- grouplint-disable-file support-disclaimer support-free -->\n---\ngroup: support\n---\n# Circle\n\nWe meet weekly.\n').filter((r) =>
          r.startsWith('support-'),
        ),
        [],
      );
      assert.deepEqual(found('---\ngroup: support\n---\n<!-- grouplint-disable-file support-disclaimer support-free -->\n# Circle\n\nWe meet weekly.\n'), []);
    });
  });

  describe('what is not a directive', () => {
    it('a comment inside a fenced code block', () => {
      assert.deepEqual(found(HEAD + '```\n<!-- grouplint-disable-file -->\n```\n\nThe fee is $5.\n'), ['support-free@12']);
    });

    it('a comment inside inline code', () => {
      assert.deepEqual(found(HEAD + '`<!-- grouplint-disable-file -->` The fee is $5.\n'), ['support-free@8']);
    });

    it('an unknown directive name', () => {
      assert.deepEqual(found(HEAD + 'The fee is $5. <!-- grouplint-disable-line support-free -->\n'), ['support-free@8']);
    });
  });

  describe('parseDirectives', () => {
    it('reports each directive, its ids and their offsets', () => {
      const text = 'Intro.\n\n<!-- grouplint-disable-next-line support-free therapy-fee -->\nText.\n\n<!-- grouplint-disable-file -->\n';
      const ds = parseDirectives(parseDocument(text).comments);
      assert.deepEqual(
        ds.map((d) => [d.type, d.rules]),
        [
          ['disable-next-line', ['support-free', 'therapy-fee']],
          ['disable-file', []],
        ],
      );
      for (const d of ds) {
        assert.ok(text.slice(d.start, d.end).startsWith('<!--') && text.slice(d.start, d.end).endsWith('-->'));
        for (const id of d.ids) assert.equal(text.slice(id.start, id.end), id.id);
      }
    });
  });
});
