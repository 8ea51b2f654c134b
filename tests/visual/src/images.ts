import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import sharp from 'sharp';

/**
 * The PNG kept as a baseline: at most 256 colours, no dithering, zlib level 9. The same screenshot always
 * gives the same bytes, so a fresh screenshot goes through this too before it is compared.
 */
export const optimisePng = (png: Buffer) =>
  sharp(png).png({ palette: true, colours: 256, dither: 0, effort: 10, compressionLevel: 9 }).toBuffer();

/** How two pictures of a story differ. */
export interface Difference {
  /** Pixels that differ beyond pixelmatch's colour threshold (anti-aliasing ignored). */
  pixels: number;
  sizeChanged: boolean;
  /** The baseline faded, differing pixels in red (the larger of the two sizes). */
  diffPng: Buffer;
}

/** A picture as RGBA on a canvas of `width` × `height` (transparent where it is smaller). */
function onCanvas(image: PNG, width: number, height: number): Buffer {
  if (image.width === width && image.height === height) return image.data;
  const canvas = new PNG({ width, height });
  PNG.bitblt(image, canvas, 0, 0, image.width, image.height, 0, 0);
  return canvas.data;
}

/** Compares a baseline with a fresh picture, pixel by pixel (pixelmatch, threshold 0.1). */
export function compareImages(baseline: Buffer, actual: Buffer): Difference {
  const expected = PNG.sync.read(baseline);
  const current = PNG.sync.read(actual);
  const width = Math.max(expected.width, current.width);
  const height = Math.max(expected.height, current.height);
  const diff = new PNG({ width, height });
  const pixels = pixelmatch(
    onCanvas(expected, width, height),
    onCanvas(current, width, height),
    diff.data,
    width,
    height,
    {
      threshold: 0.1,
    },
  );
  const sizeChanged = expected.width !== current.width || expected.height !== current.height;
  return { pixels, sizeChanged, diffPng: PNG.sync.write(diff) };
}
