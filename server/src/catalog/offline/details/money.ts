/** "$460 million", "$1.02 billion", "$72,544": how people say box-office figures. */
export function formatDollars(amount: number): string {
  const threeFigures = (value: number) => Number(value.toPrecision(3)).toLocaleString("en-US");
  if (amount >= 1e9) return `$${threeFigures(amount / 1e9)} billion`;
  if (amount >= 1e6) return `$${threeFigures(amount / 1e6)} million`;
  return `$${Math.round(amount).toLocaleString("en-US")}`;
}
