// `--format sarif`: SARIF 2.1.0 for code-scanning tools, with every rule's metadata and
// documentation link, and locations relative to the checked folder (%SRCROOT%).
import { pathToFileURL } from 'url';
import { docsUrl, RULES } from '../../rules';
import type { Report } from '../report';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;
const INFORMATION_URI = 'https://github.com/grouplint/grouplint';

/** The pseudo-rule of grouplint's own notices (unreadable files, config faults, front matter). */
const NOTICE_RULE = {
  id: 'grouplint',
  name: 'GrouplintNotice',
  shortDescription: { text: 'A notice from grouplint itself: a file it could not check, or a fault in a config file or in front matter.' },
  helpUri: docsUrl('configuration'),
  defaultConfiguration: { level: 'warning' },
  properties: { fixable: false },
};

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}

function encodeUri(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

export function toSarif(report: Report): object {
  const rules = [
    ...RULES.map((r) => ({
      id: r.meta.id,
      name: pascal(r.meta.id),
      shortDescription: { text: r.meta.description },
      helpUri: docsUrl(r.meta.id),
      help: { text: `${r.meta.description} See ${docsUrl(r.meta.id)}` },
      defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
      properties: { kind: r.meta.kind, fixable: r.meta.fixable, tags: ['group-materials', r.meta.kind === 'any' ? 'kind' : r.meta.kind] },
    })),
    NOTICE_RULE,
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const root = pathToFileURL(report.cwd).href.replace(/\/?$/, '/');
  const results = [];
  for (const f of report.files) {
    for (const d of f.diagnostics) {
      const ruleIndex = index.get(d.rule) ?? index.get('grouplint')!;
      results.push({
        ruleId: rules[ruleIndex].id,
        ruleIndex,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeUri(f.path), uriBaseId: '%SRCROOT%' },
              region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
            },
          },
        ],
        properties: { severity: d.severity, fixable: d.fixable },
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'grouplint', version: report.version, semanticVersion: report.version, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: root } },
        columnKind: 'utf16CodeUnits',
        artifacts: report.files.map((f) => ({ location: { uri: encodeUri(f.path), uriBaseId: '%SRCROOT%' }, ...(f.type === 'document' ? { mimeType: 'text/markdown' } : { mimeType: 'application/json' }) })),
        results,
      },
    ],
  };
}

export function formatSarif(report: Report): string {
  return JSON.stringify(toSarif(report), null, 2) + '\n';
}
