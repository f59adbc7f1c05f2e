/** A file-system-safe stem: letters, digits and hyphens only, never empty, at most 60 characters. */
export function safeFileStem(text: string, fallback = 'assessment'): string {
  const stem = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return stem === '' ? fallback : stem;
}

/** Save a blob as a file through a temporary link; nothing leaves the machine. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for every browser to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
