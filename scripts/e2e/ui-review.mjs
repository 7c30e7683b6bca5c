#!/usr/bin/env node
// UI check of the practice manager's review, as a person sees it: a code-server with the packaged
// extension installed and the whole fixture folder open. Opens the grouplint view (Group
// materials), expands a flyer and clicks one of its problems (the editor opens at it); runs
// "Review workspace" from the view's title bar, clicks a problem's link and a rule's link in the
// review; then "Apply safe fixes…" shows the Refactor Preview, where the manager checks the
// changes and applies them: each file then holds what `grouplint --fix` gives it, the safe
// problems are gone and the suggestions remain. Saves a screenshot of each state.
// usage: node scripts/e2e/ui-review.mjs <code-server url> <workspace dir> <screenshot dir>
// writes ui-materials.png, ui-review.png, ui-fix-preview.png (ui-review-failure.png when a step fails); exit 0/1.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, repoRoot, workbenchUrl } from './lib.mjs';

const [url, workspace, shots] = process.argv.slice(2);
if (!shots) {
  console.error('usage: node scripts/e2e/ui-review.mjs <code-server url> <workspace dir> <screenshot dir>');
  process.exit(2);
}
const RULE_PAGE = 'https://github.com/grouplint/grouplint/blob/main/docs/rules/';
const t0 = Date.now();
const log = (...a) => console.log(`[ui-review ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const shot = (page, name) => page.screenshot({ path: path.join(shots, name) });
async function visible(locator, what, ms = 30_000) {
  try {
    await locator.waitFor({ timeout: ms });
  } catch {
    throw new Error(`timed out after ${ms / 1000}s waiting for ${what}`);
  }
  return locator;
}
/** Waits until `probe()` is truthy (polling), failing with a message that names the step. */
async function until(probe, what, ms = 30_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms / 1000}s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// What the fixes must give: `grouplint --fix-dry-run -f json` on the folder (the same fix pipeline).
const dry = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'grouplint.js'), '--fix-dry-run', '-f', 'json', '.'], { cwd: workspace, encoding: 'utf8' });
const expected = new Map(
  JSON.parse(dry.stdout)
    .files.filter((f) => f.output !== null && f.output !== undefined)
    .map((f) => [f.path, f.output]),
);
log('files the fixes change:', JSON.stringify([...expected.keys()]));

const browser = await launchChromium();
let ok = false;
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
// The rule pages are answered here: the check sees where a link goes without any network.
await context.route('https://github.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>rule page</h1>' }));
const page = await context.newPage();
page.on('pageerror', (e) => log('page error:', e.message.slice(0, 200)));
const cursor = () => page.locator('.statusbar-item[id="status.editor.selection"]').innerText();
try {
  await page.goto(workbenchUrl({ url }, workspace));
  await visible(page.locator('.monaco-workbench'), 'the workbench', 60_000);
  log('workbench loaded');

  // The grouplint view container in the activity bar, and its Group materials view.
  const container = page.locator('.activitybar .action-item [aria-label^="grouplint"]').first();
  await (await visible(container, 'the grouplint item in the activity bar', 60_000)).click();
  const sidebar = page.locator('.part.sidebar');
  await visible(sidebar.locator('.composite.title', { hasText: /Group materials/i }), 'the Group materials title');
  // A wider side bar, as a person would drag it, so each line of the view shows whole.
  const bar = await sidebar.boundingBox();
  if (bar) {
    await page.mouse.move(bar.x + bar.width + 1, bar.y + bar.height / 2);
    await page.mouse.down();
    await page.mouse.move(bar.x + 470, bar.y + bar.height / 2, { steps: 8 });
    await page.mouse.up();
  }
  const row = (text) => sidebar.locator('.monaco-list-row', { hasText: text }).first();
  for (const kind of ['Support groups', 'Group therapy', 'Kind unclear', 'Not group material']) await visible(row(kind), `the "${kind}" row`, 60_000);
  const support = await visible(row('Support groups'), 'Support groups');
  await until(async () => /4 documents · \d+ problems/.test(await support.innerText()), 'Support groups to count 4 documents');
  log('Group materials:', JSON.stringify((await sidebar.locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '))));

  // Expand the flyer (its twistie) and click its worksheet problem: the editor opens at it.
  const flyer = await visible(row('support-flyer.md'), 'support-flyer.md in the view');
  if ((await flyer.getAttribute('aria-expanded')) !== 'true') await flyer.locator('.monaco-tl-twistie').click();
  const problem = await visible(row('support-no-clinical-activities'), 'the worksheet problem under support-flyer.md');
  await problem.click();
  await visible(page.locator('.tabs-container .tab.active', { hasText: 'support-flyer.md' }), 'support-flyer.md in the active tab');
  // The problem's text is selected ("worksheet"), as from the Problems panel.
  await until(async () => /Ln 10, Col \d+ \(9 selected\)/.test(await cursor()), 'the worksheet problem selected on line 10');
  log('clicked the problem; cursor:', JSON.stringify(await cursor()));
  await visible(page.locator('.monaco-editor .squiggly-warning').first(), 'the squiggles on support-flyer.md', 60_000);
  await visible(page.locator('.statusbar-item', { hasText: 'Support group' }).first(), 'the status bar naming the kind');
  await shot(page, 'ui-materials.png');

  // "Review workspace" from the view's title bar: a read-only review with its own title.
  await (await visible(sidebar.locator('.composite.title .action-label[aria-label*="Review workspace"]').first(), 'the Review workspace button')).click();
  const tab = await visible(page.locator('.tabs-container .tab.active', { hasText: 'grouplint review — ' }), 'the review in the active tab', 60_000);
  log('review tab:', JSON.stringify(await tab.innerText()));
  const review = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  await visible(review.locator('h1', { hasText: 'grouplint review — ' }), 'the review heading', 30_000);
  await visible(review.locator('text=7 Markdown files checked'), 'the review summary');
  await shot(page, 'ui-review.png');

  // A problem's link opens the document at the problem.
  await review.locator('a.at[data-href*="support-flyer.md#L10C24"]').first().click();
  await visible(page.locator('.tabs-container .tab.active', { hasText: 'support-flyer.md' }), 'support-flyer.md opened from the review');
  await until(async () => /Ln 10, Col 24/.test(await cursor()), 'the cursor at Ln 10, Col 24 (from the review)');
  log('review link opened support-flyer.md at', JSON.stringify(await cursor()));

  // A rule's link opens the rule's page on GitHub (a new browser tab; VS Code may ask first).
  await page.locator('.tabs-container .tab', { hasText: 'grouplint review — ' }).first().click();
  const popup = context.waitForEvent('page', { timeout: 30_000 }).catch(() => undefined);
  await review.locator(`a.rule[data-href="${RULE_PAGE}support-disclaimer.md"]`).first().click();
  const ask = page.locator('.monaco-dialog-box');
  const opened = await Promise.race([
    popup,
    ask
      .waitFor({ timeout: 30_000 })
      .then(() => 'dialog')
      .catch(() => undefined),
  ]);
  let target;
  if (opened === 'dialog') {
    const text = await ask.innerText();
    log('VS Code asks before opening:', JSON.stringify(text.replace(/\s+/g, ' ')));
    if (!text.includes(`${RULE_PAGE}support-disclaimer.md`)) throw new Error(`the dialog does not name the rule page: ${text}`);
    await ask
      .locator('.monaco-button', { hasText: /^Open$/ })
      .first()
      .click();
    target = await popup;
  } else target = opened;
  if (!target) throw new Error('the rule link opened nothing');
  const targetUrl = await until(async () => (target.url() !== 'about:blank' ? target.url() : undefined), 'the rule page URL', 15_000).catch(() => target.url());
  log('rule link opened:', targetUrl);
  if (!targetUrl.startsWith(`${RULE_PAGE}support-disclaimer.md`)) throw new Error(`the rule link opened ${targetUrl}`);
  await target.close();

  // "Apply safe fixes…" shows the Refactor Preview: every change listed, none made until checked.
  await page.locator('.tabs-container .tab', { hasText: 'grouplint review — ' }).first().click();
  await review.locator('button[data-action="fix"]').click();
  const preview = page.locator('.bulk-edit-panel').first();
  await visible(preview, 'the Refactor Preview', 30_000);
  const top = preview.locator('.monaco-list-row[aria-level="1"]');
  await visible(top.first(), 'the changes in the preview');
  await until(async () => (await top.count()) > 0 && (await preview.locator('.monaco-list-row').count()) > (await top.count()), 'the preview tree expanded');
  log('Refactor Preview:', JSON.stringify((await preview.locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '))));
  // Check every change (a heading's checkbox checks the changes under it), as the manager does.
  for (let i = 0; i < (await top.count()); i++) {
    const box = top.nth(i).locator('.edit-checkbox').first();
    if (!/\bchecked\b/.test((await box.getAttribute('class')) ?? '')) await box.click();
  }
  await until(async () => (await preview.locator('.edit-checkbox:not(.checked)').count()) === 0, 'every change checked');
  await shot(page, 'ui-fix-preview.png');
  await (await visible(page.locator('.monaco-button', { hasText: /^Apply$/ }).first(), 'the Apply button')).click();
  // Applied as a refactoring, the files are saved: each holds what `grouplint --fix` gives it.
  for (const [file, text] of expected) {
    await until(() => Promise.resolve(fs.readFileSync(path.join(workspace, file), 'utf8') === text), `${file} saved with its safe fixes`);
  }
  log('applied: every file holds what grouplint --fix gives it');
  const fixed = fs.readFileSync(path.join(workspace, 'support-flyer.md'), 'utf8');
  if (!fixed.includes('It is not therapy or a clinical service')) throw new Error('support-flyer.md has no disclaimer');
  if (!/worksheet/.test(fixed)) throw new Error('the worksheet line (a suggestion, never a safe fix) was removed');
  // In the Problems panel: the disclaimer problem is gone, the worksheet suggestion remains.
  await page.keyboard.press('Control+Shift+M');
  const problems = page.locator('.markers-panel');
  await visible(
    problems.locator('.monaco-list-row', { hasText: 'support-no-clinical-activities' }).first(),
    'the worksheet problem still in the Problems panel',
  );
  await until(
    async () => !(await problems.locator('.monaco-list-row', { hasText: 'support-disclaimer' }).count()),
    'support-disclaimer gone from the Problems panel',
  );
  log(
    'Problems panel after the fix:',
    JSON.stringify((await problems.locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ')).slice(0, 12)),
  );
  ok = true;
} catch (e) {
  log('FAILED:', e.message.split('\n')[0], `(see ${path.join(shots, 'ui-review-failure.png')})`);
  await shot(page, 'ui-review-failure.png').catch(() => {});
} finally {
  await browser.close();
}
console.log(ok ? 'ui-review: ok' : 'ui-review: FAILED');
process.exit(ok ? 0 : 1);
