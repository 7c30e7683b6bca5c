// One rule id, the same everywhere: rule modules, docs pages, the config schema and
// the product spec agree on ids, default severities, kinds and fixability.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { docsUrl, lint, RULE_IDS, RULES, RULES_BY_ID } from '../../server/src/engine';

const ROOT = path.join(__dirname, '..', '..');
// The product spec is kept in the repository (spec/RULES.md); the team's shared copy,
// when present beside the checkout, must say the same.
const SPEC = path.join(ROOT, 'spec', 'RULES.md');
const SHARED_SPEC = path.join(ROOT, '..', 'shared', 'RULES.md');
const sorted = (xs: Iterable<string>) => [...xs].sort();
const docsPage = (id: string) => fs.readFileSync(path.join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');

/** `| \`id\` | severity | ...` rows of the spec's section 2 tables. */
function specRules(text: string): Map<string, string> {
  const section = text.slice(text.indexOf('## 2.'), text.indexOf('## 3.') > 0 ? text.indexOf('## 3.') : undefined);
  const out = new Map<string, string>();
  for (const m of section.matchAll(/^\|\s*`([a-z-]+)`\s*\|\s*(off|hint|information|warning|error)\s*\|/gm)) out.set(m[1], m[2]);
  return out;
}

describe('contract: rule ids agree everywhere', () => {
  it('there are 17 distinct rule ids', () => {
    assert.equal(RULE_IDS.length, 17);
    assert.equal(new Set(RULE_IDS).size, 17);
    for (const id of RULE_IDS) assert.match(id, /^[a-z]+(?:-[a-z]+)+$/, `${id} is kebab-case`);
  });

  it('rule modules = docs/rules/*.md', () => {
    const pages = fs.readdirSync(path.join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
    assert.deepEqual(sorted(pages), sorted(RULE_IDS));
  });

  it('rule modules = server/src/rules/<id>.ts', () => {
    for (const id of RULE_IDS) assert.ok(fs.existsSync(path.join(ROOT, 'server', 'src', 'rules', `${id}.ts`)), `server/src/rules/${id}.ts`);
  });

  it('rule modules = test/rules/<id>.test.ts', () => {
    const tests = fs.readdirSync(path.join(ROOT, 'test', 'rules')).filter((f) => f.endsWith('.test.ts')).map((f) => f.slice(0, -'.test.ts'.length));
    assert.deepEqual(sorted(tests), sorted(RULE_IDS));
  });

  describe('schemas/grouplintrc.schema.json', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'grouplintrc.schema.json'), 'utf8'));
    it('rules.properties keys', () => {
      assert.deepEqual(sorted(Object.keys(schema.properties.rules.properties)), sorted(RULE_IDS));
    });
    it('rules.propertyNames.enum', () => {
      assert.deepEqual(sorted(schema.properties.rules.propertyNames.enum), sorted(RULE_IDS));
    });
    it('phrases.propertyNames.enum', () => {
      assert.deepEqual(sorted(schema.properties.phrases.propertyNames.enum), sorted(RULE_IDS));
    });
    it('each rule takes the five severities', () => {
      for (const id of RULE_IDS) assert.deepEqual(sorted(schema.properties.rules.properties[id].enum), sorted(['off', 'hint', 'information', 'warning', 'error']), id);
    });
  });

  describe('the product spec (RULES.md section 2)', () => {
    it('ids and default severities match the spec tables', () => {
      const spec = specRules(fs.readFileSync(SPEC, 'utf8'));
      assert.deepEqual(sorted(spec.keys()), sorted(RULE_IDS));
      for (const rule of RULES) assert.equal(rule.meta.defaultSeverity, spec.get(rule.meta.id), `${rule.meta.id} default severity`);
    });

    it("the repository's copy of the spec matches the shared one when it is present", () => {
      const shared = fs.existsSync(SHARED_SPEC) ? fs.readFileSync(SHARED_SPEC, 'utf8') : fs.readFileSync(SPEC, 'utf8');
      assert.equal(fs.readFileSync(SPEC, 'utf8'), shared);
    });
  });
});

describe('contract: rule meta and docs pages', () => {
  for (const rule of RULES) {
    const { id } = rule.meta;
    describe(id, () => {
      const page = docsPage(id);
      const header = /^\*\*Applies to:\*\*(.*)$/m.exec(page)?.[1] ?? '';

      it('docsUrl ends with docs/rules/<id>.md', () => {
        assert.ok(docsUrl(id).endsWith(`docs/rules/${id}.md`), docsUrl(id));
        assert.equal(RULES_BY_ID.get(id), rule);
      });

      it('meta has a description and a fixable flag', () => {
        assert.ok(rule.meta.description.trim().length > 20, 'description');
        assert.ok(/[.]$/.test(rule.meta.description.trim()), 'description is a sentence');
        assert.equal(typeof rule.meta.fixable, 'boolean');
        assert.ok(['support', 'therapy', 'any'].includes(rule.meta.kind));
      });

      it('the page is titled with the id and has the summary line', () => {
        assert.ok(page.replace(/^<!--[^\n]*-->\n/, '').startsWith(`# ${id}\n`), 'title');
        assert.ok(header, '**Applies to:** line');
      });

      it('default severity matches the page', () => {
        const m = /\*\*Default severity:\*\*\s*(hint|information|warning|error)/.exec(header);
        assert.equal(m?.[1], rule.meta.defaultSeverity);
      });

      it('kind matches the page', () => {
        const applies = /^\s*(support groups|therapy groups|any kind)/.exec(header)?.[1];
        assert.equal(applies, { support: 'support groups', therapy: 'therapy groups', any: 'any kind' }[rule.meta.kind]);
      });

      it('fixable agrees with the page', () => {
        // The page's "Fixable" counts any quick fix offered, suggestions included; the
        // meta flag is for fixes applied by "fix all". A fix-all rule must say yes or
        // partly; a page that says no means no fix of either sort.
        const said = /\*\*Fixable:\*\*\s*(yes|no|partly)/.exec(header)?.[1];
        assert.ok(said, 'the page says whether it is fixable');
        if (rule.meta.fixable) assert.notEqual(said, 'no');
        if (said === 'no') assert.equal(rule.meta.fixable, false);
      });

      it('matches its row in docs/README.md', () => {
        const index = fs.readFileSync(path.join(ROOT, 'docs', 'README.md'), 'utf8');
        const row = new RegExp(`^\\|\\s*\\[${id}\\]\\(rules/${id}\\.md\\)\\s*\\|\\s*(\\w+)\\s*\\|\\s*(\\w+)\\s*\\|\\s*(\\w+)\\s*\\|`, 'm').exec(index);
        assert.ok(row, 'a row in the rule index');
        assert.equal(row[1], rule.meta.kind);
        assert.equal(row[2], rule.meta.defaultSeverity);
        if (rule.meta.fixable) assert.notEqual(row[3], 'no');
      });
    });
  }

  it('problems carry the rule docs link; engine notices link to configuration', () => {
    const r = lint('---\ngroup: support\ngrouplint: 5\n---\n# Circle\n\nThe fee is $5.\n');
    assert.ok(r.problems.length >= 2);
    for (const p of r.problems) {
      if (p.rule === 'grouplint') assert.ok(p.docsUrl.endsWith('docs/configuration.md'), p.docsUrl);
      else assert.ok(p.docsUrl.endsWith(`docs/rules/${p.rule}.md`), p.docsUrl);
    }
  });
});
