import { describe, expectTypeOf, it } from 'vitest';
import type { useCreateUser, useLogin, useUpdateCurrentUser, useUpdateUser } from '../hooks';

type Variables<Hook extends (...args: never[]) => { mutate: (variables: never) => void }> = Parameters<
  ReturnType<Hook>['mutate']
>[0];

describe('mutation call shapes', () => {
  it('useCreateUser().mutate takes uid and name, and nothing read-only', () => {
    expectTypeOf<{ uid: string; name: string; tags: string[] }>().toExtend<Variables<typeof useCreateUser>>();
    expectTypeOf<{ uid: string }>().not.toExtend<Variables<typeof useCreateUser>>();
    expectTypeOf<Variables<typeof useCreateUser>>().not.toHaveProperty('status');
  });

  it('useUpdateUser().mutate takes a uid and the editable fields', () => {
    expectTypeOf<{ uid: string; role: string; unset: ['avatar'] }>().toExtend<Variables<typeof useUpdateUser>>();
    expectTypeOf<{ name: string }>().not.toExtend<Variables<typeof useUpdateUser>>();
    expectTypeOf<Variables<typeof useUpdateUser>>().not.toHaveProperty('lastActiveAt');
  });

  it('useUpdateCurrentUser().mutate refuses uid, role and read-only fields', () => {
    type Changes = Variables<typeof useUpdateCurrentUser>;
    expectTypeOf<{ name: string; statusMessage: string }>().toExtend<Changes>();
    expectTypeOf<Changes>().not.toHaveProperty('role');
    expectTypeOf<Changes>().not.toHaveProperty('uid');
    expectTypeOf<Changes>().not.toHaveProperty('status');
    expectTypeOf<Changes>().not.toHaveProperty('blockedByMe');
    const mutate = (() => {}) as unknown as ReturnType<typeof useUpdateCurrentUser>['mutate'];
    // @ts-expect-error a logged-in user cannot change their role
    mutate({ role: 'admin' });
    // @ts-expect-error nor their uid
    mutate({ uid: 'someone-else' });
  });

  it('useLogin().mutate takes an auth token or a uid', () => {
    expectTypeOf<{ authToken: string }>().toExtend<Variables<typeof useLogin>>();
    expectTypeOf<{ uid: string }>().toExtend<Variables<typeof useLogin>>();
    expectTypeOf<{ name: string }>().not.toExtend<Variables<typeof useLogin>>();
  });
});
