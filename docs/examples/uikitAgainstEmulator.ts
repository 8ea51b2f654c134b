// CometChat's own React UI Kit against the emulator, in a browser. The SDK inside it always builds https:// URLs,
// so serve your page over https with Vite's dev server and let it proxy /v3 to the emulator; then point the UI
// Kit's admin and client hosts at your page's own host. tests/uikit runs exactly this with UI Kit v5 and the latest.
import { readFileSync } from 'node:fs';
import { CometChatUIKit, UIKitSettingsBuilder } from '@cometchat/chat-uikit-react';
import type { UserConfig } from 'vite';

/** vite.config.ts: https (any certificate your browser accepts) and /v3 proxied to `npx profilekit-emulator`. */
export const viteConfig: UserConfig = {
  server: {
    https: { key: readFileSync('localhost-key.pem'), cert: readFileSync('localhost.pem') },
    // Keep the page's Host header (the default): the emulator answers only to local host names, and its
    // GET /settings names that host back to the SDK, which then keeps using it.
    proxy: { '/v3': { target: 'http://127.0.0.1:3939' } },
  },
};

/** In the page: the app id and Auth Key the emulator printed at start (development only). */
export async function startUiKit(appId: string, authKey: string, uid: string) {
  const host = `${location.host}/v3`;
  const settings = new UIKitSettingsBuilder()
    .setAppId(appId)
    .setRegion('us')
    .setAuthKey(authKey)
    .setAdminHost(host)
    .setClientHost(host)
    .subscribePresenceForAllUsers()
    // The emulator serves the REST API only, no WebSocket: without this the SDK keeps trying to connect.
    .setAutoEstablishSocketConnection(false)
    .build();
  await CometChatUIKit.init(settings);
  return CometChatUIKit.login(uid);
}
