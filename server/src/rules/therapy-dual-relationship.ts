import { anyOf, group } from '../engine/patterns';
import { defineRule } from '../engine/rule';
import { dualDiscussedInOtherLanguage } from '../engine/languages';
import { onePerSentence, quote } from './shared';

const LEADER = group([
  String.raw`me`,
  String.raw`the\s+(?:group\s+)?(?:therapist|leader|facilitator|clinician)`,
  String.raw`your\s+group\s+(?:therapist|leader)`,
  String.raw`our\s+group\s+(?:therapist|leader)`,
  String.raw`the\s+same\s+(?:therapist|clinician)`,
]);
const BOTH = anyOf([
  String.raw`\b(?:see|seeing|sees|meet|meeting|work(?:ing)?\s+with)\s+${LEADER}\s+(?:individually|privately|one-(?:on|to)-one|1:1|for\s+individual|in\s+individual)\b`,
  String.raw`\b(?:see|seeing|sees|meet(?:ing)?\s+with|work(?:ing)?\s+with)\s+` +
    String.raw`(?!(?:a|an|another|other|your\s+own|their\s+own|an?\s+outside)\b)(?:[\w.'-]+\s+){1,3}?` +
    // (Not the formats a practitioner works in, "I work with adults in individual and group therapy": a list of services.)
    String.raw`(?:individually|privately|one-(?:on|to)-one|1:1|for\s+individual|in\s+individual\b(?!\s*,\s*(?:group|couples?|family)|\s+(?:and|or|&)\s+(?:group|couples?|family|families)\b))\b`,
  // ("Members must be in individual therapy either with the group leader or an outside therapist"; a name, not "with an outside
  // therapist": the pattern ignores case, so the words that open other phrases are ruled out.)
  String.raw`\bindividual\s+(?:[\w-]+\s+(?:or\s+|and\s+)?){0,2}?(?:therapy|sessions?|counsel(?:l)?ing|work)\s+(?:either\s+)?with\s+(?:${LEADER}|(?:Dr\.?\s+)?(?!(?:an?|the|another|other|outside|your|their|our|his|her|one|someone|somebody|any)\b)[A-Z][\w'-]+)\b`,
  // The group offered as a part of the service's own individual treatment: "Group therapy can augment individual treatment
  // plans", "individual sessions prior to starting group".
  String.raw`\b(?:augments?|complements?|supplements?)\s+(?:your\s+|their\s+|an?\s+)?individual\s+(?:therapy|treatment|counsel(?:l)?ing|sessions|work)\b`,
  String.raw`\bindividual\s+(?:[\w-]+\s+)?(?:sessions?|therapy)\s+(?:prior\s+to|before)\s+(?:starting|joining|beginning|entering)\s+(?:the\s+|a\s+)?group\b`,
  String.raw`\b(?:current|existing|my|former|past)\s+(?:individual\s+)?clients\s+(?:are\s+)?(?:welcome|may\s+join|can\s+join|are\s+eligible|may\s+also)\b`,
  String.raw`\bmy\s+(?:current\s+|existing\s+)?individual\s+clients\b`,
  String.raw`\bboth\s+(?:group\s+and\s+individual|individual\s+and\s+group)\s+(?:therapy|sessions|counsel(?:l)?ing|work)\s+with\b`,
  String.raw`\b(?:also|already)\s+(?:see|seeing|sees|meet)\s+${LEADER}\b`,
  // The leaders named, seen for the individual therapy too: "Many families choose to see Rebecca or Dr. Iyer for that as well".
  String.raw`\bsee\s+(?:Dr\.?\s+)?(?!(?:a|an|the|another|other|your|their|someone|somebody|any|one|it|them|us)\b)[\w'-]+(?:\s+(?:or|and)\s+(?:Dr\.?\s+)?[\w'-]+)?\s+` +
    String.raw`for\s+(?:that|this|it|individual\s+(?:therapy|sessions|counsel(?:l)?ing))\s+(?:as\s+well|too)\b`,
  // The leaders named, with the therapy members already have with them: "couples already seeing Hana or Ezra for couples therapy".
  String.raw`\b(?:also|already|currently)\s+(?:seeing|see|sees|working\s+with)\s+(?:Dr\.?\s+)?(?!(?:a|an|the|another|other|your|their|someone|somebody|any)\b)[\w'-]+` +
    String.raw`(?:\s+(?:or|and)\s+(?:Dr\.?\s+)?[\w'-]+)?\s+for\s+(?:individual|couples?|family|one-(?:to|on)-one|private)\s+(?:therapy|counsel(?:l)?ing|sessions|work|appointments)\b`,
  // A member in both at once, at the same service: "clients participate in both group and individual therapy", "a programme
  // consisting of individual and group therapy", "group sessions are combined with individual sessions".
  String.raw`\b(?:participate|take\s+part|engage|enrolled|involved)\s+in\s+both\s+(?:group\s+and\s+individual|individual\s+and\s+group)\b`,
  String.raw`\b(?:consist(?:s|ing)?\s+of|combin(?:es|ing)|includ(?:es|ing))\s+(?:both\s+)?(?:individual\s+and\s+group|group\s+and\s+individual)\s+(?:therapy|sessions|components|treatment)\b`,
  String.raw`\bgroup\s+sessions\s+(?:are\s+)?combined\s+with\s+individual\s+sessions\b`,
  String.raw`\bconducts\s+both\s+the\s+(?:individual\s+and\s+group|group\s+and\s+individual)\s+sessions\b`,
  // The group led by each member's own therapist: "led by each client's primary therapist", "facilitated by your individual counselor".
  String.raw`\b(?:led|run|facilitated|co-?facilitated|conducted)\s+by\s+(?:each\s+(?:client|member|patient|participant)['’]s|their|your)\s+(?:own\s+)?` +
    String.raw`(?:primary|individual)\s+(?:therapist|clinician|counsel(?:l)?or|psychologist)\b`,
  // Seen one to one by a therapist who also leads the group: "you'll also meet one-to-one each week with your primary therapist, who
  // co-leads your Process Group".
  String.raw`\b(?:meet|meets|meeting|see|sees|seeing|work(?:ing)?)\s+(?:one[-\s](?:to|on)[-\s]one|individually|1:1|privately)\b[^.;!?]{0,80}?` +
    String.raw`\b(?:who|that)\s+(?:also\s+)?(?:co-?)?(?:leads?|runs?|facilitates?)\s+(?:your|the|this|our)\s+(?:[\w-]+\s+){0,2}?group\b`,
  // The other way round: "a primary therapist, who also co-leads your process group and meets with you individually once a week".
  String.raw`\b(?:therapist|clinician|counsel(?:l)?or|psychologist)\b,?\s+who\s+(?:also\s+)?(?:co-?)?(?:leads?|runs?|facilitates?)\s+(?:your|the|this|our)\s+` +
    String.raw`(?:[\w-]+\s+){0,2}?group\b[^.;!?]{0,60}?\b(?:individually|one[-\s](?:to|on)[-\s]one|1:1|individual\s+(?:sessions?|therapy))\b`,
  String.raw`\bin\s+addition\s+to\s+(?:your\s+)?individual\s+(?:therapy|sessions|counsel(?:l)?ing)\s+with\s+${LEADER}\b`,
]);
// A practitioner writing of their own group ("one of my psychotherapy groups", "by entering a group with me"), where the members'
// individual sessions are set up or booked with no one else named: "to set up individual therapy sessions when something cannot be
// worked on in the group", "every individual appointment we have booked". On such a page the one seen individually is the group's own
// therapist. (Not a screening before the group starts, "an individual session before the group begins", nor sessions with someone
// named: "individual sessions with an outside therapist".)
// (Read in the prose, as every other pattern here: "in my group" inside a code sample or front matter is no page of one's own.)
const OWN_GROUP = anyOf([
  String.raw`\b(?:join(?:s|ed|ing)?|enter(?:s|ed|ing)?|in|into)\s+(?:one\s+of\s+)?my\s+(?:(?!(?:experience|years?|work|career|practice|time|opinion|view)\b)[\w-]+\s+){0,2}?groups?\b`,
  String.raw`\bgroups?\s+with\s+me\b`,
]);
const ARRANGED_ALONE = anyOf([
  String.raw`\b(?:set\s+up|schedule|book|arrange|request|ask\s+for|attend|come\s+to)\s+(?:an?\s+|any\s+|every\s+|some\s+)?(?:additional\s+|extra\s+|occasional\s+)?` +
    String.raw`individual\s+(?:therapy\s+|counsel(?:l)?ing\s+)?(?:sessions?|appointments?|meetings?)\b(?!\s+(?:with|at|elsewhere|outside|first)\b|[^.;!?]{0,60}?\b(?:before|prior\s+to)\b)`,
  String.raw`\bindividual\s+(?:therapy\s+|counsel(?:l)?ing\s+)?(?:sessions?|appointments?|meetings?)\s+(?:that\s+)?(?:we|I)\s+(?:have\s+)?(?:booked|scheduled|arranged|set\s+up)\b`,
]);
// Those a service sees, in general, seen one-to-one: "Counselors meet with students individually", "working with students
// individually, in small groups and in classrooms", "I see clients privately". Said in a sentence that does not speak of the one group
// ("the group", "group members", "in group"), that is a line in a list of services, not members of the group also seeing its therapist.
const CLIENTELE_SEEN =
  /^(?:see|seeing|sees|meet(?:ing)?\s+with|work(?:ing)?\s+with)\s+(?:(?:the|our|all|many|some|most|their|its)\s+)?(?:students|pupils|learners|clients|patients|children|kids|teens|teenagers|adolescents|youth|young\s+people|adults|families|parents|couples|individuals|people|employees|staff|residents|veterans)\s+\S+/i;
