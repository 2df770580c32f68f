// Debian's Chromium, never a downloaded browser; the flags keep it off this closed network
// (without them it stalls on connections the network refuses). Shared by the e2e config and
// the screenshot script.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
