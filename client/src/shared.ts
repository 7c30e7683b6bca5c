// What the desktop and the browser extension share: the client options, the commands, the
// status-bar item and the restart-on-crash policy. Only the way the server is started differs
// (a Node process in extension.ts, a web worker in browser/extension.ts).
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  ExecuteCommandRequest,
  State,
  type BaseLanguageClient,
  type ErrorHandler,
  type LanguageClientOptions,
} from 'vscode-languageclient';
import { serverGone } from './connection-errors';
import { DocumentHiddenNotification, DocumentInfoRequest, ServerCommands, type DocumentInfo, type InitializationOptions } from '../../server/src/lsp/protocol';
import { fixWorkspace, type FixOutcome } from './fixWorkspace';
import { MaterialsProvider } from './materials';
import { exportReview, ReviewPanel, type ReviewApi } from './review';

export interface GrouplintApi {
  client: BaseLanguageClient;
  /** What the status bar shows now ('' when it is hidden) (for tests). */
  statusText(): string;
  /** The Group materials view's data (for tests). */
  materials: MaterialsProvider;
  /** The review view (for tests). */
  review: ReviewApi;
}

const KIND_TEXT = { support: 'Support group', therapy: 'Group therapy' } as const;
const SOURCE_TEXT = {
  'front-matter': 'declared in the front matter',
  config: 'from a "kinds" pattern in .grouplintrc.json or the settings',
  inferred: 'read from the text',
} as const;

/** Client options of both entries; `lc` is the client they end up in (for the error handler). */
export function clientOptions(
  output: vscode.LogOutputChannel,
  lc: () => BaseLanguageClient,
  extra: Partial<LanguageClientOptions> = {},
): LanguageClientOptions {
  const initializationOptions: InitializationOptions = { staticSnippets: true };
  return {
    documentSelector: [{ language: 'markdown' }, { pattern: '**/.grouplintrc.json' }],
    outputChannel: output,
    initializationOptions,
    diagnosticPullOptions: { onChange: true, onSave: false },
    // The pull model's collection takes the server's identifier ("grouplint"); the pushed
    // diagnostics (the workspace check's closed files) get a collection of their own name, or
    // VS Code warns "DiagnosticCollection with name 'grouplint' does already exist".
    diagnosticCollectionName: 'grouplint-workspace',
    errorHandler: watchServer(lc, output),
    ...extra,
  };
}

