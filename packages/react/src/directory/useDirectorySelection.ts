'use client';

import { sameUid, type User } from '@profilekit/core';
import { useCallback, useMemo, useRef, useState } from 'react';

/** The selected users: picked one by one (kept across pages), or every user that matches the filters. */
export interface DirectorySelection {
  /** The users picked by hand, by uid. */
  picked: ReadonlyMap<string, User>;
  /** `true` after "select all matching": every user of the query, on every page. */
  allMatching: boolean;
}

const none: DirectorySelection = { picked: new Map(), allMatching: false };

/** Selection with checkbox, shift-click range over the page, select-all-on-page and select-all-matching. */
export function useDirectorySelection(pageUsers: User[]) {
  const [selection, setSelection] = useState<DirectorySelection>(none);
  const anchor = useRef<string | undefined>(undefined);

  const isSelected = useCallback(
    (uid: string) => selection.allMatching || selection.picked.has(uid.toLowerCase()),
    [selection],
  );

  const toggle = useCallback(
    (user: User, { range = false }: { range?: boolean } = {}) => {
      // Read now: the updater runs at the next render, after the anchor has moved to this user.
      const from = range && anchor.current ? pageUsers.findIndex((u) => sameUid(u.uid, anchor.current ?? '')) : -1;
      setSelection((current) => {
        const picked = new Map(current.allMatching ? pageUsers.map((u) => [u.uid.toLowerCase(), u]) : current.picked);
        const select = !picked.has(user.uid.toLowerCase());
        const to = pageUsers.findIndex((u) => sameUid(u.uid, user.uid));
        const span = from >= 0 && to >= 0 ? pageUsers.slice(Math.min(from, to), Math.max(from, to) + 1) : [user];
        for (const each of span) {
          if (select) picked.set(each.uid.toLowerCase(), each);
          else picked.delete(each.uid.toLowerCase());
        }
        return { picked, allMatching: false };
      });
      anchor.current = user.uid;
    },
    [pageUsers],
  );

  const pageState = useMemo(() => {
    const count = pageUsers.filter((user) => isSelected(user.uid)).length;
    const state: 'none' | 'some' | 'all' = count === 0 ? 'none' : count === pageUsers.length ? 'all' : 'some';
    return state;
  }, [pageUsers, isSelected]);

  const togglePage = useCallback(() => {
    setSelection((current) => {
      const picked = new Map(current.picked);
      const everyOnPage = pageUsers.every((user) => current.allMatching || picked.has(user.uid.toLowerCase()));
      for (const user of pageUsers) {
        if (everyOnPage) picked.delete(user.uid.toLowerCase());
        else picked.set(user.uid.toLowerCase(), user);
      }
      return { picked, allMatching: false };
    });
  }, [pageUsers]);

  const selectAllMatching = useCallback(() => setSelection({ picked: new Map(), allMatching: true }), []);
  const clear = useCallback(() => {
    anchor.current = undefined;
    setSelection(none);
  }, []);

  return { selection, isSelected, toggle, pageState, togglePage, selectAllMatching, clear };
}
