// Patterns are written as lists: one phrase (one top-level alternative) per entry, each a
// String.raw so that a backslash means what it means in a regular expression.

/** The expression matching any of the alternatives, joined as written: ['\\bfee\\b', '\\bcost\\b'] is /\bfee\b|\bcost\b/gi. */
export function anyOf(alternatives: readonly string[], flags = 'gi'): RegExp {
  return new RegExp(alternatives.join('|'), flags);
}

/** A fragment for use inside larger patterns: the alternatives as one non-capturing group, (?:a|b). */
export function group(alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}
