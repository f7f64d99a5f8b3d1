import { SETTING_NAMES } from '../../domain/settings/settings.js';
import { loadLibrary, resolveGuide } from '../../adapters/guide-files.js';
import type { GuideCache } from '../../adapters/guide-cache.js';
import { allTasks } from '../../domain/progress/progress.js';
import { ALLOWED, GLOBAL, PUBLIC_COMMANDS, type Command } from '../args.js';
import { EXIT, err, out } from '../io.js';

// Shell completion, made from the same tables the argument parser uses, so it never drifts. The
// scripts ask `stepwise __complete` for guide and item ids at the moment of completing.

const SHORT: Readonly<Record<string, string>> = { yes: 'y', output: 'o', help: 'h', version: 'v' };

function optionsOf(command: Command): string[] {
  return [...new Set([...ALLOWED[command], ...GLOBAL])].map((name) => `--${name}`);
}

function bash(): string {
  const cases = PUBLIC_COMMANDS.map(
    (command) => `    ${command}) options="${optionsOf(command).join(' ')}" ;;`,
  ).join('\n');
  return `# stepwise completion for bash. Install: stepwise completion bash > ~/.local/share/bash-completion/completions/stepwise
_stepwise() {
  local cur prev command guide options i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  command=""
  guide=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      --guide) guide=(--guide "\${COMP_WORDS[i+1]}") ;;
      -*) ;;
      *) [[ -z "$command" && "\${COMP_WORDS[i-1]}" != --* ]] && command="\${COMP_WORDS[i]}" ;;
    esac
  done
  case "$prev" in
    --guide)
      COMPREPLY=($(compgen -W "$(stepwise __complete guides 2>/dev/null)" -- "$cur") $(compgen -f -X '!*.md' -- "$cur"))
      return ;;
    --content) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --output|-o) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  if [[ -z "$command" ]]; then
    COMPREPLY=($(compgen -W "${PUBLIC_COMMANDS.join(' ')} ${optionsOf('app').join(' ')}" -- "$cur"))
    return
  fi
  case "$command" in
${cases}
  esac
  if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "$options" -- "$cur")); return; fi
  case "$command" in
    done|undo|note) COMPREPLY=($(compgen -W "$(stepwise __complete items "\${guide[@]}" 2>/dev/null)" -- "$cur")) ;;
    config) COMPREPLY=($(compgen -W "list get set path ${SETTING_NAMES.join(' ')}" -- "$cur")) ;;
    lint|import) COMPREPLY=($(compgen -f -- "$cur")) ;;
    help) COMPREPLY=($(compgen -W "${PUBLIC_COMMANDS.join(' ')}" -- "$cur")) ;;
    completion) COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur")) ;;
  esac
}
complete -F _stepwise stepwise
`;
}

function zsh(): string {
  return `#compdef stepwise
# stepwise completion for zsh. Install: stepwise completion zsh > "\${fpath[1]}/_stepwise"
autoload -U +X bashcompinit && bashcompinit
${bash()}`;
}

function fish(): string {
  const lines = [
    '# stepwise completion for fish. Install: stepwise completion fish > ~/.config/fish/completions/stepwise.fish',
    'complete -c stepwise -f',
    `complete -c stepwise -n __fish_use_subcommand -a '${PUBLIC_COMMANDS.join(' ')}'`,
    "complete -c stepwise -l guide -r -a '(stepwise __complete guides 2>/dev/null)'",
    "complete -c stepwise -l content -r -a '(__fish_complete_directories)'",
    `complete -c stepwise -n '__fish_seen_subcommand_from config' -a 'list get set path ${SETTING_NAMES.join(' ')}'`,
    "complete -c stepwise -n '__fish_seen_subcommand_from done undo note' -a '(stepwise __complete items (string match -r -- \"--guide=?.*\" (commandline -opc)) 2>/dev/null)'",
    "complete -c stepwise -n '__fish_seen_subcommand_from help' -a '" +
      PUBLIC_COMMANDS.join(' ') +
      "'",
    "complete -c stepwise -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'",
    "complete -c stepwise -n '__fish_seen_subcommand_from lint import' -F",
  ];
  const options = new Set(PUBLIC_COMMANDS.flatMap((command) => optionsOf(command)));
  for (const option of options) {
    const name = option.slice(2);
    if (name === 'guide' || name === 'content') continue;
    const short = SHORT[name] ? ` -s ${SHORT[name]}` : '';
    lines.push(`complete -c stepwise -l ${name}${short}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `stepwise completion <bash|zsh|fish>`. */
export function completion(args: readonly string[]): number {
  const [shell] = args;
  const script =
    shell === 'bash' ? bash() : shell === 'zsh' ? zsh() : shell === 'fish' ? fish() : undefined;
  if (script === undefined) {
    err('stepwise completion: name a shell: bash, zsh or fish');
    return EXIT.usage;
  }
  out(script);
  return EXIT.ok;
}

/** `stepwise __complete guides|items`: the ids a completion script offers, one a line. */
export async function complete(
  args: readonly string[],
  dirs: readonly string[],
  guideRef: string,
  cache: GuideCache,
): Promise<number> {
  if (args[0] === 'guides') {
    const { guides } = await loadLibrary(dirs, cache);
    for (const { guide } of guides) out(guide.id);
    return EXIT.ok;
  }
  if (args[0] === 'items') {
    const { guide } = await resolveGuide(guideRef, dirs, cache);
    for (const task of guide ? allTasks(guide) : []) out(task.id);
    return EXIT.ok;
  }
  return EXIT.usage;
}
