import { z } from 'zod';
import { CONTENT_VERSION_MESSAGE, CONTENT_VERSION_PATTERN } from './answers-limits.ts';

/** Site-wide settings in `content/settings/site.yaml`. */
export const siteSettingsSchema = z
  .object({
    /**
     * The content version. Raise it whenever questions, options or rules change; answers
     * documents record the version they were answered against.
     */
    contentVersion: z.string().regex(CONTENT_VERSION_PATTERN, CONTENT_VERSION_MESSAGE),
    /** The range of minutes the questionnaire takes, shown on the home page. */
    minutes: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }).strict(),
  })
  .strict();
export type SiteSettings = z.output<typeof siteSettingsSchema>;

/** A CSS hex colour: `#1a5f7a` or `#1af`. */
export const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** The consultancy's brand in `content/brand/brand.yaml`; used by the site header and the PDF cover. */
export const brandSchema = z
  .object({
    /** The firm's name, shown beside the product name. */
    name: z.string().min(1).max(80),
    /** A PNG or JPEG under `public/`, e.g. `/brand/logo.png`. The build fails if the file is missing. */
    logo: z
      .string()
      .regex(
        /^\/[\w./-]+\.(png|jpe?g)$/i,
        'must be a path under public/ ending in .png or .jpg, e.g. "/brand/logo.png"',
      )
      .optional(),
    /** Accent colour as a hex value. */
    accent: z.string().regex(HEX_COLOUR, 'must be a hex colour such as "#1a5f7a"'),
  })
  .strict();
export type Brand = z.output<typeof brandSchema>;
