import type { ListUsersQuery } from '@profilekit/core';

/** Whether deactivated users are listed: not at all (CometChat's default), with the others, or alone. */
export type DeactivatedFilter = 'hide' | 'include' | 'only';

/** What the directory shows: the search, the filters, the sort and the page, as a person set them. */
export interface DirectoryState {
  /** CometChat's prefix search over uid and name. */
  search: string;
  roles: string[];
  status: 'online' | 'offline' | undefined;
  tags: string[];
  deactivated: DeactivatedFilter;
  /** The sorts CometChat supports (`sortBy`); `undefined` keeps the server's order. */
  sortBy: 'name' | 'status' | undefined;
  sortOrder: 'asc' | 'desc';
  /** 1-based. */
  page: number;
  pageSize: number;
}

/** The directory's starting state: everything shown, 25 users a page. */
export const initialDirectoryState: DirectoryState = {
  search: '',
  roles: [],
  status: undefined,
  tags: [],
  deactivated: 'hide',
  sortBy: undefined,
  sortOrder: 'asc',
  page: 1,
  pageSize: 25,
};

/** The server query for a directory state: what `useUsers` and a CSV export of the same users send. */
export function directoryQuery(state: DirectoryState): ListUsersQuery {
  const query: ListUsersQuery = { page: state.page, limit: state.pageSize };
  if (state.search.trim()) query.searchKeyword = state.search.trim();
  if (state.roles.length > 0) query.roles = state.roles;
  if (state.status) query.status = state.status;
  if (state.tags.length > 0) query.tags = state.tags;
  if (state.deactivated === 'include') query.withDeactivated = true;
  if (state.deactivated === 'only') query.onlyDeactivated = true;
  if (state.sortBy) {
    query.sortBy = state.sortBy;
    query.sortOrder = state.sortOrder;
  }
  return query;
}

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const positive = (value: string | null, fallback: number, max: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 ? Math.min(number, max) : fallback;
};

/** The state a URL's search parameters describe (`q`, `role`, `status`, `tag`, `deactivated`, `sort`, `page`, `size`). */
export function readDirectoryState(params: URLSearchParams, defaults: DirectoryState): DirectoryState {
  const status = params.get('status');
  const deactivated = params.get('deactivated');
  const sort = params.get('sort') ?? '';
  const sortBy = sort.replace(/^-/, '');
  return {
    search: params.get('q') ?? defaults.search,
    roles: params.has('role') ? list(params.get('role')) : defaults.roles,
    status: status === 'online' || status === 'offline' ? status : defaults.status,
    tags: params.has('tag') ? list(params.get('tag')) : defaults.tags,
    deactivated:
      deactivated === 'include' || deactivated === 'only' || deactivated === 'hide'
        ? deactivated
        : defaults.deactivated,
    sortBy: sortBy === 'name' || sortBy === 'status' ? sortBy : defaults.sortBy,
    sortOrder: sortBy === 'name' || sortBy === 'status' ? (sort.startsWith('-') ? 'desc' : 'asc') : defaults.sortOrder,
    page: positive(params.get('page'), defaults.page, Number.MAX_SAFE_INTEGER),
    pageSize: positive(params.get('size'), defaults.pageSize, 1000),
  };
}

/** Writes what differs from `defaults` into a copy of `params` (other parameters of the page stay). */
export function writeDirectoryState(
  state: DirectoryState,
  defaults: DirectoryState,
  params: URLSearchParams,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string, fallback: string) => {
    if (value === fallback) next.delete(key);
    else next.set(key, value);
  };
  set('q', state.search, defaults.search);
  set('role', state.roles.join(','), defaults.roles.join(','));
  set('status', state.status ?? '', defaults.status ?? '');
  set('tag', state.tags.join(','), defaults.tags.join(','));
  set('deactivated', state.deactivated, defaults.deactivated);
  const sort = (state: DirectoryState) =>
    state.sortBy ? `${state.sortOrder === 'desc' ? '-' : ''}${state.sortBy}` : '';
  set('sort', sort(state), sort(defaults));
  set('page', String(state.page), String(defaults.page));
  set('size', String(state.pageSize), String(defaults.pageSize));
  return next;
}
