// The rule catalogue. Adding a rule: write rules/<id>.ts, list it here and its id in ./ids.ts
// (same order), add docs/rules/<id>.md and its id to schemas/grouplintrc.schema.json (the
// contract test checks all of them agree).
import type { Rule } from '../engine/rule';
import supportDisclaimer from './support-disclaimer';
import supportNoClinicalActivities from './support-no-clinical-activities';
import supportFree from './support-free';
import supportNoTherapyClaims from './support-no-therapy-claims';
import supportFacilitatorRole from './support-facilitator-role';
import supportNoRecords from './support-no-records';
import supportNoClientRecruitment from './support-no-client-recruitment';
import therapyStatement from './therapy-statement';
import therapyLeader from './therapy-leader';
import therapyPeerParticipation from './therapy-peer-participation';
import therapyFee from './therapy-fee';
import therapyTimeframe from './therapy-timeframe';
import therapyConfidentiality from './therapy-confidentiality';
import therapyDualRelationship from './therapy-dual-relationship';
import kindConflict from './kind-conflict';
import kindUnknown from './kind-unknown';
import declareKind from './declare-kind';

export const RULES: readonly Rule[] = [
  kindUnknown,
  kindConflict,
  declareKind,
  supportDisclaimer,
  supportNoClinicalActivities,
  supportFree,
  supportNoTherapyClaims,
  supportFacilitatorRole,
  supportNoRecords,
  supportNoClientRecruitment,
  therapyStatement,
  therapyLeader,
  therapyPeerParticipation,
  therapyFee,
  therapyTimeframe,
  therapyConfidentiality,
  therapyDualRelationship,
];

export { RULE_IDS, DOCS_BASE, docsUrl } from './ids';

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
