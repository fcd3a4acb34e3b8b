import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, headless (Playwright cannot download its own browser here). The flags keep it
 * from reaching out to the network at start, which this machine refuses.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
