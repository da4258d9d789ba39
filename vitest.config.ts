import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "e2e/**/*.test.ts"],
    // Two cores on CI machines: keep parallelism modest so database tests do not starve.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser tests poll the page: its default second is too short while the two cores are busy
    // with other test files (a list page loading was seen to miss it).
    expect: { poll: { timeout: 20_000 } },
  },
});
