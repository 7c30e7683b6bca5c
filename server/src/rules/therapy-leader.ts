import { defineRule, fixOf } from '../engine/rule';
import { CLINICIAN } from '../engine/vocab';
import type { Match } from '../engine/document';
import { textAfter, textBefore } from '../engine/document';
import { belowKind, extraMatches } from './shared';
import { placeholderLine } from './placeholder';

// A doctor named as the one who runs it: "Psychodrama Group with Dr. Corby", "facilitated by Dr Amaka Obi".
// (Also a named doctor's own groups: "Dr. Okafor's therapy groups run for 12 weeks", "Dr Lee's group meets at her office";
// not "Dr. Okafor's book on groups".)
const LED_BY_DOCTOR =
  /\b(?:with|led\s+by|run\s+by|facilitated\s+by|hosted\s+by|conducted\s+by|leader:?|facilitator:?)\s+Dr\.?\s+\p{Lu}|\bDr\.?\s+\p{Lu}[\p{L}-]+['’]s\s+(?:(?!(?:on|about|of|for|with|in|and)\b)[\p{L}-]+\s+){0,2}groups?\b/gu;

// The clinicians of the arts and of speech lead therapy groups of their own: "the guidance of the art therapist", "run by a
// certified speech-language pathologist". (The kind reader leaves them out of its clinical signals, since a "music therapist"
// may visit a support group; on a page already read as group therapy they are its leader.)
const ALLIED_LEADER =
  /\b(?:[Aa]rt|[Mm]usic|[Dd]ance|[Dd]rama|[Pp]lay|[Dd]ance[-\s][Mm]ovement)\s+(?:[Pp]sycho)?[Tt]herapists?\b|\b[Ss]peech\s*[-\s/]\s*(?:and[-\s])?[Ll]anguage\s+(?:[Pp]athologists?|[Tt]herapists?)\b|\b(?:SLPs?|ATR(?:-BC)?|RDT|MT-BC)\b|\b[Oo]ccupational\s+[Tt]herapists?\b/g;
// Leaders whose training or degrees are said in words rather than letters: "Group therapy facilitators have extensive training",
// "delivered by a facilitator holding multiple advanced degrees".
const TRAINED_LEADER =
  /\b(?:facilitators?|leaders?|clinicians?)\s+(?:(?:have|has|are|is|hold|holds|with)\s+(?:extensive\s+|specialized\s+|specialised\s+|advanced\s+|formal\s+|specific\s+)?(?:training|trained|licensed|certified|qualified|credentials|degrees?)|holding\s+(?:[\w-]+\s+){0,2}?(?:degrees?|licen[cs]es?|credentials|certifications?))\b/gi;
// The service's own trained staff who meet with the group: "meet weekly with one or two trained members of the Counseling Center staff",
// "led by licensed members of our clinical staff". (Not staff in general, "members of our office staff will answer the phone", nor
// those at the desk: "trained members of our front-desk staff will answer your call".)
const TRAINED_STAFF =
  /\b(?:trained|licensed|qualified|professional|clinical)\s+members?\s+of\s+(?:the|our)\s+(?:(?!(?:office|front-desk|desk|administrative|administration|admin|reception|billing)\b)[\p{L}-]+\s+){0,3}?staff\b/giu;
// Clinicians named by their field, as the ones who lead: "Trained clinical professionals facilitate…", "facilitated by licensed
// mental health professionals". (Here only, not in CLINICIAN: as a kind signal, "see a mental health professional" on a support
// group's page would lean it to therapy.)
// (Also the practice's own, and with "lead" misspelt for "led": "Groups are lead by our mental health professionals", "led by one of
// our own licensed clinical practitioners", "facilitated by a team of behavioral health professionals".)
// (And one, leading the group or its sessions: "Usually a mental health professional will lead the sessions", "a clinical professional
// facilitates each group"; not one asked for advice, "ask a mental health professional before you join".)
const PROFESSIONALS_LEAD =
  /\b(?:clinical|mental[-\s]health|behaviou?ral[-\s]health)\s+(?:professionals|practitioners)\s+(?:will\s+)?(?:facilitate|lead|run|guide|conduct|co-?facilitate)\b|\b(?:clinical|mental[-\s]health|behaviou?ral[-\s]health)\s+(?:professional|practitioner)\s+(?:(?:will|usually|typically|always|normally|generally)\s+)?(?:co-?facilitate|facilitate|lead|run|guide|conduct)s?\s+(?:the|each|every|this|our|all|these)\s+(?:[\w-]+\s+)?(?:groups?|sessions?|therapy|meetings?)\b|\b(?:led|lead|run|facilitated|co-?facilitated|guided|conducted)\s+by\s+(?:(?:our|the|an?|a\s+team\s+of|one\s+(?:or\s+more\s+)?of\s+our)\s+)?(?:(?:own|trained|licensed|qualified|experienced)\s+){0,2}(?:clinical|mental[-\s]health|behaviou?ral[-\s]health)\s+(?:professionals?|practitioners?)\b/gi;
// "Led by their Primary Therapist": the member's own therapist who leads the group is its leader.
const LED_BY_BEFORE = /\b(?:led|run|facilitated|co-?facilitated|hosted|conducted)\s+by\s+(?:their|the|your|each\s+(?:client|member)['’]s)?\s*$/i;

/**
 * Does one of the clinicians mentioned (in document order) lead the group? A later "the therapist" or "this therapist", after
 * a therapist who is not the leader ("each member needs an individual therapist"), is that same clinician.
 */
function namesLeader(clinicians: Match[], leader: (m: Match) => boolean): boolean {
  const apart = new Set<string>();
  for (const m of clinicians) {
    if (m.stance === 'negated' || m.stance === 'question') continue;
    const word = m.text.toLowerCase().replace(/s$/, '');
    if (!leader(m)) apart.add(word);
    else if (!(apart.has(word) && /\b(?:the|this|that|said)\s+$/i.test(textBefore(m)))) return true;
  }
  return false;
}

export default defineRule(
  {
    id: 'therapy-leader',
    kind: 'therapy',
    defaultSeverity: 'information',
    description: 'A group-therapy flyer says that a trained, licensed therapist leads the group.',
    // A line with blanks to fill states facts only the practice knows: a suggestion (a snippet in the editor).
    fixable: false,
    hasSuggestions: true,
  },
  (ctx) => {
    const { model } = ctx;
    // "All members need an individual therapist" names someone else's clinician, not the group's leader.
    // Nor do the credentials of whoever reviewed or wrote the page ("Reviewed by: Dana Cole, PsyD").
    const leader = (m: Match) => {
      const before = textBefore(m);
      return (
        // (Nor the member's present or past clinician, "your current counselor or psychologist may refer you", nor one the member
        // trained with before joining, "adults who have finished DBT skills training with a DBT therapist".)
        !/\b(?:current|existing|former|previous|past)\s+(?:[\w-]+\s+(?:or|and|\/)\s+(?:an?\s+)?)?(?:[\w-]+\s+)?$/i.test(before) &&
        !/\b(?:finished|completed|graduated\s+from|been\s+through|gone\s+through)\s+(?:[^.;!?]{0,60}?\s)?with\s+(?:(?:a|an|the|their|your)\s+)?(?:[\w-]+\s+)?$/i.test(
          before,
        ) &&
        !/^(?:\s+(?:or|and)\s+(?:an?\s+)?[\w-]+)?\s+(?:may|might|can|could|will|would)\s+(?:also\s+)?refer\b/i.test(textAfter(m)) &&
        (!/\b(?:individual|own|outside|primary|referring|personal|regular|usual)\s+(?:[\w-]+\s+)?$/i.test(before) ||
          LED_BY_BEFORE.test(before.replace(/(?:\b(?:individual|own|primary|personal|regular|usual)\s+){1,2}$/i, ''))) &&
        !/\b(?:reviewed|written|edited|updated|approved)\s+by:?\s+[^.;!?\n]{0,60}$/i.test(before) &&
        // Nor half of a relationship's name: "the client-therapist relationship", "therapist–patient trust".
        !/\b(?:client|patient|member)\s*[-–]\s*$/i.test(before) &&
        !/^\s*[-–]\s*(?:client|patient)\b/i.test(textAfter(m)) &&
        // Nor clinicians as a profession, spoken of in general: "many clinicians now treat…", "most therapists agree" (not "some of
        // our therapists").
        !/(?<!\b(?:the|our|their|its|my|your|of|by)\s+)\b(?:many|most|some|(?<!\ba\s)few|numerous)\s+(?:(?!of\b)[\w-]+\s+){0,2}?$/i.test(before) &&
        // Nor one the member is sent on to: "our staff will help get you connected with an outpatient psychiatrist".
        !/\b(?:connect(?:ed|s|ing)?|link(?:ed|s|ing)?|refer(?:red|s|ring)?|put)\s+(?:[\w'’-]+\s+){0,3}?(?:with|to)\s+(?:(?:the|a|an|your|their|our)\s+)?(?:[\w-]+\s+)?$/i.test(
          before,
        ) &&
        // Nor the one who assessed or referred the member: "The clinician who assessed your young person thought…".
        !/^\s+(?:who|that)\s+(?:has\s+|had\s+|will\s+)?(?:assess|assessed|assesses|refer|referred|refers|saw|sees|see)\b/i.test(textAfter(m)) &&
        // Nor the member's own ("consultation with your therapist") or one met apart from the group ("Patients meet with the psychiatrist once a month").
        // (Also the second of two: "an appointment with a therapist or psychiatrist", "personal sessions with psychiatrists and psychologists".)
        // ("All new clients meet weekly with their counselor", "receiving individual DBT treatment from a DBT therapist".)
        // (The group meeting with its leader, "the group meets weekly with a licensed psychologist", is no such meeting apart.)
        (!/\byour\s+$|\b(?:(?:meet|meets|meeting)(?:\s+(?:weekly|regularly|individually|privately|monthly|separately|once|twice|also|each\s+week)){0,2}|consultations?|appointments?|check-?ins?|one-on-one|one-to-one|1:1|(?:outpatient|ongoing)\s+care|(?:personal|individual|private)\s+sessions?)\s+with\s+(?:(?:the|a|an|your|their|his|her)\s+)?(?:[\w-]+\s+(?:or|and)\s+(?:an?\s+)?)?$/i.test(
          before,
        ) ||
          /\b(?:group|groups|class|circle|we)\s+(?:will\s+)?meets?\b/i.test(before.split(/[.;!?]\s/).pop()!) ||
          // (Or met together with the other members: "meeting with a therapist and 6–10 other clients".)
          /^\s+and\s+(?:\d+\s*[-–]\s*\d+|\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+small\s+group\s+of)\s+(?:other\s+)?(?:clients|members|people|participants|patients|adults|teens|women|men|peers)\b/i.test(
            textAfter(m),
          )) &&
        // (But not group and individual therapy together, "both Group and Individual DBT therapy with a clinician trained in DBT", "Group plus Individual DBT therapy",
        // "individual and group sessions with a licensed psychologist": the one who gives the group therapy too.)
        !/(?<!\bgroups?\s+(?:and|&|plus|\+)\s+)\bindividual\s+(?:(?!(?:and|&|or)\s+group\b)[\w-]+\s+){0,2}?(?:treatment|therapy|sessions?|counsel+ing|care)\s+(?:from|with)\s+(?:(?:the|a|an|your|their|his|her)\s+)?(?:[\w-]+\s+)?$/i.test(
          before,
        ) &&
        // Nor one assigned to see each member alone: "participants are assigned a therapist who meets with them for one individual session per week".
        !/^\s+(?:who|that)\s+(?:meets?|sees?|will\s+(?:meet|see))\s+(?:with\s+)?(?:them|you|each|him|her|clients?|members?|participants?)\b[^.;!?]*\b(?:individual(?:ly)?|one-on-one|one-to-one|1:1|alone|privately)\b/i.test(
          textAfter(m),
        ) &&
        // Nor the members' other clinicians: "for clients who have other therapists", "If you already see a counselor or therapist".
        !/\b(?:have|has|with)\s+(?:an?\s+)?other\s+$/i.test(before) &&
        // (Only one the member already has: "you will see a therapist each week" in a programme is its own.)
        !/\b(?:already|currently|still|regularly)\s+(?:see|sees|seeing)\s+(?:a|an)\s+(?:[\w-]+\s+(?:or|and)\s+(?:an?\s+)?)?$/i.test(before) &&
        // Nor clinicians the group is for: "a T-group designed for pre-licensed clinicians", "since this group is for clinicians".
        !/\b(?:for|among)\s+(?:pre-?\s*)?(?:(?:licensed|practi[cs]ing|trainee|new|fellow)\s+)?$/i.test(before) &&
        !/^\s*(?:consultation\s+team|training|trainees?|supervision|referrals?)\b/i.test(textAfter(m)) &&
        // Nor a student or intern ("MSW student", "counselor intern"): not yet licensed to lead group therapy.
        !/^\s*(?:students?|interns?|internship|candidates?)\b/i.test(textAfter(m)) &&
        // Nor the one who assesses or advises before the group: "an assessment session with one of our therapists",
        // "recommendations from our clinical staff", the DBT team that consults "for the therapist".
        !/\b(?:(?:assessment|intake|screening|evaluation)(?:\s+(?:session|appointment|interview|call|meeting))?\s+with|(?:recommendations?|assessments?|evaluations?|referrals?)\s+(?:from|by)|consultation\s+(?:team\s+)?for)\s+(?:one\s+of\s+)?(?:(?:the|a|an|our|your|their)\s+)?$/i.test(
          before,
        )
      );
    };
    if (
      namesLeader(model.find(CLINICIAN), leader) ||
      model.affirmed(LED_BY_DOCTOR).length ||
      model.affirmed(ALLIED_LEADER).length ||
      model.affirmed(TRAINED_LEADER).length ||
      model.affirmed(TRAINED_STAFF).length ||
      model.affirmed(PROFESSIONALS_LEAD).length ||
      extraMatches(ctx).length
    )
      return;
    ctx.report({
      ...ctx.titleRange(),
      message: 'The flyer does not say who leads the group. Name the therapist and their license or credentials, so members know a clinician runs it.',
      suggestions: [
        fixOf(
          'Insert a line to fill in with the therapist and credentials',
          placeholderLine(model, ['Led by ', 'name', ', ', 'credentials', ', a licensed ', 'profession', '.'], belowKind(ctx)),
        ),
      ],
    });
  },
);
