import '@testing-library/jest-dom/vitest';
import { isValidUid, type User } from '@profilekit/core';
import { ProfileEditForm, ReadOnlyFacts, SignupFlow, UserForm } from '@profilekit/react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createKit } from '../support/kit';
import { expectInert } from './inert';
import { hostileStrings } from './strings';

afterEach(cleanup);

/** A user whose every text field holds `hostile`, stored through the emulator and read back as a client sees it. */
async function storedHostileUser(hostile: string, index: number) {
  const kit = createKit();
  const uid = `hostile-${index}`;
  await kit.client.createUser({
    uid,
    name: hostile,
    statusMessage: hostile,
    tags: [hostile],
    metadata: { [hostile]: hostile },
  });
  await kit.client.login(uid, kit.emulator.authKey);
  const user = await kit.client.getLoggedInUser();
  if (!user) throw new Error('not logged in');
  return { kit, user };
}

/** What a single-line `<input>` shows: HTML strips line breaks from its value (the stored value is untouched). */
const singleLine = (text: string) => text.replace(/[\r\n]/g, '');
/** What a `<textarea>` shows: HTML normalizes CRLF to LF. */
const multiLine = (text: string) => text.replace(/\r\n?/g, '\n');

const cases = hostileStrings.map((hostile, index) => ({ hostile, index, label: JSON.stringify(hostile).slice(0, 40) }));

describe('components render every hostile string as text', () => {
  it.for(cases)('UserForm (admin update) shows $label as a value', async ({ hostile, index }) => {
    const { user } = await storedHostileUser(hostile, index);
    render(<UserForm mode="update" user={user} onSubmit={() => user} />);
    expect(screen.getByLabelText('Name')).toHaveValue(singleLine(hostile));
    expect(screen.getByLabelText('Status message')).toHaveValue(multiLine(hostile));
    expectInert(document.body);
  });

  it.for(cases)('ProfileEditForm (logged in) shows $label as a value', async ({ hostile, index }) => {
    const { kit } = await storedHostileUser(hostile, index);
    render(<ProfileEditForm />, { wrapper: kit.wrapper });
    expect(await screen.findByLabelText('Name')).toHaveValue(singleLine(hostile));
    expect(screen.getByLabelText('Status message')).toHaveValue(multiLine(hostile));
    expect(document.body.textContent).toContain(hostile.trim().slice(0, 10));
    expectInert(document.body);
  });

  it.for(cases)('ReadOnlyFacts shows $label as text', async ({ hostile, index }) => {
    const { user } = await storedHostileUser(hostile, index);
    const { container } = render(
      <ReadOnlyFacts user={user} operation="update" fields={['uid', 'name', 'statusMessage', 'tags', 'metadata']} />,
    );
    const name = container.querySelector('[data-field="name"] dd');
    expect(name?.textContent).toBe(hostile);
    expectInert(document.body);
  });

  it.for(cases)(
    'SignupFlow: pasting $label as the name shows it as text and suggests a valid uid',
    async ({ hostile }) => {
      const kit = createKit();
      const person = userEvent.setup();
      render(<SignupFlow onRegister={() => undefined} checkUidAvailability={false} />, { wrapper: kit.wrapper });
      await person.click(screen.getByLabelText('Name'));
      await person.paste(hostile);
      expect(screen.getByLabelText('Name')).toHaveValue(singleLine(hostile));
      await new Promise((done) => setTimeout(done, 200)); // the suggestion shows frames after the key
      const suggestion = screen.queryByRole('button', { name: 'Use suggestion' });
      if (suggestion) {
        await person.click(suggestion);
        const uid = (screen.getByLabelText('UID') as HTMLInputElement).value;
        expect(isValidUid(uid), uid).toBe(true);
      }
      expectInert(document.body);
    },
  );

  it('saving another field keeps a stored name with line breaks exactly as stored', async () => {
    const hostile = hostileStrings.find((text) => text.includes('\n')) as string;
    const { kit, user } = await storedHostileUser(hostile, 99);
    const person = userEvent.setup();
    render(<ProfileEditForm />, { wrapper: kit.wrapper });
    const status = await screen.findByLabelText('Status message');
    await person.clear(status);
    await person.type(status, 'Plain now');
    await person.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your changes were saved.'));
    const stored = await kit.admin('GET', `/users/${user.uid}`);
    expect(stored.body.data).toMatchObject({ name: hostile, statusMessage: 'Plain now' });
  });

  const scriptUrls: Partial<User>[] = [
    { avatar: 'javascript:alert(1)', link: 'javascript:alert(1)' },
    { avatar: 'JaVaScRiPt:alert(1)', link: ' javascript:alert(1)' },
    { avatar: 'data:image/svg+xml,<svg onload=alert(1)>', link: 'data:text/html,<script>alert(1)</script>' },
    { avatar: 'vbscript:msgbox(1)', link: 'vbscript:msgbox(1)' },
    { avatar: 'java\tscript:alert(1)', link: 'java\nscript:alert(1)' },
  ];
  it.for(scriptUrls)('a user loaded with avatar $avatar never gets it as an img src or link href', async (urls) => {
    // Such values cannot be stored through profilekit; they can still arrive from another client of the same app.
    const user: User = { uid: 'legacy1', name: 'Legacy', status: 'offline', ...urls };
    render(<UserForm mode="update" user={user} onSubmit={() => user} />);
    expect(screen.getByLabelText('Avatar')).toHaveValue(urls.avatar);
    expectInert(document.body);
  });
});
