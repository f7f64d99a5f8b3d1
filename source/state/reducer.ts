import { isOpenableLink, isStep, taskLabel, type Guide } from '../domain/guide/guide.js';
import {
  findTask,
  isDone,
  parentStep,
  progressChanges,
  toggleChanges,
  withChanges,
  type Progress,
  type ProgressChange,
} from '../domain/progress/progress.js';
import { progressView } from '../domain/progress/progress-view.js';
import { cleanLine } from '../domain/text/sanitize.js';
import { checkNote, notesOf } from '../domain/progress/notes.js';
import type { Action } from './actions.js';
import type { Derive } from './derive.js';
import { NO_EFFECTS, type Update } from './effects.js';
import { showItem } from './resume.js';
import { NO_ROUTE, paneTitle, PANES, type UiState } from './ui-state.js';
import { t } from '../domain/i18n/translate.js';

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

function select(derive: Derive, state: UiState, index: number): UiState {
  const items = derive.listItems(state);
  const item = items[clamp(index, 0, items.length - 1)];
  if (!item) return state;
  return { ...state, selected: { ...state.selected, [state.pane]: item.id }, scroll: 0 };
}

function goToPane(state: UiState, offset: number): UiState {
  const index = PANES.indexOf(state.pane);
  const pane = PANES[(index + offset + PANES.length) % PANES.length] ?? state.pane;
  return { ...state, pane, scroll: 0 };
}

function open(derive: Derive, state: UiState): UiState {
  if (state.pane !== 'steps') return state;
  const item = derive.selectedItem(state);
  const step = state.guide.steps.find((candidate) => candidate.id === item?.id);
  if (!step || step.substeps.length === 0) return state;
  if (state.expanded.includes(step.id)) {
    return { ...state, expanded: state.expanded.filter((id) => id !== step.id) };
  }
  // Opening a step shows its sub-steps and moves to the first, where the work is.
  const first = step.substeps[0];
  return {
    ...state,
    expanded: [...state.expanded, step.id],
    selected: { ...state.selected, steps: first?.id ?? step.id },
    scroll: 0,
  };
}

function back(state: UiState): UiState {
  if (state.overlay) return closeOverlay(state);
  if (state.disclaimer) {
    const { disclaimer: _hidden, ...rest } = state;
    return rest;
  }
  if (state.pane !== 'steps') return state;
  const id = state.selected.steps;
  const step = id === undefined ? undefined : parentStep(state.guide, id);
  if (!step || !state.expanded.includes(step.id)) return state;
  return {
    ...state,
    expanded: state.expanded.filter((expanded) => expanded !== step.id),
    selected: { ...state.selected, steps: step.id },
    scroll: 0,
  };
}

/** While typing, the best match is the one selected. */
function firstResult(derive: Derive, state: UiState): UiState {
  const first = derive.listItems(state, 'faq')[0];
  return {
    ...state,
    scroll: 0,
    selected: { ...state.selected, faq: first?.id ?? state.selected.faq },
  };
}

/** A reducer's answer: the new state, with what it asks of the world when it asks anything. */
type Step = UiState | Update<UiState>;

/** The state with progress changed, and the changes to save: what the person did, as they did it. */
function changeProgress(state: UiState, changes: readonly ProgressChange[]): Step {
  if (changes.length === 0) return state;
  // The first change is the person's answer to the disclaimer: it has been read.
  const { disclaimer: _read, ...rest } = state;
  return {
    state: { ...rest, progress: withChanges(state.progress, changes) },
    effects: [{ type: 'save-progress', guide: state.guide.id, changes }],
  };
}

function chooseRoute(derive: Derive, state: UiState): Step {
  const id = derive.selectedItem(state)?.id;
  if (id === undefined) return state;
  const route = id === NO_ROUTE ? undefined : id;
  return route === state.progress.route ? state : changeProgress(state, [{ type: 'route', route }]);
}

