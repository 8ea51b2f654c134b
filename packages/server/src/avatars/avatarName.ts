import { type AvatarImageType, avatarContentTypes, avatarExtensions } from '@profilekit/core/avatar';

const NAME = /^[0-9a-f]{64}\.(png|jpg|webp|gif)$/;

const typeOfExtension = Object.fromEntries(
  Object.entries(avatarExtensions).map(([type, extension]) => [extension, type as AvatarImageType]),
);

/** The content-addressed name of avatar bytes: their SHA-256 in hex and the extension of their detected type. */
export async function avatarName(bytes: Uint8Array, type: AvatarImageType): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex}.${avatarExtensions[type]}`;
}

/** The content type of a well-formed avatar name, or `null` for anything else (`../x`, `a.svg`, `A.PNG`…). */
export function avatarNameType(name: string): string | null {
  const extension = NAME.exec(name)?.[1];
  const type = extension ? typeOfExtension[extension] : undefined;
  return type ? avatarContentTypes[type] : null;
}
