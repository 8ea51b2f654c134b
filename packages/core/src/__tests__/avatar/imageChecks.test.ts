import { describe, expect, it } from 'vitest';
import { detectImageType } from '../../avatar/detectImageType';
import { readImageSize } from '../../avatar/readImageSize';
import { gifHeader, jpegHeader, pngHeader, webpHeader } from './imageHeaders';

const text = (value: string) => new TextEncoder().encode(value);

describe('detectImageType', () => {
  it.each([
    ['png', pngHeader(10, 10)],
    ['jpeg', jpegHeader(10, 10)],
    ['gif', gifHeader(10, 10)],
    ['webp', webpHeader(10, 10)],
  ] as const)('recognises %s by its magic bytes', (type, bytes) => {
    expect(detectImageType(bytes)).toBe(type);
  });

  it.each([
    ['an SVG with a script', text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['an HTML page', text('<!doctype html><script>alert(1)</script>')],
    ['an empty file', new Uint8Array()],
    ['a PDF', text('%PDF-1.7')],
    ['a RIFF that is not WebP', text('RIFF\0\0\0\0WAVEfmt ')],
    ['a cut-off PNG signature', pngHeader(1, 1).subarray(0, 5)],
  ])('refuses %s', (_, bytes) => {
    expect(detectImageType(bytes)).toBeNull();
  });
});

describe('readImageSize', () => {
  it.each([
    ['png', pngHeader(640, 480)],
    ['jpeg', jpegHeader(640, 480)],
    ['gif', gifHeader(640, 480)],
    ['webp', webpHeader(640, 480)],
  ] as const)('reads a %s header', (type, bytes) => {
    expect(readImageSize(bytes, type)).toEqual({ width: 640, height: 480 });
  });

  it('reads a decompression bomb’s declared size without decoding it', () => {
    expect(readImageSize(pngHeader(100_000, 100_000), 'png')).toEqual({ width: 100_000, height: 100_000 });
  });

  it('gives null for a truncated or zero-sized header', () => {
    expect(readImageSize(pngHeader(640, 480).subarray(0, 20), 'png')).toBeNull();
    expect(readImageSize(pngHeader(0, 480), 'png')).toBeNull();
    expect(readImageSize(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), 'jpeg')).toBeNull();
  });
});
