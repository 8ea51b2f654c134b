/**
 * The rules of CometChat's `User` class, as data. Every schema, input type, form field state and
 * request payload in profilekit is derived from {@link userFields}; changing a rule is a one-line edit here.
 *
 * @module
 */

/**
 * The operations on a CometChat user: `createUser` (REST API key or Auth Key), `updateUser` (an admin),
 * `updateCurrentUserDetails` (the logged-in user), and `signup` — a new person creating their own user
 * through your backend, who may set only what they could later change themselves (never their role).
 */
export type UserOperation = 'create' | 'update' | 'updateCurrent' | 'signup';

/** All operations, in the order the seed describes them, then sign-up. */
export const userOperations = [
  'create',
  'update',
  'updateCurrent',
  'signup',
] as const satisfies readonly UserOperation[];

/** `true` for the operations that make a new user (`create`, `signup`). */
export function createsUser(operation: UserOperation): operation is 'create' | 'signup' {
  return operation === 'create' || operation === 'signup';
}

/**
 * How one operation treats one field.
 * - `required`: must be given.
 * - `optional`: may be given (on an update: may be changed).
 * - `identifies`: names the user being changed; sent, never changed (the uid of an admin update).
 * - `ignored`: never sent; CometChat ignores it (the uid when updating the logged-in user).
 * - `locked`: visible but not changeable by this operation (a logged-in user's role).
 * - `readOnly`: maintained by CometChat only.
 */
export type FieldAccess = 'required' | 'optional' | 'identifies' | 'ignored' | 'locked' | 'readOnly';

/** What a valid value of a field is. */
export type FieldRule =
  | {
      readonly kind: 'uid';
      readonly maxLength: number;
      /** The characters a uid may hold, checked one by one. */
      readonly characters: RegExp;
      /** Those characters in words, for the message that names the rule. */
      readonly charactersInWords: string;
      /** `true` when `Bob` and `bob` name one user (CometChat stores uids lowercased). */
      readonly caseInsensitive: boolean;
    }
  | { readonly kind: 'text'; readonly minLength: number; readonly maxLength: number }
  | { readonly kind: 'url'; readonly maxLength: number }
  | { readonly kind: 'role'; readonly maxLength: number }
  | { readonly kind: 'json'; readonly maxBytes: number }
  | { readonly kind: 'tags'; readonly maxItems: number; readonly maxLength: number }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'timestamp' }
  | { readonly kind: 'flag' };

/**
 * What clearing a field in an update sends.
 * - `unset`: the field is listed in the request's `unset` array and removed.
 * - `empty`: the empty value (`""` or `[]`) is sent.
 * - `never`: the field cannot be emptied.
 */
export type ClearBehaviour = 'unset' | 'empty' | 'never';

/** One row of the policy table. */
export interface FieldPolicy {
  /** The field's name as a person reads it; used in every message about the field. */
  readonly label: string;
  readonly create: FieldAccess;
  readonly update: FieldAccess;
  readonly updateCurrent: FieldAccess;
  readonly signup: FieldAccess;
  readonly rule: FieldRule;
  readonly clear: ClearBehaviour;
  /** Only meaningful relative to another logged-in user (hidden on one's own profile); never stored with the user. */
  readonly relative?: true;
  /** What CometChat stores when a new user's request leaves the field out. */
  readonly serverDefault?: string;
}

/**
 * The policy table of CometChat's `User` class.
 *
 * Where a row is stricter than CometChat's docs it is profilekit's choice, marked on the row, with CometChat's own
 * rule in {@link cometChatRules}: `avatar` and `link` http(s) only, where the docs ask for "a valid URL" (a
 * `javascript:` or `data:` URL is never what a profile should link to); `statusMessage` ≤ 1000 characters, where the
 * docs set no bound (a few sentences; long enough for any presence line, short enough for list rows).
 *
 * @example
 * ```ts
 * import { userFields } from '@profilekit/core';
 * userFields.role.updateCurrent; // 'locked': a logged-in user cannot change their role
 * userFields.tags.rule.maxItems; // 25
 * ```
 */
