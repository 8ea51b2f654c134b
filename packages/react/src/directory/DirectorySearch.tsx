'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { usePkClass } from '../theme/usePkClass';

/** How long typing pauses before the search goes to the server. */
const SEARCH_DELAY_MS = 250;

/**
 * The search box. It keeps what is typed to itself and hands the directory the text once typing pauses,
 * so a keystroke re-renders this input only, never the table.
 */
export function DirectorySearch({
  value,
  onSearch,
  label,
  hint,
}: {
  value: string;
  onSearch: (search: string) => void;
  label: string;
  hint: string;
}) {
  const pk = usePkClass();
  const id = useId();
  const [text, setText] = useState(value);
  const committed = useRef(value);
  useEffect(() => {
    // A change from outside (the URL, a reset) shows in the box.
    if (value !== committed.current) {
      committed.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => {
    if (text === committed.current) return;
    const timer = setTimeout(() => {
      committed.current = text;
      onSearch(text);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, onSearch]);
  return (
    <div className={pk('pk-directory-search')}>
      <label htmlFor={`${id}-search`} className={pk('pk-label')}>
        {label}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        className={pk('pk-input')}
        value={text}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setText(event.target.value)}
      />
      <span id={`${id}-hint`} className={pk('pk-description')}>
        {hint}
      </span>
    </div>
  );
}
