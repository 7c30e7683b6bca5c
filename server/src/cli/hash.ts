// Hashes for the cache. Node's crypto module takes a few milliseconds to load, which a run
// answered wholly from --cache (no file read, so no content to hash) can do without: it is
// loaded on the first content hash only, and the config's key is hashed here in plain code.
import type * as Crypto from 'crypto';

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
 * A 64-bit hash of a text in 16 hex digits (two 32-bit lanes of multiply-xorshift mixing over
 * the UTF-16 units, as in cyrb53): a cache key for an effective config, which only has to
 * change when the config does, not to resist anyone making collisions on purpose.
 */
export function textKey(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
