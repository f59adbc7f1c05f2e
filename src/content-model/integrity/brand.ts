import type { ContentFiles } from '../sources.ts';
import type { Report } from './report.ts';

/** The brand's logo, when it names one, is a file under public/. */
export function checkBrand(files: ContentFiles, publicFileExists: (path: string) => boolean, report: Report): void {
  const logo = files.brand.data.logo;
  if (logo !== undefined && !publicFileExists(logo)) {
    report(files.brand.file, 'logo', logo, `no such file under public/ (looked for public${logo})`);
  }
}
