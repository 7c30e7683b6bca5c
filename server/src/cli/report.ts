// The run's results, as every formatter receives them.
import type { Kind, KindSource } from '../engine/light';
import type { AppliedFix, Diagnostic, DiagnosticSeverity } from './check';

export interface FileReport {
  /** Relative to the current folder, '/'-separated. */
  path: string;
  kind: Kind | null;
  kindSource: KindSource | null;
  /** Group material (a flyer, handout or group page) rather than a README or a comparison. */
  groupMaterial: boolean;
  /** Why a text that speaks of groups is not group material ("it reads as an article (…)"), when it is not. */
  notGroupReason?: string;
  /** A document, or a config file with faults. */
  type: 'document' | 'config';
  /** Not checked (binary, too large, not UTF-8, unreadable). */
  skipped?: boolean;
  /** With --fix-dry-run: what is left after the fixes (lines and columns of the fixed text). */
  diagnostics: Diagnostic[];
  /** With --fix-dry-run: the fixes that would be applied (lines and columns of the text as read). */
  fixes?: AppliedFix[];
  /** With --fix or --fix-dry-run: the findings left with suggestions (lines and columns of the text as read). */
  suggested?: Diagnostic[];
  /** With --fix-dry-run: the whole text as it would be saved, when a fix changes it. */
  output?: string;
}

export interface Report {
  files: FileReport[];
  /** The current folder, for formats that carry absolute locations (SARIF). */
  cwd: string;
  version: string;
  /** With --quiet: how many findings below error were left out of `files`. */
  hidden?: Hidden;
}

export interface Hidden {
  warning: number;
  information: number;
  hint: number;
}

export interface Counts {
  error: number;
  warning: number;
  information: number;
  hint: number;
  fixable: number;
  fixableRules: string[];
  /** Findings with suggestions only (shown in the editor, never applied by --fix). */
  suggested: number;
  suggestedRules: string[];
  /** Documents per kind: support, therapy, group material of unclear kind, not group material. */
  support: number;
  therapy: number;
  unclear: number;
  notGroup: number;
  skipped: number;
  documents: number;
}

export function countReport(files: FileReport[]): Counts {
  const c: Counts = {
    error: 0,
    warning: 0,
    information: 0,
    hint: 0,
    fixable: 0,
    fixableRules: [],
    suggested: 0,
    suggestedRules: [],
    support: 0,
    therapy: 0,
    unclear: 0,
    notGroup: 0,
    skipped: 0,
    documents: 0,
  };
  const rules = new Set<string>();
  const suggested = new Set<string>();
  // Index loops: a report of thousands of problems is counted once per run, in code not yet
  // optimised, where for-of allocates a result object per element.
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    for (let j = 0; j < f.diagnostics.length; j++) {
      const d = f.diagnostics[j];
      c[d.severity as DiagnosticSeverity]++;
      if (d.fixable) {
        c.fixable++;
        rules.add(d.rule);
      } else if (d.suggestions?.length) {
        c.suggested++;
        suggested.add(d.rule);
      }
    }
    if (f.type !== 'document') continue;
    c.documents++;
    if (f.skipped) c.skipped++;
    else if (!f.groupMaterial) c.notGroup++;
    else if (f.kind === 'support') c.support++;
    else if (f.kind === 'therapy') c.therapy++;
    else c.unclear++;
  }
  c.fixableRules = [...rules].sort();
  c.suggestedRules = [...suggested].sort();
  return c;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
