// The labelled corpus: kind accuracy and rule precision/recall stay above the bar.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { evaluate, loadLabelled } from '../../scripts/evaluate';

describe('labelled corpus (test/corpus)', () => {
  const entries = loadLabelled(path.join(__dirname, '..', 'corpus'));
  const ev = evaluate(entries);
  const precision = ev.tp / Math.max(1, ev.tp + ev.fp);
  const recall = ev.tp / Math.max(1, ev.tp + ev.fn);
  const kindAccuracy = ev.kindCorrect / Math.max(1, ev.documents);

  before(() => {
    console.log(
      `    corpus: ${ev.documents} documents; kind accuracy ${kindAccuracy.toFixed(3)}; precision ${precision.toFixed(3)}; recall ${recall.toFixed(3)} (tp ${ev.tp}, fp ${ev.fp}, fn ${ev.fn})`,
    );
  });

  it('has documents with labels', () => {
    assert.ok(ev.documents >= 20, `${ev.documents} documents`);
    assert.ok(ev.tp + ev.fn > 0, 'labels name rules');
  });

  it('precision >= 0.95', () => {
    assert.ok(precision >= 0.95, `precision ${precision.toFixed(3)}\n${ev.mistakes.join('\n')}`);
  });

  it('recall >= 0.90', () => {
    assert.ok(recall >= 0.9, `recall ${recall.toFixed(3)}\n${ev.mistakes.join('\n')}`);
  });

  it('kind accuracy >= 0.95', () => {
    assert.ok(kindAccuracy >= 0.95, `kind accuracy ${kindAccuracy.toFixed(3)}\n${ev.mistakes.join('\n')}`);
  });
});
