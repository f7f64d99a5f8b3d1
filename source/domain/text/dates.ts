import { format } from 'date-fns';

/** "26 Nov": short enough for a status line, clear enough to remember. */
export function shortDate(iso: string): string {
  return format(new Date(iso), 'd MMM');
}

/** "Thu 26 Nov", for dates a person plans around. */
export function dayDate(date: Date): string {
  return format(date, 'EEE d MMM');
}
