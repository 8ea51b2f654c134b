// Every instance stores avatars in one bucket; browsers load them from the CDN in front of it.
import { createProfileKitHandler } from '@profilekit/server';
import { createRedisStore } from '@profilekit/server/redis'; // npm install ioredis
import { createS3AvatarStorage } from '@profilekit/server/s3'; // npm install @aws-sdk/client-s3

const { COMETCHAT_APP_ID, COMETCHAT_REST_API_KEY, REDIS_URL } = process.env;
if (!COMETCHAT_APP_ID || !COMETCHAT_REST_API_KEY) throw new Error('Set COMETCHAT_APP_ID and COMETCHAT_REST_API_KEY');

const storage = createS3AvatarStorage({
  bucket: 'acme-avatars',
  s3: { region: 'eu-west-1' }, // credentials from the environment or the instance role, as the AWS SDK finds them
  keyPrefix: 'avatars/',
  // Leave it out and every instance serves GET /avatars/:name from the bucket itself.
  publicBaseUrl: 'https://cdn.acme.example/avatars',
});

export const profilekit = createProfileKitHandler({
  target: { appId: COMETCHAT_APP_ID, region: 'eu' },
  restApiKey: COMETCHAT_REST_API_KEY,
  store: createRedisStore({ url: REDIS_URL, prefix: 'shop:profilekit:' }),
  avatars: { storage },
});
