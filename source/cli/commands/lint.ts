import { guideFilesIn, loadGuideFile } from '../../adapters/guide-files.js';

import { formatProblem, type Problem } from '../../domain/guide/problem.js';
import type { Guide } from '../../domain/guide/guide.js';
import { lazyLexicon } from '../../adapters/lexicon-file.js';
import type { Lexicon } from '../../domain/search/lexicon.js';
import { keywordSuggestions } from '../../domain/search/search.js';
import { plainText } from '../../domain/text/layout.js';
import { EXIT, err, out, outJson } from '../io.js';
import { isFolder } from '../../adapters/read-file.js';

/** A FAQ without keywords: the warning names words people may type for it, when there are some. */
function withSuggestions(problem: Problem, guide: Guide | undefined, lexicon: Lexicon): Problem {
  if (problem.code !== 'faq-without-keywords' || !guide) return problem;
  const faq = guide.faqs.find((candidate) => candidate.line === problem.line);
  if (!faq) return problem;
  const words = keywordSuggestions(
    { question: faq.question, keywords: faq.keywords, answer: plainText(faq.answer.blocks) },
    lexicon,
  );
  if (words.length === 0) return problem;
  return {
    ...problem,
    message: `FAQ "${faq.question}" has no keywords: people may also type ${words.join(', ')}; add the ones that fit, e.g. <!-- keywords: [${words.slice(0, 2).join(', ')}] -->`,
  };
}

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
  const lexicon = lazyLexicon();
  const problems = results.flatMap((result) =>
    result.problems.map((problem) => ({
      path: result.path,
      ...withSuggestions(problem, result.guide, lexicon),
    })),
  );
  // Two files with one id: only the first could ever be opened.
  const owners = new Map<string, string>();
  for (const { guide, path } of results) {
    if (!guide) continue;
    const first = owners.get(guide.id);
    if (first === undefined) owners.set(guide.id, path);
    else {
      problems.push({
        path,
        severity: 'error',
        line: 1,
        message: `the id "${guide.id}" is already used by ${first}: give this guide another id in its front matter`,
      });
    }
  }
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
