/** Offers text or a data URL as a file download; nothing leaves the browser. */
export function downloadText(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  // The BOM makes spreadsheet programs read UTF-8 umlauts right.
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type }));
  downloadUrl(name, url);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadUrl(name: string, url: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
}

/**
 * Offers rows as a CSV file: German (semicolon, as German spreadsheets expect; the rows carry
 * decimal commas) or international (comma). Papa Parse is fetched on the first export.
 */
export async function downloadCsv(name: string, rows: string[][], german: boolean): Promise<void> {
  const { csvText } = await import('./csv-text');
  downloadText(name, csvText(rows, german));
}
