// Start-up work that libraries do at load time, and that the first frame does not need, is made
// lazy here, at build time, by exact text edits. Each edit must match exactly once: a library update
// that changes the text fails the build instead of silently dropping the edit.
import { readFile } from 'node:fs/promises';

function patch(name, filter, edits) {
  return {
    name,
    setup(builder) {
      builder.onLoad({ filter }, async (args) => {
        let text = await readFile(args.path, 'utf8');
        for (const [before, after] of edits) {
          const at = text.indexOf(before);
          if (at < 0 || text.indexOf(before, at + 1) >= 0) {
            throw new Error(`${name}: expected "${before.slice(0, 60)}" once in ${args.path}`);
          }
          text = text.slice(0, at) + after + text.slice(at + before.length);
        }
        return { contents: text, loader: 'js' };
      });
    },
  };
}

/**
 * Characters that are one column wide and one grapheme each, alone and next to any other of them:
 * ASCII, Latin and the symbols stepwise draws with. Text made only of these needs neither
 * Intl.Segmenter nor string-width's Unicode-property regexes (the costliest things at start-up).
 * Soft hyphen (U+00AD), combining marks (U+0300-) and zero-width characters are left out.
 */
const SIMPLE = String.raw`\x20-\x7e\xa0-\xac\xae-\u02ff\u2010-\u2027\u2030-\u205e←→↑↓─│○●◉◐•▸▾›█░⏎␣…⚠`;

