import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    avatar: 'src/avatar/index.ts',
    backend: 'src/backend/index.ts',
    dev: 'src/dev/index.ts',
    internal: 'src/internal.ts',
    rest: 'src/rest/index.ts',
    sdk: 'src/sdk/index.ts',
  },
  format: 'esm',
  platform: 'neutral',
  dts: true,
  sourcemap: false,
  clean: true,
});
