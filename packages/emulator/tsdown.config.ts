import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    browser: 'src/browser.ts',
    cli: 'src/cli.ts',
    'testing/index': 'src/testing/index.ts',
  },
  format: 'esm',
  platform: 'node',
  fixedExtension: false,
  dts: true,
  sourcemap: false,
  clean: true,
});
