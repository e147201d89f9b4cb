// The URL parameters of the point bench pages (the app's layers page and the deck.gl peer).
const params = new URLSearchParams(location.search);

/** How many SYNTHETIC points (?n=10000). */
export const n = Number(params.get('n') ?? 1000);
/** Fewer pan frames and changes for a million points: in software WebGL each frame takes seconds. */
export const frames = Number(params.get('frames') ?? 40);
export const changes = Number(params.get('changes') ?? 6);
/** Milliseconds to wait before each pan frame (see panFigures). */
export const gap = Number(params.get('gap') ?? 0);
