import { createContext, useContext } from 'react';

/** What the terminal can show. Without colour, meaning is carried by markers, bold and inverse. */
export type Theme = {
  readonly color: boolean;
  readonly hyperlinks: boolean;
};

export const ThemeContext = createContext<Theme>({ color: true, hyperlinks: false });

export const useTheme = () => useContext(ThemeContext);

/** A colour name when colour is on, nothing otherwise, so NO_COLOR output has no colour codes. */
export function tint(theme: Theme, color: string): string | undefined {
  return theme.color ? color : undefined;
}