/** Goes to the first unfinished item on the person's route, opening its step. */
/**
 * The item to do next: once a wait has run out, the step the guide names for that (`then:`), at
 * its first unfinished part; otherwise the first unfinished item on the route.
 */
function nextToDo(state: UiState, now: string) {
  return progressView(state.guide, state.progress, new Date(now), state.calendar).next;
}

function continueGuide(state: UiState, now: string): UiState {
  const next = nextToDo(state, now);
  if (!next) return { ...state, banner: t('Everything on your route is done.') };
  return showItem(state, 'steps', next.id);
}

/** A new version of the guide, with the person's place kept wherever it still exists. */
function reload(previous: UiState, guide: Guide): UiState {
  const { guideError: _fixed, ...state } = previous;
  const steps = new Set(guide.steps.map((step) => step.id));
  const next: UiState = {
    ...state,
    guide,
    expanded: state.expanded.filter((id) => steps.has(id)),
  };
  return next;
}

/**
 * Enter on a search result: a question's answer is already beside it; a step or a tip is opened
 * where it lives, in its own pane, its step opened for a sub-step.
 */
function openResult(derive: Derive, state: UiState): UiState {
  const id = derive.selectedItem(state)?.id;
  if (id === undefined || state.guide.faqs.some((faq) => faq.id === id)) return state;
  if (state.guide.tips.some((tip) => tip.id === id)) {
    return { ...state, pane: 'tips', selected: { ...state.selected, tips: id }, scroll: 0 };
  }
  return parentStep(state.guide, id) ? showItem(state, 'steps', id) : state;
}

function closeOverlay(state: UiState): UiState {
  const {
    overlay: _closed,
    draft: _draft,
    deleting: _deleting,
    choosing: _choosing,
    ...rest
  } = state;
  return rest;
}

/** The step or sub-step selected in the Steps pane, if that is the pane shown. */
function selectedTask(derive: Derive, state: UiState) {
  if (state.pane !== 'steps') return undefined;
  const id = derive.selectedItem(state)?.id;
  return id === undefined ? undefined : findTask(state.guide, id);
}

function openNote(derive: Derive, state: UiState): UiState {
  const task = selectedTask(derive, state);
  return task ? { ...state, overlay: 'note', draft: { item: task.id, text: '' } } : state;
}

/** The note being written, split at its cursor, in characters (not UTF-16 units). */
function draftParts(draft: NonNullable<UiState['draft']>): { before: string[]; after: string[] } {
  const chars = [...draft.text];
  const at = Math.min(draft.cursor ?? chars.length, chars.length);
  return { before: chars.slice(0, at), after: chars.slice(at) };
}

/** A new text for the note, with the cursor after `before`. */
function redraft(state: UiState, before: readonly string[], after: readonly string[]): UiState {
  const draft = state.draft;
  if (!draft) return state;
  const cursor = after.length === 0 ? {} : { cursor: before.length };
  return {
    ...state,
    draft: { item: draft.item, text: before.join('') + after.join(''), ...cursor },
  };
}

/** Typed or pasted text, into whichever field has focus: in a note, where the cursor is. */
function typeText(derive: Derive, state: UiState, text: string): UiState {
  if (state.overlay === 'note' && state.draft) {
    const { before, after } = draftParts(state.draft);
    return redraft(state, [...before, ...text], after);
  }
  return state.searchFocused ? firstResult(derive, { ...state, query: state.query + text }) : state;
}

function backspace(derive: Derive, state: UiState): UiState {
  const cut = (text: string) => [...text].slice(0, -1).join('');
  if (state.overlay === 'note' && state.draft) {
    const { before, after } = draftParts(state.draft);
    return redraft(state, before.slice(0, -1), after);
  }
  return state.searchFocused ? firstResult(derive, { ...state, query: cut(state.query) }) : state;
}

function moveCursor(state: UiState, move: 'left' | 'right' | 'home' | 'end'): UiState {
  if (state.overlay !== 'note' || !state.draft) return state;
  const { before, after } = draftParts(state.draft);
  const all = [...before, ...after];
  const at =
    move === 'home'
      ? 0
      : move === 'end'
        ? all.length
        : Math.min(Math.max(before.length + (move === 'left' ? -1 : 1), 0), all.length);
  return redraft(state, all.slice(0, at), all.slice(at));
}

