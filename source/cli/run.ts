import { delimiter, resolve } from 'node:path';
import { appPaths } from '../adapters/app-paths.js';
import { GuideCache } from '../adapters/guide-cache.js';
import {
  builtInContentDir,
  guideFilesIn,
  loadLibrary,
  resolveGuide,
} from '../adapters/guide-files.js';
import type { Guide } from '../domain/guide/guide.js';
import { parseCommandLine, UsageError, type ParsedArgs } from './args.js';
import { EXIT, err, out, requireGuide, shadowedGuide, skippedGuide } from './io.js';
import { COMMAND_HELP, commandHelp, globalHelp, manPage, usageLine, VERSION } from './help.js';
import { helpRows } from '../state/keymap.js';
import { isFolder } from '../adapters/read-file.js';
import { setDateLocale } from '../domain/text/dates.js';
import { chooseLanguage, formatLocale, type LanguageChoice } from '../domain/i18n/language.js';
import { setLanguage, t } from '../domain/i18n/translate.js';
import type { Background, BackgroundQuery } from '../adapters/terminal.js';
import { chooseScreenReader, userSettings, wantsScreenReader } from './user-settings.js';

// The command line, from its words to an exit code. Each command's code is loaded when that
// command runs: start-up reads only what it needs. main.ts is the process around it.

/** The guide opened when none is named: the first one stepwise ships with. */
function defaultGuide(): string {
  const dir = builtInContentDir();
  return guideFilesIn(dir)[0] ?? dir;
}

function contentDirs(args: ParsedArgs): string[] {
  const extra = [args.content, ...(process.env.STEPWISE_CONTENT_DIR?.split(delimiter) ?? [])];
  return [
    ...extra.filter((dir): dir is string => Boolean(dir)).map((dir) => resolve(dir)),
    builtInContentDir(),
  ];
}

/**
 * The background to choose colours for: --theme, else the setting, else what the terminal says in
 * COLORFGBG; failing those, the terminal is asked (undefined when it cannot be).
 */
async function themeBackground(
  args: ParsedArgs,
): Promise<Background | BackgroundQuery | undefined> {
  // A screen reader is given plain text: there are no colours to choose, and nothing to ask.
  if (wantsScreenReader()) return 'dark';
  const theme = args.theme ?? userSettings().theme;
  if (theme === 'dark' || theme === 'light') return theme;
  const { backgroundFromEnv, askBackground } = await import('../adapters/terminal.js');
  return backgroundFromEnv() ?? askBackground();
}

/** The guide named with --guide, or every guide in the content folders for the picker. */
async function openApp(
  args: ParsedArgs,
  dirs: readonly string[],
  cache: GuideCache,
): Promise<number> {
  // The terminal is asked for its background first: its answer comes while the app loads.
  const background = await themeBackground(args);
  const app = import('./run-app.js');
  try {
    // Handled where it is awaited; this only keeps an early return from leaving it unhandled.
    app.catch(() => undefined);
    const { ProgressStore } = await import('../adapters/progress-store.js');
    // The app waits for a busy file only briefly, so a key never freezes the screen for long: it
    // says the file is busy and saves the change with the next one (commands wait 5 s).
    const { openSyncLink } = await import('./open-progress.js');
    const sync = openSyncLink();
    const store = ProgressStore.open(appPaths().config, new Date(), {
      lockWaitMs: 500,
      moveAsideOnChange: true,
      ...(sync && { sync }),
    });
    const guides = await guidesToOpen(args, dirs, cache);
    if (!guides) return EXIT.failure;
    const { runApp } = await app;
    return await runApp(guides, store, {
      watch: args.watch,
      // Clicks would be reported as bytes a screen reader cannot use; its keys do everything.
      mouse: args.mouse && !wantsScreenReader(),
      screenReader: wantsScreenReader(),
      background: background ?? 'dark',
    });
  } finally {
    // The app stops the question before it reads the keyboard. Any other way out (a guide that
    // cannot be opened) gives the answer a moment to come, so that it is not typed at the prompt.
    if (typeof background === 'object') await background.stop(120);
  }
}

