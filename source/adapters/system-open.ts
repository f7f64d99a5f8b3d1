import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { t } from '../domain/i18n/translate.js';

type Opener = { readonly command: string; readonly args: readonly string[] };

/**
 * One $BROWSER entry as a command and its arguments: words split at spaces, except inside quotes
 * or after a backslash; a whole entry that names an existing file is that file, spaces and all.
 * "%s" is the address ("%%" a percent sign); without one, the address comes last.
 */
function browserEntry(entry: string, href: string, exists: (path: string) => boolean): Opener {
  const trimmed = entry.trim();
  const words: string[] = [];
  if (exists(trimmed)) {
    words.push(trimmed);
  } else {
    let word = '';
    let quote: string | undefined;
    let started = false;
    for (let index = 0; index < trimmed.length; index += 1) {
      const char = trimmed[index] ?? '';
      if (quote !== undefined) {
        if (char === quote) quote = undefined;
        else word += char;
      } else if (char === '"' || char === "'") {
        quote = char;
        started = true;
      } else if (char === '\\' && index + 1 < trimmed.length) {
        index += 1;
        word += trimmed[index];
        started = true;
      } else if (/\s/.test(char)) {
        if (started || word !== '') words.push(word);
        word = '';
        started = false;
      } else {
        word += char;
        started = true;
      }
    }
    if (started || word !== '') words.push(word);
  }
  const [command = '', ...args] = words;
  const withAddress = (arg: string) =>
    arg.replace(/%%|%s/g, (code) => (code === '%s' ? href : '%'));
  return args.some((arg) => /(?<!%)%s/.test(arg))
    ? { command, args: args.map(withAddress) }
    : { command, args: [...args, href] };
}

/**
 * The commands that may open an address, in the order to try them: each of $BROWSER's
 * colon-separated commands, then the platform's own opener.
 */
export function openersFor(
  href: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = isFile,
): readonly Opener[] {
  const browsers = (env.BROWSER ?? '')
    .split(platform === 'win32' ? ';' : ':')
    .filter((entry) => entry.trim() !== '')
    .map((entry) => browserEntry(entry, href, exists))
    .filter((opener) => opener.command !== '');
  const system: Opener =
    platform === 'darwin'
      ? { command: 'open', args: [href] }
      : platform === 'win32'
        ? // Not `cmd /c start`: cmd would read & and | in the address as commands.
          { command: 'rundll32', args: ['url.dll,FileProtocolHandler', href] }
        : { command: 'xdg-open', args: [href] };
  return [...browsers, system];
}

/** The first command that may open an address (see openersFor). */
export function openerFor(
  href: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = isFile,
): Opener {
  return openersFor(href, env, platform, exists)[0]!;
}

function isFile(path: string): boolean {
  try {
    return path.includes('/') && statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Opens an address without a shell (so nothing in it is run as a command) and without waiting
 * for the browser. Resolves to why it could not, or undefined once the opener has started.
 */
export async function openAddress(
  href: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<string | undefined> {
  // A command that is not installed is passed over for the next one; the last one's failure is said.
  let failure: string | undefined;
  for (const opener of openersFor(href, env)) {
    failure = await start(opener);
    if (failure === undefined) return undefined;
  }
  return failure;
}

function start({ command, args }: Opener): Promise<string | undefined> {
  return new Promise((resolve) => {
    try {
      const child = spawn(command, [...args], { detached: true, stdio: 'ignore' });
      child.once('error', (error: NodeJS.ErrnoException) =>
        resolve(
          error.code === 'ENOENT'
            ? t('no program to open it with ({command} is not installed; set BROWSER)', { command })
            : t('{command} failed ({value})', { command, value: error.code ?? error.message }),
        ),
      );
      child.once('spawn', () => {
        child.unref();
        resolve(undefined);
      });
    } catch (error) {
      resolve(t('{command} failed ({value})', { command, value: (error as Error).message }));
    }
  });
}