function erase(state: UiState, what: 'to-start' | 'word'): UiState {
  if (state.overlay !== 'note' || !state.draft) return state;
  const { before, after } = draftParts(state.draft);
  if (what === 'to-start') return redraft(state, [], after);
  // The word before the cursor, and the spaces after it, as a shell's Ctrl-W does.
  let at = before.length;
  while (at > 0 && /\s/.test(before[at - 1] ?? '')) at -= 1;
  while (at > 0 && !/\s/.test(before[at - 1] ?? '')) at -= 1;
  return redraft(state, before.slice(0, at), after);
}

/** Saves the note being written, or keeps the editor open and says why it cannot. */
function saveNote(state: UiState, now: string): Step {
  const draft = state.draft;
  if (state.overlay !== 'note' || !draft) return state;
  const checked = checkNote(draft.text);
  if (!checked.ok) return { ...state, draft: { ...draft, error: checked.reason } };
  return changeProgress(
    {
      ...closeOverlay(state),
      now,
      // The notes, newest first, are what to see now: the store finds them in the laid-out text.
      scrollTo: 'notes',
      banner: t('Note saved.'),
    },
    [{ type: 'note', note: { item: draft.item, at: now, text: checked.text } }],
  );
}

/** Asks which note to delete when the item has several, or whether to, when it has one. */
function askDelete(derive: Derive, state: UiState): UiState {
  const task = selectedTask(derive, state);
  const notes = task ? notesOf(state.progress, task.id) : [];
  const only = notes.length === 1 ? notes[0] : undefined;
  if (only) return { ...state, overlay: 'confirm-delete-note', deleting: only };
  if (notes.length > 1) return { ...state, overlay: 'pick-note' };
  return { ...state, banner: t('This item has no notes: press n to write one.') };
}

function pickNote(derive: Derive, state: UiState, index: number): UiState {
  const task = selectedTask(derive, state);
  const note = task ? notesOf(state.progress, task.id)[index] : undefined;
  if (state.overlay !== 'pick-note' || !note) return state;
  const { choosing: _typed, ...rest } = state;
  return { ...rest, overlay: 'confirm-delete-note', deleting: note };
}

/**
 * A digit of the note's number: chosen at once when no longer number could follow (always, for
 * fewer than ten notes), else kept until Enter.
 */
function typeNoteDigit(derive: Derive, state: UiState, digit: number): UiState {
  if (state.overlay !== 'pick-note') return state;
  const task = selectedTask(derive, state);
  const count = task ? notesOf(state.progress, task.id).length : 0;
  const typed = typedNumber(state.choosing, digit, count);
  if (typed === undefined) return state;
  return 'chosen' in typed
    ? pickNote(derive, state, typed.chosen - 1)
    : { ...state, choosing: typed.choosing };
}

/**
 * A number typed a digit at a time, out of `count`: chosen at once when no longer number could
 * follow (always, for fewer than ten), else the digits so far; undefined when past the last.
 */
function typedNumber(
  before: string | undefined,
  digit: number,
  count: number,
): { readonly chosen: number } | { readonly choosing: string } | undefined {
  const typed = `${before ?? ''}${digit}`.replace(/^0+/, '');
  const number = Number(typed);
  if (typed === '' || number > count) return undefined;
  return number * 10 > count ? { chosen: number } : { choosing: typed };
}

/** `o`: the selected item's one link, or the question which of its links. */
function openLink(derive: Derive, state: UiState): Step {
  const links = derive.selectedLinks(state);
  if (links.length === 0) return { ...state, banner: t('This item has no links to open.') };
  if (links.length === 1) return requestLink(state, links[0] ?? '');
  return { ...state, overlay: 'pick-link' };
}

