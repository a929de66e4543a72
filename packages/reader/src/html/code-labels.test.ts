import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string) => norm(extractArticle(harbourStory(inner)).text);

describe('labels of code boxes (code-labels.ts)', () => {
  it('drops the one-word label over a code box', () => {
    expect(read('<div class="code-output"><div class="output-heading">Output</div><pre>[1, 4, 9]</pre></div>')).not.toMatch(/output/);
  });

  it('keeps a line that introduces the code, and a heading over it', () => {
    const intro = '<p>Run the following:</p><pre>make wall</pre><h3>Example</h3><pre>make quay</pre><p>Both commands rebuild the harbour.</p>';
    expect(read(intro)).toMatch(/run the following:.*example/);
  });

  it("drops a code block's caption of three words with a copy button between it and the code (GitBook; round 24)", () => {
    const box = '<div class="codeblock"><div><span>Slack message box</span></div><button>Copy</button><pre><code>/invite @harbour</code></pre></div>';
    expect(read(box)).not.toMatch(/slack message box/);
  });
});
