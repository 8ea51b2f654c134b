import type { UploadAvatar } from '@profilekit/core';
import { useEffect, useMemo, useState } from 'react';
import { withAvatarEditorMessages } from '../../messages/avatarEditorMessages';
import type { UserFormMessages } from '../../messages/formMessages';
import { usePkClass } from '../../theme/usePkClass';
import { CropDialog } from './CropDialog';
import { type AvatarFileCheck, checkAvatarFile } from './checkAvatarFile';
import type { CropRect } from './cropSquare';
import { encodeAvatar } from './encodeAvatar';
import { useAvatarUpload } from './useAvatarUpload';

/** Props of {@link AvatarEditor}. */
export interface AvatarEditorProps {
  /** The picked, dropped or pasted file (not checked yet). */
  file: Blob;
  uploadAvatar: UploadAvatar;
  messages: UserFormMessages;
  /** The upload succeeded: its http(s) URL. */
  onUploaded: (url: string) => void;
  /** The person gave up on this file (cancel, or choose another). */
  onClose: () => void;
}

/**
 * The avatar field's heavy half, loaded on first use: checks the file, crops it in a dialog, shrinks and
 * re-encodes it on a canvas, then uploads it with progress, cancel and retry.
 */
export default function AvatarEditor({ file, uploadAvatar, onUploaded, onClose, ...props }: AvatarEditorProps) {
  const pk = usePkClass();
  const messages = useMemo(() => withAvatarEditorMessages(props.messages), [props.messages]);
  const [check, setCheck] = useState<AvatarFileCheck | null>(null);
  const [cropped, setCropped] = useState(false);
  const upload = useAvatarUpload(uploadAvatar, messages, onUploaded);
  const { state } = upload;

  useEffect(() => {
    let current = true;
    checkAvatarFile(file, messages).then((result) => current && setCheck(result));
    return () => {
      current = false;
    };
  }, [file, messages]);

  if (!check) return <span role="status">{messages.avatarEditorLoading}</span>;
  const chooseAnother = (
    <button type="button" className={pk('pk-button pk-button-secondary')} onClick={onClose}>
      {messages.avatarChooseAnother}
    </button>
  );
  if (!check.ok) {
    return (
      <div className={pk('pk-avatar-upload-status')}>
        <p role="alert" className={pk('pk-error')}>
          {check.message}
        </p>
        {chooseAnother}
      </div>
    );
  }
  if (!cropped) {
    const onConfirm = async (rect: CropRect) => {
      setCropped(true);
      try {
        await upload.start(await encodeAvatar(check.avatar, rect));
      } catch {
        setCheck({ ok: false, message: messages.avatarUnreadable(messages.labels.avatar) });
      }
    };
    return <CropDialog avatar={check.avatar} messages={messages} onConfirm={onConfirm} onCancel={onClose} />;
  }
  if (state.phase === 'stopped') {
    return (
      <div className={pk('pk-avatar-upload-status')}>
        <p role="alert" className={pk(state.cancelled ? 'pk-hint' : 'pk-error')}>
          {state.message}
        </p>
        <button type="button" className={pk('pk-button pk-button-primary')} onClick={upload.retry}>
          {messages.avatarRetry}
        </button>
        {chooseAnother}
      </div>
    );
  }
  if (state.phase === 'done') return <span role="status">{messages.avatarUploaded}</span>;
  const percent = state.phase === 'uploading' ? Math.round(state.progress * 100) : 0;
  return (
    <div className={pk('pk-avatar-upload-status')}>
      <progress max={100} value={percent} aria-label={messages.avatarUploading(percent)} />
      <span role="status">{messages.avatarUploading(percent)}</span>
      <button type="button" className={pk('pk-button pk-button-secondary')} onClick={upload.cancel}>
        {messages.avatarCancelUpload}
      </button>
    </div>
  );
}
