import {
  fieldState,
  type User,
  type UserDraft,
  type UserField,
  type UserFields,
  userFieldNames,
  userFields,
} from '@profilekit/core';

/** A field a form edits: every field of the policy table that a create may set (not the read-only facts). */
export type FormField = { [F in UserField]: UserFields[F]['create'] extends 'readOnly' ? never : F }[UserField];

/** The fields a form can edit in some mode, in table order (uid, name, avatar, link, role, metadata, statusMessage, tags). */
export const formFieldNames = userFieldNames.filter((field) => fieldState(field, 'create') !== 'hidden') as FormField[];

/** The fields only CometChat maintains, shown as facts (status, lastActiveAt, hasBlockedMe, blockedByMe). */
export const factFieldNames = /* @__PURE__ */ userFieldNames.filter(
  (field) => fieldState(field, 'create') === 'hidden',
);

/**
 * What the inputs hold, by the field's rule in the policy table: a list for tags, text for every
 * other field (metadata as JSON text).
 * Conversion to a request happens in one place: {@link draftFromValues} then core's `buildUserPayload`.
 */
export type UserFormValues = {
  [F in FormField]: UserFields[F]['rule'] extends { kind: 'tags' } ? string[] : string;
};

/** `true` when `name` is a field the form edits. */
export function isFormField(name: string): name is FormField {
  return (formFieldNames as string[]).includes(name);
}

/** Pretty JSON text of a metadata object, or `""` when there is none. */
export function metadataText(metadata: unknown): string {
  return metadata === undefined || metadata === null ? '' : JSON.stringify(metadata, null, 2);
}

/**
 * The input values for a user as loaded (or empty inputs for a new user).
 *
 * @example
 * ```ts
 * valuesFromUser({ uid: 'usr1', name: 'Kevin', tags: ['beta'] }).tags; // ['beta']
 * ```
 */
export function valuesFromUser(user: Partial<User> | undefined): UserFormValues {
  const values: Record<string, unknown> = {};
  for (const field of formFieldNames) values[field] = valueFromUser(user, field);
  return values as UserFormValues;
}

/** One input's value for a user as loaded (see {@link valuesFromUser}): a read-only field needs no other. */
export function valueFromUser<F extends FormField>(user: Partial<User> | undefined, field: F): UserFormValues[F] {
  const value = user?.[field];
  const { kind } = userFields[field].rule;
  return (
    kind === 'tags'
      ? [...((value as string[] | undefined) ?? [])]
      : kind === 'json'
        ? metadataText(value)
        : (value ?? '')
  ) as UserFormValues[F];
}

/** The outcome of reading the metadata text: parsed JSON, a cleared field, or why it is not JSON. */
export type ParsedMetadata = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Parses the metadata editor's text. Empty text clears the field.
 *
 * @example
 * ```ts
 * parseMetadataText('{"plan":"pro"}'); // { ok: true, value: { plan: 'pro' } }
 * parseMetadataText('{plan'); // { ok: false, reason: '…' }
 * ```
 */
export function parseMetadataText(text: string): ParsedMetadata {
  if (text.trim() === '') return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Rules whose text is trimmed before it is sent (identifiers and URLs; names and status messages keep their spaces). */
const trimmedKinds: ReadonlySet<string> = new Set(['uid', 'url', 'role']);

let lastMetadata: { text: string; parsed: ParsedMetadata } | undefined;

/** {@link parseMetadataText}, remembering the last text: validating other fields never re-parses unchanged metadata. */
function parseMetadataOnce(text: string): ParsedMetadata {
  if (lastMetadata?.text !== text) lastMetadata = { text, parsed: parseMetadataText(text) };
  return lastMetadata.parsed;
}

/**
 * The input values as a core `UserDraft` (what `buildUserPayload` takes), plus the metadata
 * text's syntax error when it is not JSON (its field is then left out of the draft).
 */
export function draftFromValues(values: UserFormValues): { draft: UserDraft; metadataError?: string } {
  const draft: Record<string, unknown> = {};
  let metadataError: string | undefined;
  for (const field of formFieldNames) {
    const { kind } = userFields[field].rule;
    const value = values[field];
    if (kind === 'tags') draft[field] = value.length > 0 ? value : null;
    else if (kind === 'json') {
      const metadata = parseMetadataOnce(value as string);
      if (metadata.ok) draft[field] = metadata.value;
      else metadataError = metadata.reason;
    } else draft[field] = trimmedKinds.has(kind) ? (value as string).trim() : value;
  }
  return { draft: draft as UserDraft, ...(metadataError === undefined ? {} : { metadataError }) };
}
