/** "$460 million", "$1.02 billion", "$72,544": how people say box-office figures. */
export function formatDollars(amount: number): string {
  const threeFigures = (value: number) => Number(value.toPrecision(3)).toLocaleString("en-US");
  // Rounded first: $999.6 million reads "$1 billion", never "$1,000 million".
  if (Number((amount / 1e6).toPrecision(3)) >= 1000) {
    return `$${threeFigures(amount / 1e9)} billion`;
  }
  if (amount >= 1e6) return `$${threeFigures(amount / 1e6)} million`;
  return `$${Math.round(amount).toLocaleString("en-US")}`;
}
