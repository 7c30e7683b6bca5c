// The workspace review in a read-only view: a webview (strict CSP, a nonce'd script that only
// posts the links clicked) titled "grouplint review — <folder>". It is no document, so it is
// never checked, never asks to be saved and never moves the status bar. Document links open
// the file at the problem; rule links open the rule's page on GitHub. Export writes the same
// review as Markdown or HTML.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { WorkspaceReportRequest, type ReportProblem, type WorkspaceReport } from '../../server/src/lsp/protocol';
import { renderHtml, renderMarkdown, type Review, type ReviewDocument, type ReviewLinks, type ReviewProblem } from '../../server/src/lsp/review';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' } as const;

export function reviewTitle(report: WorkspaceReport): string {
  return `grouplint review — ${report.folders.map((f) => f.name).join(', ') || 'no folder'}`;
}

function problemOf(p: ReportProblem): ReviewProblem {
  return {
    rule: p.rule,
    severity: SEVERITY[p.severity],
    line: p.range.start.line + 1,
    column: p.range.start.character + 1,
    message: p.message,
    fixable: p.fixable,
  };
}

/** The server's report as the review the renderers take. */
export function toReview(report: WorkspaceReport): Review {
  const multi = report.folders.length > 1;
  const shown = (folder: string, path: string) => (multi ? `${folder}/${path}` : path);
  const documents: ReviewDocument[] = [
    ...report.documents.map((d) => ({
      uri: d.uri,
      path: shown(d.folder, d.path),
      kind: d.kind,
      kindSource: d.kindSource,
      kindEvidence: d.kindEvidence,
      groupMaterial: true,
      problems: (d.problems ?? []).map(problemOf),
    })),
    ...(report.others ?? []).map((d) => ({
      uri: d.uri,
      path: shown(d.folder, d.path),
      kind: null,
      kindSource: null,
      groupMaterial: false,
      comparison: d.comparison,
      notGroupReason: d.notGroupReason,
      problems: [],
    })),
    ...report.tooLarge.map((uri) => ({
      uri,
      path: vscode.workspace.asRelativePath(vscode.Uri.parse(uri), multi),
      kind: null,
      kindSource: null,
      groupMaterial: false,
      skipped: true,
      problems: [],
    })),
  ];
  const notes = report.tooLarge.length
    ? ['Files larger than 1 MB are not checked, in the editor or on the command line; split them into smaller documents.']
    : [];
  return { title: reviewTitle(report), generated: report.generated ? new Date(report.generated) : new Date(), documents, notes };
}

/** A link to a document, at a problem's line and column: `<uri>#L<line>C<column>`. */
function at(uri: string, p?: ReviewProblem): string {
  return p ? `${uri}#L${p.line}C${p.column}` : uri;
}

const SCRIPT = `
const vscode = acquireVsCodeApi();
function follow(el) { vscode.postMessage({ type: 'open', href: el.getAttribute('data-href') }); }
document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-href]');
  if (a) { e.preventDefault(); follow(a); return; }
  const b = e.target.closest('button[data-action]');
  if (b) vscode.postMessage({ type: b.getAttribute('data-action') });
});
document.addEventListener('keydown', (e) => {
  const a = e.target.closest && e.target.closest('a[data-href]');
  if (a && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); follow(a); }
});
`;

const TOOLBAR = [
  '<div class="toolbar">',
  '<button data-action="refresh" class="secondary" title="Check the workspace again">Refresh</button>',
  '<button data-action="export" class="secondary" title="Save this review as Markdown or HTML">Export…</button>',
  '<button data-action="fix" title="Preview and apply the safe fixes of every document">Apply safe fixes…</button>',
  '</div>',
].join('');

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The review view's HTML: strict CSP, links followed by the extension. */
export function reviewHtml(review: Review, pages: Record<string, string>): string {
  const n = nonce();
  const links: ReviewLinks = { document: (d, p) => d.uri && at(d.uri, p), rule: (id) => pages[id] };
  return renderHtml(review, links, {
    csp: `default-src 'none'; style-src 'nonce-${n}'; script-src 'nonce-${n}';`,
    nonce: n,
    toolbar: TOOLBAR,
    script: SCRIPT,
    inertLinks: true,
  });
}

/** A path from the folder of `from` to `to`, when both are on the same file system; else `to`'s URI. */
function relativeLink(from: vscode.Uri, to: string): string {
  const target = vscode.Uri.parse(to);
  if (target.scheme !== from.scheme || target.authority !== from.authority) return to;
  const base = from.path.split('/').slice(0, -1);
  const parts = target.path.split('/');
  let i = 0;
  while (i < base.length && i < parts.length - 1 && base[i] === parts[i]) i++;
  const rel = [...base.slice(i).map(() => '..'), ...parts.slice(i)];
  return rel.map(encodeURIComponent).join('/');
}

