import {
  type ComponentPropsWithoutRef,
  createContext,
  forwardRef,
  type Ref,
  useContext,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { usePkClass } from '../theme/usePkClass';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

interface FieldContextValue {
  controlId: string;
  invalid: boolean;
  /** The ids of the messages on screen, in mount order; changed in place, never a reason to re-render. */
  messageIds: string[];
}

/**
 * Puts the field's message ids on its control. A message registers in its layout effect and calls
 * this, so a message appearing never costs a second render of the field; the control calls it after
 * each of its own renders, which may have written the ids known when it rendered.
 */
function syncDescribedBy(document: Document, controlId: string, messageIds: string[]) {
  const control = document.getElementById(controlId);
  const ids = messageIds.join(' ');
  if (!control || (control.getAttribute('aria-describedby') ?? '') === ids) return;
  if (ids) control.setAttribute('aria-describedby', ids);
  else control.removeAttribute('aria-describedby');
}

const FieldContext = createContext<FieldContextValue | null>(null);

function useFieldContext(part: string): FieldContextValue {
  const context = useContext(FieldContext);
  if (context === null) throw new Error(`profilekit: <${part}> must be rendered inside <Field>`);
  return context;
}

/** State a field exposes as `data-*` attributes (absent when false). */
export interface FieldStateProps {
  invalid?: boolean;
  readOnly?: boolean;
  required?: boolean;
}

/**
 * The root of one field: owns the ids that tie its label, control and messages together.
 *
 * @example
 * ```tsx
 * <Field invalid={!!error}><FieldLabel>Name</FieldLabel><FieldInput /><FieldError>{error}</FieldError></Field>
 * ```
 */
export function Field({
  invalid = false,
  readOnly,
  required,
  className,
  ...props
}: ComponentPropsWithoutRef<'div'> & FieldStateProps) {
  const controlId = useId();
  const [messageIds] = useState<string[]>([]);
  const value = useMemo(() => ({ controlId, invalid, messageIds }), [controlId, invalid, messageIds]);
  const pk = usePkClass();
  return (
    <FieldContext.Provider value={value}>
      <div
        className={pk('pk-field', className)}
        data-invalid={invalid || undefined}
        data-readonly={readOnly || undefined}
        data-required={required || undefined}
        {...props}
      />
    </FieldContext.Provider>
  );
}

/**
 * The label of the field's control.
 *
 * @example
 * ```tsx
 * <Field><FieldLabel>Nickname</FieldLabel><FieldInput /></Field>
 * ```
 */
export function FieldLabel({ className, ...props }: ComponentPropsWithoutRef<'label'>) {
  const { controlId } = useFieldContext('FieldLabel');
  const pk = usePkClass();
  // biome-ignore lint/a11y/noLabelWithoutControl: htmlFor comes from the field context
  return <label htmlFor={controlId} className={pk('pk-label', className)} {...props} />;
}

/**
 * The props that wire a control to its field: `id`, `aria-invalid`, `aria-describedby` (only mounted messages).
 *
 * @example
 * ```tsx
 * function MyControl() {
 *   return <input {...useFieldControlProps()} />; // id, aria-invalid, aria-describedby
 * }
 * ```
 */
export function useFieldControlProps(): { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string } {
  const field = useFieldContext('field control');
  useIsomorphicLayoutEffect(() => syncDescribedBy(document, field.controlId, field.messageIds));
  return {
    id: field.controlId,
    'aria-invalid': field.invalid || undefined,
    'aria-describedby': field.messageIds.join(' ') || undefined,
  };
}

function useRegisteredMessage(part: string): { id: string; ref: Ref<HTMLParagraphElement> } {
  const id = useId();
  const ref = useRef<HTMLParagraphElement>(null);
  const { controlId, messageIds } = useFieldContext(part);
  useIsomorphicLayoutEffect(() => {
    const document = (ref.current as HTMLElement).ownerDocument;
    messageIds.push(id);
    syncDescribedBy(document, controlId, messageIds);
    return () => {
      messageIds.splice(messageIds.indexOf(id), 1);
      syncDescribedBy(document, controlId, messageIds);
    };
  }, [controlId, messageIds, id]);
  return { id, ref };
}

/**
 * A hint under the control; listed in the control's `aria-describedby` while mounted.
 *
 * @example
 * ```tsx
 * <FieldDescription>Shown to other users in chat.</FieldDescription>
 * ```
 */
export function FieldDescription({ className, ...props }: ComponentPropsWithoutRef<'p'>) {
  const { id, ref } = useRegisteredMessage('FieldDescription');
  const pk = usePkClass();
  return <p ref={ref} id={id} className={pk('pk-hint', className)} {...props} />;
}

function MountedError({ className, ...props }: ComponentPropsWithoutRef<'p'>) {
  const { id, ref } = useRegisteredMessage('FieldError');
  const pk = usePkClass();
  return <p ref={ref} id={id} className={pk('pk-error', className)} data-invalid="" {...props} />;
}

/**
 * The field's error; renders nothing (and is not referenced) when there is no message.
 *
 * @example
 * ```tsx
 * <FieldError>{errors.name?.message}</FieldError>
 * ```
 */
export function FieldError({ children, ...props }: ComponentPropsWithoutRef<'p'>) {
  if (children === undefined || children === null || children === '' || children === false) return null;
  return <MountedError {...props}>{children}</MountedError>;
}

/**
 * An `<input>` wired to its field (id, `aria-invalid`, `aria-describedby`).
 *
 * @example
 * ```tsx
 * <FieldInput {...form.register('name')} />
 * ```
 */
// forwardRef, not a `ref` prop: React 18 does not pass `ref` to function components (register() needs it).
export const FieldInput = forwardRef<HTMLInputElement, ComponentPropsWithoutRef<'input'>>(function FieldInput(
  { className, ...props },
  ref,
) {
  const control = useFieldControlProps();
  const pk = usePkClass();
  return <input {...control} className={pk('pk-input', className)} {...props} ref={ref} />;
});

/**
 * A `<textarea>` wired to its field.
 *
 * @example
 * ```tsx
 * <FieldTextarea rows={3} {...form.register('statusMessage')} />
 * ```
 */
export const FieldTextarea = forwardRef<HTMLTextAreaElement, ComponentPropsWithoutRef<'textarea'>>(
  function FieldTextarea({ className, ...props }, ref) {
    const control = useFieldControlProps();
    const pk = usePkClass();
    return <textarea {...control} className={pk('pk-input', className)} {...props} ref={ref} />;
  },
);

/**
 * A `<select>` wired to its field.
 *
 * @example
 * ```tsx
 * <FieldSelect {...form.register('role')}><option>default</option></FieldSelect>
 * ```
 */
export const FieldSelect = forwardRef<HTMLSelectElement, ComponentPropsWithoutRef<'select'>>(function FieldSelect(
  { className, ...props },
  ref,
) {
  const control = useFieldControlProps();
  const pk = usePkClass();
  return <select {...control} className={pk('pk-input', className)} {...props} ref={ref} />;
});
