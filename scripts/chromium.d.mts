export const CHROMIUM_ARGS: readonly string[];
export function chromiumExecutable(): string | undefined;
export function chromiumLaunchOptions(extraArgs?: readonly string[]): { executablePath: string | undefined; args: string[] };
