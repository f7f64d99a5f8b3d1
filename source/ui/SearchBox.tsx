import { Text } from 'ink';
import { LineField } from './LineField.js';
import { tint, useTheme } from './theme.js';
import { t } from '../domain/i18n/translate.js';

/** The search line: the query with a cursor while it has focus, and how many items match. */
export function SearchBox({
  query,
  focused,
  count,
  width,
}: {
  readonly query: string;
  readonly focused: boolean;
  readonly count: string;
  readonly width: number;
}) {
  const theme = useTheme();
  if (!focused && query === '') {
    return (
      <Text wrap="truncate-end" color={tint(theme, 'gray')}>
        {`/ ${t('search the guide')}`}
      </Text>
    );
  }
  return <LineField label="/" text={query} focused={focused} right={count} width={width} />;
}
