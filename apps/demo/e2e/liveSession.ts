import type { Page } from 'playwright-core';
import { inject } from 'vitest';

/** A person of the live-profile tests: signed up through the demo backend, as the sign-up page does it. */
export interface LiveUser {
  uid: string;
  name: string;
  password: string;
}

/** `POST /api/signup` for `user`; throws when the backend refuses. */
export async function signUpAtBackend(user: LiveUser): Promise<void> {
  const demo = inject('demo');
  const response = await fetch(`${demo.backendUrl}/api/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: { uid: user.uid, name: user.name }, account: { password: user.password } }),
  });
  if (!response.ok) throw new Error(`sign-up of ${user.uid} failed: ${response.status} ${await response.text()}`);
}

/** Deletes users permanently, so the suites after these find the emulator as they count it. */
export async function eraseUsers(uids: string[]): Promise<void> {
  const demo = inject('demo');
  for (const uid of uids) {
    await fetch(`${demo.emulatorUrl}/v3/users/${uid}`, {
      method: 'DELETE',
      headers: { apikey: demo.restApiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ permanent: true }),
    });
  }
}

/** Logs in on the demo's Log in page with a uid and password; resolves on the profile page. */
export async function logIn(page: Page, login: string, password: string): Promise<void> {
  await page.goto(`${inject('demo').demoUrl}/login`);
  const form = page.getByRole('form', { name: 'Log in', exact: true });
  await form.getByLabel('UID or email').fill(login);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL('**/profile');
}

/** The logged-in user's name in the demo's header. */
export const headerName = (page: Page) => page.locator('.demo-header .demo-user-name');

/** The Name field of the demo's profile form. */
export const profileName = (page: Page) =>
  page.getByRole('form', { name: 'Your profile' }).getByLabel('Name', { exact: true });
