// uploadAvatar.ts — straight to S3 with a presigned POST: your backend signs, the bucket stores.
import type { UploadAvatar } from '@profilekit/core';

/** What your signing route answers, e.g. from `createPresignedPost` of `@aws-sdk/s3-presigned-post`. */
interface PresignedPost {
  url: string;
  fields: Record<string, string>;
  /** Where the object will be readable (your CDN or the bucket's public URL). */
  publicUrl: string;
}

/** XHR rather than fetch: only XHR reports upload progress. */
function postForm(url: string, form: FormData, signal: AbortSignal | undefined, onProgress?: (f: number) => void) {
  return new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress?.(event.loaded / event.total);
    xhr.onload = () => (xhr.status < 300 ? resolve() : reject(new Error(`S3 answered ${xhr.status}`)));
    xhr.onerror = () => reject(new Error('The upload failed: no answer from S3'));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

export const uploadAvatar: UploadAvatar = async (file, { signal, onProgress }) => {
  // Your route signs a POST for one key, with conditions: content-length-range 0–200 KB, Content-Type image/*.
  const signing = await fetch('/api/avatar-upload-url', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ contentType: file.type }),
    signal,
  });
  if (!signing.ok) throw new Error('Could not get an upload URL');
  const { url, fields, publicUrl } = (await signing.json()) as PresignedPost;
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('Content-Type', file.type);
  form.append('file', file); // S3 wants the file last
  await postForm(url, form, signal, onProgress);
  return publicUrl; // an https URL: CometChat's avatar field takes it as it is
};
