/** Read a rendered PDF with pdfjs: each page's text items with their positions, the metadata and the outline. */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderPlanPdfBuffer } from '../../src/render/pdf/node.ts';
import type { Plan } from '../../src/schema/plan/index.ts';
import { realContent } from './content-fixtures.ts';

export interface TextItem {
  readonly str: string;
  /** Left edge and baseline, in points from the bottom-left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PdfPage {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly TextItem[];
  /** The page's text, items joined by spaces, runs of white space collapsed. */
  readonly text: string;
}

export interface ReadPdf {
  readonly bytes: Uint8Array;
  readonly pages: readonly PdfPage[];
  readonly info: Record<string, unknown>;
  readonly outline: readonly string[];
}

/** Fixed so that the metadata can be checked. */
export const CREATION_DATE = new Date(Date.UTC(2025, 2, 4, 9, 30, 0));

/** Render a plan with the real brand, as the command line does. */
export async function renderPlan(plan: Plan): Promise<Uint8Array> {
  const content = realContent();
  const buffer = await renderPlanPdfBuffer(plan, {
    brand: content.brand,
    creationDate: CREATION_DATE,
  });
  return new Uint8Array(buffer);
}

/**
 * A PDF's bytes as text without its file identifier, which is random, so that two renders can be
 * compared byte for byte.
 */
export const withoutFileId = (pdf: Uint8Array): string =>
  Buffer.from(pdf)
    .toString('latin1')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '');

/** Text compared without white space or hyphens, so line breaks and hyphenation do not matter. */
export const squash = (text: string): string => text.replace(/[\s\u00ad-]+/g, '');

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdfjs may transfer (detach) the buffer it is given, so it gets a copy.
  const task = getDocument({ data: bytes.slice(), verbosity: 0, useSystemFonts: false });
  const doc = await task.promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      items.push({
        str: item.str,
        x: item.transform[4] as number,
        y: item.transform[5] as number,
        width: item.width,
        height: item.height,
      });
    }
    pages.push({
      number: n,
      width: x1 - x0,
      height: y1 - y0,
      items,
      text: items
        .map((i) => i.str)
        .join(' ')
        .replace(/\s+/g, ' '),
    });
  }
  const { info } = await doc.getMetadata();
  // pdfjs answers null for a document without an outline, whatever its types say.
  const outline = (((await doc.getOutline()) as { title: string }[] | null) ?? []).map((o) => o.title);
  await task.destroy();
  return { bytes, pages, info: info as Record<string, unknown>, outline };
}

/** Where the running header and footer sit: within this many points of the top or bottom edge. */
const FURNITURE = 60;

/**
 * The body text of the whole document in reading order, without the running header and footer,
 * so text that flows from one page to the next reads as one (compared without white space).
 * `furniture` is the band left out at the top and at the bottom; 0 for a page printed by the browser,
 * which has no running header or footer, and whose first line can sit within 60 points of the edge.
 */
export function bodyText(pdf: ReadPdf, furniture = FURNITURE): string {
  return squash(
    pdf.pages
      .flatMap((p) => p.items.filter((i) => i.y > furniture && i.y < p.height - furniture))
      .map((i) => i.str)
      .join(' '),
  );
}

/** The pages whose text contains `needle` (compared without white space or hyphens). */
export function pagesWith(pdf: ReadPdf, needle: string): number[] {
  const want = squash(needle);
  return pdf.pages.filter((p) => squash(p.text).includes(want)).map((p) => p.number);
}

/** Every text item that is not wholly inside its page, with a tolerance in points. */
export function itemsOutsidePage(pdf: ReadPdf, tolerance = 0.5): string[] {
  const outside: string[] = [];
  for (const page of pdf.pages) {
    for (const item of page.items) {
      const inside =
        item.x >= -tolerance &&
        item.x + item.width <= page.width + tolerance &&
        item.y >= -tolerance &&
        item.y + item.height <= page.height + tolerance;
      if (!inside)
        outside.push(
          `page ${page.number}: "${item.str.slice(0, 40)}" at (${item.x.toFixed(1)}, ${item.y.toFixed(1)}) size ${item.width.toFixed(1)} x ${item.height.toFixed(1)}`,
        );
    }
  }
  return outside;
}

/** A filled shape's bounding box, in points from the page's bottom-left corner like text items, and its fill colour. */
export interface FilledBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** As pdfjs reports an RGB fill, e.g. `#1f5f7a`. */
  readonly color: string;
}

type Matrix = readonly [number, number, number, number, number, number];

/** `m` applied first, then `ctm`: what the PDF `cm` operator makes the new transform. */
const compose = (ctm: Matrix, m: Matrix): Matrix => [
  ctm[0] * m[0] + ctm[2] * m[1],
  ctm[1] * m[0] + ctm[3] * m[1],
  ctm[0] * m[2] + ctm[2] * m[3],
  ctm[1] * m[2] + ctm[3] * m[3],
  ctm[0] * m[4] + ctm[2] * m[5] + ctm[4],
  ctm[1] * m[4] + ctm[3] * m[5] + ctm[5],
];

/**
 * Every filled path drawn on a page (backgrounds, bars, dots), found by following the page's
 * drawing operators: the transforms, the graphics state stack and the fill colour.
 */
export async function filledBoxes(bytes: Uint8Array, pageNumber: number): Promise<FilledBox[]> {
  const task = getDocument({ data: bytes.slice(), verbosity: 0, useSystemFonts: false });
  try {
    const page = await (await task.promise).getPage(pageNumber);
    const { fnArray, argsArray } = await page.getOperatorList();
    const fills = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke]);
    fills.add(OPS.closeFillStroke).add(OPS.closeEOFillStroke);
    const boxes: FilledBox[] = [];
    const stack: { ctm: Matrix; color: string }[] = [];
    let ctm: Matrix = [1, 0, 0, 1, 0, 0];
    let color = '#000000';
    fnArray.forEach((fn, i) => {
      const args = argsArray[i] as unknown[];
      if (fn === OPS.save) stack.push({ ctm, color });
      else if (fn === OPS.restore) ({ ctm, color } = stack.pop() ?? { ctm, color });
      else if (fn === OPS.transform) ctm = compose(ctm, args as unknown as Matrix);
      else if (fn === OPS.setFillRGBColor) color = String(args[0]);
      else if (fn === OPS.constructPath && fills.has(args[0] as number) && args[2] != null) {
        const [minX = 0, minY = 0, maxX = 0, maxY = 0] = Array.from(args[2] as ArrayLike<number>);
        const corners = [
          [minX, minY],
          [maxX, minY],
          [minX, maxY],
          [maxX, maxY],
        ].map(([px = 0, py = 0]) => [ctm[0] * px + ctm[2] * py + ctm[4], ctm[1] * px + ctm[3] * py + ctm[5]]);
        const xs = corners.map((c) => c[0] ?? 0);
        const ys = corners.map((c) => c[1] ?? 0);
        const x = Math.min(...xs);
        const y = Math.min(...ys);
        boxes.push({ x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y, color });
      }
    });
    return boxes;
  } finally {
    await task.destroy();
  }
}
