/**
 * What both pages of the directory benchmark load: one page of 100 users, served by an in-page `fetch` a task
 * away, so the kit's `UserDirectory` and the plain React table wait on the same answer.
 */

const now = Math.floor(Date.now() / 1000);

// Intl's first date formatter loads the locale's data (hundreds of ms at 4× CPU): an app has done that long
// before its admin page mounts, so both pages do it before the render mark, and the mount compares tables.
new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(0);

export const directoryUsers = Array.from({ length: 100 }, (_, index) => ({
  uid: `user${String(index + 1).padStart(3, '0')}`,
  name: `User ${index + 1}`,
  role: index % 10 === 0 ? 'moderator' : 'default',
  status: index % 3 === 0 ? ('online' as const) : ('offline' as const),
  tags: index % 4 === 0 ? ['beta', 'staff'] : [],
  lastActiveAt: now - index * 3600,
  createdAt: now - index * 86_400,
}));

const body = JSON.stringify({
  data: directoryUsers,
  meta: { pagination: { total: 100, count: 100, per_page: 100, current_page: 1, total_pages: 1 } },
});

/** The network: any `GET …/users` answers the page; each answer is a task away. */
export const directoryFetch: typeof fetch = () => {
  performance.mark('bench:fetch');
  return new Promise((resolve) =>
    setTimeout(() => resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })), 0),
  );
};
