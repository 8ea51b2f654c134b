import fc from 'fast-check';
import { isHttpUrl, jsonByteLength } from '../schemas';
import type { JsonObject, User } from '../types';

export const uidArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/);
export const nameArb = fc.string({ minLength: 1, maxLength: 100 });
export const urlArb = fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((url) => isHttpUrl(url));
export const roleArb = fc.constantFrom('default', 'admin', 'moderator');
export const metadataArb = fc
  .dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 })
  .map((value) => JSON.parse(JSON.stringify(value)) as JsonObject)
  .filter((value) => jsonByteLength(value) <= 5 * 1024);
export const tagsArb = fc.array(fc.string({ minLength: 1, maxLength: 30 }), { maxLength: 25 });
export const statusMessageArb = fc.string({ maxLength: 60 });

/** A user as CometChat returns it: required fields, any subset of the optional ones, read-only facts. */
export const loadedUserArb: fc.Arbitrary<User> = fc.record(
  {
    uid: uidArb.map((uid) => uid.toLowerCase()),
    name: nameArb,
    avatar: urlArb,
    link: urlArb,
    role: roleArb,
    metadata: metadataArb,
    statusMessage: statusMessageArb,
    tags: tagsArb,
    status: fc.constantFrom('online' as const, 'offline' as const),
    lastActiveAt: fc.nat(),
    blockedByMe: fc.boolean(),
  },
  { requiredKeys: ['uid', 'name', 'role', 'status'] },
);

const cleared = fc.constantFrom(null, undefined, '');

/** Values as edited: any subset of the editable fields, each a new value, the same value, or cleared where allowed. */
export const draftArb = (loaded: User) =>
  fc.record(
    {
      uid: uidArb,
      name: fc.oneof(nameArb, fc.constant(loaded.name)),
      avatar: fc.oneof(urlArb, cleared, fc.constant(loaded.avatar)),
      link: fc.oneof(urlArb, cleared, fc.constant(loaded.link)),
      role: fc.oneof(roleArb, fc.constant(loaded.role)),
      metadata: fc.oneof(metadataArb, fc.constant(null), fc.constant(loaded.metadata)),
      statusMessage: fc.oneof(statusMessageArb, cleared, fc.constant(loaded.statusMessage)),
      tags: fc.oneof(tagsArb, fc.constant(null), fc.constant(loaded.tags)),
    },
    { requiredKeys: [] },
  );
