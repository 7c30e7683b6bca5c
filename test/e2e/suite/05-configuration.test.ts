// Scenario 5: configuration takes effect while VS Code runs. A rule turned `off` in the settings
// (grouplint.rules) loses its problems, in open and unopened files alike; an edit of a
// .grouplintrc.json on disk is picked up by the same server process (no restart); a broken
// .grouplintrc.json gets a problem on itself while the flyers fall back to the defaults.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  codeOf,
  codesOn,
  extensionApi,
  fixtureUri,
  openFixture,
  ours,
  readFixture,
  serverPids,
  setSetting,
  waitForDiagnostics,
  writeFixture,
} from './util';

const HANDOUT = 'handouts/grief-circle.md'; // never opened (see scenario 4)
const CLUB_FLYER = 'club/walking-group.md';
const CLUB_CONFIG = 'club/.grouplintrc.json';
const severityOf = (uri: vscode.Uri, id: string) => ours(uri).find((d) => codeOf(d) === id)?.severity;

suite('5. configuration: settings and .grouplintrc.json', function () {
  this.timeout(180_000);
  suiteSetup(() => extensionApi());
  teardown(closeAllEditors);

  test('a rule set to off in grouplint.rules loses its problems, and gets them back when the setting goes', async () => {
    const { document: flyer } = await openFixture('support-flyer.md');
    const handout = fixtureUri(HANDOUT);
    await waitForDiagnostics(flyer.uri, (d) => d.some((x) => codeOf(x) === 'support-no-clinical-activities'), 'the worksheet problem on support-flyer.md');
    await waitForDiagnostics(handout, (d) => d.some((x) => codeOf(x) === 'support-free'), `support-free on ${HANDOUT}`);
    try {
      await setSetting('grouplint.rules', { 'support-no-clinical-activities': 'off', 'support-free': 'off' });
      await waitForDiagnostics(
        flyer.uri,
        (d) => d.length > 0 && d.every((x) => codeOf(x) !== 'support-no-clinical-activities' && codeOf(x) !== 'support-free'),
        'support-no-clinical-activities and support-free gone from support-flyer.md',
      );
      assert.deepStrictEqual(codesOn(flyer.uri), ['support-disclaimer'], 'the rules left on still report');
      await waitForDiagnostics(handout, (d) => d.length === 0, `support-free gone from ${HANDOUT} (not open: the workspace check follows the settings)`);
    } finally {
      await setSetting('grouplint.rules', undefined);
    }
    await waitForDiagnostics(
      flyer.uri,
      (d) => d.some((x) => codeOf(x) === 'support-no-clinical-activities'),
      'the worksheet problem back once the setting is removed',
    );
    await waitForDiagnostics(handout, (d) => d.some((x) => codeOf(x) === 'support-free'), `support-free back on ${HANDOUT}`);
  });

  test('an edit of .grouplintrc.json on disk is picked up by the running server', async () => {
    const api = await extensionApi();
    const original = await readFixture(CLUB_CONFIG);
    const { document: flyer } = await openFixture(CLUB_FLYER);
    await waitForDiagnostics(
      flyer.uri,
      () => severityOf(flyer.uri, 'support-no-clinical-activities') === vscode.DiagnosticSeverity.Warning,
      `support-no-clinical-activities as a warning on ${CLUB_FLYER}`,
    );
    const pidsBefore = serverPids(api);
    assert.strictEqual(pidsBefore.length, 1, `one grouplint server process: ${JSON.stringify(pidsBefore)}`);
    try {
      await writeFixture(CLUB_CONFIG, '{\n  "rules": { "support-no-clinical-activities": "error" }\n}\n');
      await waitForDiagnostics(
        flyer.uri,
        () => severityOf(flyer.uri, 'support-no-clinical-activities') === vscode.DiagnosticSeverity.Error,
        `support-no-clinical-activities raised to an error by ${CLUB_CONFIG}`,
      );
      // Files outside the config's folder keep the defaults.
      assert.deepStrictEqual(
        ours(fixtureUri(HANDOUT)).map((d) => d.severity),
        [vscode.DiagnosticSeverity.Warning],
      );
    } finally {
      await writeFixture(CLUB_CONFIG, original);
    }
    await waitForDiagnostics(
      flyer.uri,
      () => severityOf(flyer.uri, 'support-no-clinical-activities') === vscode.DiagnosticSeverity.Warning,
      `support-no-clinical-activities a warning again once ${CLUB_CONFIG} is restored`,
    );
    assert.deepStrictEqual(serverPids(api), pidsBefore, 'the same server process did it all: no restart');
  });

  test('a broken .grouplintrc.json gets a problem on itself, and the flyers use the defaults meanwhile', async () => {
    const original = await readFixture(CLUB_CONFIG);
    const config = fixtureUri(CLUB_CONFIG);
    const { document: flyer } = await openFixture(CLUB_FLYER);
    await waitForDiagnostics(flyer.uri, (d) => d.some((x) => codeOf(x) === 'support-no-clinical-activities'), `the homework problem on ${CLUB_FLYER}`);
    assert.deepStrictEqual(ours(config), [], `${CLUB_CONFIG} starts without problems`);
    // Cut off mid-object: not JSON. What it was about to say (make the rule an error) must not apply.
    const broken = '{\n  "rules": {\n    "support-no-clinical-activities": "error",\n';
    try {
      await writeFixture(CLUB_CONFIG, broken);
      const [problem] = await waitForDiagnostics(config, (d) => d.length > 0, `a grouplint problem on ${CLUB_CONFIG}`);
      assert.strictEqual(problem.severity, vscode.DiagnosticSeverity.Error);
      assert.match(problem.message, /JSON/, 'the message says the file is not valid JSON');
      assert.ok(problem.range.start.line <= 3, `the problem is placed inside the file (line ${problem.range.start.line + 1})`);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === config.toString()), 'reported without opening the config file');
      // A fresh lint of the flyer under the broken config: add a second clinical activity and wait for it.
      const edit = new vscode.WorkspaceEdit();
      edit.insert(flyer.uri, flyer.positionAt(flyer.getText().length), '\nEvery member also fills in a worksheet.\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const fresh = await waitForDiagnostics(
        flyer.uri,
        (d) => d.filter((x) => codeOf(x) === 'support-no-clinical-activities').length === 2,
        `two support-no-clinical-activities problems on the edited ${CLUB_FLYER}`,
      );
      assert.deepStrictEqual(
        fresh.map((d) => d.severity),
        [vscode.DiagnosticSeverity.Warning, vscode.DiagnosticSeverity.Warning],
        'the defaults apply, not the broken file',
      );
    } finally {
      await writeFixture(CLUB_CONFIG, original);
    }
    await waitForDiagnostics(config, (d) => d.length === 0, `the problem on ${CLUB_CONFIG} gone once it is repaired`);
  });
});
