// The Chromium that the end-to-end tests, the benchmarks and the fixture generators drive, and
// how they start it: one place, so a flag that helps on this machine helps all of them.
import { existsSync } from 'node:fs';

/** Flags that work here (DESIGN.md): no sandbox (root in a container), no GPU, nothing that phones home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** `$PLAYWRIGHT_CHROMIUM_EXECUTABLE`, else Debian's `/usr/bin/chromium` when present, else Playwright's own (undefined). */
export function chromiumExecutable() {
  return process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}

/** Options for Playwright's `chromium.launch()` (or a config's `launchOptions`); `extraArgs` after the usual flags. */
export function chromiumLaunchOptions(extraArgs = []) {
  return { executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS, ...extraArgs] };
}
