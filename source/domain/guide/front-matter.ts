import { LineCounter, parseDocument } from 'yaml';
import * as z from 'zod/mini';
import type { Guide } from './guide.js';
import type { Problem } from './problem.js';
import { ID_SCHEMA } from './id-schema.js';
import { ID_PATTERN } from './slug.js';
import { msg, t } from '../i18n/translate.js';

export type FrontMatter = Pick<
  Guide,
  'id' | 'title' | 'summary' | 'disclaimer' | 'routes' | 'language'
>;

const schema = z.strictObject({
  id: ID_SCHEMA,
  title: z.string().check(z.trim(), z.minLength(1, msg('must not be empty'))),
  summary: z.optional(z.string()),
  disclaimer: z.optional(z.string()),
  /** The language the guide is written in, as two letters ("es"); English when not given. */
  language: z.optional(
    z.string().check(z.regex(/^[a-z]{2}$/, msg('must be a two-letter language code such as "es"'))),
  ),
  routes: z.optional(
    z.record(z.string().check(z.regex(ID_PATTERN, msg('route ids must be slugs'))), z.string()),
  ),
});

export type FrontMatterResult = {
  readonly frontMatter?: FrontMatter;
  readonly problems: Problem[];
  /** Index into the file's lines of the first line after the closing "---". */
  readonly bodyStart: number;
};

const FENCE = /^---\s*$/;

/** Zod's small build has no message catalogue; say what was wrong in words an author can act on. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected: Record<string, string> = {
        record: t('a mapping of "key: value" lines'),
        object: t('a mapping of "key: value" lines'),
        array: t('a list'),
        string: t('text'),
      };
      return t('must be {what}', { what: expected[issue.expected] ?? issue.expected });
    }
    case 'invalid_value':
      return t('must be one of {values}', { values: issue.values.map(String).join(', ') });
    case 'invalid_union':
      return t('must be text or a list of text');
    default:
      // The schemas' own messages are marked for the catalog where they are written (msg).
      return t(issue.message);
  }
}

/** Lists in lists thousands deep run the YAML reader out of stack: said as what it is. */
const TOO_DEEP = msg(
  'invalid front matter: it is nested too deeply to read (lists or mappings inside each other thousands of times): front matter holds a few plain keys',
);

/** Reads the YAML between the opening and closing "---" lines at the top of a guide file. */
export function readFrontMatter(lines: readonly string[]): FrontMatterResult {
  const problems: Problem[] = [];
  if (!FENCE.test(lines[0] ?? '')) {
    problems.push({
      severity: 'error',
      line: 1,
      message: t(
        'missing front matter: start the file with a "---" line, then "id:" and "title:", then "---"',
      ),
    });
    return { problems, bodyStart: 0 };
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) {
    problems.push({
      severity: 'error',
      line: 1,
      message: t('front matter is not closed: add a "---" line after it'),
    });
    return { problems, bodyStart: lines.length };
  }

  // YAML reports positions within the front matter; the file line is one further down.
  const toFileLine = (yamlLine: number) => yamlLine + 1;
  // A "__proto__" key would be dropped by the YAML reader without a word: say so instead.
  const proto = lines
    .slice(1, close)
    .findIndex((line) => /(?:^|[\s{,])["']?__proto__["']?\s*:/.test(line));
  if (proto !== -1) {
    problems.push({
      severity: 'error',
      line: toFileLine(proto + 1),
      message: t(
        'the key "__proto__" is not allowed: ids and route ids are slugs that start with a letter or digit',
      ),
    });
    return { problems, bodyStart: close + 1 };
  }
  const lineCounter = new LineCounter();
  let document: ReturnType<typeof parseDocument>;
  try {
    document = parseDocument(lines.slice(1, close).join('\n'), { lineCounter });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problems.push({
      severity: 'error',
      line: 2,
      message: t(TOO_DEEP),
    });
    return { problems, bodyStart: close + 1 };
  }
  for (const error of document.errors) {
    const yamlLine = error.linePos?.[0].line ?? 1;
    problems.push({
      severity: 'error',
      line: toFileLine(yamlLine),
      // The line is already in front; YAML's own "at line N" counts from the front matter.
      message: /call stack/i.test(error.message)
        ? t(TOO_DEEP)
        : t('invalid front matter: {problem}', {
            problem: error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '',
          }),
    });
  }
  if (document.errors.length > 0) return { problems, bodyStart: close + 1 };

  let data: unknown;
  try {
    // An alias bomb ("billion laughs") stops here with a clear message instead of eating memory.
    data = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    problems.push({
      severity: 'error',
      line: 2,
      message:
        error instanceof RangeError
          ? t(TOO_DEEP)
          : t('invalid front matter: {problem}', {
              problem: (error as Error).message.split('\n')[0] ?? '',
            }),
    });
    return { problems, bodyStart: close + 1 };
  }
  const keyLine = (key: string | number | undefined) => {
    const index = lines.slice(1, close).findIndex((line) => line.startsWith(`${String(key)}:`));
    return index === -1 ? 1 : index + 2;
  };
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (issue.code === 'unrecognized_keys') {
        for (const unknown of issue.keys) {
          problems.push({
            severity: 'error',
            line: keyLine(unknown),
            message: t(
              'unknown front matter key "{unknown}" (known: id, title, summary, disclaimer, language, routes)',
              { unknown },
            ),
          });
        }
      } else if (key === undefined) {
        problems.push({
          severity: 'error',
          line: 2,
          message: t('front matter must be a YAML mapping of key: value lines'),
        });
      } else if (!Object.hasOwn(data as object, key)) {
        problems.push({
          severity: 'error',
          line: 1,
          message: t('front matter is missing "{key}"', { key: String(key) }),
        });
      } else {
        problems.push({
          severity: 'error',
          line: keyLine(key as string),
          message: t('front matter "{key}": {problem}', {
            key: issue.path.join('.'),
            problem: describeIssue(issue),
          }),
        });
      }
    }
    return { problems, bodyStart: close + 1 };
  }
  const { routes, ...rest } = parsed.data;
  return {
    frontMatter: {
      ...rest,
      routes: Object.entries(routes ?? {}).map(([id, label]) => ({ id, label })),
    },
    problems,
    bodyStart: close + 1,
  };
}
