#!/usr/bin/env node
// Makes the screenshots in docs/screenshots from the real app: each scene is played in a
// pseudo-terminal (node-pty) read back through a headless xterm, and the terminal's cells are
// drawn as SVG, in a dark and a light theme. Run `npm run screenshots` after changing the UI.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import xtermHeadless from '@xterm/headless';
import { spawn } from '@lydell/node-pty';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'stepwise.js');
const out = join(root, 'docs', 'screenshots');
const COLS = 100;
const ROWS = 30;

const THEMES = {
  dark: { background: '#0d1117', foreground: '#e6edf3', reply: 'rgb:0d0d/1111/1717' },
  light: { background: '#ffffff', foreground: '#1f2328', reply: 'rgb:ffff/ffff/ffff' },
};

// The 16 ANSI colours as most terminals show them on each background, then xterm's 256 cube.
const ANSI = {
  dark: [
    '#484f58',
    '#ff7b72',
    '#3fb950',
    '#d29922',
    '#58a6ff',
    '#bc8cff',
    '#39c5cf',
    '#b1bac4',
    '#6e7681',
    '#ffa198',
    '#56d364',
    '#e3b341',
    '#79c0ff',
    '#d2a8ff',
    '#56d4dd',
    '#ffffff',
  ],
  light: [
    '#24292f',
    '#cf222e',
    '#116329',
    '#4d2d00',
    '#0969da',
    '#8250df',
    '#1b7c83',
    '#6e7781',
    '#57606a',
    '#a40e26',
    '#1a7f37',
    '#633c01',
    '#218bff',
    '#a475f9',
    '#3192aa',
    '#8c959f',
  ],
};

function palette(theme, index) {
  if (index < 16) return ANSI[theme][index];
  if (index < 232) {
    const value = index - 16;
    const level = (n) => (n === 0 ? 0 : 55 + n * 40).toString(16).padStart(2, '0');
    return `#${level(Math.floor(value / 36))}${level(Math.floor(value / 6) % 6)}${level(value % 6)}`;
  }
  const grey = (8 + (index - 232) * 10).toString(16).padStart(2, '0');
  return `#${grey}${grey}${grey}`;
}

function colour(theme, mode, value, fallback) {
  if (mode === 'rgb') return `#${value.toString(16).padStart(6, '0')}`;
  if (mode === 'palette') return palette(theme, value);
  return fallback;
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function toSvg(terminal, theme) {
  const { background, foreground } = THEMES[theme];
  const cellWidth = 8.4;
  const lineHeight = 18;
  const parts = [];
  const buffer = terminal.buffer.active;
  for (let y = 0; y < ROWS; y += 1) {
    const line = buffer.getLine(y);
    if (!line) continue;
    let run;
    const flush = () => {
      if (!run || run.text === '') return;
      const x = (run.start * cellWidth).toFixed(1);
      const top = y * lineHeight;
      if (run.bg !== background) {
        parts.push(
          `<rect x="${x}" y="${top}" width="${(run.width * cellWidth).toFixed(1)}" height="${lineHeight}" fill="${run.bg}"/>`,
        );
      }
      if (run.text.trim() !== '') {
        parts.push(
          `<text x="${x}" y="${top + 13}" fill="${run.fg}"${run.bold ? ' font-weight="bold"' : ''}${run.italic ? ' font-style="italic"' : ''}${run.underline ? ' text-decoration="underline"' : ''} xml:space="preserve">${escapeXml(run.text)}</text>`,
        );
      }
    };
    for (let x = 0; x < COLS; x += 1) {
      const cell = line.getCell(x);
      if (!cell || cell.getWidth() === 0) continue;
      const mode = (isDefault, isRgb) => (isDefault ? 'default' : isRgb ? 'rgb' : 'palette');
      let fg = colour(
        theme,
        mode(cell.isFgDefault(), cell.isFgRGB()),
        cell.getFgColor(),
        foreground,
      );
      let bg = colour(
        theme,
        mode(cell.isBgDefault(), cell.isBgRGB()),
        cell.getBgColor(),
        background,
      );
      if (cell.isInverse()) [fg, bg] = [bg, fg];
      if (cell.isDim()) fg = `${fg}99`;
      const style = {
        fg,
        bg,
        bold: Boolean(cell.isBold()),
        italic: Boolean(cell.isItalic()),
        underline: Boolean(cell.isUnderline()),
      };
      const same =
        run &&
        run.fg === style.fg &&
        run.bg === style.bg &&
        run.bold === style.bold &&
        run.italic === style.italic &&
        run.underline === style.underline;
      if (!same) {
        flush();
        run = { ...style, start: x, width: 0, text: '' };
      }
      run.text += cell.getChars() || ' ';
      run.width += cell.getWidth();
    }
    flush();
  }
  const width = Math.ceil(COLS * cellWidth) + 24;
  const height = ROWS * lineHeight + 24;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" font-size="14">
<rect width="100%" height="100%" rx="8" fill="${background}"/>
<g transform="translate(12 12)">
${parts.join('\n')}
</g>
</svg>
`;
}

const wait = (ms) => new Promise((done) => setTimeout(done, ms));

/** A colour terminal, whatever the one running this script is: no NO_COLOR, no CI. */
function screenEnv(configDir) {
  const env = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'CI', 'COLORFGBG']) delete env[name];
  return {
    ...env,
    TERM: 'xterm-256color',
    COLORTERM: 'truecolor',
    LANG: 'en_US.UTF-8',
    STEPWISE_CONFIG_DIR: configDir,
  };
}

/** Plays one scene: starts the app, presses the keys, and returns the SVG of what it shows. */
async function scene(theme, keys, args = []) {
  const configDir = mkdtempSync(join(tmpdir(), 'stepwise-shot-'));
  const terminal = new xtermHeadless.Terminal({ cols: COLS, rows: ROWS, allowProposedApi: true });
  const pty = spawn(process.execPath, [bin, '--theme', theme, ...args], {
    name: 'xterm-256color',
    cols: COLS,
    rows: ROWS,
    cwd: root,
    env: screenEnv(configDir),
  });
  pty.onData((data) => {
    if (data.includes('\u001b]11;?')) pty.write(`\u001b]11;${THEMES[theme].reply}\u001b\\`);
    terminal.write(data);
  });
  await wait(1500);
  for (const key of keys) {
    pty.write(key);
    await wait(250);
  }
  await wait(500);
  const svg = toSvg(terminal, theme);
  pty.kill();
  return svg;
}

const SCENES = {
  steps: ['j', 'j', '\r'],
  search: ['/', 'h', 'o', 'w', ' ', 'm', 'u', 'c', 'h'],
  progress: ['4'],
};

mkdirSync(out, { recursive: true });
for (const theme of Object.keys(THEMES)) {
  for (const [name, keys] of Object.entries(SCENES)) {
    const file = join(out, `${name}-${theme}.svg`);
    writeFileSync(file, await scene(theme, keys));
    console.log(`wrote ${file}`);
  }
}
process.exit(0);
