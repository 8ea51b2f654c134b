/**
 * The two apps a newcomer would build from the packed tarballs: Vite + React and a Next.js App Router app, each
 * importing `@profilekit/react/styles.css` and rendering the sign-up form in three pages: `data-theme="light"`,
 * `data-theme="dark"`, and one that declares nothing (no theme, no color-scheme). Both live in folders of the
 * scratch app, so they use its node_modules (the tarballs, react, vite, next).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ThemeCase } from './styleProbe';

/** The form every page renders, with a client that points nowhere: the check is about looks, not requests. */
const forms = `import { createHttpClient } from '@profilekit/core';
import { ProfileKitProvider, SignupFlow } from '@profilekit/react';
import { useState } from 'react';

export function Forms({ theme }) {
  const [client] = useState(() => createHttpClient({ baseUrl: 'http://127.0.0.1:9' }));
  return (
    <ProfileKitProvider client={client}>
      <SignupFlow theme={theme} onRegister={() => undefined} />
    </ProfileKitProvider>
  );
}
`;

const viteFiles: Record<string, string> = {
  'vite.config.js': `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [react()] });
`,
  'index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>profilekit on Vite</title></head>
  <body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body>
</html>
`,
  'src/Forms.jsx': forms,
  'src/main.jsx': `import '@profilekit/react/styles.css';
import { createRoot } from 'react-dom/client';
import { Forms } from './Forms.jsx';

const theme = new URLSearchParams(location.search).get('theme') ?? undefined;
createRoot(document.getElementById('root')).render(<Forms theme={theme} />);
`,
};

const page = (theme?: ThemeCase) => `import { Forms } from '${theme ? '../' : './'}Forms';

export default function Page() {
  return <Forms${theme ? ` theme="${theme}"` : ''} />;
}
`;

const nextFiles: Record<string, string> = {
  'next.config.mjs': `export default {};
`,
  'app/layout.jsx': `import '@profilekit/react/styles.css';

export const metadata = { title: 'profilekit on Next.js' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  // The provider needs a client object, which a server component cannot hand to the browser.
  'app/Forms.jsx': `'use client';\n${forms}`,
  'app/page.jsx': page(),
  'app/light/page.jsx': page('light'),
  'app/dark/page.jsx': page('dark'),
};

const write = (folder: string, files: Record<string, string>) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
};

/** Writes `vite/` and `next/` into the scratch app; returns their folders. */
export function writeScratchApps(app: string) {
  const vite = join(app, 'vite');
  const next = join(app, 'next');
  write(vite, viteFiles);
  write(next, nextFiles);
  return { vite, next };
}

/** The path of each theme case on the served app. */
export const casePath = {
  vite: (theme: ThemeCase) => (theme === 'none' ? '/' : `/?theme=${theme}`),
  next: (theme: ThemeCase) => (theme === 'none' ? '/' : `/${theme}`),
};
