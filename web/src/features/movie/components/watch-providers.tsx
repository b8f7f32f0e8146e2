import { useImageStatus } from "../../../components/ui/image/use-image-status";
import type {
  CatalogSource,
  WatchProvider,
  WatchProviders as WatchProvidersData,
} from "../../../lib/api-types";
import { initials } from "../../../lib/format";
import styles from "./watch-providers.module.css";

const KINDS = [
  ["stream", "Stream"],
  ["free", "Free"],
  ["rent", "Rent"],
  ["buy", "Buy"],
] as const;

function ProviderLogo({ provider }: { provider: WatchProvider }) {
  const { status, onLoad, onError } = useImageStatus(provider.logoUrl);
  return (
    <li className={styles.provider}>
      <span className={styles.logo} aria-hidden="true">
        {status !== "loaded" && initials(provider.name)}
        {provider.logoUrl && status !== "failed" && (
          <img
            src={provider.logoUrl}
            alt=""
            width={46}
            height={46}
            loading="lazy"
            onLoad={onLoad}
            onError={onError}
          />
        )}
      </span>
      <span className={styles.name}>{provider.name}</span>
    </li>
  );
}

interface WatchProvidersProps {
  providers: WatchProvidersData | null;
  source: CatalogSource;
}

/** Streaming, free, rental and purchase offers, crediting JustWatch as its terms require. */
export function WatchProviders({ providers, source }: WatchProvidersProps) {
  if (!providers) {
    return (
      <p className={styles.muted}>
        {source === "offline"
          ? "Where to watch isn't known in the offline catalog"
          : "No streaming, rental or purchase offers are listed for this title"}
      </p>
    );
  }
  return (
    <div className={styles.providers}>
      {KINDS.filter(([kind]) => providers[kind].length > 0).map(([kind, label]) => (
        <div key={kind} className={styles.kind}>
          <h3 className={styles.kindTitle}>{label}</h3>
          <ul className={styles.list} aria-label={`${label} (${providers.region})`}>
            {providers[kind].map((provider) => (
              <ProviderLogo key={provider.name} provider={provider} />
            ))}
          </ul>
        </div>
      ))}
      <p className={styles.credit}>
        Offers in {providers.region}, from JustWatch.{" "}
        {providers.link && (
          <a href={providers.link} target="_blank" rel="noreferrer">
            See all options
          </a>
        )}
      </p>
    </div>
  );
}
