// The extension's reading of a connection error (client/src/connection-errors.ts): a write to a server process that has
// gone waits for the close (which restarts the server) instead of shutting the client down.
import * as assert from 'node:assert/strict';
import { serverGone } from '../../client/src/connection-errors';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('connection errors', () => {
  it('a write to a killed server (EPIPE, a reset or destroyed stream) means the server has gone', () => {
    assert.equal(serverGone(withCode('write EPIPE', 'EPIPE')), true);
    assert.equal(serverGone(withCode('read ECONNRESET', 'ECONNRESET')), true);
    assert.equal(serverGone(withCode('Cannot call write after a stream was destroyed', 'ERR_STREAM_DESTROYED')), true);
    // As the client's log shows it, the code only in the message.
    assert.equal(serverGone(new Error('write EPIPE')), true);
  });

  it('other errors are left to the default handling', () => {
    assert.equal(serverGone(new Error('Header must provide a Content-Length property.')), false);
    assert.equal(serverGone(withCode('permission denied', 'EACCES')), false);
  });
});
