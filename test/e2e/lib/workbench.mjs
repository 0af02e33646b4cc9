// What a user does in the VS Code workbench, as keyboard and mouse actions on the real DOM.
// Every step waits on a visible condition (an element, a text, a file's content), never on time.
// Positions are found from the file's text (line/column) and reached with "Go to Line", since
// pixel offsets of Arabic-script (RTL) and Devanagari lines cannot be computed from columns.
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

/** Polls `probe` until it returns a truthy value; throws with `what` and the last value at the deadline. */
export async function until(what, probe, { timeout = 30_000 } = {}) {
  const deadline = Date.now() + timeout;
  let delay = 25;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 250);
  }
}

/** Inner text of every visible element matching `selector`. */
export async function visibleTexts(page, selector) {
  return page.locator(selector).evaluateAll((els) =>
    els.filter((e) => e.offsetParent !== null || e.getClientRects().length > 0).map((e) => e.innerText),
  );
}

/** Waits until a visible element matching `selector` has text matching `re`; returns that text. */
export async function waitForText(page, selector, re, opts) {
  return until(`${selector} to show ${re}`, async () => (await visibleTexts(page, selector)).find((t) => re.test(t)), opts);
}

/** Closes whatever overlay (hover, quick input, suggest, peek) is open, so the next step starts clean. */
export async function dismiss(page) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
}

/** The name shown on the active editor tab. */
export async function activeTab(page) {
  return (await page.locator('.tabs-container .tab.active').first().getAttribute('aria-label').catch(() => null)) ?? '';
}

/** Opens a workspace file with Quick Open (Ctrl+P), the way a user does, and waits for its editor. */
export async function openFile(page, name, { timeout = 30_000 } = {}) {
  await dismiss(page);
  await page.keyboard.press(`${MOD}+P`);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(name);
  // Results come from a file search (ripgrep on the server) and the list first shows recently
  // opened files: Enter only once the focused (first) row is the file asked for.
  await page
    .locator('.quick-input-list .monaco-list-row.focused', { hasText: name })
    .waitFor({ state: 'visible', timeout });
  await page.keyboard.press('Enter');
  await until(`editor tab ${name}`, async () => (await activeTab(page)).includes(name), { timeout });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor({ timeout });
}

/** Waits for a status bar item whose text contains `text` (and matches `re` when given); returns its text. */
export async function waitForStatusItem(page, text, { re, timeout = 60_000 } = {}) {
  return until(
    `status bar item "${text}"${re ? ` matching ${re}` : ''}`,
    async () => (await visibleTexts(page, '.statusbar-item')).find((t) => t.includes(text) && (!re || re.test(t))),
    { timeout },
  );
}

