import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Module = typeof import('../../../src/render/pdf/browser-fonts.ts');

/** The module afresh, so each test starts from a page where nothing was prefetched. */
async function freshModule(): Promise<Module> {
  vi.resetModules();
  return import('../../../src/render/pdf/browser-fonts.ts');
}

/** What the fake network answers for a URL: bytes naming the file, or a 404 for the listed ones. */
function stubFetch(missing: readonly string[] = []) {
  const fetchMock = vi.fn((input: URL) => {
    const url = input.href;
    return Promise.resolve(
      missing.some((m) => url.includes(m))
        ? new Response('gone', { status: 404, statusText: 'Not Found' })
        : new Response(new TextEncoder().encode(`bytes of ${url}`)),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The site's address, as a page passes it; a worker has no `document` to read it from. */
const BASE = 'https://playbook.example/results/';
const absolute = (url: string) => new URL(url, BASE).href;

beforeEach(() => {
  vi.unstubAllGlobals();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('browser fonts', () => {
  it('names each Noto Sans face and the CJK fonts by a URL on the site', async () => {
    const { browserFontSources } = await freshModule();
    const sources = browserFontSources(BASE);
    expect(sources.latin.regular).toMatch(/noto-sans-latin-400-normal\.woff/);
    expect(sources.latin.bold).toMatch(/noto-sans-latin-700-normal\.woff/);
    expect(sources.extra['latin-ext'].bold).toMatch(/noto-sans-latin-ext-700-normal\.woff/);
    expect(sources.extra.greek.regular).toMatch(/noto-sans-greek-400-normal\.woff/);
    expect(new URL(sources.cjk).origin).toBe('https://playbook.example');
    expect(sources.cjk).toMatch(/NotoSansHans-Regular\.otf$/);
    expect(sources.korean).toMatch(/NotoSansKR-Regular\.otf$/);
  });

  it('starts fetching both Latin faces on the first prefetch only, and hands each fetch to the render that reads it', async () => {
    const fetchMock = stubFetch();
    const { browserFontSources, prefetchLatinFonts } = await freshModule();
    const { latin } = browserFontSources(BASE);
    prefetchLatinFonts(BASE);
    prefetchLatinFonts(BASE);
    expect(fetchMock.mock.calls.map(([url]) => url.href).sort()).toEqual(
      [absolute(latin.regular), absolute(latin.bold)].sort(),
    );

    const sources = browserFontSources(BASE);
    expect(text(await sources.read(latin.regular))).toBe(`bytes of ${absolute(latin.regular)}`);
    expect(text(await sources.read(latin.bold))).toBe(`bytes of ${absolute(latin.bold)}`);
    expect(fetchMock).toHaveBeenCalledTimes(2);

    // Read again (a render after a failed one): a new fetch, not the one already handed out.
    expect(text(await sources.read(latin.regular))).toBe(`bytes of ${absolute(latin.regular)}`);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('fetches a font nobody prefetched when it is read', async () => {
    const fetchMock = stubFetch();
    const { browserFontSources } = await freshModule();
    const sources = browserFontSources(BASE);
    const greek = sources.extra.greek.regular;
    expect(text(await sources.read(greek))).toBe(`bytes of ${absolute(greek)}`);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('reports a failed prefetch to the render that reads the font, naming the file and the status', async () => {
    stubFetch(['latin-700']);
    const { browserFontSources, prefetchLatinFonts } = await freshModule();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      prefetchLatinFonts(BASE);
      const sources = browserFontSources(BASE);
      await expect(sources.read(sources.latin.bold)).rejects.toThrow(
        /^Could not load the font .*noto-sans-latin-700-normal\.woff.*: 404 Not Found$/,
      );
      expect(text(await sources.read(sources.latin.regular))).toBe(`bytes of ${absolute(sources.latin.regular)}`);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('leaves a failed prefetch nobody reads without an unhandled rejection', async () => {
    stubFetch(['latin-400', 'latin-700']);
    const { prefetchLatinFonts } = await freshModule();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      prefetchLatinFonts(BASE);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
