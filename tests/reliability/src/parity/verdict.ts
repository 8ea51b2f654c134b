import { type FieldErrors, type UserOperation, userFields, validateUserInput } from '@profilekit/core';
import { currentUserChanges, fieldsChangeableBy, isJsonObject, sameValue } from '@profilekit/core/internal';

/** What one side decided about a request body: accept, or reject naming the fields and why. */
export type Verdict = { accepted: true; data: Record<string, unknown> } | { accepted: false; details: FieldErrors };

/**
 * The core's verdict on a body as the emulator receives it, for the user the request names. An admin
 * update names its user in the path, so the core validates the body with that uid (as `updateUser`
 * does with `{ uid, ...changes }`). The existence of a role is the one rule only the server can know
 * (an app's roles): a role the core accepts but the app lacks is expected to be refused on `role`.
 * A body sent to `PUT /me` (every operation but create and update) may clear fields emptied, as the
 * official SDK does: the core validates it as the emulator reads it (`currentUserChanges`).
 */
export function coreVerdict(
  operation: UserOperation,
  body: unknown,
  context: { uid: string; roles: readonly string[] },
): Verdict {
  const toMe = operation !== 'create' && operation !== 'update';
  const input =
    operation === 'update' && isJsonObject(body)
      ? { ...body, uid: context.uid }
      : toMe
        ? currentUserChanges(body)
        : body;
  const result = validateUserInput(operation, input);
  if (!result.success) return { accepted: false, details: result.details };
  const role = (result.data as { role?: unknown }).role;
  if (typeof role === 'string' && !context.roles.includes(role)) return { accepted: false, details: { role: [] } };
  return { accepted: true, data: result.data as Record<string, unknown> };
}

/** The emulator's answer to one request. */
export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: the body is arbitrary JSON
  body: any;
}

/**
 * How the emulator's answer differs from the core's verdict, or `undefined` when they agree: an
 * acceptance is `200` with the sent fields stored as sent (uid lowercased, unset fields gone); a
 * refusal is `400 ERR_BAD_REQUEST` with the core's `details` (for the server-only role rule: on `role`).
 */
export function disagreement(operation: UserOperation, expected: Verdict, answer: Answer): string | undefined {
  if (!expected.accepted) {
    // An unknown role alone is CometChat's ERR_ROLE_NOT_FOUND (its error guide); every other refusal ERR_BAD_REQUEST.
    const codes = sameValue(expected.details, { role: [] })
      ? ['ERR_BAD_REQUEST', 'ERR_ROLE_NOT_FOUND']
      : ['ERR_BAD_REQUEST'];
    if (answer.status !== 400 || !codes.includes(answer.body?.error?.code)) {
      return `core rejects ${JSON.stringify(expected.details)}, emulator answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`;
    }
    const details = answer.body.error.details ?? {};
    const serverOnlyRole = sameValue(expected.details, { role: [] });
    const same = serverOnlyRole ? sameValue(Object.keys(details), ['role']) : sameValue(details, expected.details);
    return same ? undefined : `core rejects ${JSON.stringify(expected.details)}, emulator ${JSON.stringify(details)}`;
  }
  if (answer.status !== 200) {
    return `core accepts, emulator answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`;
  }
  const user = answer.body?.data ?? {};
  const { data } = expected;
  if (operation === 'create' && user.uid !== String(data.uid).toLowerCase()) return `uid stored as ${user.uid}`;
  for (const field of fieldsChangeableBy(operation)) {
    if (field === 'uid' || data[field] === undefined) continue;
    if (!sameValue(user[field], data[field])) {
      return `${field} sent ${JSON.stringify(data[field]).slice(0, 200)}, stored ${JSON.stringify(user[field]).slice(0, 200)}`;
    }
  }
  for (const field of (data.unset as string[] | undefined) ?? []) {
    if (userFields[field as keyof typeof userFields] && user[field] !== undefined) return `${field} not unset`;
  }
  return undefined;
}
