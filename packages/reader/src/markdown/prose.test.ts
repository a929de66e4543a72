import { describe, expect, it } from 'vitest';
import { readDocument } from '../read-document.js';
import { markdownProse } from './prose.js';

const README = [
  '# River tools',
  '',
  'The toolkit measures how a restored river channel changes over the first years.',
  '',
  '```sh',
  'river measure --site mill-bend --since 2024',
  '# a comment inside the code, not a heading',
  '```',
  '',
  '| site | width | depth |',
  '|------|------:|:-----:|',
  '| mill bend | 12 m | 1.4 m |',
  '| east weir | 9 m | 0.8 m |',
  '',
  '<!-- maintainers: update the figures each spring -->',
  'Each survey is compared with the one before it, and the changes are mapped.',
  '',
  '~~~',
  'unclosed code runs to the end',
].join('\n');

describe('markdownProse', () => {
  it('leaves out code blocks, tables and comments, and keeps the prose and headings', () => {
    const prose = markdownProse(README);
    expect(prose).toContain('# River tools');
    expect(prose).toContain('The toolkit measures how a restored river channel changes over the first years.');
    expect(prose).toContain('Each survey is compared with the one before it, and the changes are mapped.');
    for (const gone of ['river measure', 'a comment inside the code', 'mill bend', '|', 'maintainers', 'unclosed code']) expect(prose).not.toContain(gone);
  });

  it('keeps a line with a pipe that is no table, and a fence of the other kind inside a block', () => {
    const text = 'Rain | wind and sun.\n\n````\n```\nstill code\n```\n````\nAfter.';
    expect(
      markdownProse(text)
        .split('\n')
        .filter((l) => l !== ''),
    ).toEqual(['Rain | wind and sun.', 'After.']);
  });

  it('is what readDocument gives for Markdown, and never for plain text', async () => {
    expect((await readDocument(README, { fileName: 'README.md' })).text).toBe(markdownProse(README));
    const plain = 'A note.\n\n```\nkept as it is\n```\n';
    expect((await readDocument(plain, { type: 'text' })).text).toContain('kept as it is');
  });
});
