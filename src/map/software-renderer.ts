import type { Map as MapLibreMap } from 'maplibre-gl';

/** Renderer names of WebGL drawn by the CPU: Chromium's SwiftShader, Mesa's llvmpipe, Windows' WARP. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/**
 * Whether the map's WebGL is drawn in software, as the context reports it (the unmasked renderer
 * where the browser tells it). There a frame of 100,000 points takes seconds; on a GPU, milliseconds.
 */
export function isSoftwareRenderer(map: MapLibreMap): boolean {
  const gl = map.getCanvas().getContext('webgl2');
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  return SOFTWARE.test(renderer);
}
