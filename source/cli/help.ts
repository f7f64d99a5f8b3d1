import type { Command } from './args.js';
import { SETTING_NAMES } from '../domain/settings/settings.js';
import { toAscii } from '../domain/text/ascii.js';
import { keyLabelInWords, lineInWords } from '../domain/text/words.js';
import { msg, t } from '../domain/i18n/translate.js';

declare const STEPWISE_VERSION: string;
declare const STEPWISE_RELEASE_DATE: string;

/** The date of this version in the CHANGELOG, set by the bundler: the man page's date. */
const RELEASE_DATE =
  typeof STEPWISE_RELEASE_DATE === 'string' ? STEPWISE_RELEASE_DATE : '2026-12-06';

/** Set by the bundler from package.json, so --version reads no file at start-up. */
export const VERSION = typeof STEPWISE_VERSION === 'string' ? STEPWISE_VERSION : '0.0.0-dev';

type CommandHelp = {
  /** What follows "stepwise <command>" on the usage line. */
  readonly usage: string;
  readonly summary: string;
  readonly options: readonly (readonly [flag: string, text: string])[];
  readonly examples: readonly string[];
};

const GUIDE = [
  '--guide <path|id>',
  msg('use another guide file, or a guide of the content folders by id'),
] as const;
const JSON_OUT = ['--json', msg('print JSON (described in docs/json.md)')] as const;

/** Each command's help: shown by `stepwise help <command>` and `stepwise <command> --help`. */
export const COMMAND_HELP: Readonly<
  Record<Exclude<Command, 'app' | '__complete' | '__man'>, CommandHelp>
