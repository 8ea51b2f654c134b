import { avatarRules } from '@profilekit/core/avatar';
import type { CheckedAvatar } from './checkAvatarFile';
import type { CropRect } from './cropSquare';

const QUALITIES = [0.9, 0.8, 0.7, 0.6, 0.5];

const toBlob = (canvas: HTMLCanvasElement, type: string, quality: number) =>
  new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, quality));

/**
 * Draws the crop onto a 512 × 512 canvas (smaller images are not enlarged) and encodes it as WebP — or
 * JPEG where the browser cannot write WebP — lowering the quality until it weighs ≤ 200 KB. A canvas
 * keeps pixels only: EXIF, GPS and every other piece of the original file are gone.
 */
export async function encodeAvatar(avatar: CheckedAvatar, rect: CropRect): Promise<Blob> {
  const side = Math.max(1, Math.round(Math.min(avatarRules.outputSide, rect.side)));
  const canvas = document.createElement('canvas');
  canvas.width = side;
  canvas.height = side;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images');
  context.imageSmoothingQuality = 'high';
  context.drawImage(avatar.image, rect.x, rect.y, rect.side, rect.side, 0, 0, side, side);
  let type = 'image/webp';
  let smallest: Blob | null = null;
  for (const quality of QUALITIES) {
    const blob = await toBlob(canvas, type, quality);
    if (!blob) break;
    if (blob.type !== type) {
      type = 'image/jpeg';
      continue;
    }
    smallest = blob;
    if (blob.size <= avatarRules.targetBytes) return blob;
  }
  if (smallest) return smallest;
  const jpeg = await toBlob(canvas, 'image/jpeg', 0.5);
  if (!jpeg) throw new Error('This browser cannot encode images');
  return jpeg;
}
