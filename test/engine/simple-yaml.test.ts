// Front matter of plain `key: words` lines is read without the YAML parser (front-matter.ts,
// simpleYaml). Whatever it accepts, it must read exactly as the YAML parser does.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { simpleYaml } from '../../server/src/engine/front-matter';
import { SEED, engineRuns } from '../robustness/arbitraries';

const yaml = (text: string) => parseYaml(text, { maxAliasCount: 50, prettyErrors: false, uniqueKeys: false });

describe('front matter of simple "key: words" lines', () => {
  it('is read as the YAML parser reads it, and anything else is left to the parser', () => {
    const piece = fc.constantFrom(
      'group',
      'Group',
      'grouplint',
      'kind',
      'x-y',
      'a_b',
      'a1',
      'true',
      'True',
      'NULL',
      'null',
      'False',
      'yes',
      'on',
      '~',
      '-',
      '#',
      ':',
      ' ',
      '  ',
      '\t',
      'therapy',
      'support',
      'group therapy',
      "it's",
      '"q"',
      '[a]',
      '{a}',
      '&a',
      '*a',
      '!t',
      '|',
      '>',
      '.inf',
      '0x1',
      '1',
      '%',
    );
    const line = fc.array(piece, { minLength: 0, maxLength: 6 }).map((ps) => ps.join(''));
    const text = fc.tuple(fc.array(line, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n')).map(([ls, eol]) => ls.join(eol));
    const word = fc.constantFrom(
      'group',
      'Group',
      'grouplint',
      'kind',
      'x-y',
      'a_b',
      'a1',
      'therapy',
      'support',
      'group therapy',
      'a  b',
      'true',
      'NULL',
      'yes',
      'on',
      'Off',
      'y',
      'n',
    );
    const gap = fc.constantFrom(' ', '  ', '\t', ' \t');
    const simple = fc
      .tuple(fc.array(fc.tuple(word, gap, word, fc.constantFrom('', ' ', '\t')), { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\r\n'))
      .map(([kvs, eol]) => kvs.map(([k, g, v, end]) => `${k}:${g}${v}${end}`).join(eol));
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(text, simple), (t) => {
        const fast = simpleYaml(t);
        if (fast === undefined) return;
        accepted++;
        assert.deepEqual(fast, yaml(t), JSON.stringify(t));
      }),
      { seed: SEED, numRuns: engineRuns() * 20 },
    );
    assert.ok(accepted > 200, `only ${accepted} texts read the simple way`);
  });

  it('reads the common forms and leaves the rest', () => {
    assert.deepEqual(simpleYaml('group: therapy'), { group: 'therapy' });
    assert.deepEqual(simpleYaml('group:   support group  \r\nkind: x-y'), { group: 'support group', kind: 'x-y' });
    for (const t of [
      'group: true',
      'group: Null',
      'group: therapy # note',
      'group: "therapy"',
      'a: b\na: c',
      '  group: therapy',
      'grouplint:\n  rules: {}',
      '',
      'group:',
      'group: 5',
    ])
      assert.equal(simpleYaml(t), undefined, JSON.stringify(t));
  });
});
