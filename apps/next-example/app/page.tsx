import { SignupFlow } from '@profilekit/react';
import { registerAccount } from './actions';

// A server component: it renders profilekit's sign-up flow as it is, with a Server Action as `onRegister`.
export default function SignupPage() {
  return (
    <main>
      <h1>Sign up</h1>
      <SignupFlow aria-label="Sign up" onRegister={registerAccount} checkUidAvailability={false} />
    </main>
  );
}
