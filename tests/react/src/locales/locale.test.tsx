import '@testing-library/jest-dom/vitest';
import { createHttpClient, isProfileKitError } from '@profilekit/core';
import { withDevAuthKey } from '@profilekit/core/dev';
import { createEmulator } from '@profilekit/emulator/browser';
import { describeError, ProfileEditForm, type ProfileKitLocale, ProfileKitProvider } from '@profilekit/react';
import { ar } from '@profilekit/react/locales/ar';
import { de } from '@profilekit/react/locales/de';
import { fr } from '@profilekit/react/locales/fr';
import { ja } from '@profilekit/react/locales/ja';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { BASE_URL, createHarness } from '../harness';

afterEach(cleanup);

async function loggedIn(locale?: ProfileKitLocale) {
  const h = createHarness();
  await h.client.createUser({ uid: 'usr1', name: 'Kevin', role: 'admin' }, h.emulator.authKey);
  await h.client.login('usr1', h.emulator.authKey);
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <ProfileKitProvider client={h.client} queryClient={h.queryClient} locale={locale}>
      {children}
    </ProfileKitProvider>
  );
  return { ...h, wrapper };
}

/** A thrown profilekit error from a real call. */
async function thrownBy(call: () => Promise<unknown>) {
  const error = await call().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isProfileKitError(error)) throw new Error(`expected a profilekit error, got ${String(error)}`);
  return error;
}

describe('the locale prop', () => {
  it("the provider's locale: Arabic labels, lang and dir on the form, a save announced in Arabic", async () => {
    const h = await loggedIn(ar);
    const user = userEvent.setup();
    render(<ProfileEditForm aria-label="profile" />, { wrapper: h.wrapper });
    const name = await screen.findByLabelText('الاسم');
    const form = screen.getByRole('form', { name: 'profile' });
    expect(form).toHaveAttribute('lang', 'ar');
    expect(form).toHaveAttribute('dir', 'rtl');
    expect(screen.getByLabelText('الدور')).toHaveAccessibleDescription('الدور: لا يغيّره إلا المسؤول.');
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'حفظ الملف الشخصي' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription('الاسم: لا يمكن أن يكون فارغًا'));
    await user.type(name, 'كيفن');
    await user.click(screen.getByRole('button', { name: 'حفظ الملف الشخصي' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('تم حفظ تغييراتك.'));
    expect((await h.sent('PUT', '/me')).filter((body) => body && 'name' in body)).toEqual([{ name: 'كيفن' }]);
  });

  it("a component's locale wins over the provider's, and messages still override single strings", async () => {
    const h = await loggedIn(de);
    render(<ProfileEditForm locale={fr} messages={{ submitUpdateCurrent: 'Enregistrer mon profil' }} />, {
      wrapper: h.wrapper,
    });
    expect(await screen.findByLabelText('Message de statut')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enregistrer mon profil' })).toBeInTheDocument();
    expect(screen.queryByText('Statusmeldung')).toBeNull();
  });

  it('without a locale the forms are English and leave lang and dir to the page', async () => {
    const h = await loggedIn();
    render(<ProfileEditForm aria-label="profile" />, { wrapper: h.wrapper });
    await screen.findByLabelText('Name');
    const form = screen.getByRole('form', { name: 'profile' });
    expect(form).not.toHaveAttribute('lang');
    expect(form).not.toHaveAttribute('dir');
  });

  it('formats relative time, sizes and counts in the locale', () => {
    const now = new Date('2026-03-04T05:11:07Z');
    expect(de.messages.relativeTime(new Date('2026-03-04T05:06:07Z'), now)).toBe('vor 5 Minuten');
    expect(ja.messages.relativeTime(new Date('2026-03-03T05:11:07Z'), now)).toBe('昨日');
    expect(de.messages.jsonSize(2560, 5120)).toBe('2,5 kB von 5 kB');
    expect(ar.messages.fixFields(2)).toBe('صحّح الحقلين المميّزين.');
    expect(ar.messages.fixFields(3)).toBe('صحّح الحقول المميّزة (3 حقول).');
    expect(ar.messages.fixFields(11)).toBe('صحّح الحقول المميّزة (11 حقلًا).');
  });
});

describe('errors in the locale, chosen by code', () => {
  it('maps real errors from the emulator by code and status; the server text stays as detail', async () => {
    const emulator = createEmulator({ rateLimit: { requests: 3, windowMs: 60_000 } });
    const fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      emulator.fetch(new Request(input, init))) as typeof globalThis.fetch;
    const client = withDevAuthKey(createHttpClient({ baseUrl: BASE_URL }, { fetch }), emulator.authKey);
    await client.createUser({ uid: 'kevin', name: 'Kevin' }, emulator.authKey);

    const taken = await thrownBy(() => client.createUser({ uid: 'kevin', name: 'Kevin' }, emulator.authKey));
    expect(taken.code).toBe('ERR_UID_ALREADY_EXISTS');
    expect(describeError(taken, de.messages, 'kevin')).toEqual({
      message: 'Die UID „kevin“ ist bereits vergeben.',
      detail: taken.message,
    });

    const wrongKey = await thrownBy(() => client.createUser({ uid: 'other', name: 'Other' }, 'not-the-key'));
    expect(describeError(wrongKey, de.messages)).toEqual({
      message: de.messages.appMisconfigured,
      detail: wrongKey.message,
    });

    let limited = await thrownBy(() => client.createUser({ uid: 'kevin', name: 'Kevin' }, emulator.authKey));
    for (let attempt = 0; attempt < 5 && limited.code !== 'ERR_TOO_MANY_REQUESTS'; attempt += 1)
      limited = await thrownBy(() => client.createUser({ uid: 'kevin', name: 'Kevin' }, emulator.authKey));
    expect(limited.code).toBe('ERR_TOO_MANY_REQUESTS');
    expect(describeError(limited, de.messages).message).toMatch(
      /^Zu viele Anfragen\. Versuchen Sie es in \d+ Sekunden? erneut\.$/,
    );
  });

  it('a network failure and an expired session', async () => {
    const offline = createHttpClient(
      { baseUrl: BASE_URL },
      { fetch: () => Promise.reject(new TypeError('Failed to fetch')) },
    );
    const network = await thrownBy(() => offline.createUser({ uid: 'kevin', name: 'Kevin' }, 'any-key'));
    expect(describeError(network, ar.messages)).toEqual({ message: ar.messages.networkError });

    const emulator = createEmulator({ rateLimit: false });
    const fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      emulator.fetch(new Request(input, init))) as typeof globalThis.fetch;
    const revoked = createHttpClient(
      { baseUrl: BASE_URL },
      { fetch, tokenStore: { get: () => 'revoked-token', set: () => {}, clear: () => {} } },
    );
    const expired = await thrownBy(() => revoked.updateCurrentUserDetails({ name: 'Kevin' }));
    expect(expired.status).toBe(401);
    expect(describeError(expired, ar.messages).message).toBe(ar.messages.sessionExpired);
  });

  it('an error your own code throws keeps its words', () => {
    expect(describeError(new Error('E-Mail schon vergeben'), de.messages)).toEqual({
      message: 'E-Mail schon vergeben',
    });
  });
});
