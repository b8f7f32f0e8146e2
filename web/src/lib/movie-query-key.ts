/**
 * The cache key of one film's details: the details query's, and the one the
 * home page seeds with the billboard's film so "More info" opens without a
 * request. One function, so the two can't drift apart.
 */
export function movieQueryKey(id: number) {
  return ["movie", id] as const;
}
