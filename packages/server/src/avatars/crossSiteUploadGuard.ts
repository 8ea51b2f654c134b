import type { MiddlewareHandler } from 'hono';
import type { HandlerEnv } from '../http/context';
import { ProfileKitHttpError } from '../http/httpError';

/** The content types a page of any site may send without a CORS preflight (the Fetch standard's list). */
const SIMPLE_TYPES = /^(text\/plain|application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;

const sameHost = (origin: string, host: string | undefined) => {
  try {
    return host !== undefined && new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
};

/**
 * Keeps other sites' pages from uploading through their visitors' browsers. A page may send a "simple"
 * request — `text/plain`, a form, multipart — to any origin without asking first (no preflight, e.g.
 * `fetch(url, { mode: 'no-cors' })`), so the upload must be one a browser preflights: the image's own
 * `Content-Type` (`image/png`…) or an `Authorization` header; else 415 `ERR_AVATAR_SIMPLE_REQUEST`. And a
 * request that names its page (`Origin`) must come from `allowedOrigins` or this host; else 403.
 */
export function crossSiteUploadGuard(allowedOrigins: readonly string[] = []): MiddlewareHandler<HandlerEnv> {
  const allowed = new Set(allowedOrigins.map((origin) => origin.toLowerCase()));
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && !allowed.has(origin.toLowerCase()) && !sameHost(origin, c.req.header('host'))) {
      throw new ProfileKitHttpError(
        403,
        'ERR_ORIGIN_NOT_ALLOWED',
        `Uploads from ${origin.slice(0, 100)} are not allowed.`,
      );
    }
    const type = c.req.header('content-type') ?? '';
    if (!c.req.header('authorization') && (type === '' || SIMPLE_TYPES.test(type))) {
      const message =
        'Send the image with its own Content-Type (image/png, image/jpeg, image/webp or image/gif), or signed in.';
      throw new ProfileKitHttpError(415, 'ERR_AVATAR_SIMPLE_REQUEST', message, { avatar: [message] });
    }
    await next();
  };
}
