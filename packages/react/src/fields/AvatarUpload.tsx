import type { UploadAvatar } from '@profilekit/core';
import {
  type ClipboardEvent,
  type DragEvent,
  lazy,
  type ReactNode,
  Suspense,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { defaultAvatarPickerMessages } from '../messages/avatarPickerMessages';
import type { UserFormMessages } from '../messages/formMessages';
import { mergeMessages } from '../messages/mergeMessages';
import { usePkClass } from '../theme/usePkClass';

// The crop dialog and the image processing are a chunk of their own, loaded when a file first arrives.
const AvatarEditor = lazy(() => import('./avatar/AvatarEditor'));

const ACCEPT = 'image/png,image/jpeg,image/webp,image/gif';

/** Props of {@link AvatarUpload}. */
export interface AvatarUploadProps {
  uploadAvatar: UploadAvatar;
  messages: UserFormMessages;
  /** The uploaded image's http(s) URL, for the avatar field. */
  onUploaded: (url: string) => void;
  /** The URL input and preview: paste and drop work over them too. */
  children?: ReactNode;
}

const firstFile = (files: FileList | undefined) => (files && files.length > 0 ? files[0] : undefined);

/**
 * The avatar field's upload half: a file input ("Upload avatar") and a drop zone around the URL input that
 * also takes a pasted image. The editor behind it (checks, crop, re-encode, upload) loads lazily.
 *
 * @example
 * ```tsx
 * <AvatarUpload uploadAvatar={uploadAvatar} messages={messages} onUploaded={(url) => field.onChange(url)} />
 * ```
 */
export function AvatarUpload({ uploadAvatar, messages: formMessages, onUploaded, children }: AvatarUploadProps) {
  const messages = useMemo(() => mergeMessages(formMessages, defaultAvatarPickerMessages), [formMessages]);
  const pk = usePkClass();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  // A new pick remounts the editor: a fresh check, crop and upload.
  const [pick, setPick] = useState<{ file: Blob; key: number }>();
  const [dragging, setDragging] = useState(false);
  const take = (file: Blob | undefined) => file && setPick((last) => ({ file, key: (last?.key ?? 0) + 1 }));
  const onDrag = (event: DragEvent, over: boolean) => {
    event.preventDefault();
    setDragging(over);
  };
  const onPaste = (event: ClipboardEvent) => {
    const pasted = firstFile(event.clipboardData.files);
    if (!pasted) return;
    event.preventDefault();
    take(pasted);
  };
  return (
    // Drop and paste are extra ways in: the file input is the keyboard's and screen reader's way.
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop zone has no interactive role of its own
    <div
      className={pk('pk-avatar-drop')}
      data-dragging={dragging ? '' : undefined}
      onDragOver={(event) => onDrag(event, true)}
      onDragLeave={(event) => onDrag(event, false)}
      onDrop={(event) => {
        onDrag(event, false);
        take(firstFile(event.dataTransfer.files));
      }}
      onPaste={onPaste}
    >
      {children}
      <div className={pk('pk-avatar-upload')}>
        <input
          ref={input}
          id={id}
          type="file"
          accept={ACCEPT}
          className={pk('pk-visually-hidden')}
          onChange={(event) => {
            take(firstFile(event.target.files ?? undefined));
            event.target.value = '';
          }}
        />
        <label htmlFor={id} className={pk('pk-button pk-button-secondary')}>
          {messages.avatarUpload}
        </label>
        <span className={pk('pk-hint')}>{dragging ? messages.avatarDropActive : messages.avatarDropHint}</span>
      </div>
      {pick && (
        <Suspense fallback={<span role="status">{messages.avatarEditorLoading}</span>}>
          <AvatarEditor
            key={pick.key}
            file={pick.file}
            uploadAvatar={uploadAvatar}
            messages={messages}
            onUploaded={onUploaded}
            onClose={() => {
              setPick(undefined);
              // A closed dialog gives focus back to its opener; a status whose button went leaves it nowhere.
              setTimeout(() => {
                if (document.activeElement === document.body) input.current?.focus();
              }, 0);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
