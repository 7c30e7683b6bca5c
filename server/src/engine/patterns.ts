// Patterns are written as lists: one phrase (one top-level alternative) per entry, each a
// String.raw so that a backslash means what it means in a regular expression.

/** The expression matching any of the alternatives, joined as written: ['\\bfee\\b', '\\bcost\\b'] is /\bfee\b|\bcost\b/gi. */
export function anyOf(alternatives: readonly string[], flags = 'gi'): RegExp {
  return new RegExp(alternatives.join('|'), flags);
}

/** A telephone number as flyers and listings print it: "555-0142", "(612) 822-0500", "1-800-273-8255", "0800 555 0199", "01632 960 123". */
export const PHONE_NUMBER = String.raw`\b(?:\(?\d{3}\)?[-.\s]+)?\d{3}[-.\s]\d{4}\b|\b0\d{3,4}\s\d{3}\s?\d{3,4}\b`;

/** A fragment for use inside larger patterns: the alternatives as one non-capturing group, (?:a|b). */
export function group(alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}
