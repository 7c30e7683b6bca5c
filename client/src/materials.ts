// The "Group materials" view: the workspace's Markdown documents grouped by kind, each with
// its problem count and where its kind came from; a document opens to its problems, and a
// problem opens the document at its place. It answers from the workspace check the server
// keeps (grouplint/workspaceReport with scan: false) and follows its changes
// (grouplint/workspaceChanged) and the open documents' diagnostics; it never scans by itself.
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import {
  WorkspaceChangedNotification,
  WorkspaceReportRequest,
  type ReportProblem,
  type WorkspaceReport,
  type WorkspaceReportDocument,
  type WorkspaceReportOther,
} from '../../server/src/lsp/protocol';

export const VIEW_ID = 'grouplint.materials';

type Group = 'support' | 'therapy' | 'unclear' | 'other';

const GROUPS: ReadonlyArray<{ id: Group; label: string; icon: string }> = [
  { id: 'support', label: 'Support groups', icon: 'organization' },
  { id: 'therapy', label: 'Group therapy', icon: 'heart' },
  { id: 'unclear', label: 'Kind unclear', icon: 'question' },
  { id: 'other', label: 'Not group material', icon: 'dash' },
];

const SOURCE = { 'front-matter': 'front matter', config: 'config pattern', inferred: 'read from the text' } as const;
const SOURCE_LONG = {
  'front-matter': 'declared in the front matter',
  config: 'set by a "kinds" pattern in .grouplintrc.json or the settings',
  inferred: 'read from the text',
} as const;
const KIND_TEXT = { support: 'Support group', therapy: 'Group therapy' } as const;

export type MaterialsNode =
  | { type: 'group'; group: Group; docs: Array<WorkspaceReportDocument | WorkspaceReportOther> }
  | { type: 'document'; doc: WorkspaceReportDocument | WorkspaceReportOther; shown: string }
  | { type: 'problem'; doc: WorkspaceReportDocument; problem: ReportProblem; index: number };

function groupOf(d: WorkspaceReportDocument): Group {
  return d.kind ?? 'unclear';
}

