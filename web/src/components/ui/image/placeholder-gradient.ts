/** Deep two-stop gradients; white type on any of them passes WCAG AA. */
const PALETTES: ReadonlyArray<readonly [string, string]> = [
  ["#3b0d11", "#8a1c24"],
  ["#0f2a3d", "#1f5f7a"],
  ["#2b1846", "#5b2f86"],
  ["#13351f", "#2c6b42"],
  ["#3d2a0a", "#7a5414"],
  ["#1a1f3d", "#3a4a8a"],
  ["#3a1030", "#7a2460"],
];

/** The same title always gets the same gradient. */
export function placeholderGradient(seed: string): string {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  const [from, to] = PALETTES[hash % PALETTES.length] ?? ["#2a2a2a", "#1f1f1f"];
  return `linear-gradient(160deg, ${to} 0%, ${from} 70%, #141414 100%)`;
}
