import { Hono } from 'hono';
import { requireOwnAppId } from '../auth/authenticate';
import type { EmulatorConfig } from '../config';

/**
 * The version segment a request came in under (`/v3/settings` → `v3`), which the SDK puts between the host and
 * the endpoint once it has the settings: `https://{ADMIN_API_HOST}/{CHAT_API_VERSION}/users`. No segment: `v3.0`,
 * the one CometChat's own settings name.
 */
function versionOf(pathname: string): string {
  return /^\/(v3(?:\.0)?)\//.exec(pathname)?.[1] ?? 'v3.0';
}

/**
 * `GET /settings`: the app settings the official SDK reads on every extension check and to build its URLs
 * (`appSettings: { endpoint: "settings" }` in `@cometchat/chat-sdk-javascript` 4.2; its keys are the SDK's
 * `APP_SETTINGS.KEYS`). Answered as CometChat does, `{ data: { ADMIN_API_HOST, CLIENT_API_HOST, CHAT_API_VERSION,
 * extensions, … } }`, with both hosts naming the host the client used (its `Host` header, already checked by the
 * host guard): once the SDK caches settings it stops honouring `overrideAdminHost`/`overrideClientHost`, so hosts
 * naming anything else would send it away from the emulator. No extension is enabled.
 */
export function settingsRoutes(config: EmulatorConfig): Hono {
  const app = new Hono();
  app.get('/settings', (c) => {
    requireOwnAppId(c, config);
    const url = new URL(c.req.url);
    const host = c.req.header('Host') ?? url.host;
    const version = versionOf(url.pathname);
    return c.json({
      data: {
        ADMIN_API_HOST: host,
        CLIENT_API_HOST: host,
        CHAT_API_VERSION: version,
        MODE: 'DEFAULT',
        REGION: 'emulator',
        extensions: [],
      },
    });
  });
  return app;
}
