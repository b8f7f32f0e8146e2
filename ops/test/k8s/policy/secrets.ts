import type { IConfigMap } from "kubernetes-models/v1/ConfigMap";
import type { K8sObject } from "../render.js";
import { containersOf, deployments, nameOf, ofKind } from "./objects.js";

/**
 * Credentials are referenced, never contained: the rendered manifests hold no Secret
 * object, no credential as a literal env value or ConfigMap entry, and the TMDB
 * credential reaches the server only through a secretKeyRef.
 */

/** Names that hold a credential by our own conventions and the usual ones. */
const SENSITIVE_NAME = /TOKEN|API_KEY|SECRET|PASSWORD|PASSWD|CREDENTIAL/i;
/** A URL with a password in it (redis://:pw@host, https://user:pw@host). */
const URL_WITH_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^/\s@]*:[^/\s@]+@/i;
const TMDB_CREDENTIALS = ["TMDB_ACCESS_TOKEN", "TMDB_API_KEY"];

export function secretViolations(objects: K8sObject[]): string[] {
  const found: string[] = [];
  for (const secret of ofKind<K8sObject>(objects, "Secret")) {
    found.push(`Secret/${nameOf(secret)}: secrets are created outside the manifests`);
  }
  for (const map of ofKind<IConfigMap>(objects, "ConfigMap")) {
    for (const [key, value] of Object.entries(map.data ?? {})) {
      if (SENSITIVE_NAME.test(key)) found.push(`ConfigMap/${nameOf(map)}: holds ${key}`);
      if (URL_WITH_PASSWORD.test(value)) {
        found.push(`ConfigMap/${nameOf(map)}: ${key} is a URL with a password in it`);
      }
    }
  }
  for (const deployment of deployments(objects)) {
    for (const container of containersOf(deployment)) {
      const at = `Deployment/${nameOf(deployment)} container ${container.name}`;
      for (const variable of container.env ?? []) {
        const literal = variable.value !== undefined && variable.value !== "";
        if (literal && SENSITIVE_NAME.test(variable.name)) {
          found.push(`${at}: ${variable.name} is set inline`);
        }
        if (literal && URL_WITH_PASSWORD.test(variable.value ?? "")) {
          found.push(`${at}: ${variable.name} is a URL with a password in it`);
        }
        if (TMDB_CREDENTIALS.includes(variable.name) && !variable.valueFrom?.secretKeyRef) {
          found.push(`${at}: ${variable.name} must come from a secretKeyRef`);
        }
      }
    }
  }
  return found;
}
