import { GeodataError } from './geodata-error';

/** Fetches one same-origin data file as JSON; any failure is a GeodataError naming the file. */
export async function fetchJson(file: string, url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new GeodataError(file, 'konnte nicht geladen werden / could not be loaded');
  }
  if (!response.ok) throw new GeodataError(file, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new GeodataError(file, 'ist kein gültiges JSON / is not valid JSON');
  }
}
