import type { CometChatTarget } from '@profilekit/core';
import { startEmulator } from '@profilekit/emulator';

/**
 * What the suite runs against: the local emulator it started, a real CometChat app, or a
 * CometChat-compatible server you started yourself, by URL.
 */
export interface Target {
  kind: 'emulator' | 'cloud' | 'server';
  /** Where clients send requests: the server's base URL, or the app id and region. */
  where: CometChatTarget;
  appId: string;
  region: string;
  /** The base URL (the emulator's, or `CONFORMANCE_BASE_URL`); none for the cloud. */
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

/** The environment variables that point the suite at a CometChat-compatible server by URL. */
export const serverVariables = [
  'CONFORMANCE_BASE_URL',
  'CONFORMANCE_APP_ID',
  'CONFORMANCE_AUTH_KEY',
  'CONFORMANCE_REST_API_KEY',
] as const;

/** Which of a group of variables are set: none, all, or some (a mistake that names the missing ones). */
function groupSet(env: NodeJS.ProcessEnv, names: readonly string[], purpose: string): boolean {
  const set = names.filter((name) => env[name]);
  if (set.length > 0 && set.length < names.length) {
    const missing = names.filter((name) => !env[name]);
    throw new Error(`To run against ${purpose}, also set ${missing.join(', ')} (or unset ${set.join(', ')}).`);
  }
  return set.length === names.length;
}

/**
 * A real CometChat app when all four `COMETCHAT_*` variables are set; a server by URL when all four
 * `CONFORMANCE_*` variables are (`CONFORMANCE_BASE_URL` is where `/users` answers, e.g. an emulator you
 * started at `http://10.0.0.5:3939`); the local emulator (started here, in this process, on a free port) when
 * neither is. Some but not all of a group is a mistake that names the missing ones; both groups at once too.
 */
export async function openTarget(env: NodeJS.ProcessEnv = process.env): Promise<Target> {
  const cloud = groupSet(env, cloudVariables, 'your CometChat app');
  const byUrl = groupSet(env, serverVariables, 'a server by URL');
  if (cloud && byUrl) {
    throw new Error(
      'Set either the COMETCHAT_* variables (your app) or the CONFORMANCE_* ones (a server by URL), not both.',
    );
  }
  if (byUrl) {
    const url = (env.CONFORMANCE_BASE_URL as string).replace(/\/+$/, '');
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
      throw new Error(`CONFORMANCE_BASE_URL must be an http(s) URL, e.g. http://127.0.0.1:3939 (got "${url}").`);
    }
    const appId = env.CONFORMANCE_APP_ID as string;
    return {
      kind: 'server',
      where: { baseUrl: url, appId },
      appId,
      region: 'us',
      url,
      authKey: env.CONFORMANCE_AUTH_KEY as string,
      restApiKey: env.CONFORMANCE_REST_API_KEY as string,
      otherRole: env.CONFORMANCE_ROLE || 'admin',
      close: async () => {},
    };
  }
  if (cloud) {
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
