'use client';

import { Fragment, type ReactNode } from 'react';
import { UserDangerZone, type UserDangerZoneProps } from '../admin/UserDangerZone';
import { ReadOnlyFacts } from '../fields/ReadOnlyFacts';
import type { RoleOption } from '../fields/RoleField';
import { UnstyledProvider, usePkClass } from '../fields/UnstyledProvider';
import { UserFormField } from '../fields/UserFormField';
import { type FormField, formFieldNames } from '../form/formValues';
import type { UserFormMode } from '../form/modes';
import { UserFormProvider } from '../form/UserFormContext';
import { type UseUserFormOptions, useUserForm } from '../form/useUserForm';
import { FormActions } from './FormActions';
import { FormAnnouncer } from './FormAnnouncer';

/** Look and feel shared by the styled components. */
export interface ThemeProps {
  /** Drop profilekit's `pk-*` classes (and with them every style from `styles.css`). */
  unstyled?: boolean;
  /**
   * `'light'` or `'dark'` forces a theme; `'system'` follows the OS (`prefers-color-scheme`). By default
   * the form follows the host page's `color-scheme` (light unless the page declares dark).
   */
  theme?: 'light' | 'dark' | 'system';
  className?: string;
}

/** Props of {@link UserForm}. */
export interface UserFormProps<M extends UserFormMode> extends UseUserFormOptions<M>, ThemeProps {
  /** Roles to offer in a select; without them Role is a text input. */
  roles?: readonly RoleOption[];
  /** Which fields to show, in order; default: every field the table shows for this mode. */
  fields?: readonly FormField[];
  /** Slot above the fields (a heading, an intro). */
  header?: ReactNode;
  /** Slot below the actions. */
  footer?: ReactNode;
  /** Parts rendered inside a field, e.g. `{ uid: <UidAvailability /> }`. */
  fieldExtras?: Partial<Record<FormField, ReactNode>>;
  /** Wrap or replace the element of each field. */
  renderField?: (name: FormField, element: ReactNode) => ReactNode;
  /** Show Status, Last active (and blocked flags) on updates; default `true`. */
  showFacts?: boolean;
  /** Show a Reset button; default `false`. */
  showReset?: boolean;
  /** What the live region says after a successful submit. */
  successMessage?: string;
  submitLabel?: string;
  /**
   * In `update` mode (admin): a danger zone below the form to deactivate, reactivate or delete the
   * user — `true`, or its props (e.g. `{ onDeleted }`). Needs an admin client.
   */
  dangerZone?: boolean | Pick<UserDangerZoneProps, 'onDeleted' | 'className'>;
  /** Rendered inside the form, e.g. an unsaved-changes guard. */
  children?: ReactNode;
  'aria-label'?: string;
}

/**
 * A styled, accessible form for a CometChat user in one of three modes — `create` (sign-up or admin),
 * `update` (admin, by uid) or `current` (the logged-in user) — with every field's state, validation
 * and request derived from core's policy table.
 *
 * @example
 * ```tsx
 * const update = useUpdateUser();
 * <UserForm mode="update" user={user} roles={['default', 'admin']} onSubmit={(change) => update.mutateAsync(change)} />
 * ```
 */
export function UserForm<M extends UserFormMode>(props: UserFormProps<M>) {
  return (
    <UnstyledProvider unstyled={props.unstyled ?? false}>
      <StyledUserForm {...props} />
    </UnstyledProvider>
  );
}

function StyledUserForm<M extends UserFormMode>({
  roles,
  fields = formFieldNames,
  header,
  footer,
  fieldExtras = {},
  renderField = (_name, element) => element,
  showFacts = true,
  showReset = false,
  successMessage,
  submitLabel,
  children,
  theme,
  className,
  dangerZone,
  'aria-label': ariaLabel,
  ...options
}: UserFormProps<M>) {
  const api = useUserForm(options);
  const pk = usePkClass();
  return (
    <UserFormProvider value={api}>
      <form
        className={pk('pk-root pk-form', className)}
        data-theme={theme}
        data-mode={api.mode}
        noValidate
        onSubmit={api.submit}
        aria-label={ariaLabel}
      >
        {header}
        {showFacts && api.mode !== 'create' && api.user !== undefined && (
          <ReadOnlyFacts user={api.user} operation={api.operation} messages={api.messages} />
        )}
        {fields.map((name) => (
          <Fragment key={name}>
            {renderField(
              name,
              <UserFormField name={name} roles={roles}>
                {fieldExtras[name]}
              </UserFormField>,
            )}
          </Fragment>
        ))}
        {children}
        <FormAnnouncer success={successMessage} />
        <FormActions showReset={showReset} submitLabel={submitLabel} />
        {footer}
      </form>
      {dangerZone && api.mode === 'update' && options.user?.uid !== undefined && (
        <UserDangerZone
          user={{ ...options.user, uid: options.user.uid }}
          messages={options.messages}
          theme={theme}
          unstyled={options.unstyled}
          {...(dangerZone === true ? {} : dangerZone)}
        />
      )}
    </UserFormProvider>
  );
}
