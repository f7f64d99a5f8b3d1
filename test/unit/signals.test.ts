// Which signals the full-screen app catches to put the terminal back before it ends.
import { describe, expect, it } from 'vitest';
import { signalsToCatch } from '../../source/cli/signals.js';

const names = (execArgv: string[], nodeOptions = '') =>
  signalsToCatch(execArgv, nodeOptions).map(([name]) => name);

describe('signalsToCatch', () => {
  it('catches every signal that would end the process, with its usual exit status', () => {
    const caught = new Map<string, number>(signalsToCatch([], ''));
    expect(caught.get('SIGTERM')).toBe(15);
    expect(caught.get('SIGHUP')).toBe(1);
    expect(caught.get('SIGPROF')).toBe(27);
    // Node's own: the inspector, and a signal Node ignores.
    expect(caught.has('SIGUSR1')).toBe(false);
    expect(caught.has('SIGPIPE')).toBe(false);
  });

  it.each([
    [['--cpu-prof'], ''],
    [['--cpu-prof-dir=/tmp/p', '--cpu-prof'], ''],
    [['--prof'], ''],
    [[], '--cpu-prof --cpu-prof-dir /tmp/p'],
    [[], '--max-old-space-size=200 --prof'],
  ])('leaves SIGPROF to a CPU profiler (%j, NODE_OPTIONS %j)', (execArgv, nodeOptions) => {
    const caught = names(execArgv, nodeOptions);
    expect(caught).not.toContain('SIGPROF');
    expect(caught).toContain('SIGTERM');
  });

  it('is not fooled by flags that only look alike', () => {
    expect(names(['--profile-something-else'], '--prof-process')).toContain('SIGPROF');
  });
});
