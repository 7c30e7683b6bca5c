// The grouplint language server under Node: stdio (`node dist/server.js --stdio`), Node IPC
// (how the VS Code extension starts it) or a socket, as the command line says.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';
import { nodeHost } from './node/host';

startServer(createConnection(ProposedFeatures.all), nodeHost());
