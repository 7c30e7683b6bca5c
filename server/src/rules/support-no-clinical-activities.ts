import { anyOf, group } from '../engine/patterns';
import { defineRule } from '../engine/rule';
import { listItemRemoval, removalOf } from '../engine/fix';
import { onePerSentence, quote, saidOfTherapy, suggestion } from './shared';
import { sourceAt, textAfter, textBefore, type DocumentModel, type Match } from '../engine/document';
import type { ProseBlock } from '../engine/parse';
import { stanceOf } from '../engine/assess';
import { fold } from '../engine/text';
import { oncePer } from '../engine/once';

const ACTIVITY = anyOf([
  String.raw`\bworksheets?\b`,
  // In Spanish, as bilingual flyers write it: worksheets, homework, a workbook, psychoeducation.
  String.raw`\b(?:hojas?\s+de\s+trabajo|tareas?\s+para\s+(?:la\s+)?casa|cuadernos?\s+de\s+(?:trabajo|ejercicios)|psicoeducaci[oó]n)(?![a-záéíóúñü])`,
  String.raw`\bhomework\b`,
  String.raw`\b(?:weekly\s+|home\s+|reading\s+|writing\s+|journaling\s+)?assignments?\b`,
  String.raw`\bpsycho-?education(?:al)?\b`,
  String.raw`\bworkbooks?\b`,
  // The course book by another name: "a participant notebook", "the participant's guide", "participant manuals".
  String.raw`\bparticipant['’]?s?['’]?\s+(?:notebooks?|guides?|guidebooks?|manuals?)\b`,
  // (Not a children's programme beside the group: "children go to the chapel's own children's curriculum while adults meet".)
  String.raw`(?<!\b(?:children['’]?s|kids['’]?|youth|teens?['’]?|student)\s+)\bcurricul(?:um|a)\b`,
  String.raw`\bskills?\s+(?:training|modules?|lessons?|instruction|drills?)\b`,
  String.raw`\b(?:CBT|DBT|ACT)\s+(?:skills?|exercises?|techniques?|tools?|worksheets?)\b`,
  // The tool word first: "tools based in CBT", "techniques drawn from cognitive behavioural therapy".
  String.raw`\b(?:tools?|techniques?|exercises?|skills?|strategies)\s+(?:based\s+(?:in|on)|drawn\s+from|taken\s+from|rooted\s+in|grounded\s+in|from)\s+` +
    String.raw`(?:CBT|DBT|ACT|REBT|cognitive[-\s]behaviou?r(?:al)?\s+therapy|rational[-\s]emotive(?:[-\s]behaviou?r(?:al)?)?\s+therapy|dialectical\s+behaviou?r(?:al)?\s+therapy|acceptance\s+and\s+commitment\s+therapy)\b`,
  // A CBT worksheet by its name: "such as thought records".
  String.raw`\bthought\s+records?\b`,
  String.raw`\b(?:coping|mindfulness|distress[-\s]tolerance|emotion[-\s]regulation)[-\s]+skills?\s+(?:training|lessons?|instruction)\b`,
  String.raw`\bbetween[-\s]sessions?\s+(?:practice|exercises?|tasks?)\b`,
  // Goals or tasks set to carry out before the next meeting: "each person draws up goals to work on between meetings", "a
  // challenge to practise before the next session". (Not the weeks between meetings as something members talk about.)
  String.raw`\b(?:goals?|tasks?|challenges?|targets?|exercises?|practices?|steps?)\s+(?:for\s+(?:you|them|members|participants|each\s+person)\s+)?to\s+` +
    String.raw`(?:work\s+on|do|try|complete|practi[cs]e|carry\s+out)\s+(?:at\s+home\s+)?` +
    String.raw`(?:(?:in\s+)?between\s+(?:meetings|sessions|groups|classes)|before\s+(?:the|our)\s+next\s+(?:meeting|session|group|class))\b`,
  // The member commits to tasks and carries them to the next meeting: "each member commits to one small task to do by the next meeting",
  // "members set goals for the fortnight until our next session". (Not the group's own chores: "volunteers pick up tasks before the
  // next meeting" has no member committing.)
  String.raw`\b(?:commit(?:s|ted)?\s+to|sets?|chooses?|picks?|agrees?\s+(?:to|on))\s+(?:(?:doing|completing|working\s+on|carrying\s+out)\s+)?` +
    String.raw`(?:(?:a|an|one|two|some|specific|small|personal|concrete|their\s+own)\s+)*(?:tasks?|goals?|challenges?|exercises?|assignments?)\b[^.;!?]{0,100}?` +
    String.raw`\b(?:(?:until|before|by|to)\s+(?:the|our|their)\s+next\s+(?:meeting|session|group|class)|(?:in\s+)?between\s+(?:meetings|sessions))\b`,
  String.raw`\bhandouts?\b(?=[^.;!?]{0,50}\b(?:skills?|coping|CBT|DBT|concepts?|techniques?|exercises?|counsel(?:l)?ing|psycho|practi[cs]e)\b)`,
  // A counselling method by name, used in the group: "the group centres on motivational interviewing".
  String.raw`\bmotivational\s+interviewing\b`,
]);
// Psychoeducation in other words: teaching as a planned part of the meetings. (An occasional
// guest speaker is not: it is not named here.)
// (Not "with no educational component": the words between the verb and the activity may not deny it.)
// (Nor people named by their work: "can include those in the education or nursing field", "include people working in education".)
const PROVIDES = String.raw`\b(?:provides?|offers?|includes?|gives?|providing|offering|with)\s+(?!(?:no|not|never|without|zero)\b)(?!(?:those|people|anyone|someone|others|staff|workers)\s+(?:in|from|working|who)\b)`;
// (Education as a line of work is no teaching: "the education field", "education or nursing professionals".)
const EDUCATION =
  String.raw`education(?:al\s+(?:sessions?|segments?|components?|presentations?))?\b` +
  String.raw`(?!\s+(?:(?:or|and|&)\s+[\w-]+\s+)?(?:fields?|sectors?|systems?|professions?|professionals|staff|workers|settings?|departments?|authorit(?:y|ies)|institutions?)\b)`;
