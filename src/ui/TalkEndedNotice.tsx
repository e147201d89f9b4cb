import { translate } from '../lib/i18n';
import { useAppStore } from '../store/app-store';

/** After a talk: says which map the atlas came back to, so a filtered map never goes unexplained. */
export function TalkEndedNotice() {
  const ended = useAppStore((s) => s.talkEnded);
  const lang = useAppStore((s) => s.lang);
  const dismiss = useAppStore((s) => s.dismissTalkEnded);
  if (!ended) return null;
  return (
    <div className="notice" role="status" data-testid="talk-ended">
      <span>{translate(lang, ended === 'restored' ? 'talkEndedRestored' : 'talkEndedDefault')}</span>
      <button type="button" className="icon-button" onClick={dismiss} aria-label={translate(lang, 'dismiss')}>×</button>
    </div>
  );
}
