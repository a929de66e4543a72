import { ps, type TestPage, texts } from './page-kit.js';
import { anchors, lis, paras } from './pages-heldout167-kit.js';

/**
 * Held-out batch 167, file a2: a Paragraph.xyz newsletter post (the publication header with "Subscribe" and "Sign in",
 * the cover, the title and subtitle, the author row with date and reading time, share and collect buttons, an inline
 * subscribe embed in the middle of the post, the closing subscribe and collect cards, two comments with the comment
 * box, "More from" cards and the Paragraph footer).
 */
const pTitle = 'The week our reader-owned paper ran out of newsprint';
const pDek = 'A supply hiccup, a borrowed press and what forty volunteers can fold in a night.';
const pP1 = paras(`
On the Tuesday before our October issue, the mill that supplies our newsprint told us the order would be nine days late.
The Dunlow Courier prints once a month, on a Thursday, and goes out to 6,200 homes by hand. We had two days.

This is the story of how we got the paper out anyway, written for our members, who own the Courier and who paid for every
decision below.
`);
const pH1 = 'Finding paper';
const pP2 = paras(`
Our printer, Hollins & Rowe, had enough stock for about a third of the run. Rather than print a thin paper, we rang around.
A weekly title forty miles away had a pallet of a slightly heavier sheet they could spare, at cost, if we collected it.

Two members with a van did the drive on Wednesday morning. The heavier paper cost us 310 pounds more than usual, which came
out of the contingency fund the members voted to set up last spring. This is exactly what that fund was for.
`);
const pH2 = 'Folding by hand';
const pP3 = paras(`
The heavier sheet would not go through the folding machine at Hollins & Rowe without jamming. So the pages came off the
press flat, and we folded them ourselves in the church hall on Wednesday night.

Forty-one people turned up. We worked in lines of six, with the quickest folders at the end checking page order. By half
past one in the morning every copy was done, and the delivery rounds went out on time.
`);
const pH3 = 'What we are changing';
const pList = [
  'We will keep two months of newsprint in storage from January, which the printer has agreed to hold for us.',
  'The contingency fund goes back up to 1,500 pounds, with a vote at the winter meeting.',
  'We are writing down the folding plan, so that next time nobody has to invent it at eleven at night.',
];
const pP4 = paras(`
Thank you to everyone who folded, drove or made tea. The Courier belongs to you, and that night it really showed.
`);
const pBody = [pDek, ...pP1, ...pP2, ...pP3, ...pList, ...pP4];
const pNav = ['Home', 'Archive', 'About'];
const pEmbed = ['Subscribe to Dunlow Courier Notes', 'Get new posts by email. Members get the budget papers too.', 'Subscribe'];
const pCollect = ['Collect this post', 'Collect this post to permanently own it.', '14 collectors'];
const pComments = [
  { who: 'maeve.eth', when: '2d', text: 'I was on the end of line three. My fingers still smell of ink. Worth it.' },
  { who: 'Tomás Reilly', when: '1d', text: 'Good call on the storage. Could the fund be shown in the next members’ update?' },
];
const pMore = ['Our first year as a co-operative, in numbers', 'How we pick the front page', 'Why the Courier has no paywall'];
const pFoot = ['Powered by Paragraph', 'Terms', 'Privacy', 'Report'];
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pTitle}</title><meta name="description" content="${pDek}">
<meta property="og:title" content="${pTitle}"><meta property="og:site_name" content="Dunlow Courier Notes">
<meta property="og:image" content="https://storage.googleapis.com/papyrus_images/7e1c0a.jpg">
<meta property="article:published_time" content="2025-11-05T09:12:00.000Z"><link rel="canonical" href="https://paragraph.com/@dunlow/newsprint">
<link rel="alternate" type="application/rss+xml" href="https://api.paragraph.com/blogs/rss/@dunlow">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${pTitle}",
"author":{"@type":"Person","name":"Aoife Brennan"},"datePublished":"2025-11-05T09:12:00.000Z",
"publisher":{"@type":"Organization","name":"Dunlow Courier Notes"}}</script>
<script src="/_next/static/chunks/webpack-1d2f.js" defer></script><script src="/_next/static/chunks/app/%5Bblog%5D/%5Bpost%5D/page-44ab.js" defer></script>
</head>
<body class="__className_d65c78"><div class="flex min-h-screen flex-col">
<header class="sticky top-0 z-20 border-b bg-white/90 backdrop-blur"><div class="mx-auto flex max-w-4xl items-center justify-between px-4 py-3">
<a href="/@dunlow" class="flex items-center gap-2"><img alt="" class="h-8 w-8 rounded-full" src="/logo.png">
<span class="font-semibold">Dunlow Courier Notes</span></a>
<nav class="hidden gap-6 md:flex"><ul class="flex gap-6">${pNav.map((n) => `<li><a href="/@dunlow/${n.toLowerCase()}">${n}</a></li>`).join('')}</ul></nav>
<div class="flex gap-2"><button class="rounded-full bg-primary px-4 py-1.5 text-white">Subscribe</button><a href="/login" class="px-3">Sign in</a></div>
</div></header>
<main class="mx-auto w-full max-w-2xl px-4"><article id="paragraph-post">
<img alt="" class="mb-8 aspect-[2/1] w-full rounded-lg object-cover" src="https://storage.googleapis.com/papyrus_images/7e1c0a.jpg">
<h1 class="text-4xl font-bold" data-testid="post-title">${pTitle}</h1>
<h2 class="mt-2 text-xl text-gray-500" data-testid="post-subtitle">${pDek}</h2>
<div class="my-6 flex items-center justify-between border-y py-3"><div class="flex items-center gap-3">
<img alt="" class="h-10 w-10 rounded-full" src="/aoife.png"><div><a class="font-medium" href="/@aoife">Aoife Brennan</a>
<div class="text-sm text-gray-500"><time datetime="2025-11-05T09:12:00.000Z">Nov 5, 2025</time> · <span>4 min read</span></div></div></div>
<div class="flex gap-2"><button aria-label="Share">Share</button><button>${pCollect[0]}</button></div></div>
<div id="post-content" class="ProseMirror prose prose-lg">
${ps(pP1)}
<h2>${pH1}</h2>
${ps(pP2)}
<div class="subscribe-embed not-prose my-8 rounded-lg border p-6 text-center" data-type="subscribeButton">
<p class="font-semibold">${pEmbed[0]}</p><p class="text-sm">${pEmbed[1]}</p>
<button class="rounded-full bg-primary px-5 py-2 text-white">${pEmbed[2]}</button></div>
<h2>${pH2}</h2>
${ps(pP3)}
<h2>${pH3}</h2>
<ul>${lis(pList)}</ul>
${ps(pP4)}
</div>
<section class="mt-10 rounded-xl border p-6"><h3 class="font-semibold">${pCollect[0]}</h3><p>${pCollect[1]}</p>
<span class="text-sm">${pCollect[2]}</span><button>Collect</button></section>
<section class="mt-6 rounded-xl bg-gray-50 p-6"><p class="font-semibold">Subscribe to Dunlow Courier Notes and never miss a post.</p>
<form><label for="email">Email address</label><input id="email" type="email"><button type="submit">Subscribe</button></form></section>
<section id="comments" class="mt-10"><h3>Comments (2)</h3>
<form><textarea placeholder="Add a comment"></textarea><label>Add a comment</label><button>Post</button></form>
${pComments
  .map(
    (c) => `<div class="comment flex gap-3 py-4"><img alt="" class="h-8 w-8 rounded-full" src="/c.png"><div>
<div class="text-sm"><a class="font-medium">${c.who}</a> · <span>${c.when}</span></div><p>${c.text}</p><button>Reply</button></div></div>`,
  )
  .join('\n')}
</section></article>
<section class="my-12 border-t pt-8"><h3 class="font-semibold">More from Dunlow Courier Notes</h3>
<ul>${pMore.map((m) => `<li><a href="/@dunlow/${m.length}"><h4>${m}</h4></a></li>`).join('')}</ul></section></main>
<footer class="border-t py-8 text-center text-sm text-gray-500">${anchors(pFoot)}</footer>
</div></body></html>`;

export const PARAGRAPH_POST: TestPage = {
  name: 'heldout167-paragraph-xyz-blog',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [pH1, pH2, pH3],
  body: texts(pBody),
  bylines: ['Aoife Brennan', 'Nov 5, 2025', '4 min read', ...pComments.flatMap((c) => [c.who, c.when])],
  furniture: [
    'Dunlow Courier Notes',
    ...pNav,
    'Subscribe',
    'Sign in',
    'Share',
    ...pCollect,
    'Collect',
    ...pEmbed.slice(0, 2),
    'Subscribe to Dunlow Courier Notes and never miss a post.',
    'Email address',
    'Comments (2)',
    'Add a comment',
    'Post',
    ...pComments.map((c) => c.text),
    'Reply',
    'More from Dunlow Courier Notes',
    ...pMore,
    ...pFoot,
  ],
};