> = {
  print: {
    usage: 'print [--json]',
    summary: msg('print the whole guide as text, or as JSON'),
    options: [JSON_OUT, GUIDE],
    examples: ['stepwise print | less', 'stepwise print --json > guide.json'],
  },
  search: {
    usage: 'search <query...> [--json] [--limit N] [--faq] [--everywhere]',
    summary: msg('search the guide (questions, steps and tips), best match first'),
    options: [
      ['--limit N', msg('at most N results (10)')],
      ['--faq', msg('search only the questions of the FAQ')],
      ['--all', msg('the whole guide (what search does without --faq)')],
      ['--everywhere', msg("search every guide's FAQ and steps; each result names its guide")],
      JSON_OUT,
      GUIDE,
    ],
    examples: [
      'stepwise search how long does it take',
      'stepwise search --limit 3 phone number to call',
      'stepwise search --faq lost pin',
      'stepwise search --everywhere --content ~/guides reset my router',
    ],
  },
  list: {
    usage: 'list [--json]',
    summary: msg('list the guides of the content folders'),
    options: [JSON_OUT, ['--content <dir>', msg('also list the guides in this folder')]],
    examples: ['stepwise list', 'stepwise list --content ~/guides'],
  },
  lint: {
    usage: 'lint [paths...] [--json]',
    summary: msg('check guide files: one path:line: message per problem'),
    options: [JSON_OUT],
    examples: ['stepwise lint my-guide.md', 'stepwise lint ~/guides'],
  },
  progress: {
    usage: 'progress [--json]',
    summary: msg('what you have done, your route, what is next and any wait'),
    options: [JSON_OUT, GUIDE],
    examples: ['stepwise progress', 'stepwise progress --json | jq .next'],
  },
  done: {
    usage: 'done <item...> [--json]',
    summary: msg('mark steps or sub-steps done, by number (2.1) or id'),
    options: [JSON_OUT, GUIDE],
    examples: ['stepwise done 1 2.1', 'stepwise done mail.request'],
  },
  undo: {
    usage: 'undo <item...> [--json]',
    summary: msg('mark steps or sub-steps not done'),
    options: [JSON_OUT, GUIDE],
    examples: ['stepwise undo 2.1'],
  },
  route: {
    usage: 'route [name] [--clear] [--json]',
    summary: msg('show or choose your route (the way you take)'),
    options: [['--clear', msg('choose no route: every step counts')], JSON_OUT, GUIDE],
    examples: ['stepwise route', 'stepwise route mail', 'stepwise route --clear'],
  },
  reset: {
    usage: 'reset [--yes]',
    summary: msg('clear your progress on the guide (asks on a terminal)'),
    options: [['-y, --yes', msg('do not ask')], GUIDE],
    examples: ['stepwise reset', 'stepwise reset --yes --guide my-guide.md'],
  },
  export: {
    usage: 'export [--output FILE]',
    summary: msg('the guide as a Markdown checklist with your marks and dates'),
    options: [
      ['-o, --output FILE', msg('write to FILE instead of the terminal ("-" is the terminal)')],
      GUIDE,
    ],
    examples: ['stepwise export --output checklist.md'],
  },
  note: {
    usage: 'note <item> <text...> [--json]',
    summary: msg('keep a note on a step: a call, a reference, a promise'),
    options: [JSON_OUT, GUIDE],
    examples: ['stepwise note 3.2 "Spoke to Sam, reference 48213577, letter in 7-10 days"'],
  },
  notes: {
    usage: 'notes [--json]',
    summary: msg('your notes on the guide, newest first'),
    options: [JSON_OUT, GUIDE],
    examples: ['stepwise notes', 'stepwise notes --json | jq -r ".notes[0].text"'],
  },
  due: {
    usage: 'due [--json]',
    summary: msg('what needs you today: a wait that opens, ends or has run out (exit 3)'),
    options: [JSON_OUT, GUIDE],
    examples: ['stepwise due', '0 9 * * * stepwise due | mail -E -s stepwise me'],
  },
  remind: {
    usage: 'remind --ics [--output FILE]',
    summary: msg('your open waits as a calendar file (iCalendar) with reminders'),
    options: [
      ['--ics', msg('write iCalendar (RFC 5545), for any calendar app')],
      ['-o, --output FILE', msg('write to FILE instead of the terminal ("-" is the terminal)')],
      GUIDE,
    ],
    examples: ['stepwise remind --ics --output stepwise.ics'],
  },
  config: {
    usage: 'config <list|get|set|path> [--json]',
    summary: msg('your settings: {settings}'),
    options: [JSON_OUT],
    examples: [
      'stepwise config set country GB',
      'stepwise config get country',
      'stepwise config list',
    ],
  },
  'config-path': {
    usage: 'config-path',
    summary: msg('print where your progress is kept'),
    options: [],
    examples: ['stepwise config-path'],
  },
  sync: {
    usage: 'sync [--json]',
    summary: msg('where progress is synced, and the devices seen there'),
    options: [JSON_OUT],
    examples: ['stepwise config set sync-dir ~/Sync/stepwise', 'stepwise sync'],
  },
  import: {
    usage: 'import <file|-> [--id ID] [--output FILE]',
    summary: msg('turn a plain-text how-to article into a guide file'),
    options: [
      ['--id ID', msg("the new guide's id")],
      ['-o, --output FILE', msg('write the guide to FILE (never over an existing file)')],
    ],
    examples: ['stepwise import article.txt --output my-guide.md', 'pbpaste | stepwise import -'],
  },
  completion: {
    usage: 'completion <bash|zsh|fish>',
    summary: msg('a script that completes commands, options, guide and step ids'),
    options: [],
    examples: [
      'stepwise completion bash > ~/.local/share/bash-completion/completions/stepwise',
      'stepwise completion zsh > "${fpath[1]}/_stepwise"',
      'stepwise completion fish > ~/.config/fish/completions/stepwise.fish',
    ],
  },
  help: {
    usage: 'help [command]',
    summary: msg("this help, or one command's"),
    options: [],
    examples: ['stepwise help search'],
  },
};

/** The options of the app and of every command: in --help and the man page's OPTIONS. */
const GLOBAL_OPTIONS: readonly (readonly [string, string])[] = [
  GUIDE,
  ['--content <dir>', msg('also look for guides in this folder')],
  ['--plain', msg('print the guide instead of opening the full-screen app')],
  ['--watch', msg('reload the guide when its file changes (for authors)')],
  ['--no-mouse', msg('no clicks or wheel in the app (the terminal selects text as usual)')],
  ['--theme <auto|dark|light>', msg('colours for the background (auto asks the terminal)')],
  ['--screen-reader', msg('plain lines, every state in words: for screen readers and braille')],
  ['--no-screen-reader', msg('the full screen, whatever the setting or the environment says')],
  ['--lang <en|es>', msg('the language of the interface and of guides with a translation')],
  ['-h, --help', msg("show this help; with a command, that command's")],
  ['-v, --version', msg('show the version')],
];

