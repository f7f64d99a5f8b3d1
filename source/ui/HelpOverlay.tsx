import { Box, Text } from 'ink';
import type { HelpView } from '../state/derive.js';
import { t } from '../domain/i18n/translate.js';

/**
 * Every key, straight from the key map: in two columns when they fit side by side, else in one
 * that scrolls with ↑↓, saying when there is more. Help text wraps; nothing is cut.
 */
export function HelpOverlay({ view }: { readonly view: HelpView }) {
  const { columns, labelWidth, rows, width, more, disclaimer } = view;
  const columnWidth = Math.floor(width / columns.length);
  return (
    <Box flexDirection="column" height={rows} width={width}>
      <Text bold wrap="truncate-end">
        {t('Keys (? or Esc to close)')}
      </Text>
      <Box>
        {columns.map((lines, column) => (
          <Box key={column} flexDirection="column" width={columnWidth}>
            {lines.map((line, index) => (
              <Text key={index} wrap="truncate-end" dimColor={line.plain === true}>
                {line.plain ? '' : <Text bold>{line.label.padEnd(labelWidth)}</Text>}
                {line.help}
              </Text>
            ))}
          </Box>
        ))}
      </Box>
      {more.below && (
        <Text wrap="truncate-end" dimColor>
          {t('↓ more below (↑↓ to scroll)')}
        </Text>
      )}
      {disclaimer.map((line, index) => (
        <Text key={index} wrap="truncate-end" dimColor>
          {line}
        </Text>
      ))}
    </Box>
  );
}
