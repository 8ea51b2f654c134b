import { AvatarPreview, useCurrentUser, useLogout } from '@profilekit/react';
import { useDemoMessages } from '../i18n/useDemoMessages';
import { navigate, paths } from '../router';

/** The logged-in user with a Log out button, or nothing. */
export function UserMenu() {
  const { data: me } = useCurrentUser();
  const logout = useLogout();
  const t = useDemoMessages();
  if (!me) return null;
  return (
    <div className="demo-user">
      <span className="demo-user-who">
        <AvatarPreview src={me.avatar} name={me.name} alt="" />
        <span className="demo-user-name">{me.name}</span>
      </span>
      <button
        type="button"
        className="demo-button demo-button-quiet"
        onClick={() => logout.mutate(undefined, { onSettled: () => navigate(paths.login) })}
        disabled={logout.isPending}
      >
        {t.logOut}
      </button>
    </div>
  );
}
