import { ps, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout294-kit.js';

/**
 * Held-out batch 294, file d: a Write.as collection post (blog name in the h1, post title in h2#title, dateline, the
 * fediverse follow box and email subscription form, "published with write.as" footer) and a titled Micro.blog post whose
 * main text is short, with the Micro.blog conversation of replies under it.
 */
const wTitle = 'The library at the end of the bus line';
const wS = paras(`
The number 14 bus ends at a turning circle beside a low brick building that most passengers never notice. It is the smallest
branch library in the county, open three afternoons a week, and for the last year I have spent most Thursday afternoons there.

It has one room, two tables, a radiator that knocks, and a librarian called Mrs Ettridge who has worked there since before
the bus route was extended to reach it. She knows every regular by name and most of them by what they are reading.

What surprised me first was how busy it is. Not crowded, but never empty. Schoolchildren come in after the bus drops them, to
do homework somewhere warm. Two retired men play chess at the corner table every week and argue about the same opening. A
young mother uses the single public computer to apply for jobs while her son reads picture books on the floor.

None of this shows up in the numbers the county council publishes. Those count loans, and loans have been falling for a
decade. What they cannot count is the warmth, the chess, the quiet, and the fact that someone notices when a regular stops
coming.

I started going for the warmth too, if I am honest, and stayed for the company. I have read more in this year than in the five
before it, mostly books Mrs Ettridge put aside for me with a slip of paper saying "try this one".
`);
const wQuote = 'A library is one of the few places left where nobody expects you to buy anything.';
const wS2 = paras(`
Last month a notice went up saying the branch would be "reviewed" in the spring. Everybody who comes in has read it. Mrs
Ettridge says she has seen three reviews before and the building is still here.

I hope she is right. If you live near the end of a bus line, it might be worth finding out what is at the turning circle.
`);
const wHtml = `<!DOCTYPE HTML>
<html><head><meta charset="utf-8"><title>${wTitle} — Field Notes from Carrow</title>
<link rel="stylesheet" type="text/css" href="https://write.as/css/write.css"><link rel="shortcut icon" href="https://write.as/favicon.ico">
<link rel="canonical" href="https://write.as/carrow/the-library-at-the-end-of-the-bus-line">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="Write.as"><meta name="title" content="${wTitle} — Field Notes from Carrow"><meta name="author" content="carrow">
<meta property="og:title" content="${wTitle}"><meta property="og:site_name" content="Field Notes from Carrow"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-26T17:20:11Z"><link rel="alternate" type="application/rss+xml" href="https://write.as/carrow/feed/">
<link href="https://write.as/carrow/" rel="alternate" type="application/activity+json"></head>
<body id="post">
<div id="overlay"></div>
<header><h1 dir="auto" id="blog-title"><a href="/carrow/" class="h-card p-author u-url" rel="me author">Field Notes from Carrow</a></h1>
<nav><span class="views" dir="ltr"><strong>214</strong> views</span> <a class="xtra-feature" href="https://write.as/login">Log in</a></nav></header>
<article id="post-body" class="norm h-entry "><h2 id="title" class="p-name">${wTitle}</h2>
<div class="e-content">
${ps(wS)}
<blockquote><p>${wQuote}</p></blockquote>
${ps(wS2)}
</div></article>
<div id="post-footer"><time class="dt-published" datetime="2026-02-26T17:20:11Z" pubdate itemprop="datePublished" content="2026-02-26 17:20:11 +0000 UTC">
February 26, 2026</time></div>
<div id="fediverse-follow"><p>Follow this blog from the fediverse: <strong>@carrow@write.as</strong></p></div>
<div class="e-subscribe"><form method="post" action="/api/collections/carrow/email/subscribe"><input type="hidden" name="slug" value="the-library">
<input type="email" name="email" placeholder="me@example.com"><input type="submit" id="subscribe-btn" value="Subscribe"></form>
<p>Get new posts from Field Notes from Carrow by email.</p></div>
<footer dir="ltr"><hr><nav><a class="home pubd" href="/carrow/">Field Notes from Carrow</a>
· <a href="https://write.as/">published with write.as</a></nav></footer>
<script src="https://write.as/js/localdate.js"></script><script src="https://write.as/js/h.js"></script></body></html>`;
const writeas: TestPage = {
  name: 'heldout294-writeas-post-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts([...wS, wQuote, ...wS2]),
  bylines: ['February 26, 2026'],
  furniture: [
    'Field Notes from Carrow',
    '214 views',
    'Log in',
    'Follow this blog from the fediverse: @carrow@write.as',
    'Get new posts from Field Notes from Carrow by email.',
    'published with write.as',
  ],
};

const mTitle = 'First swifts of the year';
const mS = paras(`
Three swifts over the church tower this evening, screaming in the way they do. That is four days earlier than last year and a
full week earlier than my notebook says they arrived in 2019.

I stood in the lane with a bag of shopping for ten minutes just watching them. Summer starts when they come back, whatever the
calendar says.
`);
const mReplies = [
  ['Ilka Moravec', '@bren Lucky you! Nothing here yet, but the house martins are back under the eaves.', 'Apr 27 at 8:31pm'],
  ['Daniel Storrow', '@bren Same here, two over the allotments on Sunday. Best sound of the year.', 'Apr 27 at 9:05pm'],
  ['Bren Ashby', '@ilka they will be with you within the week, I am sure of it.', 'Apr 27 at 9:40pm'],
];
const mNav = ['About', 'Archive', 'Photos', 'Replies', 'Also on Micro.blog'];
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${mTitle} - Bren Ashby</title><meta name="description" content="Three swifts over the church tower this evening.">
<link rel="stylesheet" href="/css/style.css"><link rel="alternate" href="/feed.xml" type="application/rss+xml" title="Bren Ashby">
<link rel="alternate" href="/feed.json" type="application/json" title="Bren Ashby"><link rel="me" href="https://micro.blog/bren">
<link rel="authorization_endpoint" href="https://micro.blog/indieauth/auth"><link rel="token_endpoint" href="https://micro.blog/indieauth/token">
<link rel="micropub" href="https://micro.blog/micropub"><link rel="webmention" href="https://micro.blog/webmention">
<link rel="subscribe" href="https://micro.blog/users/follow">
<link rel="stylesheet" href="/custom.css"></head>
<body><nav class="site-nav"><div class="wrapper"><a class="site-title" href="https://bren.micro.blog/">Bren Ashby</a>
<div class="trigger">${mNav.map((n) => `<a class="page-link" href="/${n.toLowerCase().replace(/ /g, '-')}/">${n}</a>`).join('\n')}</div></div></nav>
<div class="page-content"><div class="wrapper"><div class="h-entry"><header class="post-header">
<h1 class="p-name post-title">${mTitle}</h1>
<p class="post-meta"><a class="u-url" href="https://bren.micro.blog/2026/04/27/first-swifts.html"><time class="dt-published"
datetime="2026-04-27 19:58:00 +0100">Apr 27, 2026</time></a></p></header>
<div class="e-content post-content">
${ps(mS)}
<img src="uploads/2026/swifts.jpg" width="600" height="400" alt="Three dark crescent shapes against a pale evening sky">
</div>
<p class="microblog-conversation-title">Conversation on Micro.blog</p>
<div class="microblog_conversation">
${mReplies
  .map(
    ([
      u,
      t,
      d,
    ]) => `<div class="microblog_post"><div class="microblog_user"><img class="microblog_avatar" src="https://avatars.micro.blog/${(u ?? '').split(' ')[0]}.jpg"
width="20" height="20"><a href="https://micro.blog/${(u ?? '').split(' ')[0]}">${u}</a></div><div class="microblog_text"><p>${t}</p></div>
<div class="microblog_time"><a href="https://micro.blog/${(u ?? '').split(' ')[0]}/20550">${d}</a></div></div>`,
  )
  .join('\n')}
<div class="microblog_reply_link"><a href="https://micro.blog/bren/20549">Reply on Micro.blog</a></div></div>
</div></div></div>
<footer class="site-footer"><div class="wrapper"><p>Also on <a href="https://micro.blog/bren">Micro.blog</a> · <a href="/feed.xml">RSS</a></p>
<p>Hosted by Micro.blog. Theme: Marfa-like.</p></div></footer>
<script src="https://micro.blog/conversation.js?url=https://bren.micro.blog/2026/04/27/first-swifts.html"></script></body></html>`;
const microblog: TestPage = {
  name: 'heldout294-microblog-post-replies-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts(mS),
  bylines: ['Apr 27, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mNav, 'Conversation on Micro.blog', ...mReplies.flat(), 'Reply on Micro.blog', 'Also on Micro.blog · RSS',
    'Hosted by Micro.blog. Theme: Marfa-like.',
  ],
};

export const HELDOUT294_D: readonly TestPage[] = [writeas, microblog];
