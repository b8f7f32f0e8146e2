import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { precompress } from "./build/precompress.ts";

/** The API server in development (`npm run dev -w server`); same origin in production. */
const API_TARGET = "http://localhost:8080";
const proxy = Object.fromEntries(
  ["/api", "/healthz", "/readyz"].map((prefix) => [prefix, { target: API_TARGET }]),
);

export default defineConfig({
  plugins: [react(), precompress()],
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: "dist",
    target: "es2022",
    sourcemap: true,
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/testing/setup.ts"],
    // The bench's own logic (not its Lighthouse runs) is unit-tested with the app.
    include: ["src/**/*.test.{ts,tsx}", "bench/**/*.test.ts"],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
