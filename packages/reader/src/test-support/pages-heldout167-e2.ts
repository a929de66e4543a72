import { ps, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout167-kit.js';

/**
 * Held-out batch 167, file e2: a WriteFreely post on a small multi-user instance (the blog-title h1 with the post title as
 * h2#title, the pubdate, the e-content with markdown headings, the hashtag line rendered as links at the end of the
 * content, the email subscription box, the "Older / Newer" links, and the footer with the instance links and "powered
 * by writefreely"; the logged-out instance nav with "Log in" and "Sign up").
 */
const fTitle = 'Digging in green manure on heavy clay';
const fP1 = paras(`
Two years ago I took on plot 14 at the Brackley Road allotments. It is solid yellow clay, the kind that sticks to your boots
in winter and sets like brick in August. Everyone told me to add sand. I tried green manure instead, and this is how the
first two seasons went.
`);
const fH1 = 'What I sowed';
const fP2 = paras(`
In the first September I sowed field beans on the half of the plot that had been cleared, and grazing rye on the rest. Beans
because their roots go deep and they fix nitrogen; rye because it grows in almost any weather and makes a dense mat of fine
roots near the surface.

Both came up within a fortnight. The rye was a thick green carpet by November. The beans were slower but stood through
two hard frosts without much damage.
`);
const fH2 = 'Digging it in';
const fP3 = paras(`
The mistake in the first year was waiting too long. By late April the rye was knee high and tough, and digging it in was
exhausting. It also took weeks to rot down, and the potatoes I planted into it struggled.

The second year I cut everything down in mid-March, left it on the surface for a week to wilt, then turned it in with a
fork, one spit deep. It vanished within a month, and the soil underneath was darker and crumbled in my hand instead of
smearing.
`);
const fH3 = 'Was it worth it?';
const fP4 = paras(`
I think so. The clay is still clay, and it will be for years, but the top few inches are now workable by early May, which
they were not before. The beans in particular seem to have opened it up; you can see the old root channels when you dig.

This autumn I am sowing beans across the whole plot and leaving one bed of rye as a comparison.
`);
const fBody = [...fP1, ...fP2, ...fP3, ...fP4];
const fTags = ['allotment', 'soil', 'greenmanure'];
const fHtml = `<!DOCTYPE HTML>
<html><head><meta charset="utf-8"><title>${fTitle} — Plot 14</title>
<link rel="stylesheet" type="text/css" href="/css/write.css?v=0.16.0"><link rel="shortcut icon" href="/favicon.ico">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical"
href="https://words.example.social/plot14/digging-in-green-manure-on-heavy-clay">
<link rel="alternate" type="application/rss+xml" title="Plot 14" href="https://words.example.social/plot14/feed/">
<meta name="generator" content="WriteFreely"><meta name="title" content="${fTitle} — Plot 14">
<meta name="description" content="Two years ago I took on plot 14 at the Brackley Road allotments.">
<meta name="author" content="plot14"><meta itemprop="name" content="${fTitle} — Plot 14"><meta property="og:title" content="${fTitle}">
<meta property="og:site_name" content="Plot 14"><meta property="og:type" content="article"><meta property="article:published_time"
content="2025-11-10T08:02:11Z">
<meta name="fediverse:creator" content="@plot14@words.example.social"><link rel="alternate" type="application/activity+json"
href="https://words.example.social/api/posts/k3x9">
</head>
<body id="post">
<div id="overlay"></div>
<header><h1 dir="auto" id="blog-title"><a rel="author" href="/plot14/" class="h-card p-author">Plot 14</a></h1>
<nav><a href="/login?to=%2Fplot14%2Fdigging-in-green-manure-on-heavy-clay">Log in</a> <a href="/signup">Sign up</a></nav></header>
<article id="post-body" class="norm h-entry "><h2 id="title" class="p-name dated">${fTitle}</h2>
<time class="dt-published" datetime="2025-11-10T08:02:11Z" pubdate itemprop="datePublished" content="2025-11-10 08:02:11 +0000 UTC">November 10, 2025</time>
<div class="e-content">${ps(fP1)}
<h2 id="what-i-sowed">${fH1}</h2>
${ps(fP2)}
<h2 id="digging-it-in">${fH2}</h2>
${ps(fP3)}
<h2 id="was-it-worth-it">${fH3}</h2>
${ps(fP4)}
<p>${fTags.map((t) => `<a href="/plot14/tag:${t}" class="hashtag"><span>#</span><span class="p-category">${t}</span></a>`).join(' ')}</p></div></article>
<div id="emailsub"><p>Subscribe to updates from Plot 14 by email.</p><form method="post" action="/api/collections/plot14/email/subscribe">
<input type="hidden" name="slug" value="digging-in-green-manure-on-heavy-clay"><input type="email" name="email" placeholder="me@example.com">
<input type="submit" id="subscribe-btn" value="Subscribe"></form></div>
<nav id="post-nav"><a class="prev" href="/plot14/the-shed-roof-again" rel="prev">⇠ The shed roof, again</a></nav>
<footer dir="ltr"><hr><nav><a class="home pubdate" href="/plot14/">Plot 14</a> ·
<a href="https://words.example.social/">words.example.social</a> · <a href="/about">about</a> · <a href="/privacy">privacy</a>
<p style="font-size: 0.9em">powered by <a href="https://writefreely.org">writefreely</a></p></nav></footer>
<script src="/js/localdate.js"></script><script type="text/javascript">var pinned=false;</script>
</body></html>`;

export const WRITEFREELY_POST: TestPage = {
  name: 'heldout167-writefreely-blog',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [fH1, fH2, fH3],
  body: texts(fBody),
  bylines: ['November 10, 2025'],
  furniture: [
    'Plot 14',
    'Log in',
    'Sign up',
    '#allotment',
    '#soil',
    '#greenmanure',
    'Subscribe to updates from Plot 14 by email.',
    '⇠ The shed roof, again',
    'words.example.social',
    'about',
    'privacy',
    'powered by writefreely',
  ],
};
