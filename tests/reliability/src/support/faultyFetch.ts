/**
 * What the network does to one request:
 * - `{ status, retryAfter? }`: a proxy answers instead of the server (a 429, a 502/503), as CometChat's edge does;
 * - `reject`: the connection fails before the server sees anything (`fetch` rejects with a `TypeError`);
 * - `loseAnswer`: the server does the work, then the answer is lost on the way back;
 * - `{ delayMs }`: the answer comes late (a timeout, when the client gives up first).
 */
export type Fault = { status: number; retryAfter?: number } | 'reject' | 'loseAnswer' | { delayMs: number };

/**
 * A 429 as CometChat's rate limiter sends it (JSON, `Retry-After`); any other status as a proxy in
 * front of the server sends it (an HTML page).
 */
function faultResponse({ status, retryAfter }: { status: number; retryAfter?: number }): Response {
  const headers = new Headers(retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) });
  if (status === 429) {
    const error = { code: 'ERR_TOO_MANY_REQUESTS', message: `Too many requests. Retry after ${retryAfter ?? 1} s.` };
    return Response.json({ error }, { status, headers });
  }
  headers.set('content-type', 'text/html');
  return new Response(`<html><body>${status} from the proxy</body></html>`, { status, headers });
}

/** Picks the requests a fault applies to. */
export type RequestMatch = (request: Request) => boolean;

/** The path of a request without the `/v3` or `/v3.0` prefix: `/me`, `/users/kevin`. */
export const apiPathOf = (request: Request) => new URL(request.url).pathname.replace(/^\/v3(\.0)?/, '');

/** Matches a method and an exact path, or every request when called with nothing. */
export const matching =
  (method?: string, path?: string | RegExp): RequestMatch =>
  (request) =>
    (method === undefined || request.method === method) &&
    (path === undefined || (typeof path === 'string' ? apiPathOf(request) === path : path.test(apiPathOf(request))));

/**
 * A `fetch` that injects faults between a client and a real server (an in-process emulator's
 * `fetch` handler, or Node's `fetch` to a port): the network outside the system, never a stand-in
 * for profilekit code. Faults are queued per match and used up in order; `down` fails everything.
 *
 * @example
 * ```ts
 * const network = createFaultyFetch(emulator.fetch);
 * network.inject(matching('PUT', '/me'), { status: 503 });
 * const client = createHttpClient({ baseUrl: 'http://emulator.test' }, { fetch: network.fetch });
 * ```
 */
export function createFaultyFetch(server: (request: Request) => Promise<Response>) {
  const queue: { match: RequestMatch; fault: Fault }[] = [];
  const seen: { method: string; path: string; fault?: Fault; status?: number }[] = [];
  let down = false;

  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const record: (typeof seen)[number] = { method: request.method, path: apiPathOf(request) };
    seen.push(record);
    const index = queue.findIndex(({ match }) => match(request));
    const fault = index >= 0 ? queue.splice(index, 1)[0]?.fault : undefined;
    if (fault) record.fault = fault;
    if (down || fault === 'reject') throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
    if (fault !== undefined && typeof fault === 'object' && 'status' in fault) {
      record.status = fault.status;
      return faultResponse(fault);
    }
    if (fault !== undefined && typeof fault === 'object' && 'delayMs' in fault) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, fault.delayMs);
        request.signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(request.signal.reason ?? new DOMException('aborted', 'AbortError'));
        });
      });
    }
    const response = await server(request);
    record.status = response.status;
    if (fault === 'loseAnswer') throw new TypeError('fetch failed', { cause: new Error('socket hang up') });
    return response;
  }) as typeof globalThis.fetch;

  return {
    fetch,
    /** Queues a fault for the next request that matches. */
    inject(match: RequestMatch, fault: Fault, times = 1) {
      for (let n = 0; n < times; n++) queue.push({ match, fault });
    },
    /** Every request until `up()` fails as if the network were gone. */
    down() {
      down = true;
    },
    up() {
      down = false;
    },
    /** The requests that went out, with the fault each met and the status it got. */
    seen,
    /** Requests of a method and path so far. */
    count: (method: string, path: string | RegExp) =>
      seen.filter((r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)))
        .length,
  };
}

/** A fault-injecting network in front of an emulator. */
export type FaultyNetwork = ReturnType<typeof createFaultyFetch>;
