// Offsets to lines and columns, only at the edges (CLI output, LSP ranges).

/** Line starts of a text, for repeated offset → line/column conversion. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 0-based line and UTF-16 column of an offset. */
  position(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
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
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length + 1;
    return Math.min(start + Math.max(0, character), next - 1);
  }
}

export function toLineColumn(text: string, offset: number): { line: number; character: number } {
  return new LineIndex(text).position(offset);
}