const TEACHING = anyOf([
  // Education in a subject: "support, validation and education in pain management".
  String.raw`${PROVIDES}(?:\w+,?\s+){0,3}?${EDUCATION}(?=\s+(?:in|on|about)\s+(?!(?:where|how\s+to\s+find)\b))`,
  // Education itself, or an educational segment. (Bare education named as one purpose in a list with support, "provides support,
  // education, and community", "education and peer-to-peer support", is a group's aim, as careful reviewers of real pages read it; so
  // with the other things a group gives its members' hearts: "offer education and hope", "education and nurture feelings"; nor after
  // another social aim in the same list: "provide socialization and education", "offers fellowship, encouragement and education".)
  String.raw`${PROVIDES}(?:(?!(?:support|peer|sociali[sz]ation|sociali[sz]ing|fellowship|friendship|companionship|camaraderie|encouragement)\b)\w+,?\s+){0,3}?${EDUCATION}(?!\s+(?:in|on|about)\b)` +
    String.raw`(?!,?\s*(?:and\s+|&\s+)?(?:[\w-]+,?\s+(?:and\s+|&\s+)?){0,5}?(?:support|community|advocacy|encouragement|hope|comfort|friendship|fellowship|companionship|camaraderie|connection|belonging|nurtur(?:e|es|ing))\b)`,
  // Education given with the tools or skills it teaches, whatever is named with it: "we give families the support, education and tools
  // they need", "offering education and coping strategies". (Not education as a line of work: see EDUCATION.)
  String.raw`${PROVIDES}(?:[\w-]+,?\s+){0,3}?education,?\s+(?:and|&)\s+(?:(?:practical|coping|the)\s+)?(?:tools|skills|strategies|techniques)\b`,
  String.raw`\bdesigned\s+to\s+(?:\w+\s+){0,2}?(?:educate|teach)\b|\bdiscussions?\s+designed\s+to\s+(?:provide\s+)?educat`,
  String.raw`\beducation(?:al)?\s+(?:presentations?|segments?|sessions?|components?|videos?|modules?|series)\b`,
  // "A 20-minute teaching segment on a coping topic", "a didactic component".
  String.raw`\b(?:teaching|didactic|psycho-?educational)\s+(?:segments?|sessions?|components?|slots?|portions?|blocks?)\b`,
  String.raw`\beducation\s+on\s+(?:such\s+)?topics\b`,
  // Education given at the meetings: "education on grief and coping strategies is provided", "we offer education about stroke".
  String.raw`\beducation\s+(?:on|about)\b[^.;!?]{0,60}?\b(?:is|are)\s+(?:provided|offered|given|included)\b`,
  String.raw`\b(?:provides?|offers?|gives?|includes?)\s+(?:[\w-]+\s+)?education\s+(?:on|about)\b`,
  // A talk as a set part of the meetings' format (not a speaker now and then): "the evening consists of introductions, a topic
  // presentation and small groups"; teaching in part of each meeting, "part of each meeting will be spent teaching about…".
  String.raw`\b(?:consist(?:s|ing)?\s+of|made\s+up\s+of)\s+[^.;!?]{0,80}?\b(?:topic|educational|teaching)\s+(?:talks?|presentations?)\b`,
  // (Teaching the members by name, "teaching attendees", is read below.)
  String.raw`\b(?:part|portion|some)\s+of\s+(?:each|every)\s+(?:meeting|session|gathering)\s+(?:will\s+be\s+|is\s+)?(?:spent|devoted|given\s+over|set\s+aside)\s+` +
    String.raw`(?:to\s+|for\s+)?(?:teaching|educating|learning\s+about)\b(?!\s+(?:participants|members|attendees)\b)`,
  // A set part of each meeting given over to teaching, named by its place in the meeting: "The first hour is teaching and the second is
  // peer support", "the last half hour of each session will be an educational presentation". (Not "the first hour is open sharing".)
  String.raw`\b(?:first|second|last|final|opening|closing)\s+(?:hour|half(?:[-\s]hour)?|part|portion|segment|(?:\d{1,2}|twenty|thirty|forty(?:-five)?|fifteen)\s+minutes)\s+` +
    String.raw`(?:of\s+(?:each|every|the)\s+(?:meeting|session|evening|gathering|group)\s+)?(?:is|are|will\s+be)\s+(?:spent\s+(?:on\s+)?)?(?:an?\s+)?` +
    String.raw`(?:teaching|education(?:al)?|psycho-?education(?:al)?|didactic|instruction(?:al)?|lectures?)\b`,
  // Materials of teaching: "educational materials and exercises".
  String.raw`\beducational\s+(?:materials?|handouts?|exercises?|curriculum|content|lessons?)\b`,
  String.raw`\btopics?\s+(?:such\s+as\b[^.;!?]{0,160}\bwill\s+be\s+covered|will\s+be\s+covered|covered\s+(?:each|every)\s+week)\b`,
  // (Or themes set the same way: "Weekly themes", "session themes".)
  String.raw`\b(?:weekly|session|meeting)\s+(?:topics|themes)\b`,
  // A set programme of topics: "Topics for this term", "the topics covered during the meetings include", "the topics the group would cover".
  // (Topics members bring or suggest are their own.)
  String.raw`\btopics\s+(?:for\s+(?:this|each|the)\s+(?:term|semester|series|course|cycle|programme|program)\b|covered\s+(?:during|in|at)\s+(?:the|our|each)\s+(?:meetings|sessions)\s+include\b|(?:the\s+group|we)\s+(?:would|will)\s+cover\b)`,
  // A list headed by the topics the page's own groups cover: "Topics covered in our support groups:".
  String.raw`\btopics\s+covered\s+(?:during|in|at|by)\s+(?:the|our|each|these)\s+(?:[\w-]+\s+){0,2}?(?:groups?|meetings?|sessions?)\s*:`,
  String.raw`\beach\s+(?:of\s+the\s+(?:\d+|\w+)\s+)?(?:weeks?|sessions?|meetings?)\s+(?:covers|has|focuses\s+on)\s+(?:a\s+)?(?:new\s+|different\s+)?(?:topic|focus|theme)\b`,
  // A course that gives each meeting its own part of the subject: "each week takes a different aspect of loss", "every session looks at
  // a new side of the month's theme". (Only "different" or "new": "each week looks at a side of life" sets no programme.)
  String.raw`\b(?:each|every)\s+(?:week|session|meeting|class|evening)\s+(?:takes|looks\s+at|explores|examines|addresses|tackles|deals\s+with|covers|focuses\s+on)\s+` +
    String.raw`(?:a|one)\s+(?:new|different)\s+(?:aspect|side|part|facet|area|topic|theme|subject)\b`,
  // A course set out week by week in the hosts' voice: "In week one, we will identify and define…", "in session three you'll
  // review…". (Not where or when to meet, "In week one, we will meet in the small room", nor a first meeting's round of names, "in
  // the first session we will introduce ourselves"; talking and exploring are a support group's own: "we'll talk about ground rules".)
  String.raw`\b(?:in|during)\s+(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last)\s+(?:week|session|class)` +
    String.raw`|(?:week|session|class)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\b,?\s+(?:we|you|members|participants|the\s+group)\s*(?:will|['’]ll)\s+` +
    String.raw`(?:also\s+|then\s+|begin\s+to\s+|start\s+to\s+)?(?:identify|define|assess|learn|review|examine|study|practi[cs]e|introduce)\b` +
    String.raw`(?!\s+(?:ourselves|yourselves|themselves|each\s+other|one\s+another|(?:more\s+)?about\s+(?:the\s+group|each\s+other|one\s+another|how\s+the\s+group)` +
    String.raw`|how\s+the\s+group|(?:the|our)\s+(?:group\s+)?(?:guidelines|ground\s+rules|rules|agreement)|(?:each\s+other['’]s\s+)?names)\b)`,
  // Skills taught by the one who leads: "tips and skills taught by the facilitator".
  String.raw`\b(?:skills|tools|techniques|strategies)\s+(?:(?:are|will\s+be)\s+)?taught\s+by\b`,
  String.raw`\b(?:you\s+will|members\s+will|participants\s+will|we\s+will)\s+(?:learn|practi[cs]e|build)\s+(?:\w+\s+){0,2}?skills\b`,
  // "They also learn about techniques and tools like meditation", "members learn coping strategies".
  String.raw`\b(?:members|participants|attendees|they|you|parents|caregivers|families|patients|survivors)\s+(?:also\s+)?(?:will\s+|can\s+|may\s+)?learn\s+(?:about\s+)?(?:\w+\s+){0,2}?(?:techniques|tools|skills|strategies)\b`,
  // A planned programme: "lesson plans", "carefully chosen topics", "covers many topics", materials handed out for each session.
  String.raw`\blesson\s+plans?\b|\b(?:carefully\s+chosen|planned|pre-?selected|pre-?set)\s+topics\b|\bcovers\s+(?:many|several|various|a\s+range\s+of)\s+topics\b`,
  // The groups' set topics, plural or to come: "The groups meet monthly and cover topics like taking medicines on time", "the
  // meetings will cover topics such as…". (Not topics the members choose.)
  String.raw`\b(?:groups|meetings|sessions)\s+(?:[^.;!?]{0,40}?\band\s+)?(?:will\s+)?cover\s+(?:many\s+|several\s+|various\s+)?topics\s+(?:like|such\s+as|including)\b`,
  String.raw`\bmaterials\s*(?:\/\s*topics\s*)?\s+for\s+(?:the\s+|each\s+)?(?:sessions?|meetings?)\b|\b(?:(?:short|brief)\s+)?talks\s+and\s+(?:printed\s+|written\s+)?materials?\b`,
  // Education in the group's own name or purpose: "a postpartum education and support group", "to support and educate residents".
  String.raw`\beducation\s+and\s+support\s+groups?\b|\bsupport\s+and\s+educate\b`,
  String.raw`\brelapse[-\s]prevention\s+plans?\b`,
  String.raw`\bvideo\s+(?:seminars?|series|segments?|presentations?|lessons?)\b`,
  // A course's seminars on set topics: "Seminar sessions include 'Facing Anger', 'Loneliness'…", "the seminar topics cover…". (Not
  // when they meet: "seminar sessions are held on Tuesdays".)
  String.raw`\bseminar\s+(?:sessions?|topics?|subjects?)\s+(?:include|includes|including|cover|covers|will\s+(?:include|cover))\b`,
  // Experts who teach on film, as a course's videos bring them: "the program features experts on divorce and recovery through DVDs",
  // "well-known experts on video". (Not one guest, "an expert joins us", nor a video call or video games: "experts join us on the
  // video call", "experts on video games".)
  String.raw`\bexperts\b[^.;!?]{0,80}?\b(?:through|on|via|in)\s+(?:[\w'’-]+\s+){0,2}?(?:dvds?|videos?)\b(?=\s*(?:[,.;:!?)]|$|(?:and|or|each|every|at|during|that|which|who)\b))`,
  // A DVD series as what the meetings work through: "we meet using the DVD series 'Light After Loss'", "a DVD series each week". (Not
  // one a library lends, nor one film on one evening: see the video at every meeting below.)
  String.raw`(?<=\b(?:us(?:e|es|ing)|through|follow(?:s|ing)?|watch(?:es|ing)?|view(?:s|ing)?|based\s+on|built\s+around|cent(?:re|er)d\s+on|with)\s+` +
    String.raw`(?:the|a|an|our|this)\s+(?:[\w'’-]+\s+){0,2}?)\bdvd\s+series\b|\bdvd\s+series\b(?=[^.;!?]{0,80}\b(?:each|every)\s+(?:week|session|meeting|class)\b)`,
  String.raw`\b(?:every|each)\s+(?:week|meeting|session)\s+we\s+(?:watch|view|show)\s+(?:a\s+|an\s+)?(?:short\s+)?(?:video|film|dvd|presentation)\b`,
  // A lesson at the heart of each meeting: "at each session you will view a videotape", "each class starts with a lesson".
  // (One film on one evening is like a guest speaker: only a video at every meeting counts.)
  String.raw`\b(?:at|in|during)\s+(?:each|every)\s+(?:session|meeting|week|class)\b[^.;!?]{0,40}\b(?:view|watch)\s+(?:a\s+|the\s+)?(?:short\s+)?` +
    String.raw`(?:video(?:tape)?|dvd|film)s?\b`,
  String.raw`\b(?:start|begin|open)s?\s+with\s+(?:a\s+|the\s+)?(?:short\s+)?(?:lesson|teaching|lecture)\b`,
  // Teaching by the hosts: "it teaches techniques", "educates patients", "short presentations on specific topics".
  // (Not practical skills: "teach advocacy skills for dealing with the benefits office", "computer skills".)
  String.raw`\b(?:teach(?:es)?|educates?)\s+(?:\w+\s+){0,3}?(?<!\b(?:advocacy|self-advocacy|computer|digital|job|job-search|cooking|lip-?reading|practical)\s)(?:skills|techniques|strategies|tools)\b`,
  String.raw`\beducates?\s+(?:patients|participants|members|families|caregivers|parents)\b`,
  String.raw`\bpresentations?\s+(?:on|about)\s+(?:\w+\s+){0,2}?(?:topics?|issues|subjects)\b`,
  String.raw`\bpresentations\s+(?:and\s+(?:\w+\s+){1,3})?(?:are|will\s+be)\s+(?:also\s+)?(?:offered|given|provided|made)\b`,
  // A talk given at every meeting, whoever gives it: "Presentations on coping skills are given at every meeting", "a presentation by
  // a psychologist is offered each week". (One talk on one evening, or a monthly guest, is not named.)
  String.raw`\b(?:an?\s+(?:short\s+|brief\s+)?(?:presentation|talk|lecture|lesson)|(?:short\s+|brief\s+)?(?:presentations|lectures|lessons))\s+` +
    String.raw`(?:(?:on|about|by|from|covering)\s+(?:[\w'’-]+\s+){1,4}?)?(?:is|are|will\s+be)\s+(?:also\s+)?(?:offered|given|provided|made|delivered|held)\s+` +
    String.raw`(?:weekly\b|(?:at\s+|in\s+|during\s+)?(?:each|every)\s+(?:week|meeting|session|class|gathering)\b)`,
  // A course that builds week on week: "each weekly session builds on the last", "using a model of mourning as a framework".
  String.raw`\beach\s+(?:weekly\s+)?(?:session|meeting|week|class)\s+builds\s+(?:up)?on\b`,
  String.raw`\bas\s+(?:a|the|our)\s+framework\b`,
  // "Each week your group will watch a video", "a video-based support group program".
  String.raw`\b(?:each|every)\s+(?:week|session|meeting)\s+(?:your\s+|the\s+|our\s+)?(?:group\s+)?(?:will\s+)?(?:watch|view)\s+(?:a\s+|the\s+)?(?:short\s+)?` +
    String.raw`(?:video|dvd|film)\b`,
  String.raw`\bvideo[-\s]based\b`,
  // "Topics covered are the following:", "teaches participants to…", CBT or REBT techniques and tools.
  String.raw`\btopics\s+covered\s+(?:are|include)\b|\btopics\s+(?:will\s+)?(?:include|we\s+(?:will\s+)?cover)\s*:`,
  String.raw`\bteach(?:es|ing)?\s+(?:participants|members|attendees)\b`,
  String.raw`\b(?:cognitive[-\s]behaviou?r(?:al)?|CBT|REBT|DBT)\b[^.;!?]{0,60}\b(?:techniques?|tools?|skills?|exercises?)\b`,
  // Topics set and given by the hosts: "various topics are presented by the facilitators", "some of the topics include…",
  // "the group will cover postpartum and baby-care topics".
  String.raw`\btopics\s+(?:are|will\s+be)\s+presented\b|\b(?:some\s+of\s+)?the\s+topics\s+include\b|\b(?:group|we|meetings?|sessions?)\s+(?:will|would)\s+cover\s+(?:[\w-]+\s+){0,4}?topics\b`,
  // A programme the hosts set out, with no word "topics": "We'll cover sleep, identity and intrusive thoughts", "each week we will
  // cover a new theme". (Not a cost met: "we'll cover the cost of parking", "we will cover for one another".)
  String.raw`\b(?:we|the\s+group|each\s+(?:week|session|meeting))\s*(?:will|['’]ll)\s+cover\s+` +
    String.raw`(?!(?:the|your|all|any|some|part\s+of)\s+(?:[\w-]+\s+)?(?:costs?|fees?|expenses?|bills?|travel|transport|parking|childcare|refreshments|shifts?)\b)` +
    String.raw`(?!(?:costs?|fees?|expenses?|for)\b)[\w'’-]+(?:,?\s+(?:and\s+)?[\w'’-]+){0,3}`,
  // Exercises to do between meetings or alone: "exercises, some that you may want to do on your own", "exercises, some of which you
  // may wish to do by yourself", "exercises to complete at home". (Not the group's own walk or stretch together; nor doing them alone
  // as what the group spares its members: "exercises are hard to do alone, so we practise them together", "exercises we do together
  // rather than at home".)
  String.raw`\bexercises\b(?:(?!\b(?:hard(?:er)?|difficult|tough|tricky|not\s+easy|than|instead\s+of|without|(?:don['’]?t|do\s+not|never|won['’]?t)\s+(?:have|need)\s+to|no\s+need\s+to)\b)[^.;!?]){0,40}` +
    String.raw`\b(?:on\s+your\s+own|at\s+home|between\s+(?:meetings|sessions)|(?:do|try|complete)\s+(?:them\s+)?(?:by\s+yourself|by\s+yourselves|alone))\b`,
  // A course that reviews clinical matters ("Course includes review of common diagnoses, medications…"), or members taught a
  // clinical model ("victims learn about the cycle of violence").
  String.raw`\b(?:course|program(?:me)?|class(?:es)?|curriculum)\s+(?:also\s+)?(?:includes?|covers?)\s+(?:an?\s+)?(?:review|overview)\s+of\b`,
  String.raw`\blearn\s+about\s+(?:the\s+)?(?:cycle|stages|warning\s+signs|dynamics)\s+of\b`,
  // Skills drilled and exercises set by the programme: "meet to discuss and practise skills outlined in the book", "complete
  // exercises and set small weekly goals", "each of the six sessions will address coping skills and emotion regulation".
  String.raw`\b(?:to|will|and)\s+(?:discuss\s+and\s+)?practi[cs]e\s+(?:the\s+|new\s+|their\s+)?(?:[\w-]+\s+)?skills\b`,
  String.raw`\bcomplete\s+(?:\w+\s+){0,2}?exercises\b|\bset\s+(?:small\s+|weekly\s+|personal\s+|achievable\s+)+goals\b`,
  String.raw`\beach\s+of\s+the\s+(?:\d+|\w+)\s+(?:[\w-]+\s+)?(?:sessions|meetings|weeks)\s+(?:will\s+)?(?:address(?:es)?|cover(?:s)?|focus(?:es)?\s+on)\b`,
  String.raw`\beducating\s+(?:patients|participants|members|families|caregivers|parents)\b`,
  // Education as what the group is or does: "This is an educational group", "Our educational support group meets…", "a group that
  // focuses on education and strategies". (Or at the start of a block, as a pasted page leaves "is an" / "educational support group"
  // split by a blank line.)
  String.raw`(?<=\b(?:an?|our|this|the|its)\s+|^[\W_]*)educational\s+(?:support\s+)?groups?\b|\bfocus(?:es|ed)?\s+(?:mainly\s+|primarily\s+)?on\s+(?:\w+\s+){0,2}?education\b`,
  // A talk or lesson at every meeting, not an occasional speaker: "Each session will consist of a short presentation".
  String.raw`\b(?:each|every)\s+(?:session|meeting|week|class|gathering)\s+(?:will\s+)?(?:consists?\s+of|includes?|begins?\s+with|starts?\s+with|opens?\s+with)\s+` +
    // (Also one named by its kind: "an educational talk", "a topic presentation".)
    String.raw`(?:a\s+|an\s+)?(?:short\s+|brief\s+)?(?:(?:educational|informational|topic(?:al)?)\s+)?(?:presentation|talk|lecture|lesson|teaching)\b` +
    // (Not one on a topic the members choose: "a presentation topic chosen by the dads".)
    String.raw`(?!\s+(?:topic\s+|on\s+a\s+topic\s+|about\s+a\s+topic\s+)?(?:chosen|picked|selected|suggested)\s+by\s+(?:the\s+)?(?:members|group|dads|mums|moms|parents|participants|attendees|carers|caregivers|us|you)\b)`,
  // Members taken through a course: "we take students through a 6-week course".
  String.raw`\b(?:take|takes|taking|guide|guides|guiding|lead|leads|leading)\s+(?:\w+\s+){0,2}?through\s+(?:a|an|our)\s+(?:\d+|\w+)[-\s]weeks?\s+(?:course|programme|program|curriculum)\b`,
  // Teaching the families who come: "it teaches family members to…", "teaches parents how to…".
  String.raw`\bteach(?:es)?\s+(?:family\s+members|families|parents|caregivers|carers|partners|loved\s+ones|patients)\b`,
  // A schedule of topics: a table row "Week | Topic".
  String.raw`^\s*(?:week|session|meeting|date)s?\s*\|\s*(?:topics?|themes?|lessons?)\b`,
  // A course's aims for those who take it: "Learning objectives", "Learning outcomes", as a heading or a line's lead.
  String.raw`^[\W_]*learning\s+(?:objectives|outcomes)\b(?![^.;!?\n]{0,60}\b(?:training|facilitators?|volunteers?|leaders?|hosts?|staff)\b)`,
  // The stages or models of grief taught as the sessions' matter: "using several models of grief", "the sessions cover the stages of
  // grief". (Not grief as members live it, "we all go through the stages of grief", nor "a class about the stages of grief" a member
  // did not find.)
  // (Or looked at and explained by the hosts: "it looks at different models of grief", "explains the stages of mourning".)
  String.raw`\b(?:cover(?:s|ing)?|review(?:s|ing)?|present(?:s|ing)?|introduc(?:e|es|ing)|teach(?:es|ing)?|explain(?:s|ing)?|look(?:s|ing)?\s+at|explor(?:e|es|ing)|examin(?:e|es|ing))\s+` +
    String.raw`(?:the\s+)?(?:(?:five|four|seven|several|various|different)\s+)?` +
    String.raw`(?:stages|phases|tasks|models|theories)\s+of\s+(?:grief|grieving|mourning|loss|bereavement)\b`,
  String.raw`\b(?:using|through|with)\s+(?:(?:several|various|different|a\s+range\s+of|a\s+number\s+of)\s+)?(?:models|theories|frameworks)\s+of\s+(?:grief|grieving|mourning|loss|bereavement)\b`,
  // Topics the ones who lead bring or present to the meetings: "the facilitators bring a range of topics to the group", "our leaders
  // present a variety of topics". (Not topics members bring: "members bring whatever topics matter to them".)
  String.raw`\b(?:facilitators?|leaders?|hosts?|presenters?)\s+(?:will\s+)?(?:bring|brings|present|presents|introduce|introduces|cover|covers)\s+` +
    String.raw`(?:(?:a|an)\s+(?:range|variety|number|series|selection)\s+of\s+|various\s+|several\s+|different\s+)(?:[\w-]+\s+)?(?:topics|themes|subjects)\b`,
]);
// A topic the hosts set for each meeting, told in their voice: "A different lung-health topic will be discussed each month", "Each
// week, a new theme is covered". (Not one the members pick: see memberChosen.)
const SET_TOPIC = anyOf([
  String.raw`\b(?:a|one)\s+(?:different|new|specific|particular)\s+(?:[\w-]+\s+){0,2}?(?:topics?|themes?|subjects?)\s+(?:will\s+be|is)\s+` +
    String.raw`(?:discussed|covered|presented|addressed|explored|taught)\s+(?:at\s+|in\s+)?(?:each|every)\s+(?:week|month|meeting|session|class|gathering)\b`,
  String.raw`\b(?:each|every)\s+(?:week|month|meeting|session|class|gathering),?\s+(?:a|one)\s+(?:different|new|specific|particular)\s+(?:[\w-]+\s+){0,2}?(?:topics?|themes?|subjects?)\s+` +
    String.raw`(?:will\s+be|is)\s+(?:discussed|covered|presented|addressed|explored|taught)\b`,
]);

