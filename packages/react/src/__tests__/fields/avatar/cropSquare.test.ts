import { describe, expect, it } from 'vitest';
import { cropKeyChange, cropPercent, cropRect, initialCrop, moveCrop } from '../../../fields/avatar/cropSquare';

describe('cropRect', () => {
  it('starts as the largest centred square', () => {
    expect(cropRect(800, 600, initialCrop)).toEqual({ x: 100, y: 0, side: 600 });
  });

  it('shrinks the square as the zoom grows, and keeps it inside the image', () => {
    expect(cropRect(800, 600, { zoom: 2, centerX: 0.5, centerY: 0.5 })).toEqual({ x: 250, y: 150, side: 300 });
    expect(cropRect(800, 600, { zoom: 2, centerX: 0, centerY: 1 })).toEqual({ x: 0, y: 300, side: 300 });
    expect(cropRect(800, 600, { zoom: 99, centerX: 0.5, centerY: 0.5 }).side).toBe(150);
  });
});

describe('moveCrop', () => {
  it('pans by a share of the crop and stops at the edge without building up an offset', () => {
    let crop = moveCrop(800, 600, initialCrop, { dx: -0.1 });
    expect(cropRect(800, 600, crop).x).toBe(40);
    for (let i = 0; i < 5; i++) crop = moveCrop(800, 600, crop, { dx: -0.1 });
    expect(cropRect(800, 600, crop).x).toBe(0);
    crop = moveCrop(800, 600, crop, { dx: 0.1 });
    expect(cropRect(800, 600, crop).x).toBe(60);
  });

  it('zooms between 1 and 4 around the same centre', () => {
    const zoomed = moveCrop(800, 600, initialCrop, { zoom: 8 });
    expect(zoomed.zoom).toBe(4);
    expect(cropRect(800, 600, zoomed)).toEqual({ x: 325, y: 225, side: 150 });
    expect(moveCrop(800, 600, zoomed, { zoom: 0 }).zoom).toBe(1);
  });
});

describe('the keyboard and what is announced', () => {
  it('maps arrows to moves and + / − to zoom steps', () => {
    expect(cropKeyChange('ArrowLeft')).toEqual({ dx: -0.1 });
    expect(cropKeyChange('ArrowDown')).toEqual({ dy: 0.1 });
    expect(cropKeyChange('+')).toEqual({ zoomBy: 0.25 });
    expect(cropKeyChange('-')).toEqual({ zoomBy: -0.25 });
    expect(cropKeyChange('a')).toBeNull();
  });

  it('describes the crop in whole percent', () => {
    expect(cropPercent(800, 600, { zoom: 1.5, centerX: 0.5, centerY: 0.5 })).toEqual({ zoom: 150, left: 25, top: 17 });
  });
});
