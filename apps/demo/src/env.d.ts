/// <reference types="vite/client" />

/** Set by vite.config.ts from the environment (see server/env.ts): only public values. */
declare const __PROFILEKIT_DEMO__: import('../server/env').BrowserConfig | null;
