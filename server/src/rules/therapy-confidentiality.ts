import { anyOf } from '../engine/patterns';
import { defineRule, fixOf } from '../engine/rule';
import { insertUnderTitle } from '../engine/fix';
import { belowKind, containsWording, extraMatches } from './shared';

const CONFIDENTIALITY = anyOf([
  String.raw`\bconfidential(?:ity|ly)?\b`,
  // (Not a site's "Privacy policy", "Notice of privacy practices" or "Privacy · Cookies" link: a footer says nothing of the group.)
  String.raw`(?<!\bnotice\s+of\s+)\bprivacy\b(?!\s+(?:policy|policies|notice|statement|practices|settings|preferences|centre|center)\b|\s*[·|•])`,
  String.raw`\bHIPAA\b`,
  String.raw`\bmandat(?:ed|ory)\s+reporter`,
  String.raw`\bclinical\s+(?:notes?|records?)\b`,
  // What is said stays in the group ("Most members stay in group for a year" is about people staying).
  // (Nor a person choosing to stay on, or for how long: "some clients choose to stay in group longer", "stay in the group for another
  // module", "until they feel ready". What is said stays in the group "for everyone's safety" still counts.)
  String.raw`(?<!\b(?:individuals|members|people|clients|patients|participants|students|you|they|we|most|many)\s+(?:usually\s+|often\s+|typically\s+|generally\s+)?)` +
    String.raw`(?<!\b(?:choose|chooses|chose|elect|elects|elected|decide|decides|decided|opt|opts|opted|want|wants|wish|wishes|prefer|prefers|continue|continues|able|welcome|invited|encouraged)\s+to\s+)` +
    // (Nor a person told whether to stay: "you should not stay in group if it isn't helping", "members may stay in the group". The
    // person is the one who stays: "anything shared by members will stay in the group" is what is said.)
    String.raw`(?<!(?<!\b(?:shared|said|discussed|told|heard|disclosed|raised)\s+by\s+)\b(?:I|you|they|we|he|she|members?|people|clients|patients|participants|students)\s+` +
    String.raw`(?:should|must|can|cannot|could|may|might|will|won['’]t|would|need\s+to|ought\s+to|do|does|did)(?:n?['’]t|\s+not|\s+never)?\s+)` +
    String.raw`\bstays?\s+(?:with)?in\s+(?:the\s+)?(?:group|room|circle)\b` +
    String.raw`(?!\s+(?:longer|until|through|beyond|another|as\s+long|for\s+(?:as\s+long|the\s+(?:rest|whole|full|length|duration)|` +
    String.raw`(?:[\w-]+\s+){0,3}?(?:years?|months?|weeks?|sessions?|modules?|terms?|cycles?|rounds?|semesters?|while)))\b)`,
  String.raw`\b(?:not|never)\s+(?:be\s+)?(?:shared|disclosed|repeated|discussed)\s+outside\s+(?:of\s+)?(?:the\s+)?(?:group|session)\b`,
  String.raw`\bexcept\s+(?:where|when|as)\s+(?:the\s+)?law\s+(?:requires|permits)\b`,
  String.raw`\b(?:repeated|shared|disclosed|discussed)\s+outside\s+(?:of\s+)?(?:it|the\s+group|group|the\s+room|sessions?)\b`,
  String.raw`\bunless\s+(?:someone|anyone|a\s+person|a\s+member|your|you)(?:'s)?\s+(?:safety|life|is\s+at\s+risk|are\s+at\s+risk)`,
  String.raw`\bduty\s+to\s+(?:warn|report)\b`,
  String.raw`\bconfidencial(?:idad)?\b`,
  String.raw`\bkeep\b[^.;!?]{0,40}\bprivate\b`,
  String.raw`\b(?:must|required\s+to|obligated\s+to|ha(?:s|ve)\s+to|will)\s+report\b`,
  String.raw`\b(?:medical|health|clinical|patient)\s+records?\b`,
  // What is told stays with the team, and where that ends: "Information stays within the team involved in your care, except where…".
  String.raw`\b(?:information|what\s+you\s+(?:say|share|tell\s+us))\s+(?:stays?|is\s+kept|remains?)\s+(?:with)?in\s+(?:the\s+)?(?:team|service|clinic|practice)\b`,
  String.raw`\bexcept\s+(?:where|when|if)\b[^.;!?]{0,80}?\b(?:risk|harm|danger|safety|abuse|neglect|court|law)\b`,
  String.raw`\blimits\s+(?:of|to)\s+(?:confidentiality|privacy)\b`,
  String.raw`\b(?:must|will|shall|has\s+to|have\s+to)\s+be\s+reported\b`,
  String.raw`\b(?:session\s+|clinical\s+|progress\s+)?notes\s+are\s+(?:kept|taken|written)\b`,
  // Other words for the same: "keeps progress notes", "documents each session in your record", "members agree not to identify
  // other members outside of group". (Not "What's said here stays here" alone, a house rule that the writers of flyers read as
  // saying nothing of the practice's side or its limits.)
  String.raw`\bprogress\s+notes?\b`,
  String.raw`\b(?:in|to)\s+(?:your|each\s+member['’]s|the\s+client['’]s|their)\s+(?:clinical\s+|health\s+|medical\s+)?(?:records?|charts?|files?)\b`,
  String.raw`\b(?:identify|name|discuss|share|repeat|disclose|talk\s+about)\b[^.;!?]{0,60}?\b(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?(?:group|sessions?|room|circle)\b`,
  // What is said or happens there not passed on to anyone outside it: "members shouldn't pass on what happens in the group to anyone
  // outside it", "do not tell anything you hear to people outside". (Only what is said or happens: "pass the leaflet on to anyone
  // outside the group" says nothing of it.)
  String.raw`\b(?:pass(?:es|ed|ing)?\s+on|tell|repeat|share|disclose|reveal|mention)\s+(?:what|anything|whatever)\b[^.;!?]{0,50}?\b(?:to|with)\s+` +
    String.raw`(?:anyone|anybody|people|others|someone)\s+(?:else\s+)?(?:outside|beyond)\b`,
]);

export default defineRule(
  {
    id: 'therapy-confidentiality',
    kind: 'therapy',
    defaultSeverity: 'information',
    description: 'A group-therapy flyer says how confidentiality works and where it ends.',
    // What is kept private, and its limits, is the practice's to say: a suggestion, never a fix.
    fixable: false,
    hasSuggestions: true,
  },
  (ctx) => {
    const { model, config } = ctx;
    if (model.find(CONFIDENTIALITY).some((m) => m.stance !== 'question') || containsWording(ctx, config.wording.confidentiality) || extraMatches(ctx).length) {
      return;
    }
    ctx.report({
      ...ctx.titleRange(),
      message:
        'The flyer says nothing about confidentiality. Say what stays in the group and its limits: clinical notes are kept and some things must be reported.',
      suggestions: [fixOf('Insert the confidentiality statement', insertUnderTitle(model, config.wording.confidentiality, undefined, belowKind(ctx)))],
    });
  },
);
