import { defineRule } from '../engine/rule';
import { onePerSentence, quote } from './shared';

const CLAIM = new RegExp(
  String.raw`\btreat(?:s|ing|ment\s+(?:of|for))?\s+(?:your|the|their|our|my)?\s*(?:anxiety|depression|trauma|ptsd|grief|addiction|symptoms|disorders?|conditions?|mental\s+illness|illness|eating\s+disorders?)\b|\b(?:psycho)?therapy\s+sessions?\b|\bpsychotherapy\b|\bcounsel(?:l)?ing\s+sessions?\b|\b(?:provide|offer|receive|get|give|make)s?\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?diagnos(?:is|es)\b|\bdiagnostic\s+(?:assessments?|evaluations?|services?)\b|\bdiagnose\s+(?:you|your|members|participants)\b|\bclinical\s+(?:care|treatment|services?|interventions?|assessments?)\b|\btreatment\s+plans?\b|\bevidence-based\s+(?:treatment|therapy|interventions?)\b|\btherapeutic\s+(?:interventions?|treatment)\b|\bcures?\s+(?:your\s+)?\w+|\breduce\s+(?:your\s+)?symptoms\b|\bsymptom\s+(?:reduction|relief|management)\b|\bheal(?:s|ing)?\s+(?:your\s+)?(?:trauma|depression|anxiety|ptsd|disorders?)\b|\bclinically\s+(?:proven|effective)\b|\bmental\s+health\s+treatment\b`,
  'gi',
);

export default defineRule(
  {
    id: 'support-no-therapy-claims',
    kind: 'support',
    defaultSeverity: 'information',
    description: 'A support-group flyer promises no treatment or clinical outcome.',
    fixable: false,
  },
  (ctx) => {
    const hits = [...ctx.model.find(CLAIM), ...(ctx.extra ? ctx.model.find(ctx.extra) : [])].filter(
      (m) => m.stance === 'affirmed' && !/\b(?:individual|private|own|outside|your|their|his|her|members'|regular|usual|current)\s+(?:[\w-]+\s+)?$/i.test(m.sentence.text.slice(0, m.index - m.sentence.from)),
    );
    for (const m of onePerSentence(hits.sort((a, b) => a.start - b.start))) {
      ctx.report({
        start: m.start,
        end: m.end,
        message: `${quote(m.text)} reads as a promise of treatment. A support group offers company and shared experience, not clinical care; say what members can expect instead.`,
      });
    }
  },
);
