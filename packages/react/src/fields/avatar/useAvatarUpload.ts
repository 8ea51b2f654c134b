import { isProfileKitError, type UploadAvatar } from '@profilekit/core';
import { isHttpUrl } from '@profilekit/core/internal';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditorMessages } from '../../messages/avatarEditorMessages';

/** Where an upload is: not started, sending (0–1), done, or stopped with a message (failed or cancelled). */
export type AvatarUploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; progress: number }
  | { phase: 'done' }
  | { phase: 'stopped'; message: string; cancelled: boolean };

function reason(error: unknown): string {
  if (isProfileKitError(error)) return error.details?.avatar?.[0] ?? error.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs `uploadAvatar` with progress and an `AbortController` (cancel, and on unmount); a failed or
 * cancelled upload keeps the encoded image, so `retry` sends the same bytes again. Only an http(s) URL
 * counts as success: CometChat's `avatar` is one.
 */
export function useAvatarUpload(
  uploadAvatar: UploadAvatar,
  messages: EditorMessages,
  onUploaded: (url: string) => void,
) {
  const [state, setState] = useState<AvatarUploadState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const lastImage = useRef<Blob | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (image: Blob) => {
      lastImage.current = image;
      const abort = new AbortController();
      controller.current = abort;
      setState({ phase: 'uploading', progress: 0 });
      const onProgress = (fraction: number) => {
        if (!abort.signal.aborted) setState({ phase: 'uploading', progress: Math.min(1, Math.max(0, fraction)) });
      };
      try {
        const url = await uploadAvatar(image, { signal: abort.signal, onProgress });
        if (abort.signal.aborted) throw abort.signal.reason;
        if (!isHttpUrl(url)) throw new Error(`not an http(s) URL: ${String(url).slice(0, 40)}`);
        setState({ phase: 'done' });
        onUploaded(url);
      } catch (error) {
        const cancelled = abort.signal.aborted;
        const message = cancelled ? messages.avatarUploadCancelled : messages.avatarUploadFailed(reason(error));
        setState({ phase: 'stopped', message, cancelled });
      }
    },
    [uploadAvatar, messages, onUploaded],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);
  const retry = useCallback(() => {
    if (lastImage.current) void start(lastImage.current);
  }, [start]);
  return { state, start, cancel, retry };
}
