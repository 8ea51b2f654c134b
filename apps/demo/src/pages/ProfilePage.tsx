import { AvatarPreview, ProfileEditForm, useCurrentUser } from '@profilekit/react';
import { Link, paths } from '../router';
import type { Theme } from '../theme';
import { NeedsLogin } from './NeedsLogin';
import { PageHeader } from './PageHeader';

/** The logged-in user's profile: `ProfileEditForm`, which never lets them change their UID or role. */
export function ProfilePage({ theme }: { theme: Theme }) {
  const { data: me, isPending } = useCurrentUser();
  if (isPending)
    return (
      <p className="demo-page demo-muted" role="status">
        Loading your profile…
      </p>
    );
  if (!me) return <NeedsLogin what="edit your profile" />;
  return (
    <div className="demo-page demo-page-narrow">
      <section className="demo-card" aria-labelledby="profile-title">
        <div className="demo-profile-head">
          <AvatarPreview src={me.avatar} name={me.name} alt="" />
          <div>
            <PageHeader id="profile-title" title="Your profile" lead={`Signed in as ${me.uid}`} />
          </div>
          <span className="demo-role" title="Your role">
            {me.role ?? 'default'}
          </span>
        </div>
        <ProfileEditForm theme={theme} className="demo-form" aria-label="Your profile" />
      </section>
      <p className="demo-muted demo-center">
        Need to change someone else? <Link to={paths.admin}>Open Admin</Link>
      </p>
    </div>
  );
}
