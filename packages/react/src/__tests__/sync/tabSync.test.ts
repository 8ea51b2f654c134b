import type { User, UserClient } from '@profilekit/core';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { userKeys } from '../../queryKeys';
import { publishTabMessages } from '../../sync/publishTabMessages';
import { startProfileSync } from '../../sync/startProfileSync';
import type { SignedOutReason } from '../../sync/TabMessage';

const ada: User = { uid: 'ada', name: 'Ada', status: 'online' };
const stops: Array<() => void> = [];

/** One tab: its own QueryClient and sync on a real BroadcastChannel; the client is never called with tabs only. */
function tab(channel: string) {
  const queryClient = new QueryClient();
  const signedOut: SignedOutReason[] = [];
  const client = {} as UserClient;
  const stop = startProfileSync({
    queryClient,
    client,
    tabs: true,
    backend: false,
    channel,
    onSignedOut: (reason) => signedOut.push(reason),
  });
  stops.push(stop, () => queryClient.clear());
  return { queryClient, signedOut };
}

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

describe('tab sync over a BroadcastChannel', () => {
  it('a change published in one tab reaches the other tab’s cache, not its own twice', async () => {
    const [one, two] = [tab('t1'), tab('t1')];
    for (const { queryClient } of [one, two]) queryClient.setQueryData(userKeys.current(), ada);
    publishTabMessages(one.queryClient, [{ type: 'user.updated', user: { ...ada, name: 'Ada Lovelace' } }]);
    await expect.poll(() => two.queryClient.getQueryData<User>(userKeys.current())?.name).toBe('Ada Lovelace');
    expect(one.queryClient.getQueryData<User>(userKeys.current())?.name).toBe('Ada');
  });

  it('a logout in one tab logs out the other and says why', async () => {
    const [one, two] = [tab('t2'), tab('t2')];
    two.queryClient.setQueryData(userKeys.current(), ada);
    two.queryClient.setQueryData(userKeys.detail('bob'), { uid: 'bob', name: 'Bob' });
    publishTabMessages(one.queryClient, [{ type: 'session.logout', reason: 'logout' }]);
    await expect.poll(() => two.signedOut).toEqual(['logout']);
    expect(two.queryClient.getQueryData(userKeys.current())).toBeNull();
    expect(two.queryClient.getQueryData(userKeys.detail('bob'))).toBeUndefined();
  });

  it('a login as someone else drops the previous user’s data in the other tab', async () => {
    const [one, two] = [tab('t3'), tab('t3')];
    two.queryClient.setQueryData(userKeys.current(), ada);
    two.queryClient.setQueryData(userKeys.detail('bob'), { uid: 'bob', name: 'Bob', blockedByMe: true });
    publishTabMessages(one.queryClient, [{ type: 'session.login', user: { uid: 'cy', name: 'Cy' } }]);
    await expect.poll(() => two.queryClient.getQueryData<User>(userKeys.current())?.uid).toBe('cy');
    expect(two.queryClient.getQueryData<User>(userKeys.detail('bob'))).toBeUndefined();
  });

  it('tabs on another channel hear nothing', async () => {
    const [one, other] = [tab('t4'), tab('t4-other')];
    other.queryClient.setQueryData(userKeys.current(), ada);
    publishTabMessages(one.queryClient, [{ type: 'session.logout', reason: 'logout' }]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(other.queryClient.getQueryData<User>(userKeys.current())?.uid).toBe('ada');
  });
});