function requestLink(state: UiState, href: string): Step {
  if (!isOpenableLink(href)) {
    return {
      ...closeOverlay(state),
      banner: t('Not opened: stepwise opens web and mail addresses only ({address}).', {
        address: href,
      }),
    };
  }
  return { state: closeOverlay(state), effects: [{ type: 'open-link', href }] };
}

function pickLink(derive: Derive, state: UiState, index: number): Step {
  const href = derive.selectedLinks(state)[index];
  if (state.overlay !== 'pick-link' || href === undefined) return state;
  const { choosing: _typed, ...rest } = state;
  return requestLink(rest, href);
}

/**
 * A digit of the link's number: opened at once when no longer number could follow (always, for
 * fewer than ten links), else kept until Enter.
 */
function typeLinkDigit(derive: Derive, state: UiState, digit: number): Step {
  if (state.overlay !== 'pick-link') return state;
  const typed = typedNumber(state.choosing, digit, derive.selectedLinks(state).length);
  if (typed === undefined) return state;
  return 'chosen' in typed
    ? pickLink(derive, state, typed.chosen - 1)
    : { ...state, choosing: typed.choosing };
}

/** `y`: the selected item's title and text, for the clipboard. */
function copyItem(derive: Derive, state: UiState): Step {
  const item = derive.copyText(state);
  if (!item)
    return { ...state, banner: t('Nothing to copy here: select a step, a question or a tip.') };
  return { state, effects: [{ type: 'copy', text: item.text, what: item.title }] };
}

function confirmYes(state: UiState): Step {
  if (state.overlay === 'confirm-reset') {
    // The contact log is not progress: it stays, as a record of what was said.
    const notes = state.progress.notes;
    return changeProgress(
      {
        ...closeOverlay(state),
        banner:
          notes && notes.length > 0
            ? t('Progress on this guide was reset; your notes are kept.')
            : t('Progress on this guide was reset.'),
      },
      [{ type: 'reset' }],
    );
  }
  if (state.overlay === 'confirm-delete-note' && state.deleting) {
    return changeProgress({ ...closeOverlay(state), banner: t('Note deleted.') }, [
      { type: 'unnote', note: state.deleting },
    ]);
  }
  return state;
}

function toggle(derive: Derive, state: UiState, now: string): Step {
  if (state.pane !== 'steps') return state;
  const id = derive.selectedItem(state)?.id;
  const task = id === undefined ? undefined : findTask(state.guide, id);
  if (!task) return state;
  return changeProgress(state, toggleChanges(state.progress, task, now));
}

function withoutBanner(state: UiState): UiState {
  if (state.banner === undefined) return state;
  const { banner: _dismissed, ...rest } = state;
  return rest;
}

// What happens without the person pressing a key leaves a banner up.
const PASSIVE = new Set<Action['type']>([
  'resize',
  'notice',
  'guide/reload',
  'guide/error',
  'progress/synced',
]);

/**
 * The open guide's update, `(state, action) => { state, effects }`, reading derived data (lists,
 * search results, geometry) from the store's memoised `derive`. It never lays out text: how far
 * the text can scroll is the store's to settle after each change.
 */
export function createUpdate(
  derive: Derive,
): (previous: UiState, action: Action) => Update<UiState> {
  return (previous, action) => {
    const step = reduce(derive, previous, action);
    const update = 'effects' in step ? step : { state: step, effects: NO_EFFECTS };
    // The eye sees what changed; a screen reader is told, in a sentence, unless one was said.
    if (!update.state.reader || update.state.banner !== undefined) return update;
    const said = readerSays(derive, previous, update.state, action);
    return said === undefined ? update : { ...update, state: { ...update.state, banner: said } };
  };
}

/**
 * What a screen reader is told after an action whose effect shows only as a change on screen: a
 * mark, a route chosen, a jump to another item, a question answered no, a note put away.
 */
