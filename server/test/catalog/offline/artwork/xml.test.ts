import { describe, expect, it } from "vitest";
import { escapeXml } from "../../../../src/catalog/offline/artwork/xml.js";

describe("escapeXml", () => {
  it("escapes the five XML specials", () => {
    expect(escapeXml(`Tango & Cash <"Director's Cut">`)).toBe(
      "Tango &amp; Cash &lt;&quot;Director&apos;s Cut&quot;&gt;",
    );
  });
});
