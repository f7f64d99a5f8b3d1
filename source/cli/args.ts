import { parseArgs } from 'node:util';
import { t } from '../domain/i18n/translate.js';

export const COMMANDS = [
  'print',
  'search',
  'list',
  'lint',
  'progress',
  'done',
  'undo',
  'route',
  'reset',
  'export',
  'note',
  'notes',
  'due',
  'remind',
  'config',
  'config-path',
  'sync',
  'import',
  'help',
  'completion',
  '__complete',
  '__man',
] as const;
export type Command = (typeof COMMANDS)[number] | 'app';

/** The commands a person types; `__complete` only answers the shell's completion scripts. */
export const PUBLIC_COMMANDS = COMMANDS.filter((command) => !command.startsWith('__'));

const OPTIONS = {
  guide: { type: 'string' },
  id: { type: 'string' },
  content: { type: 'string' },
  json: { type: 'boolean' },
  plain: { type: 'boolean' },
  limit: { type: 'string' },
  all: { type: 'boolean' },
  faq: { type: 'boolean' },
  everywhere: { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  output: { type: 'string', short: 'o' },
  watch: { type: 'boolean' },
  ics: { type: 'boolean' },
  clear: { type: 'boolean' },
  'no-mouse': { type: 'boolean' },
  'screen-reader': { type: 'boolean' },
  'no-screen-reader': { type: 'boolean' },
  theme: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTIONS;

const THEMES = ['auto', 'dark', 'light'];

/** Which command takes which option; the rest are refused so a typo never passes silently. */
export const ALLOWED: Record<Command, readonly OptionName[]> = {
  app: ['plain', 'watch', 'no-mouse', 'theme'],
  print: ['json'],
  search: ['json', 'limit', 'all', 'faq', 'everywhere'],
  list: ['json'],
  lint: ['json'],
  progress: ['json'],
  done: ['json'],
  undo: ['json'],
  route: ['json', 'clear'],
  reset: ['yes'],
  export: ['output'],
  note: ['json'],
  notes: ['json'],
  due: ['json'],
  remind: ['ics', 'output'],
  config: ['json'],
  'config-path': [],
  sync: ['json'],
  import: ['id', 'output'],
  help: [],
  completion: [],
  __complete: [],
  __man: [],
};
export const GLOBAL: readonly OptionName[] = [
  'guide',
  'content',
  'help',
  'version',
  'screen-reader',
  'no-screen-reader',
  'lang',
];

/** What each command takes besides options; a stray word is a mistake, never silently ignored. */
const POSITIONALS: Record<Command, 'none' | 'some' | 'any'> = {
  app: 'none',
  print: 'none',
  search: 'some',
  list: 'none',
  lint: 'any',
  progress: 'none',
  done: 'some',
  undo: 'some',
  route: 'any',
  reset: 'none',
  export: 'none',
  note: 'some',
  notes: 'none',
  due: 'none',
  remind: 'none',
  config: 'some',
  'config-path': 'none',
  sync: 'none',
  import: 'some',
  help: 'any',
  completion: 'some',
  __complete: 'some',
  __man: 'none',
};

export type ParsedArgs = {
  readonly command: Command;
  readonly positionals: readonly string[];
  readonly guide?: string;
  readonly content?: string;
  readonly json: boolean;
  readonly plain: boolean;
  readonly limit?: string;
  readonly all: boolean;
  readonly faq: boolean;
  readonly everywhere: boolean;
  readonly yes: boolean;
  readonly output?: string;
  readonly id?: string;
  readonly watch: boolean;
  readonly ics: boolean;
  readonly clear: boolean;
  readonly mouse: boolean;
  /** --screen-reader (true) or --no-screen-reader (false); else the setting and environment decide. */
  readonly screenReader?: boolean;
  readonly theme?: string;
  /** --lang: the language of this run, strictly (an unknown one is an error). */
  readonly lang?: string;
  readonly help: boolean;
  readonly version: boolean;
};

/** A mistyped command line; `typed` and `known` let the message suggest the closest word. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly typed?: string,
    readonly known: readonly string[] = [],
  ) {
    super(message);
  }
}

const OPTION_FLAGS = Object.entries(OPTIONS).flatMap(([name, option]) => [
  `--${name}`,
  ...('short' in option ? [`-${option.short}`] : []),
]);

export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const option = /option '([^']+)'/i.exec(message)?.[1];
    if ((error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
      throw new UsageError(t('unknown option {option}', { option }), option, OPTION_FLAGS);
    }
    // Node's words name the option with its placeholder ("'--guide <value>' argument missing").
    if ((error as { code?: string }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
      throw new UsageError(
        t('option {option} needs a value', { option: option.split(' ')[0] ?? option }),
      );
    }
    throw new UsageError(message.split('.')[0] ?? message);
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  let command: Command = 'app';
  let args = positionals;
  if (first !== undefined) {
    if (!(COMMANDS as readonly string[]).includes(first)) {
      throw new UsageError(
        t('unknown command "{command}" (commands: {commands})', {
          command: first,
          commands: PUBLIC_COMMANDS.join(', '),
        }),
        first,
        PUBLIC_COMMANDS,
      );
    }
    command = first as Command;
    args = rest;
  }
  for (const name of Object.keys(values) as OptionName[]) {
    if (!GLOBAL.includes(name) && !ALLOWED[command].includes(name)) {
      throw new UsageError(
        command === 'app'
          ? t('option --{option} does not apply to the app', { option: name })
          : t('option --{option} does not apply to "{command}"', { option: name, command }),
      );
    }
  }
  if (values.theme !== undefined && !THEMES.includes(values.theme)) {
    throw new UsageError(
      t('option --theme takes {values}, not "{value}"', {
        values: THEMES.join(', '),
        value: values.theme,
      }),
      values.theme,
      THEMES,
    );
  }
  if (POSITIONALS[command] === 'none' && args.length > 0 && !values.help) {
    throw new UsageError(
      t('{command} takes no arguments, but was given "{argument}"', {
        command: command === 'app' ? 'stepwise' : `"${command}"`,
        argument: args[0] ?? '',
      }),
    );
  }
  return {
    command,
    positionals: args,
    ...(values.guide !== undefined && { guide: values.guide }),
    ...(values.content !== undefined && { content: values.content }),
    ...(values.limit !== undefined && { limit: values.limit }),
    // "-" is standard output, as for most tools that write files.
    ...(values.output !== undefined && values.output !== '-' && { output: values.output }),
    ...(values.id !== undefined && { id: values.id }),
    ...(values.theme !== undefined && { theme: values.theme }),
    ...(values.lang !== undefined && { lang: values.lang }),
    json: values.json ?? false,
    plain: values.plain ?? false,
    all: values.all ?? false,
    faq: values.faq ?? false,
    everywhere: values.everywhere ?? false,
    yes: values.yes ?? false,
    watch: values.watch ?? false,
    ics: values.ics ?? false,
    clear: values.clear ?? false,
    mouse: !(values['no-mouse'] ?? false),
    ...(values['no-screen-reader']
      ? { screenReader: false }
      : values['screen-reader'] && { screenReader: true }),
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
