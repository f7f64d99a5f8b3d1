import { SETTING_NAMES, SETTING_RULES, isSettingName } from '../domain/settings/settings.js';
import { ALLOWED, GLOBAL, PUBLIC_COMMANDS, type Command } from './args.js';

// What a shell should offer at the word being completed, worked out here once for bash, zsh and
// fish alike: their scripts only pass the words and show the answer (commands/completion.ts).

/** What to offer: these words, or the shell's own files or folders (guides: both). */
export type Offer =
  | { readonly kind: 'words'; readonly words: readonly string[] }
  | { readonly kind: 'files' | 'dirs' }
  | { readonly kind: 'guides'; readonly words: readonly string[] };

/** The ids a completion needs from the guides, looked up only when asked. */
export type Lookup = {
  readonly guides: (content: readonly string[]) => Promise<readonly string[]>;
  /** A guide's item ids and numbers ("mail.request", "4.1"). */
  readonly items: (
    guide: string | undefined,
    content: readonly string[],
  ) => Promise<readonly string[]>;
  readonly routes: (
    guide: string | undefined,
    content: readonly string[],
  ) => Promise<readonly string[]>;
  readonly countries: () => readonly string[];
};

const SHORT: Readonly<Record<string, string>> = { y: 'yes', o: 'output', h: 'help', v: 'version' };
/** Options followed by a value. */
const TAKES_VALUE = new Set(['guide', 'content', 'limit', 'output', 'theme', 'id']);
const THEMES = ['auto', 'dark', 'light'];

export function optionsOf(command: Command): string[] {
  return [...new Set([...ALLOWED[command], ...GLOBAL])].map((name) => `--${name}`);
}

/** The values a setting takes, where they can be listed. */
function settingValues(name: string, lookup: Lookup): readonly string[] {
  if (!isSettingName(name)) return [];
  if (name === 'country') return ['auto', ...lookup.countries()];
  return SETTING_RULES[name].choices ?? [];
}

const offer = (words: readonly string[]): Offer => ({ kind: 'words', words });

/**
 * What to offer for `current`, the word being typed, after `before`, the words typed before it
 * (without "stepwise"). Bash splits "--guide=x" at "=", so "=" may come as a word of its own.
 */
export async function completeWords(
  before: readonly string[],
  current: string,
  lookup: Lookup,
): Promise<Offer> {
  // Join what bash split: "--guide", "=", "x" is "--guide=x".
  const words: string[] = [];
  for (const word of before) {
    const last = words.at(-1);
    if (word === '=' && last?.startsWith('--')) words[words.length - 1] = `${last}=`;
    else if (last?.endsWith('=') && last.startsWith('--'))
      words[words.length - 1] = `${last}${word}`;
    else words.push(word);
  }
  if (current !== '' && words.at(-1)?.startsWith('--') && words.at(-1)?.endsWith('=')) {
    current = `${words.pop()}${current}`;
  }
  let command: Command | undefined;
  let guide: string | undefined;
  const content: string[] = [];
  const positionals: string[] = [];
  let pending: string | undefined;
  for (const word of words) {
    if (pending !== undefined) {
      if (pending === 'guide') guide = word;
      if (pending === 'content') content.push(word);
      pending = undefined;
      continue;
    }
    const long = /^--([^=]+)(?:=(.*))?$/.exec(word);
    const short = /^-([a-z])$/.exec(word);
    const name = long?.[1] ?? (short ? SHORT[short[1] ?? ''] : undefined);
    if (name !== undefined) {
      const value = long?.[2];
      if (TAKES_VALUE.has(name) && value === undefined) pending = name;
      else if (name === 'guide') guide = value;
      else if (name === 'content' && value !== undefined) content.push(value);
      continue;
    }
    if (command === undefined && (PUBLIC_COMMANDS as readonly string[]).includes(word)) {
      command = word as Command;
    } else {
      positionals.push(word);
    }
  }
  // The value of an option: after "--theme " or in "--theme=".
  const inline = /^(--[^=]+)=(.*)$/.exec(current);
  const valueOf = pending ?? (inline ? inline[1]!.slice(2) : undefined);
  if (valueOf !== undefined) {
    const prefix = inline ? `${inline[1]}=` : '';
    const withPrefix = (values: readonly string[]) => values.map((value) => `${prefix}${value}`);
    switch (valueOf) {
      case 'guide':
        return { kind: 'guides', words: withPrefix(await lookup.guides(content)) };
      case 'content':
        return { kind: 'dirs' };
      case 'output':
      case 'o':
        return { kind: 'files' };
      case 'theme':
        return offer(withPrefix(THEMES));
      default:
        return offer([]);
    }
  }
  if (current.startsWith('-')) return offer(optionsOf(command ?? 'app'));
  if (command === undefined) return offer(PUBLIC_COMMANDS);
  switch (command) {
    case 'done':
    case 'undo':
      return offer(await lookup.items(guide, content));
    case 'note':
      return positionals.length === 0 ? offer(await lookup.items(guide, content)) : offer([]);
    case 'route':
      return positionals.length === 0 ? offer(await lookup.routes(guide, content)) : offer([]);
    case 'config': {
      const [verb, name] = positionals;
      if (verb === undefined) return offer(['list', 'get', 'set', 'path']);
      if ((verb === 'get' || verb === 'set') && name === undefined) return offer(SETTING_NAMES);
      if (verb === 'set' && name !== undefined && positionals.length === 2) {
        return offer(settingValues(name, lookup));
      }
      return offer([]);
    }
    case 'lint':
    case 'import':
      return { kind: 'files' };
    case 'help':
      return positionals.length === 0 ? offer(PUBLIC_COMMANDS) : offer([]);
    case 'completion':
      return positionals.length === 0 ? offer(['bash', 'zsh', 'fish']) : offer([]);
    default:
      return offer([]);
  }
}
