import { defineRule, fixOf } from '../engine/rule';
import { belowKind, extraMatches } from './shared';
import { placeholderLine } from './placeholder';

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const COUNT = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|sixteen|eighteen|twenty|twenty-four)`;
const TIMEFRAME = new RegExp(
  String.raw`\b${COUNT}[-\s]+(?:to[-\s]+${COUNT}[-\s]+)?(?:weeks?|sessions?|months?|meetings?|classes|modules?|semanas|sesiones|semaines|séances)\b|\b\d{1,2}\s*[-–]\s*\d{1,2}\s+(?:weeks|sessions|months)\b|\[[^\]\n]{1,20}\][-\s]+(?:weeks?|sessions?|months?)\b|\bongoing\b|\bopen[-\s]ended\b|\brolling\s+(?:admission|enrollment|basis|entry)\b|\bcontinuous\s+enrollment\b|\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:spring|summer|fall|autumn|winter)\s+(?:\d{4}|session|semester|term|cohort|series)\b|\b(?:semesters?|cohort|term)\b|\b(?:quarters?|semesters?)\b|\btime[-\s]limited\b|\bwithout\s+committing\s+to\s+a\s+(?:certain|set|fixed)\s+number\s+of\s+sessions\b|\bno\s+(?:set|fixed)\s+number\s+of\s+sessions\b|\bwhenever\s+(?:they|you)\s+(?:please|like|want|wish)\b|\bdrop[-\s]in\b|\b\d{1,3}\s+(?:to\s+\d{1,3}\s+)?hours\s+of\s+(?:group|treatment|sessions?)\b|\bno\s+session\s+limit\b|\b(?:do|does)\s+not\s+have\s+a\s+session\s+limit\b|\b(?:six|eight|ten|twelve|\d{1,2})[-\s](?:consecutive\s+)?weeks?\s+commitment\b|\b(?:starts?|starting|begins?|beginning|runs?|running|through|until|ends?|ending)\s+(?:on\s+|in\s+)?${MONTH}\b`,
  'gi',
);

export default defineRule(
  {
    id: 'therapy-timeframe',
    kind: 'therapy',
    defaultSeverity: 'information',
    description: 'A group-therapy flyer gives its time frame: weeks, dates, a number of sessions, or ongoing.',
    // A line with blanks to fill states facts only the practice knows: a suggestion (a snippet in the editor).
    fixable: false,
    hasSuggestions: true,
  },
  (ctx) => {
    const { model } = ctx;
    if (model.find(TIMEFRAME).some((m) => m.stance !== 'question') || extraMatches(ctx).length) return;
    ctx.report({
      ...ctx.titleRange(),
      message: 'The flyer gives no time frame. Say how many weeks or sessions it runs, the dates, or that it is ongoing.',
      suggestions: [fixOf('Insert a time-frame line to fill in', placeholderLine(model, ['Runs for ', 'number', ' weeks, from ', 'start date', ' to ', 'end date', '.'], belowKind(ctx)))],
    });
  },
);
