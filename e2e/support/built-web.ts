import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const WEB_DIST = fileURLToPath(new URL("../../web/dist/", import.meta.url));

/** The text of every file the built web app ships (HTML, JS, CSS, ...). */
export function builtWebFiles(dir = WEB_DIST): Array<{ path: string; text: string }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory()
      ? builtWebFiles(path)
      : [{ path, text: readFileSync(path, "latin1") }];
  });
}
