// Development only: the Auth Key lets the browser create users and log in by uid.
// It can create and edit any user of your app — never ship it to production. One client holds it
// (`withDevAuthKey`, its own entry): it warns once, and refuses to start in a production build.
import { createHttpClient, localStorageTokenStore } from '@profilekit/core';
import { withDevAuthKey } from '@profilekit/core/dev';
import { ProfileKitProvider, SignupFlow, useLogin } from '@profilekit/react';
import type { ReactNode } from 'react';

const cometChat = createHttpClient(
  { baseUrl: 'http://127.0.0.1:3939' }, // the emulator; or { appId, region } for a CometChat test app
  { tokenStore: localStorageTokenStore() },
);
// Behind DEV, so that a production build drops the key and the code that uses it.
const client = import.meta.env.DEV ? withDevAuthKey(cometChat, import.meta.env.VITE_COMETCHAT_AUTH_KEY) : cometChat;

export function DevProviders({ children }: { children: ReactNode }) {
  return <ProfileKitProvider client={client}>{children}</ProfileKitProvider>;
}

/** With the Auth Key in the client, log in any existing user by uid. */
export function DevLogin({ uid }: { uid: string }) {
  const login = useLogin();
  return (
    <button type="button" onClick={() => login.mutate({ uid })}>
      Log in as {uid}
    </button>
  );
}

/** Sign-up with nothing on your side: `onRegister` returns nothing, so the browser creates the user with the Auth Key. */
export const DevSignup = () => <SignupFlow onRegister={() => undefined} />;
