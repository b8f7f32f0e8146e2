import type { MovieDetails } from "../../../lib/api-types";
import { formatMoney, formatReleaseDate } from "../../../lib/format";
import styles from "./movie.module.css";

/** Release date, directors, money and outside ratings: whichever are known. */
export function MovieFacts({ movie }: { movie: MovieDetails }) {
  const facts: Array<[string, string]> = [];
  const released = formatReleaseDate(movie.releaseDate);
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