function readerSays(
  derive: Derive,
  before: UiState,
  after: UiState,
  action: Action,
): string | undefined {
  switch (action.type) {
    case 'done/toggle': {
      const id = derive.selectedItem(before)?.id;
      const task = id === undefined ? undefined : findTask(after.guide, id);
      if (!task || before.progress === after.progress) return undefined;
      const done = isDone(after.progress, task);
      const whole =
        isStep(task) && task.substeps.length > 0
          ? t(', with its {count} sub-steps', { count: task.substeps.length })
          : '';
      const view = progressView(after.guide, after.progress, new Date(after.now), after.calendar);
      // A wait this started: its window, the first sentence of what the Progress pane says.
      const window = view.wait?.text.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? view.wait?.text;
      const wait = done && view.wait && !view.wait.overdue ? ` ${window}` : '';
      const end = done && !view.next ? ` ${t('Everything on your route is done.')}` : '';
      const marked = done
        ? t('{item}: marked done{with}.', { item: taskLabel(task), with: whole })
        : t('{item}: marked not done{with}.', { item: taskLabel(task), with: whole });
      return `${marked}${wait}${end}`;
    }
    case 'open':
      if (before.progress.route === after.progress.route) return undefined;
      return after.progress.route === undefined
        ? t('No route chosen: every step counts.')
        : t('Route chosen: {route}.', {
            route:
              after.guide.routes.find((route) => route.id === after.progress.route)?.label ??
              after.progress.route,
          });
    case 'continue':
    case 'search/submit': {
      const item = derive.selectedItem(after);
      if (
        item === undefined ||
        (before.pane === after.pane && before.selected === after.selected)
      ) {
        return undefined;
      }
      const params = { item: item.label, pane: paneTitle(after.pane) };
      return action.type === 'continue'
        ? t('Next: {item}, in {pane}.', params)
        : t('Showing: {item}, in {pane}.', params);
    }
    case 'confirm/no':
      return before.overlay === 'confirm-reset'
        ? t('Progress kept.')
        : before.overlay === 'note'
          ? t('Note not saved.')
          : before.overlay === 'confirm-delete-note' || before.overlay === 'pick-note'
            ? t('Notes kept.')
            : undefined;
    case 'back':
      return before.overlay === 'note' && after.overlay !== 'note'
        ? t('Note not saved.')
        : undefined;
    default:
      return undefined;
  }
}

/**
 * Progress merged from the sync folder: marks and notes made on another device show, and nothing
 * else moves (pane, selection, a field being typed in). Said in a banner unless one is showing.
 */
function synced(state: UiState, guide: string, progress: Progress): UiState {
  if (guide !== state.guide.id) return state;
  const changes = progressChanges(state.progress, progress);
  if (changes.length === 0) return state;
  const count = changes.length;
  return {
    ...state,
    progress,
    ...(state.banner === undefined && {
      banner: t('Progress changed on another device: {count} changes.', { count }),
    }),
  };
}

/** The update without its effects: `(state, action) => state`. */
export function createReducer(derive: Derive): (previous: UiState, action: Action) => UiState {
  const update = createUpdate(derive);
  return (previous, action) => update(previous, action).state;
}

