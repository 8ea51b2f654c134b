// Types for `import '@profilekit/react/styles.css'`: the stylesheet has no exports; this file lets
// type-aware tools (TypeScript's `noUncheckedSideEffectImports`, @arethetypeswrong/cli) resolve it.
export {};
