import { describe, expect, it } from 'vitest';
import manifest from '../../../package.json';
import { csvMessagesByTag } from '../../csv/csvLocales';
import { csvEn } from '../../csv/locales/en';

// Every language the package publishes has the CSV texts too.
const tags = Object.keys(manifest.exports)
  .filter((subpath) => subpath.startsWith('./locales/'))
  .map((subpath) => subpath.slice('./locales/'.length));
const samples: Record<string, unknown[]> = {
  exportProgress: [1234, 100000],
  exportDone: [987],
  exportFailed: ['Network down.'],
  checkRows: [7],
  checkResult: [5, 2],
  repeatedUid: [42],
  moreErrors: [9],
  importRows: [5],
  importProgress: [300, 10000],
  importDone: [5, 3, 1],
  importStopped: ['Network down.'],
};

describe('CSV texts in every language of the kit', () => {
  it('covers exactly the published languages', () => {
    expect(Object.keys(csvMessagesByTag).sort()).toEqual([...tags].sort());
  });

  it.for(tags)('%s: every English key, of the same kind, non-empty, and each argument shown', (tag) => {
    const messages = csvMessagesByTag[tag] as unknown as Record<string, unknown>;
    const english = csvEn as unknown as Record<string, unknown>;
    const problems: string[] = [];
    for (const key of Object.keys(english)) {
      const message = messages[key];
      if (typeof message !== typeof english[key]) problems.push(`${key}: missing or not a ${typeof english[key]}`);
      else if (typeof message === 'string' && message.trim() === '') problems.push(`${key}: empty`);
      else if (typeof message === 'function') {
        const args = samples[key];
        if (!args) problems.push(`${key}: no sample arguments in this test`);
        else {
          const text: string = message(...args);
          for (const arg of args) if (!text.includes(String(arg))) problems.push(`${key}(): "${text}" lacks ${arg}`);
        }
      }
    }
    for (const key of Object.keys(messages)) if (!(key in english)) problems.push(`${key}: not in English`);
    expect(problems).toEqual([]);
  });
});
