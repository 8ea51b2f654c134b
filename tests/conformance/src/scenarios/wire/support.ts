import type { Fact, ScenarioContext } from '../../scenario';
import type { WireAnswer } from '../../wire';

/** Raw scenarios run only in the `wire` column: no client is involved. */
export const wireOnly = ['wire'];

/** What a refusal is judged on: the status, the code and the fields `details` names. */
export const refusal = (answer: WireAnswer): Fact => ({
  status: answer.status,
  code: answer.code,
  fields: answer.fields,
});

/** The refusal DESIGN's error table documents for a field that breaks its rule. */
export const badRequest = (...fields: string[]): Fact => ({
  status: 400,
  code: 'ERR_BAD_REQUEST',
  fields: [...fields].sort(),
});

/** Stops a scenario whose set-up step the server refused: the cell then fails naming the step. */
export function accepted(answer: WireAnswer, step: string): WireAnswer {
  if (answer.status !== 200) throw new Error(`${step}: ${answer.status} ${answer.code ?? ''}`);
  return answer;
}

/** Creates a user with a raw `POST /users` (REST API key) and answers the uid. */
export async function rawUser(context: ScenarioContext, name: string, fields: Record<string, unknown> = {}) {
  const uid = context.uid(name);
  accepted(
    await context.wire.asAdmin('POST', '/users', { uid, name: `Conformance ${name}`, ...fields }),
    `POST /users ${uid}`,
  );
  return uid;
}

/** Logs a user in as the SDK does on the wire: an auth token from the REST API, then `PUT /me`. */
export async function rawLogin(context: ScenarioContext, uid: string): Promise<string> {
  const token = accepted(await context.wire.asAdmin('POST', `/users/${uid}/auth_tokens`, {}), `auth token for ${uid}`);
  const authToken = String((token.data as { authToken?: unknown }).authToken);
  accepted(await context.wire.asUser(authToken, 'PUT', '/me', {}), `PUT /me as ${uid}`);
  return authToken;
}

/** A user as the admin API reads it now (`GET /users/{uid}`, REST API key). */
export async function stored(context: ScenarioContext, uid: string): Promise<Record<string, unknown>> {
  const answer = accepted(await context.wire.asAdmin('GET', `/users/${uid}`), `GET /users/${uid}`);
  return answer.data as Record<string, unknown>;
}

/** The uids of this run in a raw listing, in the order the server gave them. */
export function listed(context: ScenarioContext, answer: WireAnswer): string[] {
  const users = Array.isArray(answer.data) ? (answer.data as { uid?: unknown }[]) : [];
  return users.map((user) => String(user.uid)).filter((uid) => uid.startsWith(context.ledger.prefix));
}
