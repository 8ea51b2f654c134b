import '@testing-library/jest-dom/vitest';
import { UserForm } from '@profilekit/react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness } from '../harness';

afterEach(cleanup);

/** The `EveryFieldInvalid` story's steps: every field of the create form gets a value its rule refuses. */
async function fillEveryFieldInvalid() {
  const h = createHarness();
  const user = userEvent.setup();
  render(<UserForm mode="create" onSubmit={(input) => h.client.createUser(input, h.emulator.authKey)} />, {
    wrapper: h.wrapper,
  });
  await user.type(screen.getByLabelText('UID'), 'usr 1');
  await user.type(screen.getByLabelText('Avatar'), 'javascript:alert(1)');
  await user.type(screen.getByLabelText('Link'), 'ftp://kevin.example');
  await user.click(screen.getByLabelText('Metadata'));
  await user.paste('{"plan":');
  await user.click(screen.getByLabelText('Status message'));
  await user.paste('x'.repeat(1001));
  await user.click(screen.getByLabelText('Tags'));
  await user.paste('t'.repeat(101));
  await user.keyboard('{Enter}');
  await user.click(screen.getByRole('button', { name: 'Create user' }));
  return h;
}

describe('UserForm error summary', () => {
  it('counts every highlighted field, the refused tag entry included', async () => {
    const h = await fillEveryFieldInvalid();
    const fields = ['UID', 'Name', 'Avatar', 'Link', 'Metadata', 'Status message', 'Tags'];
    for (const label of fields) {
      await waitFor(() => expect(screen.getByLabelText(label)).toHaveAttribute('aria-invalid', 'true'));
    }
    expect(screen.getByRole('alert')).toHaveTextContent(`Fix the ${fields.length} highlighted fields.`);
    expect(await h.sent('POST', '/users')).toEqual([]);
  });

  it('says the Metadata JSON error once, not as a hint and again as the error', async () => {
    await fillEveryFieldInvalid();
    await waitFor(() => expect(screen.getByLabelText('Metadata')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getAllByText(/^Metadata is not valid JSON/)).toHaveLength(1);
  });
});
