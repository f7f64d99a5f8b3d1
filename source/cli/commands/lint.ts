import { guideFilesIn, loadGuideFile } from '../../adapters/guide-files.js';

import { formatProblem } from '../../domain/guide/problem.js';
import { EXIT, err, out, outJson } from '../io.js';
import { isFolder } from '../../adapters/read-file.js';

export async function lint(
  paths: readonly string[],
  dirs: readonly string[],
  json: boolean,
): Promise<number> {
  // A folder stands for the guides in it; no path at all, for the content folders.
  const files =
    paths.length > 0
      ? paths.flatMap((path) => (isFolder(path) ? guideFilesIn(path) : [path]))
      : dirs.flatMap(guideFilesIn);
  // Always parsed afresh: an author wants today's verdict on the file, not a cached one.
  const results = await Promise.all(files.map((file) => loadGuideFile(file)));
  const problems = results.flatMap((result) =>
    result.problems.map((problem) => ({ path: result.path, ...problem })),
  );
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  if (json) {
    outJson({ files: files.length, errors, warnings, problems });
  } else {
    for (const problem of problems) out(formatProblem(problem.path, problem));
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    err(
      `${plural(files.length, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
    );
  }
  if (files.length === 0) {
    err('stepwise lint: no guide files found');
    return EXIT.failure;
  }
  return errors > 0 ? EXIT.failure : EXIT.ok;
}
