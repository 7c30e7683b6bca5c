// Draws the extension icon, images/icon.png (256x256): two overlapping speech bubbles on a calm
// teal tile. Shapes are signed distance functions sampled 4x4 per pixel (anti-aliased edges);
// the PNG is written by hand with node:zlib, so the icon needs no image library.
//   node scripts/icon.mjs [out.png]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const SIZE = 256;
const SAMPLES = 4;
const out = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'images', 'icon.png'));

// Colours: a teal tile darkening towards the bottom, a pale mint bubble behind, a white one in front.
const TOP = [58, 134, 140];
const BOTTOM = [36, 96, 108];
const MINT = [196, 236, 222];
const WHITE = [255, 255, 255];

const len = (x, y) => Math.hypot(x, y);
const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));

/** Distance to a rounded square centred in the icon (negative inside). */
function roundedSquare(x, y, half, radius) {
  const qx = Math.abs(x - SIZE / 2) - half + radius;
  const qy = Math.abs(y - SIZE / 2) - half + radius;
  return len(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

const circle = (x, y, cx, cy, r) => len(x - cx, y - cy) - r;

/** Distance to a triangle (a, b, c as [x, y]); negative inside. */
function triangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const edge = (px, py, qx, qy) => {
    const ex = qx - px,
      ey = qy - py,
      wx = x - px,
      wy = y - py;
    const t = clamp((wx * ex + wy * ey) / (ex * ex + ey * ey), 0, 1);
    return len(wx - ex * t, wy - ey * t);
  };
  const d = Math.min(edge(ax, ay, bx, by), edge(bx, by, cx, cy), edge(cx, cy, ax, ay));
  const side = (px, py, qx, qy) => (qx - px) * (y - py) - (qy - py) * (x - px);
  const s1 = side(ax, ay, bx, by),
    s2 = side(bx, by, cx, cy),
    s3 = side(cx, cy, ax, ay);
  const inside = (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  return inside ? -d : d;
}

// The bubble behind (upper left, tail down to the left) and the one in front (lower right,
// tail down to the right). A ring of tile colour around the front bubble keeps them apart.
const back = (x, y) => Math.min(circle(x, y, 104, 104, 64), triangle(x, y, [62, 136], [92, 160], [44, 190]));
const front = (x, y) => Math.min(circle(x, y, 156, 150, 58), triangle(x, y, [170, 196], [198, 176], [212, 224]));
const GAP = 9;
const dots = (x, y) => Math.min(circle(x, y, 134, 150, 8), circle(x, y, 156, 150, 8), circle(x, y, 178, 150, 8));

function tile(y) {
  const t = y / (SIZE - 1);
  return TOP.map((c, i) => c + (BOTTOM[i] - c) * t);
}

/** The colour at one sample point, [r, g, b, a] with a in 0..1. */
function sample(x, y) {
  if (roundedSquare(x, y, 120, 44) > 0) return [0, 0, 0, 0];
  const bg = tile(y);
  if (front(x, y) <= 0) return dots(x, y) <= 0 ? [...bg, 1] : [...WHITE, 1];
  if (front(x, y) <= GAP) return [...bg, 1];
  if (back(x, y) <= 0) return [...MINT, 1];
  return [...bg, 1];
}

function render() {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  const n = SAMPLES * SAMPLES;
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [cr, cg, cb, ca] = sample(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const o = (py * SIZE + px) * 4;
      // Premultiplied sums back to straight alpha.
      rgba[o] = a ? Math.round(r / a) : 0;
      rgba[o + 1] = a ? Math.round(g / a) : 0;
      rgba[o + 2] = a ? Math.round(b / a) : 0;
      rgba[o + 3] = Math.round((a / n) * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr[8] = 8; // bits per channel
  ihdr[9] = 6; // RGBA
  // Each row starts with filter type 0 (none).
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(path.dirname(out), { recursive: true });
const bytes = png(render());
fs.writeFileSync(out, bytes);
console.log(`wrote ${path.relative(process.cwd(), out)} (${SIZE}x${SIZE}, ${bytes.length} bytes)`);
