/** Every page URL in the built site's sitemap, rewritten onto the test server's origin. */
export async function sitemapUrls(baseUrl: string): Promise<string[]> {
  const index = await (await fetch(`${baseUrl}/sitemap-index.xml`)).text();
  const sitemapLocations = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  const pages: string[] = [];
  for (const location of sitemapLocations) {
    const xml = await (await fetch(onto(baseUrl, location))).text();
    pages.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => onto(baseUrl, m[1] ?? '')));
  }
  return pages;
}

function onto(baseUrl: string, url: string): string {
  const parsed = new URL(url);
  return `${baseUrl}${parsed.pathname}${parsed.search}`;
}
