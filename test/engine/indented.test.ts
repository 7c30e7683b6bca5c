// Text indented four spaces is code to Markdown. When it reads as sentences (pasted from a web
// page or a word processor) it is what the reader sees: grouplint checks it as text and says once
// why it will show as code. Real code, fenced code and non-group documents are left alone.
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { looksLikeProse } from '../../server/src/engine/parse';

const rules = (text: string) => lint(text, { path: '/t.md' }).problems.map((p) => p.rule);

describe('prose indented as code', () => {
  const flyer = (body: string) => `# Tuesday Grief Support Group\n\nA peer support group for anyone grieving; it is not therapy.\n\n${body}\n`;

  it('is checked as text: a fee in an indented paragraph fires support-free', () => {
    const text = flyer('    Each meeting costs $25, payable at the door, and the group meets\n    every Tuesday at 7 pm in the library.');
    assert.ok(rules(text).includes('support-free'), rules(text).join(', '));
  });

  it('gets one notice, at information severity, on the first line of the first such block', () => {
    const text = flyer(
      '    We meet every Tuesday at 7 pm in the library, and attending is free.\n\nTea after.\n\n    Parking is free behind the building, and the side door is open from 6:45 pm.',
    );
    const r = lint(text, { path: '/t.md' });
    const notices = r.problems.filter((p) => p.rule === 'grouplint');
    assert.equal(notices.length, 1);
    assert.equal(notices[0].severity, 'information');
    assert.match(notices[0].message, /indented four spaces or a tab.*\(and 1 more like it\)/);
    assert.equal(text.slice(notices[0].start, notices[0].end), '    We meet every Tuesday at 7 pm in the library, and attending is free.');
  });

  it('positions inside it point at the source, indentation included (CRLF too)', () => {
    const text = flyer('    We meet every Tuesday at 7 pm in the library.\n    Each meeting costs $25, payable at the door.').replace(/\n/g, '\r\n');
    const fee = lint(text, { path: '/t.md' }).problems.find((p) => p.rule === 'support-free');
    assert.ok(fee, 'the fee is found');
    assert.equal(text.slice(fee.start, fee.end), 'costs');
    assert.equal(text.slice(fee.start - 19, fee.start), '\r\n    Each meeting ');
  });

  it('real code, fenced code and a code block with a language stay unread', () => {
    assert.equal(looksLikeProse('const fee = 25; // dollars\nif (fee > 0) { charge(fee); }\n'), false);
    const fenced = flyer('```\nEach meeting costs $25, payable at the door, every Tuesday at 7 pm in the library.\n```');
    const inFence = lint(fenced, { path: '/t.md' }).problems.filter((p) => p.start > fenced.indexOf('```'));
    assert.deepEqual(inFence, []);
    assert.equal(lint(fenced, { path: '/t.md' }).problems.filter((p) => p.rule === 'grouplint').length, 0);
    const shell = flyer('    $ grouplint --format json flyers/ > report.json && cat report.json | head');
    assert.equal(lint(shell, { path: '/t.md' }).problems.filter((p) => p.rule === 'grouplint').length, 0);
  });

  it('a document that is not group material gets no notice for its indented text', () => {
    const readme = '# Build notes\n\nHow to build the site.\n\n    Run the build script first, then copy the output folder to the server and restart it.\n';
    assert.deepEqual(rules(readme), []);
  });
});
