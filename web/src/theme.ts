import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// Blue 8 (and 9, its hover) keep AA contrast with white text; the lighter shades are for fills only.
export const theme = createTheme({
  fontFamily: 'Inter, system-ui, sans-serif',
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'sm',
});

/** Mantine's "dimmed" grey (gray 6) and error red (red 6) are under 4.5:1 on white: gray 7 and red 9 pass AA. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-placeholder': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});
