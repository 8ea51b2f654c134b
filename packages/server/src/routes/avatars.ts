import { normalizeUid } from '@profilekit/core';
import { avatarRules } from '@profilekit/core/avatar';
import type { Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AvatarUploadOptions } from '../avatars/AvatarUploadOptions';
import { avatarName, avatarNameType } from '../avatars/avatarName';
import { avatarUrl } from '../avatars/avatarUrl';
import { checkAvatarBytes, checkFileName } from '../avatars/checkAvatarBytes';
import { crossSiteUploadGuard } from '../avatars/crossSiteUploadGuard';
import { createDecodeQueue } from '../avatars/decodeQueue';
import { reencodeAvatar } from '../avatars/reencodeAvatar';
import { type AvatarQuota, createUploadQuota } from '../avatars/uploadQuota';
import { enforceLimit, type HandlerContext, type HandlerEnv, ipKeyOf, type RouteDeps } from '../http/context';
import { ProfileKitHttpError } from '../http/httpError';
import { requireCaller } from '../middleware/requireCaller';
import type { Caller } from '../options';

/** The avatar upload route's path below the handler's base path (its body limit differs from the JSON routes'). */
export const AVATAR_UPLOAD_PATH = '/avatars';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Per caller and day: a person changes their avatar a few times; 10 MB is ~200 re-encoded avatars. */
const DEFAULT_QUOTA: AvatarQuota = { uploads: 100, bytes: 10 * 1024 * 1024, windowMs: 24 * 60 * 60 * 1000 };

/** The upload's bytes and the name the client gave it: a multipart `avatar` file, or the raw body. */
async function uploaded(c: HandlerContext): Promise<{ bytes: Uint8Array; fileName?: string }> {
  if (/^multipart\/form-data/i.test(c.req.header('content-type') ?? '')) {
    const file = (await c.req.parseBody())['avatar'];
    if (!(file instanceof File)) {
      const message = 'Send the image as the multipart field "avatar".';
      throw new ProfileKitHttpError(400, 'ERR_BAD_REQUEST', message, { avatar: [message] });
    }
    return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name };
  }
  return { bytes: new Uint8Array(await c.req.arrayBuffer()) };
}

/**
 * `POST /avatars` (any signed-in caller, or anyone with `anonymous`; the raw image, or multipart field `avatar`
 * when signed in) takes only requests a browser preflights, from allowed origins, within each caller's quota;
 * it checks the bytes, not the name — size cap, magic numbers, header dimensions — re-encodes them with `sharp` (no metadata
 * survives), stores them under a content-addressed name and answers `201 { data: { url } }`.
 * `GET /avatars/:name` serves stored files with their content type, `nosniff` and a one-year immutable cache.
 */
export function avatarRoutes(app: Hono<HandlerEnv>, deps: RouteDeps, options: AvatarUploadOptions) {
  const maxBytes = options.maxBytes ?? avatarRules.maxUploadBytes;
  const limits = {
    maxPixels: options.maxPixels ?? avatarRules.maxUploadPixels,
    minSide: options.minSide ?? avatarRules.minSide,
  };
  const decodes = createDecodeQueue(options.maxConcurrentDecodes ?? 1, options.maxQueuedDecodes ?? 8);
  const tooLarge = `The avatar must be at most ${Math.round(maxBytes / 1024)} KB.`;
  const signedIn = requireCaller(deps);
  const caller: MiddlewareHandler<HandlerEnv> = (c, next) =>
    options.anonymous && !c.req.header('authorization') ? next() : signedIn(c, next);
  const quota = createUploadQuota(options.quota ?? DEFAULT_QUOTA, deps.store);
  const quotaKey = (c: HandlerContext) => {
    const uid = (c.var.caller as Caller | undefined)?.uid;
    return uid === undefined ? `ip:${ipKeyOf(c, deps)}` : `uid:${normalizeUid(uid)}`;
  };
  app.post(
    AVATAR_UPLOAD_PATH,
    crossSiteUploadGuard(deps.options.allowedOrigins),
    caller,
    async (c, next) => {
      const uid = (c.var.caller as Caller | undefined)?.uid;
      await enforceLimit(deps, c, 'avatarUpload', uid === undefined ? undefined : `caller:${uid}`);
      await quota.check(quotaKey(c));
      await next();
    },
    bodyLimit({
      maxSize: maxBytes,
      onError: (c) =>
        c.json({ error: { code: 'ERR_PAYLOAD_TOO_LARGE', message: tooLarge, details: { avatar: [tooLarge] } } }, 413),
    }),
    async (c) => {
      const { bytes, fileName } = await uploaded(c);
      checkFileName(fileName);
      const { size } = checkAvatarBytes(bytes, limits);
      const side = Math.min(avatarRules.outputSide, size.width, size.height);
      const encoded = await decodes.run(() => reencodeAvatar(bytes, limits.maxPixels, side));
      const name = await avatarName(encoded, 'webp');
      const stored = await options.storage.put({ name, bytes: encoded, contentType: 'image/webp' });
      await quota.record(quotaKey(c), encoded.length);
      const url = avatarUrl(c, stored, options.publicUrl, deps.options.allowedHosts !== undefined);
      return c.json({ data: { url } }, 201);
    },
  );
  app.get(`${AVATAR_UPLOAD_PATH}/:name`, async (c) => {
    const name = c.req.param('name');
    const avatar = avatarNameType(name) && (await options.storage.get?.(name));
    if (!avatar) {
      return c.json({ error: { code: 'ERR_AVATAR_NOT_FOUND', message: 'No such avatar.' } }, 404);
    }
    c.header('Content-Type', avatar.contentType);
    c.header('Cache-Control', IMMUTABLE);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return c.body(avatar.bytes as Uint8Array<ArrayBuffer>, 200);
  });
}
