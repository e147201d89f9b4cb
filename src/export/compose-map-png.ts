export interface LegendItem {
  colour: string;
  label: string;
}

/**
 * The map picture for export: title above, the map, a legend box on it, and the attribution
 * and date below, as a PNG data URL.
 */
export function composeMapPng(map: HTMLCanvasElement, title: string, legend: LegendItem[], footer: string): string {
  const scale = map.width / Math.max(1, map.clientWidth || map.width);
  const pad = Math.round(14 * scale);
  const titleSize = Math.round(22 * scale);
  const textSize = Math.round(13 * scale);
  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = map.height + titleSize + pad * 2 + textSize + pad * 2;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = '#2f2b25';
  ctx.font = `600 ${titleSize}px "Source Sans 3", sans-serif`;
  ctx.fillText(title, pad, pad + titleSize);
  const top = titleSize + pad * 2;
  ctx.drawImage(map, 0, top);
  if (legend.length > 0) {
    ctx.font = `400 ${textSize}px "Source Sans 3", sans-serif`;
    const row = Math.round(textSize * 1.5);
    const width = Math.max(...legend.map((l) => ctx.measureText(l.label).width)) + row * 2;
    const height = legend.length * row + pad;
    ctx.fillStyle = 'rgba(255,255,255,0.92)';
    ctx.fillRect(pad, top + pad, width, height);
    legend.forEach((l, i) => {
      const y = top + pad + pad / 2 + i * row;
      ctx.fillStyle = l.colour;
      ctx.fillRect(pad * 1.5, y, textSize, textSize);
      ctx.fillStyle = '#2f2b25';
      ctx.fillText(l.label, pad * 1.5 + textSize * 1.6, y + textSize * 0.9);
    });
  }
  ctx.font = `400 ${textSize}px "Source Sans 3", sans-serif`;
  ctx.fillStyle = '#5d574c';
  ctx.fillText(footer, pad, out.height - pad);
  return out.toDataURL('image/png');
}
