import type { APIRoute } from 'astro';
import { join } from 'node:path';
import { renderPlanPdfBuffer } from '../../render/pdf/node.ts';
import { siteBundle } from '../../site/content.ts';
import { examplePlan } from '../../site/example.ts';

/** The example plan's PDF, rendered once at build time, marked as an example on its cover. */
export const GET: APIRoute = async () => {
  const bundle = await siteBundle();
  const { plan, edition } = examplePlan(bundle);
  const bytes = await renderPlanPdfBuffer(plan, {
    brand: bundle.brand,
    publicDir: join(process.cwd(), 'public'),
    edition,
    // The answers' date, not the build's: the same answers give the same file.
    creationDate: new Date(`${plan.meta.date}T00:00:00Z`),
  });
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/pdf' } });
};
