import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium: test tools may not download a browser of their own here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Flags for a closed network: without the background-networking ones
 * Chromium keeps trying to reach Google's hosts and gets refused. Playwright
 * gives every launch a fresh, temporary profile of its own.
 */
const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