/** The exit codes: in --help, the man page's EXIT STATUS and the README. */
const EXIT_CODES: readonly (readonly [string, string])[] = [
  ['0', msg('success')],
  ['1', msg('not done: a guide with errors, an unknown item, a refused value, not saved')],
  ['2', msg('a mistyped command')],
  ['3', msg('"stepwise due" found something that needs you today')],
];

/** The environment variables stepwise reads, for the help and the man page. */
const ENVIRONMENT: readonly (readonly [string, string])[] = [
  ['STEPWISE_CONFIG_DIR', msg('keep progress, settings and caches in this folder')],
  ['STEPWISE_CONTENT_DIR', msg('more folders of guides, joined with ":"')],
  ['STEPWISE_COUNTRY', msg('whose public holidays business days skip, for one run (e.g. GB)')],
  ['STEPWISE_SYNC_DIR', msg('the sync folder for one run, or "off" (see "stepwise sync")')],
  [
    'LC_MESSAGES, LANGUAGE',
    msg('the language (es_US is Spanish) when no setting names one; LC_ALL and LANG too'),
  ],
  ['LC_ALL, LC_TIME, LANG', msg('the country, when no setting names one (en_US is US)')],
  ['STEPWISE_DEBUG=1', msg('show where an unexpected error happened')],
  ['NO_COLOR', msg('no colour at all')],
  ['INK_SCREEN_READER=true', msg('as --screen-reader')],
  ['ACCESSIBLE=1', msg('as --screen-reader')],
  ['TERM=dumb', msg('print instead of opening the full-screen app')],
];

/** A sentence of the tables above, in the interface's language ("{settings}" filled in). */
const say = (text: string): string => t(text, { settings: SETTING_NAMES.join(', ') });

/** Words wrapped to lines of at most `room` characters (a longer word stands on its own). */
function wrapWords(text: string, room: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/** Help's width: the text of each row wraps under itself within it, in any language. */
const HELP_WIDTH = 100;

const paragraph = (text: string): string => wrapWords(text, HELP_WIDTH).join('\n');

const column = (rows: readonly (readonly [string, string])[]) => {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  const room = Math.max(HELP_WIDTH - width - 2, 30);
  return rows
    .map(([left, right]) =>
      wrapWords(say(right), room)
        .map((line, index) => `  ${(index === 0 ? left : '').padEnd(width)}${line}`)
        .join('\n'),
    )
    .join('\n');
};

/** `stepwise --help`: every command, the options, the environment and the exit codes. */
export function globalHelp(): string {
  const commands = column([
    [t('(none)'), msg('open the guide full-screen (printed when not on a terminal)')],
    // Options are in each command's own help; here only what the command takes.
    ...Object.values(COMMAND_HELP).map(
      (help) => [help.usage.replace(/\s*\[--[^\]]*\]/g, ''), help.summary] as const,
    ),
  ]);
  return `${usageLine()}

${paragraph(t('Work through a how-to guide in your terminal. With no command, opens it full-screen.'))}

${t('Commands')}
${commands}

${t('Options')}
${column(GLOBAL_OPTIONS)}

${t('Environment')}
${column(ENVIRONMENT)}

${t('Exit codes')}
${column(EXIT_CODES)}

${paragraph(t('Run "stepwise help <command>" for a command\'s options and examples.'))}
${paragraph(t('The package is stepwise-guide; until it is on the npm registry, install it from a clone with npm pack (see the README).'))}
${paragraph(t('stepwise is an unofficial guide. It never asks for, shows or stores a PIN or a card number.'))}
`;
}

/** One command's usage, options and examples. */
export function commandHelp(command: keyof typeof COMMAND_HELP): string {
  const help = COMMAND_HELP[command];
  const options = help.options.length ? `\n${t('Options')}\n${column(help.options)}\n` : '';
  const summary = say(help.summary);
  return `${t('Usage: stepwise {usage}', { usage: help.usage })}

${summary[0]?.toUpperCase()}${summary.slice(1)}.
${options}
${t('Examples')}
${help.examples.map((example) => `  ${example}`).join('\n')}
`;
}

/** The first line of the help, for usage errors. */
export const usageLine = (): string => t('Usage: stepwise [command] [options]');

