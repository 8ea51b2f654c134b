import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { index: 'src/index.ts', node: 'src/node.ts', redis: 'src/redis.ts', s3: 'src/s3.ts' },
  format: 'esm',
  platform: 'node',
  fixedExtension: false,
  dts: true,
  sourcemap: false,
  clean: true,
});
