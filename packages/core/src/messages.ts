import type { UserField } from './policy';

/** The field a validation message is about: its name in the policy table and the label a person reads. */
export interface MessageSubject {
  field: UserField;
  label: string;
}

/**
 * The words of every validation message. Each receives the field it is about (name and label) and
 * the bound of the rule, so a message always names the field and the rule.
 *
 * Override any of them with {@link createUserSchemas}.
 */
export interface ValidationMessages {
  required(subject: MessageSubject): string;
  notText(subject: MessageSubject): string;
  uidCharacters(subject: MessageSubject, charactersInWords: string): string;
  tooShort(subject: MessageSubject, min: number): string;
  tooLong(subject: MessageSubject, max: number): string;
  notHttpUrl(subject: MessageSubject): string;
  notJsonObject(subject: MessageSubject): string;
  tooLarge(subject: MessageSubject, maxBytes: number, bytes: number): string;
  tooManyItems(subject: MessageSubject, max: number): string;
  itemLength(subject: MessageSubject, min: number, max: number): string;
  notAList(subject: MessageSubject): string;
  unknownUnset(fields: readonly UserField[]): string;
  setAndUnset(subject: MessageSubject): string;
  notAnObject(): string;
}

const kb = (bytes: number) =>
  Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KB` : 'nested too deeply to measure';

/**
 * profilekit's English messages.
 *
 * @example
 * ```ts
 * defaultMessages.uidCharacters({ field: 'uid', label: 'UID' }, 'letters and digits'); // 'UID may contain only letters and digits (no spaces or other punctuation)'
 * ```
 */
export const defaultMessages: ValidationMessages = {
  required: ({ label }) => `${label} is required`,
  notText: ({ label }) => `${label} must be text`,
  uidCharacters: ({ label }, characters) => `${label} may contain only ${characters} (no spaces or other punctuation)`,
  tooShort: ({ label }, min) => (min <= 1 ? `${label} cannot be empty` : `${label} must be at least ${min} characters`),
  tooLong: ({ label }, max) => `${label} must be at most ${max} characters`,
  notHttpUrl: ({ label }) => `${label} must be a full http:// or https:// URL`,
  notJsonObject: ({ label }) => `${label} must be a JSON object, like {"plan": "pro"}`,
  tooLarge: ({ label }, maxBytes, bytes) => `${label} must be at most ${kb(maxBytes)} as JSON (it is ${kb(bytes)})`,
  tooManyItems: ({ label }, max) => `${label} may have at most ${max} entries`,
  itemLength: ({ label }, min, max) => `Each of the ${label.toLowerCase()} must be ${min}–${max} characters`,
  notAList: ({ label }) => `${label} must be a list`,
  unknownUnset: (fields) => `Unset may list only ${fields.join(', ')}`,
  setAndUnset: ({ label }) => `${label} cannot be both set and unset`,
  notAnObject: () => 'The request body must be a JSON object',
};
