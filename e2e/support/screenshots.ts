import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The README's screenshots, in git: rewritten only when asked. */
export const README_SCREENSHOTS = fileURLToPath(
  new URL("../../docs/screenshots/", import.meta.url),
);
/** Every other run's shots: ignored by git, there to look at when a journey fails. */
export const ARTIFACTS = fileURLToPath(new URL("../artifacts/", import.meta.url));

/**
 * Where a README screenshot goes on this run. A plain test run must leave the
 * working tree clean, so the shots land in e2e/artifacts/ unless
 * `UPDATE_SCREENSHOTS=1`; they are taken either way, so a page that can't
 * render still fails the journey.
 */
export function readmeScreenshotDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.UPDATE_SCREENSHOTS === "1" ? README_SCREENSHOTS : ARTIFACTS;
}

/** The file for README screenshot `name` (e.g. "home-phone") on this run. */
export function screenshotPath(name: string): string {
  const dir = readmeScreenshotDir();
  mkdirSync(dir, { recursive: true });
  return `${dir}${name}.png`;
}

/** The file for a shot that never goes in the README. */
export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return `${ARTIFACTS}${name}.png`;
}
