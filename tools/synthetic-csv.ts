/**
 * SYNTHETIC CSV for stress tests and the benchmark only, never shown as real data: a German
 * semicolon table shaped like a nationwide statistics export. The `ruhrAgs` rows come first with
 * made-up values, then filler rows under keys outside the RVR (Bavarian-style 09… numbers, not
 * checked against any real municipality) until the file reaches `bytes`.
 */
export function syntheticNationwideCsv(ruhrAgs: readonly string[], bytes: number): Uint8Array {
  const lines = ['AGS;Testwert A;Testwert B'];
  let size = lines[0]!.length + 1;
  ruhrAgs.forEach((ags, i) => {
    lines.push(`${ags};${(i * 37) % 997},25;${i % 13}`);
    size += lines.at(-1)!.length + 1;
  });
  for (let i = 0; size < bytes; i++) {
    const line = `09${String(i % 1_000_000).padStart(6, '0')};${(i % 997) * 1.5},5;${i % 13}`;
    lines.push(line);
    size += line.length + 1;
  }
  return new TextEncoder().encode(lines.join('\n'));
}
