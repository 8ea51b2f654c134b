'use client';

import type { UserClient } from '@profilekit/core';
import { ProfileEditForm, ProfileKitProvider, SignupFlow } from '@profilekit/react';
import { ar } from '@profilekit/react/locales/ar';
import { de } from '@profilekit/react/locales/de';

// One language for every form: the provider's `locale` (messages, dates, numbers, lang and dir).
// English is bundled; each other language is an entry of its own, so the app ships only what it imports.
export const ArabicApp = ({ client }: { client: UserClient }) => (
  <ProfileKitProvider client={client} locale={ar}>
    <ProfileEditForm />
  </ProfileKitProvider>
);

// A component's own `locale` wins over the provider's; `messages` still override single strings on top.
export const GermanSignup = () => (
  <SignupFlow locale={de} messages={{ signUp: 'Jetzt registrieren' }} onRegister={() => undefined} />
);
