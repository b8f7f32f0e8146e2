/**
 * The web budget is one section of docs/benchmarks.md, between these markers;
 * the server's bench (`npm run bench`) writes the rest of that file and keeps
 * the section as it finds it. Each bench replaces only its own part.
 */
export const SECTION_START = "<!-- web-budget:start -->";
export const SECTION_END = "<!-- web-budget:end -->";

/**
 * `document` with the text between the markers replaced by `section`, or
 * with the section (markers included) appended when the markers are absent.
 * Everything outside the markers is kept byte for byte. A lone or misordered
 * marker is an error: guessing would overwrite someone else's numbers.
 */
export function withWebBudgetSection(document: string, section: string): string {
  const start = document.indexOf(SECTION_START);
  const end = document.indexOf(SECTION_END);
  const body = `${SECTION_START}\n${section.trim()}\n${SECTION_END}`;
  if (start === -1 && end === -1) {
    const before = document.trimEnd();
    return before === "" ? `${body}\n` : `${before}\n\n${body}\n`;
  }
  if (start === -1 || end === -1 || end < start) {
    throw new Error(
      `docs/benchmarks.md has a lone or misordered ${start === -1 ? SECTION_END : SECTION_START}: fix the markers by hand`,
    );
  }
  if (
    document.indexOf(SECTION_START, start + 1) !== -1 ||
    document.indexOf(SECTION_END, end + 1) !== -1
  ) {
    throw new Error(
      "docs/benchmarks.md has the web budget markers more than once: fix them by hand",
    );
  }
  return document.slice(0, start) + body + document.slice(end + SECTION_END.length);
}
