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

  it('round 31: drops a file-name bar over a code box (with its copy button) and a listing title over the box that holds the code', () => {
    const nextra = '<div><div><span>themes/report.ts</span><div><button title="Copy code"></button></div></div><pre><code>export default {}</code></pre></div>';
    const antora = '<div class="listingblock"><div class="title">harbormaster.yaml</div><div class="content"><pre>retention: 30d</pre></div></div>';
    expect(read(nextra + antora)).not.toMatch(/report\.ts|harbormaster\.yaml/);
    expect(read('<p>Edit harbour.yaml before the first run, then restart the service.</p><pre>port: 80</pre>')).toContain('edit harbour.yaml');
  });
});
