import PDFDocument from 'pdfkit';
import { loadFont, scriptRuns, type Subset, type Weight } from './receipts.fonts.ts';

type Doc = InstanceType<typeof PDFDocument>;
export type TextStyle = { size?: number; weight?: Weight; color?: string };
export type Align = 'left' | 'right';

const fontName = (subset: Subset, weight: Weight) => `${subset}-${weight}`;

/** A new A4 document with the Noto Sans Bengali subsets registered (embedded, subsetted). */
export function newDocument(info: { title: string }): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 40,
    info: { Title: info.title, Producer: 'Haat', Creator: 'Haat' },
    autoFirstPage: true,
  });
  for (const subset of ['bengali', 'latin', 'latin-ext'] as const) {
    for (const weight of [400, 700] as const) {
      // pdfkit accepts a fontkit font object; its typings list only paths and buffers.
      doc.registerFont(fontName(subset, weight), loadFont(subset, weight) as unknown as Buffer);
    }
  }
  return doc;
}

/** The whole document as one buffer. */
export function finish(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/**
 * Draws mixed Bengali/Latin text on a baseline: each script run with its font subset (shaped by
 * fontkit), placed one after the other. Measures the same way, so right alignment and wrapping
 * use shaped widths.
 */
export class Pen {
  readonly doc: Doc;
  y: number;
  readonly left: number;
  readonly right: number;

  constructor(doc: Doc) {
    this.doc = doc;
    this.left = doc.page.margins.left;
    this.right = doc.page.width - doc.page.margins.right;
    this.y = doc.page.margins.top;
  }

  get width() {
    return this.right - this.left;
  }

  measure(text: string, style: TextStyle = {}): number {
    const size = style.size ?? 10;
    const weight = style.weight ?? 400;
    let w = 0;
    for (const run of scriptRuns(text)) {
      w += this.doc.font(fontName(run.subset, weight)).fontSize(size).widthOfString(run.text);
    }
    return w;
  }

  /** Text on the baseline `y`, starting at `x` (or ending there when right-aligned). */
  draw(text: string, x: number, y: number, style: TextStyle = {}, align: Align = 'left') {
    const size = style.size ?? 10;
    const weight = style.weight ?? 400;
    let cx = align === 'right' ? x - this.measure(text, style) : x;
    this.doc.fillColor(style.color ?? '#111111');
    for (const run of scriptRuns(text)) {
      this.doc.font(fontName(run.subset, weight)).fontSize(size);
      this.doc.text(run.text, cx, y, { lineBreak: false, baseline: 'alphabetic' });
      cx += this.doc.widthOfString(run.text);
    }
  }

  /** Greedy word wrap by shaped width; a word wider than the line is cut by characters. */
  wrap(text: string, width: number, style: TextStyle = {}): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (this.measure(candidate, style) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (this.measure(line, style) > width && [...line].length > 1) {
        const chars = [...line];
        let cut = chars.length - 1;
        while (cut > 1 && this.measure(chars.slice(0, cut).join(''), style) > width) cut--;
        lines.push(chars.slice(0, cut).join(''));
        line = chars.slice(cut).join('');
      }
    }
    if (line) lines.push(line);
    return lines.length ? lines : [''];
  }

  lineHeight(style: TextStyle = {}) {
    // Bengali stacks (ক্ষ্ম, রূ) need room below the baseline: 1.6 × the size.
    return (style.size ?? 10) * 1.6;
  }

  /** Starts a new page when `height` more points would not fit. */
  ensure(height: number) {
    if (this.y + height > this.doc.page.height - this.doc.page.margins.bottom) {
      this.doc.addPage();
      this.y = this.doc.page.margins.top;
    }
  }

  /** A paragraph across `width` from `x`, wrapped; advances `y`. */
  paragraph(text: string, style: TextStyle = {}, x = this.left, width = this.right - x) {
    for (const line of this.wrap(text, width, style)) {
      this.ensure(this.lineHeight(style));
      this.y += this.lineHeight(style);
      this.draw(line, x, this.y, style);
    }
  }

  rule(gap = 6, color = '#bbbbbb') {
    this.y += gap;
    this.doc
      .moveTo(this.left, this.y)
      .lineTo(this.right, this.y)
      .lineWidth(0.6)
      .strokeColor(color)
      .stroke();
    this.y += 2;
  }
}
