import { anyOf } from '../engine/patterns';
import { defineRule } from '../engine/rule';
import { onePerSentence, quote, saidOfTherapy } from './shared';
import { textAfter, textBefore, type Match } from '../engine/document';

const RECORDS = anyOf([
  // In Spanish: notes or a file kept on each member ("tomamos notas", "se guardan en su expediente").
  String.raw`\b(?:tomamos|guardamos|llevamos|se\s+toman|se\s+guardan)\s+(?:[a-záéíóúñü]+\s+){0,2}?(?:notas|registros|expedientes?)(?![a-záéíóúñü])|\ben\s+su\s+expediente(?![a-záéíóúñü])`,
  String.raw`\b(?:keep|keeps|kept|make|makes|jot|jots|write|writes)\s+(?:a\s+|an?\s+)?(?:(?!(?:no|not|never|any)\b)\w+\s+){0,3}?notes?\s+(?:on|about|of|for)\s+(?:how\s+)?(?:each|every|all|your` +
    String.raw`|members|participants|attendees|what)\b`,
  // Each member's scores or moods logged: "logs each member's check-in score in a tracking spreadsheet".
  String.raw`\b(?:logs?|logged|records?|recorded|tracks?|tracked|enters?|entered|charts?|charted)\s+(?:each|every|all|your)\s+(?:member|person|participant|attendee)(?:['’]s|s['’]?)?\s+` +
    String.raw`(?:[\w-]+\s+){0,2}?(?:scores?|ratings?|answers?|progress|mood|check-ins?)\b`,
  // A note put in each member's file: "adds a short note to each member's file at the centre".
  String.raw`\b(?:adds?|added|adding|puts?|putting|writes?|wrote|writing|makes?|made)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:note|record|entry|comment)s?\s+(?:to|in|on|into)\s+` +
    String.raw`(?:each|every|your|all)\s+(?:(?:member|person|participant|attendee|parent|carer)(?:['’]s|s['’])\s+)?(?:files?|records?|notes|charts?)\b`,
  // Added to a member's clinical file: "a short contact record that is added to your hospital notes".
  String.raw`\b(?:added\s+to|kept\s+in|filed\s+in|goes\s+(?:in|into)|put\s+(?:in|on))\s+your\s+(?:[\w-]+\s+)?(?:notes|records?|file|chart)\b`,
  // Kept on a system: "which is kept on our bereavement database", "logged in a tracking spreadsheet".
  String.raw`\b(?:kept|stored|logged|recorded|entered)\s+(?:on|in)\s+(?:our|a|the)\s+(?:[\w-]+\s+){0,2}?(?:database|system|spreadsheet|register)\b`,
  String.raw`\b(?:keep|keeps|kept|keeping|take|takes|taken|taking|write|writes|written|writing|maintain|maintains|maintained|store|stores|stored|log|logs` +
    // (Not "we keep no notes, no sign-in sheet": a denial inside the phrase.)
    String.raw`|logged)\s+(?:(?!(?:no|not|never|any)\b)\w+\s+){0,3}?(?:notes|records|charts?|documentation|files)\b`,
  String.raw`\b(?:notes|records|charts?|documentation|files)\s+(?:\w+\s+){0,3}?(?:are|is|will\s+be|get|gets|may\s+be)\s+(?:kept|taken|maintained|stored` +
    String.raw`|written|recorded|documented|logged|filed)\b`,
  // A note or record of who came and how they were: "keeps a short note after each café of who came", "write up a short record of who
  // attended and any worries".
  String.raw`\b(?:keep|keeps|kept|keeping|write|writes|wrote|written|writing|make|makes|made|take|takes|took)\s+(?:up\s+)?(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?` +
    String.raw`(?:note|record|log|list)\s+(?:(?:after|at|from)\s+(?:each|every)\s+\S+\s+)?of\s+(?:who|what\s+(?:each|every)|everyone|each\s+(?:member|person|parent|carer)|all\s+(?:members|attendees)|attendance|attendees)\b`,
  // One record kept by the group or its host: "We keep a confidential record of the messages you send us".
  // (Or its staff, moderators or volunteers: "Staff keep a record of every message members post".)
  String.raw`\b(?:we|the\s+group|(?:the\s+|our\s+)?(?:facilitators?|staff|moderators?|volunteers?|administrators?|admins?)|the\s+(?:charity|organi[sz]ation|team|centre|center|host))\s+(?:will\s+|may\s+)?(?:keep|keeps|maintain|maintains|hold|holds)\s+` +
    String.raw`a\s+(?:[\w-]+\s+){0,2}?record\s+of\b`,
  // One file per member: "our secretary keeps a member file for each person", "we open a record on every new member".
  String.raw`\b(?:keep|keeps|kept|keeping|maintain|maintains|open|opens|write|writes|wrote)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:file|record|chart|dossier)\s+(?:for|on|about)\s+` +
    String.raw`(?:each|every|all|your|members?|participants?|attendees?|new\s+members?)\b`,
  String.raw`\b(?:progress|session|clinical|case|treatment|group)\s+notes\b`,
  String.raw`\bcharting\b`,
  String.raw`\b(?:your|their|a|the|each\s+member's|members')\s+(?:\w+\s+)?charts?\b`,
  String.raw`\bdocument(?:s|ed)?\s+what\b`,
  String.raw`\b(?:document|record)s?\s+(?:your|each\s+member's|members'|participants')\s+(?:progress|participation|attendance|sharing)\b`,
  String.raw`\b(?:attendance|participation|progress)\s+(?:is\s+|will\s+be\s+)?(?:recorded|documented|tracked|charted)\b`,
  String.raw`\bsessions?\s+(?:are|will\s+be|may\s+be)\s+(?:audio\s+|video\s+)?recorded\b`,
]);
// Record keeping in other words: attendance taken, notes in a file, contact details kept for
// follow-up, intake forms with clinical questions.
const RECORDS_OTHERWISE = anyOf([
  String.raw`\b(?:take|takes|taking|keep|keeps|record|records|track|tracks)\s+attendance\b`,
  String.raw`\battendance\s+(?:is|will\s+be)\s+(?:taken|recorded|kept|tracked)\b`,
  String.raw`\b(?:kept|placed|stored|filed)\s+in\s+(?:your|a|the|our)\s+(?:client\s+)?(?:file|chart|record)s?\b`,
  String.raw`\b(?:collect|collects|record|records|keep|keeps|take|takes)\s+(?:your\s+|members'?\s+)?contact\s+(?:details|information|info)\s+(?:for` +
    String.raw`|to)\s+(?:follow[-\s]?up|follow\s+up)\b`,
  // (A written intake; an intake talk, "a short intake interview with one of the facilitators", is a conversation before joining,
  // and a record only where its answers are written down or kept.)
  String.raw`\bintake\s+(?:form|questionnaire|assessment|screening)s?\b`,
  String.raw`\bintake\s+(?:interview|conversation|chat|call)s?\b(?=[^.;!?]{0,100}?\b(?:written\s+down|noted|recorded|kept|filed|on\s+file|stored|documented)\b)`,
  // A sign-in sheet kept for every meeting is attendance taken; a record of what was discussed is a session note.
  String.raw`\b(?:keep|keeps|kept|keeping|maintain|maintains|file|files)\s+(?:a\s+|the\s+)?sign[-\s]?in\s+(?:sheets?|logs?|books?)\b`,
  String.raw`\brecords?\s+(?:the\s+)?(?:topics?(?:\(s\))?|content|subjects?)\s+(?:of\s+(?:the\s+|each\s+)?)?(?:discussion|meeting|session)s?\b`,
  String.raw`\battendance\s*[|:]?\s*(?:is\s+|will\s+be\s+)?(?:taken|recorded|kept|tracked|logged)\b`,
  String.raw`\bcollect\s+(?:your\s+)?(?:name|contact|phone|e-?mail|details|information)[^.;!?]{0,80}?\bfollow\s+up\b`,
  String.raw`\b(?:on|in)\s+(?:our|your)\s+records?\b`,
  // An attendance sheet or register that carries members' phone numbers or addresses: "an attendance sheet goes round: everyone signs
  // it and adds a phone number", "please sign the register with your contact details". (Names alone on a sheet, or a list of taxi
  // firms passed round, keep nothing on members to reach them by.)
  String.raw`\b(?:attendance|sign[-\s]?in)\s+(?:sheets?|lists?|registers?|records?|books?|logs?)\b(?=[^.;!?]{0,100}?\b(?<!(?:\b(?:no|not|never|without|nor)|n['’]t)\s+(?:[\w'’-]+\s+){0,2})(?:(?:tele)?phone\s+numbers?|(?:mobile|contact)\s+numbers?` +
    String.raw`|contact\s+(?:details|information|info)|(?:e-?mail|home|postal)\s+address(?:es)?)\b)`,
  String.raw`\b(?:(?:tele)?phone\s+numbers?|(?:mobile|contact)\s+numbers?|contact\s+(?:details|information|info)|(?:e-?mail|home|postal)\s+address(?:es)?)\b[^.;!?]{0,60}?\b(?:on|in|to)\s+` +
    String.raw`(?:the|an?|our)\s+(?:attendance|sign[-\s]?in)\s+(?:sheets?|lists?|registers?|records?|books?|logs?)\b`,
  // "New members will be asked to provide contact information … so that we can follow up".
  String.raw`\b(?:provide|give|leave|collect|ask\s+for|asked\s+for|request|record|keep|take)s?\s+(?:\w+\s+){0,2}?contact\s+(?:details|information|info)\b` +
    String.raw`[^.;!?]{0,100}?\bfollow[-\s]?up\b`,
]);
// A chart that is a diagram made for readers, not a record kept on members: one known by its name ("The Kestrel chart is worth a
// look"), praised or of a diagram's sort ("a striking chart", "a flip chart"), one that shows or lists something ("a chart of the
// twenty worries", "a chart showing…"), or one someone published or drew. (Never one kept on members: "a chart for each member", "a
// chart of each member's mood"; nor "your chart" or "members' charts", which the pattern's other determiners find.)
const CHART_ALONE = /^(?:a|the)\s+(?:([\w'’-]+)\s+)?charts?$/i;
const DIAGRAM_WORD = /^(?:striking|useful|helpful|handy|simple|clear|colou?rful|printable|downloadable|flip|pie|bar|wall)$/i;
const DIAGRAM_AFTER = /^\s+(?:of|showing|shows|that\s+(?:shows|lists)|which\s+(?:shows|lists)|listing|lists|setting\s+out|sets\s+out)\b/i;
const DIAGRAM_MADE = /\b(?:published|produced|made|drew|designed|printed|created|compiled|shared|posted|released|put\s+together)\s+$/i;
const ON_MEMBERS = /^[^.;!?]{0,40}?(?:\b(?:for|of|on|about|by)\s+(?:each|every|all|your|their)\b|\b(?:members?|participants?|attendees?)['’])/i;
function diagramChart(m: Match): boolean {
  const chart = CHART_ALONE.exec(m.text.replace(/\s+/g, ' '));
  if (!chart) return false;
  const after = textAfter(m);
  if (ON_MEMBERS.test(after)) return false;
  const word = chart[1];
  return (word !== undefined && (/^\p{Lu}/u.test(word) || DIAGRAM_WORD.test(word))) || DIAGRAM_AFTER.test(after) || DIAGRAM_MADE.test(textBefore(m).slice(-40));
}
// Members writing things down for themselves is not record keeping.
const BY_MEMBERS = /\b(?:you|members|participants|attendees|everyone)\b[^.;!?]{0,20}$|\bfeel\s+free\b|\bwelcome\s+to\b|\bbring\b|\bjournal/i;

export default defineRule(
  {
    id: 'support-no-records',
    kind: 'support',
    defaultSeverity: 'warning',
    description: 'A support group keeps no notes, records or charts about its members.',
    fixable: false,
    hasSuggestions: false,
  },
  (ctx) => {
    const { model } = ctx;
    const records = model.find(RECORDS).filter((m) => !diagramChart(m));
    const hits = [...records, ...model.find(RECORDS_OTHERWISE), ...(ctx.extra ? model.find(ctx.extra) : [])].filter((m) => {
      if (m.stance !== 'affirmed' || saidOfTherapy(m)) return false;
      const before = textBefore(m);
      return !BY_MEMBERS.test(before) && !/\bfeel\s+free\b|\bwelcome\s+to\b/i.test(m.sentence.text);
    });
    for (const m of onePerSentence(hits.sort((a, b) => a.start - b.start))) {
      ctx.report({
        start: m.start,
        end: m.end,
        message: `${quote(m.text)} says records are kept about members. Support groups keep no notes or charts; only a mandated-reporter duty applies.`,
      });
    }
  },
);