function reduce(derive: Derive, previous: UiState, action: Action): Step {
  // A banner is read once: whatever the person does next puts it away.
  const state = PASSIVE.has(action.type) ? previous : withoutBanner(previous);
  switch (action.type) {
    case 'pane/next':
      return goToPane(state, 1);
    case 'pane/previous':
      return goToPane(state, -1);
    case 'pane/go':
      return state.pane === action.pane ? state : { ...state, pane: action.pane, scroll: 0 };
    case 'select/move':
      return select(derive, state, derive.selectedIndex(state) + action.by);
    case 'select/first':
      return select(derive, state, 0);
    case 'select/last':
      return select(derive, state, derive.listItems(state).length - 1);
    case 'text/scroll': {
      const rows = derive.frame(state).textRows;
      const by = Math.trunc(action.pages * Math.max(rows - 1, 1)) || Math.sign(action.pages);
      return { ...state, scroll: Math.max(state.scroll + by, 0) };
    }
    case 'text/lines':
      return { ...state, scroll: Math.max(state.scroll + action.by, 0) };
    case 'open':
      return state.pane === 'progress' ? chooseRoute(derive, state) : open(derive, state);
    case 'search/open':
      return { ...state, pane: 'faq', searchFocused: true, scroll: 0 };
    case 'field/type': {
      const text = cleanLine(action.text);
      return text === '' ? state : typeText(derive, state, text);
    }
    case 'paste': {
      // A paste is text, never keys: outside a text field it could otherwise reset or quit.
      if (!state.searchFocused && state.overlay !== 'note') {
        return {
          ...state,
          banner: t('Pasted text is only used in the search box (press / first) or a note (n).'),
        };
      }
      // What the person pastes is outside text like a guide: cleaned before it can be drawn.
      const text = cleanLine(action.text).replace(/\s+/g, ' ');
      return text.trim() === '' ? state : typeText(derive, state, text);
    }
    case 'field/backspace':
      return backspace(derive, state);
    case 'field/cursor':
      return moveCursor(state, action.move);
    case 'field/erase':
      return erase(state, action.what);
    case 'link/open':
      return openLink(derive, state);
    case 'link/digit':
      return typeLinkDigit(derive, state, action.digit);
    case 'link/choose':
      return state.choosing === undefined
        ? state
        : pickLink(derive, state, Number(state.choosing) - 1);
    case 'link/pick':
      return pickLink(derive, state, action.index);
    case 'copy':
      return copyItem(derive, state);
    case 'request/done':
      // The message may quote what came from outside (an address, a program's name).
      return { ...state, banner: cleanLine(action.message) };
    case 'note/open':
      return openNote(derive, state);
    case 'note/save':
      return saveNote(state, action.now);
    case 'note/delete':
      return askDelete(derive, state);
    case 'note/pick':
      return pickNote(derive, state, action.index);
    case 'note/digit':
      return typeNoteDigit(derive, state, action.digit);
    case 'note/choose':
      return state.choosing === undefined
        ? state
        : pickNote(derive, state, Number(state.choosing) - 1);
    case 'search/submit':
      return openResult(derive, { ...state, searchFocused: false });
    case 'search/clear':
      return { ...state, query: '', searchFocused: false, scroll: 0 };
    case 'continue':
      return continueGuide({ ...state, now: action.now }, action.now);
    case 'reset/ask':
      return { ...state, overlay: 'confirm-reset' };
    case 'confirm/yes':
      return confirmYes(state);
    case 'confirm/no':
      return closeOverlay(state);
    case 'progress/synced':
      return synced(state, action.guide, action.progress);
    case 'notice': {
      const { notice: _old, ...rest } = state;
      return action.text === undefined ? rest : { ...rest, notice: action.text };
    }
    case 'back':
      return back(state);
    case 'done/toggle':
      return toggle(derive, { ...state, now: action.now }, action.now);
    case 'help/scroll':
      return { ...state, helpScroll: Math.max(state.helpScroll + action.by, 0) };
    case 'help/toggle':
      return state.overlay === 'help' ? back(state) : { ...state, overlay: 'help', helpScroll: 0 };
    case 'banner/dismiss':
      // Already put away above, as by any key.
      return state;
    case 'resize':
      return { ...state, size: action.size };
    case 'suspend':
    case 'quit':
      // Quitting is the whole app's: the app reducer takes it before it reaches a guide.
      return state;
    case 'library/back':
      return state.inLibrary ? { state, effects: [{ type: 'show-picker' }] } : state;
    case 'guide/reload':
      // Progress is kept by the guide's id: a file that now says another id is another guide.
      return action.guide.id === state.guide.id
        ? reload(state, action.guide)
        : {
            ...state,
            guideError: t(
              'the guide\'s id changed from "{old}" to "{new}": open it again to use it (showing the last version)',
              { old: state.guide.id, new: action.guide.id },
            ),
          };
    case 'guide/error':
      return { ...state, guideError: action.message };
  }
}
