import type { FieldAccess, FieldRule, UserField, UserFields, UserOperation } from './policy';

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** A JSON value, as CometChat stores in `metadata`. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object: the shape of a user's `metadata`. */
export type JsonObject = { [key: string]: JsonValue };

/** The TypeScript type of a value obeying a rule. */
export type RuleValue<R extends FieldRule> = R extends { kind: 'uid' | 'text' | 'url' | 'role' }
  ? string
  : R extends { kind: 'json' }
    ? JsonObject
    : R extends { kind: 'tags' }
      ? string[]
      : R extends { kind: 'enum'; values: readonly (infer V)[] }
        ? V
        : R extends { kind: 'timestamp' }
          ? number
          : R extends { kind: 'flag' }
            ? boolean
            : never;

/** The value type of a field of CometChat's `User` class. */
export type UserFieldValue<F extends UserField> = RuleValue<UserFields[F]['rule']>;

type FieldsWhere<Op extends UserOperation, A extends FieldAccess> = {
  [F in UserField]: UserFields[F][Op] extends A ? F : never;
}[UserField];

type UnsettableField = { [F in UserField]: UserFields[F]['clear'] extends 'unset' ? F : never }[UserField];

type InputOf<Op extends UserOperation> = {
  [F in FieldsWhere<Op, 'required' | 'identifies'>]: UserFieldValue<F>;
} & { [F in FieldsWhere<Op, 'optional'>]?: UserFieldValue<F> };

type RequiredOnCreate = FieldsWhere<'create', 'required'>;

/** The fields CometChat keeps with each user: all of the table's but those relative to a viewer. */
export type KeptField = { [F in UserField]: UserFields[F] extends { relative: true } ? never : F }[UserField];

/** The kept fields every user has: required when created, or given a `serverDefault` by CometChat. */
type AlwaysKept =
  | RequiredOnCreate
  | { [F in UserField]: UserFields[F] extends { serverDefault: string } ? F : never }[UserField];

/**
 * A user's own fields as CometChat keeps them, derived from the policy table: no viewer-relative flags, no
 * server timestamps. What the emulator stores.
 */
export type KeptUser = Simplify<
  { [F in KeptField & AlwaysKept]: UserFieldValue<F> } & { [F in Exclude<KeptField, AlwaysKept>]?: UserFieldValue<F> }
>;

/** Fields whose clearing is sent in an update's `unset` list: `avatar`, `link`, `metadata`. */
export type ClearableField = UnsettableField & FieldsWhere<'update', 'optional'>;

/** The policy table's fields of a user: `uid` and `name` always, the others when set. */
type UserTableFields = { [F in RequiredOnCreate]: UserFieldValue<F> } & {
  [F in Exclude<UserField, RequiredOnCreate>]?: UserFieldValue<F>;
};

/**
 * A CometChat user as the API returns it. Fields of the policy table, plus what the server adds.
 *
 * @example
 * ```ts
 * const user: User = { uid: 'superhero1', name: 'Iron Man', role: 'default', status: 'offline', tags: [] };
 * ```
 */
export interface User extends UserTableFields {
  /** Unix seconds. */
  createdAt?: number;
  /** Unix seconds. */
  updatedAt?: number;
  /** Unix seconds; present on deactivated users. */
  deactivatedAt?: number;
  /** Present in listings for the logged-in user: the one-to-one conversation id. */
  conversationId?: string;
  /** Only on a response that created or logged in this user with a token. */
  authToken?: string;
}

/**
 * What `createUser(user, authKey)` takes: `uid` and `name` required, the editable fields optional.
 *
 * @example
 * ```ts
 * const input: CreateUserInput = { uid: 'usr1', name: 'Kevin', tags: ['beta'] };
 * ```
 */
export type CreateUserInput = Simplify<InputOf<'create'>>;

/**
 * What `updateUser(user, authKey)` takes: the `uid` of the user to change, the fields to set,
 * and `unset` for the fields to remove.
 *
 * @example
 * ```ts
 * const change: UpdateUserInput = { uid: 'usr1', name: 'Kevin B.', unset: ['avatar'] };
 * ```
 */
export type UpdateUserInput = Simplify<InputOf<'update'> & { unset?: ClearableField[] }>;

/**
 * What `updateCurrentUserDetails(changes)` takes: only what a logged-in user may change of
 * themselves — no `uid`, no `role`, nothing read-only.
 *
 * @example
 * ```ts
 * const changes: CurrentUserChanges = { statusMessage: 'On holiday' };
 * ```
 */
export type CurrentUserChanges = Simplify<InputOf<'updateCurrent'> & { unset?: ClearableField[] }>;

/**
 * What a new person may send when signing themselves up through your backend: `uid` and `name`,
 * and what they could change later themselves — never `role` (your backend assigns it).
 *
 * @example
 * ```ts
 * const input: SignupInput = { uid: 'kevin', name: 'Kevin', avatar: 'https://example.com/kevin.png' };
 * ```
 */
export type SignupInput = Simplify<InputOf<'signup'>>;

/** The request body of each operation. */
export interface OperationInput {
  create: CreateUserInput;
  update: UpdateUserInput;
  updateCurrent: CurrentUserChanges;
  signup: SignupInput;
}

/**
 * Values as edited in a form or by code: a field set to `null`, `undefined` or `""` is cleared;
 * a field not present is left as loaded.
 */
export type UserDraft = Simplify<{
  [F in FieldsWhere<'create', 'required' | 'optional'>]?: UserFieldValue<F> | null;
}>;

/** Field name → messages: the `details` of a validation error. */
export type FieldErrors = Partial<Record<string, string[]>>;
