/**
 * Remembers the last call: the same arguments (by identity) give the same answer without running
 * `compute` again. Derived data is computed once per change this way, and shared by whoever asks
 * for it in that change, the reducer and the view alike.
 */
export function rememberLast<Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let last: { readonly args: Args; readonly result: Result } | undefined;
  return (...args: Args): Result => {
    if (
      last &&
      last.args.length === args.length &&
      last.args.every((value, index) => Object.is(value, args[index]))
    ) {
      return last.result;
    }
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}
