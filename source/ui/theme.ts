import { createContext, useContext } from 'react';

/** What the terminal can show. Without colour, meaning is carried by markers, bold and inverse. */
export type Theme = {
  readonly color: boolean;
  readonly hyperlinks: boolean;
  /** The terminal's background: colours are chosen to read on it. */
  readonly background?: 'dark' | 'light';
};

export const ThemeContext = createContext<Theme>({ color: true, hyperlinks: false });

export const useTheme = () => useContext(ThemeContext);

/**
 * On a light background the terminal's own yellow, cyan and light grey barely show, so each colour
 * the app uses has a darker one there (GitHub's light palette).
 */
const ON_LIGHT: Readonly<Record<string, string>> = {
  yellow: '#9a6700',
  cyan: '#0550ae',
  green: '#1a7f37',
  magenta: '#8250df',
  blue: '#0969da',
  red: '#cf222e',
  gray: '#57606a',
};

/** A colour name when colour is on, nothing otherwise, so NO_COLOR output has no colour codes. */
export function tint(theme: Theme, color: string): string | undefined {
  if (!theme.color) return undefined;
  return theme.background === 'light' ? (ON_LIGHT[color] ?? color) : color;
}
