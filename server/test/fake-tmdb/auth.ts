/** The credentials the fake accepts; either one authorizes a request, as on TMDB. */
export interface FakeCredentials {
  accessToken?: string | undefined;
  apiKey?: string | undefined;
}

/**
 * A valid read access token as `Authorization: Bearer`, or a valid v3 key as
 * `?api_key=`. Each in the other's place is rejected, as TMDB does.
 */
export function isAuthorized(
  authorization: string | undefined,
  params: URLSearchParams,
  credentials: FakeCredentials,
): boolean {
  const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? "")?.[1];
  if (credentials.accessToken !== undefined && bearer === credentials.accessToken) return true;
  const apiKey = params.get("api_key");
  return credentials.apiKey !== undefined && apiKey === credentials.apiKey;
}
