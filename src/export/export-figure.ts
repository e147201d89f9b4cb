import { downloadText, downloadUrl } from './download-file';

/** An SVG chart as a standalone file (its own namespace, white background), as text. */
function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.style.background = '#ffffff';
  return new XMLSerializer().serializeToString(copy);
}

/** Offers a chart as an SVG file. */
export function downloadSvg(name: string, svg: SVGSVGElement): void {
  downloadText(name, svgText(svg), 'image/svg+xml;charset=utf-8');
}

/** Offers a chart as a PNG at twice its size, drawn from its SVG in the browser (nothing leaves it). */
export async function downloadPng(name: string, svg: SVGSVGElement): Promise<void> {
  const { width, height } = svg.getBoundingClientRect();
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('svg'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * 2);
    canvas.height = Math.ceil(height * 2);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    downloadUrl(name, canvas.toDataURL('image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
