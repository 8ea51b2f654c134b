import type { AvatarImageType } from './avatarRules';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/**
 * The raster format of an image from its first bytes (magic numbers), or `null` for anything else —
 * SVG, HTML, PDF, an empty file. The file's name and declared type are never consulted.
 *
 * @example
 * ```ts
 * const type = detectImageType(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
 * if (!type) throw new Error('Choose a PNG, JPEG, WebP or GIF image');
 * ```
 */
export function detectImageType(bytes: Uint8Array): AvatarImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  return null;
}
