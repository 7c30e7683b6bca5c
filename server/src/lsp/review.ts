// The review of a folder of group materials, as a person reads it: counts by kind and by
// rule, then every document under its kind with its problems. One model, rendered as
// Markdown (the CLI's `--format markdown`, the extension's export) or HTML (the extension's
// review view and its export). Pure: no editor, no LSP, no Node; the caller says where links go.

export type ReviewSeverity = 'error' | 'warning' | 'information' | 'hint';

export interface ReviewProblem {
  /** A rule id, or 'grouplint' for grouplint's own notices. */
  rule: string;
  severity: ReviewSeverity;
  /** 1-based; columns in UTF-16 code units. */
  line: number;
  column: number;
  message: string;
  /** It has a safe fix (suggestions do not count). */
  fixable: boolean;
}

export interface ReviewDocument {
  /** As shown: relative to the folder reviewed, '/'-separated. */
  path: string;
  /** Where the document is (for the caller's links; not shown). */
  uri?: string;
  kind: 'support' | 'therapy' | null;
  kindSource: 'front-matter' | 'config' | 'inferred' | null;
  /** The words the kind rests on, when it was read from the text. */
  kindEvidence?: string[];
  groupMaterial: boolean;
  /** It compares the kinds of group. */
  comparison?: boolean;
  /** Why a text that speaks of groups is not group material ("it reads as an article (…)"). */
  notGroupReason?: string;
  /** Not checked (too large, unreadable, not text). */
  skipped?: boolean;
  /** A config file with faults, not a document. */
  config?: boolean;
  problems: ReviewProblem[];
}

export interface Review {
  /** "grouplint review — <folder>". */
  title: string;
  generated: Date;
  documents: ReviewDocument[];
  /** Extra lines for the summary (what was left out, and why). */
  notes?: string[];
}

/** Where links go; undefined leaves the text unlinked. */
export interface ReviewLinks {
  document?(doc: ReviewDocument, problem?: ReviewProblem): string | undefined;
  rule?(id: string): string | undefined;
}

export type ReviewGroup = 'support' | 'therapy' | 'unclear' | 'other' | 'skipped' | 'config';

export const GROUPS: ReadonlyArray<{ id: ReviewGroup; heading: string; row: string }> = [
  { id: 'support', heading: 'Support groups', row: 'Support group' },
  { id: 'therapy', heading: 'Group therapy', row: 'Group therapy' },
  { id: 'unclear', heading: 'Kind unclear', row: 'Kind unclear' },
  { id: 'other', heading: 'Not group material', row: 'Not group material' },
  { id: 'skipped', heading: 'Not checked', row: 'Not checked' },
  { id: 'config', heading: 'Configuration files', row: 'Configuration file' },
];

export function groupOf(d: ReviewDocument): ReviewGroup {
  if (d.config) return 'config';
  if (d.skipped) return 'skipped';
  if (!d.groupMaterial) return 'other';
  return d.kind ?? 'unclear';
}

const SOURCE_TEXT = {
  'front-matter': 'declared in the front matter',
  config: 'set by a "kinds" pattern in the config',
  inferred: 'read from the text',
} as const;
const SEVERITIES: ReviewSeverity[] = ['error', 'warning', 'information', 'hint'];

export interface RuleCount {
  rule: string;
  problems: number;
  documents: number;
  fixable: number;
}

export interface ReviewCounts {
  files: number;
  byGroup: Record<ReviewGroup, { documents: number; problems: number }>;
  byRule: RuleCount[];
  bySeverity: Record<ReviewSeverity, number>;
  problems: number;
  fixable: number;
  /** Documents with at least one problem. */
  withProblems: number;
}

