/**
 * The words of every validation message. Each takes the field's label (from the policy table)
 * and the bound of the rule, so a message always names the field and the rule.
 *
 * Override any of them with {@link createUserSchemas}.
 */
export interface ValidationMessages {
  required(label: string): string;
  notText(label: string): string;
  uidCharacters(label: string): string;
  tooShort(label: string, min: number): string;
  tooLong(label: string, max: number): string;
  notHttpUrl(label: string): string;
  notJsonObject(label: string): string;
  tooLarge(label: string, maxBytes: number, bytes: number): string;
  tooManyItems(label: string, max: number): string;
  itemLength(label: string, min: number, max: number): string;
  notAList(label: string): string;
  unknownUnset(fields: readonly string[]): string;
  setAndUnset(label: string): string;
  notAnObject(): string;
}

const kb = (bytes: number) =>
  Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KB` : 'nested too deeply to measure';

/**
 * profilekit's English messages.
 *
 * @example
 * ```ts
 * defaultMessages.uidCharacters('UID'); // 'UID may contain only letters, digits, underscore and hyphen'
 * ```
 */
export const defaultMessages: ValidationMessages = {
  required: (label) => `${label} is required`,
  notText: (label) => `${label} must be text`,
  uidCharacters: (label) =>
    `${label} may contain only letters, digits, underscore and hyphen (no spaces or other punctuation)`,
  tooShort: (label, min) => (min <= 1 ? `${label} cannot be empty` : `${label} must be at least ${min} characters`),
  tooLong: (label, max) => `${label} must be at most ${max} characters`,
  notHttpUrl: (label) => `${label} must be a full http:// or https:// URL`,
  notJsonObject: (label) => `${label} must be a JSON object, like {"plan": "pro"}`,
  tooLarge: (label, maxBytes, bytes) => `${label} must be at most ${kb(maxBytes)} as JSON (it is ${kb(bytes)})`,
  tooManyItems: (label, max) => `${label} may have at most ${max} entries`,
  itemLength: (label, min, max) => `Each of the ${label.toLowerCase()} must be ${min}–${max} characters`,
  notAList: (label) => `${label} must be a list`,
  unknownUnset: (fields) => `Unset may list only ${fields.join(', ')}`,
  setAndUnset: (label) => `${label} cannot be both set and unset`,
  notAnObject: () => 'The request body must be a JSON object',
};
