'use client';

import type { UserClient } from '@profilekit/core';
import { ProfileEditForm, type ProfileKitLocale, ProfileKitProvider } from '@profilekit/react';
import { useEffect, useState } from 'react';

// Load a language only when the person picks it: each locale is a small chunk (~3 kB gz).
const loaders: Record<string, () => Promise<ProfileKitLocale>> = {
  ar: () => import('@profilekit/react/locales/ar').then((module) => module.ar),
  he: () => import('@profilekit/react/locales/he').then((module) => module.he),
  ja: () => import('@profilekit/react/locales/ja').then((module) => module.ja),
};

export function LocalizedProfile({ client, language }: { client: UserClient; language: string }) {
  const [locale, setLocale] = useState<ProfileKitLocale>();
  useEffect(() => {
    let current = true;
    const load = loaders[language];
    if (load) void load().then((loaded) => current && setLocale(loaded));
    else setLocale(undefined); // English, the bundled default
    return () => {
      current = false;
    };
  }, [language]);
  return (
    <ProfileKitProvider client={client} locale={locale}>
      <ProfileEditForm />
    </ProfileKitProvider>
  );
}
