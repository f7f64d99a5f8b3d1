import { existsSync, writeFileSync } from 'node:fs';
import { unwritableReason } from '../../adapters/read-file.js';
import { basename, extname } from 'node:path';
import { MAX_GUIDE_BYTES, readGuideText, readStreamText } from '../../adapters/guide-files.js';
import { parseGuide } from '../../domain/guide/parse-guide.js';
import { importArticle } from '../../domain/guide/import-article.js';
import { EXIT, err, out } from '../io.js';
import { t } from '../../domain/i18n/translate.js';

function titleFromName(path: string): string | undefined {
  if (path === '-') return undefined;
  const name = basename(path, extname(path)).replace(/[-_]+/g, ' ').trim();
  // A name like "000_4206ce4c" says nothing about the article.
  const words = name.split(' ').filter((word) => /^[a-z]{2,}$/i.test(word));
  return words.length >= 2 ? name[0]?.toUpperCase() + name.slice(1) : undefined;
}

/** `stepwise import <article|-> [--id ID] [--output FILE]`: a how-to article as a guide file. */
export async function importCommand(
  args: readonly string[],
  options: { id?: string; output?: string },
): Promise<number> {
  const [source, ...extra] = args;
  if (source === undefined || extra.length > 0) {
    err(`stepwise import: ${t('name one article file, or - to read standard input')}`);
    return EXIT.usage;
  }
  // Standard input is read as a stream: it may be a pipe that is not ready yet.
  const read = source === '-' ? await readStreamText(process.stdin) : readGuideText(source);
  if (typeof read !== 'string') {
    err(`${source === '-' ? '<stdin>' : source}:${read.line}: ${read.message}`);
    return EXIT.failure;
  }
  const text = read;
  const fallbackTitle = titleFromName(source);
  const result = importArticle(text, {
    ...(options.id !== undefined && { id: options.id }),
    ...(fallbackTitle !== undefined && { fallbackTitle }),
  });
  const where = source === '-' ? '<stdin>' : source;
  if (!result.ok) {
    err(`${where}: ${result.error}`);
    return EXIT.failure;
  }
  for (const warning of result.warnings)
    err(`${where}:${warning.line}: ${t('warning: {message}', { message: warning.message })}`);
  // Never a guide stepwise would then refuse: it is checked as any guide file is read.
  const size = Buffer.byteLength(result.markdown);
  const problem =
    size > MAX_GUIDE_BYTES
      ? t('it would be larger than {size} MB', { size: MAX_GUIDE_BYTES / 1024 / 1024 })
      : parseGuide(result.markdown).problems.find((found) => found.severity === 'error')?.message;
  if (problem !== undefined) {
    err(
      `stepwise import: ${t('the guide made from {file} could not be opened ({problem}); nothing written', { file: where, problem })}`,
    );
    return EXIT.failure;
  }
  if (options.output === undefined) {
    out(result.markdown);
    return EXIT.ok;
  }
  // A guide is not written over a file that is there already, nor into a pipe or a device.
  const unwritable = existsSync(options.output)
    ? (unwritableReason(options.output) ??
      t('already exists: choose another name, or remove it first'))
    : undefined;
  if (unwritable) {
    err(`stepwise import: ${options.output} ${unwritable}`);
    return EXIT.failure;
  }
  try {
    writeFileSync(options.output, result.markdown, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    err(`stepwise import: ${t('cannot write {file} ({code})', { file: options.output, code })}`);
    return EXIT.failure;
  }
  err(t('Wrote {file}: check it with "stepwise lint {file}"', { file: options.output }));
  return EXIT.ok;
}
