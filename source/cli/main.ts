import { delimiter, resolve } from 'node:path';
import { appPaths } from '../adapters/app-paths.js';
import { GuideCache } from '../adapters/guide-cache.js';
import { FileProgressStore } from '../adapters/progress-store.js';
import { builtInContentDir, resolveGuide } from '../adapters/guide-files.js';
import { parseCommandLine, UsageError, type ParsedArgs } from './args.js';
import { lint } from './commands/lint.js';
import { listGuides } from './commands/list.js';
import { exportChecklist } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { mark } from './commands/mark.js';
import { printGuide } from './commands/print.js';
import { showProgress } from './commands/progress.js';
import { reset } from './commands/reset.js';
import { searchCommand } from './commands/search.js';
import { progressPath } from './store.js';
import { EXIT, err, out, requireGuide } from './io.js';
import { USAGE, VERSION } from './usage.js';

const DEFAULT_GUIDE = 'amex-pin';

function contentDirs(args: ParsedArgs): string[] {
  const extra = [args.content, ...(process.env.STEPWISE_CONTENT_DIR?.split(delimiter) ?? [])];
  return [
    ...extra.filter((dir): dir is string => Boolean(dir)).map((dir) => resolve(dir)),
    builtInContentDir(),
  ];
}

async function run(argv: readonly string[]): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`stepwise: ${error.message}\n${USAGE.split('\n')[0]} (see "stepwise --help")`);
    return EXIT.usage;
  }
  if (args.help) {
    out(USAGE);
    return EXIT.ok;
  }
  if (args.version) {
    out(VERSION);
    return EXIT.ok;
  }
  const dirs = contentDirs(args);
  const cache = new GuideCache(appPaths().cache);
  switch (args.command) {
    case 'lint':
      return lint(args.positionals, dirs, args.json);
    case 'list':
      return listGuides(dirs, args.json, cache);
    case 'config-path':
      out(progressPath());
      return EXIT.ok;
    case 'import':
      return importCommand(args.positionals, {
        ...(args.id !== undefined && { id: args.id }),
        ...(args.output !== undefined && { output: args.output }),
      });
    default:
      break;
  }
  const guide = requireGuide(await resolveGuide(args.guide ?? DEFAULT_GUIDE, dirs, cache));
  if (!guide) return EXIT.failure;
  switch (args.command) {
    case 'print':
      return printGuide(guide, args.json);
    case 'app': {
      // Without a terminal on both ends there is no one to press keys: print instead.
      if (args.plain || !process.stdout.isTTY || !process.stdin.isTTY)
        return printGuide(guide, false);
      const { runApp } = await import('./run-app.js');
      return runApp(guide, FileProgressStore.open(appPaths().config));
    }
    case 'search':
      return searchCommand(guide, args.positionals, {
        json: args.json,
        all: args.all,
        ...(args.limit !== undefined && { limit: args.limit }),
      });
    case 'progress':
      return showProgress(guide, args.json);
    case 'done':
    case 'undo':
      return mark(guide, args.positionals, args.command === 'done', args.json);
    case 'reset':
      return reset(guide, args.yes);
    case 'export':
      return exportChecklist(guide, args.output);
    default:
      err(`stepwise: "${args.command}" is not available yet`);
      return EXIT.failure;
  }
}

// A reader that closes the pipe early (stepwise print | head) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    err(`stepwise: unexpected error: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = EXIT.failure;
  },
);
