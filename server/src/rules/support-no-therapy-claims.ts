import { anyOf } from '../engine/patterns';
import { defineRule } from '../engine/rule';
import { onePerSentence, quote, saidOfTherapy, SUPPORT_CALLED_CARE } from './shared';
import { textAfter, textBefore, type Match } from '../engine/document';
import type { ProseBlock } from '../engine/parse';

const CLAIM = anyOf([
  // In Spanish: "sesiones de terapia", "tratamiento para la depresión".
  String.raw`\bsesi[oó]n(?:es)?\s+de\s+(?:psico)?terapia(?![a-záéíóúñü])|\btratamiento\s+(?:para|de)\s+(?:la\s+|el\s+|su\s+)?(?:ansiedad|depresi[oó]n|trauma|adicci[oó]n|duelo|estr[eé]s)(?![a-záéíóúñü])`,
  String.raw`\btreat(?:s|ing|ment\s+(?:of|for))?\s+(?:your|the|their|our|my)?\s*(?:caregiver|carer|parental|chronic|clinical|post-?partum|post-?natal|perinatal|ante-?natal|pre-?natal|social)?\s*` +
    String.raw`(?:low\s+mood|anxiety|depression|trauma|ptsd|grief|addiction|symptoms|disorders?|conditions?|mental\s+illness|illness|eating\s+disorders?|burnout|stress` +
    String.raw`|insomnia|panic|phobias?)\b`,
  String.raw`\b(?:psycho)?therapy\s+(?:taster\s+|trial\s+|group\s+)?sessions?\b`,
  // Therapeutic activities or sessions provided at the meetings: "therapeutic activities will be provided".
  String.raw`\btherapeutic\s+(?:activities|sessions?|services?)\b`,
  String.raw`\bpsychotherapy\b`,
  String.raw`\bcounsel(?:l)?ing\s+sessions?\b`,
  String.raw`\b(?:provide|offer|receive|get|give|make)s?\s+(?:a\s+|an\s+)?(?:(?!no\b)[\w-]+\s+)?diagnos(?:is|es)\b`,
  String.raw`\bdiagnostic\s+(?:assessments?|evaluations?|services?)\b`,
  String.raw`\bdiagnose\s+(?:and\s+treat\s+)?(?:you|your|members|participants)\b`,
  String.raw`\btreat\s+(?:and\s+diagnose\s+)?(?:the\s+)?(?:members|participants|attendees|group\s+members)\b`,
  String.raw`\bclinical\s+(?:care|treatment|services?|interventions?|assessments?)\b`,
  String.raw`\btreatment\s+plans?\b`,
  String.raw`\bevidence-based\s+(?:treatment|therapy|interventions?)\b`,
  String.raw`\btherapeutic\s+(?:interventions?|treatment)\b`,
  // A cure claimed ("cures your anxiety"), not one hoped for ("research towards a cure for IPF", "a cure will be found").
  String.raw`(?<!\b(?:a|the|no|any|find|finding|found|towards?|into|for)\s+)\bcures?\s+(?!(?:for|will|is|was|are|and|or|to|has|have|may|might|could|would|can|soon)\b)(?:your\s+)?\w+`,
  // "Reduce your symptoms", "helps reduce everyday symptoms of PTSD", "ease acute stress symptoms", "lessen common trauma symptoms".
  String.raw`\b(?:reduc|eas|lessen|reliev|alleviat|mitigat)(?:e|es|ed|ing|s)?\s+(?:your\s+|the\s+)?(?:(?!(?:their|his|her|its|our)\b)[\w-]+\s+){0,2}?symptoms\b`,
  // Goals set as a treatment's: "supportive therapeutic goals". ("Reduce the stress and anxiety that come with a diagnosis" is
  // what support feels like, not a clinical outcome.)
  String.raw`\btherapeutic\s+(?:goals?|aims?|objectives?|outcomes?)\b`,
  String.raw`\bsymptom\s+(?:reduction|relief|management)\b`,
  String.raw`\bheal(?:s|ing)?\s+(?:your\s+)?(?:trauma|depression|anxiety|ptsd|disorders?)\b`,
  String.raw`\bclinically\s+(?:proven|effective)\b`,
  // A mental condition put into remission: "their combat stress goes into lasting remission". (Not an illness in remission, which is
  // who comes to a cancer group.)
  String.raw`(?<=\b(?:stress|ptsd|depression|anxiety|trauma|addiction|symptoms)\b[^.;!?]{0,40}?)\b(?:go|goes|went|put|puts|bring|brings|into)\s+(?:[\w-]+\s+){0,2}?remission\b`,
  String.raw`\bmental\s+health\s+treatment\b`,
  // The group as a therapy space: "members feel strengthened in a protected therapy space", "offers a safe therapy setting". (Not one
  // set against it, "rather than in a therapy setting", nor a room the group meets in, "in the therapy space on the second floor".)
  String.raw`(?<=(?<!\b(?:than|unlike|outside|of|from)\s+)\b(?:in|into|within|provides?|offers?|creates?|is)\s+)an?\s+(?:[\w-]+\s+){0,2}?(?:psycho)?therapy\s+(?:space|setting|environment)\b`,
]);
// A support group framed as counselling, treatment or professional help.
const FRAMED_AS_CARE = anyOf([
  String.raw`\b(?:grief|bereavement|group|peer)\s+counsel(?:l)?ing\s+(?:groups?|sessions?)\b`,
  String.raw`\bcounsel(?:l)?ors?\s+(?:will\s+)?(?:provide|provides|offer|offers|give)\s+(?:professional\s+)?(?:support|counsel(?:l)?ing|help` +
    String.raw`|guidance)\s+in\s+(?:a|the)\s+group\b`,
  String.raw`\bprofessional\s+(?:help|counsel(?:l)?ing|treatment|therapy)\s+in\s+a\s+group\b`,
  // The group as the bringer of professional care: "Our support group brings professional care close to home".
  String.raw`\b(?:we|group|circle|it|meetings?)\s+(?:also\s+)?(?:bring|brings|provide|provides|offer|offers|give|gives|deliver|delivers)\s+(?:expert\s+|quality\s+|compassionate\s+)?professional\s+(?:care|treatment|counsel(?:l)?ing)\b`,
  // One group named as care as well as support: "CRAFT Treatment & Support Group", "a therapeutic support group". (A plural heading,
  // "Counselling & Support Groups", lists two services.)
  String.raw`\b(?:treatment|therapy|counsel(?:l)?ing|clinical)\s+(?:and|&|\/|\+)\s+support\s+group\b|\btherapeutic\s+support\s+groups?\b`,
  String.raw`\bpart\s+of\s+(?:your|their|the|a)\s+(?:[\w-]+\s+)?treatment\b`,
  // "Guides the group through treatment", "walks members through therapy".
  String.raw`\b(?:guides?|guiding|takes?|leads?|walks?)\s+(?:the\s+group|members|you|participants|everyone)\s+through\s+(?:[\w-]+\s+)?(?:treatment` +
    String.raw`|therapy|psychotherapy)\b`,
  String.raw`\b(?:provides?|offers?|gives?|delivers?)\s+(?:\w+\s+)?treatment\s+(?:for|of)\b`,
  // Therapy given to the group's members: "who will provide therapy to members in the group", "offers psychotherapy to participants".
  String.raw`\b(?:provides?|offers?|gives?|delivers?|conducts?|does)\s+(?:(?:individual|group|professional|grief|trauma)\s+)?(?:psycho)?therapy\s+` +
    String.raw`(?:to|for|with)\s+(?:the\s+|our\s+|all\s+|each\s+of\s+the\s+)?(?:members|participants|attendees|group\s+members|everyone|you)\b`,
  // "A support group is a type of intervention … under the facilitator's professional direction".
  String.raw`\b(?:type|form|kind)\s+of\s+(?:clinical\s+|psychological\s+|therapeutic\s+|psychosocial\s+)?intervention\b`,
  String.raw`\bunder\s+(?:the\s+)?(?:[\w'’]+\s+)?professional\s+(?:direction|supervision|guidance)\b`,
  String.raw`\b(?:this|our|the)\s+(?:support\s+)?group\s+(?:is|provides|offers)\s+(?:a\s+)?(?:form\s+of\s+)?(?:treatment|therapeutic\s+(?:treatment` +
    String.raw`|intervention|care))\b`,
]);
// The group itself called a counselling or treatment programme: "Our group is a free counselling service", "This group is also a
// ten-week treatment programme". (A support group by name: SUPPORT_CALLED_CARE.)
const GROUP_CALLED_CARE = anyOf([
  String.raw`\b(?:this|our|the)\s+group\s+is\s+(?:also\s+)?(?:a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:counsel(?:l)?ing|treatment)\s+(?:program(?:me)?|service)\b`,
]);

