// What a connection error to the language server means, kept apart from VS Code so it can be tested.

/** Codes Node gives a write to a process that has gone (killed, crashed): the pipe or socket is closed. */
const PIPE_CLOSED = new Set(['EPIPE', 'ECONNRESET', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/**
 * Is the error a write to a server process that has gone? Then the connection's close follows, and the close handler
 * restarts the server; shutting the client down on these errors first (as vscode-languageclient's default does from the
 * fourth error, and a kill amid a burst of messages gives several at once) would leave it stopped for good.
 */
export function serverGone(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && PIPE_CLOSED.has(code)) || /\b(?:EPIPE|ECONNRESET)\b/.test(error.message);
}
