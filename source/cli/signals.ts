// The signals the full-screen app catches so that it puts the terminal back before it ends.

// Every signal that ends a process by default and that Node lets a program catch, with its number:
// the process then ends with the signal's usual status, 128 + the number. (SIGUSR1 starts Node's
// inspector, and SIGPIPE is ignored by Node, so neither is here.)
const ENDING_SIGNALS = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGABRT: 6,
  SIGUSR2: 12,
  SIGALRM: 14,
  SIGTERM: 15,
  SIGXCPU: 24,
  SIGXFSZ: 25,
  SIGVTALRM: 26,
  SIGPROF: 27,
} as const;

export type EndingSignal = keyof typeof ENDING_SIGNALS;

/** `--prof` and `--cpu-prof` (with or without a value), not flags that merely start alike. */
const PROFILER_FLAG = /^--(?:prof|cpu-prof)(?:=|$)/;

/**
 * The signals to catch, each with its number. A CPU profiler started with Node's flags (on the
 * command line or in NODE_OPTIONS) ticks with SIGPROF: catching it would end the app at the first
 * tick, so it is left to the profiler then.
 */
export function signalsToCatch(
  execArgv: readonly string[],
  nodeOptions: string,
): [EndingSignal, number][] {
  const flags = [...execArgv, ...nodeOptions.split(/\s+/)];
  const profiled = flags.some((flag) => PROFILER_FLAG.test(flag));
  return (Object.entries(ENDING_SIGNALS) as [EndingSignal, number][]).filter(
    ([name]) => !(profiled && name === 'SIGPROF'),
  );
}
