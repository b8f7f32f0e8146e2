import styles from "./movie.module.css";

export function GenreChips({ genres }: { genres: string[] }) {
  if (genres.length === 0) return null;
  return (
    <ul className={styles.chips} aria-label="Genres">
      {genres.map((genre) => (
        <li key={genre} className={styles.chip}>
          {genre}
        </li>
      ))}
    </ul>
  );
}
