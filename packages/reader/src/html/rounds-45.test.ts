import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string): string => norm(extractArticle(harbourStory(inner)).text);

/** A thread in new Reddit's markup: the post, then its replies, each a `<shreddit-comment>` with the attributes given. */
function thread(replies: readonly { user: string; attributes?: string; paragraphs: readonly string[] }[]): string {
  const comments = replies
    .map(
      (r, i) =>
        `<shreddit-comment author="${r.user}" thingid="t1_${i}" depth="0" ${r.attributes ?? ''}>` +
        `<div slot="commentMeta"><a href="/user/${r.user}/">${r.user}</a> <time>${i + 2}h ago</time></div>` +
        `<div slot="comment"><div class="md text-14" id="t1_${i}-comment-rtjson-content">${r.paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></div>` +
        '</shreddit-comment>',
    )
    .join('\n');
  return (
    '<html><head><title>How do we get a crossing on Mill Lane? : r/Calderbury</title></head><body><main id="main-content">' +
    '<shreddit-post author="fernleaf" post-title="How do we get a crossing on Mill Lane?"><h1 slot="title">How do we get a crossing on Mill Lane?</h1>' +
    '<div slot="text-body"><div id="t3_1-post-rtjson-content" property="schema:articleBody"><p>Cars come down Mill Lane far too fast at school ' +
    'time and the children have to cross by the bakery with no help at all. Has anyone asked the council for a zebra crossing here?</p></div></div>' +
    `</shreddit-post><shreddit-comment-tree id="comment-tree">${comments}</shreddit-comment-tree></main></body></html>`
  );
}

const REPLIES = [
  {
    user: 'oakbank_rd',
    paragraphs: [
      'We asked for one on Station Road two years ago. The council wanted a traffic count first, which took three months to arrange.',
      'Get the school to write in as well, because a letter from the head teacher moved things along faster than our petition did.',
    ],
  },
  {
    user: 'kestrel_44',
    paragraphs: ['Email your councillor directly. The ward surgery on the first Saturday of the month is the quickest way to be heard in person.'],
  },
  {
    user: 'millpond',
    paragraphs: ['A speed survey is what gets things moving. Once the numbers are in, the highways team has to answer you in writing.'],
  },
];

describe('threads whose replies are labelled as comments (round 168, after batch 700)', () => {
  it('keeps the replies of a thread that labels each one "Comment from <user>", as it keeps those labelled "Comment by <user>"', () => {
    for (const word of ['from', 'by']) {
      const text = norm(extractArticle(thread(REPLIES.map((r) => ({ ...r, attributes: `aria-label="Comment ${word} ${r.user}"` })))).text);
      expect(text).toContain('zebra crossing');
      expect(text).toContain('letter from the head teacher');
      expect(text).toContain('ward surgery on the first saturday');
      expect(text).toContain('a speed survey is what gets things moving');
    }
  });
});

describe('labels, support lines and pull quotes of batches 701, 703, 704 and 707 (rounds 170 to 172)', () => {
  it('drops "You may also be interested in:" and "Filed under:" left over their lists, and keeps a sentence that begins the same way', () => {
    const text = read(
      '<p><b>You may also be interested in:</b></p><ul><li><a href="/news/1">Ferry fares to rise in May</a></li></ul>' +
        '<div class="labels"><span>Filed under:</span> <a href="/harbour">Harbour</a></div>',
    );
    expect(text).not.toMatch(/may also be interested|filed under/);
    expect(read('<p>You may also be interested in the new ferry timetable, which starts in May and adds two sailings a day.</p>')).toContain(
      'you may also be interested in the new ferry timetable',
    );
  });

  it('drops a broadcaster’s support line under a story, and keeps a sentence about people affected by the works', () => {
    const text = read(
      '<p><i>If you have been affected by any of the issues in this story, help and support is available from the Harbour Action Line.</i></p>',
    );
    expect(text).not.toContain('help and support is available');
    expect(read('<p>If you have been affected by the works, the trust said, you can claim back the cost of mooring elsewhere in March.</p>')).toContain(
      'you can claim back the cost of mooring',
    );
  });

  it('drops a <q> set as a block of its own between the paragraphs, and keeps a <q> quoted inside a sentence', () => {
    const text = read(
      '<q class="left">When the tide is out, the whole basin turns into a car park, and after a week nobody notices.</q>' +
        '<p>The harbourmaster said <q>we had no choice but to close the slipway</q> when the wall began to lean in January.</p>',
    );
    expect(text).not.toContain('turns into a car park');
    expect(text).toContain('we had no choice but to close the slipway');
  });

  it("drops a pull quote named td_pull_quote (tagDiv's Newspaper theme), as it drops one named pull-quote", () => {
    for (const name of ['td_pull_quote td_pull_center', 'pull-quote']) {
      const text = read(`<blockquote class="${name}"><p>Small boats are being priced out of the harbour altogether</p></blockquote>`);
      expect(text).not.toContain('priced out of the harbour');
      expect(text).toContain('fishing boats returned to the inner basin');
    }
  });
});

describe('newsletter boxes named for their e-mail sign-up (round 174, after batch 705)', () => {
  it('drops a box named email-signup with its pitch, and keeps the story around it', () => {
    const text = read(
      '<a data-ignore="global-link-styling" href="#EmailSignup-skip-link-5" class="dcr-jzxpee">skip past newsletter promotion</a>' +
        '<div class="dcr-6jsb5y" data-component="email-signup-inline"><div class="dcr-1g8s8u"><div class="dcr-11s1bm5"><p class="dcr-17hfyh1">' +
        'Sign up to <span class="dcr-1x8y8dz">Harbour Weekly</span></p><p class="dcr-1rvz5sp">Free weekly newsletter</p><p class="dcr-1rjc2my">' +
        'The trust’s notes on the week’s sailings, plus news from the boatyards and the fish market</p></div><form class="dcr-1ed7p2j"><label ' +
        'for="e" class="dcr-1a48aya">Enter your email address</label><input type="email" id="e"><button type="submit" class="dcr-1cm5lxf">Sign ' +
        'up</button></form><p class="dcr-17tsumu"><strong>Privacy Notice:</strong> Newsletters may contain information about charities, online ' +
        'ads, and content funded by outside parties. For more information see our <a href="/help/privacy-policy">Privacy Policy</a>.</p></div></div>',
    );
    expect(text).not.toMatch(/free weekly newsletter|notes on the week’s sailings/);
    expect(text).toContain('fishing boats returned to the inner basin');
  });
});
