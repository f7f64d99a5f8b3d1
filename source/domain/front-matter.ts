import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { Route } from './guide.js';
import type { Problem } from './problem.js';
import { ID_PATTERN } from './slug.js';

export type FrontMatter = {
  readonly id: string;
  readonly title: string;
  readonly summary?: string;
  readonly disclaimer?: string;
  readonly routes: readonly Route[];
};

const schema = z
  .object({
    id: z.string().regex(ID_PATTERN, 'must be a slug: lower-case letters, digits, ".", "_" or "-"'),
    title: z.string().trim().min(1, 'must not be empty'),
    summary: z.string().optional(),
    disclaimer: z.string().optional(),
    routes: z
      .record(z.string().regex(ID_PATTERN, 'route ids must be slugs'), z.string())
      .optional(),
  })
  .strict();

export type FrontMatterResult = {
  readonly frontMatter?: FrontMatter;
  readonly problems: Problem[];
  /** Index into the file's lines of the first line after the closing "---". */
  readonly bodyStart: number;
};

const FENCE = /^---\s*$/;

/** Reads the YAML between the opening and closing "---" lines at the top of a guide file. */
export function readFrontMatter(lines: readonly string[]): FrontMatterResult {
  const problems: Problem[] = [];
  if (!FENCE.test(lines[0] ?? '')) {
    problems.push({
      severity: 'error',
      line: 1,
      message:
        'missing front matter: start the file with a "---" line, then "id:" and "title:", then "---"',
    });
    return { problems, bodyStart: 0 };
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) {
    problems.push({
      severity: 'error',
      line: 1,
      message: 'front matter is not closed: add a "---" line after it',
    });
    return { problems, bodyStart: lines.length };
  }

  // YAML reports positions within the front matter; the file line is one further down.
  const toFileLine = (yamlLine: number) => yamlLine + 1;
  const lineCounter = new LineCounter();
  const document = parseDocument(lines.slice(1, close).join('\n'), { lineCounter });
  for (const error of document.errors) {
    const yamlLine = error.linePos?.[0].line ?? 1;
    problems.push({
      severity: 'error',
      line: toFileLine(yamlLine),
      message: `invalid front matter: ${error.message.split('\n')[0]}`,
    });
  }
  if (document.errors.length > 0) return { problems, bodyStart: close + 1 };

  const data: unknown = document.toJS() ?? {};
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
            message: `unknown front matter key "${unknown}" (known: id, title, summary, disclaimer, routes)`,
          });
        }
      } else if (key === undefined) {
        problems.push({
          severity: 'error',
          line: 2,
          message: 'front matter must be a YAML mapping of key: value lines',
        });
      } else if (issue.code === 'invalid_type' && issue.input === undefined) {
        problems.push({
          severity: 'error',
          line: 1,
          message: `front matter is missing "${String(key)}"`,
        });
      } else {
        problems.push({
          severity: 'error',
          line: keyLine(key as string),
          message: `front matter "${issue.path.join('.')}": ${issue.message}`,
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
