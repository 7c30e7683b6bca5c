// Open documents. Each keeps an LSP TextDocument (for line/character ↔ offset, kept
// current incrementally) and, for Markdown, the engine's EditableDocument, fed the same
// changes as offsets so the engine can re-lint only what an edit touched.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { EditableDocument, CONFIG_FILE_NAME, MAX_DOCUMENT_BYTES, textTooLarge } from '../engine';

/** Documents larger than the file policy's ceiling get one notice instead of a lint on every keystroke. */
export const limits = { maxBytes: MAX_DOCUMENT_BYTES };

export type DocumentRole = 'markdown' | 'config';

export class OpenDocument {
  readonly uri: string;
  readonly role: DocumentRole;
  /** Engine path ('/'-separated), when the host can reach the file. */
  readonly path: string | undefined;
  lines: TextDocument;
  readonly editable: EditableDocument | undefined;

  constructor(uri: string, languageId: string, version: number, text: string, path: string | undefined) {
    this.uri = uri;
    this.path = path;
    this.role = roleOf(uri);
    this.lines = TextDocument.create(uri, languageId, version, text);
    this.editable = this.role === 'markdown' ? new EditableDocument(text) : undefined;
  }

  get version(): number {
    return this.lines.version;
  }

  get text(): string {
    return this.lines.getText();
  }

  get tooLarge(): boolean {
    return textTooLarge(this.lines.getText(), limits.maxBytes);
  }

  positionAt(offset: number) {
    return this.lines.positionAt(offset);
  }

  offsetAt(position: { line: number; character: number }): number {
    return this.lines.offsetAt(position);
  }

  /** Apply the client's changes in order; each range refers to the text after the ones before. */
  apply(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change) {
        const start = this.lines.offsetAt(change.range.start);
        const end = this.lines.offsetAt(change.range.end);
        this.lines = TextDocument.update(this.lines, [change], version);
        this.editable?.update([{ start, end, text: change.text }], this.lines.getText());
      } else {
        this.lines = TextDocument.update(this.lines, [change], version);
        this.editable?.reset(change.text);
      }
    }
    // A notification with no changes still moves the version on.
    if (!changes.length) this.lines = TextDocument.update(this.lines, [], version);
  }
}

/** A config file is known by its name; everything else the client sends is Markdown. */
export function roleOf(uri: string): DocumentRole {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  return safeDecode(name) === CONFIG_FILE_NAME ? 'config' : 'markdown';
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}
