import { lazy, Suspense } from 'react';
import type { AtlasData } from '../domain/atlas-data';
import type { Lang } from '../i18n/i18n';

// The tables are their own chunk: the first view (the map) does not load them.
const ListView = lazy(() => import('./ListView').then((m) => ({ default: m.ListView })));

/** The list view, loaded when first shown. */
export function LazyListView(props: { data: AtlasData; lang?: Lang }) {
  return (
    <Suspense fallback={null}>
      <ListView {...props} />
    </Suspense>
  );
}
