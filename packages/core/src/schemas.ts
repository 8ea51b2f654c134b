import * as z from 'zod/mini';
import { defaultMessages, type MessageSubject, type ValidationMessages } from './messages';
import {
  createsUser,
  type FieldRule,
  fieldsChangeableBy,
  fieldsSentBy,
  type UserField,
  type UserOperation,
  unsettableFields,
  userFields,
  userOperations,
} from './policy';
import type { FieldErrors, JsonObject, OperationInput } from './types';

// zod's documented setting for a strict Content-Security-Policy: no object schema compiles its parser with
// `new Function` or probes whether it may (a strict policy reports the probe as a violation). zod/mini's objects,
// ours, compile nothing today; classic `zod` objects do, and this global setting covers an app's own schemas on
// the same copy of zod too (core's browserBundle test runs both under a string-eval-refusing context).
z.config({ jitless: true });

/** The zod schema of each operation's request, derived from the policy table. */
export type UserSchemas = { [Op in UserOperation]: z.ZodMiniType<OperationInput[Op]> };

const HTTP_URL_START = /^https?:\/\//i;
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f]/;

/**
 * `true` for an absolute `http:` or `https:` URL with a host — never `javascript:`, `data:` or a relative path.
 *
 * @example
 * ```ts
 * isHttpUrl('https://example.com/a.png'); // true
 * isHttpUrl('javascript:alert(1)'); // false
 * ```
 */
