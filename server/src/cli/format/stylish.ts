// The default report for people: problems grouped by file, then a summary with counts,
// what --fix can repair, and how many documents of each kind were checked.
import { createColors } from 'picocolors';
import type { Hidden, Report } from '../report';
import { countReport, plural } from '../report';

const KIND_SOURCE: Record<string, string> = { 'front-matter': 'from its front matter', config: 'from the config', inferred: 'read from the text' };

export function formatStylish(report: Report, color: boolean): string {
  return stylishParts(report, color).join('');
}

/**
 * formatStylish's text in two parts: the problems, then the summary. Written to a stream one
 * after the other, they make the same bytes; but the problems of a long report are one byte
 * a character in memory, where joined to the summary's symbols (⚠, ✖, ✔, ℹ) the whole text
 * would take two, and be copied and encoded as such (about 1 MB for 1,000 flyers).
 */
export function stylishParts(report: Report, color: boolean): [problems: string, summary: string] {
  const pc = createColors(color);
  const sev: Record<string, (s: string) => string> = { error: pc.red, warning: pc.yellow, information: pc.cyan, hint: pc.dim };
  const out: string[] = [];
  // (Index loops, like countReport's: no iterator result per file and per problem.)
  for (let k = 0; k < report.files.length; k++) {
    const f = report.files[k];
    if (!f.diagnostics.length) continue;
    const what =
      f.type === 'config'
        ? 'config file'
        : f.skipped
          ? 'not checked'
          : !f.groupMaterial
            ? 'not group material'
            : f.kind
              ? `${f.kind === 'support' ? 'support group' : 'group therapy'}, ${KIND_SOURCE[f.kindSource ?? 'inferred']}`
              : 'group material, kind unclear';
    out.push(`${pc.underline(f.path)}  ${pc.dim(`(${what})`)}`);
    // The columns' widths first, then the lines (no object per row: a report of thousands).
    const ds = f.diagnostics;
    const pos: string[] = [];
    let wPos = 0;
    let wSev = 0;
    for (let i = 0; i < ds.length; i++) {
      const d = ds[i];
      const p = `${d.line}:${d.column}`;
      pos.push(p);
      if (p.length > wPos) wPos = p.length;
      if (d.severity.length > wSev) wSev = d.severity.length;
    }
    for (let i = 0; i < ds.length; i++) {
      const d = ds[i];
      // (Most messages are one line: the search for line breaks is skipped for them.)
      const msg = d.message.includes('\n') ? d.message.replace(/\s*\n\s*/g, ' ') : d.message;
      out.push(`  ${pc.dim(pos[i].padEnd(wPos))}  ${sev[d.severity](d.severity.padEnd(wSev))}  ${msg}  ${pc.dim(d.rule)}`);
    }
    out.push('');
  }
  out.push('');
  const problems = out.join('\n');
  out.length = 0;
  const c = countReport(report.files);
  const total = c.error + c.warning + c.information + c.hint;
  const docs = `${plural(c.documents, 'document')} checked: ${[
    `${c.support} support`,
    `${c.therapy} therapy`,
    c.unclear ? `${c.unclear} group material of unclear kind` : '',
    `${c.notGroup} not group material`,
    c.skipped ? `${c.skipped} not checked` : '',
  ]
    .filter(Boolean)
    .join(', ')}.`;
  if (c.documents === 0 && total === 0) {
    out.push('No Markdown files to check.');
    return [problems, out.join('\n') + '\n'];
  }
  const left = leftOut(report.hidden);
  if (total === 0 && left) {
    // --quiet hid findings: say there are no errors, never that there are no problems.
    out.push(pc.bold(`${report.hidden!.warning ? pc.yellow('⚠') : pc.cyan('ℹ')} No errors; ${left}.`));
    out.push(`  ${docs}`);
    return [problems, out.join('\n') + '\n'];
  }
  if (total === 0) {
    out.push(pc.green(`✔ No problems.`) + ` ${docs}`);
    return [problems, out.join('\n') + '\n'];
  }
  const parts = [
    c.error ? plural(c.error, 'error') : '',
    c.warning ? plural(c.warning, 'warning') : '',
    c.information ? `${c.information} information` : '',
    c.hint ? plural(c.hint, 'hint') : '',
  ].filter(Boolean);
  const mark = c.error ? pc.red('✖') : c.warning ? pc.yellow('⚠') : pc.cyan('ℹ');
  out.push(pc.bold(`${mark} ${plural(total, 'problem')} (${parts.join(', ')})`));
  if (left) out.push(`  ${left}.`);
  if (c.fixable) out.push(`  ${plural(c.fixable, 'problem is', 'problems are')} fixable with --fix: ${c.fixableRules.join(', ')}.`);
  if (c.suggested) {
    out.push(
      `  ${plural(c.suggested, 'problem has', 'problems have')} suggestions to review in the editor (never applied by --fix): ` +
        `${c.suggestedRules.join(', ')}.`,
    );
  }
  out.push(`  ${docs}`);
  return [problems, out.join('\n') + '\n'];
}

/** "--quiet left out 3 warnings and 1 information", or '' when nothing was left out. */
function leftOut(hidden: Hidden | undefined): string {
  if (!hidden) return '';
  const parts = [
    hidden.warning ? plural(hidden.warning, 'warning') : '',
    hidden.information ? `${hidden.information} information` : '',
    hidden.hint ? plural(hidden.hint, 'hint') : '',
  ].filter(Boolean);
  if (!parts.length) return '';
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `--quiet left out ${list}`;
}
