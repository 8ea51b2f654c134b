import type { User } from '@profilekit/core';
import { ProfileEditForm, UserForm, useUpdateUser } from '@profilekit/react';

// End users see what they care about; Metadata, Tags and Link are developer fields. `fields` lists
// what to show, in order: anything left out is neither shown nor sent.
export const EndUserProfile = () => <ProfileEditForm fields={['name', 'avatar', 'statusMessage']} />;

// An admin screen may show everything, with the roles your app has.
export function AdminEditUser({ user }: { user: User }) {
  const update = useUpdateUser();
  return (
    <UserForm
      mode="update"
      user={user}
      roles={['default', 'moderator', 'admin']}
      onSubmit={(change) => update.mutateAsync(change)}
    />
  );
}

// Add your own parts: `fieldExtras` renders inside a field, `renderField` wraps or replaces one,
// `header`/`footer`/`children` go around the fields.
export const WithHelp = () => (
  <ProfileEditForm
    fields={['name', 'avatar', 'statusMessage']}
    fieldExtras={{ statusMessage: <small>Shown next to your name in chat.</small> }}
    renderField={(name, element) => (name === 'avatar' ? <details open>{element}</details> : element)}
    footer={<a href="/account">Email and password live in your account settings</a>}
  />
);
