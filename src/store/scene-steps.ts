/** A step through the talk's scenes. */
export type SceneStep = 'next' | 'previous' | 'first' | 'last';

/** The nearest valid scene index (0-based) for any number, so a link or key can never go out of range. */
export function clampScene(index: number, count: number): number {
  if (count <= 0) return 0;
  if (!Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.round(index)));
}

/** The scene index after a step; anything else leaves it. */
export function sceneAfter(step: string, index: number, count: number): number {
  if (step === 'next') return clampScene(index + 1, count);
  if (step === 'previous') return clampScene(index - 1, count);
  if (step === 'first') return 0;
  if (step === 'last') return clampScene(count - 1, count);
  return index;
}
