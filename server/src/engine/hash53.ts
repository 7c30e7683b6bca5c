/**
 * The two 32-bit lanes of a fast non-cryptographic hash of a text (multiply-xorshift mixing over its UTF-16 units, as in
 * cyrb53), each lane seeded with `seed`. For keys that only have to change when the text does (a pattern's entry in the
 * prefilter table, a configuration's cache key), not to resist anyone making collisions on purpose. The caller makes its key
 * of the lanes: 53 bits, or all 64.
 */
export function hashLanes(text: string, seed = 0): [number, number] {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}