/** 1-based line and column (UTF-16 units, as VS Code counts) of the `nth` occurrence of `needle`. */
export function locate(filePath, needle, { nth = 0, offsetInNeedle = 0 } = {}) {
  const text = readFileSync(filePath, 'utf8').replace(/\r\n/g, '\n');
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not in ${filePath}`);
  }
  at += offsetInNeedle;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return { line, column };
}

/** Moves the cursor of the active editor to line:column with "Go to Line" (Ctrl+G). */
export async function goToLine(page, line, column = 1) {
  await dismiss(page);
  await page.keyboard.press(`${MOD}+G`);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
  // The status bar echoes the cursor position: proof the move happened before the next key.
  await until(`cursor at ${line}:${column}`, async () =>
    (await visibleTexts(page, '.statusbar-item')).some((t) => t.includes(`Ln ${line}, Col ${column}`)),
  );
}

/** Puts the cursor on `needle` (its first character + offsetInNeedle) in the active editor's file. */
export async function cursorTo(page, filePath, needle, opts) {
  const pos = locate(filePath, needle, opts);
  await goToLine(page, pos.line, pos.column);
  return pos;
}

/**
 * Shows the hover at the cursor with the keyboard (Show Hover, Ctrl+K Ctrl+I) and waits until its
 * text matches `re`; returns the text. Works the same on RTL and LTR lines.
 */
export async function hoverAtCursor(page, re, { timeout = 30_000 } = {}) {
  const deadline = Date.now() + timeout;
  // Hover results arrive only once the server has analysed the file: ask again until they match.
  return until(
    `hover matching ${re}`,
    async () => {
      await page.keyboard.press(`${MOD}+K`);
      await page.keyboard.press(`${MOD}+I`);
      const left = Math.max(500, Math.min(3000, deadline - Date.now()));
      return waitForText(page, '.monaco-hover', re, { timeout: left }).catch(() => undefined);
    },
    { timeout },
  );
}

/**
 * Screen rectangle of `needle` on a rendered line of the active editor, measured with a DOM Range
 * over its text nodes (correct for bidi text, where columns do not map to x offsets).
 */
export async function rectOfText(page, needle) {
  return page.evaluate((needle) => {
    const norm = (s) => s.replace(/\u00a0/g, ' ');
    const editor = document.querySelector('.editor-group-container.active .monaco-editor .view-lines');
    for (const line of editor?.querySelectorAll('.view-line') ?? []) {
      const nodes = [];
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
      const full = norm(nodes.map((n) => n.data).join(''));
      const at = full.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      let pos = 0;
      for (const n of nodes) {
        const end = pos + n.data.length;
        if (at >= pos && at < end) range.setStart(n, at - pos);
        if (at + needle.length > pos && at + needle.length <= end) {
          range.setEnd(n, at + needle.length - pos);
          break;
        }
        pos = end;
      }
      const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, needle);
}

/** Hovers the mouse over `needle` in the active editor (scrolled into view first) and returns the hover text matching `re`. */
export async function hoverWithMouse(page, filePath, needle, re, { timeout = 30_000, ...opts } = {}) {
  await cursorTo(page, filePath, needle, opts);
  const rect = await until(`"${needle}" rendered`, () => rectOfText(page, needle));
  return until(
    `mouse hover on "${needle}" matching ${re}`,
    async () => {
      // Leave and re-enter the word: the editor shows a hover on mouse movement only.
      await page.mouse.move(2, 2);
      await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 3 });
      return waitForText(page, '.monaco-hover', re, { timeout: 3000 }).catch(() => undefined);
    },
    { timeout },
  );
}

/** Opens the Problems panel (Ctrl+Shift+M) and returns the visible rows' texts (aria labels carry file, line, message). */
export async function problems(page) {
  if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) {
    await page.keyboard.press(`${MOD}+Shift+M`);
    await page.locator('.markers-panel').waitFor({ state: 'visible' });
  }
  return page
    .locator('.markers-panel .monaco-list-row')
    .evaluateAll((rows) => rows.map((r) => `${r.getAttribute('aria-label') ?? ''}\n${r.innerText}`));
}

/** Waits until a Problems row matches `re`; returns it. */
export async function waitForProblem(page, re, { timeout = 60_000 } = {}) {
  return until(`a Problems row matching ${re}`, async () => (await problems(page)).find((t) => re.test(t)), { timeout });
}

/**
 * Opens Quick Fix (Ctrl+.) at the cursor and chooses the action whose title matches `re` with the
 * arrow keys and Enter. Returns the chosen title.
 */
export async function quickFix(page, re, { timeout = 30_000 } = {}) {
  const rows = page.locator('.action-widget .monaco-list-row.action');
  const titles = await until(
    `a quick fix matching ${re}`,
    async () => {
      await dismiss(page);
      await page.keyboard.press(`${MOD}+.`);
      await rows.first().waitFor({ state: 'visible', timeout: 5000 }).catch(() => {});
      const t = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') || e.innerText));
      return t.some((x) => re.test(x)) && t;
    },
    { timeout },
  );
  const index = titles.findIndex((t) => re.test(t));
  const focused = () => rows.evaluateAll((els) => els.findIndex((e) => e.classList.contains('focused')));
  // The first action is focused when the menu opens; step down until the wanted one is.
  await until('the quick fix focused', async () => {
    const f = await focused();
    if (f === index) return true;
    await page.keyboard.press(f < index ? 'ArrowDown' : 'ArrowUp');
    return false;
  });
  await page.keyboard.press('Enter');
  await page.locator('.action-widget').waitFor({ state: 'hidden' });
  return titles[index];
}

/** Saves the active editor and waits until the file on disk contains `expected`. */
export async function saveAndExpect(page, filePath, expected, { timeout = 15_000 } = {}) {
  await page.keyboard.press(`${MOD}+S`);
  return until(`${path.basename(filePath)} to contain ${expected}`, () => readFileSync(filePath, 'utf8').includes(expected), { timeout });
}

/** Go to Definition (F12) at the cursor; waits until another file's tab is active and returns its name. */
export async function goToDefinition(page, { timeout = 30_000 } = {}) {
  const before = await activeTab(page);
  await page.keyboard.press('F12');
  return until('another file opened by Go to Definition', async () => {
    const now = await activeTab(page);
    return now && now !== before && now;
  }, { timeout });
}

/** Runs a command by its title through the Command Palette (Ctrl+Shift+P). */
export async function runCommand(page, title) {
  await dismiss(page);
  await page.keyboard.press(`${MOD}+Shift+P`);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/** Saves a full-page screenshot to `dir/name.png`; returns its path. */
export async function screenshot(page, dir, name) {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}