/** The commands and the status-bar item; then start the client. */
export async function startExtension(context: vscode.ExtensionContext, lc: BaseLanguageClient, output: vscode.LogOutputChannel): Promise<GrouplintApi> {
  const status = vscode.window.createStatusBarItem('grouplint.kind', vscode.StatusBarAlignment.Right, 100);
  status.name = 'grouplint: document kind';
  status.command = 'grouplint.setKind';
  context.subscriptions.push(status, output);
  const review = new ReviewPanel(lc, output);
  const materials = new MaterialsProvider(lc);
  context.subscriptions.push(review, materials.register());

  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  let shown = false;
  const hide = () => {
    shown = false;
    status.hide();
  };
  const updateStatus = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown' || lc.state !== State.Running) {
      hide();
      return;
    }
    try {
      const info = await lc.sendRequest(DocumentInfoRequest, { textDocument: { uri: editor.document.uri.toString() } });
      if (vscode.window.activeTextEditor !== editor) return;
      showInfo(status, info);
      shown = true;
    } catch {
      hide();
    }
  };
  const scheduleStatus = (delay = 250) => {
    if (statusTimer) clearTimeout(statusTimer);
    statusTimer = setTimeout(() => void updateStatus(), delay);
  };

  const activeUri = () => vscode.window.activeTextEditor?.document.uri;
  const serverCommand = (command: string, ...args: unknown[]) => lc.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  const markdownEditor = (): vscode.TextEditor | undefined => {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === 'markdown') return editor;
    void vscode.window.showInformationMessage('grouplint: open a Markdown document first.');
    return undefined;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('grouplint.setKind', async (uri?: vscode.Uri) => {
      const editor = markdownEditor();
      const target = uri ?? editor?.document.uri;
      if (!target) return;
      const pick = await vscode.window.showQuickPick(
        [
          { label: KIND_TEXT.support, description: 'group: support', detail: 'Peer support; not therapy or a clinical service.', value: 'support' },
          { label: KIND_TEXT.therapy, description: 'group: therapy', detail: 'A clinical service led by a licensed therapist.', value: 'therapy' },
        ],
        { title: 'grouplint: Set document kind', placeHolder: 'What kind of group is this document about? (written to the front matter)' },
      );
      if (!pick) return;
      await serverCommand(ServerCommands.setKind, target.toString(), pick.value);
      scheduleStatus(0);
    }),
    vscode.commands.registerCommand('grouplint.insertDisclaimer', async () => {
      const editor = markdownEditor();
      if (editor) await serverCommand(ServerCommands.insertStatement, editor.document.uri.toString(), 'disclaimer');
    }),
    vscode.commands.registerCommand('grouplint.insertTherapyStatement', async () => {
      const editor = markdownEditor();
      if (editor) await serverCommand(ServerCommands.insertStatement, editor.document.uri.toString(), 'therapyStatement');
    }),
    vscode.commands.registerCommand('grouplint.reviewWorkspace', () => review.show()),
    vscode.commands.registerCommand('grouplint.exportReview', (target?: vscode.Uri) => exportReview(review, target instanceof vscode.Uri ? target : undefined)),
    vscode.commands.registerCommand('grouplint.fixWorkspace', async (): Promise<FixOutcome> => {
      const outcome = await fixWorkspace(lc);
      materials.schedule(0);
      return outcome;
    }),
    // From the Group materials view (a document's node), or with a document's URI.
    vscode.commands.registerCommand('grouplint.fixDocument', async (target?: unknown): Promise<FixOutcome | undefined> => {
      const uri =
        target instanceof vscode.Uri
          ? target
          : target && typeof target === 'object' && 'doc' in target
            ? vscode.Uri.parse((target as { doc: { uri: string } }).doc.uri, true)
            : vscode.window.activeTextEditor?.document.uri;
      if (!uri) return undefined;
      const outcome = await fixWorkspace(lc, [uri]);
      materials.schedule(0);
      return outcome;
    }),
    vscode.commands.registerCommand('grouplint.refreshMaterials', () => materials.refresh()),
    vscode.commands.registerCommand('grouplint.restart', async () => {
      output.info('Restarting the grouplint server.');
      // The Node client has restart(); the browser one stops and starts (a new worker).
      const withRestart = lc as BaseLanguageClient & { restart?: () => Promise<void> };
      if (withRestart.restart) await withRestart.restart();
      else {
        await lc.stop();
        await lc.start();
      }
      scheduleStatus(0);
    }),
    vscode.commands.registerCommand('grouplint.showOutput', () => output.show(true)),
    vscode.window.onDidChangeActiveTextEditor(() => scheduleStatus(0)),
    // The client stops pulling a document no tab shows (and drops its diagnostics) while it may
    // stay open for minutes: the server then pushes them, so the Problems panel keeps them.
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      if (lc.state !== State.Running) return;
      const shown = new Set(vscode.window.tabGroups.all.flatMap((g) => g.tabs).flatMap((t) => tabUris(t.input)));
      for (const uri of new Set(e.closed.flatMap((t) => tabUris(t.input)))) {
        if (shown.has(uri)) continue;
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
        if (doc?.languageId === 'markdown') void lc.sendNotification(DocumentHiddenNotification, { uri });
      }
    }),
    vscode.workspace.onDidChangeTextDocument((e) => e.document.uri.toString() === activeUri()?.toString() && scheduleStatus()),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const uri = activeUri()?.toString();
      if (uri && e.uris.some((u) => u.toString() === uri)) scheduleStatus(50);
    }),
    lc.onDidChangeState((e) => {
      if (e.newState === State.Running) scheduleStatus(0);
      else hide();
    }),
    { dispose: () => statusTimer && clearTimeout(statusTimer) },
  );

  await lc.start();
  scheduleStatus(0);
  return { client: lc, statusText: () => (shown ? status.text : ''), materials, review };
}

