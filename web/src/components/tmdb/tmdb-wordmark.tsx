/**
 * A plain text wordmark in TMDB's brand colours, drawn here rather than
 * downloaded (their logo files are not ours to ship).
 */
export function TmdbWordmark({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 96 28" role="img" aria-label="TMDB">
      <defs>
        <linearGradient id="tmdb-gradient" x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" stopColor="#90cea1" />
          <stop offset="0.56" stopColor="#3cbec9" />
          <stop offset="1" stopColor="#00b3e5" />
        </linearGradient>
      </defs>
      <rect width="96" height="28" rx="14" fill="#0d253f" />
      <text
        x="48"
        y="19.5"
        textAnchor="middle"
        fill="url(#tmdb-gradient)"
        fontFamily="system-ui, sans-serif"
        fontSize="17"
        fontWeight="800"
        letterSpacing="2"
      >
        TMDB
      </text>
    </svg>
  );
}
