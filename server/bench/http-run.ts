import { measureHttp } from "./cached-search.js";
import { AUTOCANNON, WRK, wrkInstalled } from "./http-load.js";
import { pinThisProcess } from "./processes.js";

/**
 * The HTTP benchmarks in a process of their own (spawned by run.ts): the load
 * generator must not share a heap with the offline catalog and its index the
 * other measurements loaded, or its garbage collection becomes part of what
 * is measured. Prints the report as JSON on stdout. Loads with wrk too when
 * it is installed (`apt-get install wrk`): the stricter of the two (see http-load.ts).
 *
 * Usage: node --import tsx bench/http-run.ts <server entry>
 */
const entry = process.argv[2];
if (!entry) throw new Error("usage: http-run.ts <server entry>");
pinThisProcess();
const withWrk = wrkInstalled();
if (!withWrk) process.stderr.write("wrk is not installed (apt-get install wrk): autocannon only\n");
const generators = withWrk ? [WRK, AUTOCANNON] : [AUTOCANNON];
process.stdout.write(`${JSON.stringify(await measureHttp(entry, generators))}\n`);
