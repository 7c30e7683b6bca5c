import { anyOf } from '../engine/patterns';
import { defineRule } from '../engine/rule';
import { onePerSentence, quote } from './shared';
import type { Match } from '../engine/document';
import { textAfter } from '../engine/document';
import { LEADER_OTHER, otherLanguageOf, PLEDGE_OTHER } from '../engine/languages';

const AS_PEER = anyOf([
  String.raw`\b(?:as\s+a\s+(?:fellow\s+)?(?:member|peer|participant|group\s+member|fellow\s+traveler)|as\s+one\s+of\s+(?:you|us|the\s+(?:group|members` +
    String.raw`|participants))|(?:alongside|with)\s+(?:you|members|the\s+group)\s+as\s+(?:a\s+)?(?:peers?|members?|participants?|equals?))\b`,
  // "shares her progress alongside everyone else's".
  String.raw`\b(?:shares?|sharing)\s+(?:her|his|their)\s+(?:own\s+)?(?:progress|story|journey|struggles?|experiences?)\s+alongside\b`,
  String.raw`\b(?:share|sharing|tell|telling|open\s+up\s+about)\s+my\s+own\s+(?:[\w-]+\s+)?(?:journey|story|stories|recovery|struggles?|experiences?` +
    String.raw`|history)\b`,
  String.raw`\b(?:I|the\s+therapist|our\s+therapist|the\s+group\s+leader)\s+(?:will\s+|also\s+|fully\s+)*(?:participate|take\s+part|join\s+in)\s+(?:as|like` +
    String.raw`|alongside)\b`,
  // The leader telling the group their own story, in the third person: "the therapists share their own experiences with the group".
  String.raw`\b(?:(?:psycho)?therapists?|counsel+ors?|clinicians?|(?:group\s+)?leaders?|facilitators?|she|he)\s+(?:also\s+|will\s+|openly\s+|often\s+)*` +
    String.raw`(?:share|shares|sharing|disclose|discloses|tell|tells)\s+(?:her|his|their)\s+own\s+(?:[\w-]+\s+)?(?:experiences?|struggles?|stories|story|journey|history|recovery)\b`,
  String.raw`\bfellow\s+(?:member|participant)\b`,
  // "I check in like every other member", "I use the group to keep working on my own recovery".
  String.raw`\b(?:like|as)\s+(?:every|any)\s+other\s+(?:group\s+)?(?:member|participant)\b`,
  String.raw`\buse\s+the\s+group\s+(?:to\s+)?(?:keep\s+)?(?:working|work)\s+on\s+my\s+own\b`,
]);
const LEADER = anyOf(
  [
    // (Or the leader named before, then "she" or "he": "Priya … takes part in each course as one of the group".)
    String.raw`\b(?:I|I'll|I\s+will|I\s+am|I'm|me|my|she|he|our\s+therapists?|the\s+therapists?|the\s+counsel+ors?|the\s+(?:group\s+)?leader|your\s+(?:therapist|leader)|the\s+clinician` +
      String.raw`|Dr\.?\s+\w+|\w+\s*,\s*(?:LCSW|LPC|LMFT|PhD|PsyD|LMHC|LISW|LIMHP|LSW|LMHP))\b`,
  ],
  'i',
);

// A member's own pledge in a group agreement or consent form: "As a member of the group, I agree not to disclose …".
// The "I" there is the client signing, not the therapist.
// (Also a promise kept in other words: "As a member of this group, I will not tell anyone outside it…", "I won't repeat…".)
const MEMBER_PLEDGE =
  /\bI\s+(?:hereby\s+)?(?:agree|understand|acknowledge|consent|promise|commit|(?:will\s+not|won['’]t|shall\s+not)\s+(?:disclose|tell|share|repeat|reveal|discuss|pass\s+on))\b/i;
// "As a member" said to the reader, who is the member: "As a member you will gain insight…", "As a participant, you'll be asked…",
// "As a member of the group, please keep…". The "I" and "me" elsewhere in such a sentence are a member's own questions or the
// leader speaking of her role, not the leader joining as a peer.
// (Not the one confided in, a member "myself" besides: "As a member of the group myself, I will not share anything you tell me" is the
// leader claiming a member's place.)
const CONFIDED_IN = /\b(?:myself|(?:you|members?|they|anyone)\s+(?:tells?|says?|shares?|confides?)\s+(?:to\s+|with\s+|in\s+)?me)\b/i;
const AS_ROLE = /^as\s+(?:a|an|one\s+of)\b/i;
const TO_THE_READER_AFTER = /^\s*(?:of\s+(?:the|this|our|a|an|any)\s+(?:[\w'’-]+\s+){0,2}?(?:group|circle|programme|program)\s*)?,?\s*(?:you|your|please)\b/i;
const toTheReader = (m: Match): boolean => AS_ROLE.test(m.text) && TO_THE_READER_AFTER.test(textAfter(m).slice(0, 80));

export default defineRule(
  {
    id: 'therapy-peer-participation',
    kind: 'therapy',
    defaultSeverity: 'warning',
    description: 'In group therapy the therapist leads as a therapist and does not take part as a peer member.',
    fixable: false,
    hasSuggestions: false,
  },
  (ctx) => {
    const { model } = ctx;
    // (In another language, the leader as that language speaks of her: "partecipo anch'io", "je", "die Therapeutin".)
    const other = otherLanguageOf(model) !== undefined;
    const hits = [...model.find(AS_PEER), ...(ctx.extra ? model.find(ctx.extra) : [])].filter(
      (m) =>
        m.stance === 'affirmed' &&
        (LEADER.test(m.sentence.text) || (other && LEADER_OTHER.test(m.sentence.text))) &&
        !(MEMBER_PLEDGE.test(m.sentence.text) && !CONFIDED_IN.test(m.sentence.text)) &&
        !toTheReader(m) &&
        !(other && PLEDGE_OTHER.test(m.sentence.text)),
    );
    for (const m of onePerSentence(hits.sort((a, b) => a.start - b.start))) {
      ctx.report({
        start: m.start,
        end: m.end,
        message: `${quote(m.text)} presents the therapist as a member of the group. In group therapy the therapist leads and does not take part as a peer.`,
      });
    }
  },
);
