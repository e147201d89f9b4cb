import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('no way for data to become code', () => {
  // Names, descriptions and imported CSV cells are data: they must only ever reach the page as text.
  it('src/ sets no HTML from strings and evaluates no strings as code', () => {
    const offenders = sourceFiles('src').filter((file) => {
      const code = readFileSync(file, 'utf8');
      return /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/.test(
        code,
      );
    });
    expect(offenders).toEqual([]);
  });
});
