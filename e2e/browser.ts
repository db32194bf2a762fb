import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const screenshotDir = fileURLToPath(new URL('./screenshots', import.meta.url));

/** Debian's Chromium, headless, with no background traffic (the machine has no network). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * The antd dropdown of `kind` just opened. It opens with a slide whose box still moves, and a
 * click during it can land beside the option, so it is returned once the motion has ended.
 */
async function opened(page: Page, kind: 'select' | 'cascader') {
  const dropdown = page.locator(`.ant-${kind}-dropdown:visible`).last();
  await expect.poll(() => dropdown.getAttribute('class')).not.toMatch(/-(appear|enter)\b/);
  return dropdown;
}

/** Opens the dropdown of the field labelled `label`, after any other has finished closing. */
async function open(page: Page, scope: Page | Locator, label: string) {
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
  await scope.getByLabel(label, { exact: true }).click();
}

/** Picks the option (several, for a multiple Select) of the antd Select labelled `label`. */
export async function choose(
  page: Page,
  label: string,
  options: string | readonly string[],
  scope: Page | Locator = page,
) {
  await open(page, scope, label);
  const dropdown = await opened(page, 'select');
  for (const option of [options].flat()) {
    await dropdown.locator(`.ant-select-item-option[title="${option}"]`).click();
  }
}

/** Walks the antd Cascader labelled `label` through the options' names. */
export async function cascade(
  page: Page,
  label: string,
  names: readonly string[],
  scope: Page | Locator = page,
) {
  await open(page, scope, label);
  const dropdown = await opened(page, 'cascader');
  for (const name of names) {
    await dropdown.locator('.ant-cascader-menu-item', { hasText: new RegExp(`^${name}$`) }).click();
  }
}

/**
 * Unfolds a group of a portal's menu unless it is open. Whether it is open is read from the
 * group's aria-expanded: its leaves are hidden for a moment while it unfolds on its own, and a
 * click then would fold it away again.
 */
export async function unfoldMenuGroup(nav: Locator, group: string) {
  const title = nav
    .locator('.ant-menu-submenu-title')
    .filter({ hasText: new RegExp(`^\\s*${group}\\s*$`) });
  await title.waitFor();
  if ((await title.getAttribute('aria-expanded')) !== 'true') await title.click();
}
