import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout294-kit.js';

/**
 * Held-out batch 294, file a: an IndieWeb blog post marked up with h-entry / h-card microformats, with its webmention
 * likes, reposts and replies, and a hand-written Neocities page with a webring, a hit counter and a guestbook link.
 */
const iTitle = 'Three winters of running my own mail server';
const iIntro = paras(`
When I moved my domain off a hosted provider in the autumn of 2023, several friends told me I would give up within a month.
Three winters later the little machine under the stairs is still delivering mail, and I think it is time to write down what
that has actually cost me, in hours rather than in money.

This is not a guide. There are good guides already, and most of what I learned came from them. It is more of a diary of the
things the guides did not warn me about.
`);
const iH1 = 'The first winter: deliverability';
const iS1 = paras(`
The software was never the hard part. The hard part was convincing the large providers that a residential address in
Harwick Vale was allowed to send mail at all. For the first six weeks, anything I sent to two of the big free services went
straight into spam, no matter how carefully I set up the records.

What finally fixed it was boring: a relay through a small hosting company for outgoing mail only, and patience while the
reputation of the new address slowly built up.
`);
const iList = [
  'SPF, DKIM and DMARC records, checked twice and then checked again',
  'A reverse DNS entry that matches the name the server announces',
  'An outgoing relay, so that the home connection only ever receives',
  'A weekly look at the DMARC reports, which are dull but honest',
];
const iH2 = 'The second winter: the power cuts';
const iS2 = paras(`
Our street lost power four times between November and February. Incoming mail simply waited on the senders' side and arrived
when the machine came back, which surprised me more than it should have. The one real loss was a corrupted mailbox index that
took an evening to rebuild.

I bought a small battery unit after the second cut. It does not keep the server alive for long, but it gives it time to shut
down cleanly, and that was all it ever needed.
`);
const iQuote = 'Email is the last federated network most people use every day without noticing that it is federated.';
const iH3 = 'The third winter: was it worth it?';
const iS3 = paras(`
I counted the hours in my notes. The first year took about forty, the second around twelve, and this winter so far just
three, mostly spent reading logs out of curiosity rather than need. That is less than I spend each year fighting the filters
of services I do not control.

Would I recommend it? Only to someone who enjoys this kind of tinkering and already has a second address to fall back on.
For me, having my own mail at my own address, under my own stairs, has been one of the quieter pleasures of the last few years.
`);
const iNav = ['About me', 'Journal', 'Articles', 'Photos', 'Now', 'Blogroll'];
const iReplies = [
  'Nice write-up! The relay trick saved me too. Did you ever try sending directly again after the first year?',
  'Forty hours in the first year sounds about right. I am bookmarking this for the next time someone asks me.',
];
const iTags = ['smtp', 'self-hosting', 'homelab'];
const iHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${iTitle} · Ottilie Brask</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="webmention" href="https://webmention.example/brask.example/webmention"><link rel="pingback" href="https://webmention.example/brask.example/xmlrpc">
<link rel="authorization_endpoint" href="https://indieauth.example/auth"><link rel="token_endpoint" href="https://tokens.indieauth.example/token">
<link rel="micropub" href="https://brask.example/micropub"><link rel="me" href="https://social.example/@ottilie"><link rel="me" href="mailto:o@brask.example">
<link rel="alternate" type="application/rss+xml" title="Ottilie Brask" href="/feed.xml"><link rel="stylesheet" href="/css/main.css">
<meta property="og:title" content="${iTitle}"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${iTitle}","datePublished":"2026-02-21T18:40:00+00:00",
"author":{"@type":"Person","name":"Ottilie Brask","url":"https://brask.example/"}}</script></head>
<body><a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><div class="h-card site-card"><img class="u-photo" src="/img/ottilie.jpg" alt="" width="48" height="48">
<a class="p-name u-url u-uid site-title" href="https://brask.example/" rel="me">Ottilie Brask</a></div>
<nav class="site-nav" aria-label="Main"><ul>${links(iNav)}</ul></nav></header>
<main id="main"><article class="h-entry post">
<header class="post-header"><h1 class="p-name post-title">${iTitle}</h1>
<p class="post-meta">Posted by <span class="p-author h-card"><a class="u-url p-name" href="https://brask.example/">Ottilie Brask</a></span>
on <a class="u-url" href="https://brask.example/2026/02/mail-server/">
<time class="dt-published" datetime="2026-02-21T18:40:00+00:00">21 February 2026</time></a>
<span class="reading-time">· 5 min read</span></p></header>
<div class="e-content post-content">
${ps(iIntro)}
<h2 id="first-winter">${iH1}</h2>
${ps(iS1)}
<ul>${lis(iList)}</ul>
<h2 id="second-winter">${iH2}</h2>
${ps(iS2)}
<blockquote><p>${iQuote}</p></blockquote>
<h2 id="third-winter">${iH3}</h2>
${ps(iS3)}
</div>
<footer class="post-footer"><p class="tags">Tagged: ${iTags.map((t) => `<a class="p-category" href="/tags/${t}/">${t}</a>`).join(', ')}</p>
<p class="syndication">Also on: <a class="u-syndication" href="https://social.example/@ottilie/1121">Mastodon</a></p>
<p class="edit-note">Last updated <time class="dt-updated" datetime="2026-02-23T09:02:00+00:00">23 February 2026</time></p></footer>
<section id="webmentions" class="webmentions"><h2 class="webmentions-title">Webmentions</h2>
<div class="wm-likes"><h3>12 likes</h3><ul class="facepile">
<li class="h-cite p-like"><a class="u-author h-card" href="https://pell.example/"><img class="u-photo" src="/wm/pell.jpg" alt="Arno Pell"></a></li>
<li class="h-cite p-like"><a class="u-author h-card" href="https://quist.example/"><img class="u-photo" src="/wm/quist.jpg" alt="Jun Quist"></a></li></ul></div>
<div class="wm-reposts"><h3>3 reposts</h3></div>
<div class="wm-replies"><h3>2 replies</h3><ol class="replies">
<li class="h-cite p-comment"><div class="u-author h-card"><a class="p-name u-url" href="https://pell.example/">Arno Pell</a></div>
<div class="p-content">${iReplies[0]}</div><a class="u-url" href="https://pell.example/notes/88"><time class="dt-published">22 Feb 2026</time></a></li>
<li class="h-cite p-comment"><div class="u-author h-card"><a class="p-name u-url" href="https://quist.example/">Jun Quist</a></div>
<div class="p-content">${iReplies[1]}</div><a class="u-url" href="https://quist.example/replies/4"><time class="dt-published">24 Feb 2026</time></a></li>
</ol></div>
<form class="webmention-form" action="https://webmention.example/brask.example/webmention" method="post">
<label for="wm-source">Have you written a response to this? Let me know the URL:</label><input id="wm-source" type="url" name="source">
<input type="hidden" name="target" value="https://brask.example/2026/02/mail-server/"><button type="submit">Send Webmention</button></form></section>
<nav class="post-nav"><a rel="prev" href="/2026/02/bread-notes/">← Notes on a sourdough failure</a>
<a rel="next" href="/2026/03/walk/">A walk along the old tram line →</a></nav>
</article></main>
<footer class="site-footer"><p>Member of the <a href="https://xn--sr8hvo.example/previous">← IndieWeb webring</a> 🕸💍
<a href="https://xn--sr8hvo.example/next">→</a></p>
<p>© 2026 Ottilie Brask. Text licensed CC BY-SA 4.0.</p><p><a href="/feed.xml">RSS feed</a> · <a href="/privacy/">Privacy</a></p></footer>
<script src="/js/webmentions.js" defer></script></body></html>`;
const indieweb: TestPage = {
  name: 'heldout294-indieweb-hentry-blog',
  kind: 'blog',
  html: iHtml,
  title: iTitle,
  headings: [iH1, iH2, iH3],
  body: texts([...iIntro, ...iS1, ...iList, ...iS2, iQuote, ...iS3]),
  bylines: ['Posted by Ottilie Brask', '21 February 2026', '5 min read', 'Last updated 23 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...iNav, 'Tagged:', ...iTags, 'Also on:', 'Mastodon', 'Webmentions', '12 likes', '3 reposts', '2 replies', 'Arno Pell',
    ...iReplies, '22 Feb 2026', 'Jun Quist', '24 Feb 2026', 'Have you written a response to this? Let me know the URL:', 'Send Webmention',
    '← Notes on a sourdough failure', 'A walk along the old tram line →', 'Member of the', '← IndieWeb webring',
    '© 2026 Ottilie Brask. Text licensed CC BY-SA 4.0.', 'RSS feed', 'Privacy',
  ],
};

const nTitle = 'Why I still keep a paper notebook for the garden';
const nIntro = paras(`
Welcome back to my little corner of the web! This page has been sitting half-written in my folder since last summer, so I am
finally putting it up. If you are new here: I grow vegetables on an allotment in Ferrowby, badly but happily, and I write
about it when it rains.

