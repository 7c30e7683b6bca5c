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

// A hard-wrapped sentence reads as it would on one line: its line breaks (with a CRLF's CR, and the indentation of the line after)
// are read as spaces, one character for one, so offsets into the block's text, and the ranges found there, stay exact.
describe('a sentence wrapped over lines', () => {
  const sentences = (t: string) => parseDocument(t).blocks.flatMap((b) => b.sentences.map((s) => s.text));
  it('reads its line breaks as spaces, keeping its length', () => {
    assert.deepEqual(sentences('This group is not\ntherapy. We meet on\nTuesdays.\n'), ['This group is not therapy.', 'We meet on Tuesdays.']);
    assert.deepEqual(sentences('This group is not\r\ntherapy.\r\n'), ['This group is not  therapy.']);
    assert.deepEqual(sentences('<p>\n  This group is not\n  therapy.\n</p>\n'), ['This group is not   therapy.']);
  });
  it('keeps the line breaks between sentences in the block (for what reads lines)', () => {
    const block = parseDocument('When: Tuesdays\nWhere: the library, led by\nour host\n').blocks[0];
    assert.equal(block.text, 'When: Tuesdays\nWhere: the library, led by\nour host');
    assert.deepEqual(
      block.sentences.map((s) => s.text),
      ['When: Tuesdays', 'Where: the library, led by our host'],
    );
  });
  it('splits CRLF text where it splits LF text (a line ending on "by" goes on, even before a capital)', () => {
    const lf = 'Each evening is led by\nSam Ortiz, a family therapist.\nBring a friend\nCost\n: Free\n';
    assert.deepEqual(
      sentences(lf.replace(/\n/g, '\r\n')).map((s) => s.replace(/\s+/g, ' ')),
      sentences(lf).map((s) => s.replace(/\s+/g, ' ')),
    );
    assert.deepEqual(sentences(lf), ['Each evening is led by Sam Ortiz, a family therapist.', 'Bring a friend', 'Cost : Free']);
  });
  it('goes on after an abbreviation wrapped at its full stop, or before an amount', () => {
    assert.deepEqual(sentences('Parking: the Mill St.\ngarage costs $4.\n'), ['Parking: the Mill St. garage costs $4.']);
    assert.deepEqual(sentences('Led by Dr.\nLeah Brennan.\n'), ['Led by Dr. Leah Brennan.']);
    assert.deepEqual(sentences('A jar for a suggested\n$3 toward the tea.\n'), ['A jar for a suggested $3 toward the tea.']);
    // (A line ending on an abbreviation before a capital ends its item, unless the abbreviation is a title.)
    assert.deepEqual(sentences('Where: 40 Mill St.\nCost: free\n'), ['Where: 40 Mill St.', 'Cost: free']);
  });
  it('reports a finding over the break at its exact source range', () => {
    const text = '# Grief Circle\r\n\r\nA peer support group, not therapy. Free.\r\n\r\nEach evening is led by Sam Ortiz, our\r\n    family therapist.\r\n';
    const p = lint(text, { path: '/t.md' }).problems.find((x) => x.rule === 'support-facilitator-role')!;
    assert.equal(text.slice(p.start, p.end), 'led by Sam Ortiz, our\r\n    family therapist');
  });
});