const ONE_GROUP =
  /\b(?:the|this|that|your|our|each|same)\s+(?:[\w-]+\s+)?group\b(?!s)|\bgroup\s+(?:members?|participants?|sessions?|leaders?|therapists?|facilitators?)\b|\bin\s+group\b(?!s)/i;
const DISCUSSED = anyOf([
  String.raw`\bpros\s+and\s+cons\b`,
  String.raw`\b(?:benefits|advantages)\s+and\s+(?:risks|drawbacks|disadvantages|downsides)\b`,
  String.raw`\b(?:risks|drawbacks|downsides)\s+and\s+benefits\b`,
  String.raw`\bconsent(?:ing)?\b`,
  String.raw`\binformed\s+choice\b`,
  // (Not members discussing their lives with one another: "discuss their problems and give each other feedback".)
  String.raw`\bdiscuss(?:ed|ion)?\b[^.;!?]{0,80}\b(?:both|each(?!\s+other\b)|the\s+two|individual\s+and\s+group|group\s+and\s+individual|how|differences?|affect)\b`,
  // In other words: "she will talk with you before you join about how having her as both … might help or get in the way".
  String.raw`\b(?:talk|talks|talked|go\s+through|goes\s+through|explain|explains|explore|explores)\s+with\s+you\b[^.;!?]{0,120}\b(?:both|the\s+two|help\s+or\s+(?:hinder|get\s+in\s+the\s+way)|differen\w*|agree(?:ing)?\s+to)\b`,
]);

