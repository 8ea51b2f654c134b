import { userFields } from '@profilekit/core';
import { parseMetadataText } from '../form/formValues';
import { usePkClass } from '../theme/usePkClass';
import { BoundField, controlProps, type FieldPartProps } from './BoundField';
import { FieldDescription, FieldTextarea } from './Field';
import { useMetadataCheck } from './useMetadataCheck';
import { useUserFormField } from './useUserFormField';

const { maxBytes } = userFields.metadata.rule;

/**
 * The Metadata editor: JSON text checked as you type, its size against CometChat's 5 KB limit
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
  // The size bar and its "x KB of 5 KB" follow a frame after the text: a keystroke's frame shows the key only.
  const { bytes, parsed, flush } = useMetadataCheck(field.value);
  const format = () => {
    const now = parseMetadataText(field.value);
    if (now.ok && now.value !== null) field.onChange(JSON.stringify(now.value, null, 2));
  };
  const props = controlProps(binding);
  return (
    <BoundField
      binding={binding}
      description={description}
      className={className}
      control={
        <>
          <FieldTextarea
            rows={6}
            spellCheck={false}
            value={field.value}
            placeholder={placeholder ?? '{ "plan": "pro" }'}
            className={pk('pk-code')}
            {...props}
            onBlur={() => {
              flush();
              props.onBlur();
            }}
          />
          <div className={pk('pk-json-bar')}>
            {parsed === undefined || parsed.ok ? (
              <FieldDescription data-over={bytes > maxBytes ? '' : undefined}>
                <meter
                  min={0}
                  max={maxBytes}
                  high={maxBytes * 0.9}
                  value={Math.min(bytes, maxBytes)}
                  aria-hidden="true"
                />{' '}
                {messages.jsonSize(bytes, maxBytes)}
              </FieldDescription>
            ) : binding.error === undefined ? (
              // Once the form shows this as the field's error, the hint would say it a second time.
              <FieldDescription data-invalid="">{messages.invalidJson(label, parsed.reason)}</FieldDescription>
            ) : null}
            <button
              type="button"
              className={pk('pk-button pk-button-secondary')}
              onClick={format}
              disabled={field.value.trim() === '' || parsed?.ok === false}
            >
              {messages.formatJson}
            </button>
          </div>
        </>
      }
    >
      {children}
    </BoundField>
  );
}
