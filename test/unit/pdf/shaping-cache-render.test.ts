import { Font } from '@react-pdf/renderer';
import { describe, expect, it, vi } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { renderPlanPdfBuffer } from '../../../src/render/pdf/node.ts';
import { withoutFileId } from '../../support/read-pdf.ts';
import { answersDocument, realContent } from './support/plans.ts';

// Fonts are registered without the cache here, so the first render shapes every string afresh.
vi.mock('../../../src/render/pdf/shaping-cache.ts', () => ({ cacheShaping: () => undefined }));

describe('a render with shaping cached', () => {
  it('writes the same PDF as a render that shapes every string afresh', async () => {
    const content = realContent();
    const plan = buildPlan(content, answersDocument(content, { organisation: 'Société Łódź 客户' }));
    const options = { brand: content.brand, creationDate: new Date('2026-11-24T09:00:00Z') };
    const fresh = withoutFileId(await renderPlanPdfBuffer(plan, options));

    const { cacheShaping } = await vi.importActual<typeof import('../../../src/render/pdf/shaping-cache.ts')>(
      '../../../src/render/pdf/shaping-cache.ts',
    );
    const faces = Font.getRegisteredFontFamilies()
      .filter((family) => family.startsWith('SP Noto Sans'))
      .flatMap((fontFamily) => [400, 700].map((fontWeight) => Font.getFont({ fontFamily, fontWeight }).data));
    let wrapped = 0;
    for (const face of faces)
      if (face !== null && 'layout' in face) {
        cacheShaping(face);
        wrapped += 1;
      }
    // Latin, Latin Extended and Chinese, each face that was loaded.
    expect(wrapped).toBeGreaterThanOrEqual(4);

    const cold = withoutFileId(await renderPlanPdfBuffer(plan, options));
    const warm = withoutFileId(await renderPlanPdfBuffer(plan, options));
    expect(fresh).toContain('/Info');
    expect(cold).toBe(fresh);
    expect(warm).toBe(fresh);
  });
});
