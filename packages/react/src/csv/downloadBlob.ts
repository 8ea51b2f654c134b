/**
 * Saves a Blob as a file through a temporary link (the browser's download), then frees its URL.
 *
 * @example
 * ```ts
 * downloadBlob(await exportUsersCsv(client, {}), 'users.csv');
 * ```
 */
export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
