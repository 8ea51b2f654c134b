import { describe, expectTypeOf, it } from 'vitest';
import type { UserField } from '../policy';
import type { CreateUserInput, CurrentUserChanges, KeptUser, UpdateUserInput, User } from '../types';

const readOnly = ['status', 'lastActiveAt', 'hasBlockedMe', 'blockedByMe'] as const;
type ReadOnlyField = (typeof readOnly)[number];

describe('input types derived from the policy table', () => {
  it('CreateUserInput requires uid and name', () => {
    expectTypeOf<{ uid: string; name: string }>().toExtend<CreateUserInput>();
    expectTypeOf<{ uid: string }>().not.toExtend<CreateUserInput>();
    expectTypeOf<{ name: string }>().not.toExtend<CreateUserInput>();
    expectTypeOf<CreateUserInput['role']>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error name is required
    const missingName: CreateUserInput = { uid: 'usr1' };
    void missingName;
  });

  it('UpdateUserInput requires uid and accepts the editable fields and unset', () => {
    expectTypeOf<{ uid: string }>().toExtend<UpdateUserInput>();
    expectTypeOf<{ name: string }>().not.toExtend<UpdateUserInput>();
    expectTypeOf<{ uid: string; role: string; unset: ['avatar', 'link', 'metadata'] }>().toExtend<UpdateUserInput>();
    // @ts-expect-error name cannot be unset
    const unsetName: UpdateUserInput = { uid: 'u', unset: ['name'] };
    void unsetName;
  });

  it('CurrentUserChanges rejects uid and role', () => {
    expectTypeOf<CurrentUserChanges>().not.toHaveProperty('uid');
    expectTypeOf<CurrentUserChanges>().not.toHaveProperty('role');
    // @ts-expect-error a logged-in user cannot change their role
    const role: CurrentUserChanges = { role: 'admin' };
    // @ts-expect-error nor their uid
    const uid: CurrentUserChanges = { uid: 'someone-else' };
    void role;
    void uid;
    expectTypeOf<{ name: string; statusMessage: string; tags: string[] }>().toExtend<CurrentUserChanges>();
  });

  it('no input type accepts a read-only field', () => {
    expectTypeOf<keyof CreateUserInput>().exclude<ReadOnlyField>().toEqualTypeOf<keyof CreateUserInput>();
    expectTypeOf<CreateUserInput>().not.toHaveProperty('status');
    expectTypeOf<CreateUserInput>().not.toHaveProperty('lastActiveAt');
    expectTypeOf<UpdateUserInput>().not.toHaveProperty('hasBlockedMe');
    expectTypeOf<UpdateUserInput>().not.toHaveProperty('status');
    expectTypeOf<CurrentUserChanges>().not.toHaveProperty('blockedByMe');
    expectTypeOf<CurrentUserChanges>().not.toHaveProperty('lastActiveAt');
    // @ts-expect-error status is CometChat's to set
    const status: UpdateUserInput = { uid: 'u', status: 'online' };
    void status;
  });

  it('User carries the read-only facts with their types', () => {
    expectTypeOf<User['status']>().toEqualTypeOf<'online' | 'offline' | undefined>();
    expectTypeOf<User['lastActiveAt']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<User['uid']>().toEqualTypeOf<string>();
  });

  it('KeptUser (what the emulator stores) is the table minus the viewer-relative fields; created or defaulted ones required', () => {
    expectTypeOf<keyof KeptUser>().toEqualTypeOf<Exclude<UserField, 'hasBlockedMe' | 'blockedByMe'>>();
    expectTypeOf<KeptUser['uid'] | KeptUser['name'] | KeptUser['role']>().toEqualTypeOf<string>();
    expectTypeOf<KeptUser['status']>().toEqualTypeOf<'online' | 'offline'>();
    expectTypeOf<KeptUser['avatar']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<KeptUser['lastActiveAt']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<User['name']>().toEqualTypeOf<string>();
  });
});