Every spring somebody at the allotment shows me a new app for planning beds and logging harvests. I have tried most of them.
I always come back to the same cheap squared notebook that lives in a plastic bag in the shed.
`);
const nH1 = 'What goes in it';
const nList = [
  'A rough map of the plot, redrawn every March',
  'Sowing dates, with the variety and where the seed came from',
  'First and last harvest dates for everything',
  'The weather, in one word a day',
  'Mistakes, underlined twice so I actually read them next year',
];
const nH2 = 'Why not an app?';
const nS2 = paras(`
Mostly because my hands are always muddy. A phone is the last thing I want to touch between rows of onions, and the notebook
does not mind soil on its pages. It also never needs charging, never asks me to log in, and will not stop working because a
company decided to close down.

There is also something about flipping back through old years. Last week I found a note from 2022 that said "do NOT plant the
courgettes next to the path again", and I laughed, because I had been about to do exactly that.
`);
const nH3 = 'Five years in numbers';
const nTable = [
  ['2021', 'Potatoes', '31 kg'],
  ['2022', 'Runner beans', '14 kg'],
  ['2023', 'Tomatoes', '22 kg'],
  ['2024', 'Squash', '19 kg'],
  ['2025', 'Potatoes again', '36 kg'],
];
const nS3 = paras(`
None of these numbers mean much to anybody else, but they are mine, and I could not have found them in an app I stopped using
three phones ago.

