import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyUserPayload, buildUserPayload, isClearedValue, isEmptyChange, sameValue } from '../payload';
import { fieldsChangeableBy, userFields } from '../policy';
import { validateUserInput } from '../schemas';
import type { User, UserDraft } from '../types';
import { draftArb, loadedUserArb } from './arbitraries';

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** What the user should look like after an operation: the draft applied, restricted to what the operation may change. */
function expectedAfter(operation: 'update' | 'updateCurrent', loaded: User, draft: UserDraft): User {
  const next: Record<string, unknown> = { ...loaded };
  for (const field of fieldsChangeableBy(operation)) {
    if (!Object.hasOwn(draft, field)) continue;
    const value = (draft as Record<string, unknown>)[field];
    if (!isClearedValue(value)) next[field] = value;
    else if (userFields[field].clear === 'unset') delete next[field];
    else if (userFields[field].clear === 'empty' && next[field] !== undefined) {
      // An absent statusMessage or tags list is already empty: clearing it sends nothing.
      next[field] = userFields[field].rule.kind === 'tags' ? [] : '';
    }
  }
  return json(next) as unknown as User;
}

const cases = fc
  .tuple(fc.constantFrom('update' as const, 'updateCurrent' as const), loadedUserArb)
  .chain(([op, loaded]) => fc.tuple(fc.constant(op), fc.constant(loaded), draftArb(loaded)));

describe('buildUserPayload', () => {
  it('applied to the loaded user gives the edited user, restricted to what the operation may change', () => {
    fc.assert(
      fc.property(cases, ([operation, loaded, draft]) => {
        const payload = buildUserPayload(operation, loaded, draft);
        const applied = json(applyUserPayload(operation, loaded, payload));
        expect(applied).toEqual(expectedAfter(operation, loaded, draft));
      }),
      { numRuns: 2000 },
    );
  });

  it('is minimal, valid, and never carries what the operation may not change', () => {
    fc.assert(
      fc.property(cases, ([operation, loaded, draft]) => {
        const payload = buildUserPayload(operation, loaded, draft) as Record<string, unknown>;
        const allowed = new Set<string>([...fieldsChangeableBy(operation), 'unset']);
        if (operation === 'update') {
          expect(payload.uid).toBe(loaded.uid);
          allowed.add('uid');
        }
        for (const [key, value] of Object.entries(payload)) {
          expect(allowed.has(key)).toBe(true);
          if (key !== 'uid' && key !== 'unset') expect(sameValue(value, loaded[key as keyof User])).toBe(false);
        }
        for (const field of (payload.unset as string[] | undefined) ?? []) expect(loaded).toHaveProperty(field);
        expect(validateUserInput(operation, payload).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('for create, sends every non-empty value and nothing read-only', () => {
    fc.assert(
      fc.property(
        loadedUserArb.chain((user) => draftArb(user)),
        (draft) => {
          const payload = buildUserPayload('create', undefined, draft) as Record<string, unknown>;
          for (const [field, value] of Object.entries(draft)) {
            if (isClearedValue(value)) expect(payload).not.toHaveProperty(field);
            else expect(payload[field]).toEqual(value);
          }
          expect(Object.keys(payload).every((key) => fieldsChangeableBy('create').includes(key as never))).toBe(true);
        },
      ),
    );
  });
});

describe('examples', () => {
  const loaded: User = {
    uid: 'usr1',
    name: 'Kevin',
    avatar: 'https://a.example/k.png',
    role: 'admin',
    tags: ['a'],
    status: 'online',
    metadata: { plan: 'pro' },
  };

  it('clears avatar and metadata with unset, tags with an empty list, and ignores role for the logged-in user', () => {
    const draft = { name: 'Kev', avatar: '', metadata: null, tags: null, role: 'default' };
    expect(buildUserPayload('updateCurrent', loaded, draft)).toEqual({
      name: 'Kev',
      tags: [],
      unset: ['avatar', 'metadata'],
    });
    expect(buildUserPayload('update', loaded, draft)).toEqual({
      uid: 'usr1',
      name: 'Kev',
      role: 'default',
      tags: [],
      unset: ['avatar', 'metadata'],
    });
  });

  it('sends nothing when nothing changed, whatever the key order of metadata', () => {
    expect(buildUserPayload('updateCurrent', loaded, { ...loaded, metadata: { plan: 'pro' } })).toEqual({});
  });

  it('an empty change is a request carrying nothing but the uid; a create is never empty', () => {
    for (const operation of ['update', 'updateCurrent'] as const) {
      expect(isEmptyChange(operation, buildUserPayload(operation, loaded, { ...loaded }))).toBe(true);
      expect(isEmptyChange(operation, buildUserPayload(operation, loaded, { name: 'Kev' }))).toBe(false);
      expect(isEmptyChange(operation, buildUserPayload(operation, loaded, { avatar: '' }))).toBe(false);
    }
    expect(isEmptyChange('create', {})).toBe(false);
    expect(isEmptyChange('signup', {})).toBe(false);
  });

  it('applying a payload never changes uid, read-only fields, or a logged-in user role', () => {
    const body = { uid: 'x', role: 'moderator', status: 'offline', name: 'K' } as never;
    expect(applyUserPayload('updateCurrent', loaded, body)).toEqual({ ...loaded, name: 'K' });
  });
});
