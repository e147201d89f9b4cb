import type { AtlasData } from '../domain/atlas-data';
import { translate } from '../lib/i18n';
import { FatalMessage } from './FatalMessage';
import { LazyListView } from './LazyListView';

/** Without WebGL2 there is no map, but the data is still there: the message, then the list. */
export function NoWebGLView({ data }: { data?: AtlasData }) {
  return (
    <>
      <FatalMessage
        titleDe={translate('de', 'noWebgl2Title')} textDe={translate('de', 'noWebgl2Text')}
        titleEn={translate('en', 'noWebgl2Title')} textEn={translate('en', 'noWebgl2Text')}
      />
      {data && <LazyListView data={data} />}
    </>
  );
}
