import type { Locator, Page } from "playwright-core";

/** Collects uncaught page errors, so a journey can assert the app never threw. */
export function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on("pageerror", (error) => errors.push(error));
  return errors;
}

/** Types like a person (one key at a time), which is what exercises search-as-you-type. */
export async function typeIntoSearch(page: Page, text: string): Promise<void> {
  const box = page.getByRole("searchbox", { name: "Search" });
  await box.click();
  await box.pressSequentially(text, { delay: 40 });
}

export async function expectHeading(page: Page, name: string): Promise<void> {
  await page.getByRole("heading", { level: 1, name, exact: true }).waitFor({ timeout: 10_000 });
}

/** True when `locator` is the element with keyboard focus. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Polls `check` until it holds (smooth scrolls, transitions), or fails naming `what`. */
export async function waitUntil(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting until ${what}`);
}

/** What has keyboard focus, named as a person would: its label, card title or text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return "<body>";
    return (
      active.getAttribute("aria-label") ??
      active.getAttribute("data-card-link") ??
      active.textContent?.trim() ??
      ""
    );
  });
}