// A section heading that names another service than the group: "## Individual Counselling", "## One-to-one sessions". (Not the
// title, which heads the whole page: "# Family Support Group".)
// (Or advice about the reader's own care: "### Keep going to your therapy and counselling sessions", "Attend your own treatment".)
const OTHER_SERVICE_HEAD =
  /\b(?:individual|one[-\s](?:to|on)[-\s]one|1:1|private|personal|family|couples?)\s+(?:counsel+ing|therapy|psychotherapy|sessions?)\b|\b(?:attend|keep\s+(?:up|going\s+to|attending|seeing)|stick\s+(?:with|to)|continue(?:\s+(?:with|attending|going\s+to|seeing))?|don['’]?t\s+(?:miss|skip|stop|drop))\s+(?:all\s+)?(?:your|their)\s+(?:own\s+|regular\s+|usual\s+)?(?:[\w-]+\s+(?:and|or|&)\s+)?(?:counsel+ing|therapy|psychotherapy|treatment|therapist|counsel+or|appointments?)\b(?![^.;!?]{0,40}\b(?:with\s+us|here|at\s+our|in\s+(?:this|our)\s+(?:group|circle))\b)/i;

// Treatment someone else is pressed or asked to give, or better treatment campaigned for: "press the health board to provide faster
// treatment for…", "lobby hospitals to offer treatment of eating disorders", "campaign for better treatment of psychosis". (Not the
// group's own staff asked: "we ask our counsellors to provide treatment for…" still promises it.)
const URGED_BEFORE = new RegExp(
  String.raw`(?:\b(?:press(?:es|ed|ing)?|pressur(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying)|call(?:s|ed|ing)?\s+on|push(?:es|ed|ing)?|persuad(?:e|es|ed|ing)|petition(?:s|ed|ing)?|ask(?:s|ed|ing)?)\s+` +
    String.raw`(?!(?:us|you|ourselves|members|participants|(?:our|the)\s+(?:group|circle|facilitators?|hosts?|leaders?|counsell?ors?|therapists?|team|staff))\b)` +
    String.raw`(?:[\w'’-]+\s+){1,5}?to\s+(?:(?:provide|offer|give|deliver|fund|improve|expand|speed\s+up)\s+(?:(?:better|faster|quicker|more|earlier|proper|specialist)\s+)?)?|\b(?:campaign(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|call(?:s|ed|ing)?|push(?:es|ed|ing)?|fight(?:s|ing)?|advocat(?:e|es|ed|ing)|press(?:es|ed|ing)?)\s+for\s+` +
    String.raw`(?:(?:better|faster|quicker|fairer|earlier|more|improved|equal|timely|prompt|proper|specialist|access\s+to|[\w-]+er)\s+){1,3}(?:and\s+[\w-]+\s+)?)$`,
  'i',
);

// A finding of research reported about something else than the group: "research shows that changes in diet can reduce symptoms",
// "studies have found that regular exercise eases symptoms". What a study found of a diet or a drug is no promise the group makes.
// (Still one where the finding is the group's or its kind's: "research shows that support groups reduce symptoms", "studies find
// that attending our meetings eases symptoms".)
const FINDING_BEFORE =
  /\b(?:research|studies|(?:a|the|one|this)\s+study|evidence|trials?|data)\s+(?:[\w'’-]+\s+){0,2}?(?:shows?|showed|shown|suggests?|suggested|finds|found|indicates?|indicated|demonstrates?|demonstrated|confirms?|confirmed)\s+(?:that\s+)?([^.;!?]{0,100})$/i;
const OF_THE_GROUP = /\b(?:groups?|meetings?|circles?|gatherings?|support|peers?|members|attend\w*|join\w*|we|our|us|you|your|this|it)\b/i;
function foundOfSomethingElse(m: Match): boolean {
  const finding = FINDING_BEFORE.exec(textBefore(m).slice(-200));
  return finding !== null && !OF_THE_GROUP.test(finding[1]);
}

// An organisation's name around a claim's words: the words in capitals, then an organisation's noun ("Psychotherapy Guild"), or
// ending in one after a capitalised name ("Harbour Clinical Services"); not a sentence set in Title Case throughout.
const ORG_NOUN = String.raw`(?:Guild|Society|Association|Institute|Centre|Center|Services|Clinic|Foundation|Network|Department|Practice|Council|Trust|Alliance|Board|Unit|College|Academy)`;
const ORG_NOUN_AFTER = new RegExp(String.raw`^\s+(?:\p{Lu}[\p{L}'’]*\s+){0,2}${ORG_NOUN}\b`, 'u');
const ORG_NOUN_END = new RegExp(String.raw`\b${ORG_NOUN}$`, 'u');
function inOrganisationName(m: Match): boolean {
  if (!m.text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) return false;
  const words = m.sentence.text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.8) return false;
  return ORG_NOUN_AFTER.test(textAfter(m)) || (ORG_NOUN_END.test(m.text) && /\p{Lu}[\p{L}'’]*\s+$/u.test(textBefore(m)));
}

export default defineRule(
  {
    id: 'support-no-therapy-claims',
    kind: 'support',
    defaultSeverity: 'information',
    description: 'A support-group flyer promises no treatment or clinical outcome.',
    fixable: false,
    hasSuggestions: false,
  },
  (ctx) => {
    const { model } = ctx;
    const otherService = (head: ProseBlock | undefined) => head !== undefined && head !== model.title && OTHER_SERVICE_HEAD.test(head.text);
    // (The group called a counselling or treatment programme or service, by its name or as "this group": its own message below.)
    const calledCare = [...model.find(SUPPORT_CALLED_CARE), ...model.find(GROUP_CALLED_CARE)];
    const hits = [...model.find(CLAIM), ...model.find(FRAMED_AS_CARE), ...calledCare, ...(ctx.extra ? model.find(ctx.extra) : [])].filter(
      (m) =>
        m.stance === 'affirmed' &&
        !saidOfTherapy(m) &&
        // A department's name in Title Case mid-sentence ("a counsellor with the Hospital's Clinical Care Services") names a place.
        // (Not a sentence set in Title Case throughout: "We Offer Clinical Care For Anxiety".)
        !(
          /\b\p{Ll}[\p{L}'’]*\s+(?:(?:the|our|its|their)\s+)?(?:\p{Lu}[\p{L}'’]*\s+){0,3}$/u.test(textBefore(m)) &&
          m.text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))
        ) &&
        // (Nor an organisation's name: "Riverbend Psychotherapy Guild offers…", "Harbour Clinical Services hosts…".)
        !inOrganisationName(m) &&
        // (Nor another service in a section of its own: "## Individual Counselling … counselling sessions with a counsellor".)
        !otherService(model.sectionHead(m.block)) &&
        // (Nor someone else's care: "your own therapy", "your therapy and counselling sessions".)
        !/(?:\b(?:individual|private|own|outside|your|their|his|her|members'|regular|usual|current)|\bone-(?:to|on)-one|\b1:1)\s+(?:[\w-]+\s+)?(?:(?:therapy|psychotherapy|counsel+ing|treatment|medical|doctor['’]?s?|GP['’]?s?)\s+(?:and|or|&)\s+(?:[\w-]+\s+)?)?$/i.test(
          textBefore(m),
        ) &&
        // (Nor treatment an outside body is pressed to give, or campaigned for.)
        !URGED_BEFORE.test(textBefore(m).slice(-100)) &&
        // (Nor a finding of research about something else than the group.)
        !foundOfSomethingElse(m),
    );
    for (const m of onePerSentence(hits.sort((a, b) => a.start - b.start))) {
      // (A support group called a counselling or treatment programme promises care by its name for itself.)
      const called = calledCare.includes(m);
      ctx.report({
        start: m.start,
        end: m.end,
        message:
          (called ? `${quote(m.text)} calls the support group a counselling or treatment service. ` : `${quote(m.text)} reads as a promise of treatment. `) +
          'A support group offers company and shared experience, not clinical care; say what members can expect instead.',
      });
    }
  },
);
