/**
 * Title typesetting without a font engine: widths are estimated from
 * per-character classes of a bold sans-serif (in ems), erring wide, since the
 * font is whatever the viewer's system has (DejaVu Sans Bold, among the
 * widest, sets lower case at about 0.65 em). Good enough to wrap titles so
 * they neither overflow nor look lost.
 */

const NARROW = new Set([..."iIljft.,:;'!|()[] "]);
const WIDE = new Set([..."mwMW@%"]);

function charWidthEm(char: string): number {
  if (NARROW.has(char)) return 0.36;
  if (WIDE.has(char)) return 1;
  if (char.toLowerCase() !== char) return 0.78;
  if (char >= "0" && char <= "9") return 0.7;
  return 0.66;
}

export function approxTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charWidthEm(char);
  return ems * fontSize;
}

/** Greedy word wrap; a single word wider than the line stays on its own line. */
export function wrapWords(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && approxTextWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

export interface TitleBox {
  maxWidth: number;
  maxLines: number;
  largest: number;
  smallest: number;
}

export interface SetTitle {
  lines: string[];
  fontSize: number;
}

function fits(lines: readonly string[], fontSize: number, box: TitleBox): boolean {
  return (
    lines.length <= box.maxLines &&
    lines.every((line) => approxTextWidth(line, fontSize) <= box.maxWidth)
  );
}

/** The largest type at which the title fits the box; at the smallest, extra lines are cut with "…". */
export function setTitle(title: string, box: TitleBox): SetTitle {
  for (let fontSize = box.largest; fontSize > box.smallest; fontSize -= 2) {
    const lines = wrapWords(title, fontSize, box.maxWidth);
    if (fits(lines, fontSize, box)) return { lines, fontSize };
  }
  const lines = wrapWords(title, box.smallest, box.maxWidth);
  if (lines.length <= box.maxLines) return { lines, fontSize: box.smallest };
  const kept = lines.slice(0, box.maxLines);
  kept.push(`${kept.pop() ?? ""}…`);
  return { lines: kept, fontSize: box.smallest };
}
