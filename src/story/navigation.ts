/** The nearest valid scene index (0-based) for any number, so a link or key can never go out of range. */
export function clampScene(index: number, count: number): number {
  if (count <= 0) return 0;
  if (!Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.round(index)));
}

export type StoryKeyAction = 'next' | 'previous' | 'first' | 'last' | 'blank' | 'fullscreen' | 'exit';

/**
 * What a key does in presentation mode. Presentation clickers send PageDown/PageUp; some send
 * "." or "b" for a black screen.
 */
export function actionForKey(key: string): StoryKeyAction | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'Escape':
      return 'exit';
    default:
      return undefined;
  }
}

/** The scene index after an action; other actions leave it. */
export function sceneAfter(action: StoryKeyAction, index: number, count: number): number {
  if (action === 'next') return clampScene(index + 1, count);
  if (action === 'previous') return clampScene(index - 1, count);
  if (action === 'first') return 0;
  if (action === 'last') return clampScene(count - 1, count);
  return index;
}

/**
 * Enter and Space belong to a focused button or link (the card's Back, the header's End): they
 * press it rather than turn the page. A clicker's PageDown turns it wherever the focus is.
 */
export function keyPressesControl(key: string, target: EventTarget | null): boolean {
  return (key === 'Enter' || key === ' ') && target instanceof Element && target.closest('button, a, select, summary') !== null;
}
