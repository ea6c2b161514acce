/** Saves text as a file through the browser's own download: nothing leaves the machine. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Fall 2026 review" → "fall-2026-review", safe in every file system. */
export function fileSlug(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'assessment';
}

/** The reviewed copy's file name says what it is and by whom: "fall-2026-reviewed-by-grace-hopper-2026-12-02.json". */
export function reviewedFileName(title: string, reviewer: string, day: string): string {
  const by = fileSlug(reviewer);
  return `${fileSlug(title)}-reviewed-by-${by === 'assessment' ? 'reviewer' : by}-${day}.json`;
}
