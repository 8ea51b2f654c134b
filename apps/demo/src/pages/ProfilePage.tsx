import { AvatarPreview, ProfileEditForm, useCurrentUser } from '@profilekit/react';
import { useDemoMessages } from '../i18n/useDemoMessages';
import { Link, paths } from '../router';
import type { Theme } from '../theme';
import { NeedsLogin } from './NeedsLogin';
import { PageHeader } from './PageHeader';

/** The logged-in user's profile: `ProfileEditForm`, which never lets them change their UID or role. */
export function ProfilePage({ theme }: { theme: Theme }) {
  const { data: me, isPending } = useCurrentUser();
  const t = useDemoMessages();
  if (isPending)
    return (
      <p className="demo-page demo-muted" role="status">
        {t.loadingProfile}
      </p>
    );
  if (!me) return <NeedsLogin title={t.logInToEditProfile} />;
  return (
    <div className="demo-page demo-page-narrow">
      <section className="demo-card" aria-labelledby="profile-title">
        <div className="demo-profile-head">
          <AvatarPreview src={me.avatar} name={me.name} alt="" />
          <div>
            <PageHeader id="profile-title" title={t.yourProfile} lead={t.signedInAs(me.uid)} />
          </div>
          <span className="demo-role" title={t.yourRole}>
            {me.role ?? 'default'}
          </span>
        </div>
        <ProfileEditForm theme={theme} className="demo-form" aria-label={t.yourProfile} />
      </section>
      <p className="demo-muted demo-center">
        {t.someoneElse} <Link to={paths.admin}>{t.openAdmin}</Link>
      </p>
    </div>
  );
}