This year I am trying one new thing: a page at the back for the people I swap seeds and cuttings with, so I remember who gave
me the purple beans and who still owes me a rhubarb crown. Thanks for reading, and go and write something down!
`);
const nNav = ['home', 'about me', 'allotment diary', 'shrine to tomatoes', 'links', 'guestbook'];
const nHtml = `<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>paper notebook ~ mossy-plot</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link href="/style.css" rel="stylesheet" type="text/css" media="all"><link rel="icon" href="/img/snail.gif">
<style>body{background:#e9f5d0 url('/img/leaves.gif');font-family:'Comic Neue',sans-serif}#container{max-width:820px;margin:0 auto}
#sidebar{float:left;width:190px}#content{margin-left:210px;background:#fffbe8;border:3px dashed #6b8e23;padding:12px}</style></head>
<body><div id="container">
<div id="header"><img src="/img/banner.png" alt="mossy-plot" width="800" height="120">
<marquee scrollamount="3">~*~ new page up!! ~*~ tomato shrine updated ~*~ thank u for visiting ~*~</marquee></div>
<div id="sidebar"><h3>navigation</h3><ul>${links(nNav)}</ul>
<h3>currently</h3><p>reading: a seed catalogue<br>listening to: rain on the shed roof<br>mood: muddy</p>
<img src="/img/88x31-neocities.gif" alt="neocities" width="88" height="31"><img src="/img/88x31-notepad.gif" alt="made with notepad" width="88" height="31">
<p class="counter">you are visitor <img src="https://counter.example/c/mossy.gif" alt="no. 04417"></p></div>
<div id="content">
<h1>${nTitle}</h1>
<p class="date"><i>written 9 march 2026</i></p>
${ps(nIntro)}
<h2>${nH1}</h2>
<ul>${lis(nList)}</ul>
<h2>${nH2}</h2>
${ps(nS2)}
<center><img src="/img/notebook.jpg" alt="" width="300"><br><small>my notebook, looking a bit worse for wear</small></center>
<h2>${nH3}</h2>
<table border="1" cellpadding="4"><tr><th>Year</th><th>Best crop</th><th>Weight</th></tr>
${nTable.map((r) => `<tr><td>${r.join('</td><td>')}</td></tr>`).join('\n')}</table>
${ps(nS3)}
<p class="back"><a href="/allotment.html">&lt;&lt; back to the allotment diary</a></p>
</div>
<div id="footer"><div id="webring"><a href="https://ring.example/prev?s=mossy">&lt;&lt; prev</a> | <a href="https://ring.example/">Garden Webring</a> |
<a href="https://ring.example/next?s=mossy">next &gt;&gt;</a></div>
<p>please sign my <a href="/guestbook.html">guestbook</a> before u go!! &lt;3</p>
<p>site by pip, hosted on <a href="https://neocities.org">Neocities</a></p></div>
</div></body></html>`;
const neocities: TestPage = {
  name: 'heldout294-neocities-handwritten-blog',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2, nH3],
  body: texts([...nIntro, ...nList, ...nS2, ...nTable.flat(), ...nS3]),
  bylines: ['written 9 march 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '~*~ new page up!! ~*~ tomato shrine updated ~*~ thank u for visiting ~*~', 'navigation', ...nNav, 'currently', 'reading: a seed catalogue',
    'listening to: rain on the shed roof', 'mood: muddy', 'you are visitor', 'my notebook, looking a bit worse for wear',
    '<< back to the allotment diary', '<< prev', 'Garden Webring', 'next >>', 'please sign my guestbook before u go!! <3',
    'site by pip, hosted on Neocities',
  ],
};

export const HELDOUT294_A: readonly TestPage[] = [indieweb, neocities];
