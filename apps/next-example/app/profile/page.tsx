import { ProfileEditForm } from '@profilekit/react';

// A server component rendering the drop-in profile form; it loads the logged-in user in the browser.
export default function ProfilePage() {
  return (
    <main>
      <h1>Your profile</h1>
      <ProfileEditForm aria-label="Your profile" fields={['name', 'avatar', 'statusMessage']} />
    </main>
  );
}