function showInfo(status: vscode.StatusBarItem, info: DocumentInfo): void {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: ['grouplint.setKind', 'grouplint.showOutput'] };
  if (info.state === 'disabled') {
    status.text = '$(circle-slash) grouplint off';
    md.appendMarkdown('grouplint is turned off here (`grouplint.enable`).');
  } else if (info.state === 'ignored') {
    status.text = '$(eye-closed) grouplint: ignored';
    md.appendMarkdown('This document matches an `ignore` pattern, so grouplint does not check it.');
  } else if (info.state === 'too-large') {
    status.text = '$(warning) grouplint: too large';
    md.appendMarkdown('This document is larger than 1 MB, so grouplint does not check it as you type.');
  } else if (info.kind) {
    status.text = `$(${info.kind === 'support' ? 'organization' : 'heart'}) ${KIND_TEXT[info.kind]}`;
    md.appendMarkdown(`**${KIND_TEXT[info.kind]}**, ${SOURCE_TEXT[info.kindSource ?? 'inferred']}.`);
    // The words the kind rests on, so a reader can see why and override it.
    if (info.kindSource === 'inferred' && info.kindEvidence?.length) md.appendMarkdown(`\n\nRead from: ${info.kindEvidence.map(escapeMarkdown).join(', ')}.`);
  } else if (info.groupMaterial) {
    status.text = '$(question) Group: kind unclear';
    md.appendMarkdown('This reads as group material, but its kind is unclear.');
  } else {
    status.text = '$(dash) Not group material';
    md.appendMarkdown(
      info.comparison
        ? 'This document compares the kinds of group, so grouplint stays quiet.'
        : info.notGroupReason
          ? `grouplint does not read this as a group flyer, page or handout: ${escapeMarkdown(info.notGroupReason)}. If it is one, set its kind.`
          : 'grouplint does not read this as a group flyer, page or handout.',
    );
  }
  md.appendMarkdown('\n\n[Set the kind…](command:grouplint.setKind) · [Show output](command:grouplint.showOutput)');
  status.tooltip = md;
  status.show();
}

/** Restart a server that dies (a few times, as vscode-languageclient does), saying so in the output. */
function watchServer(lc: () => BaseLanguageClient, output: vscode.LogOutputChannel): ErrorHandler {
  let fallback: ErrorHandler | undefined;
  const defaults = () => (fallback ??= lc().createDefaultErrorHandler(4));
  return {
    error: (error, message, count) => {
      output.warn(`Connection error (${count ?? 0}): ${error.message}`);
      // A write to a server that has gone: wait for the close, which restarts it (see serverGone).
      if (serverGone(error)) return { action: ErrorAction.Continue };
      return defaults().error(error, message, count);
    },
    closed: async () => {
      const result = await defaults().closed();
      if (result.action === CloseAction.Restart) output.error('The grouplint server stopped unexpectedly; starting it again.');
      else
        output.error(
          `The grouplint server stopped unexpectedly and will not be restarted: ${result.message ?? 'it crashed too often'} Run "grouplint: Restart server" to try again.`,
        );
      return result;
    },
  };
}

/** The documents a tab shows. */
function tabUris(input: unknown): string[] {
  if (input instanceof vscode.TabInputText) return [input.uri.toString()];
  if (input instanceof vscode.TabInputTextDiff) return [input.original.toString(), input.modified.toString()];
  return [];
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>]/g, '\\$&');
}
