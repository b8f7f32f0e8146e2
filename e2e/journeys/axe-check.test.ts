import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";

/** The accessibility journeys pass only if their check can fail: prove it on a broken page. */
describe("the axe check", () => {
  let chromium: Browser;
  beforeAll(async () => {
    chromium = await launchBrowser();
  });
  afterAll(() => chromium?.close());

  it("reports serious and critical problems, and nothing on a sound page", async () => {
    const page = await chromium.newPage();
    await page.setContent(
      `<!doctype html><html lang="en"><title>broken</title><main>
        <button><svg width="10" height="10"></svg></button>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
        <p style="color:#777;background:#888">low contrast</p></main></html>`,
    );
    const ids = (await seriousAxeViolations(page)).map((violation) => violation.id).sort();
    expect(ids).toEqual(["button-name", "color-contrast", "image-alt"]);

    await page.setContent(
      `<!doctype html><html lang="en"><title>fine</title><main><h1>Fine</h1>
        <button>Play</button></main></html>`,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
