import { defineRule, fixOf } from '../engine/rule';
import { removalOf } from '../engine/fix';
import { isOnlyAbout, onePerSentence, quote } from './shared';

const ACTIVITY = new RegExp(
  String.raw`\bworksheets?\b|\bhomework\b|\b(?:weekly\s+|home\s+|reading\s+|writing\s+|journaling\s+)?assignments?\b|\bpsycho-?education(?:al)?\b|\bworkbooks?\b|\bcurricul(?:um|a)\b|\bskills?\s+(?:training|modules?|lessons?|instruction|drills?)\b|\b(?:CBT|DBT|ACT)\s+(?:skills|exercises|techniques|tools|worksheets)\b|\b(?:coping|mindfulness|distress[-\s]tolerance|emotion[-\s]regulation)[-\s]+skills?\s+(?:training|lessons?|instruction)\b|\bbetween[-\s]sessions?\s+(?:practice|exercises?|tasks?)\b|\bhandouts?\b(?=[^.;!?]{0,50}\b(?:skills?|coping|CBT|DBT|concepts?|techniques?|exercises?|counsel(?:l)?ing|psycho)\b)`,
  'gi',
);

export default defineRule(
  {
    id: 'support-no-clinical-activities',
    kind: 'support',
    defaultSeverity: 'warning',
    description: 'A support group has no clinical activities: no worksheets, homework, assignments or psychoeducation.',
    fixable: true,
  },
  (ctx) => {
    const { model } = ctx;
    const hits = [...model.find(ACTIVITY), ...(ctx.extra ? model.find(ctx.extra) : [])].filter((m) => m.stance === 'affirmed');
    for (const m of onePerSentence(hits.sort((a, b) => a.start - b.start))) {
      const edit = isOnlyAbout(m.sentence) ? removalOf(model, m.sentence) : undefined;
      ctx.report({
        start: m.start,
        end: m.end,
        message: `${quote(m.text)} is a clinical activity. Support groups share and encourage; worksheets, homework and psychoeducation belong to group therapy.`,
        fix: edit && fixOf(m.sentence.block.item?.only ? 'Remove this list item' : 'Remove this sentence', edit),
      });
    }
  },
);
