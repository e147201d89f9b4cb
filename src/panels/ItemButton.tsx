import type { ReactNode } from 'react';
import { useAppStore } from '../store/app-store';
import type { Selection } from '../store/selection-slice';

/** A link-like button that selects another item (municipality, Kreis, institution, corridor, cluster). */
export function ItemButton({ target, children, colour }: { target: Selection; children: ReactNode; colour?: string }) {
  const select = useAppStore((s) => s.selectAndFly);
  return (
    <button type="button" className="item-button" onClick={() => select(target)}>
      {colour && <span className="swatch" style={{ background: colour }} aria-hidden="true" />}
      {children}
    </button>
  );
}
