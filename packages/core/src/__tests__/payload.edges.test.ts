import { describe, expect, it } from 'vitest';
import { applyUserPayload, buildUserPayload, sameValue } from '../payload';
import { validateUserInput } from '../schemas';
import type { User } from '../types';

// The cases the property tests' drafts never produce: fields that cannot be cleared, emptied; a create
// from a loaded user; an update with none; values of different JSON kinds; a request changed after it applied.
const loaded: User = { uid: 'usr1', name: 'Kevin', role: 'admin', status: 'offline', tags: ['a'] };

describe('buildUserPayload, fields that cannot be cleared', () => {
  it('sends an emptied name or role empty, so validation refuses it naming the field (never silently dropped)', () => {
    for (const name of ['', null, undefined]) {
      const payload = buildUserPayload('update', loaded, { name });
      expect(payload).toEqual({ uid: 'usr1', name: '' });
      const result = validateUserInput('update', payload);
      expect(result.success ? [] : Object.keys(result.details)).toEqual(['name']);
    }
    const payload = buildUserPayload('update', loaded, { role: '' });
    expect(payload).toEqual({ uid: 'usr1', role: '' });
    const result = validateUserInput('update', payload);
    expect(result.success ? [] : Object.keys(result.details)).toEqual(['role']);
  });

  it('sends nothing for a name or role that was already empty', () => {
    expect(buildUserPayload('update', { uid: 'usr1' }, { name: '', role: '' })).toEqual({ uid: 'usr1' });
  });
});

describe('buildUserPayload, other starting points', () => {
  it('for create, sends every non-empty value even when a loaded user holds the same (a retried sign-up)', () => {
    const draft = { uid: 'usr1', name: 'Kevin', tags: ['a'], avatar: '' };
    expect(buildUserPayload('create', loaded, draft)).toEqual({ uid: 'usr1', name: 'Kevin', tags: ['a'] });
  });

  it('for an admin update with no loaded user, takes the uid from the draft and sends every value', () => {
    expect(buildUserPayload('update', undefined, { uid: 'usr1', name: 'Kevin' })).toEqual({
      uid: 'usr1',
      name: 'Kevin',
    });
  });
});

describe('sameValue', () => {
  it('tells null, lists and objects apart', () => {
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue({}, null)).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue({ 0: 'a' }, ['a'])).toBe(false);
    expect(sameValue(['a', { b: 1 }], ['a', { b: 1 }])).toBe(true);
  });

  it('tells objects apart by every key, not just one (property runs may never draw such a pair)', () => {
    expect(sameValue({ plan: 'pro', visits: 1 }, { plan: 'pro', visits: 2 })).toBe(false);
    expect(sameValue({ plan: 'pro', visits: 1 }, { visits: 1, plan: 'pro' })).toBe(true);
  });
});

describe('applyUserPayload', () => {
  it('gives a user that shares no list or object with the request (changing the request later changes nothing)', () => {
    const request = { name: 'Kev', tags: ['x'], metadata: { plan: 'pro' } };
    const next = applyUserPayload('update', loaded, request);
    request.tags.push('y');
    request.metadata.plan = 'free';
    expect(next).toEqual({ ...loaded, name: 'Kev', tags: ['x'], metadata: { plan: 'pro' } });
  });
});
