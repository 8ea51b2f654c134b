import { jsonByteLength } from '@profilekit/core/internal';
import { useEffect, useMemo, useState } from 'react';
import { type ParsedMetadata, parseMetadataText } from '../form/formValues';
import { compactJsonBytes } from './compactJsonBytes';
import { useValueAfterPaint } from './useValueAfterPaint';

/** Text up to this size is parsed on every keystroke; larger text once typing pauses (or on blur). */
const PARSE_EVERY_KEY_UP_TO = 1024;
const PAUSE_MS = 300;

/** What the Metadata editor shows about its text. */
export interface MetadataCheck {
  /**
   * Size in UTF-8 bytes as CometChat counts it (exact once parsed; estimated from the text while typing), of the
   * text as it was at the last paint: the size bar and its "x KB of 5 KB" follow a frame after the key.
   */
  bytes: number;
  /** The parse of the current text, or `undefined` while a large text has not been parsed since the last key. */
  parsed: ParsedMetadata | undefined;
}

function check(text: string): { text: string; parsed: ParsedMetadata; bytes: number } {
  const parsed = parseMetadataText(text);
  return { text, parsed, bytes: parsed.ok && parsed.value !== null ? jsonByteLength(parsed.value) : 0 };
}

/**
 * Size and validity of the metadata text without a full parse and serialization on every keystroke:
 * small text is parsed at once; large text gets its size counted from the characters after the key's frame and
 * is parsed when typing pauses, or at once by `flush()` (on blur). Submitting always validates the parsed value.
 */
export function useMetadataCheck(text: string): MetadataCheck & { flush: () => void } {
  const small = text.length <= PARSE_EVERY_KEY_UP_TO;
  const [last, setLast] = useState(() => check(text));
  const current = useMemo(() => (small ? check(text) : last.text === text ? last : undefined), [small, text, last]);
  const sized = useValueAfterPaint(text);
  const bytes = useMemo(
    () =>
      last.text === sized
        ? last.bytes
        : sized.length <= PARSE_EVERY_KEY_UP_TO
          ? check(sized).bytes
          : compactJsonBytes(sized),
    [last, sized],
  );
  useEffect(() => {
    if (current) return;
    const timer = setTimeout(() => setLast(check(text)), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [current, text]);
  return {
    bytes,
    parsed: current?.parsed,
    flush: () => {
      if (!current) setLast(check(text));
    },
  };
}
