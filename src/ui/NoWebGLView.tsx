import { translate } from '../i18n/i18n';
import { FatalMessage } from './FatalMessage';

/**
 * Before the data has loaded in a browser without WebGL2: the message alone. Once it has, the
 * whole atlas that does not need a map follows (App, `webgl2Missing`).
 */
export function NoWebGLView() {
  return (
    <FatalMessage
      titleDe={translate('de', 'noWebgl2Title')}
      textDe={translate('de', 'noWebgl2Text')}
      titleEn={translate('en', 'noWebgl2Title')}
      textEn={translate('en', 'noWebgl2Text')}
    />
  );
}
