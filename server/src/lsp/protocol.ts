// grouplint's own requests on top of LSP, shared by the server and the extension.
import { RequestType } from 'vscode-languageserver-protocol';

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
  /** The `.grouplintrc.json` that applies, if any. */
  configFile?: string;
  problems: number;
}

/** `grouplint/documentInfo`: the kind of a document and where it came from (for the status bar). */
export const DocumentInfoRequest = new RequestType<DocumentInfoParams, DocumentInfo, void>('grouplint/documentInfo');

export interface WorkspaceReportDocument {
  uri: string;
  /** Path relative to its workspace folder ('/'-separated). */
  path: string;
  folder: string;
  kind: KindName | null;
  kindSource: DocumentInfo['kindSource'];
  /** Problem count by rule id. */
  counts: Record<string, number>;
  total: number;
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
}

/** `grouplint/workspaceReport`: every group document of the workspace with its problems counted by rule. */
export const WorkspaceReportRequest = new RequestType<Record<string, never> | null, WorkspaceReport, void>('grouplint/workspaceReport');

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
