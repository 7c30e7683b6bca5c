// The workspace review as a Markdown document: every group document, its kind, and its
// problems counted by rule, with links to the files and the rule pages.
import type { WorkspaceReport } from '../../server/src/lsp/protocol';

const KIND_LABEL = { support: 'Support group', therapy: 'Group therapy' } as const;
const SOURCE_LABEL = { 'front-matter': 'front matter', config: 'config pattern', inferred: 'read from the text' } as const;

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Link text for a path; the target is the file's URI (angle brackets allow spaces). */
function fileLink(path: string, uri: string): string {
  return `[${cell(path.replace(/([\\`*_[\]])/g, '\\$1'))}](<${uri}>)`;
}

export function renderReport(report: WorkspaceReport, now: Date = new Date()): string {
  const docs = report.documents;
  const lines: string[] = [];
  // The review itself must not be checked as a flyer.
  lines.push('<!-- grouplint-disable-file -->', '', '# grouplint: workspace review', '');
  const stamp = now.toISOString().replace('T', ' ').slice(0, 16);
  const withProblems = docs.filter((d) => d.total > 0);
  const total = docs.reduce((n, d) => n + d.total, 0);
  const folders = report.folders.map((f) => f.name).join(', ') || 'no folder';
  lines.push(
    `Generated ${stamp} UTC for ${folders}. ${report.checked} Markdown file${report.checked === 1 ? '' : 's'} checked; ` +
      `${docs.length} ${docs.length === 1 ? 'is' : 'are'} group material, ${withProblems.length} with problems (${total} in all).`,
    '',
  );
  if (!docs.length) {
    lines.push('No group documents were found.', '');
  } else {
    const count = (k: string | null) => docs.filter((d) => d.kind === k).length;
    lines.push('| kind | documents |', '| --- | --- |');
    lines.push(`| ${KIND_LABEL.support} | ${count('support')} |`, `| ${KIND_LABEL.therapy} | ${count('therapy')} |`, `| Kind unclear | ${count(null)} |`, '');

    const byRule = new Map<string, number>();
    for (const d of docs) for (const [rule, n] of Object.entries(d.counts)) byRule.set(rule, (byRule.get(rule) ?? 0) + n);
    if (byRule.size) {
      lines.push('## Problems by rule', '', '| rule | problems | documents |', '| --- | ---: | ---: |');
      for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
        const inDocs = docs.filter((d) => d.counts[rule]).length;
        lines.push(`| ${rule === 'grouplint' ? 'grouplint (front matter)' : (report.docs[rule] ? `[${rule}](${report.docs[rule]})` : rule)} | ${n} | ${inDocs} |`);
      }
      lines.push('');
    }

    lines.push('## Documents', '', '| document | kind | problems | by rule |', '| --- | --- | ---: | --- |');
    const multi = report.folders.length > 1;
    for (const d of [...docs].sort((a, b) => b.total - a.total || (a.path < b.path ? -1 : 1))) {
      const kind = d.kind ? `${KIND_LABEL[d.kind]} (${SOURCE_LABEL[d.kindSource ?? 'inferred']})` : 'unclear';
      const rules = Object.entries(d.counts)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([r, n]) => `${r} ×${n}`)
        .join(', ');
      lines.push(`| ${fileLink(multi ? `${d.folder}/${d.path}` : d.path, d.uri)} | ${kind} | ${d.total} | ${rules || '—'} |`);
    }
    lines.push('');
  }
  if (report.tooLarge.length) {
    lines.push('## Not checked (larger than 1 MB)', '');
    for (const uri of report.tooLarge) lines.push(`- <${uri}>`);
    lines.push('');
  }
  return lines.join('\n');
}