export const modulePatches = [
  // A terminal's answer to a question (OSC 11, the background colour) or any other string
  // sequence (OSC, DCS, APC, PM) is one unknown sequence, never the keys its letters spell: Ink
  // splits them into "ESC ]" and characters, and "rgb:ffff/..." would type "/" and more. An ESC
  // inside one that does not end it (a key's sequence) ends it there. A colour answer that comes
  // in two reads waits for its end: Ink would hand the first part over as it is, and the rest as
  // keys.
  patch('ink-string-sequences', /ink[\\/]build[\\/]input-parser\.js$/, [
    [
      "    if (sequenceType === 'O') {\n        return parseSs3Sequence(input, startIndex, prefixLength);\n    }\n    return undefined;",
      "    if (sequenceType === 'O') {\n        return parseSs3Sequence(input, startIndex, prefixLength);\n    }\n    if (sequenceType === ']' || sequenceType === 'P' || sequenceType === '_' || sequenceType === '^') {\n        for (let index = startIndex + prefixLength + 1; index < input.length; index++) {\n            if (input[index] === '\\u0007') return { sequence: input.slice(startIndex, index + 1), nextIndex: index + 1 };\n            if (input[index] === escape && input[index + 1] === '\\\\') return { sequence: input.slice(startIndex, index + 2), nextIndex: index + 2 };\n            if (input[index] === escape && index + 1 < input.length) return { sequence: input.slice(startIndex, index), nextIndex: index };\n        }\n        return 'pending';\n    }\n    return undefined;",
    ],
    [
      '        hasPendingEscape() {\n            return pending.startsWith(escape);',
      '        hasPendingEscape() {\n            return pending.startsWith(escape) && !/^\\u001b\\]\\d+;(?:rgba?:)?[0-9a-fA-F/]*\\u001b?$/.test(pending);',
    ],
  ]),
  // Yoga decodes its embedded WebAssembly with atob, byte by byte; Buffer does it natively. It is
  // also instantiated synchronously, so the bundle needs no top-level await and can be a classic
  // script, which V8 can cache compiled (see bin/stepwise.js).
  patch('yoga-binary', /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/, [
    [
      'var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c',
      'var d=Buffer.from(a.slice(37),"base64")',
    ],
    [
      '(function(){return w||"function"!=typeof WebAssembly.instantiateStreaming||ua(H)||"function"!=typeof fetch?c(b):fetch(H,{credentials:"same-origin"}).then(function(e){return WebAssembly.instantiateStreaming(e,d).then(b,function(f){v("wasm streaming compile failed: "+f);v("falling back to ArrayBuffer instantiation");return c(b)})})})().catch(ca);return{}',
      'a(new WebAssembly.Instance(new WebAssembly.Module(wa()),d));return{}',
    ],
  ]),
  patch('yoga-sync', /yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/, [
    [
      'const Yoga = wrapAssembly(await loadYoga());',
      'const yogaModule = {};\nloadYoga(yogaModule);\nconst Yoga = wrapAssembly(yogaModule);',
    ],
  ]),
  // Development-only paths of Ink's reconciler, the last top-level awaits in the bundle.
  patch('ink-no-devtools', /ink[\\/]build[\\/]reconciler\.js$/, [
    [
      "await import('./devtools.js');",
      'throw new Error("stepwise is built without React DevTools");',
    ],
    ['? await loadPackageJson()', '? undefined'],
  ]),
  {
    name: 'string-width-lazy',
    setup(builder) {
      builder.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        const imports =
          "import stripAnsi from 'strip-ansi';\nimport {eastAsianWidth} from 'get-east-asian-width';\n";
        const head = 'export default function stringWidth(input, options = {}) {';
        if (!text.startsWith(imports) || text.split(head).length !== 2) {
          throw new Error(`string-width-lazy: ${args.path} has changed`);
        }
        const body = text
          .slice(imports.length)
          .replace(head, 'return function stringWidth(input, options = {}) {');
        return {
          loader: 'js',
          contents: `${imports}
let fullStringWidth;
const ONE_COLUMN = /^[${SIMPLE}]*$/;
export default function stringWidth(input, options) {
  if (typeof input === 'string' && (options === undefined || options.countAnsiEscapeCodes !== true) && (options === undefined || options.ambiguousIsNarrow !== false)) {
    // Styled text: colour codes take no columns.
    const plain = input.includes('\\u001B') || input.includes('\\u009B') ? stripAnsi(input) : input;
    if (ONE_COLUMN.test(plain)) return plain.length;
  }
  fullStringWidth ??= (() => {${body}
  })();
  return fullStringWidth(input, options);
}
`,
        };
      });
    },
  },
  // Ink reads the name of a key with Ctrl held, which a sequence such as a pasted colour code
  // ("ESC [ 3 1 m", read as a modified key with no name) lacks: the app would crash on it. Such
  // input is no key at all.
  patch('ink-input-nameless-key', /ink[\\/]build[\\/]hooks[\\/]use-input\.js$/, [
    [
      `            else if (keypress.ctrl) {
                input = keypress.name;
            }`,
      `            else if (keypress.ctrl) {
                input = keypress.name ?? '';
            }`,
    ],
    [
      'else if (keypress.ctrl && keypress.name.length === 1) {',
      'else if (keypress.ctrl && keypress.name?.length === 1) {',
    ],
  ]),
  // Ink draws only the last frame when it believes it runs in CI. A person at a real terminal with
  // CI set (a shell inside a CI runner, a developer's habit) would see nothing: a terminal on
  // stdout wins over CI.
  patch('is-in-ci-terminal', /[\\/]is-in-ci[\\/]index\.js$/, [
    [
      "const isInCi = check('CI') || check('CONTINUOUS_INTEGRATION');",
      "const isInCi = (check('CI') || check('CONTINUOUS_INTEGRATION')) && !process.stdout.isTTY;",
    ],
  ]),
  // After a suspend the terminal shows a fresh screen, but Ink only writes what changed since
  // its last frame. `clear()` is given a way to draw the whole frame again.
  patch('ink-redraw', /ink[\\/]build[\\/]ink\.js$/, [
    [
      '    clear() {\n        if (!isInCi && !this.options.debug) {',
      "    redraw() {\n        this.log.clear();\n        this.lastOutput = '';\n        this.lastOutputToRender = '';\n        this.onRender();\n    }\n    clear() {\n        if (!isInCi && !this.options.debug) {",
    ],
  ]),
  patch('ink-render-redraw', /ink[\\/]build[\\/]render\.js$/, [
    [
      '        clear: instance.clear,',
      '        clear: instance.clear,\n        redraw: () => instance.redraw(),',
    ],
  ]),
  // Ink slices every line inside a box that hides overflow, each frame. Simple text needs no
  // grapheme segmenter: each UTF-16 unit is its own grapheme (see SIMPLE).
  patch('slice-ansi-fast', /[\\/]slice-ansi[\\/]tokenize-ansi\.js$/, [
    [
      "const GRAPHEME_SEGMENTER = new Intl.Segmenter(undefined, {granularity: 'grapheme'});",
      `let graphemeSegmenter;
const SIMPLE = /^[\\x07\\x1b${SIMPLE}]*$/;
function unitSegments(string) {
	return {
		containing: index => index >= 0 && index < string.length ? {segment: string[index], index, input: string} : undefined,
		* [Symbol.iterator]() { for (let index = 0; index < string.length; index++) yield {segment: string[index], index, input: string}; },
	};
}
const GRAPHEME_SEGMENTER = {segment: string => SIMPLE.test(string) ? unitSegments(string) : (graphemeSegmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'})).segment(string)};`,
    ],
  ]),
  // Text without escape codes, each character one column: a slice is the substring.
  patch('slice-ansi-plain', /[\\/]slice-ansi[\\/]index\.js$/, [
    [
      'export default function sliceAnsi(string, start, end) {\n',
      `const PLAIN_ONE_COLUMN = /^[${SIMPLE}]*$/;
export default function sliceAnsi(string, start, end) {
	if (typeof string === 'string' && Number.isInteger(start) && start >= 0 && (end === undefined || (Number.isInteger(end) && end >= 0)) && PLAIN_ONE_COLUMN.test(string)) {
		return string.slice(start, end);
	}
`,
    ],
  ]),
  // Ink tokenises every line of every frame; a line of simple characters splits per UTF-16 unit.
  patch('ansi-tokenize-fast', /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/, [
    [
      'const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });',
      `let graphemeSegmenter;
const SIMPLE = /^[\\x07\\x1b${SIMPLE}]*$/;
function* unitSegments(str) { for (let index = 0; index < str.length; index++) yield { segment: str[index], index }; }
const segmenter = { segment: (str) => SIMPLE.test(str) ? unitSegments(str) : (graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" })).segment(str) };`,
    ],
  ]),
  // Ink turns every row of every frame into text, comparing each cell's styles with the one
  // before it; neighbours almost always share them, and the same styles need no codes between.
  patch(
    'ansi-tokenize-same-styles',
    /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/,
    [
      [
        'export function styledCharsToString(chars) {',
        `function sameCodes(from, to) {
    if (from === to) return true;
    if (from.length !== to.length) return false;
    for (let index = 0; index < from.length; index++) if (from[index] !== to[index]) return false;
    return true;
}
export function styledCharsToString(chars) {`,
      ],
      [
        '        else {\n            ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
        '        else if (!sameCodes(chars[i - 1].styles, char.styles)) {\n            ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
      ],
      [
        '        if (i === chars.length - 1) {',
        '        if (i === chars.length - 1 && char.styles.length > 0) {',
      ],
    ],
  ),
  // Ink asks terminal-size only when stdout has no width (not a terminal); its module would load
  // Node's child_process code at start-up for the fallbacks it runs then.
  patch('terminal-size-lazy', /[\\/]terminal-size[\\/]index\.js$/, [
    [
      "import {execFileSync} from 'node:child_process';",
      "const execFileSync = (...parameters) => require('node:child_process').execFileSync(...parameters);",
    ],
  ]),
];
