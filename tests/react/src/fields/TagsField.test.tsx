import '@testing-library/jest-dom/vitest';
import { type User, userFields } from '@profilekit/core';
import { UserForm, type UserFormPayload } from '@profilekit/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness } from '../harness';

afterEach(cleanup);

const kevin: User = { uid: 'kevin', name: 'Kevin', role: 'default', status: 'online', lastActiveAt: 1, tags: ['beta'] };

function renderTags(tags = kevin.tags) {
  const sent: UserFormPayload<'update'>[] = [];
  const h = createHarness();
  render(
    <UserForm
      mode="update"
      user={{ ...kevin, tags }}
      onSubmit={(change) => {
        sent.push(change);
        return { ...kevin, ...change };
      }}
    />,
    { wrapper: h.wrapper },
  );
  const input = screen.getByLabelText('Tags');
  const list = () =>
    within(screen.getByRole('list'))
      .getAllByRole('listitem')
      .map((item) => item.firstChild?.textContent);
  return { sent, input, list };
}

describe('the Tags editor', () => {
  it('adds with Enter, comma or Add, refuses a duplicate by name, removes with Backspace, and saves the list', async () => {
    const user = userEvent.setup();
    const { sent, input, list } = renderTags();
    const add = screen.getByRole('button', { name: 'Add tag' });
    expect(add).toBeDisabled();

    await user.type(input, 'staff{Enter}');
    await user.type(input, 'ops,');
    await user.type(input, 'qa');
    expect(add).toBeEnabled();
    await user.click(add);
    expect(list()).toEqual(['beta', 'staff', 'ops', 'qa']);
    expect(input).toHaveValue('');

    await user.type(input, 'beta{Enter}');
    expect(input).toHaveValue('beta'); // what was typed stays, with the reason
    expect(input).toHaveAccessibleDescription(expect.stringContaining('The tag "beta" is already there.'));
    await user.type(input, 's');
    expect(input).not.toHaveAccessibleDescription(expect.stringContaining('already there'));

    await user.clear(input);
    await user.type(input, '{Backspace}');
    expect(list()).toEqual(['beta', 'staff', 'ops']);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Your changes were saved.');
    expect(sent).toEqual([{ uid: 'kevin', tags: ['beta', 'staff', 'ops'] }]);
  });

  it('refuses one tag over the limit with the rule, keeping what was typed', async () => {
    const user = userEvent.setup();
    const max = userFields.tags.rule.maxItems;
    const { input, list } = renderTags(Array.from({ length: max - 1 }, (_, i) => `t${i}`));
    await user.type(input, 'last{Enter}');
    expect(list()).toHaveLength(max);
    expect(screen.getByRole('button', { name: 'Add tag' })).toBeDisabled();
    await user.type(input, 'more{Enter}');
    expect(list()).toHaveLength(max);
    expect(input).toHaveValue('more');
    expect(input).toHaveAccessibleDescription(expect.stringMatching(new RegExp(`${max}`)));
  });
});
