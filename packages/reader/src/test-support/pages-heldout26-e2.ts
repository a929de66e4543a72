import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 26, file e2: a post on a Write.as blog (WriteFreely templates: the blog's custom CSS, the header with the
 * blog title marked up as the h-card author and the pinned pages, the h2 title with the date, hashtags inside the content,
 * the blog's post signature, the email subscription form with its hidden honeypot, the Remark.as "Discuss..." link, the
 * "published with write.as" footer and the local-date scripts).
 */
const waTitle = 'What the night bus taught me about my city';
const waBody = [
  'For two years I worked the late shift at a bakery on the other side of the river, which meant the N47 home at twenty past two, ' +
    'four nights a week. I started out reading on it. By the third month I had stopped, because the bus itself was more interesting ' +
    'than anything on my phone.',
  'The night bus is a different city. The same streets I walked in daylight, full of office workers and prams, became a chain of ' +
    'lit doorways: a 24-hour launderette, a taxi office with a single man behind the glass, a hospital entrance where the same two ' +
    'porters smoked every night at half past two.',
  'The passengers were different, too. Cleaners going in, nurses going home, a man in a dinner suit who slept with his head against ' +
    'the window every Thursday and woke, without fail, one stop before his own. Nobody talked much, but people noticed each other. ' +
    'When the dinner-suit man missed a week, the driver asked me if I knew where he’d gone.',
  'I learned the city’s rhythm from that bus. Friday was loud until the pubs closed and then strangely quiet. Sunday night was the ' +
    'emptiest, and also the kindest: the driver would wait for someone running from the cash machine, which on a weekday he never did.',
  'Most of all, I learned how much of the city runs while the rest of it sleeps. The bread I baked, the floors that were clean at ' +
    'nine, the shelves that were full when the shops opened: all of it was made by people who went home on the N47.',
  'I work days now. Sometimes, when I can’t sleep, I think about walking down to the stop at two, just to see who is on it.',
];
const waTags = ['essays', 'nightbus'];
const waSig = ['— Tamsin', 'Night Lines is about cities after dark. Follow along by email below, or from the fediverse at @nightlines@write.as.'];
const waHtml = `<!DOCTYPE HTML>
<html><head><meta charset="utf-8"><title>${waTitle} — Night Lines</title><link rel="stylesheet" type="text/css" href="/css/write.css?v1.2.58" />
<link rel="shortcut icon" href="/favicon.ico" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="https://write.as/nightlines/what-the-night-bus-taught-me"><link rel="alternate" type="application/rss+xml" title="Night Lines"
href="https://write.as/nightlines/feed/" /><meta name="generator" content="Write.as"><meta name="title" content="${waTitle} — Night Lines">
<meta name="description" content="For two years I worked the late shift at a bakery on the other side of the river…"><meta name="author" content="Night Lines">
<meta property="og:type" content="article" /><meta property="article:published_time" content="2025-03-01T23:40:11Z">
<link rel="webmention" href="https://write.as/api/webmention" /><style type="text/css">body#post article, p.author { font-family: Lora, Georgia, serif; }
#post-body { max-width: 36em; } .post-signature { color: #777; font-style: italic; }</style></head>
<body id="post"><div id="overlay"></div>
<header><h1 dir="auto" id="blog-title"><a rel="author" href="/nightlines/" class="h-card p-author">Night Lines</a></h1><nav>
<a class="pinned" href="/nightlines/about">About</a><a class="pinned" href="/nightlines/archive">Archive</a></nav></header>
<article id="post-body" class="norm h-entry " itemscope itemtype="http://schema.org/BlogPosting"><h2 id="title" class="p-name dated" dir="auto">${waTitle}</h2>
<time class="dt-published" datetime="2025-03-01T23:40:11Z" pubdate itemprop="datePublished" content="2025-03-01 23:40:11 +0000 UTC">Mar 1, 2025</time>
<div class="e-content">
${waBody.map((t) => `<p dir="auto">${t}</p>`).join('\n')}
<p dir="auto">${waTags.map((t) => `<a href="/nightlines/tag:${t}" class="hashtag"><span>#</span><span class="p-category">${t}</span></a>`).join(' ')}</p>
<div class="post-signature"><p dir="auto">${waSig[0]}</p><p dir="auto">${waSig[1]}</p></div>
</div></article>
<div id="subscribe-email" class="email-subscribe"><form method="post" action="/api/collections/nightlines/email/subscribe"><input type="hidden" name="slug"
value="what-the-night-bus-taught-me"/><input type="hidden" name="web" value="1"/><div style="display:none;"><label for="orig_email">Email</label><input
type="text"
name="orig_email" value="" placeholder="Email" autocomplete="off" tabindex="-1"/></div><p>Subscribe to get new posts by email.</p><input type="email"
name="email"
placeholder="me@example.com"/><input type="submit" id="subscribe-btn" value="Subscribe"/></form></div>
<p id="remark"><a href="https://remark.as/p/nightlines/what-the-night-bus-taught-me">Discuss...</a></p>
<footer dir="ltr"><hr><nav><p style="font-size: 0.9em">published with <a class="home pubd" href="/">write.as</a></p></nav></footer>
<script src="/js/h.js"></script><script src="/js/localdate.js"></script><script type="text/javascript">
try { WebFontConfig = { custom: { families: [ 'Lora:400,700:latin' ], urls: [ '/css/fonts.css' ] } }; } catch (e) { /* ¯\\_(ツ)_/¯ */ }</script></body></html>`;
export const writeAs: TestPage = {
  html: waHtml,
  name: 'heldout26-write-as-post',
  kind: 'blog',
  // the six paragraphs are body, there are no headings; the date is a byline, and so is the signature's "— Tamsin" (the
  // author signing the post), while the signature's second paragraph is the blog's standing pitch: furniture; the blog title
  // "Night Lines" is marked up as the h-card author, but it is the blog's name, not a person's: furniture; the hashtags in the
  // last paragraph are tag links: furniture; the pinned pages, the honeypot's "Email" label, the subscription line,
  // "Discuss..." and the footer are furniture; the pinned "About" is a word of the body: left out
  title: waTitle,
  headings: [],
  body: texts(waBody),
  bylines: ['Mar 1, 2025', waSig[0] ?? ''],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Night Lines', 'Archive', ...waTags.map((t) => `#${t}`), waSig[1] ?? '', 'Email', 'Subscribe to get new posts by email.', 'Discuss...',
    'published with write.as',
  ],
};
