// Hashes for the cache. Node's crypto module takes a few milliseconds to load, which a run
// answered wholly from --cache (no file read, so no content to hash) can do without: it is
// loaded on the first content hash only, and the config's key is hashed here in plain code.
import type * as Crypto from 'crypto';
import { hashLanes } from '../engine/light';

let crypto: typeof Crypto | undefined;

/** Node's crypto module, loaded on first use. */
export function nodeCrypto(): typeof Crypto {
  return (crypto ??= require('crypto') as typeof Crypto);
}

/** SHA-1 of bytes or text (UTF-8), in hex: a document's content key. */
export function sha1Hex(data: string | Uint8Array): string {
  return nodeCrypto().createHash('sha1').update(data).digest('hex');
}

/**
 * A 64-bit hash of a text in 16 hex digits (see hashLanes): a cache key for an effective config, which only has to change when
 * the config does.
 */
export function textKey(text: string): string {
  const [h1, h2] = hashLanes(text, text.length);
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
