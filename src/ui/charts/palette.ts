/**
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies, ordered for a
 * light background (yellow last: it is faint on white). Series also differ by dash pattern, so
 * no chart relies on colour alone, and lines are thick enough to read across a classroom.
 */
const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000', '#B8A000'] as const;

/** Dash patterns that pair with the colours (solid first). */
const SERIES_DASHES = ['', '8 4', '2 3', '12 4 2 4', '4 4', '1 5'] as const;

export const LINE_WIDTH_PX = 2.5;
export const TICK_FONT_PX = 13;

export const colorAt = (index: number): string => SERIES_COLORS[index % SERIES_COLORS.length];
export const dashAt = (index: number): string => SERIES_DASHES[index % SERIES_DASHES.length];