export function countReview(review: Review): ReviewCounts {
  const byGroup = Object.fromEntries(GROUPS.map((g) => [g.id, { documents: 0, problems: 0 }])) as ReviewCounts['byGroup'];
  const bySeverity: ReviewCounts['bySeverity'] = { error: 0, warning: 0, information: 0, hint: 0 };
  const rules = new Map<string, RuleCount>();
  let problems = 0;
  let fixable = 0;
  let withProblems = 0;
  for (const d of review.documents) {
    const g = byGroup[groupOf(d)];
    g.documents++;
    g.problems += d.problems.length;
    if (d.problems.length) withProblems++;
    const seen = new Set<string>();
    for (const p of d.problems) {
      problems++;
      bySeverity[p.severity]++;
      const r = rules.get(p.rule) ?? { rule: p.rule, problems: 0, documents: 0, fixable: 0 };
      r.problems++;
      if (!seen.has(p.rule)) r.documents++;
      seen.add(p.rule);
      if (p.fixable) {
        r.fixable++;
        fixable++;
      }
      rules.set(p.rule, r);
    }
  }
  const byRule = [...rules.values()].sort((a, b) => b.problems - a.problems || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { files: review.documents.filter((d) => !d.config).length, byGroup, byRule, bySeverity, problems, fixable, withProblems };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2026-01-02 03:04 UTC". */
export function stamp(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The summary in sentences (plain text, no markup). */
export function summaryLines(review: Review, c = countReview(review)): string[] {
  const g = c.byGroup;
  const kinds = [
    plural(g.support.documents, 'support group'),
    `${g.therapy.documents} group therapy`,
    `${g.unclear.documents} of unclear kind`,
    `${g.other.documents} not group material`,
    g.skipped.documents ? `${g.skipped.documents} not checked` : '',
  ].filter(Boolean);
  const lines = [`${plural(c.files, 'Markdown file')} checked: ${kinds.join(', ')}.`];
  if (!c.problems) lines.push('No problems.');
  else {
    const sev = SEVERITIES.filter((s) => c.bySeverity[s]).map((s) => (s === 'information' ? `${c.bySeverity[s]} information` : plural(c.bySeverity[s], s)));
    lines.push(
      `${plural(c.problems, 'problem')} (${sev.join(', ')}) in ${plural(c.withProblems, 'document')}; ` +
        (c.fixable ? `${c.fixable} ${c.fixable === 1 ? 'has' : 'have'} a safe fix.` : 'none has a safe fix.'),
    );
  }
  return [...lines, ...(review.notes ?? [])];
}

function byPath(a: ReviewDocument, b: ReviewDocument): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** After a document that is not group material: that it compares the kinds, or why a text about groups was passed over. */
function aside(d: ReviewDocument): string {
  if (d.comparison) return ' (compares the kinds)';
  return d.notGroupReason ? ` (not checked as group material: ${d.notGroupReason})` : '';
}

function kindLine(d: ReviewDocument): string {
  const n = d.problems.length;
  const fixable = d.problems.filter((p) => p.fixable).length;
  const problems = n ? `${plural(n, 'problem')}${fixable ? ` (${fixable} with a safe fix)` : ''}` : 'no problems';
  if (groupOf(d) !== 'support' && groupOf(d) !== 'therapy') return problems[0].toUpperCase() + problems.slice(1) + '.';
  const source = SOURCE_TEXT[d.kindSource ?? 'inferred'];
  const evidence = d.kindSource === 'inferred' && d.kindEvidence?.length ? ` (${d.kindEvidence.map((e) => `“${e}”`).join(', ')})` : '';
  return `Kind ${source}${evidence}; ${problems}.`;
}

// ---- Markdown -----------------------------------------------------------------------

/** Text safe in Markdown prose and table cells. */
export function mdText(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]<>|#!~]/g, '\\$&');
}

function mdLink(text: string, target: string | undefined): string {
  if (!target) return text;
  return /[\s()<>]/.test(target) ? `[${text}](<${target.replace(/[<>]/g, encodeURIComponent)}>)` : `[${text}](${target})`;
}

function ruleName(id: string): string {
  return id === 'grouplint' ? 'grouplint (front matter or config)' : id;
}

export function renderMarkdown(review: Review, links: ReviewLinks = {}): string {
  const c = countReview(review);
  const out: string[] = [];
  const rule = (id: string) => mdLink(mdText(ruleName(id)), links.rule?.(id));
  // A saved review must not be checked as a flyer.
  out.push(
    '<!-- grouplint-disable-file -->',
    '',
    `# ${mdText(review.title)}`,
    '',
    `Generated ${stamp(review.generated)}. ${summaryLines(review, c).map(mdText).join(' ')}`,
    '',
  );
  out.push('| kind | documents | problems |', '| --- | ---: | ---: |');
  for (const g of GROUPS) {
    const n = c.byGroup[g.id];
    if (n.documents || ['support', 'therapy', 'unclear', 'other'].includes(g.id)) out.push(`| ${g.row} | ${n.documents} | ${n.problems} |`);
  }
  out.push('');
  if (c.byRule.length) {
    out.push('## Problems by rule', '', '| rule | problems | documents | safe fixes |', '| --- | ---: | ---: | ---: |');
    for (const r of c.byRule) out.push(`| ${rule(r.rule)} | ${r.problems} | ${r.documents} | ${r.fixable || '—'} |`);
    out.push('');
  }
  for (const g of GROUPS) {
    const docs = review.documents.filter((d) => groupOf(d) === g.id).sort(byPath);
    if (!docs.length) continue;
    out.push(`## ${g.heading} (${docs.length})`, '');
    const clean = docs.filter((d) => !d.problems.length);
    for (const d of docs.filter((x) => x.problems.length)) {
      out.push(`### ${mdLink(mdText(d.path), links.document?.(d))}`, '', mdText(kindLine(d)), '');
      out.push('| where | severity | problem | rule |', '| ---: | --- | --- | --- |');
      for (const p of d.problems) {
        out.push(
          `| ${mdLink(`${p.line}:${p.column}`, links.document?.(d, p))} | ${p.severity} | ` +
            `${mdText(p.message)}${p.fixable ? ' (safe fix)' : ''} | ${rule(p.rule)} |`,
        );
      }
      out.push('');
    }
    const names = clean.map((d) => mdLink(mdText(d.path), links.document?.(d)) + mdText(aside(d)));
    if (!names.length) continue;
    if (g.id === 'other' || g.id === 'skipped') out.push(...names.map((n) => `- ${n}`), '');
    else out.push(`No problems: ${names.join(', ')}.`, '');
  }
  return out.join('\n');
}

// ---- HTML ---------------------------------------------------------------------------

export function htmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * A link; in a view (`inert`), its target goes in data-href and the page's script follows it,
 * so the view's host does not follow it too.
 */
function htmlLink(text: string, target: string | undefined, cls: string, inert: boolean): string {
  const c = cls ? ` class="${cls}"` : '';
  if (!target) return cls ? `<span${c}>${text}</span>` : text;
  return inert ? `<a${c} data-href="${htmlText(target)}" tabindex="0" role="link">${text}</a>` : `<a${c} href="${htmlText(target)}">${text}</a>`;
}

/** HTML-escaped text with the Markdown-ish `code` spans of kindLine as <code>. */
function htmlInline(s: string): string {
  return htmlText(s).replace(/`([^`]+)`/g, '<code>$1</code>');
}

export interface HtmlPage {
  /** A Content-Security-Policy for a meta tag. */
  csp?: string;
  /** Nonce of the style and script elements (for the CSP). */
  nonce?: string;
  /** Markup placed before the title (buttons of a view). */
  toolbar?: string;
  /** A script's source, run at the end of the body. */
  script?: string;
  /** Link targets in data-href rather than href (the script follows them). */
  inertLinks?: boolean;
}

const CSS =
  `
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 14px); ` +
  `color: var(--vscode-foreground, #1f2328); background: var(--vscode-editor-background, #fff); ` +
  `line-height: 1.45; padding: 0 20px 24px; max-width: 1100px; }
h1 { font-size: 1.6em; margin: 0.6em 0 0.3em; }
h2 { font-size: 1.25em; margin: 1.4em 0 0.4em; border-bottom: 1px solid var(--vscode-panel-border, #d0d7de); padding-bottom: 0.2em; }
h3 { font-size: 1.05em; margin: 1.1em 0 0.2em; }
p { margin: 0.3em 0 0.6em; }
table { border-collapse: collapse; margin: 0.3em 0 0.8em; }
th, td { text-align: left; padding: 3px 10px 3px 0; vertical-align: top; border-bottom: 1px solid var(--vscode-panel-border, #eaeef2); }
th { font-weight: 600; }
td.n, th.n { text-align: right; padding-right: 16px; }
a { color: var(--vscode-textLink-foreground, #0969da); text-decoration: none; cursor: pointer; }
a:hover { text-decoration: underline; }
code { font-family: var(--vscode-editor-font-family, monospace); }
.meta { color: var(--vscode-descriptionForeground, #59636e); }
.sev { white-space: nowrap; }
.sev-error { color: var(--vscode-problemsErrorIcon-foreground, #cf222e); }
.sev-warning { color: var(--vscode-problemsWarningIcon-foreground, #9a6700); }
.sev-information, .sev-hint { color: var(--vscode-problemsInfoIcon-foreground, #0969da); }
.fix { color: var(--vscode-descriptionForeground, #59636e); font-style: italic; }
.toolbar { position: sticky; top: 0; padding: 8px 0; background: var(--vscode-editor-background, #fff); display: flex; gap: 8px; }
button { font: inherit; color: var(--vscode-button-foreground, #fff); background: var(--vscode-button-background, #0969da); ` +
  `border: none; padding: 4px 12px; cursor: pointer; }
button.secondary { color: var(--vscode-button-secondaryForeground, #1f2328); background: var(--vscode-button-secondaryBackground, #eaeef2); }
`;

export function renderHtml(review: Review, links: ReviewLinks = {}, page: HtmlPage = {}): string {
  const c = countReview(review);
  const nonce = page.nonce ? ` nonce="${htmlText(page.nonce)}"` : '';
  const inert = !!page.inertLinks;
  const rule = (id: string) => htmlLink(htmlText(ruleName(id)), links.rule?.(id), 'rule', inert);
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    ...(page.csp ? [`<meta http-equiv="Content-Security-Policy" content="${htmlText(page.csp)}">`] : []),
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlText(review.title)}</title>`,
    `<style${nonce}>${CSS}</style>`,
    '</head>',
    '<body>',
    ...(page.toolbar ? [page.toolbar] : []),
    `<h1>${htmlText(review.title)}</h1>`,
    `<p class="meta">Generated ${htmlText(stamp(review.generated))}.</p>`,
    ...summaryLines(review, c).map((l) => `<p>${htmlText(l)}</p>`),
    '<table class="kinds"><thead><tr><th>kind</th><th class="n">documents</th><th class="n">problems</th></tr></thead><tbody>',
  ];
  for (const g of GROUPS) {
    const n = c.byGroup[g.id];
    if (n.documents || ['support', 'therapy', 'unclear', 'other'].includes(g.id)) {
      out.push(`<tr><td>${g.row}</td><td class="n">${n.documents}</td><td class="n">${n.problems}</td></tr>`);
    }
  }
  out.push('</tbody></table>');
  if (c.byRule.length) {
    out.push(
      '<h2>Problems by rule</h2>',
      '<table class="rules"><thead><tr><th>rule</th><th class="n">problems</th><th class="n">documents</th><th class="n">safe fixes</th></tr></thead><tbody>',
    );
    for (const r of c.byRule) {
      out.push(`<tr><td>${rule(r.rule)}</td><td class="n">${r.problems}</td><td class="n">${r.documents}</td><td class="n">${r.fixable || '—'}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  for (const g of GROUPS) {
    const docs = review.documents.filter((d) => groupOf(d) === g.id).sort(byPath);
    if (!docs.length) continue;
    out.push(`<h2 id="${g.id}">${g.heading} (${docs.length})</h2>`);
    for (const d of docs.filter((x) => x.problems.length)) {
      out.push(`<h3>${htmlLink(htmlText(d.path), links.document?.(d), 'doc', inert)}</h3>`, `<p class="meta">${htmlInline(kindLine(d))}</p>`);
      out.push('<table class="problems"><thead><tr><th class="n">where</th><th>severity</th><th>problem</th><th>rule</th></tr></thead><tbody>');
      for (const p of d.problems) {
        out.push(
          `<tr><td class="n">${htmlLink(`${p.line}:${p.column}`, links.document?.(d, p), 'at', inert)}</td>` +
            `<td class="sev sev-${p.severity}">${p.severity}</td>` +
            `<td>${htmlText(p.message)}${p.fixable ? ' <span class="fix">(safe fix)</span>' : ''}</td><td>${rule(p.rule)}</td></tr>`,
        );
      }
      out.push('</tbody></table>');
    }
    const clean = docs.filter((d) => !d.problems.length);
    const names = clean.map((d) => htmlLink(htmlText(d.path), links.document?.(d), 'doc', inert) + htmlText(aside(d)));
    if (!names.length) continue;
    if (g.id === 'other' || g.id === 'skipped') out.push(`<ul>${names.map((n) => `<li>${n}</li>`).join('')}</ul>`);
    else out.push(`<p>No problems: ${names.join(', ')}.</p>`);
  }
  if (page.script) out.push(`<script${nonce}>${page.script}</script>`);
  out.push('</body>', '</html>', '');
  return out.join('\n');
}
