import { Box, Text, useIsScreenReaderEnabled } from 'ink';
import { keysInWords, lineInWords } from '../domain/text/words.js';
import { listWindow } from '../state/screen.js';
import type { SearchResult } from '../domain/search/search.js';
import type { PickerEntry } from '../state/app-state.js';
import { pickerHints } from '../state/keymap.js';
import { LineField } from './LineField.js';
import { MIN_SIZE } from '../state/screen.js';
import { useAppState, useStore } from './store-context.js';
import { tint, useTheme } from './theme.js';
import { TooSmall } from './TooSmall.js';
import { WindowedList } from './WindowedList.js';
import { msg, t } from '../domain/i18n/translate.js';
import { aria } from './aria.js';

function Row({
  entry,
  isSelected,
  width,
}: {
  readonly entry: PickerEntry;
  readonly isSelected: boolean;
  readonly width: number;
}) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" width={width}>
      <Box>
        <Box flexGrow={1} flexShrink={1}>
          <Text bold inverse={isSelected} wrap="truncate-end">
            {entry.title}
          </Text>
        </Box>
        <Box flexShrink={0} marginLeft={2}>
          <Text bold={isSelected} color={tint(theme, 'green')}>
            {entry.status}
          </Text>
        </Box>
      </Box>
      <Text wrap="truncate-end" color={tint(theme, 'gray')}>
        {entry.summary ?? ' '}
      </Text>
    </Box>
  );
}

const KIND_LABEL: Record<SearchResult['doc']['kind'], string> = {
  faq: msg('FAQ@@result tag'),
  step: msg('step'),
  substep: msg('sub-step'),
  tip: msg('tip'),
};
const kindLabel = (kind: SearchResult['doc']['kind']) => t(KIND_LABEL[kind]);

/** A result of the search across guides: what it is, and which guide it is in. */
function ResultRow({
  result,
  isSelected,
  width,
}: {
  readonly result: SearchResult;
  readonly isSelected: boolean;
  readonly width: number;
}) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" width={width}>
      <Text bold inverse={isSelected} wrap="truncate-end">
        {result.doc.title}
      </Text>
      <Text wrap="truncate-end" color={tint(theme, 'gray')}>
        {`${kindLabel(result.doc.kind)} · ${result.doc.guide?.title ?? ''}`}
      </Text>
    </Box>
  );
}

/** The picker for a screen reader: plain lines in reading order, states in words. */
function ReaderPicker({
  count,
  query,
  rows,
  selected,
}: {
  readonly count: number;
  readonly query: string | undefined;
  readonly rows: readonly string[];
  readonly selected: number;
}) {
  const { size } = useAppState();
  // Lines for the title, the search, the "more" lines and the keys; the rest for the list.
  const room = Math.max(size.rows - 7, 1);
  const { start, end } = listWindow(rows.length, selected, room);
  return (
    <Box flexDirection="column">
      <Text>{t('stepwise: choose a guide, {count} guides', { count })}</Text>
      {query !== undefined && (
        <Box {...aria('textbox', { selected: true })}>
          <Text>{`${t('Search every guide:')} ${query}, ${query.trim() === '' ? t('every guide') : t('{count} found', { count: rows.length })}`}</Text>
        </Box>
      )}
      {query !== undefined && query.trim() !== '' && rows.length === 0 && (
        <Text>{t('Nothing in any guide matches "{query}".', { query })}</Text>
      )}
      {start > 0 && <Text>{t('{count} more above', { count: start })}</Text>}
      <Box {...aria('list')} flexDirection="column">
        {rows.slice(start, end).map((row, index) => (
          <Box key={start + index} {...aria('listitem', { selected: start + index === selected })}>
            <Text>{row}</Text>
          </Box>
        ))}
      </Box>
      {end < rows.length && <Text>{t('{count} more below', { count: rows.length - end })}</Text>}
      <Text>{lineInWords(keysInWords(pickerHints(query === undefined ? 'list' : 'search')))}</Text>
    </Box>
  );
}

/** The guides to choose from, last used first; Enter opens one. The store holds the selection. */
export function GuidePicker() {
  const theme = useTheme();
  const store = useStore();
  const { size, library } = useAppState();
  const reader = useIsScreenReaderEnabled();
  if (reader) {
    const search = library?.search;
    const entries = library?.entries ?? [];
    const rows = search
      ? (library ? store.libraryResults(library) : []).map((result) =>
          t('{title}, {kind} in {guide}', {
            title: result.doc.title,
            kind: kindLabel(result.doc.kind),
            guide: result.doc.guide?.title ?? '',
          }),
        )
      : entries.map((entry) =>
          [entry.title, entry.status, entry.summary].filter((part) => part).join(', '),
        );
    return (
      <ReaderPicker
        count={entries.length}
        query={search?.query}
        rows={rows}
        selected={(search ? search.selected : library?.selected) ?? 0}
      />
    );
  }
  if (size.cols < MIN_SIZE.cols || size.rows < MIN_SIZE.rows) return <TooSmall size={size} />;
  const entries = library?.entries ?? [];
  const search = library?.search;
  // WindowedList keys rows by id: the same item id may be in two guides.
  const results = (library && search ? store.libraryResults(library) : []).map((result) => ({
    id: `${result.doc.guide?.id ?? ''}/${result.doc.id}`,
    result,
  }));
  // Two rows an entry; the header and status bar take three, the search box one more.
  const rows = Math.max(Math.floor((size.rows - (search ? 5 : 4)) / 2), 1) * 2;
  return (
    <Box flexDirection="column" width={size.cols} height={size.rows - 1}>
      <Text wrap="truncate-end">
        <Text bold color={tint(theme, 'magenta')}>
          stepwise
        </Text>
        <Text> · {t('choose a guide ({count})', { count: entries.length })}</Text>
      </Text>
      {search && (
        <LineField
          label="/"
          text={search.query}
          focused
          right={
            search.query.trim() === ''
              ? t('every guide')
              : t('{count} found', { count: results.length })
          }
          width={size.cols}
        />
      )}
      <Box flexGrow={1} flexDirection="column" marginTop={1} overflow="hidden">
        {search ? (
          search.query.trim() !== '' && results.length === 0 ? (
            <Text wrap="truncate-end">
              {t('Nothing in any guide matches "{query}".', { query: search.query })}
            </Text>
          ) : (
            <WindowedList
              items={results}
              selected={search.selected}
              rows={rows}
              rowHeight={2}
              width={size.cols}
              renderRow={(row, isSelected, width) => (
                <ResultRow result={row.result} isSelected={isSelected} width={width} />
              )}
            />
          )
        ) : (
          <WindowedList
            items={entries}
            selected={library?.selected ?? 0}
            rows={rows}
            rowHeight={2}
            width={size.cols}
            renderRow={(entry, isSelected, width) => (
              <Row entry={entry} isSelected={isSelected} width={width} />
            )}
          />
        )}
      </Box>
      <Text wrap="truncate-end" color={tint(theme, 'gray')}>
        {pickerHints(search ? 'search' : 'list')}
        {search ? '' : `  · ${t('in a guide, b comes back here')}`}
      </Text>
    </Box>
  );
}
