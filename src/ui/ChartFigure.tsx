import { useEffect, useRef } from 'react';
import { downloadCsv } from '../export/download-file';
import { downloadPng, downloadSvg } from '../export/export-figure';

/** One chart: the plot, a caption that says in words what it shows, and its exports. */
export function ChartFigure({
  id,
  caption,
  make,
  rows,
  german,
}: {
  id: string;
  caption: string;
  make: () => SVGSVGElement | HTMLElement;
  rows: string[][];
  german: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = make();
    ref.current?.replaceChildren(node);
    return () => node.remove();
  }, [make]);
  const svg = () => ref.current?.querySelector('svg') as SVGSVGElement | null;
  return (
    <figure className="employment-chart" data-testid={`chart-${id}`}>
      <div ref={ref} role="img" aria-label={caption} />
      <figcaption>{caption}</figcaption>
      <span className="table-exports">
        <button
          type="button"
          className="lang-button"
          onClick={() => {
            const s = svg();
            if (s) downloadSvg(`clusteratlas-${id}.svg`, s);
          }}
        >
          SVG
        </button>
        <button
          type="button"
          className="lang-button"
          onClick={() => {
            const s = svg();
            if (s) void downloadPng(`clusteratlas-${id}.png`, s);
          }}
          data-testid={`chart-${id}-png`}
        >
          PNG
        </button>
        <button type="button" className="lang-button" onClick={() => void downloadCsv(`clusteratlas-${id}.csv`, rows, german)}>
          CSV
        </button>
      </span>
    </figure>
  );
}
