/** A problem found in a guide file, pointing at the line a person should look at. */
export type Problem = {
  readonly severity: 'error' | 'warning';
  readonly line: number;
  readonly message: string;
  /** What kind of problem, where another part of stepwise can say more about it. */
  readonly code?: 'faq-without-keywords';
};

export function formatProblem(path: string, problem: Problem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  // Line 0: about a name that is not a file (an unknown guide id), so no line to point at.
  const where = problem.line > 0 ? `${path}:${problem.line}` : path;
  return `${where}: ${prefix}${problem.message}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
