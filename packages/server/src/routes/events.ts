import { isValidUid, normalizeUid, sameUid } from '@profilekit/core';
import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { bearerToken } from '../auth/tokenVerifier';
import type { NumberedEvent } from '../events/eventHub';
import { publishEvents } from '../events/publishEvents';
import { endsSessionOf, publicView, type StreamReader, seesAllOf, visibleTo } from '../events/visibleTo';
import { enforceLimit, type HandlerEnv, type RouteDeps } from '../http/context';
import { invalidInput, ProfileKitHttpError } from '../http/httpError';
import { asObject, jsonBody } from '../http/jsonBody';
import { callerOf, requireCaller } from '../middleware/requireCaller';
import { storeUnavailable } from '../store/storeUnavailable';
import { findUser } from '../users/findUser';

/** Seconds between heartbeats (an SSE comment) on a quiet stream; default 25 (under common 30 s proxy idle limits). */
const DEFAULT_HEARTBEAT_SECONDS = 25;
/** Seconds between checks of a stream's caller; default 300. */
const DEFAULT_RECHECK_SECONDS = 300;
/** What a client waits before reconnecting after the stream ended (SSE `retry:`). */
const RECONNECT_MS = 1000;

/**
 * `GET /events`: the caller's live events as Server-Sent Events (each with `id:`; resumable with
 * `Last-Event-ID` within the replay window; heartbeats). `POST /events/user-changed`: a user changed their own
 * profile straight at CometChat; the user is re-read with the REST API and what was read is published.
 */
export function eventRoutes(app: Hono<HandlerEnv>, deps: RouteDeps) {
  // One event goes to every open stream as the same object: its SSE frame is serialized once, not per stream.
  // Two frames at most: as published (admins, the user themselves) and the public view (everyone else).
  const frames = new WeakMap<NumberedEvent, { all?: string; public?: string }>();
  const frameOf = (numbered: NumberedEvent, all: boolean) => {
    const cached = frames.get(numbered) ?? {};
    frames.set(numbered, cached);
    const view = all ? 'all' : 'public';
    cached[view] ??=
      `id: ${numbered.id}\ndata: ${JSON.stringify(all ? numbered.event : publicView(numbered.event))}\n\n`;
    return cached[view];
  };
  const adminRoles = deps.options.adminRoles ?? ['admin'];
  const heartbeatMs = (deps.options.events?.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS) * 1000;
  const recheckMs = (deps.options.events?.recheckSeconds ?? DEFAULT_RECHECK_SECONDS) * 1000;
  // With your own `authorize`, a role is yours to say: only the CometChat role comes with a `user.updated`.
  const rolesFromEvents = deps.options.authorize === undefined;

  const authorize = callerOf(deps);

  app.get('/events', requireCaller(deps), async (c) => {
    const caller = c.get('caller');
    const reader: StreamReader = { uid: caller.uid, admin: adminRoles.includes(caller.role) };
    const lastEventId = Number(c.req.header('last-event-id') ?? Number.NaN);
    const pending: NumberedEvent[] = [];
    let wake: (() => void) | undefined;
    let open = true;
    const close = () => {
      open = false;
      wake?.();
    };
    const stopListening = await deps.events
      .listen((numbered) => {
        pending.push(numbered);
        wake?.();
      })
      .catch(() => {
        throw storeUnavailable();
      });
    // Logging out (DELETE /session, on any instance) closes the stream at once; the client's reconnect is refused.
    const authToken = bearerToken(c.req.raw);
    const unwatch = authToken ? await deps.sessions.watch(authToken, close).catch(() => () => {}) : () => {};
    /** Every `recheckMs`, at a heartbeat, the caller is checked again: a token revoked elsewhere ends the stream. */
    let checkedAt = Date.now();
    const stillAllowed = async () => {
      if (Date.now() - checkedAt < recheckMs) return true;
      checkedAt = Date.now();
      const now = await authorize(c.req.raw).catch(() => caller); // CometChat unreachable: keep streaming
      if (!now || !sameUid(now.uid, caller.uid)) return false;
      reader.admin = adminRoles.includes(now.role);
      return true;
    };
    c.header('Cache-Control', 'no-store');
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      stream.onAbort(close);
      /** Resolves `true` when nothing arrived for `heartbeatMs` (time for a heartbeat), `false` when woken. */
      const nextOrHeartbeat = () =>
        new Promise<boolean>((resolve) => {
          if (pending.length > 0 || !open) return resolve(false);
          const timer = setTimeout(() => {
            wake = undefined;
            resolve(true);
          }, heartbeatMs);
          wake = () => {
            wake = undefined;
            clearTimeout(timer);
            resolve(false);
          };
        });
      /** Ids replayed from the window: a live copy of one of them (published during the replay) is skipped. */
      const replayed = new Set<number>();
      /** Sends one event if the reader may see it; `false` when it ended the reader's session. */
      const send = async (numbered: NumberedEvent, fromReplay = false) => {
        const { id, event } = numbered;
        if (replayed.has(id)) return true;
        // The reader's own role changed (an admin made them one, or no longer one): what they may see follows.
        if (rolesFromEvents && event.type === 'user.updated' && sameUid(event.user.uid, reader.uid)) {
          reader.admin = adminRoles.includes(event.user.role ?? 'default');
        }
        if (!visibleTo(reader, event)) return true;
        if (fromReplay) replayed.add(id);
        await stream.write(frameOf(numbered, seesAllOf(reader, event)));
        return !endsSessionOf(reader, event);
      };
      try {
        await stream.write(`retry: ${RECONNECT_MS}\n: connected\n\n`);
        if (Number.isSafeInteger(lastEventId) && lastEventId >= 0) {
          const missed = await deps.events.replay(lastEventId).catch(() => []);
          for (const numbered of missed) if (!(await send(numbered, true))) return;
        }
        while (open) {
          for (let next = pending.shift(); next && open; next = pending.shift()) if (!(await send(next))) return;
          if (!open) return;
          if (!(await nextOrHeartbeat())) continue;
          if (!(await stillAllowed())) return;
          await stream.write(': heartbeat\n\n');
        }
      } finally {
        wake = undefined;
        stopListening();
        unwatch();
      }
    });
  });

  app.post('/events/user-changed', requireCaller(deps), async (c) => {
    const caller = c.get('caller');
    const uid = asObject(await jsonBody(c.req.raw))?.uid;
    if (typeof uid !== 'string' || !isValidUid(uid))
      throw invalidInput({ uid: ['Send the uid that changed: { "uid": "…" }'] });
    if (!sameUid(uid, caller.uid) && !adminRoles.includes(caller.role)) {
      throw new ProfileKitHttpError(403, 'AUTH_ERR_NO_ACCESS', 'You may only report your own profile changes.');
    }
    await enforceLimit(deps, c, 'userChanged', `caller:${caller.uid}`);
    const user = await findUser(deps.rest, normalizeUid(uid));
    if (!user) throw new ProfileKitHttpError(404, 'ERR_UID_NOT_FOUND', `The UID ${uid} does not exist.`);
    // What CometChat stored, never what the client sent; a deactivated user's profile is nobody's to show.
    if (!user.deactivatedAt) await publishEvents(deps, [{ type: 'user.updated', user }]);
    return c.json({ data: { uid: user.uid, published: !user.deactivatedAt } });
  });
}
