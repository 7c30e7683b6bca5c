// Patterns are written as lists: one phrase (one top-level alternative) per entry, each a
// String.raw so that a backslash means what it means in a regular expression.

/** The expression matching any of the alternatives, joined as written: ['\\bfee\\b', '\\bcost\\b'] is /\bfee\b|\bcost\b/gi. */
export function anyOf(alternatives: readonly string[], flags = 'gi'): RegExp {
  return new RegExp(alternatives.join('|'), flags);
}

/**
 * The end of a word that may end in a letter outside ASCII, as a pattern source: "café" (and "Café") before a space or a stop.
 * JavaScript's \b reads only ASCII letters as word characters, with or without the u flag, so \b after "é" never matches and
 * /\bcaf[eé]\b/ finds "cafe" but never "café". This says instead that no letter (accented or not), digit or underscore follows.
 * (It needs no u flag: the accented letters are a range of the Latin blocks.)
 */
export const WORD_END = String.raw`(?![\w\u00C0-\u024F])`;

/** A telephone number as flyers and listings print it: "555-0142", "(612) 822-0500", "1-800-273-8255", "0800 555 0199", "01632 960 123". */
export const PHONE_NUMBER = String.raw`\b(?:\(?\d{3}\)?[-.\s]+)?\d{3}[-.\s]\d{4}\b|\b0\d{3,4}\s\d{3}\s?\d{3,4}\b`;

/** A weekday's name in full, as a pattern source: "monday" to "sunday" (the patterns using it take the i flag). */
export const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;

/** A month's name, in full or shortened as dates print it ("sept", "dec"), as a pattern source (used with the i flag). */
export const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

/** A fragment for use inside larger patterns: the alternatives as one non-capturing group, (?:a|b). */
export function group(alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}
