import {
  guideFilesIn,
  loadGuideFile,
  originalOf,
  translationFilesIn,
} from '../../adapters/guide-files.js';
import { translationProblems } from '../../domain/guide/translation.js';
import { t } from '../../domain/i18n/translate.js';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';

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
    message: t(
      'FAQ "{question}" has no keywords: people may also type {words}; add the ones that fit, e.g. <!-- keywords: [{some}] -->',
      { question: faq.question, words: words.join(', '), some: words.slice(0, 2).join(', ') },
    ),
  };
}

/** What lint says of a translation's gaps (translation.ts). */
function describeGap(
  kind: 'missing' | 'extra' | 'id',
  ids: readonly string[],
  original: string,
): string {
  switch (kind) {
    case 'id':
      return t(
        'the translation has the id "{id}" but {original} has "{expected}": give it the same id',
        {
          id: ids[0] ?? '',
          expected: ids[1] ?? '',
          original,
        },
      );
    case 'missing':
      return t('the translation lacks {count} items of {original}, shown from it instead: {ids}', {
        count: ids.length,
        original,
        ids: ids.join(', '),
      });
    default:
      return t(
        '"{id}" is not an item of {original}: it is never shown; use the id of the item it translates',
        {
          id: ids[0] ?? '',
          original,
        },
      );
  }
}

export async function lint(
  paths: readonly string[],
  dirs: readonly string[],
  json: boolean,
): Promise<number> {
  // A folder stands for the guides in it; no path at all, for the content folders.
  const inFolder = (dir: string) => [...guideFilesIn(dir), ...translationFilesIn(dir)];
  const files =
    paths.length > 0
      ? paths.flatMap((path) => (isFolder(path) ? inFolder(path) : [path]))
      : dirs.flatMap(inFolder);
  // Always parsed afresh: an author wants today's verdict on the file, not a cached one.
  const results = await Promise.all(files.map((file) => loadGuideFile(file)));
  // A translation is checked against its original: the same id, the same items.
  const translations = await Promise.all(
    results.map(async ({ path, guide }) => {
      const original = originalOf(path);
      if (!guide || original === undefined || !existsSync(original)) return [];
      const { guide: source } = await loadGuideFile(original);
      if (!source) return [];
      return translationProblems(source, guide, basename(original), describeGap).map((problem) => ({
        path,
        ...problem,
      }));
    }),
  );
  const lexicon = lazyLexicon();
  const problems = results.flatMap((result) =>
    result.problems.map((problem) => ({
      path: result.path,
      ...withSuggestions(problem, result.guide, lexicon),
    })),
  );
  problems.push(...translations.flat());
  // Two files with one id: only the first could ever be opened.
  const owners = new Map<string, string>();
  for (const { guide, path } of results) {
    if (!guide || originalOf(path) !== undefined) continue;
    const first = owners.get(guide.id);
    if (first === undefined) owners.set(guide.id, path);
    else {
      problems.push({
        path,
        severity: 'error',
        line: 1,
        message: t(
          'the id "{id}" is already used by {file}: give this guide another id in its front matter',
          { id: guide.id, file: first },
        ),
      });
    }
  }
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  if (json) {
    outJson({ files: files.length, errors, warnings, problems });
  } else {
    for (const problem of problems) out(formatProblem(problem.path, problem));
    err(
      t('{files} checked: {errors}, {warnings}', {
        files: t('{count} files', { count: files.length }),
        errors: t('{count} errors', { count: errors }),
        warnings: t('{count} warnings', { count: warnings }),
      }),
    );
  }
  if (files.length === 0) {
    err(`stepwise lint: ${t('no guide files found')}`);
    return EXIT.failure;
  }
  return errors > 0 ? EXIT.failure : EXIT.ok;
}
