// The workspace report and the workspace fix, from what the workspace check and the open
// documents hold: each document's kind, its problems with their places, and its safe fixes
// (fix all's edits, never suggestions). No connection here.
import type { TextEdit } from 'vscode-languageserver';
import { docsUrl, type Problem } from '../engine';
import type { Checked, Summary } from './checker';
import { fixAllAction } from './codeActions';
import { ENGINE_NOTICE, toTextEdit, type Positions } from './convert';
import { textHash, type DocumentFixes, type ReportProblem, type WorkspaceReport } from './protocol';

const SEVERITY: Record<Problem['severity'], ReportProblem['severity']> = { error: 1, warning: 2, information: 3, hint: 4 };

/** A checked document's problems, placed. */
export function reportProblems(checked: Checked, positions: Positions): ReportProblem[] {
  return (checked.lint?.problems ?? []).map((p) => ({
    rule: p.rule,
    severity: SEVERITY[p.severity],
    message: p.message,
    range: { start: positions.positionAt(p.start), end: positions.positionAt(p.end) },
    fixable: !!p.fix,
  }));
}

export interface ReportEntry {
  uri: string;
  /** Engine path of the file. */
  path: string;
  folder: { uri: string; path: string; name: string };
  summary: Summary;
  problems: ReportProblem[];
}

/** The report of these files (open documents already swapped in for their files on disk). */
export function assembleReport(
  folders: Array<{ uri: string; name: string }>,
  entries: ReportEntry[],
  docsLink: (id: string) => string,
  unchecked: string[] = [],
  now = new Date(),
): WorkspaceReport {
  const report: WorkspaceReport = {
    folders,
    documents: [],
    checked: 0,
    tooLarge: [],
    docs: {},
    pages: {},
    generated: now.toISOString(),
    others: [],
    unchecked,
  };
  for (const e of entries) {
    if (e.summary.state === 'too-large') report.tooLarge.push(e.uri);
    if (e.summary.state !== 'checked') continue;
    report.checked++;
    const path = e.path.slice(e.folder.path.length + 1);
    if (!e.summary.groupMaterial) {
      report.others!.push({
        uri: e.uri,
        path,
        folder: e.folder.name,
        comparison: e.summary.comparison,
        ...(e.summary.notGroupReason ? { notGroupReason: e.summary.notGroupReason } : {}),
      });
      continue;
    }
    report.documents.push({
      uri: e.uri,
      path,
      folder: e.folder.name,
      kind: e.summary.kind,
      kindSource: e.summary.kindSource,
      kindEvidence: e.summary.kindEvidence,
      counts: e.summary.counts,
      total: e.summary.total,
      problems: e.problems,
    });
  }
  for (const d of report.documents) {
    for (const rule of Object.keys(d.counts)) {
      report.docs[rule] ??= docsLink(rule === ENGINE_NOTICE ? 'configuration' : rule);
      report.pages![rule] ??= docsUrl(rule === ENGINE_NOTICE ? 'configuration' : rule);
    }
  }
  const order = (a: { folder: string; path: string }, b: { folder: string; path: string }) => (a.folder + '/' + a.path < b.folder + '/' + b.path ? -1 : 1);
  report.documents.sort(order);
  report.others!.sort(order);
  return report;
}

export interface FixInput {
  uri: string;
  path: string;
  folder: string;
  /** The open document's version, or null for a file read from disk. */
  version: number | null;
  text: string;
  problems: Problem[];
  positions: Positions;
  /** A lint of any text with the document's config (fix all's later passes). */
  lint: (text: string) => { problems: Problem[] };
}

/**
 * The safe fixes of one document: the edits fix all makes (the engine's fix pipeline), each
 * labelled with its fix's title where it is one fix's own edit.
 */
export function documentFixes(input: FixInput): DocumentFixes | undefined {
  const action = fixAllAction({
    uri: input.uri,
    version: input.version ?? 0,
    positions: input.positions,
    problems: input.problems,
    support: { documentChanges: false, snippets: false },
    text: input.text,
    lint: input.lint,
  });
  const edits = action?.edit?.changes?.[input.uri];
  if (!edits?.length) return undefined;
  // Which fix each edit belongs to, for the preview's labels.
  const owners = input.problems.flatMap((p) => (p.fix ? p.fix.edits.map((e) => ({ edit: toTextEdit(input.positions, e), problem: p })) : []));
  const same = (a: TextEdit, b: TextEdit) =>
    a.newText === b.newText &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character;
  return {
    uri: input.uri,
    path: input.path,
    folder: input.folder,
    version: input.version,
    hash: textHash(input.text),
    edits: edits.map((edit) => {
      const owner = owners.find((o) => same(o.edit, edit))?.problem;
      return { range: edit.range, newText: edit.newText, rule: owner?.rule ?? '', label: owner?.fix?.title ?? 'Safe fix' };
    }),
  };
}
