import { ProfileKitHttpError } from './httpError';

/**
 * The JSON body of a request (its size is capped by `hono/body-limit` before this runs). Only
 * `application/json`: a form or `text/plain` post from another site, which needs no CORS preflight,
 * is refused. With that and no cookie auth, the JSON routes cannot be driven by another site's page; the
 * avatar upload, which takes raw bytes, has its own guard (`crossSiteUploadGuard`).
 *
 * @example
 * ```ts
 * const body = await jsonBody(c.req.raw); // throws 415 for text/plain, 400 for broken JSON
 * ```
 */
export async function jsonBody(request: Request): Promise<unknown> {
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) {
    throw new ProfileKitHttpError(
      415,
      'ERR_INVALID_CONTENT_TYPE',
      'Send the body as JSON (Content-Type: application/json).',
    );
  }
  const text = await request.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new ProfileKitHttpError(400, 'ERR_BAD_REQUEST', 'The body is not valid JSON.', {
      body: ['The body is not valid JSON.'],
    });
  }
}

/** A plain JSON object (not an array, not null), or `undefined`. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
