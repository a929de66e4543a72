import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string) => norm(extractArticle(harbourStory(inner)).text);
const line = (code: string, n: number) => `<div class="line"><span class="lineno">${n}</span>${code}</div>`;

describe('code listings set as boxes of lines (code-listings.ts, round 31)', () => {
  it('keeps a Doxygen fragment of line boxes out of the text, as a <pre> is', () => {
    const fragment = `<div class="fragment">${['std::vector&lt;std::thread&gt; workers;', 'for (int i = 0; i &lt; n; ++i)', 'workers.emplace_back();']
      .map(line)
      .join('')}</div>`;
    expect(read(fragment)).not.toMatch(/emplace_back|std::vector/);
  });

  it('keeps boxes named "line" that are not a listing: fewer than three, or beside other text', () => {
    expect(read(`<div>${line('The quay reopens on Monday.', 1)}${line('The ferry runs at noon.', 2)}</div>`)).toContain('quay reopens');
    expect(read(`<div><p>The rota for the quay:</p>${[1, 2, 3].map((n) => line(`Crew ${n} works the early tide.`, n)).join('')}</div>`)).toContain(
      'crew 2 works',
    );
  });
});
