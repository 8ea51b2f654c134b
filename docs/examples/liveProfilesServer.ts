// Live profiles on your backend: every write through the handler publishes; CometChat's webhooks add presence.
import { createProfileKitHandler } from '@profilekit/server';

const { COMETCHAT_APP_ID, COMETCHAT_REST_API_KEY, WEBHOOK_USER, WEBHOOK_PASSWORD } = process.env;
if (!COMETCHAT_APP_ID || !COMETCHAT_REST_API_KEY) throw new Error('Set COMETCHAT_APP_ID and COMETCHAT_REST_API_KEY');

export const profilekit = createProfileKitHandler({
  target: { appId: COMETCHAT_APP_ID, region: 'eu' },
  restApiKey: COMETCHAT_REST_API_KEY,
  basePath: '/api',
  // GET /api/events is always on; these tune it (the defaults shown).
  events: { heartbeatSeconds: 25, replay: { seconds: 300, maxEvents: 1000 } },
  // POST /api/webhooks/cometchat: the Basic credentials you set on the webhook in CometChat's dashboard,
  // with the triggers user_connection_status_changed, user_blocked and user_unblocked.
  ...(WEBHOOK_USER && WEBHOOK_PASSWORD && { webhooks: { username: WEBHOOK_USER, password: WEBHOOK_PASSWORD } }),
});
