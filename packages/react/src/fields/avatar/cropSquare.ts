/** Where the square crop sits: `zoom` ≥ 1 (1 = the largest square that fits) and its centre as fractions of the image. */
export interface CropState {
  zoom: number;
  centerX: number;
  centerY: number;
}

/** The crop's source square in image pixels. */
export interface CropRect {
  x: number;
  y: number;
  side: number;
}

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 4;

/** A fresh crop: the largest centred square. */
export const initialCrop: CropState = { zoom: 1, centerX: 0.5, centerY: 0.5 };

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The source square of a crop, kept inside the image: its side is the image's shorter side divided by
 * the zoom, and its centre is moved back in when the square would leave the image.
 */
export function cropRect(width: number, height: number, crop: CropState): CropRect {
  const side = Math.min(width, height) / clamp(crop.zoom, MIN_ZOOM, MAX_ZOOM);
  const x = clamp(crop.centerX * width - side / 2, 0, width - side);
  const y = clamp(crop.centerY * height - side / 2, 0, height - side);
  return { x, y, side };
}

/**
 * The crop after a move or zoom, normalised so its centre is where {@link cropRect} really puts it (a
 * pan past the edge does not build up a hidden offset). `dx`/`dy` are fractions of the crop's side.
 */
export function moveCrop(
  width: number,
  height: number,
  crop: CropState,
  change: { dx?: number; dy?: number; zoom?: number },
): CropState {
  const zoom = clamp(change.zoom ?? crop.zoom, MIN_ZOOM, MAX_ZOOM);
  const before = cropRect(width, height, { ...crop, zoom });
  const centerX = (before.x + before.side / 2 + (change.dx ?? 0) * before.side) / width;
  const centerY = (before.y + before.side / 2 + (change.dy ?? 0) * before.side) / height;
  const after = cropRect(width, height, { zoom, centerX, centerY });
  return { zoom, centerX: (after.x + after.side / 2) / width, centerY: (after.y + after.side / 2) / height };
}

/** What a key does to the crop: arrows move by a tenth of the crop, + and − zoom by a quarter. */
export function cropKeyChange(key: string): { dx?: number; dy?: number; zoomBy?: number } | null {
  switch (key) {
    case 'ArrowLeft':
      return { dx: -0.1 };
    case 'ArrowRight':
      return { dx: 0.1 };
    case 'ArrowUp':
      return { dy: -0.1 };
    case 'ArrowDown':
      return { dy: 0.1 };
    case '+':
    case '=':
      return { zoomBy: 0.25 };
    case '-':
    case '_':
      return { zoomBy: -0.25 };
    default:
      return null;
  }
}

/** The crop's position in whole percent, as announced: zoom, and the square's left and top edges. */
export function cropPercent(width: number, height: number, crop: CropState) {
  const { x, y } = cropRect(width, height, crop);
  return {
    zoom: Math.round(crop.zoom * 100),
    left: Math.round((x / width) * 100),
    top: Math.round((y / height) * 100),
  };
}
