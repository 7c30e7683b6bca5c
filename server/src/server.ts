// The grouplint language server under Node: stdio (`node dist/server.js --stdio`), Node IPC
// (how the VS Code extension starts it) or a socket, as the command line says.
// `--max-lint-kb=N` moves the size above which a document gets a notice instead of a lint
// (for benchmarks; the file policy's ceiling applies otherwise).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';
import { nodeHost } from './node/host';

const maxKb = Number(/^--max-lint-kb=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--max-lint-kb=')) ?? '')?.[1]);

startServer(createConnection(ProposedFeatures.all), nodeHost(), { maxDocumentBytes: maxKb > 0 ? maxKb * 1024 : undefined });
