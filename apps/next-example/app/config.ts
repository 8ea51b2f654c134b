/**
 * Where CometChat is, read by the browser and the server alike. In production: your app id and
 * region (`{ appId, region }`); here: the local emulator, whose URL is the `baseUrl`.
 * `NEXT_PUBLIC_*` values are inlined into the browser bundle at `next build` — never put a key there.
 */
export const cometChat = {
  baseUrl: process.env.NEXT_PUBLIC_PROFILEKIT_BASE_URL ?? 'http://127.0.0.1:3939',
  appId: process.env.NEXT_PUBLIC_PROFILEKIT_APP_ID ?? 'profilekit-dev',
};
