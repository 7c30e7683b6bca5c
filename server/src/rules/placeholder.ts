// Placeholder lines with blanks to fill: bracketed for plain text, tab stops for snippets.
import type { Edit } from '../engine/types';
import type { DocumentModel } from '../engine/document';
import { insertUnderTitle, type InsertOptions } from '../engine/fix';

/** `parts` alternate literal text and blanks: ['Led by ', 'name', ', ', 'credentials', '.'] */
export function placeholderLine(model: DocumentModel, parts: string[], options?: InsertOptions): Edit {
  let plain = '';
  let snippet = '';
  let stop = 1;
  parts.forEach((p, i) => {
    if (i % 2 === 0) {
      plain += p;
      snippet += p.replace(/[$}\\]/g, '\\$&');
    } else {
      plain += `[${p}]`;
      snippet += `\${${stop++}:${p}}`;
    }
  });
  return insertUnderTitle(model, plain, snippet, options);
}
