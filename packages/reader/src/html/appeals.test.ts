import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string, before = ''): string => norm(extractArticle(harbourStory(inner, { before })).text);

describe('reader-revenue appeals (appeals.ts, round 14)', () => {
  it("drops the appeal under a story, with its ticker, pitch and 'Support the ...' button, and the header's 'Support us' link", () => {
    const epic =
      '<div id="slot-body-end"><div class="epic"><p>You’ve read 9 articles in the last year</p><h2>Can you spare two minutes to support us?</h2>' +
      '<p>We have no shareholders and no billionaire owner. Our journalism is free from commercial and political influence, and it is open ' +
      'for everyone to read, whatever they can afford to pay.</p>' +
      '<div><a href="https://support.example/contribute">Support the Harbour Post</a></div></div></div>';
    const header = '<header><a href="/"><span>The Harbour Post - Back to home</span></a> <a class="support" href="/contribute">Support us</a></header>';
    const text = read(epic, header);
    expect(text).not.toMatch(/support us|no shareholders|spare two minutes|support the harbour post|you’ve read 9/);
    expect(text).toMatch(/harbour wall was rebuilt.*fishing boats returned/);
  });

  it("drops a membership ask whose call is 'Give a one-time gift' (round 19), and keeps a sentence about a gift", () => {
    const ask =
      '<div class="membership-ask"><h3>You’ve read 1 article in the last month</h3><p>Here at the Post, we explain the harbour so you can ' +
      'make sense of it. Our work is free to read because readers like you help pay for it.</p><a href="/membership">Join now</a>' +
      '<a href="/support-now">Give a one-time gift</a></div>';
    expect(read(ask)).not.toMatch(/last month|free to read|one-time gift/);
    expect(read('<p>The mayor said the town would give a one-time gift of a bench to every fishing family this spring.</p>')).toContain('one-time gift');
  });

  it('keeps a sentence with a donation link in it, and a short box whose text is the story', () => {
    const sentence = '<p>Residents who lost boats can <a href="/fund">donate</a> to the relief fund at the harbour office until the end of May.</p>';
    expect(read(sentence)).toContain('residents who lost boats can donate to the relief fund');
  });

  it('round 30: drops a membership ask by its programme’s name ("Join Slate Plus") with its pitch', () => {
    const ask =
      '<div class="plus-ask"><p>The Harbour is published with the support of readers. If you enjoy our work, join to support our writers.</p>' +
      '<a href="/plus">Join Harbour Plus</a></div>';
    expect(read(ask)).not.toMatch(/join harbour plus|support of readers/);
  });
});
