import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A story of the built Storybook. */
export interface StoryEntry {
  id: string;
  title: string;
  name: string;
}

/** Every story (not docs pages) listed in the built Storybook's `index.json`, in its order. */
export async function listStories(staticDir: string): Promise<StoryEntry[]> {
  const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8')) as {
    entries: Record<string, { id: string; title: string; name: string; type: string }>;
  };
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map(({ id, title, name }) => ({ id, title, name }));
}
