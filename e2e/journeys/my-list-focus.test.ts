import { describe, expect, it } from "vitest";
import { useJourney } from "../support/journey.js";
import { focusedName } from "../support/page-helpers.js";

describe("My List keeps the keyboard's place when films are removed (offline catalog)", () => {
  const journey = useJourney({ catalog: "offline" });

  it("moves focus to the next card, the previous one at the end, then the heading", async () => {
    const { page, errors } = await journey.open("/");
    const add = page
      .getByRole("region", { name: "Trending now", exact: true })
      .getByRole("button", { name: /^Add .+ to My List$/ });
    for (let n = 0; n < 4; n++) await add.first().click();
    await page.goto(journey.url("/my-list"));
    const list = page.getByRole("list", { name: "My List" });
    await list.getByRole("link").nth(3).waitFor();
    const titles = await list
      .locator("[data-card-link]")
      .evaluateAll((links) => links.map((link) => link.getAttribute("data-card-link") ?? ""));
    const [a, b, c, d] = titles;

    // Removing from the card's own button: the same button on the next card.
    await list.getByRole("button", { name: `Remove ${b} from My List` }).focus();
    await page.keyboard.press("Enter");
    expect(await focusedName(page)).toBe(`Remove ${c} from My List`);

    // Removing inside the details dialog: closing it comes back to the next card.
    await list.getByRole("link", { name: c, exact: true }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Remove from My List" }).click();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await focusedName(page)).toBe(d);

    // The last card: the one before it. The last film: the page's heading.
    await list.getByRole("button", { name: `Remove ${d} from My List` }).focus();
    await page.keyboard.press("Enter");
    expect(await focusedName(page)).toBe(`Remove ${a} from My List`);
    await page.keyboard.press("Enter");
    await page.getByText(/Your list is empty/).waitFor();
    expect(await focusedName(page)).toBe("My List");

    expect(errors).toEqual([]);
  });
});
