import { userFields } from '@profilekit/core';
import { jsonByteLength } from '@profilekit/core/internal';
import { parseMetadataText } from '../form/formValues';
import { Field, FieldDescription, FieldError, FieldLabel, FieldTextarea } from './Field';
import { controlProps, type FieldPartProps } from './TextField';
import { usePkClass } from './UnstyledProvider';
import { useUserFormField } from './useUserFormField';

const { maxBytes } = userFields.metadata.rule;

/**
 * The Metadata editor: JSON text parsed as you type, its size against CometChat's 5 KB limit
 * (from the policy table), and a button that formats it.
 *
 * @example
 * ```tsx
 * <MetadataField name="metadata" />
 * ```
 */
export function MetadataField({
  name = 'metadata',
  description,
  children,
  className,
  placeholder,
}: Partial<FieldPartProps<'metadata'>>) {
  const binding = useUserFormField(name);
  const { field, messages, label } = binding;
  const pk = usePkClass();
  const parsed = parseMetadataText(field.value);
  const bytes = parsed.ok && parsed.value !== null ? jsonByteLength(parsed.value) : 0;
  const format = () => {
    if (!parsed.ok || parsed.value === null) return;
    field.onChange(JSON.stringify(parsed.value, null, 2));
  };
  return (
    <Field invalid={binding.error !== undefined} className={className} data-field={name}>
      <FieldLabel>{label}</FieldLabel>
      <FieldTextarea
        rows={6}
        spellCheck={false}
        value={field.value}
        placeholder={placeholder ?? '{ "plan": "pro" }'}
        className={pk('pk-code')}
        {...controlProps(binding)}
      />
      <div className={pk('pk-json-bar')}>
        {parsed.ok ? (
          <FieldDescription data-over={bytes > maxBytes ? '' : undefined}>
            <meter min={0} max={maxBytes} high={maxBytes * 0.9} value={Math.min(bytes, maxBytes)} aria-hidden="true" />{' '}
            {messages.jsonSize(bytes, maxBytes)}
          </FieldDescription>
        ) : (
          <FieldDescription data-invalid="">{messages.invalidJson(label, parsed.reason)}</FieldDescription>
        )}
        <button
          type="button"
          className={pk('pk-button pk-button-secondary')}
          onClick={format}
          disabled={!parsed.ok || parsed.value === null}
        >
          {messages.formatJson}
        </button>
      </div>
      {description !== undefined && <FieldDescription>{description}</FieldDescription>}
      {children}
      <FieldError>{binding.error}</FieldError>
    </Field>
  );
}
