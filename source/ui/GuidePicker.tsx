import { Box, Text } from 'ink';
import type { SearchResult } from '../domain/search/search.js';
import type { PickerEntry } from '../state/app-state.js';
import { pickerHints } from '../state/keymap.js';
import { LineField } from './LineField.js';
import { MIN_SIZE } from '../state/screen.js';
import { useAppState, useStore } from './store-context.js';
import { tint, useTheme } from './theme.js';
import { TooSmall } from './TooSmall.js';
import { WindowedList } from './WindowedList.js';

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
  faq: 'FAQ',
  step: 'step',
  substep: 'sub-step',
  tip: 'tip',
};

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
        {`${KIND_LABEL[result.doc.kind]} · ${result.doc.guide?.title ?? ''}`}
      </Text>
    </Box>
  );
}

/** The guides to choose from, last used first; Enter opens one. The store holds the selection. */
export function GuidePicker() {
  const theme = useTheme();
  const store = useStore();
  const { size, library } = useAppState();
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
        <Text> · choose a guide ({entries.length})</Text>
      </Text>
      {search && (
        <LineField
          label="/"
          text={search.query}
          focused
          right={search.query.trim() === '' ? 'every guide' : `${results.length} found`}
          width={size.cols}
        />
      )}
      <Box flexGrow={1} flexDirection="column" marginTop={1} overflow="hidden">
        {search ? (
          search.query.trim() !== '' && results.length === 0 ? (
            <Text wrap="truncate-end">{`Nothing in any guide matches "${search.query}".`}</Text>
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
        {search ? '' : '  · in a guide, b comes back here'}
      </Text>
    </Box>
  );
}
