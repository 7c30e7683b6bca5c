// Test helper: a strict parser for VS Code snippet bodies, and an expander that
// fills every placeholder with its default (a choice with its first option),
// which is what a user gets by tabbing through without typing.
//
// VS Code itself is lenient and inserts malformed `${...` as literal text; this
// parser throws instead, so that a typo in a snippet shows up in the tests.

export type SnippetNode =
  | { type: 'text'; value: string }
  | { type: 'tabstop'; index: number; children?: SnippetNode[]; choices?: string[] }
  | { type: 'variable'; name: string; children?: SnippetNode[] };

export class SnippetSyntaxError extends Error {}

export function parseSnippet(body: string): SnippetNode[] {
  let pos = 0;

  const fail = (msg: string): never => {
    throw new SnippetSyntaxError(`${msg} at offset ${pos} in ${JSON.stringify(body)}`);
  };

  // Text up to the next `$` or (inside a placeholder) the closing `}`.
  function parseText(inside: boolean): string {
    let out = '';
    while (pos < body.length) {
      const c = body[pos];
      if (c === '\\' && pos + 1 < body.length && '$}\\'.includes(body[pos + 1])) {
        out += body[pos + 1];
        pos += 2;
      } else if (c === '$') {
        break;
      } else if (c === '}') {
        if (inside) break;
        fail("unbalanced '}'");
      } else {
        out += c;
        pos++;
      }
    }
    return out;
  }

  function parseChoice(): string[] {
    const choices: string[] = [];
    let cur = '';
    for (;;) {
      if (pos >= body.length) fail('unterminated choice');
      const c = body[pos];
      if (c === '\\' && pos + 1 < body.length && ',|\\$}'.includes(body[pos + 1])) {
        cur += body[pos + 1];
        pos += 2;
      } else if (c === ',') {
        choices.push(cur);
        cur = '';
        pos++;
      } else if (c === '|') {
        choices.push(cur);
        pos++;
        if (body[pos] !== '}') fail("expected '}' after the choice list");
        pos++;
        return choices;
      } else {
        cur += c;
        pos++;
      }
    }
  }

  function parseDollar(): SnippetNode {
    pos++; // '$'
    if (body[pos] !== '{') {
      const m = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(body.slice(pos));
      if (!m) fail("'$' must start a tab stop or variable (write '\\$' for a literal dollar)");
      pos += m![0].length;
      return /^\d/.test(m![0]) ? { type: 'tabstop', index: Number(m![0]) } : { type: 'variable', name: m![0] };
    }
    pos++; // '{'
    const m = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(body.slice(pos));
    if (!m) fail("'${' must be followed by a tab stop number or variable name");
    pos += m![0].length;
    const isTabstop = /^\d/.test(m![0]);
    const c = body[pos];
    if (c === '}') {
      pos++;
      return isTabstop ? { type: 'tabstop', index: Number(m![0]) } : { type: 'variable', name: m![0] };
    }
    if (c === ':') {
      pos++;
      const children = parseSequence(true);
      if (body[pos] !== '}') fail("unterminated '${'");
      pos++;
      return isTabstop ? { type: 'tabstop', index: Number(m![0]), children } : { type: 'variable', name: m![0], children };
    }
    if (c === '|' && isTabstop) {
      pos++;
      const choices = parseChoice();
      if (choices.some((x) => x === '')) fail('empty choice');
      return { type: 'tabstop', index: Number(m![0]), choices };
    }
    return fail("unterminated or malformed '${'");
  }

  function parseSequence(inside: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    while (pos < body.length) {
      if (body[pos] === '$') nodes.push(parseDollar());
      else if (body[pos] === '}') {
        if (inside) break;
        fail("unbalanced '}'");
      } else {
        const value = parseText(inside);
        if (value) nodes.push({ type: 'text', value });
      }
    }
    return nodes;
  }

  const nodes = parseSequence(false);
  if (pos !== body.length) fail('trailing input');
  return nodes;
}

/** Every tab stop node, nested ones included, in document order. */
export function tabstops(nodes: SnippetNode[]): Array<Extract<SnippetNode, { type: 'tabstop' }>> {
  const out: Array<Extract<SnippetNode, { type: 'tabstop' }>> = [];
  const walk = (ns: SnippetNode[]) => {
    for (const n of ns) {
      if (n.type === 'tabstop') out.push(n);
      if (n.type !== 'text' && n.children) walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

/** The inserted text when every placeholder keeps its default and every choice its first option. */
export function expandSnippet(nodes: SnippetNode[]): string {
  // A bare `$n` / `${n}` mirrors the placeholder with the same number.
  const defaults = new Map<number, SnippetNode>();
  for (const t of tabstops(nodes)) if ((t.children || t.choices) && !defaults.has(t.index)) defaults.set(t.index, t);
  const expand = (ns: SnippetNode[]): string =>
    ns
      .map((n) => {
        if (n.type === 'text') return n.value;
        if (n.type === 'variable') return n.children ? expand(n.children) : '';
        const def = n.children || n.choices ? n : defaults.get(n.index);
        if (!def || def.type !== 'tabstop') return '';
        return def.choices ? def.choices[0] : expand(def.children ?? []);
      })
      .join('');
  return expand(nodes);
}
