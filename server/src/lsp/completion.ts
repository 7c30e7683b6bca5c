// Completion: `group:` values in front matter, rule ids (and directive names) inside
// grouplint comments, and the statements in the practice's own wording from settings.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver';
import { DEFAULT_WORDING, RULES, type Wording } from '../engine';
import { KIND_SUMMARY, ruleHover } from './hover';

export interface CompletionInput {
  /** The text of the line up to the cursor. */
  linePrefix: string;
  line: number;
  character: number;
  /** Is the cursor inside the front matter? */
  inFrontMatter: boolean;
  /** Does the front matter already have a `group:` line? */
  hasGroupKey: boolean;
  wording: Wording;
  /** The client already has static snippets with the default wording (the VS Code extension). */
  staticSnippets: boolean;
  /** The client takes snippet syntax in completion items. */
  snippetSupport: boolean;
  docsLink(id: string): string;
}

const DIRECTIVES = ['disable-next-line', 'disable-file', 'disable', 'enable'] as const;

const STATEMENTS: Array<{ key: keyof Wording; label: string; what: string }> = [
  { key: 'disclaimer', label: 'gl-disclaimer', what: 'Support-group disclaimer (not therapy)' },
  { key: 'therapyStatement', label: 'gl-therapy-statement', what: 'Group-therapy statement' },
  { key: 'free', label: 'gl-free', what: 'Free / donation line' },
  { key: 'referral', label: 'gl-referral', what: 'Referral line' },
  { key: 'confidentiality', label: 'gl-confidentiality', what: 'Confidentiality statement' },
];

/** Escape text for a snippet body. */
function snippetText(s: string): string {
  return s.replace(/[\\$}]/g, '\\$&');
}

export function completionsAt(input: CompletionInput): CompletionItem[] {
  const { linePrefix, line, character } = input;
  const range = (from: number): Range => ({ start: { line, character: from }, end: { line, character } });

  if (input.inFrontMatter) {
    const value = /^group[ \t]*:[ \t]*([\w-]*)$/.exec(linePrefix);
    if (value) {
      const from = character - value[1].length;
      return (['support', 'therapy'] as const).map((k, i) => ({
        label: k,
        kind: CompletionItemKind.EnumMember,
        detail: KIND_SUMMARY[k].title,
        documentation: { kind: 'markdown', value: KIND_SUMMARY[k].promise },
        sortText: String(i),
        textEdit: { range: range(from), newText: k },
      }));
    }
    const key = /^([a-z]*)$/.exec(linePrefix);
    if (key && !input.hasGroupKey) {
      return (['support', 'therapy'] as const).map((k, i) => ({
        label: `group: ${k}`,
        kind: CompletionItemKind.Property,
        detail: `Declare this document ${k === 'support' ? 'a support group' : 'group therapy'}`,
        documentation: { kind: 'markdown', value: KIND_SUMMARY[k].promise },
        filterText: `group: ${k}`,
        sortText: String(i),
        textEdit: { range: range(0), newText: `group: ${k}` },
      }));
    }
    return [];
  }

  const ids = /<!--[ \t]*grouplint-(disable-next-line|disable-file|disable|enable)((?:[ \t,]+[\w-]+)*)[ \t,]+([\w-]*)$/.exec(linePrefix);
  if (ids) {
    const listed = new Set(ids[2].split(/[\s,]+/).filter(Boolean));
    const from = character - ids[3].length;
    return RULES.filter((r) => !listed.has(r.meta.id)).map((r) => ({
      label: r.meta.id,
      kind: CompletionItemKind.Value,
      detail: r.meta.kind === 'any' ? 'any group document' : r.meta.kind === 'support' ? 'support groups' : 'group therapy',
      documentation: { kind: 'markdown', value: ruleHover(r.meta.id, input.docsLink) },
      textEdit: { range: range(from), newText: r.meta.id },
    }));
  }

  const directive = /<!--[ \t]*(g[\w-]*)$/.exec(linePrefix);
  if (directive && ('grouplint-'.startsWith(directive[1]) || directive[1].startsWith('grouplint-'))) {
    const from = character - directive[1].length;
    return DIRECTIVES.map((d, i) => ({
      label: `grouplint-${d}`,
      kind: CompletionItemKind.Keyword,
      sortText: String(i),
      textEdit: { range: range(from), newText: `grouplint-${d} ` },
    }));
  }

  // The statements, at the start of a line, in the practice's wording, once a word is begun
  // (not on indentation or a list marker, which would pop completions up while typing).
  const word = /^([ \t]*(?:>[ \t]?)*)([A-Za-z][\w-]*)$/.exec(linePrefix);
  if (word) {
    const from = word[1].length;
    const items: CompletionItem[] = [];
    for (const s of STATEMENTS) {
      const text = input.wording[s.key];
      const custom = text !== DEFAULT_WORDING[s.key];
      if (input.staticSnippets && !custom) continue;
      items.push({
        label: s.label,
        kind: CompletionItemKind.Snippet,
        labelDetails: { description: custom ? "your practice's wording" : 'grouplint' },
        detail: s.what,
        documentation: { kind: 'markdown', value: text },
        filterText: s.label,
        insertTextFormat: input.snippetSupport ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        textEdit: { range: range(from), newText: input.snippetSupport ? `${snippetText(text)}$0` : text },
      });
    }
    return items;
  }
  return [];
}

/** Where the front matter's lines are (between the opening and closing `---`), without parsing. */
export function frontMatterSpan(text: string): { bodyStart: number; bodyEnd: number } | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = /^---[ \t]*\r?\n/.exec(text.slice(bom, bom + 8));
  if (!open) return undefined;
  const bodyStart = bom + open[0].length - 1;
  const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = bodyStart;
  const m = close.exec(text);
  return { bodyStart, bodyEnd: m ? m.index : text.length };
}
