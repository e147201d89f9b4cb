/** What can be selected, shown in a panel and named in a link. */
export type SelectionKind = 'municipality' | 'kreis' | 'institution' | 'corridor' | 'cluster';

export interface Selection {
  kind: SelectionKind;
  id: string;
}
