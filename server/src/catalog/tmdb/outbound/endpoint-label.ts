/**
 * A TMDB path as a metric label: ids become `{id}`, so `/movie/603` and
 * `/movie/604` count as one endpoint and the label set stays small.
 */
export function endpointLabel(path: string): string {
  return path.replace(/\/\d+(?=\/|$)/g, "/{id}");
}
