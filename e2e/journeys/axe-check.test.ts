import { describe, expect, it } from "vitest";
import { seriousAxeViolations } from "../support/axe.js";
import { useJourney } from "../support/journey.js";

/** The accessibility journeys pass only if their check can fail: prove it on a broken page. */
describe("the axe check", () => {
  // No catalog: no app, only Chromium, on pages this journey writes itself.
  const journey = useJourney();

  it("reports serious and critical problems, and nothing on a sound page", async () => {
    const { page } = await journey.open();
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
  });
});
