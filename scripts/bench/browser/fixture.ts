/**
 * What every page of the browser benchmark loads: one user (a ~5 KB metadata object included) served by
 * an in-page `fetch`, so the kit, the naive React form and the plain HTML form wait on the same answer.
 */

export interface BenchUser {
  uid: string;
  name: string;
  avatar?: string;
  link: string;
  role: string;
  statusMessage: string;
  tags: string[];
  metadata: Record<string, unknown>;
  status: 'online' | 'offline';
  lastActiveAt: number;
}

/** Metadata of about 4.5 KB serialized (CometChat's limit is 5 KB), about 5 KB as the editor's pretty text. */
function metadata(): Record<string, unknown> {
  return {
    plan: 'pro',
    notes: Array.from({ length: 92 }, (_, id) => ({ id, text: `note ${id} lorem ipsum` })),
  };
}

export const benchUser: BenchUser = {
  uid: 'kevin',
  name: 'Kevin',
  link: 'https://kevin.example',
  role: 'default',
  statusMessage: 'Building things',
  tags: ['beta', 'staff'],
  metadata: metadata(),
  status: 'online',
  lastActiveAt: Math.floor(Date.now() / 1000) - 300,
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The network: `GET …/me` answers the user, `PUT` echoes it, any other user is not found; each answer is a task away. */
export const benchFetch: typeof fetch = (input, init) =>
  new Promise((resolve) =>
    setTimeout(() => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const method = init?.method ?? 'GET';
      if (/\/me$/.test(new URL(url).pathname) || method === 'PUT') resolve(json(200, { data: benchUser }));
      else resolve(json(404, { error: { code: 'ERR_UID_NOT_FOUND', message: 'The UID does not exist.' } }));
    }, 0),
  );

/** The user as the inputs show it (metadata as pretty JSON text). */
export const metadataText = (value: unknown) => JSON.stringify(value, null, 2);

/** Which component a page renders. */
export type BenchComponent = 'ProfileEditForm' | 'SignupFlow' | 'UserForm';

declare global {
  /** The component a bundle renders: a build-time constant (esbuild `define`), so each bundle holds only its own. */
  const BENCH_COMPONENT: BenchComponent;
}

/** Marks the moment the page asks for its first render; mount times are measured from here. */
export function markRender() {
  performance.mark('bench:render');
}