// A talk the members choose or ask for is like an occasional guest speaker, not a programme: "Presentations are given now and then,
// on subjects the members choose", "offered when the group asks for them", "as determined by the group".
const TALK = /\b(?:presentations?|talks?|lectures?|lessons?)\b/i;
const MEMBERS_NAMED = String.raw`(?:the\s+)?(?:(?:group|circle)\s+)?(?:members|group|circle|participants|attendees|dads|mums|moms|parents|carers|caregivers)`;
const MEMBERS = String.raw`(?:${MEMBERS_NAMED}|we|you|they|us)`;
const MEMBER_CHOICE = new RegExp(
  [
    // "on subjects the members choose", "topics that you suggest".
    String.raw`\b(?:topics?|subjects?|themes?|issues|areas|speakers?)\s+(?:that\s+|which\s+)?${MEMBERS}\s+(?:themselves\s+)?(?:choose|chose|pick|picks|select|suggest|request|want|propose|raise|bring|decide\s+on|vote\s+(?:on|for)|ask\s+(?:for|about))\b`,
    // "chosen by the members", "as determined by the group", "requested by participants".
    String.raw`\b(?:chosen|picked|selected|suggested|requested|proposed|determined|decided(?:\s+on)?|asked\s+for|voted\s+(?:on|for)|set)\s+by\s+${MEMBERS}\b`,
    // "when the group asks for them", "if members request it". (Not "if you want to know more".)
    String.raw`\b(?:when|whenever|if|as|once)\s+${MEMBERS_NAMED}\s+(?:ask|asks|asked|request|requests|requested|want|wants|wish|wishes|choose|chooses|decide|decides|vote|votes|see\s+fit)\b`,
    // "the members choose the topics", "the group picks the subjects".
    String.raw`\b${MEMBERS}\s+(?:choose|chooses|pick|picks|select|selects|decide\s+on|decides\s+on|vote\s+on|votes\s+on|suggest|suggests)\s+(?:the\s+|its\s+|their\s+)?(?:topics?|subjects?|themes?|speakers?)\b`,
    // "at the members' request", "of the group's choosing", "at the group's discretion".
    String.raw`\b(?:at|on|by|upon)\s+(?:the\s+)?(?:(?:members|group|circle|participants|attendees)['’]?s?|their|your|our)\s+(?:requests?|suggestions?)\b`,
    String.raw`\bof\s+(?:the\s+)?(?:(?:members|group|participants|attendees)['’]?s?|their|your|our)\s+(?:own\s+)?(?:choosing|choice)\b|\bat\s+the\s+group['’]s\s+discretion\b`,
  ].join('|'),
  'i',
);
const SET_BY_THE_WEEK = /^(?:weekly|session|meeting)\s+(?:topics|themes)$/i;
/** A talk whose subject or timing the members choose; only the words near it are read. */
function memberChosenTalk(m: Match): boolean {
  // (Education, skills training or a lesson plan named as such stays a programme, whoever picks the subject.)
  if (!TALK.test(m.text) || /educat|didactic|teaching|video|skill|CBT|DBT|plan|material/i.test(m.text)) return false;
  return memberChosen(m);
}
/** Do the words near the match say the members choose it? */
function memberChosen(m: Match): boolean {
  const at = m.index - m.sentence.from;
  const end = at + m.text.length;
  // (A bare "on request" only just after the talk: "slides are available on request" is said of something else.)
  return (
    MEMBER_CHOICE.test(m.sentence.text.slice(Math.max(0, at - 80), end + 100)) ||
    /^[^.;!?]{0,30}?\b(?:(?:on|upon|by)\s+request|(?:when|if|as)\s+requested)\b/i.test(m.sentence.text.slice(end, end + 60))
  );
}

