import type { AvatarImageType } from './avatarRules';

/** An image's width and height in pixels. */
export interface ImageSize {
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u16le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, i: number) => u16le(b, i) | ((b[i + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, i: number) => u16be(b, i) * 0x10000 + u16be(b, i + 2);

/** JPEG start-of-frame markers (baseline, progressive, lossless…), which carry the dimensions. */
const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegSize(b: Uint8Array): ImageSize | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    if (SOF_MARKERS.has(marker)) return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    i += 2 + u16be(b, i + 2);
  }
  return null;
}

function webpSize(b: Uint8Array): ImageSize | null {
  const chunk = String.fromCharCode(...b.subarray(12, 16));
  if (chunk === 'VP8X') return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  if (chunk === 'VP8L') {
    const bits = (b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ') return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  return null;
}

function headerSize(b: Uint8Array, type: AvatarImageType): ImageSize | null {
  switch (type) {
    case 'png':
      return b.length >= 24 ? { width: u32be(b, 16), height: u32be(b, 20) } : null;
    case 'gif':
      return b.length >= 10 ? { width: u16le(b, 6), height: u16le(b, 8) } : null;
    case 'webp':
      return b.length >= 30 ? webpSize(b) : null;
    case 'jpeg':
      return jpegSize(b);
  }
}

/**
 * An image's dimensions read from its header — without decoding a pixel, so a decompression bomb (a tiny
 * file declaring 100,000 × 100,000 pixels) is refused before any decoder allocates memory. `null` when the
 * header is cut short or malformed.
 *
 * @example
 * ```ts
 * const size = readImageSize(bytes, 'png');
 * if (size && size.width * size.height > avatarRules.maxPixels) throw new Error('Too many pixels');
 * ```
 */
export function readImageSize(bytes: Uint8Array, type: AvatarImageType): ImageSize | null {
  const size = headerSize(bytes, type);
  return size && size.width > 0 && size.height > 0 ? size : null;
}
