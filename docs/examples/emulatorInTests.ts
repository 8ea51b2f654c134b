// A test (or a dev script) with the emulator in the same process: no network, no CometChat account.
import { createHttpClient } from '@profilekit/core';
import { createRestClient } from '@profilekit/core/rest';
import { startEmulator } from '@profilekit/emulator';

const emulator = await startEmulator({ port: 0 }); // in memory; { db: 'emulator.sqlite' } keeps users on disk
try {
  const admin = createRestClient({ baseUrl: emulator.url }, { apiKey: emulator.restApiKey });
  await admin.createUser({ uid: 'superhero1', name: 'Iron Man' });
  const { authToken } = await admin.createAuthToken('superhero1');

  const browserClient = createHttpClient({ baseUrl: emulator.url });
  await browserClient.login(authToken);
  await browserClient.updateCurrentUserDetails({ statusMessage: 'Suiting up' });
  console.info(await browserClient.getLoggedInUser());
} finally {
  await emulator.close();
}
