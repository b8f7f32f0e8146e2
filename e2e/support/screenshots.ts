import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Where the README's screenshots live; the browser tests write them. */
export const SCREENSHOTS = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return `${SCREENSHOTS}${name}.png`;
}
