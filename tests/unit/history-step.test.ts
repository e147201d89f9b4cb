import { describe, expect, it } from 'vitest';
import { historyStepOf } from '../../src/store/history-step';

const map = { presenting: false, listView: false, selection: undefined, compare: [] as string[] };

describe('history steps (what the back button goes back through)', () => {
  it('are the opened panel, the comparison, the list and the talk', () => {
    const steps = [
      map,
      { ...map, selection: { kind: 'municipality' as const, id: '05911000' } },
      { ...map, selection: { kind: 'institution' as const, id: '05911000' } },
      { ...map, compare: ['05911000'] },
      { ...map, compare: ['05911000', '05913000'] },
      { ...map, listView: true },
      { ...map, presenting: true },
    ].map(historyStepOf);
    expect(new Set(steps).size).toBe(steps.length);
  });

  it('stay the same through a talk: the scenes change the highlight, not the step', () => {
    const talk = { ...map, presenting: true };
    expect(historyStepOf({ ...talk, selection: { kind: 'corridor', id: 'biomed-triangle' } })).toBe(historyStepOf(talk));
  });
});
