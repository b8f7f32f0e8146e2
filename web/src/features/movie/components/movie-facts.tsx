import type { MovieDetails } from "../../../lib/api-types";
import { formatMoney } from "../../../lib/format";
import styles from "./movie.module.css";

const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

function releaseDate(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : longDate.format(date);
}

/** Release date, directors, money and outside ratings: whichever are known. */
export function MovieFacts({ movie }: { movie: MovieDetails }) {
  const facts: Array<[string, string]> = [];
  const released = releaseDate(movie.releaseDate);
  if (released) facts.push(["Released", released]);
  if (movie.directors.length > 0) {
    facts.push([
      movie.directors.length === 1 ? "Director" : "Directors",
      movie.directors.join(", "),
    ]);
  }
  const budget = formatMoney(movie.budget);
  if (budget) facts.push(["Budget", budget]);
  const revenue = formatMoney(movie.revenue);
  if (revenue) facts.push(["Box office", revenue]);
  for (const rating of movie.externalRatings) facts.push([rating.source, rating.value]);

  if (facts.length === 0) return null;
  return (
    <dl className={styles.facts}>
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
