// The 17 public rule ids of the rule catalogue (RULES.md, section 2), as the
// grammar and the snippets must know them.
import * as fs from "node:fs";
import * as path from "node:path";

export const RULE_IDS: readonly string[] = [
  "support-disclaimer",
  "support-no-clinical-activities",
  "support-free",
  "support-no-therapy-claims",
  "support-facilitator-role",
  "support-no-records",
  "support-no-client-recruitment",
  "therapy-statement",
  "therapy-leader",
  "therapy-peer-participation",
  "therapy-fee",
  "therapy-timeframe",
  "therapy-confidentiality",
  "therapy-dual-relationship",
  "kind-conflict",
  "kind-unknown",
  "declare-kind",
];

/**
 * Rule ids read from the rule catalogue's tables (rows that start with
 * "| `rule-id` |"), or undefined when no RULES.md is found next to the project.
 */
export function ruleIdsFromSpec(root: string): string[] | undefined {
  const candidates = [
    path.join(root, "spec", "RULES.md"),
  ];
  const file = candidates.find((f) => fs.existsSync(f));
  if (!file) return undefined;
  const ids: string[] = [];
  for (const line of fs.readFileSync(file, "utf8").split(/\r?\n/)) {
    const m = /^\|\s*`([a-z]+(?:-[a-z]+)+)`\s*\|/.exec(line);
    if (m) ids.push(m[1]);
  }
  return ids;
}
