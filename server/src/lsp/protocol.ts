// grouplint's own requests on top of LSP, shared by the server and the extension.
import { NotificationType, RequestType, type Range, type TextEdit } from 'vscode-languageserver-protocol';

export type KindName = 'support' | 'therapy';

export interface DocumentInfoParams {
  textDocument: { uri: string };
}

export interface DocumentInfo {
  /** Why nothing was checked, when nothing was. */
  state: 'checked' | 'disabled' | 'ignored' | 'too-large' | 'unknown';
  kind: KindName | null;
  /** Where the kind came from: 'front-matter', 'config' or 'inferred'. */
  kindSource: 'front-matter' | 'config' | 'inferred' | null;
  /** The words the kind rests on (quoted phrases when inferred), for the status bar's tooltip. */
  kindEvidence?: string[];
  groupMaterial: boolean;
  comparison: boolean;
  /** Why a text that speaks of groups is not checked as group material (it reads as an article, …), when it is not. */
  notGroupReason?: string;
  /** The `.grouplintrc.json` that applies, if any. */
  configFile?: string;
  problems: number;
}

/** `grouplint/documentInfo`: the kind of a document and where it came from (for the status bar). */
export const DocumentInfoRequest = new RequestType<DocumentInfoParams, DocumentInfo, void>('grouplint/documentInfo');

/** One problem of a document in the workspace report. */
export interface ReportProblem {
  /** The rule id, or 'grouplint' for grouplint's own notices (front matter it cannot use). */
  rule: string;
  /** LSP severity: 1 error, 2 warning, 3 information, 4 hint. */
  severity: 1 | 2 | 3 | 4;
  message: string;
  range: Range;
  /** It has a safe fix (applied by fix all and by the workspace fix); suggestions do not count. */
  fixable: boolean;
}

export interface WorkspaceReportDocument {
  uri: string;
  /** Path relative to its workspace folder ('/'-separated). */
  path: string;
  folder: string;
  kind: KindName | null;
  kindSource: DocumentInfo['kindSource'];
  /** The words the kind rests on (when read from the text). */
  kindEvidence?: string[];
  /** Problem count by rule id. */
  counts: Record<string, number>;
  total: number;
  /** Every problem, in document order. */
  problems?: ReportProblem[];
}

/** A Markdown file that was checked and is not group material (a README, notes, a comparison page). */
export interface WorkspaceReportOther {
  uri: string;
  path: string;
  folder: string;
  /** It compares the kinds of group (so grouplint stays quiet about it). */
  comparison: boolean;
  /** Why a text that speaks of groups is not group material (it reads as an article, …). */
  notGroupReason?: string;
}

export interface WorkspaceReportParams {
  /**
   * Also check the folders the workspace check leaves out (`grouplint.workspaceCheck` off), by
   * reading them now. Default true; false answers from what the workspace check and the open
   * documents already hold, for a view that follows every change.
   */
  scan?: boolean;
}

export interface WorkspaceReport {
  folders: Array<{ uri: string; name: string }>;
  /** Group documents (support, therapy, or of unclear kind), by folder then path. */
  documents: WorkspaceReportDocument[];
  /** Markdown files checked in all (group material or not). */
  checked: number;
  /** Files skipped because they are too large to check. */
  tooLarge: string[];
  /** Documentation link of each rule named in `documents`. */
  docs: Record<string, string>;
  /** The online documentation page (https) of each rule named in `documents`. */
  pages?: Record<string, string>;
  /** When the report was made (ISO 8601). */
  generated?: string;
  /** The checked files that are not group material. */
  others?: WorkspaceReportOther[];
  /** Folders whose files are left out because their workspace check is off (with `scan: false`). */
  unchecked?: string[];
}

/** `grouplint/workspaceReport`: every group document of the workspace with its problems counted by rule. */
export const WorkspaceReportRequest = new RequestType<WorkspaceReportParams | null, WorkspaceReport, void>('grouplint/workspaceReport');

/**
 * `grouplint/documentHidden` (client to server): no tab shows this open document any more, so
 * the editor no longer pulls its diagnostics (and has dropped them); the server pushes them
 * until the editor pulls again or the document closes.
 */
export const DocumentHiddenNotification = new NotificationType<{ uri: string }>('grouplint/documentHidden');

/** `grouplint/workspaceChanged` (server to client): what the workspace report would say has changed. */
export const WorkspaceChangedNotification = new NotificationType<null>('grouplint/workspaceChanged');

/** One safe fix's edit, labelled for a preview. */
export interface FixEdit extends TextEdit {
  rule: string;
  /** The fix's title ("Insert the support-group disclaimer under the title"). */
  label: string;
}

export interface DocumentFixes {
  uri: string;
  /** Path relative to its workspace folder ('/'-separated). */
  path: string;
  folder: string;
  /** The version of the open document the edits are for, or null for a file read from disk. */
  version: number | null;
  /** textHash() of the text the edits are for: apply them only to that text. */
  hash: string;
  edits: FixEdit[];
}

export interface WorkspaceFixesParams {
  /** Only these documents (URIs); default every document of the workspace. */
  uris?: string[];
}

/**
 * `grouplint/workspaceFixes`: the safe fixes (never suggestions) of every document of the
 * workspace, as fix all would make them in each, for one workspace edit the user previews.
 */
export const WorkspaceFixesRequest = new RequestType<WorkspaceFixesParams | null, { documents: DocumentFixes[] }, void>('grouplint/workspaceFixes');

/** A short fingerprint of a text (FNV-1a over its UTF-16 code units, and its length). */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${h.toString(36)}`;
}

/** Commands the server runs (workspace/executeCommand). */
export const ServerCommands = {
  /** [uri, kind]: write `group: <kind>` into the front matter. */
  setKind: 'grouplint.server.setKind',
  /** [uri, 'disclaimer' | 'therapyStatement']: insert the statement (the practice's wording) under the title. */
  insertStatement: 'grouplint.server.insertStatement',
  /** [ruleId]: open the rule's documentation. */
  showRuleDocs: 'grouplint.server.showRuleDocs',
} as const;

/** What the extension tells the server at start-up. */
export interface InitializationOptions {
  /** The client ships the static Markdown snippets (default wording), so the server offers only custom wording. */
  staticSnippets?: boolean;
}
