// Every instance of your backend gets the same Redis: one set of limits, lockouts and cached tokens.
import { createProfileKitHandler } from '@profilekit/server';
import { createRedisStore } from '@profilekit/server/redis'; // npm install ioredis

const { COMETCHAT_APP_ID, COMETCHAT_REST_API_KEY, REDIS_URL } = process.env;
if (!COMETCHAT_APP_ID || !COMETCHAT_REST_API_KEY) throw new Error('Set COMETCHAT_APP_ID and COMETCHAT_REST_API_KEY');

const store = createRedisStore({ url: REDIS_URL, prefix: 'shop:profilekit:' });
export const profilekit = createProfileKitHandler({
  target: { appId: COMETCHAT_APP_ID, region: 'eu' },
  restApiKey: COMETCHAT_REST_API_KEY,
  store,
});
