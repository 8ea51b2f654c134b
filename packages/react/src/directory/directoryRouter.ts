/**
 * Where the directory keeps its state: the search parameters of a URL. The default reads `location.search`
 * and writes with `history.replaceState`; pass your router's (Next.js `useSearchParams` + `router.replace`,
 * React Router's `useSearchParams`) to keep it in step with your navigation.
 *
 * @example
 * ```tsx
 * const [params, setParams] = useSearchParams(); // React Router
 * const router: DirectoryRouter = { read: () => params, write: (next) => setParams(next, { replace: true }) };
 * <UserDirectory router={router} />
 * ```
 */
export interface DirectoryRouter {
  read(): URLSearchParams;
  write(params: URLSearchParams): void;
}

/** The default router: the page's own URL, updated in place (`history.replaceState`); nothing on a server. */
export const searchParamsRouter: DirectoryRouter = {
  read: () => new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search),
  write: (params) => {
    if (typeof window === 'undefined') return;
    const search = params.toString();
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search ? `?${search}` : ''}${hash}`);
  },
};

/**
 * A router that keeps the parameters in memory: for stories, tests, or a directory inside a dialog whose
 * state should not reach the address bar.
 *
 * @example
 * ```tsx
 * <UserDirectory router={memoryRouter('role=admin')} />
 * ```
 */
export function memoryRouter(initial = ''): DirectoryRouter {
  let params = new URLSearchParams(initial);
  return {
    read: () => params,
    write: (next) => {
      params = next;
    },
  };
}
