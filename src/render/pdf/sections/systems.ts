import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { BulletList, Checklist, Citations, LevelBadge, Paragraph, SmallPrint } from '../parts/blocks.ts';
import { SubHeading } from '../parts/heading.ts';
import { NumberedSection } from '../parts/page-frame.ts';
import { Table } from '../parts/table.ts';
import type { RenderContext } from '../render-context.ts';
import { textSize } from '../theme.ts';
import type { SectionInfo } from './section-info.ts';

const styles = StyleSheet.create({
  system: { ...textSize(9.5, 1.3), fontWeight: 700, marginBottom: 3 },
  owner: { ...textSize(8.5, 1.4) },
  list: { ...textSize(8.5, 1.4) },
});

/** Each system that holds or uses the segment: what changes, who owns it, and the checklist to work through. */
export function Systems({ ctx, section }: { readonly ctx: RenderContext; readonly section: SectionInfo }) {
  const { systems } = ctx.plan;
  return h(
    NumberedSection,
    {
      ctx,
      section,
      lead:
        systems.length === 0
          ? 'No system that holds or uses the segment was named in the answers.'
          : `${systems.length} system${systems.length === 1 ? '' : 's'} will change with the segmentation, highest impact first.`,
    },
    systems.length === 0
      ? h(Paragraph, { muted: true }, 'Answer the systems questions to see the change matrix.')
      : h(Table, {
          ctx,
          keepRowsTogether: false,
          columns: [
            { title: 'System', width: '18%' },
            { title: 'Owner', width: '16%' },
            { title: 'What changes', width: '33%' },
            { title: 'Checklist', width: '33%' },
          ],
          rows: systems.map((s) => [
            h(
              View,
              null,
              h(Text, { style: styles.system }, s.title),
              h(LevelBadge, { level: s.impact }),
              h(SmallPrint, null, 'impact'),
              h(Citations, { sources: s.sources }),
            ),
            h(
              View,
              null,
              h(Text, { style: styles.owner }, s.owner),
              h(SmallPrint, null, s.ownerSource === 'answer' ? 'as answered' : 'typical owner'),
            ),
            h(BulletList, { items: s.changes, compact: true }),
            h(Checklist, { items: s.checklist, compact: true }),
          ]),
        }),
    systems.some((s) => s.risks.length > 0) ? h(SubHeading, { ctx }, 'Risks to watch') : null,
    systems
      .filter((s) => s.risks.length > 0)
      .map((s) =>
        h(
          View,
          { key: s.systemId, minPresenceAhead: 40 },
          h(Text, { style: styles.system }, s.title),
          h(BulletList, { items: s.risks }),
        ),
      ),
  );
}
