import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// Teal 9 and the default dark text keep AA contrast on white; the lighter shades are for fills only.
export const theme = createTheme({
  fontFamily: 'Inter, system-ui, sans-serif',
  primaryColor: 'teal',
  primaryShade: 9,
  defaultRadius: 'sm',
});

/** Mantine's "dimmed" grey (gray 6) is under 4.5:1 on white: gray 7 passes AA. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-placeholder': 'var(--mantine-color-gray-7)' },
  dark: {},
});
