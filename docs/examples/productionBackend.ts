// server.ts — production: your backend holds the REST API key; the browser only ever gets an auth token.
import { createRestClient } from '@profilekit/core/rest';

const apiKey = process.env.COMETCHAT_REST_API_KEY;
if (!apiKey) throw new Error('Set COMETCHAT_REST_API_KEY on the server');

// The same target the browser's client uses: { appId, region } in production, { baseUrl } for the emulator.
const cometChat = createRestClient({ appId: 'YOUR_APP_ID', region: 'us' }, { apiKey });

/** After your own sign-up: create the CometChat user, answer with a token the browser logs in with. */
export async function onSignup(account: { id: string; displayName: string }) {
  await cometChat.createUser({ uid: account.id, name: account.displayName });
  return cometChat.createAuthToken(account.id); // { authToken } → SignupFlow's onRegister returns it
}

/** After your own log-in: a fresh auth token for an existing user. */
export async function onLogin(account: { id: string }) {
  const { authToken } = await cometChat.createAuthToken(account.id);
  return { authToken };
}
