import type { RestClient } from '@profilekit/core/rest';
import type { Ledger } from './ledger';
import type { Fact } from './scenario';
import type { Target } from './target';
import { wire } from './wire';

/** What the target answered where our documentation is unsure: recorded, never judged. */
export type Findings = Record<string, Fact>;

const avatar = 'https://example.com/profilekit/probe.png';
const uidsOf = (data: unknown) =>
  (Array.isArray(data) ? data : []).map((user) => (user as { uid: string }).uid).sort() as string[];

/**
 * Asks the target, over plain HTTP, the questions the docs leave open: search semantics, both spellings of
 * the online status, `unset` and emptied fields on `PUT /me`, and the `settings` hosts a login with the SDK's
 * body and headers answers. What the docs do state is asserted by the `wire` scenarios instead. Only facts go in: booleans, codes,
 * host names, the names of the settings — never a key or token.
 */
export async function probe(target: Target, admin: RestClient, ledger: Ledger): Promise<Findings> {
  const raw = wire(target);
  const uid = (name: string) => {
    const value = `${ledger.prefix}p_${name}`;
    ledger.uids.add(value);
    return value;
  };
  const marker = `Zp${ledger.prefix.slice(3, 9)}`;
  const findings: Findings = {};
  const tokenOf = async (name: string, fields: Record<string, unknown> = {}) => {
    await admin.createUser({ uid: uid(name), name: `Probe ${name}`, ...fields });
    return (await admin.createAuthToken(uid(name))).authToken;
  };

  // Search: does searchKey match the start of the name, a word inside it, the start of the uid?
  await admin.createUser({ uid: uid('search'), name: `${marker}start Ada ${marker}word` });
  const search = async (key: string) => uidsOf((await raw.asAdmin('GET', `/users?searchKey=${key}&perPage=100`)).data);
  findings['search: start of the name matches'] = (await search(`${marker}start`)).includes(uid('search'));
  findings['search: a word inside the name matches'] = (await search(`${marker}word`)).includes(uid('search'));
  findings['search: start of the uid matches'] = (await search(`${ledger.prefix}p_sea`)).includes(uid('search'));

  // Login as the SDK does: its body, resource and sdk headers. What comes back?
  const loginToken = await tokenOf('login');
  const sdkBody = {
    platform: 'WEB',
    deviceId: `${target.appId}_conformance_probe`,
    appInfo: { version: 'v4.2.0', apiVersion: 'v3.0', userAgent: 'profilekit-conformance' },
  };
  const headers = { resource: 'WEB-4_2_0-profilekit-conformance', sdk: 'javascript@4.2.0' };
  const login = await raw.asUser(loginToken, 'PUT', '/me', sdkBody, headers);
  const me = (login.data ?? {}) as Record<string, unknown>;
  const settings = (me.settings ?? {}) as Record<string, unknown>;
  // Its status, user and auth token are asserted by the scenario `wire: login as the SDK sends it`.
  findings['login PUT /me: settings keys'] = Object.keys(settings).sort();
  for (const key of ['ADMIN_API_HOST', 'CLIENT_API_HOST', 'CHAT_API_VERSION']) {
    findings[`login PUT /me: settings.${key}`] = typeof settings[key] === 'string' ? (settings[key] as string) : null;
  }
  const plain = await raw.asUser(loginToken, 'PUT', '/me', {});
  findings['login PUT /me with {} and no resource/sdk headers: status'] = plain.status;

  // Online status: both spellings on the admin API (the logged-in probe user is online, if login makes it so).
  const statusKey = `${ledger.prefix}p_`;
  for (const spelling of ['available', 'online', 'offline']) {
    const data = (await raw.asAdmin('GET', `/users?searchKey=${statusKey}&status=${spelling}&perPage=100`)).data;
    findings[`list status=${spelling}: finds the logged-in user`] = uidsOf(data).includes(uid('login'));
  }

  // Clearing on PUT /me: `unset` (documented for the admin update only) and emptied values (what the SDK sends).
  for (const field of ['avatar', 'link', 'metadata'] as const) {
    const value = field === 'metadata' ? { plan: 'pro' } : avatar;
    const token = await tokenOf(`unset-${field}`, { [field]: value });
    const answer = await raw.asUser(token, 'PUT', '/me', { unset: [field] });
    const after = await admin.getUser(uid(`unset-${field}`));
    findings[`PUT /me {unset:["${field}"]}: status`] = answer.status;
    findings[`PUT /me {unset:["${field}"]}: ${field} gone`] = isEmpty(after[field]);
    const emptiedToken = await tokenOf(`empty-${field}`, { [field]: value });
    const emptied = field === 'metadata' ? {} : '';
    const emptiedAnswer = await raw.asUser(emptiedToken, 'PUT', '/me', { [field]: emptied });
    const emptiedAfter = await admin.getUser(uid(`empty-${field}`));
    findings[`PUT /me {${field}: ${JSON.stringify(emptied)}}: status, code`] = [
      emptiedAnswer.status,
      emptiedAnswer.code,
    ];
    findings[`PUT /me {${field}: ${JSON.stringify(emptied)}}: stored as`] = describe(emptiedAfter[field]);
  }
  // A role (and a uid) in PUT /me are asserted by the `wire: PUT /me with a role|uid` scenarios.
  return findings;
}

function isEmpty(value: unknown): boolean {
  return describe(value) !== 'a value';
}

/** How a stored field looks, without its value. */
function describe(value: unknown): string {
  if (value === undefined || value === null) return 'absent';
  if (value === '') return 'empty string';
  if (typeof value === 'object' && Object.keys(value).length === 0) return 'empty object';
  return 'a value';
}