/** Text made safe for roff: backslashes doubled, a leading dot or quote escaped. */
/** Text for roff: backslashes and leading dots escaped, hyphens as minus signs (as options are). */
const roff = (text: string) =>
  text
    .replace(/\\/g, '\\e')
    .replace(/^([.'])/gm, '\\&$1')
    .replace(/-/g, '\\-');

/** A term in bold, its placeholders (<dir>) in italics. */
const roffTerm = (term: string) =>
  `\\fB${roff(term)
    .replace(/<([^>]+)>/g, '\\fI$1\\fB')
    .replace(/\[([^\]]+)\]/g, '[$1]')}\\fR`;

/** Tagged paragraphs: a term, then its text indented under it. */
const tagged = (rows: readonly (readonly [string, string])[]) =>
  rows.flatMap(([term, text]) => ['.TP', roffTerm(term), roff(say(text))]);

/**
 * The man page (man-pages(7) sections), from the same tables as --help and the key help, so
 * they cannot drift: `man stepwise` once installed, `man -l man/stepwise.1` from a build.
 */
export function manPage(keys: readonly { label: string; help: string }[] = []): string {
  const lines = [
    `.TH STEPWISE 1 ${RELEASE_DATE} "stepwise ${VERSION}" "User Commands"`,
    // Paths and options are never hyphenated at a line break.
    '.nh',
    '.SH NAME',
    'stepwise \\- work through a how\\-to guide in your terminal, and pick up where you left off',
    '.SH SYNOPSIS',
    '.B stepwise',
    '[\\fIoptions\\fR]',
    '.br',
    '.B stepwise',
    '\\fIcommand\\fR [\\fIarguments\\fR] [\\fIoptions\\fR]',
    '.SH DESCRIPTION',
    roff(
      'With no command, stepwise opens a guide full-screen: Steps with sub-steps, an FAQ searched as you type, Tips and Progress; ? lists every key. What you do is saved as you go, so days later you come back where you were. When its output is not a terminal, or with --plain, it prints the guide instead. Guides are Markdown files with front matter; one is built in, and --content or STEPWISE_CONTENT_DIR add folders of your own.',
    ),
    '.SH COMMANDS',
  ];
  for (const help of Object.values(COMMAND_HELP)) {
    lines.push('.TP', roffTerm(`stepwise ${help.usage}`), roff(`${say(help.summary)}.`));
    if (help.options.length > 0) {
      lines.push('.RS', ...tagged(help.options), '.RE');
    }
  }
  lines.push(
    '.SH OPTIONS',
    ...tagged(GLOBAL_OPTIONS),
    '.SH KEYS',
    roff('In the full-screen app (? shows the same list):'),
    // Arrows and symbols in words: a man page is plain ASCII, read anywhere.
    ...tagged(
      keys.map(
        ({ label, help }) => [keyLabelInWords(label), toAscii(lineInWords(help) ?? help)] as const,
      ),
    ),
    '.SH ENVIRONMENT',
    ...tagged(ENVIRONMENT),
    '.SH FILES',
    ...tagged([
      [
        '~/.config/stepwise/progress.json',
        'your progress, place and notes (on Linux; macOS and Windows use their own config folder; "stepwise config-path" prints it). Written atomically under progress.json.lock.',
      ],
      ['~/.config/stepwise/settings.json', 'the settings of "stepwise config".'],
      ['~/.cache/stepwise/', 'parsed guides and the compile cache: safe to delete at any time.'],
      ['$STEPWISE_CONFIG_DIR', 'when set, holds all of the above (the cache in cache/).'],
    ]),
    '.SH EXIT STATUS',
    ...tagged(EXIT_CODES),
    '.SH EXAMPLES',
    ...Object.values(COMMAND_HELP).flatMap((help) =>
      help.examples.flatMap((example) => ['.PP', '.nf', `.RS 4`, roff(example), '.RE', '.fi']),
    ),
    '.SH SEE ALSO',
    roff(
      'The README (README.md) and the description of every --json output (docs/json.md), in the folder the package is installed in; the notices for what the package bundles are in THIRD-PARTY-NOTICES beside them.',
    ),
    '.SH NOTES',
    roff(
      'stepwise is an unofficial guide. It never asks for, shows or stores a PIN or a card number.',
    ),
  );
  return `${lines.join('\n')}\n`;
}
