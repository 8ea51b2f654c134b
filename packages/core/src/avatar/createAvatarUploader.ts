import { errorFromWire, NetworkError, type WireError } from '../errors';
import { abortError } from '../http/abort';
import type { UploadAvatar } from './UploadAvatar';

/** Options of {@link createAvatarUploader}. */
export interface AvatarUploaderOptions {
  /** The upload route of `@profilekit/server`, e.g. `'/api/avatars'`. */
  url: string;
  /** The logged-in user's CometChat auth token, sent as `Authorization: Bearer …`. */
  getAuthToken?: () => string | null | undefined | Promise<string | null | undefined>;
}

interface UploadAnswer {
  data?: { url?: unknown };
  error?: WireError;
}

function parse(text: string): UploadAnswer | undefined {
  try {
    return JSON.parse(text) as UploadAnswer;
  } catch {
    return undefined;
  }
}

/**
 * An {@link UploadAvatar} for `@profilekit/server`'s `POST /avatars` route. It sends the image with
 * `XMLHttpRequest` (the only browser API that reports upload progress), with the caller's auth token;
 * refusals come back as profilekit errors carrying the server's message (e.g. a `ValidationError`
 * whose `details.avatar` says which rule the image broke).
 *
 * @example
 * ```tsx
 * import { localStorageTokenStore } from '@profilekit/core';
 * import { createAvatarUploader } from '@profilekit/core/avatar';
 * import { ProfileKitProvider } from '@profilekit/react';
 *
 * const tokens = localStorageTokenStore();
 * const uploadAvatar = createAvatarUploader({ url: '/api/avatars', getAuthToken: () => tokens.get() });
 * // <ProfileKitProvider client={client} uploadAvatar={uploadAvatar}>…</ProfileKitProvider>
 * ```
 */
export function createAvatarUploader(options: AvatarUploaderOptions): UploadAvatar {
  return async (file, { signal, onProgress } = {}) => {
    const authToken = (await options.getAuthToken?.()) ?? undefined;
    if (signal?.aborted) throw abortError(signal);
    return new Promise<string>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      const onAbort = () => xhr.abort();
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = (outcome: () => void) => {
        signal?.removeEventListener('abort', onAbort);
        outcome();
      };
      xhr.open('POST', options.url);
      if (authToken) xhr.setRequestHeader('Authorization', `Bearer ${authToken}`);
      xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
      };
      xhr.onload = () =>
        settle(() => {
          const answer = parse(xhr.responseText);
          const url = answer?.data?.url;
          if (xhr.status >= 200 && xhr.status < 300 && typeof url === 'string') {
            onProgress?.(1);
            resolve(url);
          } else {
            reject(errorFromWire({ status: xhr.status, error: answer?.error, secrets: [authToken] }));
          }
        });
      xhr.onerror = () =>
        settle(() => reject(new NetworkError('The avatar upload failed: no answer.', { code: 'ERR_NETWORK' })));
      xhr.onabort = () => settle(() => reject(abortError(signal)));
      xhr.send(file);
    });
  };
}
