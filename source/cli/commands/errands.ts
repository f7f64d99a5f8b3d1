import type { Guide } from '../../domain/guide/guide.js';
import { dueToday } from '../../domain/progress/due.js';
import { remindersCalendar } from '../../domain/progress/icalendar.js';
import { progressOf } from '../../domain/progress/progress.js';
import { isoDay } from '../../domain/text/dates.js';
import { cleanOutput } from '../../domain/text/sanitize.js';
import { EXIT, err, out, outJson, writeOutputFile } from '../io.js';
import { openStore } from '../open-progress.js';
import { userCalendar } from '../user-settings.js';
import { listOf, t } from '../../domain/i18n/translate.js';

// `stepwise due` and `stepwise remind`: the waits of every guide a person has started, read from
// their saved progress, for cron, a shell prompt or a calendar app.

/** Exit code of `due` when something needs the person today. */
export const DUE_EXIT = 3;

function errands(guides: readonly Guide[]) {
  const store = openStore();
  return guides.map((guide) => ({ guide, progress: progressOf(store.read(guide.id)) }));
}

/** `stepwise due`: nothing due prints nothing and exits 0; otherwise a line each, exit 3. */
export function due(guides: readonly Guide[], json: boolean): number {
  const now = new Date();
  const calendar = userCalendar();
  const items = errands(guides).flatMap(({ guide, progress }) => {
    const item = dueToday(guide, progress, now, calendar);
    return item ? [item] : [];
  });
  if (json) {
    outJson({
      due: items.map((item) => ({
        guide: item.guide.id,
        kind: item.kind,
        item: item.item,
        from: isoDay(item.from),
        to: isoDay(item.to),
        then: item.then ?? null,
        text: item.text,
      })),
    });
  } else {
    for (const item of items) out(item.text);
  }
  return items.length === 0 ? EXIT.ok : DUE_EXIT;
}

/** `stepwise remind --ics [--output FILE]`: the open waits as an iCalendar file. */
export function remind(guides: readonly Guide[], ics: boolean, output: string | undefined): number {
  if (!ics) {
    err(`stepwise remind: ${t('say which format: --ics (iCalendar, for any calendar app)')}`);
    return EXIT.usage;
  }
  const calendarFile = remindersCalendar(errands(guides), new Date(), userCalendar());
  const events = calendarFile.events;
  // Cleaned again on its way out, like every printed line; iCalendar wants CRLF line ends.
  const text = cleanOutput(calendarFile.text.replace(/\r\n/g, '\n'));
  if (output === undefined) {
    process.stdout.write(text.replace(/\n/g, '\r\n'));
  } else if (!writeOutputFile('remind', output, text, { crlf: true })) {
    return EXIT.failure;
  }
  const ranOut = calendarFile.overdue;
  err(
    events > 0
      ? output === undefined
        ? t('{count} events: import it into your calendar app.', { count: events })
        : t('{count} events written to {file}: import it into your calendar app.', {
            count: events,
            file: output,
          })
      : ranOut.length > 0
        ? t(
            'No open waits: the wait for {items} has run out, so the calendar has no events ("stepwise due" says what to do now).',
            { items: listOf(ranOut) },
          )
        : t(
            'No open waits: the calendar has no events. Mark the step that starts a wait done first.',
          ),
  );
  return EXIT.ok;
}
