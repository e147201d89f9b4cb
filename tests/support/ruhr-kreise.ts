import { RVR_MEMBERS } from '../unit/rvr-members';

/** The Ruhr's 15 Kreis-level units (kreisfreie Städte and Kreise), from the RVR's member list. */
export const RUHR_KREISE = [...new Set(Object.keys(RVR_MEMBERS).map((ags) => ags.slice(0, 5)))].sort();