/** The review as a file's text: Markdown, or HTML when the file name ends in .html/.htm. */
export function exportText(review: Review, pages: Record<string, string>, target: vscode.Uri): string {
  const links: ReviewLinks = {
    // `#L<line>` opens the file at that line in VS Code's Markdown preview and on GitHub.
    document: (d, p) => d.uri && relativeLink(target, d.uri) + (p ? `#L${p.line}` : ''),
    rule: (id) => pages[id],
  };
  return /\.html?$/i.test(target.path) ? renderHtml(review, links) : renderMarkdown(review, links);
}

export interface ReviewApi {
  /** The HTML the review view shows now (for tests), or undefined when it is closed. */
  html(): string | undefined;
  /** Follow a link of the review as a click does (for tests). */
  follow(href: string): Promise<void>;
}

/** The one review view; a second "Review workspace" refreshes and reveals it. */
export class ReviewPanel implements ReviewApi {
  static readonly viewType = 'grouplint.review';
  private panel: vscode.WebviewPanel | undefined;
  private report: WorkspaceReport | undefined;
  private review: Review | undefined;

  constructor(
    private readonly lc: BaseLanguageClient,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  dispose(): void {
    this.panel?.dispose();
  }

  html(): string | undefined {
    return this.panel?.webview.html;
  }

  /** Check the workspace (folders without the workspace check too) and show the review. */
  async show(): Promise<void> {
    const report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'grouplint: reviewing the workspace…' }, () =>
      this.lc.sendRequest(WorkspaceReportRequest, { scan: true }),
    );
    this.report = report;
    this.review = toReview(report);
    const title = this.review.title;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        ReviewPanel.viewType,
        title,
        { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
        {
          enableScripts: true,
          enableCommandUris: false,
          localResourceRoots: [],
        },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
      });
      this.panel.webview.onDidReceiveMessage((m: { type?: string; href?: string }) => void this.onMessage(m));
    } else {
      this.panel.reveal(undefined, false);
    }
    this.panel.title = title;
    this.panel.webview.html = reviewHtml(this.review, report.pages ?? {});
  }

  private async onMessage(m: { type?: string; href?: string }): Promise<void> {
    try {
      if (m.type === 'open' && typeof m.href === 'string') await this.follow(m.href);
      else if (m.type === 'refresh') await this.show();
      else if (m.type === 'export') await vscode.commands.executeCommand('grouplint.exportReview');
      else if (m.type === 'fix') await vscode.commands.executeCommand('grouplint.fixWorkspace');
    } catch (e) {
      this.output.error(`Review view: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Open a document of the review (at a problem), or a rule's page; nothing else. */
  async follow(href: string): Promise<void> {
    if (Object.values(this.report?.pages ?? {}).includes(href)) {
      await vscode.env.openExternal(vscode.Uri.parse(href, true));
      return;
    }
    const m = /^(.*?)(?:#L(\d+)C(\d+))?$/.exec(href)!;
    const known = this.review?.documents.some((d) => d.uri === m[1]);
    if (!known) {
      this.output.warn(`Review view: not following ${href}, which is not a document of the review.`);
      return;
    }
    const uri = vscode.Uri.parse(m[1], true);
    if (!m[2]) {
      await vscode.window.showTextDocument(uri, { preview: false });
      return;
    }
    const pos = new vscode.Position(Number(m[2]) - 1, Number(m[3]) - 1);
    await vscode.window.showTextDocument(uri, { preview: false, selection: new vscode.Range(pos, pos) });
  }

  /** The review to export: the one shown, or a new one. */
  async current(): Promise<{ review: Review; pages: Record<string, string> }> {
    const report = this.review && this.report ? this.report : await this.lc.sendRequest(WorkspaceReportRequest, { scan: true });
    return { review: this.review && this.report ? this.review : toReview(report), pages: report.pages ?? {} };
  }
}

/** "grouplint: Export review": the review as Markdown (or HTML) in a file the user picks (or `target`). */
export async function exportReview(panel: ReviewPanel, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const { review, pages } = await panel.current();
  if (!target) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    target = await vscode.window.showSaveDialog({
      title: 'grouplint: Export review',
      defaultUri: folder && vscode.Uri.joinPath(folder, 'grouplint-review.md'),
      filters: { Markdown: ['md'], HTML: ['html'] },
      saveLabel: 'Export',
    });
    if (!target) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(exportText(review, pages, target)));
  void vscode.window.showInformationMessage(`grouplint: review exported to ${vscode.workspace.asRelativePath(target)}.`);
  return target;
}
