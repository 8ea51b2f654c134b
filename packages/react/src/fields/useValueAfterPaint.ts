import { useEffect, useState } from 'react';

/** Runs `run` in a task after the second frame from now has started: the frame after a keystroke's own. */
const afterNextFrames = (run: () => void): (() => void) => {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(run, 0);
    });
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};

/**
 * `value`, a couple of frames late: a change shows once the frames that show the keystroke itself have started
 * (about 30 ms at 60 Hz), and a faster run of changes shows once it pauses. For what a keystroke need not wait for
 * (a size meter, a suggestion), so the key's own frames do not pay for its render and layout.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    return afterNextFrames(() => setShown(value));
  }, [value, shown]);
  return shown;
}
