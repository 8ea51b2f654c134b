import { isHttpUrl } from '@profilekit/core/internal';
import { useState } from 'react';
import { usePkClass } from '../theme/usePkClass';

/**
 * A user's avatar, or their initials. Only an http(s) URL is ever used as `src`: a `javascript:` or
 * `data:` value renders the initials instead.
 *
 * @example
 * ```tsx
 * <AvatarPreview src={user.avatar} name={user.name} alt="Avatar preview" />
 * ```
 */
export function AvatarPreview({ src, name = '', alt }: { src: string | undefined; name?: string; alt: string }) {
  const pk = usePkClass();
  const [failed, setFailed] = useState<string>();
  const safe = src !== undefined && isHttpUrl(src) && failed !== src;
  const initials =
    name
      .trim()
      .split(/\s+/)
      .slice(0, 2)
      .map((word) => Array.from(word)[0] ?? '')
      .join('')
      .toUpperCase() || '?';
  return (
    <span className={pk('pk-avatar')} data-empty={safe ? undefined : ''}>
      {safe ? (
        <img src={src} alt={alt} onError={() => setFailed(src)} referrerPolicy="no-referrer" />
      ) : (
        <span aria-hidden="true">{initials}</span>
      )}
    </span>
  );
}
