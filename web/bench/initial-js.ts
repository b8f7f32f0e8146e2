import { gzipSync } from "node:zlib";

/**
 * The gzip size of the JavaScript a page loaded, in KB (1,000 bytes, as Vite
 * reports): each script fetched again from the app and compressed at gzip's
 * default level, so the number doesn't depend on whether the server
 * compresses.
 */
export async function gzipKb(urls: readonly string[]): Promise<{ kb: number; files: string[] }> {
  const unique = [...new Set(urls)];
  let bytes = 0;
  for (const url of unique) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    bytes += gzipSync(Buffer.from(await response.arrayBuffer())).length;
  }
  return { kb: bytes / 1000, files: unique.map((url) => new URL(url).pathname) };
}
