import { InputField } from './InputField';
import { useDemoMessages } from './i18n/useDemoMessages';

/** The app-only fields of a sign-up, which never go to CometChat: kept by your backend. */
export interface AccountValues {
  email: string;
  password: string;
}

/** Errors your backend reported for the app-only fields. */
export type AccountErrors = Partial<Record<keyof AccountValues, string>>;

/** Email (optional) and password, rendered inside `SignupFlow` through its `renderField` slot. */
export function AccountFields({
  values,
  errors,
  onChange,
}: {
  values: AccountValues;
  errors: AccountErrors;
  onChange: (values: AccountValues) => void;
}) {
  const t = useDemoMessages();
  return (
    <>
      <InputField
        label={t.email}
        type="email"
        name="email"
        autoComplete="email"
        value={values.email}
        onValueChange={(email) => onChange({ ...values, email })}
        description={t.emailHint}
        error={errors.email}
      />
      <InputField
        label={t.password}
        type="password"
        name="password"
        autoComplete="new-password"
        required
        value={values.password}
        onValueChange={(password) => onChange({ ...values, password })}
        description={t.passwordHint}
        error={errors.password}
      />
    </>
  );
}
