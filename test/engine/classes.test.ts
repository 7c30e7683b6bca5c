// The failure-class folder (test/classes): documents written to probe one judgement each
// (kind without the usual names, conflicting signals, claims in other words, records,
// psychoeducation, confidentiality in other words, words that are not the page's own claim,
// label/value rows, pages that are not group material). Every label is what RULES.md says,
// so the bar is exact: kind accuracy, precision and recall all 1.000.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { evaluate, kindOf, loadLabelled } from '../../scripts/evaluate';

describe('failure classes (test/classes)', () => {
  const entries = loadLabelled(path.join(__dirname, '..', 'classes'));
  const ev = evaluate(entries);
  const precision = ev.tp / Math.max(1, ev.tp + ev.fp);
  const recall = ev.tp / Math.max(1, ev.tp + ev.fn);
  const kindAccuracy = ev.kindCorrect / Math.max(1, ev.documents);
  const mistakes = () => `\n${ev.mistakes.map((m) => '  - ' + m).join('\n')}`;

  before(() => {
    console.log(
      `    classes: ${ev.documents} documents; kind accuracy ${kindAccuracy.toFixed(3)}; precision ${precision.toFixed(3)}; recall ${recall.toFixed(3)} (tp ${ev.tp}, fp ${ev.fp}, fn ${ev.fn})`,
    );
  });

  it('has documents with labels', () => {
    assert.ok(ev.documents >= 50, `${ev.documents} documents`);
    assert.ok(ev.tp + ev.fn > 0, 'labels name rules');
    assert.ok(
      entries.some((e) => e.label.kind === null && e.label.rules.length === 0),
      'has silent pages',
    );
  });

  it('kind accuracy = 1.000', () => {
    assert.equal(ev.kindCorrect, ev.documents, `kind accuracy ${kindAccuracy.toFixed(3)}${mistakes()}`);
  });

  it('precision = 1.000', () => {
    assert.equal(ev.fp, 0, `precision ${precision.toFixed(3)} (fp ${ev.fp})${mistakes()}`);
  });

  it('recall = 1.000', () => {
    assert.equal(ev.fn, 0, `recall ${recall.toFixed(3)} (fn ${ev.fn})${mistakes()}`);
  });
});

describe("a label's kind, as the scoring reads it", () => {
  it('reads "none" and "mixed" as no kind, the same as null, so a page labelled so is not scored as a wrong kind', () => {
    assert.equal(kindOf('none', 'x'), null);
    assert.equal(kindOf('mixed', 'x'), null);
    assert.equal(kindOf(null, 'x'), null);
    assert.equal(kindOf('support', 'x'), 'support');
    assert.equal(kindOf('therapy', 'x'), 'therapy');
  });

  it('refuses any other spelling, naming the label', () => {
    assert.throws(() => kindOf('suport', 'labels.json: a01.md'), /labels\.json: a01\.md: kind must be/);
    assert.throws(() => kindOf(undefined, 'labels.json: a02.md'), /a02\.md/);
  });
});