function isGroupDoc(d: WorkspaceReportDocument | WorkspaceReportOther): d is WorkspaceReportDocument {
  return 'kind' in d;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const SEVERITY_ICON: Record<ReportProblem['severity'], vscode.ThemeIcon> = {
  1: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  2: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  3: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
  4: new vscode.ThemeIcon('lightbulb'),
};

function rangeOf(p: ReportProblem): vscode.Range {
  return new vscode.Range(p.range.start.line, p.range.start.character, p.range.end.line, p.range.end.character);
}

export class MaterialsProvider implements vscode.TreeDataProvider<MaterialsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<MaterialsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private report: WorkspaceReport | undefined;
  private view: vscode.TreeView<MaterialsNode> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stale = true;
  private fetching: Promise<void> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly lc: BaseLanguageClient) {}

  /** Create the tree view and follow the server's and the editor's changes. */
  register(): vscode.Disposable {
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.view,
      this.changed,
      this.view.onDidChangeVisibility((e) => e.visible && this.stale && this.schedule(0)),
      this.lc.onNotification(WorkspaceChangedNotification, () => this.schedule()),
      // Open documents are checked as they are edited: their diagnostics say when.
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => vscode.workspace.textDocuments.some((d) => d.languageId === 'markdown' && d.uri.toString() === u.toString())))
          this.schedule(400);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => d.languageId === 'markdown' && this.schedule(400)),
      this.lc.onDidChangeState((e) => e.newState === State.Running && this.schedule(0)),
    );
    return this;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions.splice(0)) s.dispose();
  }

  /** Fetch again soon (only while the view is visible; otherwise when it shows). */
  schedule(delay = 200): void {
    this.stale = true;
    if (this.view && !this.view.visible) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, delay);
  }

  /** Fetch the report now and redraw; resolves when the view shows it. */
  async refresh(): Promise<void> {
    if (this.fetching) await this.fetching.catch(() => undefined);
    this.stale = false;
    this.fetching = (async () => {
      if (this.lc.state !== State.Running) return;
      this.report = await this.lc.sendRequest(WorkspaceReportRequest, { scan: false });
      if (this.view) {
        const off = this.report.unchecked ?? [];
        this.view.message = off.length
          ? `The workspace check is off for ${off.join(', ')}: only open documents are listed. "Review workspace" checks every file.`
          : undefined;
        const total = this.report.documents.reduce((n, d) => n + d.total, 0);
        this.view.badge = total ? { value: total, tooltip: plural(total, 'grouplint problem') } : undefined;
      }
      this.changed.fire(undefined);
    })();
    try {
      await this.fetching;
    } finally {
      this.fetching = undefined;
    }
  }

  /** The report the view shows (for tests). */
  get current(): WorkspaceReport | undefined {
    return this.report;
  }

  private shown(d: { folder: string; path: string }): string {
    return this.report && this.report.folders.length > 1 ? `${d.folder}/${d.path}` : d.path;
  }

  getChildren(node?: MaterialsNode): MaterialsNode[] {
    const r = this.report;
    if (!r || !vscode.workspace.workspaceFolders?.length) return [];
    if (!node) {
      return GROUPS.map((g) => ({
        type: 'group' as const,
        group: g.id,
        docs: g.id === 'other' ? (r.others ?? []) : r.documents.filter((d) => groupOf(d) === g.id),
      }));
    }
    if (node.type === 'group') return node.docs.map((doc) => ({ type: 'document' as const, doc, shown: this.shown(doc) }));
    if (node.type === 'document' && isGroupDoc(node.doc)) {
      const doc = node.doc;
      return (doc.problems ?? []).map((problem, index) => ({ type: 'problem' as const, doc, problem, index }));
    }
    return [];
  }

  getParent(node: MaterialsNode): MaterialsNode | undefined {
    if (node.type === 'group') return undefined;
    const r = this.report;
    if (!r) return undefined;
    if (node.type === 'document') {
      const g: Group = isGroupDoc(node.doc) ? groupOf(node.doc) : 'other';
      return this.getChildren().find((n) => n.type === 'group' && n.group === g);
    }
    return { type: 'document', doc: node.doc, shown: this.shown(node.doc) };
  }

  getTreeItem(node: MaterialsNode): vscode.TreeItem {
    if (node.type === 'group') {
      const g = GROUPS.find((x) => x.id === node.group)!;
      const problems = node.docs.reduce((n, d) => n + (isGroupDoc(d) ? d.total : 0), 0);
      const item = new vscode.TreeItem(g.label, node.docs.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.id = `group:${g.id}`;
      item.iconPath = new vscode.ThemeIcon(g.icon);
      item.description = g.id === 'other' ? plural(node.docs.length, 'document') : `${plural(node.docs.length, 'document')} · ${plural(problems, 'problem')}`;
      item.contextValue = 'grouplint.kind';
      return item;
    }
    if (node.type === 'document') {
      const d = node.doc;
      const uri = vscode.Uri.parse(d.uri, true);
      const group = isGroupDoc(d);
      const total = group ? d.total : 0;
      const item = new vscode.TreeItem(node.shown, total ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `document:${d.uri}`;
      item.resourceUri = uri;
      item.iconPath = vscode.ThemeIcon.File;
      const tooltip = new vscode.MarkdownString(undefined, true);
      if (group) {
        const fixable = (d.problems ?? []).filter((p) => p.fixable).length;
        item.description = `${plural(total, 'problem')} · ${d.kind ? SOURCE[d.kindSource ?? 'inferred'] : 'kind unclear'}`;
        tooltip.appendText(`${d.kind ? `${KIND_TEXT[d.kind]}, ${SOURCE_LONG[d.kindSource ?? 'inferred']}` : 'Group material of unclear kind'}.`);
        if (d.kind && d.kindSource === 'inferred' && d.kindEvidence?.length)
          tooltip.appendText(`\nRead from: ${d.kindEvidence.map((e) => `“${e}”`).join(', ')}.`);
        tooltip.appendText(`\n${plural(total, 'problem')}${fixable ? `, ${fixable} with a safe fix` : ''}.`);
        item.contextValue = fixable ? 'grouplint.document.fixable' : 'grouplint.document';
      } else {
        item.description = d.comparison ? 'compares the kinds' : undefined;
        tooltip.appendText(d.comparison ? 'Compares the kinds of group, so grouplint stays quiet about it.' : 'Not read as a group flyer, page or handout.');
        item.contextValue = 'grouplint.document';
      }
      item.tooltip = tooltip;
      item.command = { title: 'Open', command: 'vscode.open', arguments: [uri] };
      return item;
    }
    const p = node.problem;
    const uri = vscode.Uri.parse(node.doc.uri, true);
    const item = new vscode.TreeItem(p.message.replace(/\s*\n\s*/g, ' '), vscode.TreeItemCollapsibleState.None);
    item.id = `problem:${node.doc.uri}:${node.index}:${p.rule}:${p.range.start.line}:${p.range.start.character}`;
    item.iconPath = SEVERITY_ICON[p.severity];
    item.description = `${p.rule} [Ln ${p.range.start.line + 1}, Col ${p.range.start.character + 1}]`;
    item.tooltip = `${p.message}\n\n${p.rule}${p.fixable ? ' (has a safe fix)' : ''}`;
    const options: vscode.TextDocumentShowOptions = { selection: rangeOf(p), preview: false };
    item.command = { title: 'Open at the problem', command: 'vscode.open', arguments: [uri, options] };
    item.contextValue = 'grouplint.problem';
    return item;
  }
}
