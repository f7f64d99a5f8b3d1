import { t } from '../i18n/translate.js';

/** A problem found in a guide file, pointing at the line a person should look at. */
export type Problem = {
  readonly severity: 'error' | 'warning';
  readonly line: number;
  readonly message: string;
  /** What kind of problem, where another part of stepwise can say more about it. */
  readonly code?: 'faq-without-keywords';
};

export function formatProblem(path: string, problem: Problem): string {
  // Line 0: about a name that is not a file (an unknown guide id), so no line to point at.
  const where = problem.line > 0 ? `${path}:${problem.line}` : path;
  return `${where}: ${problem.severity === 'warning' ? t('warning: {message}', { message: problem.message }) : problem.message}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