// A guest who brings education now and then is an occasional speaker, not a programme: "on third Thursdays, guest speakers offering
// education join us", "education and practical tips from visiting experts". (A guest at every meeting, "each week a guest speaker
// provides education", is a programme of teaching all the same.)
const GUEST = String.raw`\b(?:guest|visiting|outside|invited)\s+(?:speakers?|presenters?|experts?|professionals?)\b`;
const GUEST_BEFORE = new RegExp(`${GUEST}[^.;!?]{0,30}$`, 'i');
const GUEST_AFTER = new RegExp(String.raw`^[^.;!?]{0,40}?\b(?:from|by|with)\s+(?:(?:a|our|the)\s+)?(?:local\s+)?${GUEST}`, 'i');
const EVERY_MEETING = /\b(?:every|each)\s+(?:week|meeting|session|class)\b/i;
/** Education (not psychoeducation) that a guest speaker brings to some meetings; only the words near it are read. */
function guestEducation(m: Match): boolean {
  if (!/educat/i.test(m.text) || /psycho/i.test(m.text)) return false;
  const at = m.index - m.sentence.from;
  const end = at + m.text.length;
  const text = m.sentence.text;
  const guest = GUEST_BEFORE.test(text.slice(Math.max(0, at - 80), at)) || GUEST_AFTER.test(text.slice(end, end + 100));
  return guest && !EVERY_MEETING.test(text.slice(Math.max(0, at - 80), end + 80));
}

