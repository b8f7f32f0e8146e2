import { useImageStatus } from "../../../components/ui/image/use-image-status";
import type { CastMember, CatalogSource } from "../../../lib/api-types";
import { initials } from "../../../lib/format";
import styles from "./movie.module.css";

/** Enough to recognise the film's leads without a wall of names. */
const MAX_CAST = 18;

function Avatar({ person }: { person: CastMember }) {
  const { status, onLoad, onError } = useImageStatus(person.profileUrl);
  return (
    <span className={styles.avatar} aria-hidden="true">
      {status !== "loaded" && initials(person.name)}
      {person.profileUrl && status !== "failed" && (
        <img src={person.profileUrl} alt="" loading="lazy" onLoad={onLoad} onError={onError} />
      )}
    </span>
  );
}

export function CastList({ cast, source }: { cast: CastMember[]; source: CatalogSource }) {
  if (cast.length === 0) {
    return (
      <p className={styles.muted}>
        {source === "offline"
          ? "Cast information isn't available in the offline catalog"
          : "Cast information isn't available for this title"}
      </p>
    );
  }
  return (
    <ul className={styles.cast} aria-label="Cast">
      {cast.slice(0, MAX_CAST).map((person) => (
        <li key={`${person.name}/${person.character}`} className={styles.person}>
          <Avatar person={person} />
          <span className={styles.personText}>
            <span className={styles.personName}>{person.name}</span>
            {person.character && (
              <span className={styles.character}>
                <span className="sr-only">as </span>
                {person.character}
              </span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
