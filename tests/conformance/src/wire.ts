import type { Target } from './target';

/** A raw answer: the HTTP status, the error code if any, the fields its `details` name, the `data`. */
export interface WireAnswer {
  status: number;
  code: string | null;
  /** The keys of `error.details`, sorted (`[]` when none). */
  fields: string[];
  data: Record<string, unknown> | unknown[] | null;
  /** The answer's `meta` (pagination, cursor), or `null`. */
  meta: Record<string, unknown> | null;
}

/** Plain-`fetch` access to the target; see {@link wire}. */
export type Wire = ReturnType<typeof wire>;

/**
 * Plain `fetch` to the target, for what the clients deliberately do not send (a raw `unset` on `/me`,
 * `status=online`): the admin API with a key, the client API with an auth token. Hosts as the SDK builds
 * them before a login (`https://{appId}.api-{region}…/v3`, `…apiclient-{region}…/v3.0`), or the emulator's URL.
 */
export function wire(target: Target) {
  const admin = target.url ?? `https://${target.appId}.api-${target.region}.cometchat.io/v3`;
  const client = target.url ?? `https://${target.appId}.apiclient-${target.region}.cometchat.io/v3.0`;
  async function call(
    url: string,
    method: string,
    headers: Record<string, string>,
    body?: unknown,
  ): Promise<WireAnswer> {
    const response = await fetch(url, {
      method,
      headers: {
        appId: target.appId,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // A body that is not JSON (a proxy's HTML error page) is an answer without data: the status still counts.
    const json = (await response.json().catch(() => ({}))) as {
      data?: WireAnswer['data'];
      meta?: WireAnswer['meta'];
      error?: { code?: string; details?: Record<string, unknown> };
    };
    const fields = Object.keys(json.error?.details ?? {}).sort();
    return {
      status: response.status,
      code: json.error?.code ?? null,
      fields,
      data: json.data ?? null,
      meta: json.meta ?? null,
    };
  }
  return {
    /** The base URLs requests go to: the admin API's and the client API's. */
    bases: { admin, client },
    asAdmin: (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      call(admin + path, method, { apikey: target.restApiKey, ...headers }, body),
    asUser: (authToken: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      call(client + path, method, { authToken, ...headers }, body),
    /** The client API with no auth token at all: what a request before any login sends. */
    asNobody: (method: string, path: string, body?: unknown) => call(client + path, method, {}, body),
  };
}
