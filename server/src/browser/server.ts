// The grouplint language server in a web worker (vscode.dev, github.dev): the same server as
// under Node (../lsp/server.ts), over the worker's messages, with file access through the
// extension (./host.ts).
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/server';
import { browserHost } from './host';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, browserHost(connection));
// After `exit` the worker ends itself (the extension starts a new one for a restart).
connection.onExit(() => self.close());
