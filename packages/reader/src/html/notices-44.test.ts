import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string): string => norm(extractArticle(harbourStory(inner)).text);

describe('long notices (round 44)', () => {
  it("drops a cloud vendor's preview notice with its terms, longer than the other furniture lines, and keeps a sentence about a preview", () => {
    const notice =
      '<div class="alert is-primary"><p class="alert-title">Important</p><p>Azure Event Canal dead-letter routing is currently in PREVIEW. See the ' +
      'Supplemental Terms of Use for Microsoft Azure Previews for legal terms that apply to Azure features that are in beta, preview, or otherwise ' +
      'not yet released into general availability.</p></div>';
    expect(read(notice)).not.toMatch(/supplemental terms|currently in preview/);
    const story =
      '<p>The harbour app is currently in preview. See the supplemental terms of use pinned at the ticket office, the trust said, before it ' +
      'explained why the ferry timetable in the app for previews of the summer still showed the winter sailings in June.</p>';
    expect(read(story)).toContain('currently in preview');
  });
});
