import { readFileSync } from 'node:fs';
import type { AccountRepository } from './accounts/AccountRepository';
import { hashPassword } from './passwords';

/** A seeded account: a uid of `seed/users.json` and its demo password. */
interface SeedAccount {
  uid: string;
  email?: string;
  password: string;
}

/**
 * Gives seeded CometChat users (`seed/users.json`, loaded into the emulator by `pnpm dev`) an account with
 * the demo password of `seed/accounts.json`, so the seeded admins can log in. Existing accounts are kept.
 *
 * @example
 * ```ts
 * await seedAccounts(accounts, 'seed/accounts.json'); // 2
 * ```
 */
export async function seedAccounts(accounts: AccountRepository, file: string): Promise<number> {
  const { accounts: seeds } = JSON.parse(readFileSync(file, 'utf8')) as { accounts: SeedAccount[] };
  let added = 0;
  for (const seed of seeds) {
    if (await accounts.findByUid(seed.uid)) continue;
    const passwordHash = await hashPassword(seed.password);
    const outcome = await accounts.insert(
      { uid: seed.uid, name: seed.uid, email: seed.email ?? null, passwordHash },
      { complete: true },
    );
    if (outcome === 'inserted') added++;
  }
  return added;
}
