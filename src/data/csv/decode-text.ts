/** Bytes of a text file as a string: UTF-8 (with or without BOM), else Windows-1252, as German offices export. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const sample = bytes.subarray(0, 4096);
  const nul = sample.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
  if (nul > 2) throw new Error('binary');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\ufeff/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
