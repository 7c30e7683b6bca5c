// The server's own requests about the workspace: one document's kind and state, the
// workspace report (the Group materials view and the review), and the safe fixes of every
// document (Apply safe fixes). Open documents count as they are in the editor.
import { lint } from '../engine';
import type { Checked } from './checker';
import { summarize } from './checker';
import type { OpenDocument } from './documents';
import type { Host } from './host';
import type { DocumentFixes, DocumentInfo, WorkspaceReport } from './protocol';
import { assembleReport, documentFixes, reportProblems, type ReportEntry } from './report';
import type { Settings } from './settings';
import type { WorkspaceIndex } from './workspace';

/** What these requests need from the server. */
export interface RequestContext {
  readonly host: Host;
  readonly docs: ReadonlyMap<string, OpenDocument>;
  readonly workspace: WorkspaceIndex;
  markdown(uri: string): OpenDocument | undefined;
  compute(doc: OpenDocument): Promise<{ checked?: Checked }>;
  settingsFor(scopeUri: string): Promise<Settings>;
  /** A workspace scan asked for and not yet started starts now. */
  scanAsked(): Promise<void>;
}

export class WorkspaceRequests {
  constructor(private readonly server: RequestContext) {}

  async documentInfo(uri: string): Promise<DocumentInfo> {
    const doc = this.server.markdown(uri);
    if (!doc) return { state: 'unknown', kind: null, kindSource: null, groupMaterial: false, comparison: false, problems: 0 };
    const result = await this.server.compute(doc);
    const checked = result.checked!;
    const s = summarize(checked);
    return {
      state: checked.state,
      kind: s.kind,
      kindSource: s.kindSource,
      kindEvidence: s.kindEvidence,
      groupMaterial: s.groupMaterial,
      comparison: s.comparison,
      ...(s.notGroupReason ? { notGroupReason: s.notGroupReason } : {}),
      configFile: checked.context.file ? this.server.host.uriOf(checked.context.file) : undefined,
      problems: s.total,
    };
  }

  /** The workspace check's files, with the open documents as they are in the editor. */
  async reportEntries(scan: boolean, unchecked: string[] = []): Promise<ReportEntry[]> {
    const files = await this.server.workspace.collect(scan, unchecked);
    const entries = new Map<string, ReportEntry>([...files].map(([uri, e]) => [uri, { uri, ...e }]));
    for (const doc of this.server.docs.values()) {
      if (doc.role !== 'markdown' || !doc.path) continue;
      const folder = this.server.workspace.folderOf(doc.path);
      if (!folder) continue;
      const checked = (await this.server.compute(doc)).checked!;
      entries.set(doc.uri, { uri: doc.uri, path: doc.path, folder, summary: summarize(checked), problems: reportProblems(checked, doc) });
    }
    return [...entries.values()];
  }

  async workspaceReport(scan = true): Promise<WorkspaceReport> {
    await this.server.scanAsked();
    const unchecked: string[] = [];
    const entries = await this.reportEntries(scan, unchecked);
    return assembleReport(
      this.server.workspace.folders.map((f) => ({ uri: f.uri, name: f.name })),
      entries,
      this.server.host.docsLink,
      unchecked,
    );
  }

  /** Fix all's edits for every document with a safe fix (the open ones as they are in the editor). */
  async workspaceFixes(uris?: string[]): Promise<{ documents: DocumentFixes[] }> {
    await this.server.scanAsked();
    const wanted = uris && new Set(uris);
    const out: DocumentFixes[] = [];
    for (const e of await this.reportEntries(true)) {
      if ((wanted && !wanted.has(e.uri)) || !e.problems.some((p) => p.fixable)) continue;
      const rel = e.path.slice(e.folder.path.length + 1);
      const doc = this.server.markdown(e.uri);
      if (doc) {
        const result = await this.server.compute(doc);
        if (result.checked?.state !== 'checked' || !result.checked.lint) continue;
        const config = result.checked.context.config;
        const relint = (text: string) => lint(text, { path: doc.path, config });
        const fixes = documentFixes({
          uri: doc.uri,
          path: rel,
          folder: e.folder.name,
          version: doc.version,
          text: doc.text,
          problems: result.checked.lint.problems,
          positions: doc,
          lint: relint,
        });
        if (fixes) out.push(fixes);
        continue;
      }
      const read = await this.server.workspace.readChecked(e.path, e.folder, await this.server.settingsFor(e.folder.uri));
      if (read?.text === undefined || read.checked.state !== 'checked' || !read.checked.lint) continue;
      const index = read.index;
      const config = read.checked.context.config;
      const relint = (text: string) => lint(text, { path: e.path, config });
      const fixes = documentFixes({
        uri: e.uri,
        path: rel,
        folder: e.folder.name,
        version: null,
        text: read.text,
        problems: read.checked.lint.problems,
        positions: { positionAt: (o) => index.position(o) },
        lint: relint,
      });
      if (fixes) out.push(fixes);
    }
    return { documents: out };
  }
}
