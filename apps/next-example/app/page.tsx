import { SignupFlow } from '@profilekit/react';

// A server component: it renders profilekit's sign-up flow as it is. With no `onRegister`, the flow signs
// up through the provider's backend client — `POST /api/signup`, the route handler in app/api — which
// stores the account, creates the CometChat user (never with a role) and answers with an auth token.
export default function SignupPage() {
  return (
    <main>
      <h1>Sign up</h1>
      <SignupFlow aria-label="Sign up" />
    </main>
  );
}
