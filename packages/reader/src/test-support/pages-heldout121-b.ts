import { ps, type TestPage, texts } from './page-kit.js';
import { bearPost } from './pages-heldout121-b2.js';

/**
 * Held-out batch 121, file b: a personal blog built with Eleventy from the eleventy-base-blog starter and grown by hand (the
 * visually hidden skip link and navigation heading, the home link and nav, the post metadata list with date and tags, footnote
 * references and the markdown-it footnotes section with back-reference arrows, a "Reply by email" line, the webmentions
 * section with like and repost counts and two replies, the previous/next links and a footer with a webring) and, from file b2,
 * a Bear Blog post.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const elTitle = 'What a year of mending my own clothes taught me';
const elP1 = paras(`
A year ago this week I tore the knee out of my favourite trousers on a bramble and, instead of throwing them out, I sat down with a
borrowed needle and a reel of thread from the kitchen drawer. The patch was lumpy and the thread was the wrong colour. I wore them
the next day anyway, and I have been mending things ever since.

This is not a guide. There are good guides already, and I have listed the ones I use at the bottom. It is more of a stocktake of
what changed, written mostly for me.
`);
const elH1 = 'Starting small';
const elP2 = paras(`
The first month was socks. Everyone says to start with socks, and everyone is right: they wear out constantly, nobody sees the
result, and darning is the same simple over-and-under weave every time. By the end of February I had a drawer with no holes in it
for the first time in my adult life.<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>

Then I moved on to buttons, hems and a split seam in a coat. None of these took more than half an hour, and all of them were things
I would previously have taken to the dry cleaner on Harbour Street, or more honestly, put in a bag and forgotten about.
`);
const elH2 = 'The tools that earned their place';
const elP3 = paras(`
I bought far too much at the start. Most of it is in a tin I rarely open. The things I use every week fit in a pencil case:
`);
const elList = [
  'A wooden darning mushroom, which turns out to be much better than the light bulb I used at first.',
  'Sashiko thread in three colours, because visible mending is more forgiving than invisible mending.',
  'Small sharp scissors that live only in the pencil case and never go near paper.',
  'A thimble, which I resisted for months and now cannot work without.',
];
const elH3 = 'What I still can’t do';
const elP4 = paras(`
Knitwear defeats me. I can darn a hole in a sock, but a hole in a jumper with a cable pattern is a different thing altogether, and my
two attempts both made the hole bigger. I have booked a Saturday class at the library for March.

I also cannot fix zips. I have watched the videos and I understand them in principle. In practice the slider comes off in my hand
and does not go back on.<sup class="footnote-ref"><a href="#fn2" id="fnref2">[2]</a></sup>
`);
const elH4 = 'Why it stuck';
const elP5 = paras(`
I thought I would keep it up because it saves money, and it does, a little. The real reason is that it is one of the few things I do
in the evening that has an end. A hole is there, and then it is not. After a day of work that never quite finishes, that matters
more than I expected.

It has also changed how I shop. I now look at seams and buttons before I look at the price, and I have bought exactly four new pieces
of clothing this year.
`);
const elNotes = [
  'Not counting the pair the dog got to, which were beyond help.',
  'My neighbour Bettina fixed it in four minutes while telling me about her allotment.',
];
const elNav = ['Home', 'Writing', 'Notes', 'About', 'Feed'];
const elTags = ['mending', 'slow living', 'year in review'];
const elReplies = [
  { n: 'Joss Akande', d: '12 Jan 2025', t: 'The thimble thing is so true. I fought it for a year as well.' },
  { n: 'Marguerite Olsen', d: '13 Jan 2025', t: 'Lovely post. Cable knits are hard! Try duplicate stitch over the hole before you try to reknit it.' },
];
const elPrev = 'Twelve books from a quiet autumn';
const elNext = 'On keeping a bread journal';
const elHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${elTitle}</title><meta name="description" content="A stocktake of a year of darning, patching and sewing on buttons.">
<link rel="alternate" href="/feed/feed.xml" type="application/atom+xml" title="Rosalind Achterberg">
<meta name="generator" content="Eleventy v3.0.0"><link rel="webmention" href="https://webmention.io/rosachterberg.example/webmention">
<link rel="me" href="https://social.example/@rosa"><style>.visually-hidden:not(:focus):not(:active){clip:rect(0 0 0 0);clip-path:inset(50%);height:1px;
overflow:hidden;position:absolute;white-space:nowrap;width:1px}</style><link rel="stylesheet" href="/css/index.css">
<script type="module" src="/js/is-land.js"></script></head>
<body><a href="#skip" class="visually-hidden">Skip to main content</a>
<header><a href="/" class="home-link">Rosalind Achterberg</a><nav><h2 class="visually-hidden" id="top-level-navigation-menu">Top level navigation menu</h2>
<ul class="nav">${elNav
  .map(
    (t) => `<li class="nav-item"><a
href="/${t === 'Home' ? '' : `${t.toLowerCase()}/`}"${t === 'Writing' ? ' aria-current="page"' : ''}>${t}</a></li>`,
  )
  .join('\n')}
</ul></nav></header>
<main id="skip"><heading-anchors><article class="h-entry"><h1 id="${elTitle.toLowerCase().replace(/[^a-z]+/g, '-')}" class="p-name">${elTitle}</h1>
<ul class="post-metadata"><li><time class="dt-published" datetime="2025-01-11">11 January 2025</time></li>
${elTags
  .map(
    (t, i) => `<li><a href="/tags/${t.replace(/ /g, '-')}/"
class="post-tag p-category">${t}</a>${i < elTags.length - 1 ? ', ' : ''}</li>`,
  )
  .join('\n')}</ul>
<div class="e-content">
${ps(elP1)}
<h2 id="starting-small">${elH1}</h2>
${ps(elP2)}
<h2 id="the-tools-that-earned-their-place">${elH2}</h2>
${ps(elP3)}
<ul>${elList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="what-i-still-cant-do">${elH3}</h2>
${ps(elP4)}
<h2 id="why-it-stuck">${elH4}</h2>
${ps(elP5)}
<hr class="footnotes-sep">
<section class="footnotes"><ol class="footnotes-list">
${elNotes.map((t, i) => `<li id="fn${i + 1}" class="footnote-item"><p>${t} <a href="#fnref${i + 1}" class="footnote-backref">↩︎</a></p></li>`).join('\n')}
</ol></section></div>
<p class="reply-by-email"><a href="mailto:rosa@rosachterberg.example?subject=Re:%20${encodeURIComponent(elTitle)}">Reply by email</a></p>
</article></heading-anchors>
<is-land on:visible><section class="webmentions" id="webmentions"><h2>Webmentions</h2>
<p class="webmentions__counts"><span class="webmentions__count">14 likes</span> · <span class="webmentions__count">3 reposts</span></p>
<ul class="webmentions__faces">${['Joss', 'Ade', 'Mira', 'Theo', 'Wren']
  .map(
    (n) => `<li><img src="/img/wm/${n}.jpg" alt="${n}" width="32"
height="32"></li>`,
  )
  .join('')}
</ul><ol class="webmentions__list">
${elReplies
  .map(
    (r) => `<li class="webmention h-cite"><div class="webmention__meta"><img class="webmention__avatar" src="/img/wm/${r.n.split(' ')[0]}.jpg" alt=""
width="48" height="48"><a class="webmention__author p-author h-card" href="https://social.example/@${r.n.split(' ')[0]?.toLowerCase()}">${r.n}</a>
<time class="webmention__date dt-published" datetime="2025-01-12">${r.d}</time></div><div class="webmention__content p-content"><p>${r.t}</p></div></li>`,
  )
  .join('\n')}
</ol><p class="webmentions__info">Mentions are collected with <a href="https://webmention.io/">webmention.io</a>. Have you written a response?
Send me a webmention.</p></section></is-land>
<ul class="links-nextprev"><li class="links-nextprev-prev">← Previous<br> <a href="/writing/autumn-books/">${elPrev}</a></li>
<li class="links-nextprev-next">Next →<br><a href="/writing/bread-journal/">${elNext}</a></li></ul></main>
<footer><p>This site is part of the <a href="https://slowcraft-ring.example/">Slow Craft webring</a>:
<a href="https://slowcraft-ring.example/prev?from=rosachterberg">previous</a> · <a href="https://slowcraft-ring.example/random">random</a> ·
<a href="https://slowcraft-ring.example/next?from=rosachterberg">next</a></p>
<p><em>Built with <a href="https://www.11ty.dev/">Eleventy v3.0.0</a></em></p></footer>
<script type="module" src="/js/webmentions.js"></script>
</body></html>`;
const eleventyPost: TestPage = {
  html: elHtml,
  name: 'heldout121-eleventy-personal-blog',
  kind: 'blog',
  // the footnotes are the author's text: body, without their "↩︎" back-references (furniture); the footnote reference
  // marks are part of their paragraphs; the webmentions (counts, names, dates and replies) are reader comments: furniture
  title: elTitle,
  headings: [elH1, elH2, elH3, elH4],
  body: texts([...elP1, ...elP2, ...elP3, ...elList, ...elP4, ...elP5, ...elNotes]),
  bylines: ['11 January 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Rosalind Achterberg', 'Top level navigation menu', ...elNav, ...elTags, '↩︎', 'Reply by email', 'Webmentions', '14 likes',
    '3 reposts', ...elReplies.flatMap((r) => [r.n, r.d, r.t]), 'Mentions are collected with webmention.io. Have you written a response?',
    'Send me a webmention.', '← Previous', elPrev, 'Next →', elNext, 'This site is part of the Slow Craft webring:', 'previous', 'random', 'next',
    'Built with Eleventy v3.0.0',
  ],
};

export const HELDOUT121_B: readonly TestPage[] = [eleventyPost, bearPost];
