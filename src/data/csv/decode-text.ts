/**
 * Bytes of a text file as a string: UTF-16 (with a byte-order mark, or recognised by its zero
 * bytes), UTF-8 (with or without BOM), else Windows-1252, as German offices export.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be' } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const sample = bytes.subarray(0, 4096);
  let zeroOdd = 0;
  let zeroEven = 0;
  sample.forEach((b, i) => {
    if (b === 0) {
      if (i % 2) zeroOdd++;
      else zeroEven++;
    }
  });
  // Text of Latin letters in UTF-16 has a zero in every other byte; a binary file has them anywhere.
  const half = sample.length / 2;
  if (zeroOdd > half * 0.6 && zeroEven < half * 0.05) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (zeroEven > half * 0.6 && zeroOdd < half * 0.05) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  if (zeroOdd + zeroEven > 2) throw new Error('binary');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\ufeff/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
