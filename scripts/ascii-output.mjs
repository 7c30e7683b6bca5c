// A bundle's text in ASCII only, with every value it computes unchanged. esbuild escapes
// non-ASCII characters in strings but leaves them in regular-expression literals and template
// literals (the engine's String.raw word lists in other languages), and one such character makes
// V8 keep the whole bundle's source (held for lazy compilation) as a two-byte string: 4.6 MB for
// dist/server.js instead of 2.4 MB, about 3 MB of the server's RSS.
//
// The bundle is parsed with acorn (the parser drives its tokenizer, so a `/` is a regular
// expression or a division exactly as JavaScript reads it), and only two kinds of token change:
// - A template's text: each run of non-ASCII characters becomes a substitution of a string
//   holding them, `${"\u00E9"}` for `é`. An untagged template's value and String.raw's value are
//   both the same (String.raw inserts a substitution's value as it is). A template with any
//   other tag would see different strings, so it fails the build, as does a non-ASCII character
//   right after a backslash (its cooked and raw values differ).
// - A regular-expression literal: it becomes `(new RegExp("<its source, escaped>", "<flags>"))`,
//   whose source and flags are the literal's own (the engine's stored prefilters are keyed on a
//   hash of both). The build fails if the bundle binds the name RegExp anywhere.
// In a comment (esbuild keeps some inside expressions) each such character is written as the
// text \uXXXX. Anything non-ASCII left elsewhere (a string, a name) fails the build.
// Columns in the source map are off by the added length on the lines that change.
import * as acorn from 'acorn';
import { readFileSync, writeFileSync } from 'node:fs';

const NON_ASCII = /[^\0-\x7f]/;
const NON_ASCII_RUN = /[^\0-\x7f]+/g;

/** A JavaScript string literal of `s` in ASCII: \uXXXX for non-ASCII (each half of a surrogate pair) and control characters. */
export function asciiString(s) {
  return `"${s.replace(/[\\"]|[^\x20-\x7e]/g, (c) => (c === '\\' || c === '"' ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`))}"`;
}

