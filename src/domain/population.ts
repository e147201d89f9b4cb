export interface PopulationRow {
  ags: string;
  name: string;
  population: number;
  source_text: string;
}

export interface PopulationFile {
  source: { title: string; publisher: string; reference_date: string; licence: string; url: string; read_from: string; note: string };
  rows: PopulationRow[];
}
