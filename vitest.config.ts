import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Tests that talk to Redis or spawn the built bot need more than the default 5 s on a busy CI box.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