/** Line and column (1-based) of an offset, and the text around it, for an error message. */
function where(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${line}:${column} (…${JSON.stringify(text.slice(Math.max(0, offset - 40), offset + 40)).slice(1, -1)}…)`;
}

/** Is this tag expression exactly `String.raw`? */
function isStringRaw(tag) {
  return (
    tag.type === 'MemberExpression' &&
    !tag.computed &&
    !tag.optional &&
    tag.object.type === 'Identifier' &&
    tag.object.name === 'String' &&
    tag.property.type === 'Identifier' &&
    tag.property.name === 'raw'
  );
}

/** The names a declaration or parameter binds (enough to see whether RegExp is ever bound). */
function boundNames(pattern, out = []) {
  if (!pattern) return out;
  if (pattern.type === 'Identifier') out.push(pattern);
  else if (pattern.type === 'AssignmentPattern') boundNames(pattern.left, out);
  else if (pattern.type === 'RestElement') boundNames(pattern.argument, out);
  else if (pattern.type === 'ArrayPattern') for (const e of pattern.elements) boundNames(e, out);
  else if (pattern.type === 'ObjectPattern') for (const p of pattern.properties) boundNames(p.type === 'RestElement' ? p : p.value, out);
  return out;
}

/** acorn's parser, keeping the nodes asciiOutput needs as it finishes them (faster than walking the tree after). */
class Collector extends acorn.Parser {
  templates = [];
  /** Each tagged template's tag. */
  tags = new Map();
  /** The names declarations and parameters bind. */
  bindings = [];
  finishNode(node, type) {
    return this.collect(super.finishNode(node, type));
  }
  finishNodeAt(node, type, pos, loc) {
    return this.collect(super.finishNodeAt(node, type, pos, loc));
  }
  collect(node) {
    switch (node.type) {
      case 'TemplateLiteral':
        this.templates.push(node);
        break;
      case 'TaggedTemplateExpression':
        this.tags.set(node.quasi, node.tag);
        break;
      case 'VariableDeclarator':
      case 'ClassDeclaration':
      case 'ClassExpression':
        boundNames(node.id, this.bindings);
        break;
      case 'CatchClause':
        boundNames(node.param, this.bindings);
        break;
      case 'ImportSpecifier':
      case 'ImportDefaultSpecifier':
      case 'ImportNamespaceSpecifier':
        boundNames(node.local, this.bindings);
        break;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        boundNames(node.id, this.bindings);
        for (const p of node.params) boundNames(p, this.bindings);
        break;
    }
    return node;
  }
}

/**
 * `text` (a script: a CommonJS or IIFE bundle) written in ASCII only, with the same values; `text` itself when it is
 * ASCII already. Throws, saying where, when a character cannot be rewritten safely.
 */
export function asciiOutput(text, { sourceType = 'script' } = {}) {
  if (!NON_ASCII.test(text)) return text;
  const edits = [];
  // Comments (esbuild keeps those inside expressions) have no value: their characters are written as \u escapes.
  const onComment = (block, body, start, end) => {
    if (NON_ASCII.test(body))
      edits.push({
        start,
        end,
        text: text.slice(start, end).replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`),
      });
  };
  // Regular-expression literals as the tokenizer reads them, driven by the parser (a `/` is a division or starts one exactly
  // as JavaScript reads it).
  const regexps = [];
  const onToken = (token) => {
    if (token.type === acorn.tokTypes.regexp) regexps.push(token);
  };
  const found = new Collector({ ecmaVersion: 'latest', sourceType, allowHashBang: true, allowReturnOutsideFunction: true, onComment, onToken }, text);
  found.parse();
  const problems = [];
  for (const node of found.templates) {
    const tag = found.tags.get(node);
    for (const q of node.quasis) {
      const raw = text.slice(q.start, q.end);
      if (!NON_ASCII.test(raw)) continue;
      if (tag && !isStringRaw(tag)) {
        problems.push(`a template tagged ${text.slice(tag.start, tag.end)} (not String.raw) holds non-ASCII text at ${where(text, q.start)}`);
        continue;
      }
      const rewritten = raw.replace(NON_ASCII_RUN, (run, at) => {
        let slashes = 0;
        while (at - slashes - 1 >= 0 && raw[at - slashes - 1] === '\\') slashes++;
        if (slashes % 2) problems.push(`a backslash before a non-ASCII character in a template at ${where(text, q.start + at)}`);
        return `\${${asciiString(run)}}`;
      });
      // Checked as well: the text alone, in a template of its own kind, has the same value before and after.
      const value = (t) => (0, eval)(tag ? `String.raw\`${t}\`` : `\`${t}\``);
      if (value(raw) !== value(rewritten)) problems.push(`a template's text changes value at ${where(text, q.start)}`);
      edits.push({ start: q.start, end: q.end, text: rewritten });
    }
  }
  for (const node of regexps) {
    const literal = text.slice(node.start, node.end);
    if (!NON_ASCII.test(literal)) continue;
    const replacement = `(new RegExp(${asciiString(node.value.pattern)}, "${node.value.flags}"))`;
    // Checked as well: the literal and its replacement, evaluated, have the same source and flags.
    const [a, b] = [literal, replacement].map((t) => (0, eval)(t));
    if (a.source !== b.source || a.flags !== b.flags) problems.push(`a regular expression changes at ${where(text, node.start)}`);
    edits.push({ start: node.start, end: node.end, text: replacement });
  }
  for (const n of found.bindings) if (n.name === 'RegExp') problems.push(`the bundle binds the name RegExp at ${where(text, n.start)}`);
  let out = '';
  let at = 0;
  for (const e of edits.sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += text.slice(at);
  const left = NON_ASCII.exec(out);
  if (left && !problems.length) problems.push(`a non-ASCII character outside a template's text or a regular expression at ${where(out, left.index)}`);
  if (problems.length) throw new Error(`cannot write the bundle in ASCII only:\n  ${problems.slice(0, 10).join('\n  ')}`);
  return out;
}

/**
 * An esbuild plugin: the bundle esbuild wrote (outfile), rewritten by asciiOutput. An error fails the build. (Parsing the three
 * bundles that hold non-ASCII adds about a second to the build; worker threads, tried, were no faster on two CPUs.)
 */
export const asciiOutputPlugin = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd((result) => {
      const file = build.initialOptions.outfile;
      if (result.errors.length || !file || build.initialOptions.write === false) return;
      const text = readFileSync(file, 'utf8');
      try {
        const ascii = asciiOutput(text);
        if (ascii !== text) writeFileSync(file, ascii);
      } catch (e) {
        return { errors: [{ text: `${file}: ${e.message}` }] };
      }
    });
  },
};
