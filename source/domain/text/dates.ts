import { format } from 'date-fns';

/** "26 Nov": short enough for a status line, clear enough to remember. */
export function shortDate(iso: string): string {
  return format(new Date(iso), 'd MMM');
}

/** "Thu 26 Nov", for dates a person plans around. */
export function dayDate(date: Date): string {
  return format(date, 'EEE d MMM');
}

/** "Sat 28 Nov 2026 14:02", for a note: when a call was made matters to the minute. */
export function noteTime(iso: string): string {
  return format(new Date(iso), 'EEE d MMM yyyy HH:mm');
}
