import type { Page } from "playwright-core";

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
