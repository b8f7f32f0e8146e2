import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("defaults to the offline catalog on port 8080 when nothing is set", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 8080,
      HOST: "0.0.0.0",
      catalog: "offline",
      TMDB_BASE_URL: "https://api.themoviedb.org/3",
      LOG_LEVEL: "info",
    });
  });

  it("resolves auto to tmdb when either credential is set", () => {
    expect(loadConfig({ TMDB_ACCESS_TOKEN: "t" }).catalog).toBe("tmdb");
    expect(loadConfig({ TMDB_API_KEY: "k" }).catalog).toBe("tmdb");
  });

  it("treats an empty credential as unset", () => {
    expect(loadConfig({ TMDB_API_KEY: "", TMDB_ACCESS_TOKEN: "  " }).catalog).toBe("offline");
  });

  it("honours an explicit offline choice even with a credential", () => {
    expect(loadConfig({ CATALOG: "offline", TMDB_API_KEY: "k" }).catalog).toBe("offline");
  });

  it("refuses CATALOG=tmdb without a credential, naming the variables", () => {
    expect(problemsOf({ CATALOG: "tmdb" }).join()).toMatch(/TMDB_ACCESS_TOKEN.*TMDB_API_KEY/);
  });

  it.each([
    ["PORT", "eighty", /PORT: expected a whole number from 0 to 65535/],
    ["PORT", "70000", /PORT: expected a whole number/],
    ["CATALOG", "imdb", /CATALOG: expected one of auto, tmdb, offline/],
    ["TMDB_BASE_URL", "ftp://example.test", /TMDB_BASE_URL: expected an http\(s\) URL/],
    ["LOG_LEVEL", "loud", /LOG_LEVEL: expected one of fatal/],
    ["REDIS_URL", "http://cache", /REDIS_URL: expected a redis:\/\//],
    ["METRICS_PORT", "0", /METRICS_PORT: expected a whole number from 1 to 65535/],
    ["METRICS_PORT", "metrics", /METRICS_PORT: expected a whole number/],
  ])("rejects %s=%s with a message naming it", (name, value, message) => {
    expect(problemsOf({ [name]: value }).join("\n")).toMatch(message);
  });

  it("takes a metrics port of its own, which must not be the app's", () => {
    expect(loadConfig({}).METRICS_PORT).toBeUndefined();
    expect(loadConfig({ METRICS_PORT: "" }).METRICS_PORT).toBeUndefined();
    expect(loadConfig({ METRICS_PORT: "9464" }).METRICS_PORT).toBe(9464);
    expect(problemsOf({ PORT: "9464", METRICS_PORT: "9464" }).join()).toMatch(
      /METRICS_PORT: must differ from PORT/,
    );
  });

  it("reports every bad variable at once", () => {
    expect(problemsOf({ PORT: "x", CATALOG: "y" })).toHaveLength(2);
  });

  it("drops a trailing slash from the TMDB base URL", () => {
    expect(loadConfig({ TMDB_BASE_URL: "http://127.0.0.1:9/3/" }).TMDB_BASE_URL).toBe(
      "http://127.0.0.1:9/3",
    );
  });

  it("never puts a credential in its error message", () => {
    const secret = "secret-token-value";
    expect(problemsOf({ TMDB_ACCESS_TOKEN: secret, PORT: "x" }).join()).not.toContain(secret);
  });

  it("reads TMDB_REGION as an upper-case country code, US by default", () => {
    expect(loadConfig({}).TMDB_REGION).toBe("US");
    expect(loadConfig({ TMDB_REGION: " gb " }).TMDB_REGION).toBe("GB");
    expect(problemsOf({ TMDB_REGION: "Britain" })).toEqual([
      "TMDB_REGION: expected a two-letter country code such as US or GB",
    ]);
  });
});

describe("loadConfig: production limits", () => {
  it("defaults to TMDB's published limits and safe inbound limits", () => {
    expect(loadConfig({})).toMatchObject({
      TMDB_TIMEOUT_MS: 3000,
      TMDB_BUDGET_MS: 4500,
      TMDB_RATE_LIMIT_PER_SECOND: 40,
      TMDB_MAX_CONNECTIONS: 20,
      TMDB_MAX_RETRIES: 2,
      TMDB_CIRCUIT_FAILURES: 5,
      TMDB_CIRCUIT_COOLDOWN_MS: 5000,
      CACHE_MAX_MB: 64,
      API_RATE_LIMIT_PER_MINUTE: 600,
      TRUST_PROXY: false,
      SHUTDOWN_DELAY_SECONDS: 0,
      SHUTDOWN_TIMEOUT_SECONDS: 10,
    });
  });

  it("takes a redis:// or TLS rediss:// URL, and nothing else", () => {
    expect(loadConfig({ REDIS_URL: "rediss://cache.example:6380" }).REDIS_URL).toBe(
      "rediss://cache.example:6380",
    );
    expect(loadConfig({ REDIS_URL: "redis://127.0.0.1:6379" }).REDIS_URL).toBe(
      "redis://127.0.0.1:6379",
    );
    expect(problemsOf({ REDIS_URL: "http://cache.example" })[0]).toMatch(/^REDIS_URL: expected/);
  });

  it("refuses a fractional port", () => {
    expect(problemsOf({ PORT: "80.5" })).toEqual(["PORT: expected a whole number from 0 to 65535"]);
  });

  it("never allows more than TMDB's 20 connections", () => {
    expect(problemsOf({ TMDB_MAX_CONNECTIONS: "50" })).toEqual([
      "TMDB_MAX_CONNECTIONS: expected a whole number from 1 to 20",
    ]);
  });

  it("reads TRUST_PROXY as a boolean or a list of proxy addresses", () => {
    expect(loadConfig({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: "FALSE" }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.0/16, 127.0.0.1" }).TRUST_PROXY).toBe(
      "10.0.0.0/16, 127.0.0.1",
    );
    expect(problemsOf({ TRUST_PROXY: "the load balancer" })[0]).toMatch(/^TRUST_PROXY: expected/);
  });

  it("reports the build's git revision, or dev when it was not told one", () => {
    expect(loadConfig({}).GIT_REVISION).toBe("dev");
    expect(loadConfig({ GIT_REVISION: " " }).GIT_REVISION).toBe("dev");
    expect(loadConfig({ GIT_REVISION: "0123abc" }).GIT_REVISION).toBe("0123abc");
  });

  it("keeps the shutdown delay inside the shutdown timeout", () => {
    expect(loadConfig({ SHUTDOWN_DELAY_SECONDS: "5" }).SHUTDOWN_DELAY_SECONDS).toBe(5);
    expect(problemsOf({ SHUTDOWN_DELAY_SECONDS: "10", SHUTDOWN_TIMEOUT_SECONDS: "10" })[0]).toMatch(
      /SHUTDOWN_DELAY_SECONDS: must be less than SHUTDOWN_TIMEOUT_SECONDS/,
    );
  });
});
