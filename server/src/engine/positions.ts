// Offsets to lines and columns, only at the edges (CLI output, LSP ranges).

/** Line starts of a text, for repeated offset → line/column conversion. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    // CR LF, a lone LF and a lone CR each end a line, as in LSP and every editor.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** 0-based line and UTF-16 column of an offset. */
  position(offset: number): { line: number; character: number } {
    let o = Math.max(0, Math.min(offset, this.text.length));
    // Between the CR and LF of one line break: the end of that line, as LSP has it.
    if (o > 0 && this.text.charCodeAt(o - 1) === 13 && this.text.charCodeAt(o) === 10) o--;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  /** Offset of a 0-based line and column (clamped to the line). */
  offset(line: number, character: number): number {
    if (line >= this.starts.length) return this.text.length;
    const start = this.starts[Math.max(0, line)];
    if (line + 1 >= this.starts.length) return Math.min(start + Math.max(0, character), this.text.length);
    const next = this.starts[line + 1];
    // The end of the line, before its line break (one or two characters).
    const end = next - (this.text.charCodeAt(next - 1) === 10 && this.text.charCodeAt(next - 2) === 13 ? 2 : 1);
    return Math.min(start + Math.max(0, character), end);
  }
}

export function toLineColumn(text: string, offset: number): { line: number; character: number } {
  return new LineIndex(text).position(offset);
}
