#!/usr/bin/env node
// Draws the add-in's icons (a white check mark on a green rounded square) and writes them to assets/.
// Only node's zlib is used, so the PNGs can be regenerated anywhere; the output is committed and deterministic.
// Usage: node scripts/make-icons.js
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

// 16/32/80 are the ribbon sizes Office asks for; 64/128 are IconUrl and HighResolutionIconUrl.
const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x10, 0x7c, 0x41];
const WHITE = [0xff, 0xff, 0xff];
const SUBSAMPLES = 8;

const MARGIN = 1 / 16;
const CORNER = 0.2;
const CHECK = [
  [0.27, 0.53],
  [0.44, 0.7],
  [0.75, 0.35],
];
const CHECK_HALF_WIDTH = 0.065;

function insideRoundedSquare(x, y) {
  const lo = MARGIN + CORNER;
  const hi = 1 - MARGIN - CORNER;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return dx * dx + dy * dy <= CORNER * CORNER;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

function onCheck(x, y) {
  return (
    Math.min(distanceToSegment(x, y, CHECK[0], CHECK[1]), distanceToSegment(x, y, CHECK[1], CHECK[2])) <=
    CHECK_HALF_WIDTH
  );
}

function drawRgba(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let check = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) / size;
          const y = (py + (sy + 0.5) / SUBSAMPLES) / size;
          if (insideRoundedSquare(x, y)) {
            square++;
            if (onCheck(x, y)) check++;
          }
        }
      }
      const offset = (py * size + px) * 4;
      // Colour is averaged over the covered subsamples only, so the square's anti-aliased edge stays green.
      const white = square === 0 ? 0 : check / square;
      for (let c = 0; c < 3; c++) rgba[offset + c] = Math.round(GREEN[c] * (1 - white) + WHITE[c] * white);
      rgba[offset + 3] = Math.round((255 * square) / (SUBSAMPLES * SUBSAMPLES));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
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
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
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
  const stride = size * 4;
  const scanlines = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(scanlines, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(scanlines, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, drawRgba(size)));
  console.log(`${path.relative(process.cwd(), file)} ${size}×${size}`);
}
