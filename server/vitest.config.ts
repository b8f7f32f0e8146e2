import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // API tests start real HTTP servers (the fake TMDB); keep them isolated per file.
    pool: "forks",
    testTimeout: 15_000,
  },
});
