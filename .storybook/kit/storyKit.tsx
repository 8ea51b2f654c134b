/**
 * Stories run against the real emulator, in the browser, over its memory store: each story gets a
 * fresh emulator, the HTTP client over its `fetch` handler (no socket), and a provider.
 * `parameters.profilekit` seeds users, logs one in, slows or holds requests, or cuts the network.
 */

import { type CreateUserInput, createHttpClient, type UserClient } from '@profilekit/core';
import { withDevAuthKey } from '@profilekit/core/dev';
import { createEmulator, type Emulator, type EmulatorOptions, seedUsers } from '@profilekit/emulator/browser';
import { type ProfileKitLocale, ProfileKitProvider } from '@profilekit/react';
import type { Decorator } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { withEmulatorBackend } from './emulatorBackend';
import { rtlLocale } from './storyMode';

const BASE_URL = 'http://emulator.test';

/** What a story asks of its emulator. */
export interface StoryKitOptions {
  users?: CreateUserInput[];
  /** Log this uid in (with the Auth Key) before the story renders. */
  loginAs?: string;
  /** Milliseconds added to every request. */
  latencyMs?: number;
  /** Requests matching this never get an answer (a request in flight forever). */
  hold?: (method: string, path: string) => boolean;
  /** Requests matching this fail as if the network were down. */
  offline?: (method: string, path: string) => boolean;
  emulator?: EmulatorOptions;
  /** Give the client delete, deactivate and reactivate, as your backend's routes would. */
  admin?: boolean;
  /** Deactivate these seeded users before the story renders. */
  deactivated?: string[];
  /** Put this many generated users (`user00001`, "User 1"…) straight into the store, for long lists. */
  generatedUsers?: number;
}

/** A request the story's client sent. */
export interface SentRequest {
  method: string;
  path: string;
  body: unknown;
}

/** What a story's play function can inspect. */
export interface StoryKit {
  emulator: Emulator;
  client: UserClient;
  queryClient: QueryClient;
  sent: SentRequest[];
  /** The story's own tab channel: stories played side by side never hear each other's logouts. */
  channel: string;
}

const pathOf = (url: string) => new URL(url).pathname.replace(/^\/v3(\.0)?/, '');

/** A fresh emulator, client and query cache for one story. */
export async function createStoryKit(options: StoryKitOptions = {}): Promise<StoryKit> {
  const emulator = createEmulator({ rateLimit: false, ...options.emulator });
  const sent: SentRequest[] = [];
  let ready = false;
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const method = request.method;
    const path = pathOf(request.url);
    if (ready) {
      const text = await request.clone().text();
      sent.push({ method, path, body: text ? JSON.parse(text) : undefined });
      if (options.offline?.(method, path)) throw new TypeError('Failed to fetch');
      if (options.hold?.(method, path)) await new Promise(() => undefined);
      if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    }
    return emulator.fetch(request);
  }) as typeof globalThis.fetch;
  const http = withDevAuthKey(createHttpClient({ baseUrl: BASE_URL }, { fetch }), emulator.authKey);
  const client = options.admin ? withEmulatorBackend(http, emulator, fetch, BASE_URL) : http;
  for (const user of options.users ?? []) await client.createUser(user, emulator.authKey);
  if (options.generatedUsers) {
    const generated = Array.from({ length: options.generatedUsers }, (_, index) => ({
      uid: `user${String(index + 1).padStart(5, '0')}`,
      name: `User ${index + 1}`,
      tags: index % 3 === 0 ? ['beta'] : undefined,
    }));
    seedUsers(emulator.store, generated, { roles: ['default'] }, 1_764_000_000);
  }
  if (options.deactivated)
    await withEmulatorBackend(http, emulator, fetch, BASE_URL).deactivateUsers(options.deactivated);
  if (options.loginAs) await client.login(options.loginAs, emulator.authKey);
  ready = true;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return { emulator, client, queryClient, sent, channel: `profilekit-story-${crypto.randomUUID()}` };
}

/** Loader: builds the story's kit from `parameters.profilekit`. */
export const loadStoryKit = async ({ parameters }: { parameters: Record<string, unknown> }) => ({
  kit: await createStoryKit(parameters.profilekit as StoryKitOptions | undefined),
});

/**
 * Decorator: wraps the story in a provider over its kit, in the language of `parameters.locale` if any, else
 * right to left when the story's mode asks for it (globals `locale: ar`).
 */
export const withProfileKit: Decorator = (Story, { loaded, parameters, globals }) => {
  const kit = loaded.kit as StoryKit;
  const locale =
    (parameters.locale as ProfileKitLocale | undefined) ?? (globals.locale === 'ar' ? rtlLocale : undefined);
  return (
    <ProfileKitProvider
      client={kit.client}
      queryClient={kit.queryClient}
      locale={locale}
      sync={{ channel: kit.channel }}
    >
      <Story />
    </ProfileKitProvider>
  );
};

/** The kit of the story being played. */
export const kitOf = (context: { loaded: Record<string, unknown> }) => context.loaded.kit as StoryKit;
