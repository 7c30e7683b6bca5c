// The files that repeat the rule catalogue and the default wording, generated from their
// one source: each rule's `meta` (server/src/rules/, listed in rules/index.ts) and
// DEFAULT_WORDING with WORDING_META (server/src/engine/config.ts).
//   npm run generate            rewrite the generated parts
//   npm run generate -- --check list the files that are stale, exit 1 if any
// test/engine/generated.test.ts fails when a generated part is stale.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, docsUrl } from '../server/src/rules';
import { DEFAULT_WORDING, SEVERITY_SPELLINGS, WORDING_META } from '../server/src/engine/config';
import type { Wording } from '../server/src/engine/types';

export interface Generated {
  /** Path relative to the repository root, '/'-separated. */
  file: string;
  text: string;
}

const ROOT = path.resolve(__dirname, '..');
/** The rules in the order of the catalogue's tables in spec/RULES.md (support, therapy, then any kind). */
const SPEC_ORDER = [...fs.readFileSync(path.join(ROOT, 'spec', 'RULES.md'), 'utf8').matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
const rank = (id: string) => (SPEC_ORDER.includes(id) ? SPEC_ORDER.indexOf(id) : SPEC_ORDER.length);
const CATALOGUE = [...RULES].sort((a, b) => rank(a.meta.id) - rank(b.meta.id));
const IDS = CATALOGUE.map((r) => r.meta.id);
const WORDING_KEYS = Object.keys(DEFAULT_WORDING) as Array<keyof Wording>;

type Json = Record<string, any>;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function schema(text: string): string {
  const s: Json = JSON.parse(text);
  const rules = s.properties.rules;
  const template = Object.values(rules.properties as Json)[0];
  rules.propertyNames.enum = IDS;
  rules.properties = Object.fromEntries(IDS.map((id) => [id, { ...template, description: `Severity of ${id}. See docs/rules/${id}.md.` }]));
  s.properties.phrases.propertyNames.enum = IDS;
  s.properties.wording.properties = Object.fromEntries(WORDING_KEYS.map((k) => [k, { type: 'string', minLength: 1, description: WORDING_META[k].schema }]));
  return json(s);
}

function packageJson(text: string): string {
  const p: Json = JSON.parse(text);
  const props: Json = p.contributes.configuration.properties;
  props['grouplint.rules'].properties = Object.fromEntries(
    IDS.map((id) => [id, { type: ['string', 'integer'], enum: SEVERITY_SPELLINGS, markdownDescription: `Severity of [\`${id}\`](${docsUrl(id)}).` }]),
  );
  props['grouplint.phrases'].propertyNames.enum = IDS;
  const wording = Object.fromEntries(
    WORDING_KEYS.map((k) => {
      const { rule, setting } = WORDING_META[k];
      const markdownDescription =
        `${setting}, used by the quick fix of [\`${rule}\`](${docsUrl(rule)}) and the snippets. ` +
        `Leave empty for the wording in \`.grouplintrc.json\`, or else the built-in one: "${DEFAULT_WORDING[k]}"`;
      return [`grouplint.wording.${k}`, { type: 'string', default: '', scope: 'resource', editPresentation: 'multilineText', markdownDescription }];
    }),
  );
  // The wording settings keep their place among the others.
  const out: Json = {};
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith('grouplint.wording.')) Object.assign(out, wording);
    else out[key] = value;
  }
  p.contributes.configuration.properties = out;
  return json(p);
}

/** The rule-id choice lists of the disable and enable comment snippets (the file is JSON with comments). */
function snippets(text: string): string {
  return text.replace(/(<!-- grouplint-(?:disable|disable-next-line|disable-file|enable) \$\{1\|)[a-z-]+(?:,[a-z-]+)*(\|\})/g, `$1${IDS.join(',')}$2`);
}

function grammar(text: string): string {
  const g: Json = JSON.parse(text);
  const pattern = g.repository['rule-ids'].patterns[0];
  pattern.match = `(?<![\\w-])(?:${IDS.join('|')})(?![\\w-])`;
  return json(g);
}

function docsTable(text: string): string {
  const lines = text.split('\n');
  const head = lines.findIndex((l) => l.startsWith('| rule | kind | default severity |'));
  if (head < 0) throw new Error('docs/README.md: the rules table is missing');
  let end = head + 2;
  while (end < lines.length && lines[end].startsWith('|')) end++;
  const yesNo = (b: boolean | undefined) => (b ? 'yes' : 'no');
  const rows = CATALOGUE.map(
    ({ meta: m }) => `| [${m.id}](rules/${m.id}.md) | ${m.kind} | ${m.defaultSeverity} | ${yesNo(m.fixable)} | ${yesNo(m.hasSuggestions)} | ${m.description} |`,
  );
  return [...lines.slice(0, head + 2), ...rows, ...lines.slice(end)].join('\n');
}

function ruleIdList(text: string): string {
  const list = `export const RULE_IDS: readonly string[] = [\n${IDS.map((id) => `  "${id}",\n`).join('')}];`;
  return text
    .replace(/export const RULE_IDS: readonly string\[\] = \[\n[^\]]*\];/, list)
    .replace(/^\/\/ The \d+ public rule ids/m, `// The ${IDS.length} public rule ids`);
}

const TARGETS: Array<[file: string, make: (text: string) => string]> = [
  ['schemas/grouplintrc.schema.json', schema],
  ['package.json', packageJson],
  ['snippets/markdown.code-snippets', snippets],
  ['syntaxes/grouplint.injection.tmLanguage.json', grammar],
  ['docs/README.md', docsTable],
  ['test/syntax/rule-ids.ts', ruleIdList],
];

/** Every generated file as it should be, from the files as they are under `root`. */
export function generate(root: string): Generated[] {
  return TARGETS.map(([file, make]) => ({ file, text: make(fs.readFileSync(path.join(root, file), 'utf8')) }));
}

/** The generated files whose text on disk differs from what the sources give. */
export function stale(root: string): string[] {
  return generate(root)
    .filter((g) => fs.readFileSync(path.join(root, g.file), 'utf8') !== g.text)
    .map((g) => g.file);
}

if (require.main === module) {
  const root = ROOT;
  if (process.argv.includes('--check')) {
    const files = stale(root);
    for (const f of files) console.error(`stale: ${f} (run npm run generate)`);
    process.exit(files.length ? 1 : 0);
  }
  for (const g of generate(root)) {
    if (fs.readFileSync(path.join(root, g.file), 'utf8') === g.text) continue;
    fs.writeFileSync(path.join(root, g.file), g.text);
    console.log(`generated ${g.file}`);
  }
}
