import { defineRule, fixOf } from '../engine/rule';
import { distance } from '../engine/config';
import { KINDS } from '../engine/types';

export default defineRule(
  {
    id: 'kind-unknown',
    kind: 'any',
    defaultSeverity: 'error',
    description: 'The front matter `group:` value is one of the known kinds: support or therapy.',
    // A fix for a misspelt kind ("therpy"); a choice of both kinds, as suggestions, for anything else.
    fixable: true,
    hasSuggestions: true,
  },
  (ctx) => {
    const fm = ctx.frontMatter;
    if (fm.group === undefined || fm.group === 'support' || fm.group === 'therapy') return;
    const range = fm.groupRange ?? ctx.model.parsed.frontMatter ?? { start: 0, end: 0 };
    const shown =
      typeof fm.group === 'string'
        ? `"${fm.group}"`
        : Array.isArray(fm.group)
          ? 'a list'
          : fm.group === null
            ? 'empty'
            : typeof fm.group === 'object'
              ? 'a set of keys'
              : String(fm.group);
    const guess = typeof fm.group === 'string' ? nearestKind(fm.group) : undefined;
    // An empty value sits right after the colon: keep a space between them.
    const spaced = (k: string) => (range.start === range.end && ctx.model.text[range.start - 1] === ':' ? ` ${k}` : k);
    const replace = (k: string) => fixOf(`Set the kind to "${k}"`, { start: range.start, end: range.end, text: spaced(k) });
    ctx.report({
      start: range.start,
      end: range.end,
      message: `"group:" is ${shown}, which is not a kind grouplint knows. Use "support" for a support group or "therapy" for group therapy.`,
      fix: guess && fm.groupRange ? replace(guess) : undefined,
      suggestions: !guess && fm.groupRange ? KINDS.map(replace) : undefined,
    });
  },
);

/** "Support Group", "peer-support", "therpy" → the kind they plainly mean. */
function nearestKind(value: string): string | undefined {
  const v = value.toLowerCase().trim();
  const hasS = /support|peer|mutual/.test(v);
  const hasT = /therap|counsel|clinical/.test(v);
  if (hasS !== hasT) return hasS ? 'support' : 'therapy';
  const ds = distance(v, 'support');
  const dt = distance(v, 'therapy');
  if (Math.min(ds, dt) <= 2 && ds !== dt) return ds < dt ? 'support' : 'therapy';
  return undefined;
}
