import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 40, file b2: a Substack Notes thread with replies as substack.com/@handle/note/c-… renders it logged out
 * (the pencraft utility-class markup, the top bar with "Sign in" and "Create account", the note with avatar, name, time and
 * its ProseMirror paragraphs, like / reply / restack counts and share, the nested replies, the "Sign in to reply" composer,
 * the publication card with "Subscribe", the app banner, and the footer).
 */
type Note = { name: string; handle: string; time: string; iso: string; paras: string[]; counts: [string, string, string]; nested?: boolean };
const snName = 'Wren Abernathy';
const snTitle = 'Unpopular opinion: most recipe blogs are long because of search engines, not because the writers love to ramble.';
const snParas = [
  'I wrote recipes for a regional paper for nine years. We had 180 words per recipe, method included, and nobody ever wrote in to ' +
    'ask for more backstory. When I moved online, the first advice I got from an editor was to add a story, a few headings with the ' +
    'questions people type into search, and a ‘jump to recipe’ button for everyone who hates the story.',
  'So the story exists for the search engine and the button exists for the reader. That is a strange way to write anything.',
  'On here I am trying the opposite: the recipe first, in full, and then the story underneath for the people who want it. Let’s see ' + 'if anyone finds it.',
];
const snReplies: Note[] = [
  {
    name: 'Callum Reyes',
    handle: 'callumcooks',
    time: 'Mar 11',
    iso: '2025-03-11T09:03:00.000Z',
    counts: ['84', '1', '2'],
    paras: ['As a reader I would happily take the 180-word version. The best cookbook I own has no photos and fits every recipe on one page.'],
  },
  {
    name: 'Noor Hadid',
    handle: 'noorhadid',
    time: 'Mar 11',
    iso: '2025-03-11T10:47:00.000Z',
    counts: ['131', '1', '5'],
    paras: [
      'Counterpoint: some of my favourite food writing is the story. I just want it to be a real story and not four paragraphs about ' +
        'autumn leaves written to keep me scrolling past the ads.',
    ],
  },
  {
    name: snName,
    handle: 'wrenabernathy',
    time: 'Mar 11',
    iso: '2025-03-11T11:15:00.000Z',
    counts: ['97', '', '3'],
    nested: true,
    paras: [
      'Completely agree, and that is the distinction I care about. A story written because you had something to say is a gift.',
      'A story written to hit a word count is a tax.',
    ],
  },
  {
    name: 'Bettina Okoro',
    handle: 'bettinabakes',
    time: 'Mar 12',
    iso: '2025-03-12T07:40:00.000Z',
    counts: ['56', '1', ''],
    paras: [
      'I tested this on my own blog last year. Recipe-first posts got fewer search visits but far more saves and comments, and the ' +
        'readers who did come stayed longer on the page.',
    ],
  },
  {
    name: 'Jamie Lund',
    handle: 'jlund',
    time: 'Mar 12',
    iso: '2025-03-12T12:22:00.000Z',
    counts: ['9', '', ''],
    paras: ['Would love to see your numbers after a few months, if you are willing to share them. I suspect a lot of us are quietly wondering the same.'],
  },
];
const pc = (c: string): string => `pencraft pc-reset ${c}`;
const snActions = ([likes, replies, restacks]: [string, string, string]): string => `<div class="${pc(
  'pc-display-flex pc-justifyContent-space-between pc-paddingTop-8',
)}"><button aria-label="Like (${likes || 0})" class="${pc('pc-display-flex pc-gap-4 pc-alignItems-center iconButton-mCYFpN')}" type="button"><svg
role="img" width="20" height="20" viewBox="0 0 24 24" stroke-width="2" class="lucide lucide-heart"><path d="M19 14c1.49-1.46 3-3.21 3-5.5A5.5 5.5 0 0 0
16.5 3"></path></svg><span class="${pc('color-secondary-Pe2lQg font-text-qe4AeH size-13-hZTUKr')}">${likes}</span></button><button
aria-label="Reply (${replies || 0})" class="${pc('pc-display-flex pc-gap-4 iconButton-mCYFpN')}" type="button"><svg role="img" width="20" height="20"
viewBox="0 0 24 24" class="lucide lucide-message-circle"><path d="M7.9 20A9 9 0 1 0 4 16.1L2 22Z"></path></svg><span class="${pc(
  'color-secondary-Pe2lQg size-13-hZTUKr',
)}">${replies}</span></button><button aria-label="Restack (${restacks || 0})" class="${pc('pc-display-flex pc-gap-4 iconButton-mCYFpN')}" type="button"><svg
role="img" width="20" height="20" viewBox="0 0 24 24" class="lucide lucide-repeat-2"><path d="m2 9 3-3 3 3"></path></svg><span class="${pc(
  'color-secondary-Pe2lQg size-13-hZTUKr',
)}">${restacks}</span></button><button aria-label="Share" class="${pc('iconButton-mCYFpN')}" type="button"><svg role="img" width="20" height="20"
viewBox="0 0 24 24" class="lucide lucide-share"><path d="M4 12v8a2 2 0 0 0 2 2h12"></path></svg></button></div>`;
const snNote = (n: Note, top: boolean): string => `<div class="${pc(
  `pc-display-flex pc-gap-12 pc-paddingTop-16${n.nested ? ' pc-paddingLeft-48 threadReply-Kx9fP2' : ''}`,
)}" data-testid="${top ? 'note' : 'note-reply'}"><a href="https://substack.com/@${n.handle}" class="${pc('pc-display-contents')}"><div class="${pc(
  'pc-display-flex pc-width-40 pc-height-40 pc-borderRadius-full pc-overflow-hidden',
)}"><picture><img alt="${n.name}'s avatar" width="40" height="40" loading="lazy"
src="https://substackcdn.com/image/fetch/w_80,h_80,c_fill,f_webp,q_auto:good/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F${
  n.handle
}.jpg"></picture></div></a><div class="${pc('pc-display-flex pc-flexDirection-column pc-minWidth-0 flex-grow-rzmknG')}"><div class="${pc(
  'pc-display-flex pc-gap-4 pc-alignItems-center',
)}"><a href="https://substack.com/@${n.handle}" class="${pc('font-text-qe4AeH weight-semibold-uqA4FY size-15-Psle70 color-primary-zABazT')}">${
  n.name
}</a><span class="${pc('color-secondary-Pe2lQg')}" aria-hidden="true">∙</span><a href="https://substack.com/@${n.handle}/note/c-10${n.iso.slice(
  8,
  10,
)}4418" class="${pc('color-secondary-Pe2lQg size-13-hZTUKr')}"><time datetime="${n.iso}" title="${n.iso.slice(0, 10)}">${n.time}</time></a></div>${
  top ? `<div class="${pc('color-secondary-Pe2lQg size-13-hZTUKr')}">The Slow Kitchen</div>` : ''
}<div class="feedCommentBodyInner-AOzMIC"><div class="ProseMirror FeedProseMirror" translate="no">${n.paras.map((p) => `<p><span>${p}</span></p>`).join('')}
</div></div>${snActions(n.counts)}</div></div>`;
const snTop: Note = {
  name: snName,
  handle: 'wrenabernathy',
  time: 'Mar 11',
  iso: '2025-03-11T08:22:00.000Z',
  counts: ['1.4K', '212', '96'],
  paras: [snTitle, ...snParas],
};
const snFoot = ['Privacy', 'Terms', 'Collection notice', 'Start writing', 'Get the app'];
const snHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>${snName} on Substack: "${snTitle}"</title><meta name="description" content="${snParas[0]!.slice(0, 150)}">
<meta property="og:type" content="article"><meta property="og:title" content="${snName} (@wrenabernathy)">
<meta property="og:image" content="https://substackcdn.com/image/fetch/$s_!Qx2b!,w_1200,h_675,c_fill/note-card-c-104418.png">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.7e2b9c40ad1f.css"><link rel="stylesheet"
href="https://substackcdn.com/bundle/assets/reader2.ca41d8e7.css"><style>:root{--web_bg_color:#ffffff;--background_pop:#ff6719}</style>
<script>window._preloads = JSON.parse(
"{\\"isEU\\":true,\\"language\\":\\"en\\",\\"base_url\\":\\"https://substack.com\\",\\"noteId\\":104418,\\"user\\":null}")</script>
</head><body class="reader2-font-base reader-surface"><div id="entry"><div class="${pc('pc-display-flex pc-flexDirection-column reader-nav-root')}">
<header class="${pc('pc-display-flex pc-justifyContent-space-between pc-alignItems-center pc-padding-16 topBar-pIF0J1')}"><a href="https://substack.com/home"
aria-label="Substack home" class="${pc('logo-Bp2Vw5')}"><svg role="img" width="28" height="28" viewBox="0 0 24 24" fill="#FF6719"><path
d="M22.539 8.242H1.46V5.406h21.08v2.836z"></path></svg></a><div class="${pc('pc-display-flex pc-gap-8')}"><a href="/sign-in?redirect=%2F%40wrenabernathy"
class="button-VFSdkv priority_secondary-S63h9o size_md-gCDS3o">Sign in</a><a href="/sign-in?redirect=%2F%40wrenabernathy&amp;for_pub=&amp;signup=true"
class="button-VFSdkv priority_primary-RfbeYt size_md-gCDS3o">Create account</a></div></header><main class="${pc(
  'pc-display-flex pc-flexDirection-column pc-maxWidth-600 pc-marginX-auto',
)}"><div class="${pc('pc-display-flex pc-alignItems-center pc-gap-8 pc-padding-12')}"><button aria-label="Back" class="${pc('iconButton-mCYFpN')}"
type="button"></button><h1 class="${pc('font-display-lTp8Uq size-17-a3pqOZ weight-bold-DmI9lw')}">Note</h1></div>
${snNote(snTop, true)}
<div class="${pc('pc-paddingY-12 pc-borderBottom-detail')}"><button type="button" class="${pc('composerPrompt-Zt3xQf color-secondary-Pe2lQg')}">Sign in to
reply</button></div><div class="${pc('pc-display-flex pc-flexDirection-column')}" role="list" aria-label="Replies">
${snReplies.map((r) => snNote(r, false)).join('\n')}
</div></main><aside class="${pc('pc-display-flex pc-flexDirection-column pc-gap-16 rightRail-sX8rq2')}"><div class="${pc(
  'pc-padding-16 pc-borderRadius-md pc-border-detail',
)}"><img alt="" width="48" height="48" src="https://substackcdn.com/image/fetch/w_96/slowkitchen-logo.png"><h3 class="${pc('weight-bold-DmI9lw')}">The Slow
Kitchen</h3><p class="${pc('color-secondary-Pe2lQg')}">Recipes that fit on a postcard, and the stories that don’t. By ${snName}.</p><p class="${pc(
  'color-secondary-Pe2lQg size-13-hZTUKr',
)}">Over 12,000 subscribers</p><a href="https://theslowkitchen.substack.com/subscribe" class="button-VFSdkv priority_primary-RfbeYt">Subscribe</a></div>
<div class="${pc('pc-padding-16 pc-borderRadius-md appBanner-Wm3xk0')}"><p class="${pc('weight-bold-DmI9lw')}">Substack is the home for great culture</p>
<a href="https://substack.com/app" class="button-VFSdkv priority_secondary-S63h9o">Get the app</a></div></aside>
<footer class="${pc('pc-display-flex pc-gap-8 pc-padding-16 color-secondary-Pe2lQg footer-Gg5oLm')}"><span>© 2025 Substack Inc</span><ul>${links(snFoot)}</ul>
</footer></div></div><script src="https://substackcdn.com/bundle/static/js/main.b83f9e1c.js" charset="utf-8" defer></script></body></html>`;
export const substackNotes: TestPage = {
  html: snHtml,
  name: 'heldout40-substack-notes',
  kind: 'forum',
  // the note has no title of its own: its first line (its first paragraph) is the title and its other paragraphs are body; the
  // five replies, the author's own nested answer among them, are body too, in page order; names and the "Mar 11" / "Mar 12"
  // times are bylines; the publication name under the author's name is furniture (it names the newsletter, not the writer);
  // the like / reply / restack counts, the "Note" bar, "Sign in to reply", the top bar, the publication card, the app banner
  // and the footer are furniture ("Subscribe" kept: the body has no such word)
  title: snTitle,
  headings: [],
  body: [...snParas, ...snReplies.flatMap((r) => r.paras)],
  bylines: [snName, 'Callum Reyes', 'Noor Hadid', 'Bettina Okoro', 'Jamie Lund', 'Mar 11', 'Mar 12'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign in', 'Create account', 'Note', 'The Slow Kitchen', '1.4K', '212', '96', 'Sign in to reply', '84', '131', '5', '97', '3', '56', '9',
    'Recipes that fit on a postcard, and the stories that don’t.', 'Over 12,000 subscribers', 'Subscribe', 'Substack is the home for great culture',
    '© 2025 Substack Inc', ...snFoot,
  ],
};
