import { spawn } from 'node:child_process';

/**
 * The command that opens an address in the person's browser or mail program: $BROWSER (the
 * first of its colon-separated commands, with %s for the address), else the platform's own opener.
 */
export function openerFor(
  href: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
  platform: NodeJS.Platform = process.platform,
): { readonly command: string; readonly args: readonly string[] } {
  const browser = env.BROWSER?.split(':').find((entry) => entry.trim() !== '');
  if (browser) {
    const [command = '', ...args] = browser.trim().split(/\s+/);
    return args.some((arg) => arg.includes('%s'))
      ? { command, args: args.map((arg) => arg.replaceAll('%s', () => href)) }
      : { command, args: [...args, href] };
  }
  if (platform === 'darwin') return { command: 'open', args: [href] };
  // Not `cmd /c start`: cmd would read & and | in the address as commands.
  if (platform === 'win32') {
    return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', href] };
  }
  return { command: 'xdg-open', args: [href] };
}

/**
 * Opens an address without a shell (so nothing in it is run as a command) and without waiting
 * for the browser. Resolves to why it could not, or undefined once the opener has started.
 */
export function openAddress(
  href: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<string | undefined> {
  const { command, args } = openerFor(href, env);
  return new Promise((resolve) => {
    try {
      const child = spawn(command, [...args], { detached: true, stdio: 'ignore' });
      child.once('error', (error: NodeJS.ErrnoException) =>
        resolve(
          error.code === 'ENOENT'
            ? `no program to open it with (${command} is not installed; set BROWSER)`
            : `${command} failed (${error.code ?? error.message})`,
        ),
      );
      child.once('spawn', () => {
        child.unref();
        resolve(undefined);
      });
    } catch (error) {
      resolve(`${command} failed (${(error as Error).message})`);
    }
  });
}
