export interface PopulationRow {
  ags: string;
  name: string;
  population: number;
  sourceText: string;
}

export interface PopulationFile {
  source: { title: string; publisher: string; referenceDate: string; licence: string; url: string; readFrom: string; note: string };
  rows: PopulationRow[];
}
