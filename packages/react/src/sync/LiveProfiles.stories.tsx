import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { kevinLoggedIn } from '../../../../.storybook/kit/hostile';
import { kitOf, loadStoryKit, type StoryKit } from '../../../../.storybook/kit/storyKit';
import { ProfileEditForm } from '../components/ProfileEditForm';
import { StatusBadge } from '../fields/ReadOnlyFacts';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { useLogout } from '../hooks/useLogout';
import { ProfileKitProvider } from '../ProfileKitProvider';
import type { SignedOutReason } from './TabMessage';

/** What a tab's header shows: the logged-in user, live, with a Log out button. */
function TabHeader() {
  const { data: me } = useCurrentUser();
  const logout = useLogout();
  if (!me) return <p>Logged out</p>;
  return (
    <p style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
      <strong data-testid="who">{me.name}</strong>
      <StatusBadge uid={me.uid} status={me.status} />
      <button type="button" onClick={() => logout.mutate()}>
        Log out
      </button>
    </p>
  );
}

/** One tab: its own cache, the same client (as tabs share a token in localStorage), the shared channel. */
function Tab({ kit, label, channel }: { kit: StoryKit; label: string; channel: string }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  const [signedOut, setSignedOut] = useState<SignedOutReason>();
  return (
    <section aria-label={label} style={{ flex: '1 1 20rem', minWidth: 0 }}>
      <h2>{label}</h2>
      <ProfileKitProvider client={kit.client} queryClient={queryClient} sync={{ channel }} onSignedOut={setSignedOut}>
        {signedOut && <p role="status">Signed out: {signedOut}</p>}
        <TabHeader />
        <ProfileEditForm />
      </ProfileKitProvider>
    </section>
  );
}

/** Two kits side by side on one tab channel, as two tabs of one browser. */
function TwoTabs({ kit }: { kit: StoryKit }) {
  return (
    <div style={{ display: 'flex', gap: '1.5rem', flexWrap: 'wrap' }}>
      <Tab kit={kit} label="Tab one" channel={kit.channel} />
      <Tab kit={kit} label="Tab two" channel={kit.channel} />
    </div>
  );
}

const meta = {
  title: 'Live/Two tabs',
  loaders: [loadStoryKit],
  parameters: { profilekit: kevinLoggedIn },
  render: (_args, context) => <TwoTabs kit={kitOf(context)} />,
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const tab = (canvasElement: HTMLElement, name: string) => within(within(canvasElement).getByRole('region', { name }));

/** A name saved in one tab shows in the other's header and form, without a request there. */
export const EditShowsInTheOtherTab: Story = {
  play: async (context) => {
    const { canvasElement, userEvent } = context;
    const [one, two] = [tab(canvasElement, 'Tab one'), tab(canvasElement, 'Tab two')];
    const name = await one.findByLabelText('Name');
    await waitFor(() => expect(two.getByTestId('who')).toHaveTextContent('Kevin Bäcker'));
    // Sync starts once its chunk loaded: give it a moment before the edit.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const readsBefore = kitOf(context).sent.filter((request) => request.method === 'GET').length;
    await userEvent.clear(name);
    await userEvent.type(name, 'Kevin Live');
    await userEvent.click(one.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(two.getByTestId('who')).toHaveTextContent('Kevin Live'));
    await waitFor(() => expect(two.getByLabelText('Name')).toHaveValue('Kevin Live'));
    const readsAfter = kitOf(context).sent.filter((request) => request.method === 'GET').length;
    // The saving tab refetches its own user once; the other tab sends nothing.
    await expect(readsAfter - readsBefore).toBeLessThanOrEqual(1);
  },
};

/** A logout in one tab logs the other out too, and tells it why. */
export const LogoutLogsOutBoth: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const [one, two] = [tab(canvasElement, 'Tab one'), tab(canvasElement, 'Tab two')];
    await waitFor(() => expect(two.getByTestId('who')).toHaveTextContent('Kevin Bäcker'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await userEvent.click(await one.findByRole('button', { name: 'Log out' }));
    await waitFor(() => expect(two.getByText('Signed out: logout')).toBeInTheDocument());
    await expect(two.getByText('Logged out')).toBeInTheDocument();
  },
};
