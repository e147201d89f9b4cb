import { translate } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';
import { Notice } from './Notice';

/** After a talk: says which map the atlas came back to, so a filtered map never goes unexplained. */
export function TalkEndedNotice() {
  const ended = useAppStore((s) => s.talkEnded);
  const lang = useAppStore((s) => s.lang);
  const dismiss = useAppStore((s) => s.dismissTalkEnded);
  if (!ended) return null;
  return (
    <Notice testId="talk-ended" lang={lang} onDismiss={dismiss}>
      {translate(lang, ended === 'restored' ? 'talkEndedRestored' : 'talkEndedDefault')}
    </Notice>
  );
}
