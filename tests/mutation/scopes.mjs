/**
 * What `pnpm mutation` mutates. `all` is issue #29's list: the emulator's routes, list/search, rules, presenter
 * and auth, and core's schemas, payload builder and HTTP request path. `fast` is the fixed subset `npm test`
 * runs with its own floor: the emulator's field rules and core's payload builder, the two places a changed
 * rule goes first. `emulator` and `core` split `all` in two for a run that fits a coffee break.
 */
export const scopes = {
  fast: ['packages/emulator/src/users/rules.ts', 'packages/core/src/payload.ts'],
  emulator: [
    'packages/emulator/src/routes/*.ts',
    'packages/emulator/src/users/{listUsers,rules,present}.ts',
    'packages/emulator/src/auth/*.ts',
    'packages/emulator/src/store/userQuery.ts',
  ],
  core: ['packages/core/src/{schemas,payload}.ts', 'packages/core/src/http/*.ts'],
};
scopes.all = [...scopes.emulator, ...scopes.core];

/** The floor (Stryker's `thresholds.break`, % of mutants killed) each scope must hold. */
export const floors = { fast: 90, emulator: 85, core: 85, all: 85 };