// Reading matter on a subject named after it ("educational materials about heart transplantation, from anti-rejection medicines to
// getting back on a bike", "leaflets and educational materials on the benefits system") is information, not psychoeducation, unless
// the subject is one a counsellor teaches: coping, skills, feelings, grief, stress, mood ("educational materials on coping skills").
const MATERIALS = /^educational\s+(?:materials?|handouts?|content)$/i;
const SUBJECT_NAMED = /^\s+(?:about|on|related\s+to|regarding|concerning|covering)\s/i;
const COUNSELLING_SUBJECT =
  /\b(?:cop(?:e|es|ing)|skills?|emotion\w*|feelings?|stress\w*|anxiety|anxious|depress\w*|moods?|grie(?:f|ving)|(?<!\b(?:weight|hearing|sight|vision|hair|bone|blood|memory|muscle|limb)\s)loss|bereave\w*|mourning|trauma\w*|mental\s+health|well-?being|self-care|mindful\w*|relax\w*|anger|relapse|cravings?|addiction|techniques?|strategies|counsel+ing|psycho\w*|(?<!\b(?:physical|occupational|speech|respiratory|radiation|hormone|drug|gene|infusion)\s)therap\w*|CBT|DBT|behaviou?r\w*|thoughts?|thinking|relationships?|communicat\w*|boundaries|self-esteem|confidence|resilience|burnout|worry|worries|fear|guilt|shame)\b/i;
