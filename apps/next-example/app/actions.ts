'use server';

import { type SignupInput, ValidationError, validateUserInput } from '@profilekit/core';
import { createRestClient } from '@profilekit/core/rest';
import { cometChat } from './config';

/**
 * Your backend's half of a sign-up, as a Server Action: (store the account in your database, then)
 * create the CometChat user with the REST API key and hand the browser an auth token to log in with.
 * The key stays on the server: `PROFILEKIT_REST_API_KEY` has no `NEXT_PUBLIC_` prefix. A Server Action
 * is a public endpoint, so the body is checked with the policy table's `signup` rules: a new person sets
 * their uid, name and what they could change later themselves — never their role.
 */
export async function registerAccount(input: SignupInput): Promise<{ authToken: string }> {
  const apiKey = process.env.PROFILEKIT_REST_API_KEY;
  if (!apiKey) throw new Error('PROFILEKIT_REST_API_KEY is not set on the server');
  const checked = validateUserInput('signup', input);
  if (!checked.success) throw new ValidationError(checked.details);
  const user = checked.data;
  const admin = createRestClient(cometChat, { apiKey });
  await admin.createUser(user);
  const { authToken } = await admin.createAuthToken(user.uid);
  return { authToken };
}
