import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium; `npx playwright install` is never used (no downloads). */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Chromium headless with its background services off, so the only requests it makes are the
 * page's own. playwright gives every launch a fresh temporary profile (it refuses --user-data-dir).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
