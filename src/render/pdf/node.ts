/**
 * The PDF in Node, for the command line and the tests: fonts read from node_modules, the brand
 * logo from the site's `public/` folder.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plan } from '../../schema/plan/index.ts';
import type { FontPair, PdfBrand, PdfFontSources, PdfOptions } from './options.ts';
import { EXTRA_SUBSETS, type ExtraSubset } from './subsets.ts';
import { renderPlanPdf } from './render.ts';

export { pdfFileName } from './file-name.ts';

const require = createRequire(import.meta.url);

/** The font files as paths inside node_modules, resolved from this module so any working directory works. */
export function nodeFontSources(): PdfFontSources {
  const noto = (subset: string): FontPair => ({
    regular: require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-400-normal.woff`),
    bold: require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-700-normal.woff`),
  });
  // The CJK packages export only their index, so find their folders from there.
  const fontFile = (pkg: string, file: string) => join(dirname(require.resolve(pkg)), '..', 'fonts', file);
  return {
    latin: noto('latin'),
    extra: Object.fromEntries(EXTRA_SUBSETS.map((s) => [s, noto(s)])) as Record<ExtraSubset, FontPair>,
    cjk: fontFile('@embedpdf/fonts-sc', 'NotoSansHans-Regular.otf'),
    korean: fontFile('@embedpdf/fonts-kr', 'NotoSansKR-Regular.otf'),
    read: async (path) => new Uint8Array(await readFile(path)),
  };
}

export interface NodePdfOptions extends Omit<PdfOptions, 'fonts'> {
  /** The site's `public/` folder, where the brand logo lives (`brand.logo` is a path under it). Without it the logo is left out. */
  readonly publicDir?: string | undefined;
  /** Font files; the ones in node_modules when left out. */
  readonly fonts?: PdfFontSources | undefined;
}

/** The brand with its logo as a file path, or without a logo when there is no folder to find it in. */
function nodeBrand(brand: PdfBrand, publicDir: string | undefined): PdfBrand {
  const { logo, ...rest } = brand;
  return logo === undefined || publicDir === undefined ? rest : { ...rest, logo: join(publicDir, logo) };
}

/**
 * Render the plan's PDF in Node and return the file's bytes, e.g. for
 * `segment-playbook plan answers.json --format pdf -o plan.pdf`.
 */
export async function renderPlanPdfBuffer(plan: Plan, options: NodePdfOptions): Promise<Buffer> {
  const { publicDir, fonts, brand, ...rest } = options;
  const bytes = await renderPlanPdf(plan, {
    ...rest,
    brand: nodeBrand(brand, publicDir),
    fonts: fonts ?? nodeFontSources(),
  });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
