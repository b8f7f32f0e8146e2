import { measureHttp } from "./cached-search.js";
import { pinThisProcess } from "./processes.js";

/**
 * The HTTP benchmarks in a process of their own (spawned by run.ts): the load
 * generator must not share a heap with the offline catalog and its index the
 * other measurements loaded, or its garbage collection becomes part of what
 * is measured. Prints the report as JSON on stdout.
 *
 * Usage: node --import tsx bench/http-run.ts <server entry>
 */
const entry = process.argv[2];
if (!entry) throw new Error("usage: http-run.ts <server entry>");
pinThisProcess();
process.stdout.write(`${JSON.stringify(await measureHttp(entry))}\n`);
