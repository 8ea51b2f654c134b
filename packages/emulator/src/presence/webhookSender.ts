/** Where the emulator sends CometChat's webhooks, and with which HTTP Basic credentials. */
export interface WebhookTarget {
  /** Your receiver, e.g. `http://127.0.0.1:8787/api/webhooks/cometchat` (`@profilekit/server`'s). */
  url: string;
  /** `user:pass`, sent as `Authorization: Basic …` as CometChat sends the credentials set in its dashboard. */
  basicAuth?: string;
}

/** One webhook body in CometChat's shape (`trigger`, `data`, `appId`, `region`, `webhook`). */
export interface WebhookBody {
  trigger: string;
  data: Record<string, unknown>;
  appId: string;
  region: string;
  webhook: string;
}

/** Waits before each retry of a delivery that failed (no answer, or not 2xx): 4 attempts in all. */
export const WEBHOOK_RETRY_DELAYS_MS = [500, 2000, 8000] as const;
/** How long one attempt may take. */
const ATTEMPT_TIMEOUT_MS = 5000;

/**
 * Sends webhooks in the background: `send` returns at once (a request of the emulator never waits for your
 * receiver), retries a failed delivery after 0.5 s, 2 s and 8 s with the same body (so a receiver that
 * de-duplicates sees one event), then gives up. `settled()` resolves when nothing is in flight (tests).
 */
export function createWebhookSender(target: WebhookTarget, fetchImpl: typeof fetch = globalThis.fetch) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (target.basicAuth) headers.authorization = `Basic ${btoa(target.basicAuth)}`;
  const inFlight = new Set<Promise<void>>();
  const deliver = async (body: string) => {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetchImpl(target.url, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
        });
        await response.body?.cancel();
        if (response.ok) return;
      } catch {
        // no answer: retried below
      }
      const wait = WEBHOOK_RETRY_DELAYS_MS[attempt];
      if (wait === undefined) return;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };
  return {
    send(body: WebhookBody) {
      const delivery = deliver(JSON.stringify(body)).finally(() => inFlight.delete(delivery));
      inFlight.add(delivery);
    },
    async settled() {
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
  };
}

/** A webhook sender. */
export type WebhookSender = ReturnType<typeof createWebhookSender>;

/** `user:pass` split at its first colon, or an error naming the flag. */
export function parseBasicAuth(value: string): string {
  const colon = value.indexOf(':');
  if (colon <= 0 || colon === value.length - 1) {
    throw new Error(
      `--webhook-basic-auth must be user:pass, got ${value.length > 0 ? 'a value without both parts' : 'nothing'}`,
    );
  }
  return value;
}