/** The guide named with --guide, or every guide of the content folders; undefined after an error. */
async function guidesToOpen(
  args: ParsedArgs,
  dirs: readonly string[],
  cache: GuideCache,
): Promise<{ guide: Guide; path: string }[] | undefined> {
  if (args.guide !== undefined) {
    const loaded = await resolveGuide(args.guide, dirs, cache);
    const guide = requireGuide(loaded);
    return guide && [{ guide, path: loaded.path }];
  }
  const { guides, failed, shadowed } = await loadLibrary(dirs, cache);
  for (const { path } of failed) err(skippedGuide(path));
  for (const entry of shadowed) err(shadowedGuide(entry));
  if (guides.length === 0) {
    err(`stepwise: ${t('no guides found in {folders}', { folders: dirs.join(', ') })}`);
    return undefined;
  }
  return guides;
}

/** The guide named with --guide, or every good guide of the content folders, for due and remind. */
async function errandGuides(
  args: ParsedArgs,
  dirs: readonly string[],
  cache: GuideCache,
): Promise<Guide[] | undefined> {
  if (args.guide !== undefined) {
    const guide = requireGuide(await resolveGuide(args.guide, dirs, cache));
    return guide && [guide];
  }
  // A guide with errors is left out quietly: `due` runs from cron, where any word is a mail.
  return (await loadLibrary(dirs, cache)).guides.map(({ guide }) => guide);
}

/** Commands whose output is for a program or a file (a script, a man page, a checklist). */
const MACHINE_OUTPUT: ReadonlySet<string> = new Set([
  '__complete',
  '__man',
  'completion',
  'config-path',
  'export',
  'remind',
  'import',
]);

/** Speaks the chosen language, with dates and numbers in it; its catalog is read only then. */
async function speakLanguage(choice: LanguageChoice): Promise<void> {
  const language = choice.ok ? choice.language : 'en';
  const catalog = language === 'es' ? (await import('../domain/i18n/es.js')).ES : undefined;
  setLanguage(language, process.env, catalog);
  setDateLocale(formatLocale(language, process.env));
}

