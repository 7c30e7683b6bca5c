// The rule ids, in catalogue order, and where each rule's page is: what config handling,
// argument checks and reports need, without the rules' checks (their patterns are built
// when a module is loaded, which a run answered from --cache can do without). The
// catalogue (./index.ts) lists the rules themselves in the same order; the contract test
// checks the two agree.
export const RULE_IDS: readonly string[] = [
  'kind-unknown',
  'kind-conflict',
  'declare-kind',
  'support-disclaimer',
  'support-no-clinical-activities',
  'support-free',
  'support-no-therapy-claims',
  'support-facilitator-role',
  'support-no-records',
  'support-no-client-recruitment',
  'therapy-statement',
  'therapy-leader',
  'therapy-peer-participation',
  'therapy-fee',
  'therapy-timeframe',
  'therapy-confidentiality',
  'therapy-dual-relationship',
];

const KNOWN: ReadonlySet<string> = new Set(RULE_IDS);

/** Where a rule's documentation lives; derived here only, so it cannot drift. */
export const DOCS_BASE = 'https://github.com/grouplint/grouplint/blob/main/docs/';

// Built once: every problem of every lint carries its rule's link (hundreds on a long page, each keystroke).
const RULE_URLS: ReadonlyMap<string, string> = new Map([...KNOWN].map((id) => [id, `${DOCS_BASE}rules/${id}.md`]));
const CONFIGURATION_URL = `${DOCS_BASE}configuration.md`;

export function docsUrl(id: string): string {
  return RULE_URLS.get(id) ?? CONFIGURATION_URL;
}
