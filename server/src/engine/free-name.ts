// "Free" inside a proper name is a name, not a price: "Maple Hill Evangelical Free Church hosts the group", "the Grace Free
// Methodist Church", "Harwick Free Library". Shared by the kind reading (which must neither count it as a sign of a free group nor
// quote it as evidence) and the rules that read what a page says of cost.
import { textAfter, textBefore, type Match } from './document';

const NAME_BEFORE_FREE = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]*)\s+$/u;
const NOT_OF_A_NAME =
  /^(?:Is|Are|Was|Were|Be|Been|It['’]?s|Always|Completely|Totally|Entirely|Absolutely|And|Also|Still|Now|All|Yes|Admission|Entry|Entrance|Attendance)$/;
const NAME_AFTER_FREE = /^\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/u;
const GATHERING_OR_OFFER =
  /^(?:And|Of|To|For|Or|Groups?|Support|Circles?|Meetings?|Sessions?|Class(?:es)?|Workshops?|Courses?|Programs?|Programmes?|Events?|Caf[eé]s?|Drop-?ins?|Entry|Entrance|Admission|Attendance|Parking|Refreshments|Coffee|Tea|Lunch|Meals?|Food|Childcare|Consultations?|Screenings?|Counsel+ing|Therapy|Help)$/;
const SMALL_WORD = /^(?:a|an|the|of|and|or|for|to|in|on|at|by|with|from|as)$/;
/**
 * Whether a match of "Free" sits inside a proper name, in a sentence of prose. It stands between capitalised words of the name;
 * the word before is no verb or word of degree ("Meetings Are Always Free"), and the words after it name no gathering or thing
 * offered ("the Harwick Free Grief Group", "Free Parking", "Free Entry"). Never in a heading, where every word has a capital.
 */
export function freeInAName(m: Match): boolean {
  if (m.text !== 'Free' || m.block.type === 'heading') return false;
  const before = NAME_BEFORE_FREE.exec(textBefore(m).slice(-40))?.[1];
  const after = NAME_AFTER_FREE.exec(textAfter(m).slice(0, 80))?.[1].trim().split(/\s+/);
  if (!before || NOT_OF_A_NAME.test(before) || !after || after.some((w) => GATHERING_OR_OFFER.test(w))) return false;
  // (A sentence of prose has words in lower case beside its small ones: "… hosts a grief support group on Tuesdays".)
  return m.sentence.text.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !SMALL_WORD.test(w)).length >= 3;
}
