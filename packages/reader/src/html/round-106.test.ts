import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT476_PAGES } from '../test-support/pages-heldout476.js';
import { norm } from '../test-support/page-kit.js';
import { leakedTexts, pageNamed } from '../test-support/round-kit.js';

/** A Khoros message: its body box carries the class of the platform's signature-highlighting component on every message. */
const MESSAGE = (text: string, signature = ''): string =>
  `<div class="lia-message-body lia-component-message-view-widget-body lia-component-body-signature-highlight-escalation">
<div class="lia-message-body-content"><p>${text}</p></div></div>${signature}`;
const PAGE = (messages: string): string => `<!DOCTYPE html><html><head><title>Soundbar drops out - Lumora Community</title></head><body>
<div class="lia-content"><h1>Soundbar drops out after the update</h1>${messages}</div></body></html>`;

describe('batch 476 (round 106)', () => {
  it('reads every reply of a Khoros thread, whose message bodies are named for the signature highlighting', () => {
    const p = pageNamed(HELDOUT476_PAGES, 'heldout476-khoros-tv-arc-thread');
    expect(leakedTexts(p, p.body)).toEqual(p.body);
    const text = norm(
      extractArticle(
        PAGE(`${MESSAGE('My soundbar stopped playing sound over the HDMI cable after the March update, though the TV speakers still work.')}
${MESSAGE('Set the digital audio format to PCM and restart the TV at the wall, then wait a minute before you switch it on.')}
${MESSAGE('That fixed it, thanks! The soundbar picked up the PCM signal as soon as the TV came back on again.')}`),
      ).text,
    );
    expect(text).toContain('set the digital audio format to pcm');
    expect(text).toContain('that fixed it, thanks!');
  });

  it("still drops a poster's signature", () => {
    const signature = '<div class="lia-message-signature"><p>Lumora QX55 owner since 2024, firmware 4.2.1 on a Vantek SB-300 soundbar</p></div>';
    const text = norm(
      extractArticle(
        PAGE(MESSAGE('Set the digital audio format to PCM and restart the TV at the wall, then wait a minute before you switch it on.', signature)),
      ).text,
    );
    expect(text).toContain('set the digital audio format to pcm');
    expect(text).not.toContain('owner since 2024');
  });
});
