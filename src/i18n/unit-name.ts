/** A Kreis's name as the statistics write it, without the kind: "Bochum, kreisfreie Stadt" → "Bochum". */
export const shortUnitName = (name: string) => name.replace(/,\s*(kreisfreie Stadt|Kreis)$/, '');
