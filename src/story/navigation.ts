import type { SceneStep } from '../store/scene-steps';

type StoryKeyAction = SceneStep | 'blank' | 'fullscreen' | 'exit';

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

/**
 * Enter and Space belong to a focused button or link (the card's Back, the header's End): they
 * press it rather than turn the page. A clicker's PageDown turns it wherever the focus is.
 */
export function keyPressesControl(key: string, target: EventTarget | null): boolean {
  return (key === 'Enter' || key === ' ') && target instanceof Element && target.closest('button, a, select, summary') !== null;
}
