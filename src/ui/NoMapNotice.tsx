import { translate } from '../i18n/i18n';

/** Where the map would be: why there is none, in German and English, above the atlas without it. */
export function NoMapNotice() {
  return (
    <div className="no-map-notice" role="alert" data-testid="fatal">
      <strong>{translate('de', 'noWebgl2Title')}</strong> {translate('de', 'noWebgl2Text')} {translate('de', 'noMapRest')}
      <br />
      <span lang="en">
        <strong>{translate('en', 'noWebgl2Title')}</strong> {translate('en', 'noWebgl2Text')} {translate('en', 'noMapRest')}
      </span>
    </div>
  );
}
