import { cpus, totalmem, type } from "node:os";

/** One line describing where the numbers were measured: they mean nothing without it. */
export function describeMachine(): string {
  const cpuList = cpus();
  const model = cpuList[0]?.model.trim() ?? "unknown CPU";
  const memoryGiB = Math.round(totalmem() / 2 ** 30);
  return `${type()} ${process.arch}, ${cpuList.length} × ${model}, ${memoryGiB} GiB RAM, Node ${process.version}`;
}
