import type { CreateUserInput, CurrentUserChanges, UpdateUserInput } from '@profilekit/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { UserFormPayload } from '../../form/modes';
import type { UseUserFormOptions } from '../../form/useUserForm';

describe('useUserForm payload types', () => {
  it('hands each mode the request type of its operation', () => {
    expectTypeOf<UserFormPayload<'create'>>().toEqualTypeOf<CreateUserInput>();
    expectTypeOf<UserFormPayload<'update'>>().toEqualTypeOf<UpdateUserInput>();
    expectTypeOf<UserFormPayload<'updateCurrent'>>().toEqualTypeOf<CurrentUserChanges>();
  });

  it('never lets a current-mode submit read a role or uid', () => {
    type Submit = UseUserFormOptions<'updateCurrent'>['onSubmit'];
    expectTypeOf<Parameters<Submit>[0]>().not.toHaveProperty('role');
    expectTypeOf<Parameters<Submit>[0]>().not.toHaveProperty('uid');
    expectTypeOf<Parameters<Submit>[0]>().not.toHaveProperty('status');
  });
});
