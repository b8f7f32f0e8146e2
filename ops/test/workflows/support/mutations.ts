/** Deliberately broken copies of our workflows, to prove each policy can fail. */
import type { WorkflowSet } from "../policies/types.js";
import { workflowFiles } from "./repo.js";
import { loadWorkflow, parseWorkflow } from "./workflow.js";

/** Our workflows as they are in the repository. */
export const realWorkflows = (): WorkflowSet =>
  Object.fromEntries(workflowFiles().map((file) => [file, loadWorkflow(file)]));

/** Replaces `from` (which must be there: a mutation that misses would prove nothing). */
export const replace =
  (from: string, to: string) =>
  (text: string): string => {
    if (!text.includes(from)) throw new Error(`mutation target not found: ${from}`);
    return text.replace(from, to);
  };

/** Moves the step that starts with `moved` to just before the step that starts with `before`. */
export const moveStepBefore =
  (moved: string, before: string) =>
  (text: string): string => {
    const lines = text.split("\n");
    const start = lines.findIndex((line) => line.includes(moved));
    const target = lines.findIndex((line) => line.includes(before));
    if (start < 0 || target < 0) throw new Error(`steps not found: ${moved} / ${before}`);
    const indent = /^\s*-/.exec(lines[start] ?? "")?.[0] ?? "";
    let end = start + 1;
    while (
      end < lines.length &&
      !(lines[end] ?? "").startsWith(indent) &&
      (lines[end] ?? "").trim() !== ""
    )
      end++;
    const block = lines.splice(start, end - start);
    lines.splice(target < start ? target : target - block.length, 0, ...block);
    return lines.join("\n");
  };

/** The real workflows with one file replaced by a deliberately broken copy. */
export function brokenCopy(file: string, edit: (text: string) => string): WorkflowSet {
  const workflows = realWorkflows();
  const original = workflows[file];
  if (!original) throw new Error(`${file} is missing`);
  workflows[file] = parseWorkflow(file, edit(original.text));
  return workflows;
}
