/** The pair of CSV downloads every table offers: German numbers, or international. */
export function CsvButtons({ onExport, testId }: { onExport: (german: boolean) => void; testId: string }) {
  return (
    <span className="table-exports">
      <button type="button" className="lang-button" onClick={() => onExport(true)} data-testid={`${testId}-de`}>
        CSV (DE)
      </button>
      <button type="button" className="lang-button" onClick={() => onExport(false)} data-testid={`${testId}-int`}>
        CSV (int.)
      </button>
    </span>
  );
}
