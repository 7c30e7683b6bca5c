// `--format sarif`: SARIF 2.1.0 for code-scanning tools, with every rule's metadata and
// documentation link, and locations relative to %SRCROOT%: the current folder, or when files
// outside it are checked (`grouplint ../other/flyers`), the nearest folder holding them all.
import path = require('path');
import { pathToFileURL } from 'url';
import { docsUrl, RULES } from '../../engine';
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
  properties: { fixable: false, hasSuggestions: false },
};

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}

function encodeUri(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

/** Is `inner` the folder `outer` or below it? */
function isInside(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The folder %SRCROOT% stands for: the current folder, or the nearest folder above it that
 * holds every file of the report, so that no location leaves %SRCROOT% with "../". Undefined
 * when there is none (files on another Windows drive): locations are then absolute.
 */
export function sourceRoot(cwd: string, files: string[]): string | undefined {
  let root = path.resolve(cwd);
  for (const f of files) {
    while (!isInside(f, root)) {
      const parent = path.dirname(root);
      if (parent === root) return undefined;
      root = parent;
    }
  }
  return root;
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
      properties: {
        kind: r.meta.kind,
        fixable: r.meta.fixable,
        hasSuggestions: r.meta.hasSuggestions,
        tags: ['group-materials', r.meta.kind === 'any' ? 'kind' : r.meta.kind],
      },
    })),
    NOTICE_RULE,
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const absolute = new Map(report.files.map((f) => [f.path, path.resolve(report.cwd, f.path)]));
  const rootFolder = sourceRoot(report.cwd, [...absolute.values()]);
  const location = (display: string) => {
    const abs = absolute.get(display) ?? path.resolve(report.cwd, display);
    if (rootFolder === undefined) return { uri: pathToFileURL(abs).href };
    return { uri: encodeUri(path.relative(rootFolder, abs).split(path.sep).join('/')), uriBaseId: '%SRCROOT%' };
  };
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
              artifactLocation: location(f.path),
              region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
            },
          },
        ],
        properties: { severity: d.severity, fixable: d.fixable, suggestions: d.suggestions ?? [] },
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'grouplint', version: report.version, semanticVersion: report.version, informationUri: INFORMATION_URI, rules } },
        ...(rootFolder === undefined ? {} : { originalUriBaseIds: { '%SRCROOT%': srcRoot(rootFolder, report.cwd) } }),
        columnKind: 'utf16CodeUnits',
        artifacts: report.files.map((f) => ({ location: location(f.path), mimeType: f.type === 'document' ? 'text/markdown' : 'application/json' })),
        results,
      },
    ],
  };
}

function srcRoot(folder: string, cwd: string): { uri: string; description: { text: string } } {
  const uri = pathToFileURL(folder).href.replace(/\/?$/, '/');
  const text =
    folder === path.resolve(cwd)
      ? 'The folder grouplint was run from.'
      : 'The nearest folder that holds the folder grouplint was run from and every file checked.';
  return { uri, description: { text } };
}

export function formatSarif(report: Report): string {
  return JSON.stringify(toSarif(report), null, 2) + '\n';
}
