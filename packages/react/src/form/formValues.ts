import { fieldState, type User, type UserDraft, userFieldNames } from '@profilekit/core';

/** The fields a form can edit in some mode: every field a create may set (uid, name, avatar, link, role, metadata, statusMessage, tags). */
export const formFieldNames = userFieldNames.filter((field) => fieldState(field, 'create') !== 'hidden') as FormField[];

/** The fields only CometChat maintains, shown as facts (status, lastActiveAt, hasBlockedMe, blockedByMe). */
export const factFieldNames = userFieldNames.filter((field) => fieldState(field, 'create') === 'hidden');

/** A field a form edits. */
export type FormField = 'uid' | 'name' | 'avatar' | 'link' | 'role' | 'metadata' | 'statusMessage' | 'tags';

/**
 * What the inputs hold: text for every field (metadata as JSON text), a list for tags.
 * Conversion to a request happens in one place: {@link draftFromValues} then core's `buildUserPayload`.
 */
export interface UserFormValues {
  uid: string;
  name: string;
  avatar: string;
  link: string;
  role: string;
  metadata: string;
  statusMessage: string;
  tags: string[];
}

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
  return {
    uid: user?.uid ?? '',
    name: user?.name ?? '',
    avatar: user?.avatar ?? '',
    link: user?.link ?? '',
    role: user?.role ?? '',
    metadata: metadataText(user?.metadata),
    statusMessage: user?.statusMessage ?? '',
    tags: [...(user?.tags ?? [])],
  };
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

/**
 * The input values as a core `UserDraft` (what `buildUserPayload` takes), plus the metadata
 * text's syntax error when it is not JSON (its field is then left out of the draft).
 */
export function draftFromValues(values: UserFormValues): { draft: UserDraft; metadataError?: string } {
  const metadata = parseMetadataText(values.metadata);
  const draft: Record<string, unknown> = {
    uid: values.uid.trim(),
    name: values.name,
    avatar: values.avatar.trim(),
    link: values.link.trim(),
    role: values.role.trim(),
    statusMessage: values.statusMessage,
    tags: values.tags.length > 0 ? values.tags : null,
  };
  if (metadata.ok) draft.metadata = metadata.value;
  return { draft: draft as UserDraft, ...(metadata.ok ? {} : { metadataError: metadata.reason }) };
}
