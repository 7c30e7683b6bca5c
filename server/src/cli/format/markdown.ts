// `--format markdown`: the review a practice manager takes to a meeting, or a CI job puts in
// its summary ($GITHUB_STEP_SUMMARY): counts by kind and by rule, then every document under
// its kind with its problems. The same review as the editor's "grouplint: Review workspace"
// (rendered by server/src/lsp/review.ts); rule ids link to their pages.
import { docsUrl } from '../../engine/light';
import { renderMarkdown, type Review, type ReviewDocument } from '../../lsp/review';
import type { Report } from '../report';
import { plural } from '../report';

export interface MarkdownOptions {
  /** The files, folders or globs given on the command line (they name the review). */
  targets?: string[];
  /** When the review was made. */
  generated?: Date;
}

/** When the review was made: now, or SOURCE_DATE_EPOCH (seconds) for reproducible output. */
export function generatedAt(env: Record<string, string | undefined>): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

/** "grouplint review — flyers": what was named on the command line, else the current folder. */
export function reviewTitle(report: Report, targets: string[] = []): string {
  const base = (p: string) =>
    p
      .replace(/[\\/]+$/, '')
      .split(/[\\/]/)
      .pop() || p;
  const named = targets.filter((t) => t !== '.' && t !== './');
  const what = named.length && named.length <= 3 ? named.map((t) => t.replace(/[\\/]+$/, '') || t).join(', ') : base(report.cwd);
  return `grouplint review — ${what}`;
}

export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const documents: ReviewDocument[] = report.files.map((f) => ({
    path: f.path,
    kind: f.kind,
    kindSource: f.kindSource,
    groupMaterial: f.groupMaterial,
    notGroupReason: f.notGroupReason,
    skipped: f.skipped,
    config: f.type === 'config',
    problems: f.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, line: d.line, column: d.column, message: d.message, fixable: d.fixable })),
  }));
  const notes: string[] = [];
  const h = report.hidden;
  if (h && h.warning + h.information + h.hint) {
    const parts = [
      h.warning ? plural(h.warning, 'warning') : '',
      h.information ? `${h.information} information` : '',
      h.hint ? plural(h.hint, 'hint') : '',
    ].filter(Boolean);
    notes.push(`--quiet left out ${parts.join(', ')}.`);
  }
  const review: Review = { title: reviewTitle(report, options.targets), generated: options.generated ?? new Date(), documents, notes };
  return renderMarkdown(review, { rule: (id) => docsUrl(id === 'grouplint' ? 'configuration' : id) });
}
