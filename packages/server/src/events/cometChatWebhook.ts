import { isValidUid, normalizeUid, type ProfileEvent } from '@profilekit/core';
import { invalidInput } from '../httpError';
import { asObject } from '../jsonBody';

/** The webhooks CometChat sends that become profile events. */
export const PROFILE_TRIGGERS = ['user_connection_status_changed', 'user_blocked', 'user_unblocked'] as const;

/** What one of CometChat's webhooks means: the events to publish and the key a retry repeats. */
export interface WebhookMeaning {
  /** CometChat retries a delivery with the same body: this key is the same for every retry of one event. */
  dedupeKey: string;
  events: ProfileEvent[];
}

const uidIn = (value: unknown, field: string): string => {
  const uid = asObject(value)?.uid;
  if (typeof uid !== 'string' || !isValidUid(uid)) throw invalidInput({ [field]: [`${field} must be a valid uid`] });
  return normalizeUid(uid);
};

/**
 * Reads one of CometChat's webhook bodies (`{ trigger, data, appId, region, webhook }`, as CometChat's
 * "Webhooks: events" page shows them); `undefined` for a trigger profilekit does not use. The de-duplication
 * key follows CometChat's idempotency pattern (`webhook`, `trigger`, then the event's own identity):
 * `user_connection_status_changed` → `data.user.uid`, `data.status`, `data.timestamp` (milliseconds);
 * `user_blocked` / `user_unblocked` → `data.by.uid`, the uids of `data.users`, `data.by.lastActiveAt`.
 *
 * @example
 * ```ts
 * meaningOf({ trigger: 'user_blocked', webhook: 'wh1', data: { by: { uid: 'ana' }, users: { bob: { uid: 'bob' } } } });
 * // { dedupeKey: '["wh1","user_blocked","ana",["bob"],null]', events: [{ type: 'user.blocked', blocker: 'ana', blocked: 'bob' }] }
 * ```
 */
export function meaningOf(body: unknown): WebhookMeaning | undefined {
  const payload = asObject(body);
  if (!payload || typeof payload.trigger !== 'string') {
    throw invalidInput({ trigger: ['Send a CometChat webhook body: { "trigger": "…", "data": { … } }'] });
  }
  const { trigger } = payload;
  if (!(PROFILE_TRIGGERS as readonly string[]).includes(trigger)) return undefined;
  const data = asObject(payload.data);
  if (!data) throw invalidInput({ data: ['data must be an object'] });
  const webhook = typeof payload.webhook === 'string' ? payload.webhook : null;
  if (trigger === 'user_connection_status_changed') {
    const uid = uidIn(data.user, 'data.user');
    if (data.status !== 'online' && data.status !== 'offline') {
      throw invalidInput({ 'data.status': ['data.status must be "online" or "offline"'] });
    }
    const lastActiveAt = asObject(data.user)?.lastActiveAt;
    const timestamp = typeof data.timestamp === 'number' ? data.timestamp : null;
    const event: ProfileEvent = { type: 'presence', uid, status: data.status };
    if (typeof lastActiveAt === 'number') event.lastActiveAt = lastActiveAt;
    return { dedupeKey: JSON.stringify([webhook, trigger, uid, data.status, timestamp]), events: [event] };
  }
  const blocker = uidIn(data.by, 'data.by');
  const users = asObject(data.users);
  const blocked = Object.values(users ?? {}).map((user) => uidIn(user, 'data.users'));
  if (blocked.length === 0) throw invalidInput({ 'data.users': ['data.users must name the blocked users'] });
  const type = trigger === 'user_blocked' ? 'user.blocked' : 'user.unblocked';
  const lastActiveAt = asObject(data.by)?.lastActiveAt ?? null;
  return {
    dedupeKey: JSON.stringify([webhook, trigger, blocker, [...blocked].sort(), lastActiveAt]),
    events: blocked.map((uid) => ({ type, blocker, blocked: uid })),
  };
}
