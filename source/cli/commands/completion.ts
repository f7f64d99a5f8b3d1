import { loadLibrary, resolveGuide } from '../../adapters/guide-files.js';
import type { GuideCache } from '../../adapters/guide-cache.js';
import { allTasks } from '../../domain/progress/progress.js';
import { knownCountries } from '../../adapters/holiday-calendar.js';
import { completeWords } from '../completion-words.js';
import { EXIT, err, out } from '../io.js';
import { t } from '../../domain/i18n/translate.js';

// Shell completion, made from the same tables the argument parser uses, so it never drifts. The
// scripts ask `stepwise __complete` for guide and item ids at the moment of completing.

// Each script passes the words typed so far and the word being typed to `stepwise __complete
// args`, which answers with what to offer (cli/completion-words.ts): a first line that says what
// kind (words, files, dirs, or guides: ids and guide files), then the words, one a line.

function bash(): string {
  return `# stepwise completion for bash. Install: stepwise completion bash > ~/.local/share/bash-completion/completions/stepwise
_stepwise() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" kind IFS=$'\\n'
  local -a answer words
  [[ "$cur" == "=" ]] && cur=""
  answer=($(stepwise __complete args -- "\${COMP_WORDS[@]:1:COMP_CWORD-1}" "$cur" 2>/dev/null))
  kind="\${answer[0]}"
  words=("\${answer[@]:1}")
  case "$kind" in
    files) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")) ;;
    dirs) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")) ;;
    guides)
      compopt -o filenames 2>/dev/null
      COMPREPLY=($(compgen -W "\${words[*]}" -- "$cur") $(compgen -f -X '!*.md' -- "$cur") $(compgen -d -- "$cur")) ;;
    *) COMPREPLY=($(compgen -W "\${words[*]}" -- "$cur")) ;;
  esac
}
complete -F _stepwise stepwise
`;
}

function zsh(): string {
  // A native completion function: zsh loads this file from $fpath as _stepwise on the first TAB.
  return `#compdef stepwise
# stepwise completion for zsh. Install: stepwise completion zsh > "\${fpath[1]}/_stepwise"
# (a folder on your $fpath), then start a new shell, or run: compinit
local -a answer candidates
local kind current="\${words[CURRENT]}"
answer=("\${(@f)$(stepwise __complete args -- "\${(@)words[2,CURRENT-1]}" "$current" 2>/dev/null)}")
kind="\${answer[1]}"
candidates=("\${(@)answer[2,-1]}")
case "$kind" in
  files) compset -P '*='; _files ;;
  dirs) compset -P '*='; _files -/ ;;
  guides)
    compadd -a candidates
    compset -P '*='
    _files -g '*.md' ;;
  *) compadd -a candidates ;;
esac
`;
}

function fish(): string {
  return `# stepwise completion for fish. Install: stepwise completion fish > ~/.config/fish/completions/stepwise.fish
function __stepwise_complete
    set -l typed (commandline -opc)
    set -e typed[1]
    set -l current (commandline -ct)
    set -l answer (stepwise __complete args -- $typed "$current" 2>/dev/null)
    switch "$answer[1]"
        case files
            __fish_complete_path (string replace -r -- '^--[^=]+=' '' "$current")
        case dirs
            __fish_complete_directories (string replace -r -- '^--[^=]+=' '' "$current")
        case guides
            printf '%s\\n' $answer[2..-1]
            __fish_complete_suffix (string replace -r -- '^--[^=]+=' '' "$current") .md
        case '*'
            printf '%s\\n' $answer[2..-1]
    end
end
complete -c stepwise -f -a '(__stepwise_complete)'
`;
}

/** `stepwise completion <bash|zsh|fish>`. */
export function completion(args: readonly string[]): number {
  const [shell] = args;
  const script =
    shell === 'bash' ? bash() : shell === 'zsh' ? zsh() : shell === 'fish' ? fish() : undefined;
  if (script === undefined) {
    err(t('stepwise completion: name a shell: bash, zsh or fish'));
    return EXIT.usage;
  }
  out(script);
  return EXIT.ok;
}

/** What a guide offers for completion: its item ids and numbers, or its route ids. */
async function guideWords(
  guideRef: string | undefined,
  fallback: string,
  dirs: readonly string[],
  cache: GuideCache,
  what: 'items' | 'routes',
): Promise<readonly string[]> {
  const { guide } = await resolveGuide(guideRef ?? fallback, dirs, cache);
  if (!guide) return [];
  if (what === 'routes') return guide.routes.map((route) => route.id);
  return allTasks(guide).flatMap((task) => [task.id, String(task.number)]);
}

/**
 * `stepwise __complete args -- <words before> <current>`: what the shell should offer, a kind on
 * the first line, then words. `__complete guides|items` answer the older scripts.
 */
export async function complete(
  args: readonly string[],
  dirs: readonly string[],
  guideRef: string,
  cache: GuideCache,
): Promise<number> {
  if (args[0] === 'args') {
    const typed = args.slice(1);
    const current = typed.pop() ?? '';
    const answer = await completeWords(typed, current, {
      guides: async (content) =>
        (await loadLibrary([...content, ...dirs], cache)).guides.map(({ guide }) => guide.id),
      items: (guide, content) => guideWords(guide, guideRef, [...content, ...dirs], cache, 'items'),
      routes: (guide, content) =>
        guideWords(guide, guideRef, [...content, ...dirs], cache, 'routes'),
      countries: () => knownCountries(),
    });
    out([answer.kind, ...('words' in answer ? answer.words : [])].join('\n'));
    return EXIT.ok;
  }
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
