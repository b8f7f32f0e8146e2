/** Debian's Chromium: test tools may not download a browser of their own here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Flags for a closed network: without the background-networking ones
 * Chromium keeps trying to reach Google's hosts and gets refused. Shared by
 * the browser tests and the web bench (Lighthouse), which drive the same Chromium.
 */
export const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
