// Where a sentence ends after a time: "Mondays at 7 pm. Bring a friend." is two sentences, so a suggestion that removes
// the second keeps the meeting time.
import * as assert from 'node:assert/strict';
import { lint, parseDocument } from '../../server/src/engine';

describe('a time at the end of a sentence', () => {
  const sentences = (t: string) => parseDocument(t + '\n').blocks[0].sentences.map((s) => s.text);
  it('ends the sentence before a new one ("Mondays at 7 pm. Bring a friend.")', () => {
    assert.deepEqual(sentences('Mondays at 7 pm. Bring a friend.'), ['Mondays at 7 pm.', 'Bring a friend.']);
    assert.deepEqual(sentences('We meet at 7 p.m. Please call first.'), ['We meet at 7 p.m.', 'Please call first.']);
    // (A word in capitals is a new sentence unless it names a time zone.)
    assert.deepEqual(sentences('Mondays at 7 pm. RSVP to Jane.'), ['Mondays at 7 pm.', 'RSVP to Jane.']);
    assert.deepEqual(sentences('Calls at 6 p.m. EST every week.'), ['Calls at 6 p.m. EST every week.']);
  });
  it('goes on before a day, a time zone or a lower-case word', () => {
    assert.deepEqual(sentences('We meet at 7 p.m. Thursdays at the library.'), ['We meet at 7 p.m. Thursdays at the library.']);
    assert.deepEqual(sentences('Calls start at 6 p.m. Eastern time.'), ['Calls start at 6 p.m. Eastern time.']);
    assert.deepEqual(sentences('From 6 p.m. to 8 p.m. in Room 4.'), ['From 6 p.m. to 8 p.m. in Room 4.']);
  });
  it('so removing the sentence after it keeps the meeting time', () => {
    const text = '# Grief Support Group\n\nA peer support group, not therapy. Free. Mondays at 7 pm. Bring the workbook you were given.\n';
    const p = lint(text, { path: '/t.md' }).problems.find((x) => x.rule === 'support-no-clinical-activities')!;
    const edit = p.suggestions![0].edits[0];
    assert.equal(
      text.slice(0, edit.start) + edit.text + text.slice(edit.end),
      '# Grief Support Group\n\nA peer support group, not therapy. Free. Mondays at 7 pm.\n',
    );
  });
});
