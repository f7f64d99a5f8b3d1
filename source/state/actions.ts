import type { Guide } from '../domain/guide/guide.js';
import type { Progress } from '../domain/progress/progress.js';
import type { Pane, Size } from './ui-state.js';

/** Everything that can happen to the UI. Actions that record a moment carry it, keeping the reducer pure. */
export type Action =
  | { readonly type: 'pane/next' }
  | { readonly type: 'pane/previous' }
  | { readonly type: 'pane/go'; readonly pane: Pane }
  | { readonly type: 'select/move'; readonly by: number }
  | { readonly type: 'select/first' }
  | { readonly type: 'select/last' }
  | { readonly type: 'text/scroll'; readonly pages: number }
  /** The wheel: the text moves by lines. */
  | { readonly type: 'text/lines'; readonly by: number }
  | { readonly type: 'open' }
  | { readonly type: 'back' }
  | { readonly type: 'done/toggle'; readonly now: string }
  | { readonly type: 'help/toggle' }
  | { readonly type: 'help/scroll'; readonly by: number }
  | { readonly type: 'banner/dismiss' }
  | { readonly type: 'resize'; readonly size: Size }
  | { readonly type: 'search/open' }
  /** Text typed into the field that has focus: the search box or the note editor. */
  | { readonly type: 'field/type'; readonly text: string }
  /** Text pasted into the terminal (bracketed paste): typed into the search box, or refused. */
  | { readonly type: 'paste'; readonly text: string }
  | { readonly type: 'field/backspace' }
  /** The note editor's cursor: a character either way, or to either end. */
  | { readonly type: 'field/cursor'; readonly move: 'left' | 'right' | 'home' | 'end' }
  /** Ctrl-U and Ctrl-W in the note editor: all before the cursor, or the word before it. */
  | { readonly type: 'field/erase'; readonly what: 'to-start' | 'word' }
  | { readonly type: 'search/submit' }
  | { readonly type: 'search/clear' }
  | { readonly type: 'continue'; readonly now: string }
  | { readonly type: 'library/back' }
  | { readonly type: 'guide/reload'; readonly guide: Guide }
  | { readonly type: 'guide/error'; readonly message: string }
  | { readonly type: 'reset/ask' }
  /** The answer to the question on screen (reset, delete a note). */
  | { readonly type: 'confirm/yes' }
  | { readonly type: 'confirm/no' }
  /** `o`: open the selected item's link (asks which when it has several). */
  | { readonly type: 'link/open' }
  | { readonly type: 'link/pick'; readonly index: number }
  /** A digit of the number of the link to open; Enter takes the number typed so far. */
  | { readonly type: 'link/digit'; readonly digit: number }
  | { readonly type: 'link/choose' }
  /** `y`: copy the selected item's text to the clipboard. */
  | { readonly type: 'copy' }
  /** The request was carried out (or not): what to tell the person. */
  | { readonly type: 'request/done'; readonly message: string }
  | { readonly type: 'note/open' }
  | { readonly type: 'note/save'; readonly now: string }
  | { readonly type: 'note/delete' }
  /** Which of the item's notes to delete: 0 is the newest. */
  | { readonly type: 'note/pick'; readonly index: number }
  /** A digit of the number of the note to delete; Enter takes the number typed so far. */
  | { readonly type: 'note/digit'; readonly digit: number }
  | { readonly type: 'note/choose' }
  | { readonly type: 'notice'; readonly text: string | undefined }
  /** The guide's progress as merged from the sync folder: changed on another device, maybe. */
  | { readonly type: 'progress/synced'; readonly guide: string; readonly progress: Progress }
  | { readonly type: 'quit' }
  | { readonly type: 'suspend' };
