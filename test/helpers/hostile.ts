// Guides written by a hostile author: control characters made by YAML escapes and Markdown
// character references, which only exist after decoding, in every field a guide has.

/** Each class of character that must never reach a terminal, as YAML and as Markdown writes it. */
export const CONTROL_CLASSES: readonly {
  readonly name: string;
  readonly yaml: string;
  readonly markdown: string;
}[] = [
  {
    name: 'OSC 52 clipboard write',
    yaml: '\\e]52;c;aGFjaw==\\a',
    markdown: '&#x1b;]52;c;aGFjaw==&#7;',
  },
  { name: 'OSC 0 window title', yaml: '\\e]0;owned\\a', markdown: '&#x1b;]0;owned&#x7;' },
  { name: 'CSI clear screen', yaml: '\\e[2J', markdown: '&#27;[2J' },
  { name: 'C1 CSI (U+009B)', yaml: '\\x9b2J', markdown: '&#x9b;2J' },
  { name: 'C1 NEL (U+0085)', yaml: '\\N', markdown: '&#x85;' },
  { name: 'right-to-left override', yaml: '\\u202e', markdown: '&#x202e;' },
  { name: 'first strong isolate', yaml: '\\u2068', markdown: '&#x2068;' },
  { name: 'vertical tab', yaml: '\\v', markdown: '&#x0b;' },
  { name: 'form feed', yaml: '\\f', markdown: '&#x0c;' },
  { name: 'DEL', yaml: '\\x7f', markdown: '&#x7f;' },
  { name: 'NUL', yaml: '\\0', markdown: '&#x01;' },
  { name: 'backspace', yaml: '\\b', markdown: '&#x08;' },
  { name: 'left-to-right mark', yaml: '\\u200e', markdown: '&#x200e;' },
  { name: 'zero-width no-break space', yaml: '\\ufeff', markdown: '&#xfeff;' },
  { name: 'lone surrogate', yaml: '\\ud800', markdown: '&#xd800;' },
];

/**
 * A valid guide with the payload in every field: front matter (YAML escapes), headings, bodies,
 * link labels and addresses, and metadata (Markdown character references and YAML escapes).
 */
export function hostileGuide(payload: { yaml: string; markdown: string }): string {
  const y = payload.yaml;
  const m = payload.markdown;
  return `---
id: hostile
title: "Title ${y} end"
summary: "Summary ${y} end"
disclaimer: "Disclaimer ${y} end"
routes:
  online: "Online ${y} label"
  phone: "Phone ${y} label"
---

## Steps

### Step ${m} one
<!-- id: one -->

Body ${m} text with [a link ${m}](https://example.com/${m}path) and \`code ${m}\`.

- item ${m}

> quote ${m}

\`\`\`
fenced ${m}
\`\`\`

### Online step
<!-- { id: online, route: online, wait: "2-3 business days" } -->

#### Sub ${m} step
<!-- { id: online.sub, wait: "1 days" } -->

Sub body ${m}.

### Phone step
<!-- { route: phone } -->

Call ${m}.

## Tips

### Tip ${m}
<!-- { kind: warning } -->

Tip body ${m}.

## FAQ

### Question ${m}?
<!-- { keywords: ["key ${y} word", other] } -->

Answer ${m}.
`;
}

/** Guides whose mistakes make error messages quote the payload (keys, routes, waits, ids). */
export function hostileErrors(payload: { yaml: string }): string[] {
  const y = payload.yaml;
  return [
    `---\nid: broken\ntitle: Broken\n"key ${y}": 1\n---\n\n## Steps\n\n### One\n\nText.\n`,
    `---
id: broken
title: Broken
routes:
  online: Online
---

## Steps

### One
<!-- { route: "nowhere ${y}", wait: "5 ${y} days" } -->

Text.

### Two
<!-- { "meta ${y}": 1 } -->

Text.

### Three
<!-- { id: "bad ${y} id" } -->

Text.
`,
  ];
}

/** Every string anywhere in a value. */
export function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...allStrings(inner)]);
  }
  return [];
}

const EXTRA = String.raw`\u061c\u200e\u200f\ufeff`;
const LONE_SURROGATE = String.raw`[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]`;

/** C0 but tab and newline, DEL, C1, bidi controls and marks, separators, BOM, lone surrogates. */
export const FORBIDDEN = new RegExp(
  String.raw`[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029${EXTRA}]|${LONE_SURROGATE}`,
);
/** In a single-line field, tab and newline are forbidden as well. */
export const FORBIDDEN_IN_LINE = new RegExp(
  String.raw`[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029${EXTRA}]|${LONE_SURROGATE}`,
);
