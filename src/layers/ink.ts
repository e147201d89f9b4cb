/** The map's ink (palette.outline, #3f3a33) as deck.gl RGB: the selection ring. */
export const INK: [number, number, number] = [63, 58, 51];
