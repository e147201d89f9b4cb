// What the map draws after its first complete render, in one chunk of its own: the first view's
// JavaScript does not carry it (its budget, README "Benchmark").
export { attachDataLayers } from './data-layers';
export { showClusterNames } from '../layers/cluster-names';
export { setOrientationLanguage, showOrientation } from '../layers/orientation-layers';
export { loadOrientation } from '../data/load-orientation';
