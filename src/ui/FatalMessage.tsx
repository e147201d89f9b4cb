interface Props {
  titleDe: string;
  textDe: string;
  titleEn: string;
  textEn: string;
  action?: { label: string; onClick: () => void };
}

/** A full-page message in German and English, for when there can be no map. */
export function FatalMessage({ titleDe, textDe, titleEn, textEn, action }: Props) {
  return (
    <main className="fatal">
      <div role="alert" data-testid="fatal">
        <h1>{titleDe}</h1>
        <p>{textDe}</p>
        <h2 lang="en">{titleEn}</h2>
        <p lang="en">{textEn}</p>
        {action && (
          <button type="button" onClick={action.onClick}>
            {action.label}
          </button>
        )}
      </div>
    </main>
  );
}
