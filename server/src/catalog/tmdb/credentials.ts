import { CatalogNotConfiguredError } from "../errors.js";

/**
 * TMDB accepts either credential on every endpoint; using one in the other's
 * place is a 401. `kind` is what logs may say; the secret itself never leaves
 * `authorize`.
 *
 * @see https://developer.themoviedb.org/docs/authentication-application
 */
export type TmdbCredential =
  | { kind: "access token"; secret: string }
  | { kind: "api key"; secret: string };

/** Picks the credential to use, preferring the access token (TMDB's default). */
export function chooseCredential(options: {
  accessToken?: string | undefined;
  apiKey?: string | undefined;
}): TmdbCredential {
  // Secrets mounted from files or `echo` often end in a newline TMDB would reject.
  const accessToken = options.accessToken?.trim();
  if (accessToken) return { kind: "access token", secret: accessToken };
  const apiKey = options.apiKey?.trim();
  if (apiKey) return { kind: "api key", secret: apiKey };
  throw new CatalogNotConfiguredError("The TMDB catalog needs an access token or an API key");
}

/** Adds the credential to an outgoing request. */
export function authorize(credential: TmdbCredential, url: URL, headers: Headers): void {
  if (credential.kind === "access token") {
    headers.set("Authorization", `Bearer ${credential.secret}`);
  } else {
    url.searchParams.set("api_key", credential.secret);
  }
}
