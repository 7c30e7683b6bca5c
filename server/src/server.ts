// The grouplint language server under Node: stdio (`node dist/server.js --stdio`), Node IPC
// (how the VS Code extension starts it) or a socket, as the command line says.
// `--max-lint-kb=N` moves the size above which a document gets a notice instead of a lint
// (for benchmarks; the file policy's ceiling applies otherwise).
import './node/regexps';
import './node/compile-settings';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';
import { nodeHost } from './node/host';

const maxKb = Number(/^--max-lint-kb=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--max-lint-kb=')) ?? '')?.[1]);

// The transport createConnection chose from the same arguments: its data, as it comes in
// (a 'data' listener beside the connection's own reads the same chunks and changes nothing).
const watchInput = process.argv.includes('--stdio')
  ? (onInput: () => void) => void process.stdin.on('data', onInput)
  : process.argv.includes('--node-ipc')
    ? (onInput: () => void) => void process.on('message', onInput)
    : undefined;

startServer(createConnection(ProposedFeatures.all), nodeHost(), { maxDocumentBytes: maxKb > 0 ? maxKb * 1024 : undefined, watchInput });
