// Kinds of writing about groups that are not a group's own material (an article, a directory, a news report, a
// student's essay, a meeting's minutes…), each known by several of its own words together. inferKind passes over a
// text of one of these genres unless the group material in it is plain (kind.ts says when).
import type { DocumentModel, Match } from './document';
import { textBefore } from './document';
import { anyOf, PHONE_NUMBER as PHONE_SOURCE, WEEKDAY as WEEKDAY_NAME, WORD_END } from './patterns';
import { DATE, SAME_SENTENCE, VENUE } from './vocab';

// Works cited by author and year: "(Yalom & Leszcz, 2005)", "Drum and Knott (2009)". A group's page may cite a study
// or two for its method; a piece that cites three or more is writing about the research.
const CITED_WORK =
  /\(\p{Lu}[\p{L}'’-]+(?:\s+(?:&|and)\s+\p{Lu}[\p{L}'’-]+|\s+et\s+al\.?)?,\s+(?:19|20)\d\d[a-z]?\)|\b\p{Lu}[\p{L}'’-]+(?:\s+(?:&|and)\s+\p{Lu}[\p{L}'’-]+|\s+et\s+al\.?)?\s+\((?:19|20)\d\d[a-z]?\)/gu;
// Works cited by number: "[1]", "[3, 4]", "(e.g., [3,4,5])". Three or more, likewise.
const NUMBERED_CITATION = /\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]/g;
// A paper's structured abstract, its parts labelled in line or as headings: "Aim:", "Method:", "Results:", "Conclusion:". (Counted
// when three different labels are found, "Results:" or "Conclusion:" among them: a course's flyer may list its "Aims:", "Objectives:"
// and "Design:", never its results and conclusions.)
const ABSTRACT_LABELS = /\b(?:aims?|objectives?|background|methods?|design|results|conclusions?)\s*:/gi;

// Other organisations named as holding groups: "The NSA has more than 70 local support groups", "Speak Easy International has
// stuttering support groups". Two or more make a directory; the page's own voice ("We have", "Our centre runs") is not one.
const OTHERS_HOLD_GROUPS =
  /\b(?!(?:We|Our|This|It|These|They|Each|All|Many|Most|Some|Several)\b)(?:\p{Lu}[\p{L}'’&.-]*\s+){0,5}\p{Lu}[\p{L}'’&.-]*\s+(?:\([^()]{1,40}\)\s+)?(?:has|have|offers|runs|hosts|sponsors|lists)\s+(?:(?:more\s+than|over|about|around)\s+)?(?:\d+\s+|many\s+|several\s+)?(?:[\p{L}-]+\s+){0,2}?support\s+groups\b/gu;
// Pointers to other organisations' groups: "visit the National Stuttering Association website", "find a group in your country".
const POINTS_ELSEWHERE =
  /\bvisit(?:ing)?\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s+){1,6}(?:website|web\s+site|site)\b|\bfind\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,3}?(?:support\s+)?(?:group|organi[sz]ation)s?\s+(?:near\s+you|in\s+your\s+(?:area|country|state|region|community|town|city))\b/gu;
// A directory that says it does not run what it lists ("The library does not run, evaluate or endorse any of the groups below",
// "the programs below are provided by a variety of agencies", "check with the hosting organisation before you go"), and how its
// listings are kept ("contact each group directly", "to add or correct a listing", "contact the host agency directly", "if you know
// of a group we have missed").
const LISTER_DISOWNS =
  /\b(?:lists?|listed|included)\s+(?:them\s+|here\s+)?for\s+information\s+only\b|\b(?:groups?|organi[sz]ations)\s+(?:below|listed|here)\s+are\s+run\s+by\s+(?:independent|other|separate)\b|\b(?:groups|programs|programmes|services|meetings)\s+(?:(?:(?:listed\s+)?(?:below|here)|listed|on\s+this\s+(?:page|list))\s+)?(?:are\s+)?(?:provided|run|offered|hosted|delivered|organi[sz]ed)\s+by\s+(?:a\s+(?:variety|range|number)\s+of|various|different|several|many|other|independent|separate|outside)\s+(?:[\w-]+\s+)?(?:agencies|organi[sz]ations|providers|charities)\b|\b(?:does|do)\s+not\s+(?:run|operate|organi[sz]e|endorse|sponsor|evaluate|vet|recommend)\b[^.;!?]{0,60}\b(?:groups?|listings?|organi[sz]ations|services)\b|\binclusion\s+(?:in\s+this\s+(?:list|guide|directory)\s+)?(?:is|does)\s+not\s+(?:an?\s+)?endorse|\b(?:please\s+)?check\s+with\s+(?:them|the\s+organi[sz]ers?|each\s+(?:group|organi[sz]er)|the\s+host(?:ing)?\s+(?:agency|organi[sz]ation|organi[sz]er))\s+before\s+(?:travel(?:l)?ing|you\s+(?:go|travel|set\s+off))\b/gi;
const LISTING_UPKEEP =
  /\bcontact\s+(?:each|the)\s+(?:group|organi[sz]ation|organi[sz]er|host(?:ing)?\s+(?:agency|organi[sz]ation|organi[sz]er))\s+directly\b|\b(?:register|book|enrol(?:l)?|confirm)\s+with\s+the\s+host(?:ing)?\s+(?:agency|organi[sz]ation)\b|\bknow\s+of\s+(?:a|an|any|another|other)\s+(?:[\w'’-]+\s+){0,2}?(?:groups?|services?|organi[sz]ations?)\s+(?:that\s+)?(?:we\s+(?:have\s+|['’]ve\s+)?missed|(?:is\s+|are\s+)?(?:not|isn['’]t|aren['’]t)\s+(?:yet\s+)?(?:listed|included|on\s+(?:this|our)\s+(?:list|page)))|\bround\s+up\s+(?:the\s+)?groups\s+run\s+by\b|\b(?:add|update|correct|submit)\s+(?:or\s+(?:correct|update|remove)\s+)?(?:a|your)\s+listing\b|\blistings?\s+(?:are|is)\s+(?:supplied|provided|submitted)\s+by\b|\bto\s+(?:add|list|submit)\s+your\s+(?:event|group|listing)\b/gi;
