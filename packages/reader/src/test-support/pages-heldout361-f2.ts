import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout361-kit.js';

/**
 * Held-out batch 361, file f2: a personal blog post on moving abroad on Ghost with the Casper theme (gh-head with
 * members links, primary tag, custom excerpt, byline with reading time, feature image with caption, gh-content with
 * image and callout cards and a blockquote, member discussion block, footer call to action, read-more cards, footer
 * with "Powered by Ghost", portal script). The custom excerpt under the title is body; image card captions are furniture.
 */
const bTitle = 'One year in Lousavel: what nobody told me about moving abroad';
const bExcerpt = 'Twelve months, one residence card and far too many forms later, here is what I wish I had known before I packed the first box.';
const bH = ['The paperwork never really ends', 'Language is a daily tax', 'Loneliness arrives late', 'Would I do it again?'];
const bP: string[][] = [
  [
    j(
      'I expected the visa to be the hard part. It was not. The visa took four months and one nervous interview; the year that',
      'followed brought a tax number, a health card, a bank that needed a utility bill, a utility company that needed a bank account,',
      'and a driving licence exchange that is still, as I write this, “in progress”.',
    ),
    j(
      'My advice is boring but true: keep a folder, paper and digital, with every document you have ever been given, and make three',
      'copies of everything. Someone will ask for the one you left at home.',
    ),
  ],
  [
    j(
      'I arrived with a year of evening classes and the confidence of someone who could order coffee. Within a week I discovered',
      'that ordering coffee is the only conversation that follows the textbook.',
    ),
    j(
      'Every phone call, every appointment and every chat with a neighbour costs a little energy. It gets cheaper, slowly. Around',
      'month eight I noticed I had argued with a plumber and won, and I celebrated as if I had passed an exam.',
    ),
  ],
  [
    j(
      'The first three months were so busy that I did not have time to miss anyone. The loneliness came in the winter, when the',
      'novelty wore off and the days got short. What helped was a routine that had other people in it: a Tuesday running club, a',
      'language exchange on Thursdays and a standing video call with my sister on Sundays.',
    ),
  ],
  [
    j(
      'Yes, without hesitating, though I would do it more slowly. I would arrive with more savings, fewer belongings and lower',
      'expectations of the first six months.',
    ),
    j(
      'If you are thinking about it, start the language now, talk to people who have made the same move, and give yourself a full',
      'year before you decide whether it has worked.',
    ),
  ],
];
const bQuote = 'Moving abroad does not change who you are. It changes how much effort it takes to be that person, at least for a while.';
const bNav = ['Home', 'About', 'Moving guides', 'Archive'];
const bMore: [string, string][] = [
  ['Packing for a move abroad: what I shipped and what I sold', 'Jan 30, 2026'],
  ['Opening a bank account as a new arrival', 'Dec 12, 2025'],
  ['The residence card interview, minute by minute', 'Nov 3, 2025'],
];
const bHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${bTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=2f1c8a"><link rel="canonical" href="https://tessabroad.example/one-year-in-lousavel/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Tess Abroad"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-22T08:00:00.000Z"><meta property="article:tag" content="Moving abroad"><meta name="twitter:label1"
content="Written by">
<meta name="twitter:data1" content="Tess
Amundsen"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization",
"name":"Tess Abroad"},"author":{"@type":"Person","name":"Tess Amundsen"},"headline":"${bTitle}","datePublished":"2026-02-22T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost
5.109"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.50/umd/portal.min.js" data-i18n="true" data-ghost="https://tessabroad.example/"
data-key="8a2e5f" data-api="https://tessabroad.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{text-align:center}</style></head>
<body class="post-template tag-moving-abroad has-sans-title has-sans-body"><div class="viewport"><header id="gh-head" class="gh-head outer is-head-left-logo">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://tessabroad.example">Tess Abroad</a><button
class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(bNav)}</ul></nav><div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link"
href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-moving-abroad image-small"><header class="article-header
gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/moving-abroad/">Expat life</a></span></div>
<h1 class="article-title">${bTitle}</h1><p class="article-excerpt">${bExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a
href="/author/tess/"
class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/05/tess.jpg" alt="Tess Amundsen"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/tess/">Tess Amundsen</a></h4><div class="byline-meta-content"><time
class="byline-meta-date"
datetime="2026-02-22">Feb 22, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/02/harbour.jpg 600w" src="/content/images/size/w2000/2026/02/harbour.jpg"
alt="The harbour in Lousavel at dusk"><figcaption>The view from my street, on the one evening it did not rain in January.</figcaption></figure></header>
<section class="gh-content gh-canvas">
<h2 id="the-paperwork-never-really-ends">${bH[0]}</h2>
${ps(bP[0] ?? [])}
<div class="kg-card kg-callout-card
kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">I wrote a separate post on opening a
bank account as a new arrival, with the exact documents each bank asked for.</div></div>
<h2 id="language-is-a-daily-tax">${bH[1]}</h2>
${ps(bP[1] ?? [])}
<figure class="kg-card kg-image-card kg-width-wide kg-card-hascaption"><img src="/content/images/2026/02/classes.jpg" class="kg-image" alt="" loading="lazy"
width="2000"
height="1333"><figcaption><span style="white-space: pre-wrap;">My evening class notebook, month three.</span></figcaption></figure>
<h2 id="loneliness-arrives-late">${bH[2]}</h2>
${ps(bP[2] ?? [])}
<blockquote>${bQuote}</blockquote>
<h2 id="would-i-do-it-again">${bH[3]}</h2>
${ps(bP[3] ?? [])}
</section>
<section class="article-comments gh-canvas"><div class="gh-comments-title">Member discussion</div><div data-ghost-comments="https://tessabroad.example/"><p>14
comments</p>
</div></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${bMore
  .map(
    ([t, d]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.length}/"><img class="post-card-image"
src="/content/images/${t.length}.jpg"
alt="" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header"><h2
class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date">${d}</time></footer></div></article>`,
  )
  .join('\n')}</div></aside>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://tessabroad.example">Tess Abroad</a> © 2026</section><nav
class="site-footer-nav"><ul class="nav">${links(['Data & privacy', 'Contact', 'Contribute'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></div>
<script src="/assets/built/casper.js?v=2f1c8a"></script></body></html>`;
export const ghost: TestPage = {
  name: 'heldout361-ghost-casper-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([bExcerpt, ...(bP[0] ?? []), ...(bP[1] ?? []), ...(bP[2] ?? []), bQuote, ...(bP[3] ?? [])]),
  bylines: ['Tess Amundsen', 'Feb 22, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tess Abroad', ...bNav, 'Sign in', 'Subscribe', 'Expat life', 'The view from my street, on the one evening it did not rain in January.',
    'I wrote a separate post on opening a bank account as a new arrival, with the exact documents each bank asked for.',
    'My evening class notebook, month three.', 'Member discussion', '14 comments', 'Sign up for more like this.', 'Enter your email', ...bMore.flat(),
    '© 2026', 'Data & privacy', 'Contact', 'Contribute', 'Powered by Ghost',
  ],
};
