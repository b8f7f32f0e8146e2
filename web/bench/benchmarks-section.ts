/**
 * The web budget is one section of docs/benchmarks.md, between these markers.
 * Two benches write that file: `npm run bench:web` replaces the section, and
 * the server's `npm run bench` writes everything else and carries the section
 * over. Both use this module, so the file's layout is defined once.
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
  const markers = markersIn(document);
  const body = `${SECTION_START}\n${section.trim()}\n${SECTION_END}`;
  if (!markers) {
    const before = document.trimEnd();
    return before === "" ? `${body}\n` : `${before}\n\n${body}\n`;
  }
  return document.slice(0, markers.start) + body + document.slice(markers.end + SECTION_END.length);
}

/** The text between the markers, or undefined when `document` has no section. */
export function webBudgetSection(document: string): string | undefined {
  const markers = markersIn(document);
  return markers && document.slice(markers.start + SECTION_START.length, markers.end).trim();
}

/** Where the two markers are; undefined when neither is there, an error when they are broken. */
function markersIn(document: string): { start: number; end: number } | undefined {
  const start = document.indexOf(SECTION_START);
  const end = document.indexOf(SECTION_END);
  if (start === -1 && end === -1) return undefined;
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
  return { start, end };
}
