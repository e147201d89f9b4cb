/**
 * True when the browser has the WebGL2 API at all, which MapLibre 6 and deck.gl 9 need. Cheap on
 * purpose: whether a context can really be made (a blocklisted GPU, a disabled flag) shows when the
 * map creates its own, instead of a throwaway context that costs the first render about 50 ms.
 */
export function hasWebGL2Api(): boolean {
  return typeof WebGL2RenderingContext !== 'undefined';
}

/** The map could not create its WebGL2 context. */
export class WebGL2UnavailableError extends Error {
  constructor(cause?: unknown) {
    super('WebGL2 context could not be created', { cause });
    this.name = 'WebGL2UnavailableError';
  }
}
