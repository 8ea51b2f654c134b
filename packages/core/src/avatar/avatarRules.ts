/** The raster formats an avatar may be: recognised by their magic bytes, never by a file name. */
export type AvatarImageType = 'png' | 'jpeg' | 'webp' | 'gif';

/** The limits an avatar image meets, in the browser before upload and on the server. */
export const avatarRules = {
  /** The largest file a person may pick (checked before any decoding). */
  maxPickedBytes: 10 * 1024 * 1024,
  /** The largest upload the server takes (the browser sends ≤ `targetBytes`; other clients may send originals). */
  maxUploadBytes: 5 * 1024 * 1024,
  /** The smallest width and height, in pixels. */
  minSide: 64,
  /** The most pixels the browser decodes from a picked file (width × height): refuses decompression bombs. */
  maxPixels: 40_000_000,
  /**
   * The most pixels the server decodes from an upload: 4096 × 4096 (16.8 MP). The stored avatar is 512 px and
   * the kit's browser sends ≤ 512 px, so only other clients come near it; it still takes a 12 MP phone photo
   * (4032 × 3024). The worst case to decode — an interlaced 16-bit RGBA PNG, held whole — costs 8 bytes a
   * pixel: ~175 MB and ~1 s here at this cap, against ~400 MB and ~1.2–1.7 s at 40 MP.
   */
  maxUploadPixels: 4096 * 4096,
  /** The side of the square avatar that is stored. */
  outputSide: 512,
  /** What the browser's re-encoded avatar aims to weigh at most. */
  targetBytes: 200 * 1024,
} as const;

/** The MIME type of each avatar format. */
export const avatarContentTypes: Record<AvatarImageType, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
};

/** The file extension of each avatar format. */
export const avatarExtensions: Record<AvatarImageType, string> = {
  png: 'png',
  jpeg: 'jpg',
  webp: 'webp',
  gif: 'gif',
};
