import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";

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

/**
 * README screenshot `name` of the page as it stands once it has settled: the
 * images in view loaded (or failed) and their fade-ins over. Taken as soon as
 * the text shows, a shot would race the artwork and now and then picture grey
 * placeholders. Endless animations (loading shimmer) don't count as unsettled.
 */
export async function takeReadmeScreenshot(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    () => {
      const inView = (element: Element) => {
        const box = element.getBoundingClientRect();
        return box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
      };
      const imagesDone = Array.from(document.images).every(
        (image) => image.complete || !inView(image),
      );
      const settled = document
        .getAnimations()
        .every(
          (animation) =>
            animation.playState !== "running" ||
            animation.effect?.getComputedTiming().endTime === Number.POSITIVE_INFINITY,
        );
      return imagesDone && settled;
    },
    undefined,
    { timeout: 10_000 },
  );
  await page.screenshot({ path: screenshotPath(name) });
}

/** The file for a shot that never goes in the README. */
export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return `${ARTIFACTS}${name}.png`;
}
