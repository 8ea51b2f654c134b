import type { CometChatTarget } from '@profilekit/core';
import { startEmulator } from '@profilekit/emulator';

/** What the suite runs against: the local emulator it started, or a real CometChat app. */
export interface Target {
  kind: 'emulator' | 'cloud';
  /** Where clients send requests: the emulator's base URL, or the app id and region. */
  where: CometChatTarget;
  appId: string;
  region: string;
  /** The emulator's URL; none for the cloud. */
  url?: string;
  authKey: string;
  restApiKey: string;
  /** A role of the app besides `default`, for role changes and the roles filter (`CONFORMANCE_ROLE`, default `admin`). */
  otherRole: string;
  /** Stops what the suite started (the emulator); nothing for the cloud. */
  close(): Promise<void>;
}

/** The environment variables that point the suite at a real CometChat app. */
export const cloudVariables = [
  'COMETCHAT_APP_ID',
  'COMETCHAT_REGION',
  'COMETCHAT_AUTH_KEY',
  'COMETCHAT_REST_API_KEY',
] as const;

/**
 * A real CometChat app when all four `COMETCHAT_*` variables are set; the local emulator (started here,
 * in this process, on a free port) when none is. Some but not all set is a mistake: it names the missing ones.
 */
export async function openTarget(env: NodeJS.ProcessEnv = process.env): Promise<Target> {
  const set = cloudVariables.filter((name) => env[name]);
  if (set.length > 0 && set.length < cloudVariables.length) {
    const missing = cloudVariables.filter((name) => !env[name]);
    throw new Error(`To run against your CometChat app, also set ${missing.join(', ')} (or unset ${set.join(', ')}).`);
  }
  if (set.length === cloudVariables.length) {
    const appId = env.COMETCHAT_APP_ID as string;
    const region = env.COMETCHAT_REGION as string;
    return {
      kind: 'cloud',
      where: { appId, region },
      appId,
      region,
      authKey: env.COMETCHAT_AUTH_KEY as string,
      restApiKey: env.COMETCHAT_REST_API_KEY as string,
      otherRole: env.CONFORMANCE_ROLE || 'admin',
      close: async () => {},
    };
  }
  const server = await startEmulator({ port: 0 });
  return {
    kind: 'emulator',
    where: { baseUrl: server.url, appId: server.appId },
    appId: server.appId,
    region: 'us',
    url: server.url,
    authKey: server.authKey,
    restApiKey: server.restApiKey,
    otherRole: env.CONFORMANCE_ROLE || 'admin',
    close: () => server.close(),
  };
}
