// The contact log: short notes a person keeps on a step (when they called, who they spoke to, the
// reference they were given), each with the moment it was written. A note that holds a secret is
// refused whole, so that nothing of it is ever stored.

import { findSecret, secretName } from '../privacy/privacy.js';
import { cleanLine } from '../text/sanitize.js';
import type { Progress } from './progress.js';
import { t } from '../i18n/translate.js';

export type Note = {
  /** The step or sub-step it is about. */
  readonly item: string;
  /** When it was written, as an ISO string; with the item, it names the note. */
  readonly at: string;
  readonly text: string;
};

/** Room for a name, a number and a promise; a longer text is not a note. */
export const MAX_NOTE_LENGTH = 500;

/** A note as typed: the text to keep, or why it cannot be kept. */
export function checkNote(
  typed: string,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string } {
  const text = cleanLine(typed).replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: false, reason: t('the note is empty') };
  if ([...text].length > MAX_NOTE_LENGTH) {
    return {
      ok: false,
      reason: t('the note is {count} characters long; keep it under {most}', {
        count: [...text].length,
        most: MAX_NOTE_LENGTH,
      }),
    };
  }
  const secret = findSecret(text);
  if (secret) {
    return {
      ok: false,
      reason: t('not saved: the note looks like it holds a {secret}. Leave that out', {
        secret: secretName(secret),
      }),
    };
  }
  return { ok: true, text };
}

/** An item's notes, newest first. */
export function notesOf(progress: Progress, item: string): readonly Note[] {
  return (progress.notes ?? [])
    .filter((note) => note.item === item)
    .sort((a, b) => b.at.localeCompare(a.at));
}

/** Every note, newest first. */
export function allNotes(progress: Progress): readonly Note[] {
  return [...(progress.notes ?? [])].sort((a, b) => b.at.localeCompare(a.at));
}

export const sameNote = (a: Pick<Note, 'item' | 'at'>, b: Pick<Note, 'item' | 'at'>): boolean =>
  a.item === b.item && a.at === b.at;

/** What names a note, as one string: its item and when it was written. */
export const noteKey = (note: Pick<Note, 'item' | 'at'>): string => `${note.item} ${note.at}`;

export function addNote(progress: Progress, note: Note): Progress {
  return { ...progress, notes: [...(progress.notes ?? []), note] };
}

export function removeNote(progress: Progress, which: Pick<Note, 'item' | 'at'>): Progress {
  return { ...progress, notes: (progress.notes ?? []).filter((note) => !sameNote(note, which)) };
}
