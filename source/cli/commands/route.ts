import type { Guide } from '../../domain/guide/guide.js';
import { applyChanges, progressOf, withItems } from '../../domain/progress/progress.js';
import { progressJson } from '../../domain/progress/progress-report.js';
import { closeMatches } from '../../domain/search/suggest.js';
import { EXIT, err, out, outJson } from '../io.js';
import { openStore, openStoreToChange, reportSaveProblem } from '../open-progress.js';
import { t } from '../../domain/i18n/translate.js';
import { didYouMean } from '../io.js';

/** The guide's routes as a person can type them: "online (Online account), phone (Phone)". */
function routeList(guide: Guide): string {
  return guide.routes.map((route) => `${route.id} (${route.label})`).join(', ');
}

/**
 * `stepwise route [name]` and `stepwise route --clear`: shows or chooses the route, as Enter does
 * in the Progress pane. A route is named by its id or its label, in any case.
 */
export async function routeCommand(
  guide: Guide,
  words: readonly string[],
  options: { readonly clear: boolean; readonly json: boolean },
): Promise<number> {
  if (guide.routes.length === 0) {
    err(`stepwise route: ${t('"{guide}" has no routes to choose from', { guide: guide.title })}`);
    return EXIT.failure;
  }
  const showing = words.length === 0 && !options.clear;
  // Showing the route only reads: it moves nothing aside and tells nothing of the sync folder.
  const store = showing ? openStore() : await openStoreToChange();
  const current = progressOf(store.read(guide.id)).route;
  if (showing) {
    const chosen = guide.routes.find((route) => route.id === current);
    if (options.json) outJson(progressJson(guide, store.read(guide.id), new Date()));
    else {
      out(
        chosen
          ? t('Your route: {route}', { route: `${chosen.id} (${chosen.label})` })
          : t('No route chosen yet.'),
      );
      out(t('Routes: {routes}', { routes: routeList(guide) }));
    }
    return EXIT.ok;
  }
  if (options.clear && words.length > 0) {
    err(`stepwise route: ${t('give a route or --clear, not both')}`);
    return EXIT.usage;
  }
  let route: string | undefined;
  if (!options.clear) {
    const typed = words.join(' ').trim().toLowerCase();
    const found = guide.routes.find(
      (candidate) => candidate.id === typed || candidate.label.toLowerCase() === typed,
    );
    if (!found) {
      const close = closeMatches(
        guide.routes.map((candidate) => candidate.id),
        typed,
      );
      err(
        `stepwise route: ${t('no route "{route}"', { route: typed })}${didYouMean(close)}; ${t('routes: {routes}', { routes: routeList(guide) })}`,
      );
      return EXIT.failure;
    }
    route = found.id;
  }
  const now = new Date().toISOString();
  const result = store.update(guide.id, (record) =>
    withItems(applyChanges(record, [{ type: 'route', route }], now), guide),
  );
  if (reportSaveProblem(store, result)) return EXIT.failure;
  if (options.json) outJson(progressJson(guide, store.read(guide.id), new Date()));
  else {
    const chosen = guide.routes.find((candidate) => candidate.id === route);
    out(
      chosen
        ? t('Your route: {route}', { route: `${chosen.id} (${chosen.label})` })
        : t('No route: every step counts.'),
    );
  }
  return EXIT.ok;
}
