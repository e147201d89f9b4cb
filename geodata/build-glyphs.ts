// `npm run glyphs`: the label font as MapLibre glyph files (signed distance fields, protobuf),
// written to public/glyphs/. Served with the app, they spare the first render from loading the
// font and drawing every glyph in the browser. The glyphs are drawn here exactly as MapLibre
// would draw them (TinySDF in Chromium, same size, buffer, radius and cutoff), from the same
// self-hosted Source Sans 3 file (SIL Open Font License 1.1; the build puts the licence text
// next to the glyphs in dist/).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PbfWriter } from 'pbf';
import { launchChromium } from '../tools/browser';

const require = createRequire(import.meta.url);
/** The glyph set's own name: a converted font does not carry the original font's name. */
const FONT_STACK = 'atlas-label';
const FONT_FILE = require.resolve('@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2');
/**
 * Latin-1 (every letter of the 53 municipality names) and the General Punctuation block (the en
 * dash and quotes of the corridor names); a unit test checks both. Within a range only the code
 * points the font's latin subset covers are drawn: others would come out in a fallback font.
 */
const RANGES: [number, number][] = [
  [0, 255],
  [8192, 8447],
];
const COVERED = (id: number) => id <= 0xff || (id >= 0x2000 && id <= 0x206f) || id === 0x20ac;
// MapLibre's conventions for glyph files: 24 px, a 3 px border, 8 px radius, cutoff 0.25, and the
// baseline 27.5 px below the top of the em box (rounded: the file holds whole pixels).
const SIZE = 24;
const BUFFER = 3;
const TOP_ADJUSTMENT = 27.5;

interface Drawn {
  id: number;
  data: number[];
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

const tinySdfSource = readFileSync(require.resolve('@mapbox/tiny-sdf'), 'utf8').replace(
  'export default class TinySDF',
  'window.TinySDF = class TinySDF',
);
const browser = await launchChromium();
const page = await browser.newPage();
await page.addScriptTag({ content: tinySdfSource });

for (const [start, end] of RANGES) {
  const ids = Array.from({ length: end - start + 1 }, (_, k) => start + k).filter(COVERED);
  const glyphs: Drawn[] = await page.evaluate(
    async ({ font, ids, size, buffer, topAdjustment }) => {
      const face = new FontFace(
        'GlyphFont',
        Uint8Array.from(atob(font), (c) => c.charCodeAt(0)),
      );
      document.fonts.add(await face.load());
      const TinySDF = (
        window as unknown as {
          TinySDF: new (o: object) => {
            draw: (c: string) => {
              data: Uint8ClampedArray;
              glyphWidth: number;
              glyphHeight: number;
              glyphLeft: number;
              glyphTop: number;
              glyphAdvance: number;
            };
          };
        }
      ).TinySDF;
      const sdf = new TinySDF({ fontSize: size, buffer, radius: 8, cutoff: 0.25, fontFamily: 'GlyphFont', fontWeight: '600' });
      const out = [];
      for (const id of ids) {
        const ch = String.fromCodePoint(id);
        // Control and format characters (zero-width, direction marks) have no picture and no width.
        if (
          id < 32 ||
          (id >= 127 && id < 160) ||
          (id >= 0x200b && id <= 0x200f) ||
          (id >= 0x2028 && id <= 0x202e) ||
          (id >= 0x2060 && id <= 0x206f)
        )
          continue;
        const g = sdf.draw(ch);
        out.push({
          id,
          data: [...g.data],
          width: g.glyphWidth,
          height: g.glyphHeight,
          left: Math.round(g.glyphLeft + 0.5),
          top: Math.round(g.glyphTop - topAdjustment),
          advance: Math.round(g.glyphAdvance),
        });
      }
      return out;
    },
    { font: readFileSync(FONT_FILE).toString('base64'), ids, size: SIZE, buffer: BUFFER, topAdjustment: TOP_ADJUSTMENT },
  );

  // glyphs.proto: glyphs { repeated fontstack stacks = 1 }, fontstack { name = 1, range = 2,
  // repeated glyph glyphs = 3 }, glyph { id = 1, bitmap = 2, width = 3, height = 4, left = 5 (sint),
  // top = 6 (sint), advance = 7 }.
  const pbf = new PbfWriter();
  pbf.writeMessage(
    1,
    (_: unknown, p: PbfWriter) => {
      p.writeStringField(1, FONT_STACK);
      p.writeStringField(2, `${start}-${end}`);
      for (const g of glyphs) {
        p.writeMessage(
          3,
          (_g: unknown, q: PbfWriter) => {
            q.writeVarintField(1, g.id);
            if (g.width > 0 && g.height > 0) q.writeBytesField(2, Uint8Array.from(g.data));
            q.writeVarintField(3, g.width);
            q.writeVarintField(4, g.height);
            q.writeSVarintField(5, g.left);
            q.writeSVarintField(6, g.top);
            q.writeVarintField(7, g.advance);
          },
          null,
        );
      }
    },
    null,
  );
  const dir = `public/glyphs/${FONT_STACK}`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/${start}-${end}.pbf`, pbf.finish());
  console.log(`${dir}/${start}-${end}.pbf: ${glyphs.length} glyphs`);
}
await browser.close();
