// Shared data shapes of the rule engine. Offsets are UTF-16 code-unit indexes into the
// original text (what JavaScript strings and LSP use); lines/columns exist only at the edges.

export type Kind = 'support' | 'therapy';
export const KINDS: readonly Kind[] = ['support', 'therapy'];
export type KindSource = 'front-matter' | 'config' | 'inferred';

export type Severity = 'off' | 'hint' | 'information' | 'warning' | 'error';
export const SEVERITIES: readonly Severity[] = ['off', 'hint', 'information', 'warning', 'error'];
export type ActiveSeverity = Exclude<Severity, 'off'>;

/** Replace text[start, end) with `text`. An insertion has start === end. */
export interface Edit {
  start: number;
  end: number;
  text: string;
  /** The same insertion as a snippet with tab stops, for clients that take snippets. */
  snippet?: string;
}

/** A fix is one or more edits applied together (offsets refer to the unfixed text). */
export interface Fix {
  title: string;
  edits: Edit[];
}

export interface Problem {
  rule: string;
  severity: ActiveSeverity;
  message: string;
  start: number;
  end: number;
  /**
   * Applied without a person looking: by `--fix`, "fix all" and fix on save. Only an edit
   * that states the document's own kind (or corrects a misspelt kind) is a fix: it never
   * changes a flyer's facts (see "Fixes and suggestions" in spec/RULES.md).
   */
  fix?: Fix;
  /** Offered to a person one at a time in the editor, never applied in bulk. */
  suggestions?: Fix[];
  docsUrl: string;
}

export interface RuleMeta {
  id: string;
  /** `any` rules run for both kinds (and for group material of unknown kind). */
  kind: Kind | 'any';
  defaultSeverity: ActiveSeverity;
  description: string;
  /** Reports a `fix` (applied in bulk) for some problems, like ESLint's `fixable`. */
  fixable: boolean;
  /** Reports `suggestions` (applied by a person, one at a time), like ESLint's `hasSuggestions`. */
  hasSuggestions: boolean;
}

export interface Wording {
  disclaimer: string;
  therapyStatement: string;
  free: string;
  referral: string;
  confidentiality: string;
}

export interface ResolvedConfig {
  rules: Record<string, Severity>;
  kinds: Record<string, Kind>;
  wording: Wording;
  phrases: Record<string, string[]>;
  ignore: string[];
}

/** A config as written by a person: every key optional. */
export interface PartialConfig {
  rules?: Record<string, Severity>;
  kinds?: Record<string, Kind>;
  wording?: Partial<Wording>;
  phrases?: Record<string, string[]>;
  ignore?: string[];
}

/** A fault in a config file, with the offsets of the offending value in that file. */
export interface ConfigIssue {
  message: string;
  start: number;
  end: number;
  severity: 'error' | 'warning';
}
