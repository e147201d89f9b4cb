/**
 * The calm base palette: warm greys so the cluster colours of later layers (a colour-blind-safe
 * qualitative set) stand out on top of it.
 */
export const palette = {
  background: '#e7e4dc',
  contextFill: '#e7e4dc',
  contextLine: '#d3cec2',
  contextLabel: '#a29c8f',
  municipalityFill: '#faf8f3',
  municipalityHover: '#f1e8d2',
  municipalitySelected: '#e6d3a8',
  municipalityLine: '#c8c1b1',
  kreisLine: '#8f8676',
  outlineHalo: '#ffffff',
  outline: '#3f3a33',
  selectedLine: '#7a5a1e',
  /** Dashed, so it reads apart from the selection by pattern, not by colour alone. */
  comparedLine: '#23395b',
  label: '#3a362f',
  corridorLabelBox: 'rgba(255, 255, 255, 0.9)',
  /** The outline ink, softened. */
  corridorLabelEdge: 'rgba(63, 58, 51, 0.65)',
  labelHalo: '#faf8f3',
} as const;
