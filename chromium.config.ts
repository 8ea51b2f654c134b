/**
 * How every browser test here launches Chromium: Debian's package (no browser downloads on this
 * network), headless as root, with background networking off so it never floods a closed network.
 * Used by the Storybook test project (vitest.config.ts) and the demo's end-to-end tests.
 */
export const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
