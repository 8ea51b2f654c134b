import { ProfileKitHttpError } from '../http/httpError';

/**
 * Decodes the image with `sharp` (at most `maxPixels`, first frame only), applies its EXIF orientation,
 * crops it to the centred square of `side` pixels and re-encodes it as WebP. Nothing of the
 * original file survives but its pixels: EXIF, GPS, ICC comments and trailing data are gone.
 */
export async function reencodeAvatar(bytes: Uint8Array, maxPixels: number, side: number): Promise<Uint8Array> {
  let sharp: typeof import('sharp').default;
  try {
    sharp = (await import('sharp')).default;
  } catch {
    throw new Error('Avatar uploads need the `sharp` package: npm install sharp');
  }
  try {
    const output = await sharp(bytes, { limitInputPixels: maxPixels, pages: 1, failOn: 'error', sequentialRead: true })
      .rotate()
      .resize(side, side, { fit: 'cover' })
      .webp({ quality: 85 })
      .toBuffer();
    return new Uint8Array(output.buffer, output.byteOffset, output.length);
  } catch {
    const message = 'The avatar could not be decoded as an image.';
    throw new ProfileKitHttpError(400, 'ERR_AVATAR_UNREADABLE', message, { avatar: [message] });
  }
}