/** One run of the command line: what it prints goes to stdout and stderr; the exit code is returned. */
export async function run(argv: readonly string[]): Promise<number> {
  // The person's language (and dates in it) from here on: the locale's first, so that a problem
  // with the settings file is said in it; then the setting's; --lang, once read, may change it.
  await speakLanguage(chooseLanguage(undefined, 'auto', process.env));
  const setting = userSettings().language;
  if (setting !== 'auto') await speakLanguage(chooseLanguage(undefined, setting, process.env));
  let args: ParsedArgs;
  try {
    args = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // The closest known word, looked up only when something was mistyped.
    const close =
      error.typed === undefined
        ? undefined
        : (await import('../domain/search/suggest.js')).nearestWord(error.typed, error.known);
    const hint = close === undefined ? '' : ` - ${t('did you mean "{name}"?', { name: close })}`;
    err(`stepwise: ${error.message}${hint}\n${usageLine()} ${t('(see "stepwise --help")')}`);
    return EXIT.usage;
  }
  if (args.lang !== undefined) {
    const chosen = chooseLanguage(args.lang, 'auto', process.env);
    if (!chosen.ok) {
      err(`stepwise: ${chosen.reason}`);
      return EXIT.usage;
    }
    await speakLanguage(chosen);
  }
  if (args.command === 'help' || args.help) {
    // `stepwise help <command>`, `stepwise <command> --help`, or everything.
    const topic = args.command === 'help' ? args.positionals[0] : args.command;
    if (topic === undefined || topic === 'app') {
      out(globalHelp());
    } else if (Object.hasOwn(COMMAND_HELP, topic)) {
      out(commandHelp(topic as keyof typeof COMMAND_HELP));
    } else {
      err(
        `stepwise help: ${t('no command "{command}" (commands: {commands})', { command: topic, commands: Object.keys(COMMAND_HELP).join(', ') })}`,
      );
      return EXIT.usage;
    }
    return EXIT.ok;
  }
  if (args.version) {
    out(VERSION);
    return EXIT.ok;
  }
  // Text for people is said in words for a screen reader; scripts, pages and files stay as they are.
  // --plain is the app as text, for screen readers and logs: it uses the same words.
  if (!MACHINE_OUTPUT.has(args.command)) {
    chooseScreenReader(args.screenReader ?? (args.plain ? true : undefined));
  }
  const dirs = contentDirs(args);
  // A folder named on the command line that is not there is a mistake worth a word.
  if (args.content !== undefined && !isFolder(resolve(args.content))) {
    err(`stepwise: --content ${args.content}: ${t('no such folder')}`);
    return EXIT.failure;
  }
  const cache = new GuideCache(appPaths().cache);
  switch (args.command) {
    case 'lint':
      return (await import('./commands/lint.js')).lint(args.positionals, dirs, args.json);
    case 'list':
      return (await import('./commands/list.js')).listGuides(dirs, args.json, cache);
    case 'config-path':
      out((await import('./open-progress.js')).progressPath());
      return EXIT.ok;
    case 'import':
      return (await import('./commands/import.js')).importCommand(args.positionals, {
        ...(args.id !== undefined && { id: args.id }),
        ...(args.output !== undefined && { output: args.output }),
      });
    case '__man':
      // The build writes this to man/stepwise.1: in English, whatever the builder's locale.
      await speakLanguage({ ok: true, language: 'en', from: '__man' });
      out(manPage(helpRows()));
      return EXIT.ok;
    case 'completion':
      return (await import('./commands/completion.js')).completion(args.positionals);
    case 'config':
      return (await import('./commands/config.js')).config(args.positionals, args.json);
    case 'sync':
      return (await import('./commands/sync.js')).sync(args.json);
    case 'search': {
      if (!args.everywhere) break;
      const { guides } = await loadLibrary(dirs, cache);
      return (await import('./commands/search.js')).searchEverywhere(guides, args.positionals, {
        json: args.json,
        ...(args.limit !== undefined && { limit: args.limit }),
      });
    }
    case 'due':
    case 'remind': {
      // Every guide the person keeps, unless one is named: an errand may be in any of them.
      const guides = await errandGuides(args, dirs, cache);
      if (!guides) return EXIT.failure;
      const errands = await import('./commands/errands.js');
      return args.command === 'due'
        ? errands.due(guides, args.json)
        : errands.remind(guides, args.ics, args.output);
    }
    case '__complete':
      return (await import('./commands/completion.js')).complete(
        args.positionals,
        dirs,
        args.guide ?? defaultGuide(),
        cache,
      );
    default:
      break;
  }
  // A dumb terminal (Emacs shell, some CI logs) cannot show the full-screen app: print instead.
  const fullScreen =
    !args.plain && process.stdout.isTTY && process.stdin.isTTY && process.env.TERM !== 'dumb';
  if (args.command === 'app' && fullScreen) {
    return openApp(args, dirs, cache);
  }
  const guide = requireGuide(await resolveGuide(args.guide ?? defaultGuide(), dirs, cache));
  if (!guide) return EXIT.failure;
  switch (args.command) {
    case 'print':
      return (await import('./commands/print.js')).printGuide(guide, args.json);
    case 'app':
      // Without a terminal on both ends there is no one to press keys: print instead.
      return (await import('./commands/print.js')).printGuide(guide, false);
    case 'search':
      return (await import('./commands/search.js')).searchCommand(guide, args.positionals, {
        json: args.json,
        faq: args.faq,
        ...(args.limit !== undefined && { limit: args.limit }),
      });
    case 'progress':
      return (await import('./commands/progress.js')).showProgress(guide, args.json);
    case 'done':
    case 'undo': {
      const { mark } = await import('./commands/mark.js');
      return mark(guide, args.positionals, args.command === 'done', args.json);
    }
    case 'route':
      return (await import('./commands/route.js')).routeCommand(guide, args.positionals, {
        clear: args.clear,
        json: args.json,
      });
    case 'reset':
      return (await import('./commands/reset.js')).reset(guide, args.yes);
    case 'export':
      return (await import('./commands/export.js')).exportChecklist(guide, args.output);
    case 'note':
      return (await import('./commands/notes.js')).addNoteCommand(
        guide,
        args.positionals,
        args.json,
      );
    case 'notes':
      return (await import('./commands/notes.js')).listNotes(guide, args.json);
    default: {
      // Every command is handled above: the compiler checks none is left.
      const unhandled: never = args.command;
      return unhandled;
    }
  }
}
