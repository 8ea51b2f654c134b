// server.ts — the upload route: bytes checked, re-encoded with sharp (npm install sharp), stored on disk.
import { createDiskAvatarStorage, createProfileKitHandler } from '@profilekit/server';

const restApiKey = process.env.COMETCHAT_REST_API_KEY;
if (!restApiKey) throw new Error('Set COMETCHAT_REST_API_KEY on the server');

export const profilekit = createProfileKitHandler({
  target: { appId: 'YOUR_APP_ID', region: 'us' },
  restApiKey,
  basePath: '/api',
  avatars: {
    // Files named by the SHA-256 of their bytes, served at GET /api/avatars/:name (cached for a year).
    storage: createDiskAvatarStorage({ directory: './data/avatars' }),
    maxBytes: 2 * 1024 * 1024,
  },
});
