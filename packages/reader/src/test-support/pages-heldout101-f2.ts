import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 101, file f2: a long post on a Write.as blog (the blog header with its title as h1 and the "Subscribe" link,
 * the post title as h2, the published date, Markdown h3 section headings, a blockquote, the hashtag line at the end of the
 * post, the "Subscribe to updates" email form, the post navigation and the "published with write.as" footer).
 */
const waTitle = 'Notes from a year of walking to work';
const waP1 = [
  'Last November the bus route I had taken for six years was cut, and the replacement added twenty minutes each way. On a whim I tried ' +
    'walking instead. It is 3.4 miles from my front door to the office, along the canal for most of it. I have done it roughly four ' +
    'days a week ever since.',
  'I did not set out to write about it. But I kept noticing things, and eventually the notes on my phone were long enough to be worth ' + 'tidying up.',
];
const waH1 = 'The first month';
const waP2 = [
  'The first month was mostly about blisters and timing. I learned that my good shoes were not good walking shoes, that the towpath ' +
    'floods below the second lock after heavy rain, and that leaving at 7:40 instead of 7:50 means I pass the heron before the cyclists ' +
    'scare it off.',
  'I also learned that walking an hour each way does not feel like losing two hours. It feels like gaining them. The bus was dead time. ' +
    'The walk is the only part of the day when nobody can reach me and I do not feel guilty about it.',
];
const waH2 = 'What changed';
const waP3 = [
  'I sleep better. I have stopped buying a coffee on the way in, mainly because there is nowhere to buy one on the canal. I know the ' +
    'names of three of the narrowboat owners, and one of them waves. I read less, because I cannot read while walking, but I listen to ' +
    'more, and some days I listen to nothing at all.',
  'The thing I did not expect was how much the walk changed the way I think about the city. On the bus you see the city as a set of ' +
    'stops. On foot you see the in-between: the back of the brewery, the allotments wedged behind the railway, the bridge where somebody ' +
    'has painted a new mural every spring.',
];
const waQuote = 'Walking is the great adventure, the first meditation, a practice of heartiness and soul primary to humankind.';
const waP4 = [
  'Somebody sent me that line in March and I wrote it on a card that now lives by the front door. It is a bit grand for a canal towpath ' +
    'in the rain, but on good mornings it does not feel wrong.',
];
const waH3 = 'Would I recommend it?';
const waP5 = [
  'Only if you can. I am lucky: the route is safe, mostly flat, and my office has a shower. Plenty of people have none of those things. ' +
    'But if you can walk even part of the way, try it for a month. The first week is the hardest. After that, the walk starts to feel ' +
    'like the point of the day rather than the price of it.',
];
const waTags = '#walking #commuting #canals';
const waSub = ['Subscribe to updates', 'Enter your email to subscribe to updates.', 'Subscribe'];
const waHtml = `<!DOCTYPE HTML>
<html><head><meta charset="utf-8"><title>Notes from a year of walking to work — Towpath Notes</title>
<link rel="stylesheet" type="text/css" href="https://write.as/css/write.css"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="Write.as"><meta name="description" content="${waP1[0]?.slice(0, 140)}">
<meta itemprop="name" content="${waTitle}"><meta property="og:title" content="${waTitle}"><meta property="og:site_name" content="Towpath Notes">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-11-12T07:12:33Z">
<link rel="canonical" href="https://towpathnotes.writeas.example/notes-from-a-year-of-walking-to-work">
<link rel="alternate" type="application/rss+xml" title="Towpath Notes" href="https://towpathnotes.writeas.example/feed/"></head>
<body id="post"><div id="overlay"></div>
<header><h1 dir="auto" id="blog-title"><a rel="author" href="/" class="h-card p-author">Towpath Notes</a></h1>
<nav><a class="subscribe-link" href="#subscribe">Subscribe</a></nav></header>
<article id="post-body" class="norm h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<h2 id="title" class="p-name" itemprop="name headline">${waTitle}</h2>
<time class="dt-published" datetime="2025-11-12T07:12:33Z" pubdate itemprop="datePublished" content="2025-11-12 07:12:33 +0000 UTC">November 12, 2025</time>
<div class="e-content" itemprop="articleBody" dir="auto">
${waP1.map((p) => `<p>${p}</p>`).join('\n')}
<h3 id="the-first-month">${waH1}</h3>
${waP2.map((p) => `<p>${p}</p>`).join('\n')}
<h3 id="what-changed">${waH2}</h3>
${waP3.map((p) => `<p>${p}</p>`).join('\n')}
<blockquote><p>${waQuote}</p></blockquote>
${waP4.map((p) => `<p>${p}</p>`).join('\n')}
<h3 id="would-i-recommend-it">${waH3}</h3>
${waP5.map((p) => `<p>${p}</p>`).join('\n')}
<p>${waTags
  .split(' ')
  .map(
    (t) => `<a href="https://towpathnotes.writeas.example/tag:${t.slice(1)}" class="hashtag"><span>#</span><span class="p-category">${t.slice(1)}</span></a>`,
  )
  .join(' ')}</p>
</div></article>
<div id="subscribe" class="subscribe-box"><h4>${waSub[0]}</h4><form method="post" action="/api/collections/towpathnotes/email/subscribe">
<p>${waSub[1]}</p><input type="email" name="email" placeholder="me@example.com"><input type="submit" id="subscribe-btn" value="Subscribe">
<span class="sr-only">${waSub[2]}</span></form></div>
<nav id="post-nav"><a class="prev" href="/the-heron-at-lock-two">« The heron at lock two</a>
<a class="next" href="/a-short-guide-to-canal-etiquette">A short guide to canal etiquette »</a></nav>
<footer dir="ltr"><hr><nav><a class="home pubd" href="/">Towpath Notes</a> · published with <a class="home pubd"
href="https://write.as/">write.as</a></nav></footer>
<script src="https://write.as/js/localdate.js"></script>
<script type="text/javascript">var pinned = document.querySelectorAll('.pinned'); localizeTime();</script></body></html>`;
export const writeasPage: TestPage = {
  html: waHtml,
  name: 'heldout101-writeas-long-blog',
  kind: 'blog',
  // the blog name is the h1 and the post title an h2; the blockquote is body; the hashtag line at the end of the post is
  // furniture (tags)
  title: waTitle,
  headings: [waH1, waH2, waH3],
  body: texts([...waP1, ...waP2, ...waP3, waQuote, ...waP4, ...waP5]),
  bylines: ['November 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Towpath Notes', 'Subscribe', waTags, waSub[0] ?? '', waSub[1] ?? '', '« The heron at lock two', 'A short guide to canal etiquette »', 'published with',
    'write.as',
  ],
};
