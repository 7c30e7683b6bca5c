#!/usr/bin/env node
// UI check, as a person would see it: a code-server with the packaged extension installed. Opens the
// support-group flyer, waits for a warning squiggle, opens the Problems panel (a row per rule), opens
// the quick-fix menu (Ctrl+.) on the worksheet squiggle, and saves a screenshot of each state.
// usage: node scripts/e2e/ui-check.mjs <code-server url> <workspace dir> <screenshot dir>
// writes ui-editor.png, ui-problems.png, ui-quickfix.png (ui-failure.png when a step fails); exit 0/1.
import path from 'node:path';
import { launchChromium, workbenchUrl } from './lib.mjs';

const [url, workspace, shots] = process.argv.slice(2);
if (!shots) {
  console.error('usage: node scripts/e2e/ui-check.mjs <code-server url> <workspace dir> <screenshot dir>');
  process.exit(2);
}
const FLYER = 'support-flyer.md';
const t0 = Date.now();
const log = (...a) => console.log(`[ui ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const shot = (page, name) => page.screenshot({ path: path.join(shots, name) });
/** Waits for `locator` to be visible, failing with a message that names the step. */
async function visible(locator, what, ms) {
  try {
    await locator.waitFor({ timeout: ms });
  } catch {
    throw new Error(`timed out after ${ms / 1000}s waiting for ${what}`);
  }
  return locator;
}

const browser = await launchChromium();
let ok = false;
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('pageerror', (e) => log('page error:', e.message.slice(0, 200)));
try {
  await page.goto(workbenchUrl({ url }, workspace));
  await visible(page.locator('.monaco-workbench'), 'the workbench', 60_000);
  log('workbench loaded');

  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: FLYER }).first();
  await (await visible(row, `${FLYER} in the Explorer`, 60_000)).click();
  await visible(page.locator('.monaco-editor .view-lines', { hasText: 'worksheet' }).first(), `${FLYER} in the editor`, 30_000);
  log(`${FLYER} open in the editor`);

  const squiggle = await visible(page.locator('.monaco-editor .squiggly-warning').first(), 'a warning squiggle', 60_000);
  log('warning squiggle shown');
  await shot(page, 'ui-editor.png');

  await page.keyboard.press('Control+Shift+M'); // View: Problems
  // One row per problem, each naming grouplint and the rule id.
  for (const rule of ['support-disclaimer', 'support-no-clinical-activities']) {
    const row = await visible(page.locator('.markers-panel .monaco-list-row', { hasText: rule }).first(), `a ${rule} row in the Problems panel`, 30_000);
    const text = await row.innerText();
    if (!text.includes('grouplint')) throw new Error(`the ${rule} row does not name grouplint: ${JSON.stringify(text)}`);
    log('Problems panel:', JSON.stringify(text));
  }
  await shot(page, 'ui-problems.png');

  // Put the caret on the worksheet squiggle (the last warning; the first is on the title), then ask
  // for quick fixes: the menu opens below it and leaves the title's squiggle in view.
  const worksheetSquiggle = page.locator('.monaco-editor .squiggly-warning').last();
  const box = (await worksheetSquiggle.boundingBox()) ?? (await squiggle.boundingBox());
  if (!box) throw new Error('the squiggle has no position on screen');
  await page.mouse.click(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2);
  await page.keyboard.press('Escape'); // a hover may have opened; the caret stays
  // Under load a key press can land before the editor is ready for it: ask again, a few times.
  const menu = page.locator('.action-widget .monaco-list-row.action').first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    try {
      await visible(menu, 'the quick-fix menu', 10_000);
      break;
    } catch (e) {
      if (attempt === 3) throw e;
      log(`no quick-fix menu yet (attempt ${attempt}), pressing Ctrl+. again`);
    }
  }
  const items = (await page.locator('.action-widget .monaco-list-row.action').allInnerTexts()).map((t) => t.trim());
  log('quick-fix menu:', JSON.stringify(items));
  if (!items.some((t) => /^(Remove this sentence|Insert the support-group disclaimer under the title)$/.test(t))) {
    throw new Error('the quick-fix menu offers no grouplint fix');
  }
  await shot(page, 'ui-quickfix.png');
  await page.keyboard.press('Escape');
  ok = true;
} catch (e) {
  log('FAILED:', e.message.split('\n')[0], `(see ${path.join(shots, 'ui-failure.png')})`);
  await shot(page, 'ui-failure.png').catch(() => {});
} finally {
  await browser.close();
}
console.log(ok ? 'ui-check: ok' : 'ui-check: FAILED');
process.exit(ok ? 0 : 1);