// The writer's own list of groups elsewhere, announced: "a list of tinnitus support groups and forums", "a regional directory of
// stammering support groups"; and readers asked to add to it: "if you have some to add", "any support groups not listed".
const LIST_OF_GROUPS =
  /\b(?:a|an|my|this|our|the\s+following)\s+(?:[\w'’-]+\s+){0,2}?(?:list|directory|round-?up)\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:groups|forums|meetings)\b/gi;
const ASKS_FOR_MORE =
  /\b(?:if\s+you\s+(?:have|know\s+of)\s+(?:some|any|others?|more)\s+(?:to\s+add|(?:that\s+)?(?:we|I)\s+(?:have\s+)?missed)|(?:groups|ones)\s+not\s+(?:yet\s+)?listed)\b/gi;
// A listed group's own channel, pointed to in the third person: "More details are on their website", "Sign up via their event page",
// "the name is a link to the facilitator by email". (A group's own page points to its own: "our events page", "email us".)
const THEIR_CHANNEL =
  /\b(?:on|via|at|through|visit|see|check(?:\s+out)?|from)\s+their\s+(?:own\s+)?(?:website|web\s?site|site|web\s?page|event\s+page|facebook(?:\s+page)?|page|homepage)\b|\b(?:e-?mail\s+)?link\s+(?:to|for)\s+the\s+(?:group['’]s\s+)?(?:facilitator|organi[sz]er|leader|contact)\b|\bthe\s+link\s+provided\b/gi;
// The writer offering readers a choice among the groups it lists: "we have listed the best-known support groups for you to explore",
// "you may want to try one of the following support groups", "we've gathered twenty online groups", "groups to consider".
const LIST_FOR_READER =
  /\bwe(?:\s+have|['’]ve)\s+(?:listed|gathered|compiled|collected|rounded\s+up)\b[^.!?\n]{0,80}?\bgroups\b|\b(?:try|consider|explore|join|choose\s+from)\s+one\s+of\s+the\s+following\b[^.!?\n]{0,40}?\bgroups\b|\bgroups\s+(?:for\s+you\s+to\s+(?:explore|consider|try|check\s+out)|(?:you\s+(?:may|might)\s+(?:want|wish|like)\s+)?to\s+consider)\b/gi;
export const OTHERS_DIRECTORY = "a directory of other organisations' groups";
/** Does the page say that what it lists is others' to run, or how others' listings reach it (LISTER_DISOWNS, LISTING_UPKEEP)? */
export function disownsListings(model: DocumentModel): boolean {
  return model.mentions(LISTER_DISOWNS) || model.mentions(LISTING_UPKEEP);
}
// Several hosts, each named as an organisation: a line that is only its name ("Holy Trinity Church", "Kelby Community Hospital") or
// "run by the Kelby Alzheimer's Trust". (Capitals as written.)
const ORG_NOUN = String.raw`(?:Church|Chapel|Cathedral|Parish|Synagogue|Mosque|Temple|Hospital|Hospice|Trust|Centre|Center|Society|Association|Foundation|Council|Surgery|Clinic|Charity|Institute|Alliance|Partnership|University|College)`;
const HOST_NAMED = new RegExp(
  String.raw`^[\W_]*(?:\p{Lu}[\p{L}'’&.-]*\s+){1,4}${ORG_NOUN}[\W_]*$|\b(?:[Rr]un|[Hh]osted|[Oo]rgani[sz]ed|[Ss]ponsored)\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s+){1,4}${ORG_NOUN}\b`,
  'gmu',
);
// Telephone numbers (see patterns.ts). (Shared with kind.ts, so the document model finds them once: see othersListing.)
export const PHONE_NUMBER = new RegExp(PHONE_SOURCE, 'g');
// The page's own voice: "we", "our", "us" (not "US", a country).
const OWN_VOICE = /\b(?:[Ww]e|[Oo]ur|us)\b/g;
// A byline run into its date ("By Dana Ruiz | March 3, 2021"), or an update line naming its writer ("Updated May 2024 by: …"):
// an article's own mark, enough alone.
const BYLINE_DATED =
  /^(?:[Bb]y|[Ww]ritten\s+by)\s+(?:Dr\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\s*[|·•–—]\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})\b|^(?:[Uu]pdated|[Rr]eviewed|[Ww]ritten)\s+(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}\s+by\b/gu;
// A personal story: the writer tells, in the past tense, what happened to them ("I walked into my first meeting", "we
// finally went"), again and again, and speaks of themself throughout. (Counted, not just present: a flyer may quote a
// member once or twice.)
export const TOLD_IN_PAST =
  /\b(?:I|we)\s+(?:(?:had|then|finally|never|first|just|really|also|still|eventually|soon|quickly|immediately|didn['’]t|wasn['’]t)\s+)?(?:(?!(?:need|feed|proceed|succeed|exceed|indeed|speed|embed)\b)\w+ed|was|were|went|felt|found|began|met|knew|thought|came|became|got|made|took|saw|left|lost|told|heard|sat|spent|wrote|gave|ran|kept|brought|fell|grew|chose|wanted)\b/g;
const OF_THEMSELF = /\b(?:I|my|me|myself|I['’](?:m|ve|d|ll))(?![\w'’])/g;
// A writer who runs the group speaks of it in the first person too ("I presently facilitate a support group", "my group
// meets"): that is the group's own page, however much of it is members' stories.
// (The verb whole, and "My" at a sentence's start too: "My support group meets on…", not "my first loss group meeting".)
// (Or the group named first, then the writer who runs it: "the Grief & Trauma Writing Group that I facilitate", "the circle I lead";
// not "the group that I joined".)
// (Or the writer who founded it, telling how: "I created the Riverside Peer Support group", "I founded a meetup for…", "the circle I
// started". Not "I started going to a group", "the group I started attending": the verb goes straight to the group.)
export const RUNS_THE_GROUP =
  /\bI\s+(?:(?:currently|presently|now|also|still)\s+)?(?:facilitate|co-facilitate|run|lead|co-lead|host|offer|hold)\s+(?:a|an|the|my|two|several)\b|\b[Mm]y\s+(?:[\w'’-]+\s+){0,2}?(?:groups?|circles?)\b(?=\s+(?:meets?|runs?|is|are|will|starts?|begins?)\b)|\b(?:[Gg]roups?|[Cc]ircles?)\s+(?:(?:that|which)\s+)?I\s+(?:(?:currently|presently|now|also|still)\s+)?(?:facilitate|co-facilitate|run|lead|co-lead|host|offer|hold)\b|\bI\s+(?:(?:first|originally|also)\s+)?(?:founded|co-founded|created|started|set\s+up|launched|formed)\s+(?:a|an|the|this|my|our)\s+(?:[\p{L}\p{N}?'’:&-]+\s+){0,6}?(?:[Gg]roups?|[Cc]ircles?|[Mm]eet-?[Uu]ps?)\b|\b(?:[Gg]roup|[Cc]ircle|[Mm]eet-?[Uu]p)\s+(?:(?:that|which)\s+)?I\s+(?:founded|co-founded|created|started|set\s+up|launched|formed)\b(?!\s+(?:going|attending|to|with|at|in)\b)/gu;
// A news report quotes the people it is about, again and again: "She said: “…”", "“…,” Noronha said", "Says Kow: “…”".
// (Counted: a flyer may quote a member or two.)
// (Also after a role in lower case: ', said lead nurse Omar Haddad', ', says volunteer Rita Moss'.)
const QUOTE_ATTRIBUTION =
  /\b(?:said|says|added|adds|explained|explains|told\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,4})\s*[:,]\s*["“]|[,.!?…]["”]\s*(?:(?:she|he|they)\s+(?:said|says|added|explained)\b|(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:said|says|added|explained)\b|(?:said|says|added|explained)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+|(?:the\s+)?(?:[\p{Ll}-]+\s+){1,3})?\p{Lu}[\p{L}'’-]*)|^["“]?[Ss](?:ays|aid)\s+\p{Lu}[\p{L}'’-]+\s*:|,\s+(?:she|he)\s+(?:said|says|added)[.,]/gmu;
// Speech told of someone, as a reporter tells it: the quotations above, a quotation given to its speaker with more verbs of saying
// ('"…," Atherley recalled', '"…," he laughed', '"…," remembers member Paul Wren'), or a named person's view told with "according
// to" ("According to Hart, most newcomers…", "according to the group's coordinator, Rachel Osei, …"; not "according to NHS figures").
// Counted in kind.ts, where a page that quotes people twice or more and gives a reader no way to come is a story about a group.
const SAID_VERB = String.raw`(?:said|says|added|adds|explained|explains|recalled|recalls|remembered|remembers|admitted|admits|laughed|laughs|noted|notes|agreed|agrees|continued|continues|insisted|insists|joked|jokes)`;
export const REPORTED_SPEECH = new RegExp(
  `${QUOTE_ATTRIBUTION.source}` +
    String.raw`|[,.!?…]["”]\s*(?:(?:she|he|they)\s+|(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){1,3})${SAID_VERB}\b` +
    String.raw`|[,.!?…]["”]\s*${SAID_VERB}\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+|(?:the\s+)?(?:[\p{Ll}-]+\s+){1,3})?\p{Lu}[\p{L}'’-]*` +
    String.raw`|\b[Aa]ccording\s+to\s+(?:(?:the|its|their|his|her|\p{Lu}[\p{L}'’-]*['’]s)\s+(?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}'’-]+,?\s+)?(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)?\s*,`,
  'gmu',
);
// What a news site prints around its reports: advertisements, photo credits, "Speaking to the Gazette", a spokesperson, reading lists.
const NEWS_FURNITURE =
  /^[\W_]*(?:advertisement|hide\s+ad|(?:popular|recent|latest|trending|more|related)\s+(?:articles|stories|news)|read\s+more\s*:|more\s*:)[\W_]*$|\b(?:picture|photo|image)\s*:\s*\p{Lu}|\(image\s*:|\bspeaking\s+to\s+(?:the\s+)?\p{Lu}[\p{L}]+|\btold\s+the\s+\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?\s+(?:news|times|post|gazette|courier|echo|herald|express|reporter|star|mail|press|chronicle|journal|tribune|observer)\b|\bspokes(?:wo)?(?:man|person)\b|\bplease\s+enter\s+your\s+comment\b|\bsend\s+(?:us\s+)?(?:your\s+)?(?:story\s+ideas|news\s+tips)\b|\banswered\s+(?:our|my|some|a\s+few)\s+questions\b|^[\W_]*(?:the\s+)?(?:launch(?:ing)?|opening|inauguration|unveiling|official\s+opening)\s+of\s+(?:the\s+)?\p{Lu}|\b(?:founders?|organi[sz]ers?|co-?ordinators?|chair(?:man|woman|person)?|directors?|spokes(?:man|woman|person))\s+(?:emphasi[sz]ed|stressed|explained|noted|highlighted|added|said)\s+that\b|\b(?:I|we)\s+(?:spoke|talked|sat\s+down)\s+(?:with|to)\s+\p{Lu}|\b(?:in\s+)?(?:an|this|our|a\s+recent)\s+interview\b|\bQ\s*&\s*A\b|^(?:published|updated)\s*:\s*\d|\b\d{1,2}\s+min(?:ute)?s?\s+read\b|\s[—–]\s*\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3}\s*\/\s*(?:the\s+)?\p{Lu}/gimu;
// A newspaper's own style, in capitals as printed (so no "i" flag): its masthead on a line of its own ("The Millbrook Courier",
// "*Larkfield Herald — Community*"), a section trail ("News › Health"), a staff byline ("By Ana Ruiz, Staff Writer"), a person's age
// after their name ("Abbott, 78, said"), a dateline ("FAIRHAVEN –").
const NEWS_STYLE =
  /^[*_\s]*(?:The\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Gazette|Courier|Herald|Chronicle|Tribune|Observer|Advertiser|Examiner|Sentinel)\b[*_\s]*(?:[—–|-][^\n]{0,40})?$|^[*_\s]*News\s*(?:[›>»]\s*\p{Lu}|\|\s*Sports?\b)|^[Bb]y:?\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2},\s+(?:[Ee]ditor|[Cc]ontributor|[Cc]orrespondent|[Rr]eporter|[Jj]ournalist|[Cc]olumnist|[Ww]riter|[Aa]uthor)\b|^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?,\s+\d{4}\b|\b[Bb]y\s+[^\n]{0,40}?\b(?:[Ss]taff\s+[Ww]riter|[Ss]taff\s+[Rr]eporter|(?:Health|News|Community|Senior|Chief)\s+(?:Reporter|Correspondent|Editor)|(?:Courier|Gazette|Herald|Chronicle|Tribune)\s+staff)\b|\b\p{Lu}[\p{L}'’-]+,\s+\d{2},\s+(?:said|says|a|an|the|who|from|of)\b|^\p{Lu}{3,}(?:\s+\p{Lu}{3,})?\s+[–—]\s+\p{Lu}/gmu;
// A report that tells when the group meets, or asks readers to come, announces it: "the group will meet monthly", "join us".
// (A news site's own "Register" link is no invitation to a group.)
// A group's regular meeting and where it is held: "meets once a month at Calder College", "will host the group on the third
// Thursday of every month at the Mill Lane Hall", "gets together monthly in the library". (Said of one group: a time alone, "meets
// weekly", may be any group's; with its place it is this one's.)
export const REGULAR_MEETING_AT = new RegExp(
  String.raw`\b(?:meets?|meeting|gets?\s+together|gathers?|(?:is|are|will\s+be)\s+held|hosts?\s+(?:the|its|a|their)\s+(?:new\s+)?(?:[\w'’-]+\s+){0,3}?group)\s+` +
    String.raw`(?:on\s+)?(?:the\s+)?(?:(?:first|second|third|fourth|last)\s+(?:and\s+(?:first|second|third|fourth|last)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|once\s+a\s+(?:week|month|fortnight)|twice\s+a\s+month|monthly|weekly|fortnightly|every\s+(?:other\s+)?(?:week|month|fortnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b` +
    String.raw`[^.;!?\n]{0,60}?\b(?:at|in)\s+(?:the\s+)?\w`,
  'gi',
);
// A meeting this coming week: "the group will meet this Saturday", "next Tuesday's meeting".
const MEETING_THIS_WEEK =
  /\b(?:meet|meets|meeting|gather|get\s+together|be\s+held)\b[^.;!?\n]{0,40}?\b(?:this|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:this|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s\s+meeting\b/gi;
const NEWS_OF_MEETINGS_BASE =
  /\b(?:we\s+(?:meet|gather|get\s+together)|(?:group|circle|class)\s+meets|(?:will|we['’]ll)\s+meet|join\s+us|will\s+hold\s+its\s+(?:next\s+|first\s+)?(?:monthly\s+|weekly\s+)?meeting|(?<!\b(?:many|most|some|such|other|these|those|all)\s)meetings\s+will\s+be\s+held\s+(?:on\s+)?(?:the|every|each))\b/gi;
const NEWS_OF_MEETINGS = new RegExp(`${NEWS_OF_MEETINGS_BASE.source}|${REGULAR_MEETING_AT.source}|${MEETING_THIS_WEEK.source}`, 'gi');
// What the report tells of: an event that was held, a group that was launched or formed, in the past ("was developed in 2019"), or
// one that someone else has just opened ("the trust has opened a peer support café"; not "we have opened") or set up somewhere
// ("has been set up in Farley"), or one that someone else's group did in the past: "the group moved online", "the centre took its
// support group online" (not the page's own, "we moved online", "our circle went virtual": a group's own voice in that sentence).
const REPORTED_EVENT = new RegExp(
  String.raw`\b(?:organi[sz]ed|held|hosted|staged|launched|kicked\s+off)\s+(?:an?|its|their|the)\s+[^.!?\n]{0,60}?\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last\s+(?:week|weekend|month|year|night)|yesterday)\b|\b(?:was|were)\s+(?:officially\s+|also\s+|first\s+)?(?:launched|formed|founded|set\s+up|started|established|unveiled|held|developed|created|opened|piloted)\s+(?:by|in|on|at|last|two|three|\d)|(?<!\b(?:we|I|you)\s+(?:[\w'’-]+\s+)?)\b(?:has|have)\s+(?:just\s+|recently\s+)?been\s+(?:set\s+up|launched|formed|founded|started|established)\s+(?:in|at|by)\s+\w|(?<!\b(?:we|I|our|my)\b[^.!?\n]{0,120})\b(?:moved|went|shifted|switched|took\s+(?:its|their|the)\s+(?:[\w'’+-]+\s+){0,4}?(?:group|groups|meetings?|circle|sessions))\s+(?:online|virtual|to\s+(?:zoom|video\s+calls?|an\s+online\s+format))\b|(?<!\b(?:we|I|you)\s+(?:[\w'’-]+\s+)?)\b(?:has|have)\s+(?:recently\s+|just\s+|now\s+)?(?:opened|unveiled)\s+(?:a|an|its|their)\s+(?:new\s+)?[^.!?\n]{0,40}?\b(?:group|caf[eé]|service|centre|center|clinic|hub|programme|program)${WORD_END}`,
  'gi',
);
// A byline on a line of its own, perhaps after a bullet as a news site's furniture leaves it ("• By Lena Marsh"): with people quoted
// in the report, a reporter's. (Alone it is an article's too: see the article's signs.) Not a flyer's "By Appointment Only".
const NEWS_BYLINE =
  /^(?:[•·*-]|[^\S\n])*(?:[Bb]y|[Ww]ritten\s+by)\s+(?!(?:Appointment|Referral|Invitation|Donation|Request|Registration|Arrangement|Phone|Telephone|E-?mail|Zoom|Post|Text|Bus|Car|Train)\b)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}[^\S\n]*$/gmu;
// An interview printed as questions and answers: a line that opens with its answer's label, "Answer:", again and again (see
// LEAST_COUNT). (A group's own questions and answers print "A:", or no label at all.)
const INTERVIEW_ANSWER = /^[^A-Za-z0-9\n]*answer\s*:/gim;
const TRAINING_FOR_CLINICIANS = 'a training for clinicians';
// A course for those who lead peer or lay groups: its trainees named as the groups' leaders or facilitators ("support group leaders",
// "group facilitation", "leading a support group", "new leaders"), again and again (see LEAST_COUNT: a group's own page may say once
// that it is "led by a trained facilitator"), and the training offered as a course (TRAINING_OFFERED).
const TRAINING_FOR_LEADERS = 'a training for those who lead groups';
const LEADERS_AS_TRAINEES =
  /\b(?:(?:peer\s+)?support\s+group|group|peer)\s+(?:leaders?|facilitators?|facilitation)\b|\b(?:leading|running|facilitating|to\s+(?:lead|run|facilitate))\s+(?:a|an|your|their)\s+(?:(?:peer\s+)?support\s+)?groups?\b|\bnew\s+leaders\b/gi;
// "10-week training program", "training sessions", "facilitation training", "trainings", "a certificate of completion". (Not "leader
// training" alone: a group's own page says its leaders "completed the leader training".)
const TRAINING_OFFERED =
  /\b(?:training\s+(?:program(?:me)?s?|courses?|sessions?|modules?)|(?:\d+|one|two|three|four|five|six|eight|ten|twelve)[-\s]+(?:week|day|hour)\s+training|facilitation\s+trainings?|introductory\s+training|advanced\s+training|trainings\b|certificate\s+(?:attesting|of\s+completion)|receive\s+a\s+certificate)\b/gi;
// The hosts of a group of the page's own, in their own voice: "our group(s)", "our meetings", "we meet", "join us". A group's page
// that says its leaders were trained speaks so; a course for leaders does not.
const HOSTS_OWN_GROUP =
  /\bour\s+(?:[\w'’-]+\s+){0,3}?(?:groups?|meetings?|circles?)\b|\bwe\s+(?:(?:also|currently|now|usually|normally)\s+)?meet\b|\bjoin\s+us\b/gi;
// A course that names itself to the one taking it: "this course is designed to help you lead…", "this online course will teach…". One
// sign of a training among others (continuing-education hours, "for therapists"): a course for clients names itself so too, and is
// a training only with a second sign.
const COURSE_TO_ITS_LEARNER =
  /\bthis\s+(?:(?:online|self-paced|short|introductory)\s+)?course\s+(?:is\s+designed\s+to|will\s+(?:help|teach|prepare|equip)|teaches|prepares|equips)\b/gi;
// A discussion board's own furniture: a poster's rank beside their count of posts ("hollyberry Member Posts: 412", "Posts: 87
// Moderator"), or their count beside the date they joined ("Posts: 1,204 Joined: March 2019"). (Capitals as boards print them.)
const FORUM_THREAD = 'a discussion-board thread';
const FORUM_POSTER =
  /\b(?:Member|Moderator|Administrator|Admin|Guest|Contributor)\s+Posts:\s*\d[\d,]*|\bPosts:\s*\d[\d,]*\s+(?:Member|Moderator|Administrator|Admin|Joined:?)(?![\w-])/g;
const NEWS_REPORT = 'a news report or an interview';
export const STUDENT_ESSAY = "a student's essay";
// Signs that count only when seen this many times (a flyer may cite a study, name another body's group or quote a member once).
const LEAST_COUNT = new Map<RegExp, number>([
  [LEADERS_AS_TRAINEES, 2],
  [CITED_WORK, 3],
  [NUMBERED_CITATION, 3],
  [OTHERS_HOLD_GROUPS, 2],
  [TOLD_IN_PAST, 5],
  [QUOTE_ATTRIBUTION, 2],
  [INTERVIEW_ANSWER, 2],
  [OF_THEMSELF, 12],
  [HOST_NAMED, 3],
  [PHONE_NUMBER, 3],
  [ABSTRACT_LABELS, 3],
]);
// Signs counted by their different words: three hosts, three numbers to ring (one host named three times is one host).
const COUNTED_DISTINCT = new Set<RegExp>([HOST_NAMED, PHONE_NUMBER, ABSTRACT_LABELS]);
// A software project's pages hold meetings at clock times too (a weekly triage call): their time does not make them a flyer.
export const SOFTWARE_DOCS = "a software project's documentation";
// An essay-writing service's page around a sample paper: "Get your custom essay", "Just from $13/Page", "essay writing service".
// (Enough alone: no group's own page sells essays.)
// (Or an essay site's furniture around a student's paper: its length in words and pages on a line, "712 Words · 3 Pages", and a
// pointer to more papers, "More essays on Gamblers Anonymous".)
const ESSAY_SERVICE =
  /\b(?:custom\s+essays?|order\s+(?:an?\s+)?essay|essay\s+(?:writing|review|help)\s+services?|show\s+more\s+content|write\s+my\s+(?:essay|paper)|plagiari[sz]ed\s+sources|(?:from\s+)?[$€£]\s?\d+(?:\.\d\d)?\s*\/\s*page|cite\s+this\s+essay|free\s+essay\s+(?:samples?|examples?)|more\s+(?:free\s+)?essays\s+(?:on|about|like\s+this))\b|^[\W_]*(?:\d{1,2},?\d{3}|\d{2,3})\s+words\s*[·•|,–—-]?\s*\d{1,3}\s+pages?[\W_]*$/gim;
// A student's paper speaking of itself: "This essay aims to discuss", "in this paper", "the purpose of this paper is". (Enough alone:
// no group's own page calls itself "this paper" or "this essay", and a research paper that does is no group's page either.)
// (Not a paper form or copy, "fill in this paper form"; nor a newspaper, "as reported in this paper".)
const ESSAY_SELF =
  /\bthis\s+(?:essay|paper|assignment)\s+(?:aims|discusses|examines|explores|outlines|proposes|presents)\b|(?<!\b(?:reported|featured|printed|published|advertised|announced|mentioned|listed)\s+)\bin\s+this\s+(?:essay|paper|assignment)\b(?!\s+(?:forms?|cop(?:y|ies)|versions?|handouts?|sheets?|leaflets?|flyers?|booklets?|format)\b)|\bthe\s+(?:purpose|aim|goal)\s+of\s+this\s+(?:essay|paper|assignment)\b/gi;
// The same in words a handout may use of itself ("This paper will be kept in your file", "This paper describes what to expect"):
// one sign among others, not enough alone.
const ESSAY_SELF_LOOSE = /\bthis\s+(?:essay|paper|assignment)\s+(?:will|describes)\b/gi;
// A group proposal written for a course or a supervisor, named as the writer's work: "your group proposal", "this group counseling
// proposal", "this proposed group", "your proposed support group". (Enough alone. Not "this group" alone, nor "your proposal" for a
// talk at a group's meeting.)
const GROUP_PROPOSAL =
  /\b(?:your|this)\s+(?:[\w-]+\s+){0,2}?group\s+(?:(?:counsel(?:l)?ing|therapy|work)\s+)?proposal\b|\b(?:your|this)\s+proposed\s+(?:[\w-]+\s+){0,2}?group\b/gi;
// A discussion post or an assignment's prompt in a course: "For this Discussion", "this week's Learning Resources", "Post a description
// of…", "Support your recommendations with evidence-based literature", "APA format", "The discussion will include…".
const COURSEWORK_PROMPT =
  /\bfor\s+this\s+(?:discussion|assignment)\b|\bthis\s+week['’]s\s+(?:learning\s+resources|readings?|discussion)\b|\bpost\s+a\s+(?:description|response|reply)\s+(?:of|to)\b|\bsupport\s+your\s+(?:recommendations?|response|answer|ideas|posts?)\s+with\b|\bAPA\s+(?:format|style)\b|\b(?:the|this|my)\s+(?:discussion|post)\s+will\s+(?:discuss|include|describe|explore|examine|address)\b/gi;
// A student's placement: "my experience in practicum", "during my clinical rotation".
const PRACTICUM = /\bpracticum\b|\bclinical\s+(?:rotation|placement)\b|\bfield\s+placement\b/gi;
// Advice to those who run groups, from one of them: the reader addressed as the clinician or counsellor ("As a clinician, you…"),
// their clients, students, practice or groups ("grow your practice", "your students will notice"), the writer's years in the
// profession or tips ("In my eleven years as a school counselor", "here are my tips"), the profession spoken of or for ("tools school
// counselors have", "as counselors, we", "fellow therapists"), and steps or instructions for running a group ("Step 3: Determine the
// time frame", "make sure you screen"). A school's or a practice's own group says when it meets instead (see OWN_GROUP_DATED).
const PRACTITIONER = String.raw`(?:therapist|clinician|counsel(?:l)?or|psychologist|psychotherapist|social\s+worker|provider|practitioner)`;
const READER_AS_PRACTITIONER = new RegExp(
  String.raw`\b(?:as|being)\s+an?\s+(?:(?:school|licensed|new|busy|private|group|mental\s+health|elementary|middle\s+school|high\s+school|practice)\s+){0,2}(?:${PRACTITIONER}|practice\s+owner)\s*,\s*you\b` +
    String.raw`|\byou\s+(?:[\w'’-]+\s+){0,3}?(?:offer|provide|conduct|run|lead|facilitate)\s+(?:[\w'’-]+\s+){0,2}?(?:therapy\s+groups|group\s+sessions|group\s+therapy|group\s+counsel(?:l)?ing|teletherapy|telehealth\s+groups)\b`,
  'gi',
);
const READERS_CLIENTS = /\byour\s+(?:clients|caseload|students|practice|groups)\b/gi;
const WRITER_TENURE = new RegExp(
  String.raw`\bin\s+my\s+(?:[\w-]+\s+){0,2}?years?\s+(?:as\s+an?\s+|of\s+)(?:[\w-]+\s+){0,2}?(?:${PRACTITIONER}|counsel(?:l)?ing|therapy|practice|social\s+work)\b` +
    String.raw`|\bI(?:['’]ve|\s+have)\s+been\s+an?\s+(?:[\w-]+\s+){0,2}?${PRACTITIONER}\s+for\s+(?:[\w-]+\s+){1,2}years\b` +
    String.raw`|\bhere\s+(?:is|are)\s+(?:what|some\s+(?:of\s+the\s+)?things)\s+I(?:['’]ve|\s+have)\s+learned\b|\bhere\s+are\s+my\s+(?:[\w-]+\s+){0,2}?tips\b`,
  'gi',
);
const PROFESSION = String.raw`(?:school\s+)?(?:counsel(?:l)?ors|therapists|clinicians|practitioners|social\s+workers|psychologists)`;
const PROFESSION_SPOKEN_FOR = new RegExp(
  String.raw`\bfellow\s+${PROFESSION}|\bas\s+${PROFESSION}\s*,\s*we\b|\b(?:we|us)\s+${PROFESSION}` +
    // (The profession in general, with no "our" or "the" before it: "the best tools school counselors have".)
    String.raw`|\b(?=[csptCSPT])(?<!\b(?:our|the|your|their|these|those|its|my|his|her|school|licensed|trained|qualified|experienced|two|three|both|and|or)\s)${PROFESSION}\s+(?:often\s+|already\s+|all\s+)?(?:have|know|juggle|wear|face)\b`,
  'gi',
);
const RUNNING_STEPS =
  /^[\W_]*step\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*[:.–—-]|\b(?:make\s+sure\s+(?:that\s+)?you|you(?:['’]ll|\s+will)?\s+(?:need|want)\s+to)\s+(?:screen|plan|decide|choose|pick|set\s+goals|recruit|measure|track|collect\s+data|get\s+permission|send\s+home)\b/gim;
// A group that says what it is: "This is group therapy for therapists", "It is a support group, not supervision".
const SAYS_WHAT_IT_IS = /\b(?:this|it)\s+is\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:group\s+(?:psycho)?therapy|(?:psycho)?therapy\s+group|support\s+group)\b/gi;
// A group of the page's own, with its day and time, its start date, or how to sign up: "meets on Tuesdays at 11:40", "starting
// October 7", "To sign up, return the permission slip". (Or one that says what it is, as a group for clinicians themselves does.)
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const WEEKDAY = String.raw`${WEEKDAY_NAME}s?`;
const AT_CLOCK = String.raw`(?:\d{1,2}(?:[:.]\d\d)?\s*(?:(?:am|pm)\b|a\.m\.|p\.m\.)|at\s+\d{1,2}[:.]\d\d\b)`;
const OWN_GROUP_DATED = new RegExp(
  String.raw`\b${WEEKDAY}\b[^!?\n]{0,40}?${AT_CLOCK}|\b${AT_CLOCK}[^!?\n]{0,40}?\b${WEEKDAY}\b` +
    String.raw`|\b(?:starting|starts|begins|beginning|first\s+(?:session|meeting)\s+(?:is|will\s+be))\s+(?:on\s+)?(?:${WEEKDAY},?\s+)?(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b)` +
    String.raw`|\bto\s+(?:sign\s+up|register|enrol+)\b|\b(?:sign\s+up|register|enrol+)\s+(?:by|before|today|now|here|online)\b|\breturn\s+(?:the|your|this)\s+(?:signed\s+)?(?:permission\s+slip|consent\s+form|sign-?up\s+form)\b` +
    `|${SAYS_WHAT_IT_IS.source}`,
  'gi',
);
// The page's own group meeting next on a stated date: "The Eastfield Carers Support Group will meet on April 7th", "the circle next
// meets on 12 May". A report that gives that is the group's notice, as one that gives its day and place is (see meetsAtAPlace in
// kind.ts, and MEETING_NOTICE below).
export const MEETS_ON_A_DATE = anyOf([
  String.raw`\b(?:group|circle|caf[eé]|chapter)\s+(?:will\s+(?:next\s+|again\s+)?(?:meet|gather|be\s+held)|(?:next\s+)?meets(?:\s+(?:again|next))?)\s+(?:on\s+)?` +
    String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?${DATE}`,
]);
// One group's own meeting details as a news item, a bulletin or a listing prints them, in the present or the future: a notice's
// words, not a story's. Its next meeting on a day, a date or at a time ("The next meeting is on Thursday 12 March at 7 pm", "its
// next session will be held on 4 May"); its meetings' day or hours with their place ("Meetings take place in the Parish Room on the
// second Sunday of each month", "Sessions run from 6 to 8 pm … in the Education Centre", "The shed is open every Wednesday … at the
// old fire station"). A story told in the past gives none: "they met every Tuesday for ten years", "at last week's meeting".
// (Not a meeting of someone else's: "the next meeting of the council's cabinet".)
const NOTICE_SCHEDULE = String.raw`(?:\b(?:every|each)\s+(?:other\s+)?(?:week|month|fortnight|${WEEKDAY})\b|\b(?:first|second|third|fourth|last)\s+(?:and\s+(?:first|second|third|fourth|last)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bon\s+${WEEKDAY}\b|\b(?:weekly|monthly|fortnightly)\b|${AT_CLOCK}|\bfrom\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?\s*(?:to|until|till|[-–])\s*\d)`;
const NOTICE_PLACE = String.raw`(?:${VENUE}|\b(?:at|in)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:station|shed|workshop|depot|allotments?|mill|farm)\b)`;
export const MEETING_NOTICE = anyOf([
  // (Or its first: "The first session is on Monday 3 February at 4 pm", "the course starts on 3 February".)
  String.raw`(?:\b(?:the|its|(?:group|circle|caf[eé]|club|shed|network)['’]s)\s+(?:next|first)\s+(?:(?:monthly|weekly|regular|open)\s+)?(?:meeting|session|gathering|get-together|meet-?up|coffee\s+morning)\s+` +
    String.raw`(?:is|will\s+be|takes\s+place|will\s+take\s+place)\s+(?:held\s+)?` +
    String.raw`|\b(?:the|its)\s+(?:group|course|circle|programme|program)\s+(?:starts|begins|will\s+(?:start|begin))\s+)` +
    String.raw`(?=${SAME_SENTENCE}{0,40}?(?:\b${WEEKDAY}\b|${DATE}|${AT_CLOCK}))(?!${SAME_SENTENCE}{0,100}?\b(?:councillors|cabinet|committee|trustees|board\s+members|shareholders)\b)`,
  // (Said of one group or its meetings, not of groups in general: "Many meetings are held online".)
  String.raw`(?:(?<!\b(?:many|most|some|such|other|these|those|all)\s)\b(?:(?:the|its|their)\s+)?(?:meetings|sessions|gatherings|get-togethers|meet-?ups)\s+(?:are\s+(?:held|on)|take\s+place|run)` +
    String.raw`|\b(?:the\s+)?(?:group|circle|club|caf[eé]|shed|network)\s+(?:is\s+(?:held|open|on)|takes\s+place|runs|opens|meets|gathers|gets\s+together)` +
    String.raw`|\bit\s+(?:meets|gathers))\b` +
    String.raw`(?=${SAME_SENTENCE}{0,80}?${NOTICE_SCHEDULE})(?=${SAME_SENTENCE}{0,120}?${NOTICE_PLACE})`,
  // (Or a report's own sentence on the coming meeting, with its date and its hours: "It will take place on 9 May from 6pm to 8pm",
  // "It will be held on Tuesday 3 June at 10am". Both the date and the clock: "it will take place in spring" is no notice.)
  String.raw`\bit\s+(?:will\s+(?:take\s+place|be\s+held)|takes\s+place|is\s+being\s+held)\s+(?=(?:on\s+)?(?:${WEEKDAY},?\s+)?(?:the\s+)?${DATE})(?=${SAME_SENTENCE}{0,60}?${AT_CLOCK})`,
]);
// The group's own first or next meeting, or its start, told with its date in the future tense in words MEETS_ON_A_DATE and
// MEETING_NOTICE do not know: "will hold its first meeting at the Ashgrove Library at 11 a.m. on April 8", "On Thursday, March 10 they
// will be having their third breakfast meeting", "Beginning on March 3rd, the centre will host a weekly group therapy session", a
// heading "First Meeting this Friday". Read by datedOwnMeetings, which wants a date or "this|next|on <weekday>" in the sentence. (Not
// told in the past, "held its first meeting last year"; not a member's own first visit, "my first meeting this Friday".)
const MEETING_WORD = String.raw`(?:meeting|session|gathering|get-together|meet-?up)s?`;
const WHICH_MEETING = String.raw`(?:first|next|second|third|fourth|fifth|inaugural|opening|monthly|weekly|fortnightly|regular|in-person|face-to-face|breakfast|lunch|lunchtime|coffee|evening|morning)`;
const DATED_OWN_MEETING = anyOf([
  String.raw`\bwill\s+(?:be\s+)?(?:hold(?:ing)?|host(?:ing)?|hav(?:e|ing))\s+(?:its|their|the|a|an)\s+(?:${WHICH_MEETING}\s+){1,3}${MEETING_WORD}\b`,
  // (A start fronted before its subject: opening the sentence, and a group's meetings or sessions held, or its members meeting.)
  String.raw`\b(?:starting|beginning|from)\s+(?:on\s+)?(?:${WEEKDAY},?\s+)?(?:the\s+)?${DATE},?\s+(?:[\w'-]+\s+){1,6}?will\s+` +
    String.raw`(?:(?:host|hold|run|offer|start|begin|launch)\b(?=${SAME_SENTENCE}{0,80}?\b(?:groups?|sessions?|meetings?|circles?|gatherings?)\b)|meet\b)`,
  String.raw`(?<!\b(?:my|your|his|her)\s)\bfirst\s+${MEETING_WORD}\b${SAME_SENTENCE}{0,40}?\b(?:this|next)\s+${WEEKDAY}\b`,
  String.raw`\b(?:this|next)\s+${WEEKDAY}\b${SAME_SENTENCE}{0,40}?(?<!\b(?:my|your|his|her)\s)\bfirst\s+${MEETING_WORD}\b`,
]);
const DATE_IN_SENTENCE = new RegExp(String.raw`${DATE}|\b(?:this|next|on)\s+${WEEKDAY_NAME}\b`, 'i');
// A body's meeting, not a group's: "the board will hold its next meeting on 5 May", "its first annual general meeting".
const BODY_MEETING =
  /\b(?:annual|general\s+meeting|AGM|board|council|committee|trustees|shareholders|cabinet|commission|assembly|conference|convention|summit)\b/i;
const PAST_IN_SENTENCE = /\b(?:was|were|went|had|did)\b/i;
/**
 * The group's own first or next meeting, or its start, with its date, in the future (see DATED_OWN_MEETING): a notice's words,
 * whoever prints them. Not denied or asked, not a body's meeting, and a fronted start only at the head of its sentence.
 */
export function datedOwnMeetings(model: DocumentModel): Match[] {
  return model.find(DATED_OWN_MEETING).filter((m) => {
    if (m.stance === 'negated' || m.stance === 'question') return false;
    const sentence = m.sentence.text;
    if (!DATE_IN_SENTENCE.test(sentence) || BODY_MEETING.test(sentence)) return false;
    if (/^(?:starting|beginning|from)\b/i.test(m.text)) return /^[\W_]*$/.test(textBefore(m));
    // (The heading's form has no "will": a sentence that tells it in the past is a story's.)
    return /^will\b/i.test(m.text) || !PAST_IN_SENTENCE.test(sentence);
  });
}
// Whom to ring or write to, to come or to join, and how: "Anyone interested can call Jo on 01632 960 245", "Parents who would like
// to come along can email Joanne at…", "For more information contact the cardiac rehab office on…", "To book a place, ring Sue on…",
// "Details from Pat on…", "Students can sign up through the service's online form". (Capitals as written: the one rung is named.)
// Not a helpline or a crisis line given to anyone a story may have upset ("If you have been affected, call Samaritans free on…"),
// nor a funeral director's number under an obituary, nor a news site's own newsletter.
const GET_IN_TOUCH = String.raw`(?:call|ring|phone|contact|e-?mail|text|message|write\s+to|get\s+in\s+touch(?:\s+with)?|speak\s+to|talk\s+to)`;
const NOT_A_HELPLINE = String.raw`(?![^.!?\n]{0,100}?(?:\b(?:[Ss]amaritans|[Hh]elp\s?line|[Hh]otline|[Cc]risis|[Ll]ifeline|[Cc]hildline|[Ff]reephone|[Ff]uneral|[Uu]ndertakers?|[Nn]ewsletter|NHS\s+111)\b|\bfree\s+on\b|\b24\s*(?:\/\s*7|hours)\b))`;
const MEETING_CONTACT = new RegExp(
  [
    String.raw`\b(?:[Aa]nyone|[Tt]hose|[Pp]eople|[Nn]ewcomers|[Pp]arents|[Cc]arers|[Mm]en|[Ww]omen|[Mm]ums|[Dd]ads|[Ss]tudents|[Ff]amilies|[Nn]ew\s+members)\s+` +
      String.raw`(?:who\s+(?:(?:is|are)\s+interested|(?:would\s+like|wish(?:es)?|want)\s+to\s+(?:join|come(?:\s+along)?|attend|go\s+along|take\s+part|find\s+out\s+more|know\s+more|get\s+involved))` +
      String.raw`|interested(?:\s+in\s+(?:joining|coming|attending|going\s+along|taking\s+part|finding\s+out\s+more))?|(?:wishing|wanting)\s+to\s+(?:join|come(?:\s+along)?|attend|go\s+along|take\s+part|find\s+out\s+more))` +
      String.raw`,?\s+(?:can|should|may|could|need\s+to|(?:is|are)\s+(?:asked|invited|welcome)\s+to)\s+(?:just\s+|simply\s+)?${GET_IN_TOUCH}\b`,
    // (Opening its sentence or clause, not a story's "he wanted to find out more, and rang…".)
    String.raw`\b(?<!\p{L}\s)(?:[Ff]or\s+(?:more|further)\s+(?:information|details|info)|[Tt]o\s+(?:join|book(?:\s+a\s+place)?|reserve\s+a\s+place|find\s+out\s+more|register|sign\s+up|come\s+along)` +
      String.raw`|[Dd]etails\s+(?:are\s+available\s+)?from|[Mm]ore\s+(?:information|details)\s+(?:is\s+|are\s+)?(?:available\s+)?from),?\s+(?:please\s+)?(?:${GET_IN_TOUCH}\s+)?` +
      // (Someone to reach there: a number, an address to write to, or a name before "on" or "at". The prose leaves an e-mail address
      // out, "email  .": the word for writing with nothing after it in its sentence stands for one.)
      String.raw`(?=[^!?\n]{0,80}?(?:${PHONE_SOURCE}|@[\w-]+\.\w|\b(?:e-?mail(?:ing)?|at|to)\s*(?:[.;,)]|$)|\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:on|at)\s))`,
    String.raw`\b(?:can|should|may)\s+(?:sign\s+up|register|enrol+|book(?:\s+a\s+place)?)\s+(?:for\s+(?:a\s+place|it|the\s+(?:group|course|sessions?))\s+)?(?:through|via|with|at|by|online|on)\b`,
  ]
    .map((alternative) => alternative + NOT_A_HELPLINE)
    .join('|'),
  'gu',
);
/**
 * Does a news item give one group's own meeting details: its next meeting, its meetings' day and place, or whom to contact to come
 * (MEETS_ON_A_DATE, MEETING_NOTICE, MEETING_CONTACT)? Such an item is that group's notice, whoever wrote it. Not an article that
 * lists several groups, each with its times or its number, as a directory does (three or more sentences giving times, or three or
 * more numbers or contacts).
 */
function givesMeetingDetails(model: DocumentModel): boolean {
  const given = (re: RegExp) => model.find(re).filter((m) => m.stance !== 'negated' && m.stance !== 'question');
  const schedules = [...given(MEETS_ON_A_DATE), ...given(MEETING_NOTICE), ...datedOwnMeetings(model)];
  const contacts = given(MEETING_CONTACT);
  if (schedules.length === 0 && contacts.length === 0) return false;
  const sentences = (ms: { sentence: unknown }[]) => new Set(ms.map((m) => m.sentence)).size;
  const numbers = new Set(model.find(PHONE_NUMBER).map((m) => m.text.replace(/\D+/g, ''))).size;
  return sentences(schedules) < 3 && sentences(contacts) < 3 && numbers < 3;
}
// A call for helpers, addressed to those who would volunteer rather than to members: the reader asked to volunteer or to become one
// of the group's helpers ("why volunteer as a facilitator", "become a volunteer host"), and the helpers' own process or the appeal
// itself ("your volunteer application", "volunteers are needed", "the charity is appealing for volunteers"). (A group's own page
// that also asks for helpers, with its own meeting at a clock time, stays that group's: see whyNotAFlyer in kind.ts.)
const HELPER_ASKED =
  /\b(?:why|how\s+to|want\s+to|would\s+like\s+to|interested\s+in|consider(?:ing)?|eligible\s+to)\s+volunteer(?:ing)?\b|\bvolunteer\s+as\s+an?\b|\bbecom(?:e|ing)\s+an?\s+(?:volunteer|(?:[\w&'’-]+\s+){0,3}?(?:facilitator|host|driver|befriender|group\s+leader))\b/gi;
const HELPERS_SOUGHT =
  /\bvolunteer\s+(?:application|role|task|training|opportunit(?:y|ies))\b|\bvolunteers?\s+(?:are\s+|is\s+)?(?:urgently\s+)?(?:needed|wanted|sought)\b|\b(?:appeal(?:s|ing)?|looking|calling|searching|recruiting)\s+for\s+(?:(?:more|new|local|extra)\s+)?volunteers\b|\benough\s+volunteers\b/gi;
export const CALL_FOR_HELPERS = 'a call for volunteers';
// (Unless the page asks members to come as well: "anyone interested in helping or in attending can ring…", "if you would like to
// join the group, …".)
const MEMBERS_ASKED_TOO =
  /\b(?:interested\s+in|wish(?:es)?\s+to|would\s+like\s+to|wants?\s+to|keen\s+to)\s+(?:(?:volunteer(?:ing)?|help(?:ing)?)\s+or\s+(?:in\s+|to\s+)?)?(?:attend(?:ing)?|join(?:ing)?|com(?:e|ing)\s+along)\b/gi;
// A letter to an editor, as journals and papers print them: a line that opens "To the Editor:" or a heading "Letter to the Editor".
// (Enough alone, unless the letter gives one group's own meeting details: see givesMeetingDetails.)
const LETTER_TO_EDITOR = /^[\W_]*(?:to\s+the\s+editor\s*[:,]|letters?\s+to\s+the\s+editor\b)/gim;
export const LETTER_TO_EDITOR_GENRE = 'a letter to an editor';
// Signs that make their genre alone.
const ENOUGH_ALONE = new Set<RegExp>([BYLINE_DATED, ESSAY_SERVICE, ESSAY_SELF, GROUP_PROPOSAL, FORUM_POSTER, LETTER_TO_EDITOR]);
// Each genre: its name, its signs (two of them, or a dated byline alone, make the genre), and words that rule it out.
const GENRES: Array<[string, RegExp[], (RegExp | ((model: DocumentModel) => boolean))?]> = [
  [
    // "Here are some suggestions for finding the right one for you", then where to ask: advice on finding a group, not one.
    'advice on finding a group',
    [
      /\b(?:find|finding|choose|choosing|locate|locating|look(?:ing)?\s+for|pick(?:ing)?)\s+(?:a|the\s+right|the\s+best|an?\s+appropriate|a\s+good)\s+(?:[\w'’-]+\s+){0,2}?(?:support\s+)?groups?\b|\b(?:finding|choosing)\s+the\s+right\s+one\b|\bsuggestions\s+for\s+finding\b|\byou\s+can\s+find\s+(?:support\s+)?groups\s+(?:through|by|at|in)\b/gi,
      /\b(?:check\s+with|ask|contact|talk\s+to|call)\s+(?:your|the|a)\s+(?:local\s+)?(?:[\w'’-]+\s+){0,3}?(?:doctor|physician|hospital|agency|agencies|organi[sz]ations?|chapters?|cent(?:er|re)|social\s+workers?|clergy|church|congregation|library)\b/gi,
    ],
  ],
  [OTHERS_DIRECTORY, [OTHERS_HOLD_GROUPS, POINTS_ELSEWHERE, LISTER_DISOWNS, LISTING_UPKEEP, LIST_OF_GROUPS, ASKS_FOR_MORE, THEIR_CHANNEL, LIST_FOR_READER]],
  // The same, as listings under the hosts' own names, three or more, each with a number to ring: "## Holy Trinity Church … Phone the
  // parish office on 555-0190". (Not a page that speaks of them as its own: "Our memory service runs three groups".)
  [OTHERS_DIRECTORY, [HOST_NAMED, PHONE_NUMBER], OWN_VOICE],
  // A discussion board's thread (FORUM_POSTER, enough alone): members' posts about the groups they go to, not a group's own page.
  // (A group's own post on its board that gives its meeting's time is still its notice: see whyNotAFlyer in kind.ts.)
  [FORUM_THREAD, [FORUM_POSTER]],
  [CALL_FOR_HELPERS, [HELPER_ASKED, HELPERS_SOUGHT], MEMBERS_ASKED_TOO],
  ['a personal story', [TOLD_IN_PAST, OF_THEMSELF], RUNS_THE_GROUP],
  // A report on a year gone by, as a charity prints one for each of its programmes: a line of its own that names it ("Annual Report",
  // "Yearly Report: 2017-2018", "Year in Review"), and the year it covers ("2021–22", "this past year", "the eleventh year I have run").
  // What the group did, not how to come to it. (Not a group's own page in its own voice, "we meet", "join us", that links its report.)
  [
    'an annual report',
    [
      /^[^A-Za-z0-9\n]*(?:(?:annual|yearly)\s+(?:report|review)|(?:the\s+)?year\s+in\s+review|impact\s+report)\b[^\n]{0,40}$/gim,
      /\b(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d\b(?![-/]\d)|\b(?:this|the)\s+past\s+year\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|\d+(?:st|nd|rd|th))\s+year\s+(?:that\s+)?(?:I|we)\s+have\b/gi,
    ],
    HOSTS_OWN_GROUP,
  ],
  // A meeting's minutes: who was present, apologies, motions proposed and seconded, the last minutes approved, the next date.
  [
    "a meeting's minutes",
    [
      /^(?:present|attendees|in\s+attendance)\s*:/gim,
      // (At a line's start, or after a sentence with its colon: "Present: Ines, Rafe. Apologies: Jo.")
      /^apologies(?:\s+for\s+absence)?\s*:?|[.;]\s+apologies(?:\s+for\s+absence)?\s*:/gim,
      // What the meeting decided, and when it meets again: "Action items:", "Next meeting: 11 November".
      /^[\W_]*(?:action\s+(?:items|points|log)|actions\s+agreed)\s*:?[\W_]*$|\bnext\s+meeting\s*:/gim,
      /\bproposed\b[^.;!?]{0,30}\bseconded\b|\bmotion\s+(?:carried|passed|approved)\b/gi,
      /\bminutes\s+of\s+the\s+(?:previous|last)\s+meeting\b|\bmatters\s+arising\b|\bany\s+other\s+business\b|\bdate\s+of\s+(?:the\s+)?next\s+meeting\b/gi,
    ],
  ],
  // A fundraising event: a run, walk, gala or raffle, and the money it raises.
  [
    'a fundraising event',
    [
      /\b(?:5|10)\s?[Kk]\b|\bfun\s+run\b|\b(?:family|charity|sponsored|memorial)\s+walk\b|\bwalkathon\b|\bgala\s+(?:dinner|night|evening)\b|\braffle\s+tickets?\b|\bsilent\s+auction\b/g,
      /\b(?:every|each)\s+(?:dollar|pound|euro|penny|cent)\s+raised\b|\bfundrais(?:er|ing)\b|\bproceeds\s+(?:go|will\s+go|support|fund|benefit)\b|\bsponsorship\s+(?:forms?|packs?|target)\b/gi,
    ],
  ],
  // A glossary's entry: "Group psychotherapy (noun)", "Compare: support group", "See also: peer support".
  [
    'a glossary entry',
    [/\((?:noun|n\.|verb|adj\.?|adjective)\)/gi, /\b(?:see\s+also|compare(?:\s+with)?|related\s+(?:entries|terms)|cf\.)\s*:/gi, /\bglossary\b/gi],
  ],
  [
    'a blank template',
    [
      // (Also with the filler's verb: "[insert name]", "[Enter group name]", "[add date]".)
      /\[(?:(?:insert|enter|add|type)\s+)?(?:(?:the|your)\s+)?(?:group|practice|client|member|facilitator|leader|organi[sz]ation|your)?\s*(?:['’]s\s+)?(?:name|date|time|location|address|phone|fee)\]/gi,
      /_{5,}/g,
      /\btemplate\b|\b(?:fill\s+in|insert)\s+(?:the|your)\b/gi,
    ],
  ],
  [
    'research',
    [
      /\b(?:researchers|study\s+(?:found|finds|shows|suggests)|randomi[sz]ed|controlled\s+trial|meta-analysis|et\s+al\b|peer-reviewed|journal\s+of|in\s+this\s+study|we\s+(?:conducted|interviewed|surveyed|analy[sz]ed)\b)\b/gi,
      /\b(?:systematic\s+reviews?|(?:quantitative|qualitative|mixed[-\s]methods?)\s+(?:studies|research)|(?:a|an\s+emerging|the)\s+body\s+of\s+(?:research|evidence|literature))\b/gi,
      NUMBERED_CITATION,
      // (Not a way of coping a group teaches, "tips on coping methods", "relaxation methods".)
      /\b(?:participants\s+(?:were|who)|sample\s+of|cohort|findings|abstract|(?<!\b(?:coping|relaxation|calming|self[-\s]help|practical|useful|simple)\s+)methods|results\s+(?:showed|suggest))\b/gi,
      ABSTRACT_LABELS,
      /\b(?:p\s*[<=]\s*0?\.\d|\d+(?:\.\d+)?\s*%|n\s*=\s*\d+)/gi,
      // A journal's own page: dates of receipt and acceptance, a volume, a DOI, a study design.
      /\b(?:accepted\s+for\s+publication|received\s+\d{1,2}\s+\p{L}+\s+\d{4}|doi\s*:|volume\s+\d+|(?:case[-\s]controlled|cross[-\s]sectional|cohort|pilot)\s+study)\b/giu,
      CITED_WORK,
      // A study recruiting: "take part in a research study", "randomly allocated to one of two arms", "ethics approval".
      /\btake\s+part\s+in\s+(?:a|our|this|the)\s+(?:research\s+)?(?:study|trial)\b|\bvolunteers\s+(?:needed|wanted)\s+for\s+(?:a|our)\s+(?:research\s+)?(?:study|trial)\b/gi,
      /\b(?:randomly\s+(?:allocated|assigned)|study\s+arms?|one\s+of\s+(?:two|three)\s+arms|ethic(?:s|al)\s+(?:approval|committee))\b/gi,
      // A trial's record: "an intervention arm and a wait-list comparison arm", "after the six-month follow-up".
      /\b(?:intervention|comparison|control|wait(?:ing)?[-\s]?list)\s+arms?\b|\btrial\s+(?:compares|tests|will\s+(?:compare|test))\b|\b(?:two|three|both)\s+arms\b|\b(?:wait(?:ing)?[-\s]?list|no[-\s]treatment)\s+control\b|\bcontrol\s+groups?\b/gi,
      /\b(?:\d+|one|two|three|six|nine|twelve)[-\s](?:week|month)\s+follow[-\s]?ups?\b|\bfollow[-\s]?up\s+(?:assessments?|measures?|period|data)\b|\bparticipants\s+(?:were\s+)?(?:allocated|assigned|randomi[sz]ed)\s+to\b/gi,
      // A paper's structured abstract: "Main Outcomes and Measures", "primary outcome", "analysis was based on intention to treat",
      // "Exclusion criteria consisted of…", "Original Investigation". (A group's page that cites a trial says none of these.)
      /\b(?:main\s+outcomes?\s+and\s+measures|(?:primary|secondary)\s+outcomes?|intention[-\s]to[-\s]treat|original\s+investigation|(?:inclusion|exclusion|eligibility)\s+criteria\s+(?:were|was|consisted|included))\b/gi,
    ],
  ],
  [LETTER_TO_EDITOR_GENRE, [LETTER_TO_EDITOR], givesMeetingDetails],
  [
    'a job posting',
    [
      /\b(?:responsibilities|duties)\b/gi,
      /\b(?:qualifications|requirements|experience\s+required|preferred\s+skills)\b/gi,
      /\b(?:salary|per\s+hour|hourly\s+rate|how\s+to\s+apply|apply\s+(?:by|now|online)|job\s+(?:description|type)|position\s+(?:summary|type))\b/gi,
    ],
  ],
  [
    'a review',
    [
      /\b(?:the\s+author|this\s+book|paperback|hardcover|ISBN|publisher|chapters?\s+\d|reviewed\s+by)\b/gi,
      /\b(?:reads?\s+like|readers|the\s+book|memoir|podcast|episode)\b/gi,
      // A publisher's or a bookseller's record of the book: its length in pages, its publication date or edition, its chapters
      // counted ("212 Pages", "Pub date Mar 2016", "Second Edition", "12 therapy chapters"). With the ISBN or "this book" it is the
      // book's page, not that of the group the book describes; alone ("the workbook (212 pages)") it proves nothing.
      /\b\d{2,4}\s+pages\b|\bpub(?:lication)?\.?\s+date\b|\b(?:second|third|fourth|fifth|sixth|\d{1,2}(?:st|nd|rd|th))\s+edition\b|\b(?:\d{1,3}|ten|twelve|sixteen|twenty)\s+(?:[\w-]+\s+)?chapters\b/gi,
    ],
  ],
  // A news report: the people it is about quoted, a news site's furniture, an event told in the past. (A report that says in
  // plain words "this is a support group" is still read as one: see notAFlyer.) Not one that announces the group's meetings, or
  // that gives one group's own meeting details, as a local paper's or a listing's notice does (see givesMeetingDetails).
  [
    NEWS_REPORT,
    [QUOTE_ATTRIBUTION, NEWS_STYLE, NEWS_FURNITURE, REPORTED_EVENT, NEWS_BYLINE, INTERVIEW_ANSWER],
    (model) => model.mentions(NEWS_OF_MEETINGS) || givesMeetingDetails(model),
  ],
  [
    'a guide to starting or running a group',
    [
      /\b(?:your|their)\s+(?:very\s+)?own\s+(?:[\w'’-]+\s+){0,2}?groups?\b|\b(?:a|the)\s+(?:[\w'’-]+\s+){0,2}?group\s+in\s+your\s+own\s+(?:setting|community|area|town|agency|organi[sz]ation|practice|congregation)\b/gi,
      /\byour\s+(?:first|next)\s+meeting\b|\bplan\s+(?:the|your)\s+first\s+meeting\b|\bchoose\s+a\s+(?:place|venue|day),\s+(?:date|day|time)\b|\b(?:post|pass\s+out|hand\s+out|print)\s+(?:your\s+)?flyers\b|\bmanage\s+your\s+(?:support\s+)?group\b|\b(?:choose|find|pick|identify|secure)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:venue|meeting\s+(?:place|space|room))\b|\bpublici[sz]e\s+(?:the|your)\s+(?:meetings?|group)\b/gi,
      // The reader is the one who would start it: "You can start a support group with these steps", "thinking about forming a chapter?"
      /\b(?:you\s+can|you\s+will|you['’]ll|how\s+to|steps\s+(?:to|in)|ready\s+to|want\s+to|thinking\s+(?:of|about)|interest(?:ed)?\s+in|used\s+to|motivations?\s+to|reasons?\s+to|planning\s+(?:to|on)|in\s+a\s+position\s+to)\s+(?:start|form|launch|set\s+up|establish|found|organi[sz]e|create)(?:ing)?(?:\s+and\s+(?:run|lead|maintain|grow))?\s+(?:a|an|your|such\s+a)\s+(?:new\s+|own\s+)?(?:[\w'’-]+,?\s+){0,5}?(?:group|chapter|circle|organi[sz]ation|society)\b/gi,
      // (Or how groups in general run theirs: "many groups go through introductions", "an example of how a typical meeting might go".)
      /\bas\s+(?:a|the)\s+(?:group\s+)?(?:leader|facilitator|founder|organi[sz]er),\s+you\b|\b(?:many|most|some|other)\s+(?:larger\s+|smaller\s+|local\s+)?(?:groups|chapters)\s+(?:may\s+wish|may\s+want|choose|prefer|like)\s+to\b|\b(?:many|most|some)\s+groups\s+go\s+through\b|\bexample\s+of\s+how\s+a\s+(?:typical\s+)?meeting\b|\b(?:recruit|find)\s+(?:co-?)?facilitators\b/gi,
      // Advice on starting one, in the third person or to a church or a school: "strategies for starting and sustaining a group",
      // "support groups are simpler to start than most expect", "a caregivers' group needs three things".
      /\b(?:strategies|tips|ideas|steps|advice|suggestions|guidelines)\s+(?:for|on)\s+(?:starting|running|leading|sustaining|beginning|forming|launching|organi[sz]ing)\b|\b(?:easy|easier|simple|simpler|hard|harder|difficult)\s+to\s+(?:start|run|lead|sustain|organi[sz]e)\b|\b(?:a|every|each)\s+(?:[\w'’-]+\s+){0,2}?group\s+needs\s+(?:two|three|four|five|a\s+few|several)\s+things\b/gi,
      // "When beginning a new group, ask…", "the school could start a dating support group", "congregations should form a group".
      /\b(?:when|before|while)\s+(?:beginning|starting|forming|launching|planning)\s+a\s+(?:new\s+)?(?:[\w'’-]+\s+){0,2}?group\b|\b(?:could|should|might|can)\s+(?:also\s+)?(?:start|form|launch|create|set\s+up|organi[sz]e)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?groups?\b/gi,
      // Advice to those who would lead one: "leaders should…", "setting up a patient group", "leading the group consists of".
      // (Or what the meeting should be: "The first part of the meeting should be a reading", "a facilitator … should be chosen".)
      /\b(?:leaders?|facilitators?|organi[sz]ers?|founders?)\s+(?:should|must|need\s+to|may\s+want\s+to)\b|\b(?:the|each|every)\s+(?:first\s+|last\s+)?(?:part\s+of\s+(?:the|each)\s+)?meetings?\s+should\s+(?:be|start|begin|end|open|close|include)\b|\bshould\s+be\s+chosen\s+(?:ahead|in\s+advance|beforehand)\b|\bsetting\s+up\s+(?:a|an|your)\s+(?:[\w'’-]+\s+){0,2}?(?:group|organi[sz]ation|society|charity)\b|\bleading\s+the\s+group\s+(?:consists|involves|means)\b/gi,
    ],
  ],
  [
    'an encyclopaedia entry',
    [
      // A wiki's own markup for headings ("= Gamblers Anonymous =", "==History=="), an infobox's rows, the sections an entry ends with.
      /^={1,4}\s*[^=\n]{1,80}?\s*={1,4}$/gm,
      /^(?:[-*]\s*)?(?:founders?|founded|founding\s+location|formation|headquarters|region\s+served|key\s+people)\s*:/gim,
      /^(?:see\s+also|external\s+links|further\s+reading|references)$/gim,
      // The entry's first sentence: "Gamblers Anonymous (GA) is an international fellowship of …".
      /\b\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+\((?:\p{Lu}){2,6}\)\s+(?:is|was)\s+an?\s+(?:international|national|worldwide|global|american|british|non-?profit|charitable|voluntary|twelve-step|12-step)\b/gu,
    ],
  ],
  [
    'a shared copy of a document',
    [
      // Its length or file size ("12 pages", "2MB Size"), and the sharing site's counts and buttons.
      /\b(?:total\s+pages?|page\s+\d+\s+of\s+\d+|\d+\s+pages|\d+(?:\.\d+)?\s*[KM]B\s+size|size\s+report)\b/gi,
      /\b(?:file\s+type|downloads|views|upload(?:ed)?\s+by)\b/gi,
    ],
  ],
  [
    'an article',
    [
      // The article speaks of itself, or counts what follows. (Also as one of a run of them: "in this first article", "in this
      // final post".)
      /\b(?:in|throughout)\s+this\s+(?:(?:first|second|third|fourth|fifth|final|last|next|latest|short|brief)\s+)?(?:article|post|blog(?:\s+post)?|piece|instal(?:l)?ment)\b|\bthis\s+(?:article|post)\s+(?:will|explores|covers|looks|explains|describes|clarifies|discusses|outlines|examines|answers)\b|\bin\s+this\s+(?:article|post),\s+(?:you|we)\s+(?:will|['’]ll)\b/gi,
      // The article says what it will do ("we'll explore", "let's look at") or how long it takes to read ("4 min read", or a
      // label on a line of its own, "Read Time: 4 min", "Reading time: 6 minutes", kept when a blog's template leaves the
      // number out: "Read Time:  min").
      /\b(?:we['’]ll|we\s+will|let['’]s)\s+(?:explore|look\s+at|discuss|dive\s+into|break\s+down|walk\s+(?:you\s+)?through)\b|\b\d{1,2}\s+min(?:ute)?s?\s+read\b|^read(?:ing)?\s+time\s*:\s*(?:\d{1,2}\s*)?min(?:ute)?s?\b/gim,
      /\b(?:below|here)\s+are\s+(?:\d+|three|four|five|six|seven|eight|nine|ten|some)\s+(?:of\s+the\s+)?(?:things|ways|tips|reasons|signs|benefits|questions|facts)\b/gi,
      // A table of contents, or the piece calling itself a guide to the reader: "this guide will help you", "we delve into".
      /^(?:table\s+of\s+)?contents$|\bthis\s+guide\s+(?:will|can)\s+(?:help|walk|show|take)\b|\bwe\s+(?:delve|dive)\s+(?:deep(?:er|ly)?\s+)?into\b/gim,
      // The piece names itself: "this guide covers", "this short article is aimed at", "in this week's blog", "Key takeaways".
      /\bthis\s+(?:short\s+)?(?:guide|article|post|blog)\s+(?:covers|is\s+(?:aimed|written|intended|meant)|aims)\b|\bin\s+this\s+week['’]s\s+(?:blog|post|column|newsletter)\b/gi,
      /^key\s+takeaways:?$/gim,
      // The writers' own series of pieces, and what they do in it: "In this 4-part series we are exploring…", "over this three-part
      // series we will look at…". (A course's "6-part series" of sessions is no writer exploring.)
      /\b(?:in|over|throughout)\s+this\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[-\s]part\s+(?:blog\s+)?series,?\s+(?:we|I)\s+(?:are\s+|will\s+|['’]ll\s+|shall\s+)?(?:explor|look|examin|discuss|cover|tak(?:e|ing)\s+a\s+look|shar|introduc|unpack)/gi,
      // A byline or a publication date on a line of its own. (A byline may take a colon, "By: Dana Ruiz", and may share its
      // paragraph with the next line, "By: Dana Ruiz\nRead Time: 4 min": each line is read. "By Appointment Only" or "By Referral
      // Only" is no writer.)
      /^[•·*\s-]*(?:[Bb]y|[Ww]ritten\s+by|[Ww]riter|[Aa]uthor|[Pp]osted\s+by|(?:[Mm]edically\s+)?[Rr]eviewed\s+by):?\s+(?!(?:Appointment|Referral|Invitation|Request|Arrangement)\b)(?:Dr\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2}(?:,\s*[\p{Lu}.]{2,8})?$/gmu,
      // A byline run into its date ("By Dana Ruiz | March 3, 2021"), or an update line naming its writer ("Updated May 2024 by: …").
      BYLINE_DATED,
      /^(?:published|posted|updated)?:?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}$/gi,
      // A publication date within a line ("Published August 6, 2025", "Posted on 3 May 2024"), or a row of share buttons.
      /\b(?:published|posted)(?:\s+on)?:?\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4})\b/gi,
      /\b(?:facebook|twitter|linkedin|pinterest|reddit|whatsapp)\s+(?:x\s+)?(?:facebook|twitter|linkedin|pinterest|reddit|whatsapp|email)\b/gi,
      /\b(?:related\s+(?:articles|posts|reading)|share\s+this\s+(?:article|post)|about\s+the\s+author)\b/gi,
    ],
  ],
  // A training for those who lead peer or lay groups (see TRAINING_FOR_LEADERS), unless its hosts speak of a group of their own.
  [TRAINING_FOR_LEADERS, [LEADERS_AS_TRAINEES, TRAINING_OFFERED], HOSTS_OWN_GROUP],
  [
    TRAINING_FOR_CLINICIANS,
    [
      /\b(?:workshop|conference|webinar|seminar|symposium)\b/gi,
      /\b(?:continuing\s+education|CE\s+(?:credits?|hours?|units?)|CEUs?|learning\s+objectives)\b/gi,
      /\b(?:your\s+(?:group\s+)?practice|this\s+(?:presentation|workshop|training|webinar)\s+will|the\s+presenters?|attendees\s+will)\b/gi,
      // A course that trains or certifies: "training weekend", "certification in psychodrama", "trainees".
      /\b(?:training\s+(?:workshops?|courses?|weekends?|days?|programmes?|programs?|modules?|hours|requirements)|(?:certification|accreditation)\s+(?:in|as|requirements?|track|process)|trainees?)\b/gi,
      // Written for professionals: "for therapists", "for mental health professionals".
      /\bfor\s+(?:(?:licensed|practi[cs]ing|experienced|new|other)\s+)?(?:therapists|clinicians|psychotherapists|practitioners|(?:mental\s+health|health\s*care|helping)\s+professionals)\b/gi,
      // A course naming itself to the worker who takes it: "this course is designed to help you lead…". (Not "you will learn", which a
      // skills group's flyer says too.)
      COURSE_TO_ITS_LEARNER,
      // A staff document kept from clients: "Internal training handout", "Not for distribution to clients".
      /\b(?:internal\s+(?:training\s+)?(?:handout|document|guidance|memo)|training\s+handout|staff\s+use\s+only|not\s+for\s+(?:distribution|circulation)\s+to\s+(?:clients|patients|members|the\s+public))\b/gi,
    ],
    // (A group for clinicians themselves that says what it is, "This is group therapy for therapists", is that group's page.)
    SAYS_WHAT_IT_IS,
  ],
  [
    'guidance for clinicians',
    [
      /\b(?:clinicians?|therapists?|practitioners?|providers?|counsel(?:l)?ors?)\s+(?:should|must|need\s+to|are\s+required\s+to|is\s+required\s+to)\b/gi,
      // A professional body's own document: "a committee opinion", "practice guidelines", "a position statement".
      /\b(?:committee\s+opinion|position\s+statement|practice\s+guidelines?|clinical\s+guidelines?|qualification\s+guidelines?|standards\s+of\s+practice)\b/gi,
      /\byour\s+(?:group\s+)?(?:practice|clinic)\b|\byour\s+(?:clients|patients)(?:'|’)?\s+(?:rights|records|claims|consent)\b/gi,
      /\b(?:CPT(?:\s+codes?)?|billing\s+codes?|90853|reimbursement\s+rates?|documentation\s+requirements?)\b/gi,
      // Professional ethics, said to practitioners: "review your ethics code", "the legal and ethical frameworks are still evolving",
      // "competency in both group therapy and telehealth".
      /\b(?:(?:review|follow|consult)\s+your\s+(?:ethics\s+code|code\s+of\s+ethics|licensing\s+board)|(?:legal\s+and\s+)?ethical\s+frameworks?|competenc(?:y|e)\s+in\s+(?:both\s+)?(?:group\s+therapy|telehealth|running\s+groups|group\s+work))\b/gi,
      // Billing rules, said to those who bill: payers, modifiers, each member billed.
      /\b(?:(?:specific|each|the|some|most)\s+payers?|payer\s+(?:requirements?|rules|polic(?:y|ies))|modifiers?\s*:?$|billed\s+separately|bills?\s+the\s+same\s+code)\b/gim,
      // The business of running groups, said to the practices that run them.
      /\b(?:revenue|profitab(?:le|ility)|practice\s+owners?|(?:many|most|some)\s+practices)\b/gi,
      /\bin\s+this\s+(?:guide|checklist|article)\b/gi,
      // Said to those who refer: "when a referral is made…", "GPs should refer new patients", "you may wish to make the patient aware",
      // "item numbers", "best practice for providers".
      /\b(?:when\s+(?:a|the)\s+referral\s+is\s+made|(?:GPs|general\s+practitioners|physicians|doctors|clinicians|referrers)\s+(?:should|may|can)\s+(?:refer|consider|not\s+be\s+aware)|refer\s+(?:your\s+|new\s+)?patients\s+to)\b/gi,
      // What the referrer tells the patient: "you may wish to consider making the patient aware that…".
      /\b(?:making|make)\s+(?:the|your)\s+patients?\s+aware\b/gi,
      /\b(?:MBS|Medicare|billing)\s+item(?:\s+numbers?)?\b|\bitem\s+numbers?\b|\bbest\s+practices?\s+(?:for|guides?)\b|\bfor\s+(?:health\s*care\s+)?providers\b/gi,
    ],
  ],
  [
    // A software project's README or help page: "For support, open an issue on GitHub or join our Discord group".
    SOFTWARE_DOCS,
    [
      /\b(?:open(?:ing)?\s+an\s+issue|issue\s+tracker|pull\s+requests?|merge\s+requests?|git(?:hub|lab)|bitbucket|repositor(?:y|ies)|source\s+code)\b/gi,
      /\b(?:(?:npm|pip|yarn|pnpm|cargo|brew|apt(?:-get)?)\s+install|bug\s+reports?|changelog|release\s+notes|pull\s+request|stack\s+overflow|(?:discord|slack|gitter)\s+(?:server|channel|workspace))\b/gi,
      /\b(?:triage|maintainers?|API|CLI|SDK|command\s+line|config(?:uration)?\s+file|(?:unit\s+)?tests?\s+suite|build\s+(?:it|the\s+project|from\s+source))\b/g,
    ],
  ],
  // A student's essay or an essay service's sample paper about a group (a "treatment plan for a counselling group"): coursework.
  // (Its writing of itself, "in this paper", or a group proposal named as the writer's work, "your group proposal", is enough alone.)
  [STUDENT_ESSAY, [ESSAY_SERVICE, ESSAY_SELF, GROUP_PROPOSAL, ESSAY_SELF_LOOSE, CITED_WORK, COURSEWORK_PROMPT, PRACTICUM]],
  [
    'a course syllabus',
    [
      // (Or the course speaking of itself to its students: "This course provides students with…", "Upon successful completion of this
      // course".)
      /\b(?:syllabus|course\s+(?:description|objectives|schedule)|credit\s+hours?|learning\s+outcomes)\b|\bthis\s+(?:(?:graduate|undergraduate|graduate-level|online|introductory)\s+)?course\s+(?:provides|covers|introduces|explores|examines|surveys|prepares|will\s+(?:cover|introduce|examine|explore|prepare))\b|\bupon\s+(?:successful\s+)?completion\s+of\s+this\s+course\b/gi,
      // (Not "home practice assignments", "homework assignments": practice between a course's sessions of treatment or skills, as an
      // MBCT course sets it, is no coursework.)
      /\b(?:students\s+will|(?<!\b(?:home|homework|practice)\s+)assignments?|grading|readings?|exam|prerequisites?)\b/gi,
    ],
  ],
  // (Last: a page of any other genre is read as that one.)
  [
    'advice to practitioners on running groups',
    [READER_AS_PRACTITIONER, READERS_CLIENTS, WRITER_TENURE, PROFESSION_SPOKEN_FOR, RUNNING_STEPS],
    OWN_GROUP_DATED,
  ],
];

// For each genre, the last of its signs that makes it alone (checked while fewer than two signs could still be found).
const LAST_ALONE = new Map(GENRES.map(([, signs]) => [signs, signs.reduce((last, re, i) => (ENOUGH_ALONE.has(re) ? i : last), -1)]));

/** Is the text one of the kinds of writing about groups that are not a group's own material? */
export function genreOf(model: DocumentModel): string | null {
  return genreWithWords(model)?.name ?? null;
}

/** The genre, with the first words of each of its signs found in the text (at most two), for saying why. */
export function genreWithWords(model: DocumentModel): { name: string; words: string[] } | null {
  // Module-constant patterns through the document model, whose per-pattern match cache keeps this cheap on each keystroke.
  const holds = (re: RegExp) => {
    const least = LEAST_COUNT.get(re);
    if (!least) return model.mentions(re);
    const found = model.find(re);
    if (found.length < least) return false;
    // (An abstract's labels count only with its findings among them: a course's flyer has "Aims:", "Objectives:" and "Design:" too.)
    if (re === ABSTRACT_LABELS && !found.some((m) => /^(?:results|conclusions?)\b/i.test(m.text))) return false;
    return !COUNTED_DISTINCT.has(re) || new Set(found.map((m) => m.text.replace(/\W+/g, ' ').trim().toLowerCase())).size >= least;
  };
  // Most texts are of no genre: each genre's signs are searched only while two can still be
  // found (or a dated byline, enough alone), and its exception only for a genre that holds.
  for (const [name, signs, unless] of GENRES) {
    const found: RegExp[] = [];
    const lastAlone = LAST_ALONE.get(signs) ?? -1;
    for (let i = 0; i < signs.length && found.length < 2; i++) {
      if (found.length + signs.length - i < 2 && i > lastAlone) break;
      if (holds(signs[i])) found.push(signs[i]);
    }
    if ((found.length >= 2 || found.some((re) => ENOUGH_ALONE.has(re))) && !(unless && (unless instanceof RegExp ? model.mentions(unless) : unless(model))))
      return {
        name,
        // (Trimmed of the quotation marks and stops a sign may take in: ", she said." reads as "she said".)
        words: found.map((re) => (model.find(re)[0]?.text ?? '').replace(/^[\s"“”'‘’,.:;!?…]+|[\s"“”'‘’,.:;!?…]+$/g, '')).filter((w) => w),
      };
  }
  return null;
}
