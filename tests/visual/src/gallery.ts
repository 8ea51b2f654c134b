import type { VisualMode } from './modes';
import type { StoryEntry } from './stories';

/** The outcome of one story in one mode. */
export interface ShotResult {
  story: StoryEntry;
  mode: VisualMode;
  status: 'same' | 'changed' | 'new' | 'accepted';
  /** Differing pixels (changed only). */
  pixels?: number;
  sizeChanged?: boolean;
  /** The story's play function or render failed in this mode. */
  error?: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const image = (dir: string, result: ShotResult, label: string) => {
  const src = `${dir}/${result.story.id}/${result.mode.name}.png`;
  return `<figure><a href="${src}"><img src="${src}" loading="lazy" alt="${escapeHtml(label)}"></a><figcaption>${escapeHtml(label)}</figcaption></figure>`;
};

const heading = (result: ShotResult) => `${result.story.title} / ${result.story.name} — ${result.mode.name}`;

function changedSection(results: ShotResult[]): string {
  const changed = results.filter((result) => result.status === 'changed' || result.status === 'new');
  if (changed.length === 0) return '<h2>Changed</h2><p class="ok">No story changed.</p>';
  const rows = changed.map((result) => {
    const what =
      result.status === 'new'
        ? 'new: no baseline yet'
        : `${result.pixels} pixels differ${result.sizeChanged ? ', size changed' : ''}`;
    const pictures =
      result.status === 'new'
        ? image('actual', result, 'actual')
        : [
            image('baseline', result, 'baseline'),
            image('actual', result, 'actual'),
            image('diff', result, 'diff'),
          ].join('');
    return `<section class="change"><h3>${escapeHtml(heading(result))} <small>${what}</small></h3><div class="row">${pictures}</div></section>`;
  });
  return `<h2>Changed (${changed.length})</h2>${rows.join('')}`;
}

function everySection(results: ShotResult[], modes: VisualMode[]): string {
  const byStory = new Map<string, ShotResult[]>();
  for (const result of results) byStory.set(result.story.id, [...(byStory.get(result.story.id) ?? []), result]);
  const rows = [...byStory.values()].map((shots) => {
    const first = shots[0] as ShotResult;
    const cells = modes.map((mode) => {
      const shot = shots.find((candidate) => candidate.mode.name === mode.name);
      if (!shot) return '<figure></figure>';
      const mark = shot.status === 'changed' || shot.status === 'new' ? ' class="flag"' : '';
      return `<div${mark}>${image('actual', shot, mode.name)}${shot.error ? `<p class="error">play: ${escapeHtml(shot.error.slice(0, 200))}</p>` : ''}</div>`;
    });
    return `<section id="${escapeHtml(first.story.id)}"><h3>${escapeHtml(`${first.story.title} / ${first.story.name}`)}</h3><div class="modes">${cells.join('')}</div></section>`;
  });
  return `<h2>Every story in every mode (${byStory.size} × ${modes.length})</h2>${rows.join('')}`;
}

/** The design-review page: changed stories side by side (baseline, actual, diff), then every story in all modes. */
export function galleryHtml(results: ShotResult[], modes: VisualMode[], summary: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>profilekit visual review</title>
<style>
body { font: 14px system-ui, sans-serif; margin: 1.5rem; color: #1a1d23; background: #f4f5f8; }
h3 small { font-weight: normal; color: #b3261e; }
.row, .modes { display: flex; gap: 0.75rem; align-items: flex-start; overflow-x: auto; }
.modes > div { flex: 0 0 auto; }
figure { margin: 0; background: repeating-conic-gradient(#e6e8ee 0% 25%, #fff 0% 50%) 0 / 16px 16px; border: 1px solid #ccd; }
figcaption { font-size: 12px; background: #fff; padding: 2px 4px; }
.change img { max-width: 32vw; }
.modes img { max-width: 180px; max-height: 320px; }
.flag figure { outline: 3px solid #b3261e; }
.error { color: #b3261e; font-size: 12px; max-width: 180px; }
.ok { color: #1b6e3a; }
</style></head><body>
<h1>profilekit visual review</h1><p>${escapeHtml(summary)}</p>
${changedSection(results)}
${everySection(results, modes)}
</body></html>
`;
}
