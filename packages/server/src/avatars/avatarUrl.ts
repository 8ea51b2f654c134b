import { isAllowedHost } from '@profilekit/core/internal';
import type { HandlerContext } from '../http/context';
import { ProfileKitHttpError } from '../http/httpError';

/**
 * The absolute URL of a stored avatar. A storage that answers an absolute URL (a bucket, a CDN) is taken as
 * it is; a relative one is resolved against `publicUrl` when configured, else against the request's own
 * origin — but only when its `Host` was checked (`allowedHosts`) or names this machine (development):
 * an unchecked `Host` would let a caller choose the host of the URL every viewer later loads.
 */
export function avatarUrl(c: HandlerContext, stored: string, publicUrl: string | undefined, hostChecked: boolean) {
  if (/^https?:\/\//i.test(stored)) return stored;
  if (publicUrl) return new URL(stored, `${publicUrl.replace(/\/+$/, '')}/`).href;
  const host = c.req.header('host') ?? new URL(c.req.url).host;
  if (!hostChecked && !isAllowedHost(host)) {
    throw new ProfileKitHttpError(
      500,
      'ERR_AVATAR_PUBLIC_URL',
      'The backend does not build avatar URLs from an unchecked Host header: set avatars.publicUrl or allowedHosts.',
    );
  }
  return new URL(stored, `${new URL(c.req.url).origin}${c.req.path}/`).href;
}
