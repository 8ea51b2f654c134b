import type { Target } from './target';

/** A raw answer: the HTTP status, the error code if any, the `data`. */
export interface WireAnswer {
  status: number;
  code: string | null;
  data: Record<string, unknown> | unknown[] | null;
}

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
    const json = (await response.json().catch(() => ({}))) as { data?: WireAnswer['data']; error?: { code?: string } };
    return { status: response.status, code: json.error?.code ?? null, data: json.data ?? null };
  }
  return {
    asAdmin: (method: string, path: string, body?: unknown) =>
      call(admin + path, method, { apikey: target.restApiKey }, body),
    asUser: (authToken: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      call(client + path, method, { authToken, ...headers }, body),
  };
}
