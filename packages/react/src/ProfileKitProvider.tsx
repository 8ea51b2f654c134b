'use client';

import type { UploadAvatar, UserClient } from '@profilekit/core';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { loadAvatarUpload } from './fields/loadAvatarUpload';
import type { ProfileKitLocale } from './locales/ProfileKitLocale';
import type { ProfileSyncOptions } from './sync/ProfileSyncOptions';
import type { SignedOutReason } from './sync/TabMessage';

/** What {@link ProfileKitProvider} puts in context. */
export interface ProfileKitContextValue {
  /**
   * The client every hook calls: `withBackend(createHttpClient(…), createBackendClient(…))` in production,
   * `createHttpClient(…)` or `createSdkClient(CometChat)`, or your own `UserClient`. In development the
   * Auth Key lives in the client (`withDevAuthKey` from `@profilekit/core/dev`) and nowhere else.
   */
  client: UserClient;
  /**
   * Stores an avatar image and resolves with its http(s) URL: `createAvatarUploader({ url: '/api/avatars' })`
   * for `@profilekit/server`, or your own (S3 presigned POST, Cloudinary…). With it, avatar fields take
   * files by picker, drag-and-drop and paste, cropped and shrunk in the browser; without it they take a URL only.
   */
  uploadAvatar?: UploadAvatar;
  /**
   * The language of every form inside: messages, dates, numbers and direction (`lang` and `dir` on each
   * form's root). Default: English, with `lang` and `dir` left to the page. Import others per entry,
   * e.g. `import { ar } from '@profilekit/react/locales/ar'`; a component's own `locale` prop wins.
   */
  locale?: ProfileKitLocale;
}

export const ProfileKitContext = createContext<ProfileKitContextValue | null>(null);

/** Props of {@link ProfileKitProvider}. */
export interface ProfileKitProviderProps extends ProfileKitContextValue {
  /** Your app's QueryClient. Default: the one from an enclosing `QueryClientProvider`, else a new one. */
  queryClient?: QueryClient;
  /**
   * What stays live: `tabs` (default on) shares changes, logins and logouts between the tabs of this origin;
   * `backend` (default on when the client has `subscribeToEvents`, as `withBackend` gives it) follows your
   * backend's event stream while a user is logged in; `presence` (default on when the client has
   * `subscribeToPresence`, as `createSdkClient` gives it) follows the SDK's own user listener. `sync={false}`
   * turns all off. The code loads lazily.
   */
  sync?: ProfileSyncOptions | false;
  /**
   * Called when the provider signed the user out on its own: a logout in another tab (`'logout'`), or an admin
   * deactivated or deleted the user (`'deactivated'`, `'deleted'`). Show why, e.g. on your login page.
   */
  onSignedOut?: (reason: SignedOutReason) => void;
  children?: ReactNode;
}

/**
 * Gives every profilekit hook and form its client, and TanStack Query its cache.
 * Safe to render on the server: nothing runs until a hook does.
 *
 * @example
 * ```tsx
 * import { de } from '@profilekit/react/locales/de';
 *
 * const tokens = localStorageTokenStore();
 * const cometchat = createHttpClient({ appId: 'APP_ID', region: 'us' }, { tokenStore: tokens });
 * const client = withBackend(cometchat, createBackendClient({ baseUrl: '/api', getAuthToken: () => tokens.get() }));
 * const uploadAvatar = createAvatarUploader({ url: '/api/avatars', getAuthToken: () => tokens.get() });
 *
 * <ProfileKitProvider client={client} uploadAvatar={uploadAvatar} locale={de}>
 *   <ProfileEditForm />
 * </ProfileKitProvider>
 * ```
 */
export function ProfileKitProvider({
  client,
  uploadAvatar,
  locale,
  queryClient,
  sync = {},
  onSignedOut,
  children,
}: ProfileKitProviderProps) {
  const enclosing = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() => queryClient ?? enclosing ?? new QueryClient());
  const value = useMemo(() => ({ client, uploadAvatar, locale }), [client, uploadAvatar, locale]);
  const uploads = uploadAvatar !== undefined;
  useEffect(() => {
    // The avatar field's picker is a chunk of its own: fetch it while the profile loads, not after.
    if (uploads) void loadAvatarUpload();
  }, [uploads]);
  const active = queryClient ?? ownQueryClient;
  const signedOut = useRef(onSignedOut);
  signedOut.current = onSignedOut;
  const off: ProfileSyncOptions = { tabs: false, backend: false, presence: false };
  const { tabs = true, backend, presence, channel = 'profilekit' } = sync || off;
  useEffect(() => {
    if (!tabs && backend === false && presence === false) return;
    let stop: (() => void) | undefined;
    let stopped = false;
    // Live sync is a chunk of its own: a page pays for it after it rendered.
    void import('./sync/startProfileSync').then(({ startProfileSync }) => {
      if (stopped) return;
      const onSignedOut = (reason: SignedOutReason) => signedOut.current?.(reason);
      stop = startProfileSync({ queryClient: active, client, tabs, backend, presence, channel, onSignedOut });
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [active, client, tabs, backend, presence, channel]);
  const content = <ProfileKitContext.Provider value={value}>{children}</ProfileKitContext.Provider>;
  if (active === enclosing) return content;
  return <QueryClientProvider client={active}>{content}</QueryClientProvider>;
}
