// Hover: on the front matter `group:` line, what the kind promises and which rules check
// it; on a rule id inside a grouplint comment, that rule's one-line description.
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { DocumentModel, parseDirectives, readFrontMatter, RULES, RULE_IDS, RULES_BY_ID, type LintResult, type ParsedDocument } from '../engine';
import { rangeOf, type Positions } from './convert';

export const KIND_SUMMARY: Record<'support' | 'therapy', { title: string; promise: string }> = {
  support: {
    title: 'Support group',
    promise:
      'Members share experiences and encourage one another; a host or facilitator keeps it welcoming. ' +
      'The flyer should say plainly that this is not therapy or a clinical service, that attending is free, ' +
      "and should not offer worksheets or homework, keep notes about members, promise treatment, or invite members to become the facilitator's clients.",
  },
  therapy: {
    title: 'Group therapy',
    promise:
      'A clinical service led by a trained, licensed therapist, who leads rather than takes part as a member. ' +
      'The flyer should say outright that this is group therapy, and tell people what they consent to: who leads it, ' +
      'what it costs and how it is paid, how long it runs, and how confidentiality and its limits work.',
  },
};

const DIRECTIVE_HELP: Record<string, string> = {
  'disable-next-line': 'Turns the named rules (or all rules) off for the next line only.',
  'disable-file': 'Turns the named rules (or all rules) off for this whole document.',
  disable: 'Turns the named rules (or all rules) off from here until a matching `grouplint-enable` comment.',
  enable: 'Turns rules switched off by `grouplint-disable` back on from here.',
};

function markdown(value: string): MarkupContent {
  return { kind: 'markdown', value };
}

export function ruleList(kind: 'support' | 'therapy', docsLink: (id: string) => string): string {
  return RULES.filter((r) => r.meta.kind === kind || r.meta.kind === 'any')
    .map((r) => `- [\`${r.meta.id}\`](${docsLink(r.meta.id)}) (${r.meta.defaultSeverity}): ${r.meta.description}`)
    .join('\n');
}

export function ruleHover(id: string, docsLink: (id: string) => string): string {
  const rule = RULES_BY_ID.get(id);
  if (!rule) {
    return (
      `grouplint has no rule \`${id}\`. ` +
      `The rule ids are listed in [the rule index](${docsLink('configuration').replace(/configuration\.md$/, 'README.md')}).`
    );
  }
  const applies = rule.meta.kind === 'any' ? 'any group document' : rule.meta.kind === 'support' ? 'support groups' : 'group therapy';
  return `**${id}** (${applies}; default: ${rule.meta.defaultSeverity})\n\n${rule.meta.description}\n\n[Documentation](${docsLink(id)})`;
}

export function hoverAt(parsed: ParsedDocument, positions: Positions, offset: number, docsLink: (id: string) => string): Hover | null {
  const fm = parsed.frontMatter;
  if (fm && offset >= fm.valueStart && offset <= fm.end) {
    const info = readFrontMatter(parsed, RULE_IDS);
    const key = /^group[ \t]*:/m.exec(fm.value);
    if (!key) return null;
    const keyStart = fm.valueStart + key.index;
    const lineEnd = fm.value.indexOf('\n', key.index);
    const end = fm.valueStart + (lineEnd < 0 ? fm.value.length : lineEnd);
    if (offset < keyStart || offset > end) return null;
    const value = info.group;
    let text: string;
    if (value === 'support' || value === 'therapy') {
      const k = KIND_SUMMARY[value];
      text =
        `**${k.title}** (\`group: ${value}\`)\n\n${k.promise}\n\n` +
        `Rules that check a ${value === 'support' ? 'support-group' : 'group-therapy'} document:\n\n${ruleList(value, docsLink)}`;
    } else {
      text =
        `\`group:\` declares what kind of group this document is about: \`support\` or \`therapy\`.\n\n` +
        `- \`support\`: ${KIND_SUMMARY.support.promise}\n- \`therapy\`: ${KIND_SUMMARY.therapy.promise}`;
    }
    return { contents: markdown(text), range: rangeOf(positions, keyStart, end) };
  }
  for (const d of parseDirectives(parsed.comments)) {
    if (offset < d.start || offset > d.end) continue;
    const id = d.ids.find((i) => offset >= i.start && offset <= i.end);
    if (id) return { contents: markdown(ruleHover(id.id, docsLink)), range: rangeOf(positions, id.start, id.end) };
    const keyword = parsed.text.indexOf(`grouplint-${d.type}`, d.start);
    if (keyword >= 0 && offset >= keyword && offset <= keyword + 10 + d.type.length) {
      return { contents: markdown(`**grouplint-${d.type}**\n\n${DIRECTIVE_HELP[d.type]}`), range: rangeOf(positions, keyword, keyword + 10 + d.type.length) };
    }
    return null;
  }
  return null;
}

/** On the document's title: which kind grouplint reads it as, and from which words. */
export function kindHover(parsed: ParsedDocument, positions: Positions, offset: number, lint: LintResult): Hover | null {
  const title = new DocumentModel(parsed).title;
  if (!title || offset < title.start || offset > title.end) return null;
  // A text about groups that is passed over says why, so a writer whose flyer reads as an article can declare its kind.
  if (!lint.groupMaterial) {
    if (!lint.notGroupReason) return null;
    const text =
      `grouplint does not check this as group material: ${lint.notGroupReason}. ` +
      "If it is a flyer, a handout or a group's own page, declare its kind in front matter (`group: support` or `group: therapy`).";
    return { contents: markdown(text), range: rangeOf(positions, title.start, title.end) };
  }
  let text: string;
  if (lint.kind) {
    const k = KIND_SUMMARY[lint.kind];
    const from =
      lint.kindSource === 'front-matter'
        ? 'declared in the front matter'
        : lint.kindSource === 'config'
          ? 'mapped by a `kinds` pattern in the configuration'
          : `read from the words ${lint.kindEvidence.join(', ')}${lint.groupReason ? ` (group material because ${lint.groupReason})` : ''}`;
    text =
      `grouplint reads this as **${k.title}**, ${from}.\n\n${k.promise}\n\n` +
      'Not right? Declare the kind in front matter (`group: support` or `group: therapy`).';
  } else {
    const why = lint.groupReason ? ` (because ${lint.groupReason})` : '';
    text = `grouplint reads this as group material${why} but cannot tell its kind. Declare it in front matter (\`group: support\` or \`group: therapy\`).`;
  }
  return { contents: markdown(text), range: rangeOf(positions, title.start, title.end) };
}
