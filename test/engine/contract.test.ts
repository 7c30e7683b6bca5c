// One rule id, the same everywhere: rule modules, docs pages, the config schema and
// the product spec agree on ids, default severities, kinds and fixability.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { docsUrl, lint, RULE_IDS, RULES, RULES_BY_ID, SEVERITIES } from '../../server/src/engine';
import { RULE_IDS as LIGHT_RULE_IDS } from '../../server/src/engine/light';
import { ENGINE_NOTICE } from '../../server/src/engine/lint';
import { SEVERITY_SPELLINGS, toSeverity } from '../../server/src/engine/config';

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

  it('rule ids sort by code unit as localeCompare sorts them (lint orders the problems at one place so, without a collator)', () => {
    const ids = [...RULE_IDS, ENGINE_NOTICE];
    for (const a of ids) for (const b of ids) assert.equal(a < b ? -1 : a > b ? 1 : 0, Math.sign(a.localeCompare(b)), `${a} and ${b}`);
  });

  it("rules/ids.ts lists the catalogue's rules, in its order", () => {
    assert.deepEqual(
      LIGHT_RULE_IDS,
      RULES.map((r) => r.meta.id),
    );
  });

  it('rule modules = docs/rules/*.md', () => {
    const pages = fs
      .readdirSync(path.join(ROOT, 'docs', 'rules'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3));
    assert.deepEqual(sorted(pages), sorted(RULE_IDS));
  });

  it('rule modules = server/src/rules/<id>.ts', () => {
    for (const id of RULE_IDS) assert.ok(fs.existsSync(path.join(ROOT, 'server', 'src', 'rules', `${id}.ts`)), `server/src/rules/${id}.ts`);
  });

  it('rule modules = test/rules/<id>.test.ts', () => {
    const tests = fs
      .readdirSync(path.join(ROOT, 'test', 'rules'))
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => f.slice(0, -'.test.ts'.length));
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
    it('each rule takes the five severities, then warn, info, 0, 1 and 2: what the config parser accepts', () => {
      const spellings = ['off', 'hint', 'information', 'warning', 'error', 'warn', 'info', 0, 1, 2];
      assert.deepEqual(SEVERITY_SPELLINGS, spellings);
      for (const id of RULE_IDS) assert.deepEqual(schema.properties.rules.properties[id].enum, spellings, id);
      assert.deepEqual(spellings.map(toSeverity), [...SEVERITIES, 'warning', 'information', 'off', 'warning', 'error']);
    });
    it('package.json settings grouplint.rules take the same severities as the schema', () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      const settings = pkg.contributes.configuration.properties['grouplint.rules'].properties;
      assert.deepEqual(sorted(Object.keys(settings)), sorted(RULE_IDS));
      for (const id of RULE_IDS) {
        assert.deepEqual(settings[id].enum, schema.properties.rules.properties[id].enum, id);
        assert.deepEqual(settings[id].type, ['string', 'integer'], id);
      }
    });
    it('editors read .grouplintrc.json as JSON with comments and trailing commas, as grouplint does', () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      assert.deepEqual(pkg.contributes.languages, [{ id: 'jsonc', filenames: ['.grouplintrc.json'] }]);
      assert.equal(schema.allowComments, true);
      assert.equal(schema.allowTrailingCommas, true);
    });
  });

  describe('the "$schema" value shown in the docs', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'grouplintrc.schema.json'), 'utf8'));
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const inPackage = `./node_modules/${pkg.name}/schemas/grouplintrc.schema.json`;
    const onGitHub = `${pkg.repository.url.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/main/schemas/grouplintrc.schema.json`;
    const docsPages = fs
      .readdirSync(path.join(ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`);
    const pages = [...new Set(['README.md', 'docs/configuration.md', 'server/src/cli/README.md', ...docsPages])];
    const schemaLines = (page: string) => [...fs.readFileSync(path.join(ROOT, page), 'utf8').matchAll(/"\$schema"\s*:\s*"([^"]+)"/g)];
    const shown = pages.flatMap((page) => schemaLines(page).map((m) => [page, m[1]]));

    it('is the copy in the installed package: a file the package ships', () => {
      // The CLI package is chosen by .npmignore (vsce refuses a "files" field beside .vscodeignore).
      const npmignore = fs
        .readFileSync(path.join(ROOT, '.npmignore'), 'utf8')
        .split('\n')
        .map((l) => l.trim());
      assert.ok(npmignore.includes('!/schemas/'), '.npmignore keeps schemas/ in the package');
      assert.ok(fs.existsSync(path.join(ROOT, 'schemas', 'grouplintrc.schema.json')));
      assert.ok(shown.length > 0, 'the docs show a "$schema" line');
      for (const [page, value] of shown) assert.equal(value, inPackage, page);
    });

    it('the docs name the GitHub copy as the other choice, and the schema suggests both', () => {
      assert.equal(onGitHub, 'https://raw.githubusercontent.com/grouplint/grouplint/main/schemas/grouplintrc.schema.json');
      assert.ok(fs.readFileSync(path.join(ROOT, 'docs', 'configuration.md'), 'utf8').includes(onGitHub));
      assert.deepEqual(schema.properties.$schema.examples, [inPackage, onGitHub]);
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

      it('meta has a description, a fixable flag and a hasSuggestions flag', () => {
        assert.ok(rule.meta.description.trim().length > 20, 'description');
        assert.ok(/[.]$/.test(rule.meta.description.trim()), 'description is a sentence');
        assert.equal(typeof rule.meta.fixable, 'boolean');
        assert.equal(typeof rule.meta.hasSuggestions, 'boolean');
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

      it('fixable and suggestions agree with the page', () => {
        // "Fixable" is about fixes (applied by --fix, fix all and fix on save: meta.fixable);
        // "Suggestions" about the edits a person applies one by one (meta.hasSuggestions).
        const said = /\*\*Fixable:\*\*\s*(yes|no|partly)/.exec(header)?.[1];
        assert.ok(said, 'the page says whether it is fixable');
        assert.equal(said !== 'no', rule.meta.fixable, `Fixable: ${said}`);
        const suggests = /\*\*Suggestions:\*\*\s*(yes|no|partly)/.exec(header)?.[1];
        assert.ok(suggests, 'the page says whether it has suggestions');
        assert.equal(suggests !== 'no', rule.meta.hasSuggestions, `Suggestions: ${suggests}`);
        // And it says what they do, in a section of its own.
        assert.match(page, /^## Fix and suggestions$/m);
      });

      it('matches its row in docs/README.md', () => {
        const index = fs.readFileSync(path.join(ROOT, 'docs', 'README.md'), 'utf8');
        const row = new RegExp(`^\\|\\s*\\[${id}\\]\\(rules/${id}\\.md\\)\\s*\\|\\s*(\\w+)\\s*\\|\\s*(\\w+)\\s*\\|\\s*(\\w+)\\s*\\|`, 'm').exec(index);
        assert.ok(row, 'a row in the rule index');
        assert.equal(row[1], rule.meta.kind);
        assert.equal(row[2], rule.meta.defaultSeverity);
        assert.equal(row[3] !== 'no', rule.meta.fixable, `fixable: ${row[3]}`);
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
