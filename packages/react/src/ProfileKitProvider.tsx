'use client';

import type { UploadAvatar, UserClient } from '@profilekit/core';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { loadAvatarUpload } from './fields/loadAvatarUpload';
import type { ProfileKitLocale } from './locales/ProfileKitLocale';

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
export function ProfileKitProvider({ client, uploadAvatar, locale, queryClient, children }: ProfileKitProviderProps) {
  const enclosing = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() => queryClient ?? enclosing ?? new QueryClient());
  const value = useMemo(() => ({ client, uploadAvatar, locale }), [client, uploadAvatar, locale]);
  const uploads = uploadAvatar !== undefined;
  useEffect(() => {
    // The avatar field's picker is a chunk of its own: fetch it while the profile loads, not after.
    if (uploads) void loadAvatarUpload();
  }, [uploads]);
  const content = <ProfileKitContext.Provider value={value}>{children}</ProfileKitContext.Provider>;
  const active = queryClient ?? ownQueryClient;
  if (active === enclosing) return content;
  return <QueryClientProvider client={active}>{content}</QueryClientProvider>;
}
