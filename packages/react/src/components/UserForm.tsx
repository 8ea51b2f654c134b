'use client';

import { Fragment, memo, type ReactNode } from 'react';
import { ReadOnlyFacts } from '../fields/ReadOnlyFacts';
import type { RoleOption } from '../fields/RoleField';
import { UserFormField } from '../fields/UserFormField';
import { type FormField, formFieldNames } from '../form/formValues';
import type { UserFormMode } from '../form/modes';
import { UserFormProvider } from '../form/UserFormContext';
import { type UseUserFormOptions, useUserForm } from '../form/useUserForm';
import { KitRoot, type ThemeProps } from '../theme/KitRoot';
import { FormActions } from './FormActions';
import { FormAnnouncer } from './FormAnnouncer';

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
   * In `update` mode (admin): rendered below the form, outside it — pass
   * `<UserDangerZone user={user} />` to deactivate, reactivate or delete the user (needs an admin client).
   * A slot, so a profile page that never shows it never loads it.
   */
  dangerZone?: ReactNode;
  /** Rendered inside the form, e.g. an unsaved-changes guard. */
  children?: ReactNode;
  'aria-label'?: string;
}

/**
 * A styled, accessible form for a CometChat user in one of three modes — `create` (sign-up or admin),
 * `update` (admin, by uid) or `updateCurrent` (the logged-in user) — with every field's state, validation
 * and request derived from core's policy table.
 *
 * @example
 * ```tsx
 * const update = useUpdateUser();
 * <UserForm mode="update" user={user} roles={['default', 'admin']} onSubmit={(change) => update.mutateAsync(change)} />
 * ```
 */
export function UserForm<M extends UserFormMode>(props: UserFormProps<M>) {
  const {
    roles,
    fields = formFieldNames,
    header,
    footer,
    fieldExtras = noExtras,
    renderField = asIs,
    showFacts = true,
    showReset = false,
    successMessage,
    submitLabel,
    children,
    unstyled,
    theme,
    className,
    dangerZone,
    'aria-label': ariaLabel,
    ...options
  } = props;
  const api = useUserForm(options);
  return (
    <UserFormProvider value={api}>
      <KitRoot
        as="form"
        unstyled={unstyled}
        theme={theme}
        locale={api.locale}
        className={className}
        data-mode={api.mode}
        noValidate
        onSubmit={api.submit}
        aria-label={ariaLabel}
      >
        {header}
        {showFacts && api.mode !== 'create' && api.user !== undefined && (
          <Facts user={api.user} operation={api.mode} messages={api.messages} />
        )}
        <UserFormFields fields={fields} roles={roles} fieldExtras={fieldExtras} renderField={renderField} />
        {children}
        <Announcer success={successMessage} />
        <Actions showReset={showReset} submitLabel={submitLabel} />
        {footer}
      </KitRoot>
      {api.mode === 'update' && dangerZone}
    </UserFormProvider>
  );
}

const noExtras: Partial<Record<FormField, ReactNode>> = {};
const asIs = (_name: FormField, element: ReactNode) => element;

const Facts = memo(ReadOnlyFacts);
const Announcer = memo(FormAnnouncer);
const Actions = memo(FormActions);
const BoundPart = memo(UserFormField);

/** The form's fields, each element made once per change of what it shows. */
const UserFormFields = memo(function UserFormFields({
  fields,
  roles,
  fieldExtras,
  renderField,
}: {
  fields: readonly FormField[];
  roles: readonly RoleOption[] | undefined;
  fieldExtras: Partial<Record<FormField, ReactNode>>;
  renderField: (name: FormField, element: ReactNode) => ReactNode;
}) {
  return fields.map((name) => (
    <Fragment key={name}>
      {renderField(
        name,
        <BoundPart name={name} roles={roles}>
          {fieldExtras[name]}
        </BoundPart>,
      )}
    </Fragment>
  ));
});
