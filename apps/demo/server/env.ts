import type { CometChatTarget } from '@profilekit/core';

/** What the browser bundle is told about its backend. Only public values: never a REST API key. */
export type BrowserConfig =
  | { kind: 'emulator'; url: string; appId: string; authKey: string | null }
  | { kind: 'cometchat'; appId: string; region: string; authKey: string | null };

/** What the demo backend needs to reach CometChat (or the emulator) with the REST API key. */
export interface BackendTarget {
  kind: BrowserConfig['kind'];
  target: CometChatTarget;
  restApiKey: string;
}

type Env = Record<string, string | undefined>;

const usesCometChat = (env: Env) => Boolean(env.COMETCHAT_APP_ID && env.COMETCHAT_REGION);

function required(env: Env, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`profilekit demo: ${name} is not set (see apps/demo/README.md)`);
  return value;
}

/**
 * The browser's configuration from the environment: real CometChat when `COMETCHAT_APP_ID` and
 * `COMETCHAT_REGION` are set (with `COMETCHAT_AUTH_KEY` for the development-only paths), else the
 * emulator `pnpm dev` started (`PROFILEKIT_EMULATOR_URL`, `PROFILEKIT_EMULATOR_APP_ID`, `PROFILEKIT_EMULATOR_AUTH_KEY`).
 * It picks fields one by one, so nothing else from the environment can reach the bundle; a production
 * build (`production: true`) gets no Auth Key at all — its development-only panels disappear.
 *
 * @example
 * ```ts
 * browserConfigFromEnv({ COMETCHAT_APP_ID: 'abc', COMETCHAT_REGION: 'eu' }); // { kind: 'cometchat', appId: 'abc', region: 'eu', authKey: null }
 * ```
 */
export function browserConfigFromEnv(env: Env, { production = false }: { production?: boolean } = {}): BrowserConfig {
  if (usesCometChat(env)) {
    return {
      kind: 'cometchat',
      appId: required(env, 'COMETCHAT_APP_ID'),
      region: required(env, 'COMETCHAT_REGION'),
      authKey: production ? null : env.COMETCHAT_AUTH_KEY || null,
    };
  }
  return {
    kind: 'emulator',
    url: required(env, 'PROFILEKIT_EMULATOR_URL'),
    appId: required(env, 'PROFILEKIT_EMULATOR_APP_ID'),
    authKey: production ? null : required(env, 'PROFILEKIT_EMULATOR_AUTH_KEY'),
  };
}

/**
 * The backend's target from the environment: CometChat with `COMETCHAT_REST_API_KEY`, or the emulator
 * with `PROFILEKIT_EMULATOR_REST_API_KEY`.
 *
 * @example
 * ```ts
 * backendTargetFromEnv(process.env).target; // { baseUrl: 'http://127.0.0.1:3939', appId: 'profilekit-dev' }
 * ```
 */
export function backendTargetFromEnv(env: Env): BackendTarget {
  if (usesCometChat(env)) {
    return {
      kind: 'cometchat',
      target: { appId: required(env, 'COMETCHAT_APP_ID'), region: required(env, 'COMETCHAT_REGION') },
      restApiKey: required(env, 'COMETCHAT_REST_API_KEY'),
    };
  }
  return {
    kind: 'emulator',
    target: { baseUrl: required(env, 'PROFILEKIT_EMULATOR_URL'), appId: required(env, 'PROFILEKIT_EMULATOR_APP_ID') },
    restApiKey: required(env, 'PROFILEKIT_EMULATOR_REST_API_KEY'),
  };
}
