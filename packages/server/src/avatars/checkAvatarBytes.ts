import { type AvatarImageType, detectImageType, type ImageSize, readImageSize } from '@profilekit/core/avatar';
import { ProfileKitHttpError } from '../http/httpError';

/** The limits {@link checkAvatarBytes} applies. */
export interface AvatarLimits {
  maxPixels: number;
  minSide: number;
}

const refuse = (status: 400 | 415, code: string, message: string) =>
  new ProfileKitHttpError(status, code, message, { avatar: [message] });

/** Refuses a client-supplied file name that carries a path or control characters (it is never used anyway). */
export function checkFileName(name: string | undefined) {
  if (name !== undefined && /[/\\\u0000-\u001f]|\.\./.test(name)) {
    throw refuse(400, 'ERR_BAD_AVATAR_NAME', 'The avatar’s file name must not contain a path (/, \\ or ..).');
  }
}

/**
 * Checks an upload's bytes before any decoding: not empty, a PNG, JPEG, WebP or GIF by its magic numbers
 * (SVG, HTML and every other file are refused), and header dimensions within the limits. Throws a 400/415
 * {@link ProfileKitHttpError} whose `details.avatar` names the rule.
 */
export function checkAvatarBytes(bytes: Uint8Array, limits: AvatarLimits): { type: AvatarImageType; size: ImageSize } {
  if (bytes.length === 0) throw refuse(400, 'ERR_EMPTY_AVATAR', 'The avatar file is empty.');
  const type = detectImageType(bytes);
  if (!type) {
    throw refuse(
      415,
      'ERR_AVATAR_TYPE',
      'The avatar must be a PNG, JPEG, WebP or GIF image; SVG and other files are refused.',
    );
  }
  const size = readImageSize(bytes, type);
  if (!size) throw refuse(400, 'ERR_AVATAR_UNREADABLE', 'The avatar’s image header is damaged.');
  const { width, height } = size;
  if (width * height > limits.maxPixels) {
    throw refuse(
      400,
      'ERR_AVATAR_TOO_MANY_PIXELS',
      `The avatar is ${width} × ${height} pixels; the most is ${limits.maxPixels.toLocaleString('en')} pixels.`,
    );
  }
  if (width < limits.minSide || height < limits.minSide) {
    throw refuse(
      400,
      'ERR_AVATAR_TOO_SMALL',
      `The avatar is ${width} × ${height} pixels; it must be at least ${limits.minSide} × ${limits.minSide}.`,
    );
  }
  return { type, size };
}
