/**
 * Draws recruitment flyers and chat screenshots for OCR tests and the benchmark, so no binary
 * fixtures are committed. Uses @napi-rs/canvas (dev dependency) and the DejaVu fonts installed
 * on this machine and CI (see docs/images.md).
 */
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { z } from 'zod';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const FONTS = {
  sans: 'DejaVuSans.ttf',
  'sans-bold': 'DejaVuSans-Bold.ttf',
  condensed: 'DejaVuSansCondensed-Bold.ttf',
  serif: 'DejaVuSerif-Bold.ttf',
  mono: 'DejaVuSansMono.ttf',
} as const;

let fontsRegistered = false;
function registerFonts(): void {
  if (fontsRegistered) return;
  for (const [alias, file] of Object.entries(FONTS)) {
    GlobalFonts.registerFromPath(`${FONT_DIR}/${file}`, `flyer-${alias}`);
  }
  fontsRegistered = true;
}

export const flyerStyleSchema = z.object({
  format: z.enum(['png', 'jpeg', 'webp']).default('png'),
  /** JPEG/WebP quality 0–100; Telegram recompresses photos to roughly 80. */
  quality: z.number().min(1).max(100).default(80),
  width: z.number().int().positive().default(900),
  fontSize: z.number().positive().default(44),
  font: z.enum(['sans', 'sans-bold', 'condensed', 'serif', 'mono']).default('sans-bold'),
  background: z.string().default('#ffffff'),
  color: z.string().default('#000000'),
  /** First line drawn as a coloured banner with white text, as many flyers do. */
  banner: z.string().optional(),
  /** Each line in a rounded bubble, like a chat screenshot. */
  bubbles: z.boolean().default(false),
  center: z.boolean().default(false),
  /** Degrees; a phone photo of a printed flyer is rarely straight. */
  rotate: z.number().default(0),
  /** Fraction of pixels turned into grey speckles (camera noise, dirty screens). */
  noise: z.number().min(0).max(0.2).default(0),
});

export type FlyerStyle = z.input<typeof flyerStyleSchema>;

export async function drawFlyer(lines: readonly string[], style: FlyerStyle = {}): Promise<Uint8Array> {
  registerFonts();
  const s = flyerStyleSchema.parse(style);
  const lineHeight = Math.round(s.fontSize * (s.bubbles ? 2.1 : 1.7));
  const height = lineHeight * lines.length + Math.round(s.fontSize * 1.5);
  const canvas = createCanvas(s.width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = s.background;
  ctx.fillRect(0, 0, s.width, height);
  if (s.rotate !== 0) {
    ctx.translate(s.width / 2, height / 2);
    ctx.rotate((s.rotate * Math.PI) / 180);
    ctx.translate(-s.width / 2, -height / 2);
  }
  ctx.font = `${s.fontSize}px flyer-${s.font}`;
  ctx.textBaseline = 'middle';
  lines.forEach((line, i) => {
    const y = Math.round(s.fontSize * 0.75) + lineHeight * i + lineHeight / 2;
    const textWidth = ctx.measureText(line).width;
    const x = s.center ? (s.width - textWidth) / 2 : Math.round(s.fontSize * 0.7);
    if (i === 0 && s.banner) {
      ctx.fillStyle = s.banner;
      ctx.fillRect(0, y - lineHeight / 2, s.width, lineHeight);
      ctx.fillStyle = '#ffffff';
    } else if (s.bubbles) {
      ctx.fillStyle = i % 2 === 0 ? '#e7f7d4' : '#f1f1f1';
      roundRect(ctx, x - 14, y - lineHeight * 0.4, textWidth + 28, lineHeight * 0.8, 18);
      ctx.fillStyle = s.color;
    } else {
      ctx.fillStyle = s.color;
    }
    ctx.fillText(line, x, y);
  });
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  if (s.noise > 0) addNoise(ctx, s.width, height, s.noise);
  if (s.format === 'png') return canvas.encode('png');
  return canvas.encode(s.format, s.quality);
}

function roundRect(ctx: SKRSContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  ctx.fill();
}

// Deterministic, so a test that fails fails every time.
function addNoise(ctx: SKRSContext2D, width: number, height: number, fraction: number): void {
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const count = Math.round(width * height * fraction);
  for (let i = 0; i < count; i += 1) {
    const grey = Math.round(random() * 255);
    ctx.fillStyle = `rgb(${grey},${grey},${grey})`;
    ctx.fillRect(Math.floor(random() * width), Math.floor(random() * height), 2, 2);
  }
}

/** The flyer every OCR story starts from: a Cambodia "admin/CS" scam ad. */
export const CAMBODIA_ADMIN_FLYER = [
  'LOKER KAMBOJA',
  'ADMIN CS GAJI 15 JUTA',
  'TANPA PENGALAMAN',
  'TIKET DITANGGUNG',
  'VISA TURIS DULU',
  'WA +855 12 345 678',
] as const;

/** A legitimate-looking placement notice: licensed agency, factory job in Taiwan. */
export const TAIWAN_FACTORY_FLYER = [
  'PT CONTOH PENEMPATAN RESMI',
  'IZIN SIP2MI RESMI',
  'OPERATOR PABRIK TAIWAN',
  'DAFTAR DI DISNAKER',
  'PELATIHAN DI BLK',
] as const;
