// Scenario 2: a group-therapy flyer that never says it is therapy. Its only problem is
// therapy-statement, and the quick fix puts the statement right under the title.
import * as assert from 'assert';
import { applyCodeAction, closeAllEditors, codeOf, codesOn, extensionApi, openFixture, waitForDiagnostics } from './util';

const FLYER = 'therapy-flyer.md';
const STATEMENT = 'This is group therapy: a clinical service.';

suite('2. group-therapy flyer: the therapy statement quick fix', function () {
  this.timeout(120_000);
  suiteSetup(() => extensionApi());
  teardown(closeAllEditors);

  test('therapy-statement is reported on the title; the fix inserts the statement under it', async () => {
    const { document: doc } = await openFixture(FLYER);
    const before = doc.getText();
    const diags = await waitForDiagnostics(doc.uri, (d) => d.length > 0, `diagnostics on ${FLYER}`);
    // The flyer names its leader, time frame, fee and confidentiality: the statement is all it lacks.
    assert.deepStrictEqual(diags.map(codeOf), ['therapy-statement']);
    assert.strictEqual(doc.lineAt(diags[0].range.start.line).text, '# Managing Anxiety Together');

    await applyCodeAction(doc.uri, diags[0].range, 'Insert the group-therapy statement under the title');

    assert.strictEqual(
      doc.getText(),
      [
        '---',
        'group: therapy',
        '---',
        '',
        '# Managing Anxiety Together',
        '',
        STATEMENT,
        '',
        'An eight-week group for adults whose worry gets in the way of work, sleep or friendships.',
        'Dr. Lena Ortiz, a licensed psychologist, leads every session.',
        '',
        '**When:** Thursdays, 5:30–7:00 pm, for 8 weeks starting March 5.',
        '',
        '**Fee:** $60 per session; most insurance plans are accepted.',
        '',
        "**Confidentiality:** What members share stays in the group. The therapist keeps clinical notes and must report abuse or an imminent risk to someone's life.",
        '',
      ].join('\n'),
    );
    assert.strictEqual(doc.getText(), before.replace('Together\n', `Together\n\n${STATEMENT}\n`), 'nothing else changed');
    await waitForDiagnostics(doc.uri, (d) => d.length === 0, `no problems left on ${FLYER}`);
    assert.deepStrictEqual(codesOn(doc.uri), []);
  });
});
