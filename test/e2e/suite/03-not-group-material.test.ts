// Scenario 3: a project README is not group material, and grouplint stays silent on it. Silence
// is only worth asserting once the server has had its say: the status bar must already read
// "Not group material" for the README, and a flyer opened after it must already have its
// problems, before the README's (absent) diagnostics are checked.
import * as assert from 'assert';
import { closeAllEditors, extensionApi, fixtureUri, openFixture, ours, waitFor, waitForDiagnostics } from './util';

suite('3. a project README: no problems', function () {
  this.timeout(120_000);
  suiteSetup(() => extensionApi());
  teardown(closeAllEditors);

  test('the README gets no grouplint diagnostics, while a flyer opened after it does', async () => {
    const api = await extensionApi();
    const { document: readme } = await openFixture('README.md');
    assert.strictEqual(readme.languageId, 'markdown');
    // The server has checked the README and decided what it is.
    await waitFor(() => api.statusText() === '$(dash) Not group material', 'the status bar to say "Not group material" for README.md');

    const { document: flyer } = await openFixture('support-flyer.md');
    await waitForDiagnostics(flyer.uri, (d) => d.length > 0, 'diagnostics on support-flyer.md, opened after README.md');

    assert.deepStrictEqual(ours(readme.uri), [], 'no grouplint diagnostics on README.md');
    // Nor from the workspace check, which covers the file on disk under the same URI.
    assert.deepStrictEqual(ours(fixtureUri('README.md')), []);
  });
});
