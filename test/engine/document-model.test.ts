// The document model's searches: a pattern without the g flag would loop forever, so it is refused.
import * as assert from 'node:assert/strict';
import { DocumentModel } from '../../server/src/engine/document';
import { parseDocument } from '../../server/src/engine/parse';

describe('document model searches', () => {
  const model = new DocumentModel(parseDocument('# Grief Circle\n\nSign here: ______ and date ______.\n'));
  it('refuses a pattern without the g flag, naming it, instead of looping', () => {
    assert.throws(() => model.find(/_{5,}/), /needs the g flag: \/_\{5,\}\//);
  });
  it('finds every match of a global pattern', () => {
    assert.deepEqual(
      model.find(/_{5,}/g).map((m) => m.text),
      ['______', '______'],
    );
  });
});
