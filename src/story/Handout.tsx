import type { HandoutPage } from './make-handout';

interface Props {
  pages: HandoutPage[];
  labels: { title: string; print: string; close: string; download: string };
  onClose: () => void;
}

/** The handout: one scene per printed page (print to PDF), and each picture as a PNG download. */
export function Handout({ pages, labels, onClose }: Props) {
  return (
    <div className="handout" role="dialog" aria-modal="true" aria-labelledby="handout-title" data-testid="handout">
      <div className="handout-bar">
        <h2 id="handout-title">{labels.title}</h2>
        <button type="button" className="lang-button" onClick={() => window.print()}>
          {labels.print}
        </button>
        <button type="button" className="lang-button" onClick={onClose}>
          {labels.close}
        </button>
      </div>
      {pages.map((p, i) => (
        <article key={p.title} className="handout-page">
          <img src={p.image} alt={p.title} />
          <ul>
            {p.text.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <a href={p.image} download={`clusteratlas-ruhr-szene-${i + 1}.png`}>
            {labels.download} (PNG)
          </a>
        </article>
      ))}
    </div>
  );
}
