// The server's commands (workspace/executeCommand): open a rule's page, declare the kind,
// insert the kind's statement. Each edit goes to the client as a workspace edit.
import { ResponseError, type Connection } from 'vscode-languageserver';
import { declareKind, DocumentModel, insertUnderTitle, type Kind } from '../engine';
import type { ClientSupport } from './capabilities';
import type { ConfigContext } from './checker';
import { workspaceEdit } from './codeActions';
import { toTextEdit } from './convert';
import type { OpenDocument } from './documents';
import type { Host } from './host';
import { ServerCommands } from './protocol';

/** What a command needs from the server. */
export interface CommandContext {
  readonly connection: Connection;
  readonly host: Host;
  readonly client: ClientSupport;
  markdown(uri: string): OpenDocument | undefined;
  contextOf(doc: OpenDocument): Promise<ConfigContext>;
}

export async function executeCommand(server: CommandContext, command: string, args: unknown[]): Promise<unknown> {
  if (command === ServerCommands.showRuleDocs) {
    const link = server.host.docsLink(String(args[0] ?? ''));
    if (server.client.showDocument) await server.connection.window.showDocument({ uri: link, external: link.startsWith('http') });
    else void server.connection.window.showInformationMessage(`Documentation: ${link}`);
    return link;
  }
  const doc = server.markdown(String(args[0] ?? ''));
  if (!doc?.editable) throw new ResponseError(-32602, 'The document is not open.');
  const model = new DocumentModel(doc.editable.parse());
  let edit;
  let label;
  if (command === ServerCommands.setKind) {
    const kind = args[1];
    if (kind !== 'support' && kind !== 'therapy') throw new ResponseError(-32602, 'The kind is "support" or "therapy".');
    edit = declareKind(model, kind as Kind);
    label = `Declare the kind: ${kind}`;
  } else if (command === ServerCommands.insertStatement) {
    const which = args[1] === 'therapyStatement' ? 'therapyStatement' : 'disclaimer';
    const ctx = await server.contextOf(doc);
    edit = insertUnderTitle(model, ctx.config.wording[which]);
    label = which === 'disclaimer' ? 'Insert the support-group disclaimer' : 'Insert the group-therapy statement';
  } else {
    throw new ResponseError(-32601, `Unknown command ${command}.`);
  }
  const result = await server.connection.workspace.applyEdit({ label, edit: workspaceEdit(doc.uri, doc.version, [toTextEdit(doc, edit)], server.client) });
  return result.applied;
}
