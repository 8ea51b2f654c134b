import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

/** The demo's pages by path. */
export const paths = { signup: '/signup', login: '/login', profile: '/profile', admin: '/admin' } as const;

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
};

/** The current path; re-renders on navigation (links, back and forward). */
export function usePath(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => '/',
  );
}

/** Goes to a path without reloading the page. */
export function navigate(path: string): void {
  if (window.location.pathname === path) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo({ top: 0 });
}

/** Replaces the current path (no history entry), e.g. to send `/` to a page. */
export function redirect(path: string): void {
  window.history.replaceState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** An `<a>` that navigates in-page (modifier clicks still open a new tab) and marks the current page. */
export function Link({ to, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  const path = usePath();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    props.onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a {...props} href={to} aria-current={path === to ? 'page' : undefined} onClick={onClick} />;
}
