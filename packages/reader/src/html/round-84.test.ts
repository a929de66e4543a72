import { describe, expect, it } from 'vitest';
import { HELDOUT300_PAGES } from '../test-support/pages-heldout300.js';
import { HELDOUT303_PAGES } from '../test-support/pages-heldout303.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';

describe('batches 300 and 303 (round 84)', () => {
  it('reads a shared Dropbox Paper doc, whose every run of text carries its writer’s colour class (`author-d-…`)', () => {
    const paper = page(HELDOUT303_PAGES, 'heldout303-dropbox-paper-docs');
    expect(paper.body.length).toBeGreaterThan(8);
    expect(leaked(paper, paper.body)).toEqual(paper.body);
    expect(leaked(paper, ['Created by Gwilym Arkwright', 'Is the Pound Lane gate wide enough for the ice cream van?'])).toEqual([]);
    // an Etherpad line reads the same; a byline box named "author" still goes
    const text = read(`${STORY}<div class="ace-line"><span class="author-a-z8zf3kq2z74zv">The pier reopens to walkers on the first of June,
the council said, once the railings are replaced.</span></div><div class="author-box"><span>Mara Quill</span></div>`);
    expect(text).toContain('the pier reopens to walkers on the first of june');
    expect(text).not.toContain('mara quill');
  });

  it('keeps a chat export’s short messages beside their posters’ pictures, and drops a picture’s caption beside an image', () => {
    const slack = page(HELDOUT303_PAGES, 'heldout303-slack-export-viewer-forum');
    const short = slack.body.filter((t) => t.startsWith('Good spot.') || t.startsWith('Brilliant work, everyone.'));
    expect(short.length).toBe(2);
    expect(leaked(slack, short)).toEqual(short);
    const text = read(`${STORY}<div class="msg"><img class="user_icon" src="/u/1.png"><div>Ferry tickets go on sale at the kiosk on Monday.</div></div>
<div class="photo"><img src="/pier.jpg"><div>The old pier at low tide, seen from the harbour wall.</div></div>`);
    expect(text).toContain('ferry tickets go on sale at the kiosk on monday');
    expect(text).not.toContain('the old pier at low tide');
  });

  it('drops the posters’ names of a Mumsnet Talk thread (`<span class="nick">`) and keeps their posts', () => {
    const mumsnet = page(HELDOUT300_PAGES, 'heldout300-mumsnet-talk-forum');
    expect(leaked(mumsnet, ['PuddleJumper82', 'Bramblecot', 'MrsQuillan', 'Nettlebed'])).toEqual([]);
    expect(leaked(mumsnet, mumsnet.body)).toEqual(mumsnet.body);
  });
});
