// What the client can do (read once from its capabilities) and what the server offers in return.
import { CodeActionKind, TextDocumentSyncKind, type ClientCapabilities, type ServerCapabilities } from 'vscode-languageserver';
import { FIX_ALL_KIND, type EditSupport } from './codeActions';
import { ServerCommands } from './protocol';

export interface ClientSupport extends EditSupport {
  pull: boolean;
  configuration: boolean;
  refresh: boolean;
  watchRegistration: boolean;
  configurationRegistration: boolean;
  progress: boolean;
  showDocument: boolean;
  completionSnippets: boolean;
}

export function support(c: ClientCapabilities): ClientSupport {
  return {
    pull: !!c.textDocument?.diagnostic,
    configuration: !!c.workspace?.configuration,
    refresh: !!c.workspace?.diagnostics?.refreshSupport,
    watchRegistration: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    configurationRegistration: !!c.workspace?.didChangeConfiguration?.dynamicRegistration,
    progress: !!c.window?.workDoneProgress,
    showDocument: !!c.window?.showDocument?.support,
    documentChanges: !!c.workspace?.workspaceEdit?.documentChanges,
    snippets: !!c.workspace?.workspaceEdit?.snippetEditSupport,
    completionSnippets: !!c.textDocument?.completion?.completionItem?.snippetSupport,
  };
}

export function serverCapabilities(client: ClientSupport): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    diagnosticProvider: client.pull ? { identifier: 'grouplint', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    hoverProvider: true,
    completionProvider: { triggerCharacters: [':', '-', ' '] },
    executeCommandProvider: { commands: Object.values(ServerCommands) },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}