/** Educational materials on a named subject that is not a counsellor's (only the words of their clause after them are read). */
function materialsOnAnotherSubject(m: Match): boolean {
  if (!MATERIALS.test(m.text)) return false;
  const at = m.index - m.sentence.from + m.text.length;
  const after = m.sentence.text.slice(at, at + 160);
  if (!SUBJECT_NAMED.test(after)) return false;
  const clause = /^[^.;!?]*/.exec(after)![0];
  return !COUNSELLING_SUBJECT.test(clause);
}

// Education that a body behind the group gives the wider world, as part of its work: "The charity provides education about mental
// illness to schools and employers, funds research and campaigns for better housing". Its subject is the organisation ("the charity",
// "the national association", or its name beside its other work) and the sentence names no meeting, session or member; "At each
// meeting the group provides education about…" is the group's own.
const BODY_SUBJECT =
  /(?:^|[,;]\s+|\band\s+)[\W_]*(?:the|our|this|its)\s+(?:(?:parent|national|local|wider|regional|state|county)\s+)?(?:charity|organi[sz]ation|non-?profit|association|foundation|society|trust|chapter|branch|network|agency|institute|council|alliance)\s+(?:also\s+|itself\s+|now\s+)?$/i;
const NAMED_SUBJECT = /^[\W_]*(?:\p{Lu}[\p{L}\p{N}'’&.-]*\s+){1,5}(?:also\s+|now\s+)?$/u;
const BODYS_WORK =
  /\b(?:research|advoca\w+|campaigns?|campaigning|awareness|lobb(?:y|ies|ying)|fundrais\w*|polic(?:y|ies)|funds|to\s+(?:schools|employers|teachers|police|professionals|the\s+public|businesses|communities|clinicians))\b/i;
const GROUP_WORDS = /\b(?:meetings?|sessions?|groups?|circles?|gatherings?|classes|members|participants|attendees|(?:each|every)\s+(?:week|month))\b/i;
// "Educational (support) group" opening a block counts only as the rest of a sentence a blank line split from its article, as a pasted
// page leaves "… is an" / "educational support group for…"; a heading "Educational support groups" may list another service.
const EDUCATIONAL_GROUP = /^educational\s+(?:support\s+)?groups?$/i;
function splitFromItsArticle(m: Match, blocks: readonly ProseBlock[]): boolean {
  if (!EDUCATIONAL_GROUP.test(m.text) || /\p{L}/u.test((m.block.folded ?? m.block.text).slice(0, m.index))) return true;
  const previous = blocks[blocks.indexOf(m.block) - 1];
  return previous !== undefined && /\b(?:an?|our|this|the|its)\s*$/i.test(previous.text);
}
function educationByTheBody(m: Match): boolean {
  if (!/educat/i.test(m.text) || GROUP_WORDS.test(m.sentence.text)) return false;
  const before = textBefore(m);
  return BODY_SUBJECT.test(before) || (NAMED_SUBJECT.test(before) && BODYS_WORK.test(m.sentence.text));
}

// Education about the body, a device or a physical condition is health information, not psychoeducation, as careful reviewers of
// real pages read it (stoma care and supplies, transplant materials, lactation, stroke): "the circle will focus on ostomy education",
// "to give amputees education and bring them together", "we offer education about dialysis". Only bare education, with its matter
// named just before it or just after it ("education on/about <it>"); it stays teaching where its sentence names a counsellor's
// subject ("stroke education and coping strategies"), medication ("education about diabetes medicines"), or every meeting, and where a
// programme of it follows ("diabetes education sessions").
const BODY_MATTER = group([
  String.raw`ostom(?:y|ies|ates?)|stomas?|colostom(?:y|ies)|ileostom(?:y|ies)|urostom(?:y|ies)|laryngectom(?:y|ies|ees?)`,
  String.raw`amput(?:ees?|ations?)|limb\s+loss|prosthe(?:sis|ses|tics?)`,
  String.raw`diabet(?:es|ics?)|lymph(?:o)?edema|lip(?:o)?edema|stroke|transplant(?:s|ation)?|kidney|renal|dialysis|heart|cardiac|lung|COPD|asthma`,
  String.raw`breast-?feeding|lactation|nutrition(?:al)?|dietary|surg(?:ery|ical)|bariatric|epilep(?:sy|tics?)|seizures?|arthritis|parkinson['’]?s`,
  String.raw`hearing|skin\s*care|wounds?|continence|bladder|bowel|c(?:o)?eliac`,
]);
const BODY_EDUCATION = new RegExp(String.raw`\b${BODY_MATTER}\s+(?:(?!(?:and|or)\b)[\w-]+\s+)?education(?:al)?$`, 'i');
const EDUCATION_ON_BODY = new RegExp(String.raw`^\s+(?:on|about|in|regarding)\s+(?:[\w'’-]+\s+){0,2}?${BODY_MATTER}\b`, 'i');
const PROGRAMME_AFTER =
  /^\s+(?:sessions?|class(?:es)?|courses?|programmes?|programs?|curricul(?:um|a)|series|modules?|lessons?|presentations?|segments?|components?|topics?|videos?|workshops?)\b/i;
const MEDICATION = /\b(?:medications?|medicines?|meds|prescriptions?|drugs?|dos(?:es|ages?))\b/i;
/** Bare education whose matter is the body, in a sentence that names no counsellor's subject, medication or every meeting. */
function healthEducation(m: Match): boolean {
  if (!/\beducation$/i.test(m.text) || /psycho/i.test(m.text)) return false;
  const after = textAfter(m);
  if (PROGRAMME_AFTER.test(after)) return false;
  if (!BODY_EDUCATION.test(`${textBefore(m).slice(-40)}${m.text}`) && !EDUCATION_ON_BODY.test(after)) return false;
  const sentence = m.sentence.text;
  return !COUNSELLING_SUBJECT.test(sentence) && !MEDICATION.test(sentence) && !EVERY_MEETING.test(sentence);
}

// Practising the skills of the pastime or devotion the group itself meets for is doing it together, no course: on the page of a
// "Sitting Circle", "we chat about and practise the skills of silent sitting"; of a "Centering Prayer Group", "we meet to discuss and
// practise the skills of centering prayer". (Not where the page names no group of that practice, nor skills a counsellor teaches,
// "the skills of emotion regulation", nor mindfulness, DBT's own module; nor the practice taught as a way to cope: "practise the skills
// of meditation to manage anxiety".)
const PASTIME = String.raw`(?:meditation|sitting|prayer|contemplation|yoga|tai\s+chi|qi\s*gong|chanting|knitting|crochet|quilting|sewing|painting|drawing|photography|gardening|cooking|baking|singing|drumming|dance|dancing|calligraphy)`;
const PRACTISED_SKILLS = /\bpracti[cs]e\s+(?:(?:the|their|new)\s+)?skills$/i;
const OF_THE_PASTIME = new RegExp(
  String.raw`^\s+(?:of|in)\s+(?:(?:silent|sitting|walking|group|seated|centering|centring|contemplative|quiet)\s+)?(${PASTIME})\b`,
  'i',
);
const PASTIME_GROUP = new RegExp(String.raw`\b${PASTIME}\s+(?:groups?|circles?|clubs?|fellowships?|gatherings?)\b`, 'gi');
const TO_COPE =
  /\b(?:to|for|in)\s+(?:help(?:ing)?\s+(?:(?:you|members|us|them|people)\s+)?)?(?:manag(?:e|ing)|cop(?:e|ing)|handl(?:e|ing)|deal(?:ing)?\s+with|reduc(?:e|ing)|eas(?:e|ing)|reliev(?:e|ing)|overcom(?:e|ing)|regulat(?:e|ing)|control(?:ling)?)\b/i;
/** "Practise the skills of <a pastime>" on the page of a group of that pastime, said with no difficulty it is to help with. */
function skillsOfThePastime(m: Match, model: DocumentModel): boolean {
  if (!PRACTISED_SKILLS.test(m.text)) return false;
  const pastime = OF_THE_PASTIME.exec(textAfter(m))?.[1];
  if (pastime === undefined || TO_COPE.test(m.sentence.text)) return false;
  const same = (text: string) =>
    text
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .startsWith(`${pastime.toLowerCase().replace(/\s+/g, ' ')} `);
  return model.find(PASTIME_GROUP).some((g) => g.stance === 'affirmed' && same(g.text));
}

// A lead line that ends with the members and "will:" ("Participants will:", "In this group, members will:") carries its subject into
// the items of the list below it: "Learn tools for coping with stress" there reads as "participants will learn tools for coping with
// stress" does (see TEACHING). (Only "will:": "What to bring:" or "Members:" gives its items no verb.)
// (Also with "can", "may", "get to" or "are able to": "a safe space where participants can:".)
const LEAD_VERB = String.raw`(?:also\s+)?(?:will|can|may|get\s+to|are\s+able\s+to)\s*:[\W_]*$`;
const LEAD_SUBJECT = new RegExp(
  String.raw`\b(?:members|participants|attendees|you|we|they|parents|caregivers|carers|families|patients|survivors)\s+${LEAD_VERB}`,
  'gi',
);
const LEAD_VERB_AT_END = new RegExp(String.raw`\s+${LEAD_VERB}`, 'i');
/** The most items of one list read with their lead (a long list is not a programme's aims). */
const CARRIED_ITEMS = 20;
/** How many paragraphs from blocks[from] read as a list's items typed as paragraphs: one short line each, none a lead of its own. */
function pastedItems(blocks: readonly ProseBlock[], from: number): number {
  let n = 0;
  for (let j = from; j < blocks.length && n < CARRIED_ITEMS; j++, n++) {
    const b = blocks[j];
    if (
      b.type !== 'paragraph' ||
      b.listStart !== undefined ||
      b.sentences.length !== 1 ||
      b.text.length > 200 ||
      b.text.trim().includes('\n') ||
      /:[\W_]*$/.test(b.text)
    )
      break;
  }
  return n;
}
/**
 * Teaching said by a list item with the subject of its lead (see LEAD_SUBJECT): only matches that need the lead's words, as a
 * match in the item alone is found already. A match covers the item's words from its start.
 */
function carriedTeaching(model: DocumentModel): Match[] {
  const out: Match[] = [];
  for (const lead of model.find(LEAD_SUBJECT)) {
    if (lead.stance !== 'affirmed') continue;
    const at = model.blocks.indexOf(lead.block);
    const list = model.blocks[at + 1]?.listStart;
    // A list pasted from a web page comes as short paragraphs of a line each, one per item, after the lead (at least two of them).
    const pasted = list === undefined ? pastedItems(model.blocks, at + 1) : 0;
    if (list === undefined ? pasted < 2 : list < lead.block.end) continue;
    // (The subject with "will", whatever the lead's verb: the items read as what the members do there.)
    const prefix = `${lead.text.replace(LEAD_VERB_AT_END, '')} will `;
    for (let j = at + 1, items = 0; j < model.blocks.length && items < CARRIED_ITEMS; j++) {
      const b = model.blocks[j];
      if (list === undefined) {
        if (j >= at + 1 + pasted) break;
      } else {
        if (b.listStart === undefined || b.listStart < list) break;
        // (Items of a list nested in it have a lead of their own.)
        if (b.listStart !== list) continue;
      }
      if (!b.sentences.length) continue;
      items++;
      const s = b.sentences[0];
      const words = prefix + fold(s.text);
      // The first match past the lead's words alone (matchAll leaves the shared pattern's lastIndex as it was).
      let t: RegExpMatchArray | undefined;
      for (const m of words.matchAll(TEACHING))
        if ((m.index ?? 0) + m[0].length > prefix.length) {
          t = m;
          break;
        }
      const from = t?.index ?? prefix.length;
      if (!t || from >= prefix.length) continue;
      const end = from + t[0].length - prefix.length;
      out.push({
        start: sourceAt(b, s.from),
        end: sourceAt(b, s.from + end - 1) + 1,
        text: words.slice(prefix.length, prefix.length + end),
        index: s.from,
        block: b,
        sentence: s,
        stance: stanceOf(words, from, from + t[0].length),
        groups: t.slice(1),
      });
    }
  }
  return out;
}

/**
 * The tests of a match that read only the match and its own block (its stance, its words, its sentence and the sentences beside
 * it), not the rest of the document.
 */
function readsAsActivityHere(m: Match): boolean {
  return (
    m.stance === 'affirmed' &&
    !saidOfTherapy(m) &&
    !memberChosenTalk(m) &&
    // (Nor weekly topics or themes the members pick: "weekly themes chosen by the members".)
    !(SET_BY_THE_WEEK.test(m.text) && memberChosen(m)) &&
    !guestEducation(m) &&
    !materialsOnAnotherSubject(m) &&
    !educationByTheBody(m) &&
    !healthEducation(m)
  );
}
/**
 * readsAsActivityHere, once per match (see oncePer): a block an edit did not touch keeps its match objects, and with them its block,
 * sentences and stance, so the answer cannot change while the match lives (a long page re-read hundreds of matches on every
 * keystroke). A match the model builds afresh (a changed block, or a denying lead's change) is a new key.
 */
const readsAsActivity = oncePer(readsAsActivityHere);

/** The message for a match's words, the same words giving the same string (built once per page's worth of them). */
const messages = new Map<string, string>();
function messageFor(text: string): string {
  let message = messages.get(text);
  if (message === undefined) {
    if (messages.size >= 512) messages.clear();
    message =
      `${quote(text)} is a clinical activity. ` + 'Support groups share and encourage; worksheets, homework and psychoeducation belong to group therapy.';
    messages.set(text, message);
  }
  return message;
}

export default defineRule(
  {
    id: 'support-no-clinical-activities',
    kind: 'support',
    defaultSeverity: 'warning',
    description: 'A support group has no clinical activities: no worksheets, homework, assignments or psychoeducation.',
    // Removing what happens in the group changes what the flyer says: a suggestion, never a fix.
    fixable: false,
    hasSuggestions: true,
  },
  (ctx) => {
    const { model } = ctx;
    const hits = [
      ...model.find(ACTIVITY),
      ...model.find(TEACHING),
      ...carriedTeaching(model),
      ...model.find(SET_TOPIC).filter((m) => !memberChosen(m)),
      ...(ctx.extra ? model.find(ctx.extra) : []),
    ].filter((m) => readsAsActivity(m) && !skillsOfThePastime(m, model) && splitFromItsArticle(m, model.blocks));
    for (const m of onePerSentence(hits.sort((a, b) => a.start - b.start))) {
      // A list item can go as a whole; a sentence of a paragraph (or of a longer item) on its own.
      const block = m.sentence.block;
      const item = block.item?.only ? suggestion('Remove this list item', listItemRemoval(model, block)) : [];
      // (A line that leads into a list, "Topics covered in our support groups:", is not removed on its own: its list would be left.)
      const leadsIntoList = /:\W*$/.test(m.sentence.text) && model.blocks[model.blocks.indexOf(block) + 1]?.listStart !== undefined;
      const sentence = (!item.length || block.sentences.length > 1) && !leadsIntoList ? suggestion('Remove this sentence', removalOf(model, m.sentence)) : [];
      ctx.report({
        start: m.start,
        end: m.end,
        message: messageFor(m.text),
        suggestions: [...sentence, ...item],
      });
    }
  },
);
