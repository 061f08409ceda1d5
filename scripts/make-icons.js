#!/usr/bin/env node
/**
 * Draws the Agenda Desk icon (a page with a numbered agenda list on a brand-blue tile) as PNGs of the sizes the
 * manifest needs: 16, 32, 64 and 80 px. Written with Node's zlib only, so that regenerating the icons needs no
 * image library. Shapes are described in unit coordinates and rasterised with 4×4 supersampling, so every size is
 * drawn from the same geometry (not scaled from a bitmap) and keeps soft edges.
 *
 * Usage: node scripts/make-icons.js [outDir]   (default assets/icons)
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80];
const BRAND = [15, 108, 189]; // Fluent brand blue #0F6CBD: reads on the light and dark ribbon
const PAPER = [255, 255, 255];
const INK = [15, 108, 189];
const SUPERSAMPLE = 4;

/** Is (x, y) inside an axis-aligned rectangle with rounded corners? All in unit coordinates. */
function inRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** Layers from bottom to top; the last layer that covers a point gives its colour. */
const ROWS = [0.3, 0.47, 0.64];
const LAYERS = [
  { color: BRAND, hit: (x, y) => inRoundedRect(x, y, 0, 0, 1, 1, 0.2) },
  { color: PAPER, hit: (x, y) => inRoundedRect(x, y, 0.2, 0.12, 0.8, 0.88, 0.06) },
  ...ROWS.flatMap((top) => [
    // the item number (a square "1.", "2.", "3." mark) and the item title line
    { color: INK, hit: (x, y) => inRoundedRect(x, y, 0.29, top, 0.39, top + 0.1, 0.02) },
    { color: INK, hit: (x, y) => inRoundedRect(x, y, 0.45, top + 0.015, 0.71, top + 0.085, 0.03) },
  ]),
];

function renderRgba(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          let color = null;
          for (const layer of LAYERS) if (layer.hit(x, y)) color = layer.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const offset = (py * size + px) * 4;
      // Colours are averaged over covered samples only (straight, not premultiplied, alpha as PNG expects).
      rgba[offset] = a ? Math.round(r / a) : 0;
      rgba[offset + 1] = a ? Math.round(g / a) : 0;
      rgba[offset + 2] = a ? Math.round(b / a) : 0;
      rgba[offset + 3] = Math.round((255 * a) / SUPERSAMPLE ** 2);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // compression, filter and interlace methods stay 0
  const scanlines = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    scanlines[y * (size * 4 + 1)] = 0; // filter type None
    rgba.copy(scanlines, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'assets', 'icons'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, renderRgba(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

main();
