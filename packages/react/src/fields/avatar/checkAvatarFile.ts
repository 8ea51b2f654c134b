import { avatarRules, detectImageType, readImageSize } from '@profilekit/core/avatar';
import type { EditorMessages } from '../../messages/avatarEditorMessages';

/** A picked file that passed the checks, decoded (first frame of a GIF) and ready to crop. */
export interface CheckedAvatar {
  image: ImageBitmap;
  width: number;
  height: number;
}

/** The outcome of {@link checkAvatarFile}: the image, or the message naming the field and the rule it broke. */
export type AvatarFileCheck = { ok: true; avatar: CheckedAvatar } | { ok: false; message: string };

/**
 * Checks a picked, dropped or pasted file before any decoding — its size, then its type by magic bytes
 * (never its name or declared type), then the dimensions its header declares — and only then decodes it.
 */
export async function checkAvatarFile(file: Blob, messages: EditorMessages): Promise<AvatarFileCheck> {
  const label = messages.labels.avatar;
  const refuse = (message: string): AvatarFileCheck => ({ ok: false, message });
  if (file.size > avatarRules.maxPickedBytes) {
    return refuse(messages.avatarTooLarge(label, file.size, avatarRules.maxPickedBytes));
  }
  const bytes = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
  const type = detectImageType(bytes);
  if (!type) return refuse(messages.avatarWrongType(label));
  const declared = readImageSize(bytes, type);
  if (!declared) return refuse(messages.avatarUnreadable(label));
  const { width, height } = declared;
  if (width * height > avatarRules.maxPixels) return refuse(messages.avatarTooManyPixels(label, width, height));
  if (Math.min(width, height) < avatarRules.minSide) {
    return refuse(messages.avatarTooSmall(label, width, height, avatarRules.minSide));
  }
  try {
    const image = await createImageBitmap(file);
    return { ok: true, avatar: { image, width: image.width, height: image.height } };
  } catch {
    return refuse(messages.avatarUnreadable(label));
  }
}
