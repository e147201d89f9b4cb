/** A data file that could not be used; the message names the file, row and field. */
export class GeodataError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'GeodataError';
  }
}