export function isHttpUrl(value: string): boolean {
  if (!HTTP_URL_START.test(value) || WHITESPACE_OR_CONTROL.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * `true` for a valid absolute URL of any scheme (`https:`, `ftp:`, `mailto:`, even `javascript:`): CometChat's own
 * rule for avatar and link ("a valid URL"). profilekit's forms never render such a value as `src` or `href` unless
 * {@link isHttpUrl} holds too.
 *
 * @example
 * ```ts
 * isValidUrl('ftp://files.example.com/a.png'); // true
 * isValidUrl('not-a-url'); // false
 * ```
 */
export function isValidUrl(value: string): boolean {
  return !WHITESPACE_OR_CONTROL.test(value) && URL.canParse(value);
}

/**
 * `true` for a plain object whose every value is JSON (no functions, dates, `undefined` or cycles).
 *
 * @example
 * ```ts
 * isJsonObject({ plan: 'pro' }); // true
 * isJsonObject([1, 2]); // false
 * ```
 */
export function isJsonObject(value: unknown): value is JsonObject {
  return isPlainObject(value) && isJson(value, new Set());
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Walks the value with a stack of its own, so JSON nested thousands deep is judged, not a stack overflow. */
function isJson(root: unknown, seen: Set<object>): boolean {
  const stack: { value: unknown; leaving?: true }[] = [{ value: root }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { value, leaving } = top;
    if (leaving) seen.delete(value as object);
    else if (typeof value === 'number') {
      if (!Number.isFinite(value)) return false;
    } else if (value !== null && typeof value !== 'string' && typeof value !== 'boolean') {
      if (typeof value !== 'object' || seen.has(value)) return false;
      const children = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : null;
      if (!children) return false;
      seen.add(value);
      stack.push({ value, leaving: true });
      for (const child of children) stack.push({ value: child });
    }
  }
  return true;
}

/**
 * The size of a value serialized as JSON, in UTF-8 bytes: what CometChat's metadata limit counts.
 * `Infinity` for a value nested too deeply for `JSON.stringify` (far beyond any size limit).
 *
 * @example
 * ```ts
 * jsonByteLength({ e: 'é' }); // 10
 * ```
 */
export function jsonByteLength(value: unknown): number {
  try {
    return new TextEncoder().encode(JSON.stringify(value)).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function textSchema(subject: MessageSubject, m: ValidationMessages, ...checks: z.core.$ZodCheck<string>[]) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? m.required(subject) : m.notText(subject)) })
    .check(...checks);
}

/**
 * The zod schema of one rule, with messages naming the field. A read-only field's rule accepts nothing:
 * no request may set it.
 *
 * @example
 * ```ts
 * ruleSchema({ field: 'tags', label: 'Tags' }, userFields.tags.rule).safeParse(['x'.repeat(101)]).success; // false
 * ```
 */
export function ruleSchema(
  subject: MessageSubject,
  rule: FieldRule,
  m: ValidationMessages = defaultMessages,
): z.ZodMiniType {
  const atMost = (max: number) => z.maxLength(max, m.tooLong(subject, max));
  switch (rule.kind) {
    case 'uid':
      return textSchema(
        subject,
        m,
        z.minLength(1, m.required(subject)),
        atMost(rule.maxLength),
        z.refine((value: string) => rule.characters.test(value), m.uidCharacters(subject, rule.charactersInWords)),
      );
    case 'text': {
      const atLeast = rule.minLength > 0 ? [z.minLength(rule.minLength, m.tooShort(subject, rule.minLength))] : [];
      return textSchema(subject, m, atMost(rule.maxLength), ...atLeast);
    }
    case 'role':
      return textSchema(subject, m, z.minLength(1, m.tooShort(subject, 1)), atMost(rule.maxLength));
    case 'url':
      return textSchema(subject, m, atMost(rule.maxLength), z.refine(isHttpUrl, m.notHttpUrl(subject)));
    case 'json':
      return z.custom<JsonObject>(isJsonObject, m.notJsonObject(subject)).check((ctx) => {
        const bytes = jsonByteLength(ctx.value);
        if (bytes > rule.maxBytes) {
          ctx.issues.push({ code: 'custom', input: ctx.value, message: m.tooLarge(subject, rule.maxBytes, bytes) });
        }
      });
    case 'tags': {
      const itemLength = m.itemLength(subject, 1, rule.maxLength);
      const tag = z
        .string({ error: itemLength })
        .check(z.minLength(1, itemLength), z.maxLength(rule.maxLength, itemLength));
      return z
        .array(tag, { error: m.notAList(subject) })
        .check(z.maxLength(rule.maxItems, m.tooManyItems(subject, rule.maxItems)));
    }
    default:
      // enum, timestamp, flag: the rules of read-only fields, which CometChat alone maintains. No request
      // may carry them (no operation sends them), so no value is valid — and no number or boolean
      // schema reaches a browser bundle for fields nobody can set (nor `z.never`: `z.custom` is there anyway).
      return z.custom(() => false);
  }
}

/**
 * Builds the request schema of each operation from the policy table (each on first use), optionally with your own
 * messages and your own labels for the fields (each message receives the field and its label).
 *
 * @example
 * ```ts
 * const schemas = createUserSchemas({ required: ({ label }) => `${label} fehlt` }, { name: 'Anzeigename' });
 * schemas.create.safeParse({ uid: 'usr1' }).success; // false: "Anzeigename fehlt"
 * ```
 */
export function createUserSchemas(
  messages: Partial<ValidationMessages> = {},
  labels: Partial<Record<UserField, string>> = {},
): UserSchemas {
  const m: ValidationMessages = { ...defaultMessages, ...messages };
  const subjectOf = (field: UserField): MessageSubject => ({ field, label: labels[field] ?? userFields[field].label });
  const schemaFor = (operation: UserOperation) => {
    const shape: Record<string, z.ZodMiniType> = {};
    for (const field of fieldsSentBy(operation)) {
      const schema = ruleSchema(subjectOf(field), userFields[field].rule, m);
      shape[field] = userFields[field][operation] === 'optional' ? z.optional(schema) : schema;
    }
    const clearable = unsettableFields.filter((field) => fieldsChangeableBy(operation).includes(field));
    if (!createsUser(operation) && clearable.length > 0) {
      const unsetMessage = m.unknownUnset(clearable);
      shape.unset = z.optional(z.array(z.enum(clearable, { error: unsetMessage }), { error: unsetMessage }));
    }
    return z.object(shape, { error: m.notAnObject() }).check((ctx) => {
      const value = ctx.value as Record<string, unknown> & { unset?: unknown };
      for (const field of Array.isArray(value.unset) ? value.unset : []) {
        if (value[field] !== undefined) {
          const message = m.setAndUnset(subjectOf(field as UserField));
          ctx.issues.push({ code: 'custom', input: value, path: [field], message });
        }
      }
    });
  };
  // Each operation's schema is built on first use: a form validates one operation, and building all
  // four (zod objects of every field's rule) is a noticeable part of a form's mount on a slow phone.
  const built: Partial<Record<UserOperation, z.ZodMiniType>> = {};
  const schemas = {};
  for (const operation of userOperations) {
    Object.defineProperty(schemas, operation, {
      enumerable: true,
      get: () => (built[operation] ??= schemaFor(operation)),
    });
  }
  return schemas as UserSchemas;
}

/**
 * The request schemas with profilekit's English messages.
 *
 * @example
 * ```ts
 * userSchemas.updateCurrent.parse({ name: 'Kevin', role: 'admin' }); // { name: 'Kevin' }: role is not the user's to change
 * ```
 */
export const userSchemas: UserSchemas = /* @__PURE__ */ createUserSchemas();

/** The outcome of {@link validateUserInput}. */
export type ValidationResult<T> = { success: true; data: T } | { success: false; details: FieldErrors };

/**
 * Validates a request for an operation. Unknown fields, and fields the operation may not change,
 * are dropped from `data`; problems come back as field → messages.
 *
 * @example
 * ```ts
 * const result = validateUserInput('create', { uid: 'usr 1', name: 'Kevin' });
 * if (!result.success) result.details.uid; // ['UID may contain only letters, digits, underscore and hyphen …']
 * ```
 */
export function validateUserInput<Op extends UserOperation>(
  operation: Op,
  input: unknown,
  schemas: UserSchemas = userSchemas,
): ValidationResult<OperationInput[Op]> {
  const result = z.safeParse(schemas[operation] as z.ZodMiniType<OperationInput[Op]>, input);
  if (result.success) return { success: true, data: result.data };
  return { success: false, details: issuesToFieldErrors(result.error.issues) };
}

/**
 * Groups zod issues by their top-level field (`tags.3` → `tags`); body-level issues go under `body`.
 *
 * @example
 * ```ts
 * issuesToFieldErrors(result.error.issues); // { tags: ['Each of the tags must be 1–100 characters'] }
 * ```
 */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const details: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : 'body';
    const messages = details[key] ?? [];
    if (!messages.includes(issue.message)) messages.push(issue.message);
    details[key] = messages;
  }
  return details;
}
