// Guides of 100, 1,000 and 10,000 items: how long opening one takes, cold (parsed) and warm (from
// the parsed-guide cache), its peak memory, and the size of its cache entry. Figures only.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, stats } from './pty.js';

const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 3);

/** A guide with `items` steps, sub-steps and questions, each with a paragraph and a list. */
export function generateGuide(items) {
  const steps = Math.ceil(items / 4);
  const lines = ['---', 'id: scale', `title: Scale ${items}`, '---', '', '## Steps', ''];
  let made = 0;
  for (let step = 1; step <= steps && made < items; step += 1) {
    lines.push(
      `### Step number ${step}`,
      '',
      `Do **step ${step}** with [a link](https://example.com/${step}).`,
      '',
    );
    made += 1;
    for (let sub = 1; sub <= 2 && made < items; sub += 1) {
      lines.push(
        `#### Part ${step}.${sub}`,
        '',
        `Text of part ${sub}, with _emphasis_ and \`code\`.`,
        '',
        '- one',
        '- two',
        '',
      );
      made += 1;
    }
  }
  lines.push('## FAQ', '');
  for (let faq = 1; made < items; faq += 1) {
    lines.push(
      `### Question ${faq}?`,
      '',
      `<!-- keywords: [word${faq}] -->`,
      '',
      `The answer to question ${faq}.`,
      '',
    );
    made += 1;
  }
  return `${lines.join('\n')}\n`;
}

const bin = join(import.meta.dirname, '..', '..', 'bin', 'stepwise.js');
const peak =
  "process.on('exit',()=>process.stderr.write('\\npeak-rss '+process.resourceUsage().maxRSS+'\\n'))";

function open(guide, configDir) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [bin, 'progress', '--json', '--guide', guide], {
    env: {
      ...process.env,
      STEPWISE_CONFIG_DIR: configDir,
      NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(peak)}`,
    },
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`stepwise failed: ${result.stderr}`);
  const rss = Number(/peak-rss (\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024;
  return { ms, rss };
}

export function runScaleBench() {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-scale-'));
  console.log(`opening generated guides (${RUNS} runs each, medians; peak memory of the cold run)`);
  let previous;
  for (const items of [100, 1000, 10_000]) {
    const guide = join(dir, `scale-${items}.md`);
    writeFileSync(guide, generateGuide(items));
    const cold = [];
    const warm = [];
    let rss = 0;
    let cacheBytes = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const configDir = mkdtempSync(join(tmpdir(), 'stepwise-scale-config-'));
      const first = open(guide, configDir);
      cold.push(first.ms);
      rss = Math.max(rss, first.rss);
      warm.push(open(guide, configDir).ms);
      const cacheDir = join(configDir, 'cache');
      cacheBytes = readdirSync(cacheDir)
        .filter((name) => name.startsWith('guide-'))
        .reduce((sum, name) => sum + statSync(join(cacheDir, name)).size, 0);
    }
    const size = statSync(guide).size;
    const c = stats(cold).median;
    const growth = previous ? `  ${(c / previous).toFixed(1)}x the time for 10x the items` : '';
    previous = c;
    console.log(
      `  ${String(items).padStart(6)} items (${(size / 1024).toFixed(0)} KB)  cold ${fmt(c)}  warm ${fmt(stats(warm).median)}  peak ${rss.toFixed(0)} MB  cache ${(cacheBytes / size).toFixed(1)}x the file${growth}`,
    );
  }
}

if (process.argv[1] === import.meta.filename) runScaleBench();