export const userFields = {
  uid: {
    label: 'UID',
    create: 'required',
    update: 'identifies',
    updateCurrent: 'ignored',
    signup: 'required',
    rule: {
      kind: 'uid',
      maxLength: 100,
      characters: /^[A-Za-z0-9_-]+$/,
      charactersInWords: 'letters, digits, underscore and hyphen',
      caseInsensitive: true,
    },
    clear: 'never',
  },
  name: {
    label: 'Name',
    create: 'required',
    update: 'optional',
    updateCurrent: 'optional',
    signup: 'required',
    rule: { kind: 'text', minLength: 1, maxLength: 100 },
    clear: 'never',
  },
  avatar: {
    label: 'Avatar',
    // profilekit's choice: http(s) only (CometChat: any valid URL, cometChatRules.avatar).
    create: 'optional',
    update: 'optional',
    updateCurrent: 'optional',
    signup: 'optional',
    rule: { kind: 'url', maxLength: 3000 },
    clear: 'unset',
  },
  link: {
    label: 'Link',
    // profilekit's choice: http(s) only (CometChat: any valid URL, cometChatRules.link).
    create: 'optional',
    update: 'optional',
    updateCurrent: 'optional',
    signup: 'optional',
    rule: { kind: 'url', maxLength: 3000 },
    clear: 'unset',
  },
  role: {
    label: 'Role',
    create: 'optional',
    update: 'optional',
    updateCurrent: 'locked',
    signup: 'ignored',
    rule: { kind: 'role', maxLength: 100 },
    clear: 'never',
    serverDefault: 'default',
  },
  metadata: {
    label: 'Metadata',
    create: 'optional',
    update: 'optional',
    updateCurrent: 'optional',
    signup: 'optional',
    rule: { kind: 'json', maxBytes: 5 * 1024 },
    clear: 'unset',
  },
  statusMessage: {
    label: 'Status message',
    // profilekit's choice: at most 1000 characters (CometChat: no bound, cometChatRules.statusMessage).
    create: 'optional',
    update: 'optional',
    updateCurrent: 'optional',
    signup: 'optional',
    rule: { kind: 'text', minLength: 0, maxLength: 1000 },
    clear: 'empty',
  },
  tags: {
    label: 'Tags',
    create: 'optional',
    update: 'optional',
    updateCurrent: 'optional',
    signup: 'optional',
    rule: { kind: 'tags', maxItems: 25, maxLength: 100 },
    clear: 'empty',
  },
  status: {
    label: 'Status',
    create: 'readOnly',
    update: 'readOnly',
    updateCurrent: 'readOnly',
    signup: 'readOnly',
    rule: { kind: 'enum', values: ['online', 'offline'] },
    clear: 'never',
    serverDefault: 'offline',
  },
  lastActiveAt: {
    label: 'Last active',
    create: 'readOnly',
    update: 'readOnly',
    updateCurrent: 'readOnly',
    signup: 'readOnly',
    rule: { kind: 'timestamp' },
    clear: 'never',
  },
  hasBlockedMe: {
    label: 'Has blocked me',
    create: 'readOnly',
    update: 'readOnly',
    updateCurrent: 'readOnly',
    signup: 'readOnly',
    rule: { kind: 'flag' },
    clear: 'never',
    relative: true,
  },
  blockedByMe: {
    label: 'Blocked by me',
    create: 'readOnly',
    update: 'readOnly',
    updateCurrent: 'readOnly',
    signup: 'readOnly',
    rule: { kind: 'flag' },
    clear: 'never',
    relative: true,
  },
} as const satisfies Record<string, FieldPolicy>;

/**
 * CometChat's own documented rules for the rows where the table is stricter — profilekit's choices. The emulator
 * accepts what these accept unless started with `--strict`; the kit's forms, schemas, clients and server apply the
 * table. `url` here means any valid absolute URL (`isValidUrl`), whatever its scheme.
 */
export const cometChatRules = {
  avatar: { kind: 'url', maxLength: 3000 },
  link: { kind: 'url', maxLength: 3000 },
  statusMessage: { kind: 'text', minLength: 0, maxLength: Infinity },
} as const satisfies Partial<Record<string, FieldRule>>;

/** The table's type. */
export type UserFields = typeof userFields;

/** A field of CometChat's `User` class. */
export type UserField = keyof UserFields;

/** Every field, in table order. */
export const userFieldNames = Object.keys(userFields) as UserField[];

/**
 * The fields an operation accepts in its request (given, or identifying the user).
 *
 * @example
 * ```ts
 * fieldsSentBy('update'); // ['uid', 'name', 'avatar', 'link', 'role', 'metadata', 'statusMessage', 'tags']
 * ```
 */
export function fieldsSentBy(operation: UserOperation): UserField[] {
  return userFieldNames.filter((field) => isSent(userFields[field][operation]));
}

/**
 * The fields an operation may set or change.
 *
 * @example
 * ```ts
 * fieldsChangeableBy('updateCurrent'); // no 'uid', no 'role'
 * ```
 */
export function fieldsChangeableBy(operation: UserOperation): UserField[] {
  return userFieldNames.filter((field) => isChangeable(userFields[field][operation]));
}

/**
 * What CometChat stores for a new user beyond its request: each field's `serverDefault`.
 *
 * @example
 * ```ts
 * serverDefaults(); // { role: 'default', status: 'offline' }
 * ```
 */
export function serverDefaults(): Partial<Record<UserField, string>> {
  const defaults: Partial<Record<UserField, string>> = {};
  for (const field of userFieldNames) {
    const { serverDefault } = userFields[field] as FieldPolicy;
    if (serverDefault !== undefined) defaults[field] = serverDefault;
  }
  return defaults;
}

/** The fields whose clearing is sent as `unset`. */
export const unsettableFields = userFieldNames.filter((field) => userFields[field].clear === 'unset');

function isChangeable(access: FieldAccess): boolean {
  return access === 'required' || access === 'optional';
}

function isSent(access: FieldAccess): boolean {
  return isChangeable(access) || access === 'identifies';
}

/**
 * How a form presents a field in an operation.
 * - `editable`: can be changed now and later.
 * - `createOnly`: can be set now, never changed afterwards (the uid on sign-up).
 * - `readOnly`: shown, not editable.
 * - `hidden`: not shown (nothing to show yet, or meaningless here).
 */
export type FieldState = 'editable' | 'createOnly' | 'readOnly' | 'hidden';

/**
 * The form state of a field in an operation, derived from the table.
 *
 * @example
 * ```ts
 * fieldState('uid', 'create'); // 'createOnly'
 * fieldState('role', 'updateCurrent'); // 'readOnly'
 * fieldState('status', 'create'); // 'hidden'
 * ```
 */
export function fieldState(field: UserField, operation: UserOperation): FieldState {
  const policy: FieldPolicy = userFields[field];
  const access = policy[operation];
  if (isChangeable(access)) {
    const changeableLater = isChangeable(policy.update) || isChangeable(policy.updateCurrent);
    return createsUser(operation) && !changeableLater ? 'createOnly' : 'editable';
  }
  // A user being made has nothing to show yet; what the new person may not set is set for them.
  if (createsUser(operation)) return 'hidden';
  if (access === 'readOnly' && operation === 'updateCurrent' && policy.relative) return 'hidden';
  return 'readOnly';
}
