// A document that is edited many times: keeps its parse and re-lints after each edit.
// The language server holds one per open document.
import { lintParsed, type LintOptions, type LintResult } from './lint';
import { parseDocument, type ParsedDocument } from './parse';

export interface TextChange {
  /** Offsets into the text before this change. */
  start: number;
  end: number;
  text: string;
}

export class EditableDocument {
  private current: string;
  private parsed: ParsedDocument | undefined;

  constructor(text: string) {
    this.current = text;
  }

  get text(): string {
    return this.current;
  }

  /** Apply changes in order (each one's offsets refer to the text after the ones before). */
  update(changes: TextChange[]): void {
    for (const c of changes) this.current = this.current.slice(0, c.start) + c.text + this.current.slice(c.end);
    this.parsed = undefined;
  }

  /** Replace the whole text. */
  reset(text: string): void {
    this.current = text;
    this.parsed = undefined;
  }

  parse(): ParsedDocument {
    return (this.parsed ??= parseDocument(this.current));
  }

  lint(options: LintOptions = {}): LintResult {
    return lintParsed(this.parse(), options);
  }
}