export default defineRule(
  {
    id: 'therapy-dual-relationship',
    kind: 'therapy',
    defaultSeverity: 'information',
    description: 'Seeing the group therapist individually too is offered only with the pros, cons and consent discussed.',
    fixable: false,
    hasSuggestions: false,
  },
  (ctx) => {
    const { model } = ctx;
    const both = model.find(BOTH).filter((m) => !(CLIENTELE_SEEN.test(m.text) && !ONE_GROUP.test(m.sentence.text)));
    const alone = model.mentions(OWN_GROUP) ? model.find(ARRANGED_ALONE) : [];
    const hits = [...both, ...alone, ...(ctx.extra ? model.find(ctx.extra) : [])].filter((m) => m.stance !== 'negated');
    // Consent mentioned for confidentiality alone does not discuss the two services.
    const discussed =
      model.find(DISCUSSED).some((m) => !/^consent/i.test(m.text) || /individual|both|each|two|dual|separate|services/i.test(m.sentence.text)) ||
      dualDiscussedInOtherLanguage(model);
    if (!hits.length || discussed) return;
    for (const m of onePerSentence(hits.sort((a, b) => a.start - b.start))) {
      ctx.report({
        start: m.start,
        end: m.end,
        message:
          `${quote(m.text)}: members who also see the group's therapist individually should first discuss the pros and cons, ` +
          'how the two services differ, and what they consent to in each. Say that this happens.',
      });
    }
  },
);
