import { ps, type TestPage, texts } from './page-kit.js';
import { svbtle } from './pages-heldout266-d2.js';
import { j, lis } from './pages-heldout266-kit.js';

/**
 * Held-out batch 266, file d: a WriteFreely post (the blog name as the page's h1 and the post title as an h2, as WriteFreely
 * writes them; the nav, the date line, the post's hashtag links, and the "published with write.as" footer) and, from file d2, a
 * Svbtle post.
 */
const wTitle = 'Notes on reading old incident reports';
const w1 = [
  j(
    'Our team keeps every incident report since the company started, about four hundred of them. This winter I read all of the',
    'ones older than five years, one or two a day with my morning coffee. I expected to be bored. Instead it was the most useful',
    'thing I did all quarter.',
  ),
];
const wH1 = 'The same five causes';
const w2 = [
  j(
    'Most reports blamed something specific and different: a bad deploy, a full disk, a certificate, a vendor. Read together they',
    'collapsed into a handful of stories that kept repeating:',
  ),
];
const wL = [
  'A limit nobody knew about, reached for the first time.',
  'A change that was safe alone and unsafe together with another change.',
  'An alert that fired correctly and was ignored because it usually meant nothing.',
  'A recovery step that had never been practised.',
  'A person who knew the answer and was on holiday.',
];
const w3 = [
  j(
    'None of these are surprising. What surprised me was how often the action items in one report would have prevented an incident',
    'three years later, and how few of those action items had been done.',
  ),
];
const wH2 = 'What the reports leave out';
const w4 = [
  j(
    'The older reports are short and almost never say how people felt or what they were unsure about. They record what happened',
    'in the order it happened, as if everybody knew what to do at each step. Talking to two engineers who were there, I learned',
    'that in one long outage they had argued for an hour about whether to fail over at all.',
  ),
  j(
    'That argument is the most important part of the story, and it is nowhere in the report. Our newer template asks for it',
    'directly: what did you not know, and what did you guess?',
  ),
];
const wH3 = 'Try it';
const w5 = [
  j(
    'If your company keeps old reports, set aside twenty minutes a day for a month and read them in order. Keep a list of the',
    'action items that were never done. Bring the list to your next planning meeting, and see how many still apply.',
  ),
];
const wHtml = `<!DOCTYPE HTML><html><head><meta charset="utf-8"><title>${wTitle} — Field Notes from Ops</title>
<link rel="stylesheet" type="text/css" href="/css/write.css"><link rel="shortcut icon" href="/favicon.ico"><link rel="canonical"
href="https://fieldnotes.writefreely.example/notes-on-reading-old-incident-reports"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="WriteFreely"><meta name="title" content="${wTitle} — Field Notes from Ops"><meta name="description"
content="Our team keeps every incident report since the company started."><meta name="author" content="fieldnotes">
<meta property="og:site_name" content="Field Notes from Ops"><meta property="og:type" content="article"><meta property="og:title" content="${wTitle}">
<meta property="article:published_time" content="2026-02-19T08:30:00Z"><meta name="twitter:card" content="summary">
<link rel="alternate" type="application/rss+xml" title="Field Notes from Ops" href="https://fieldnotes.writefreely.example/feed/"></head>
<body id="post"><div id="overlay"></div><header><h1 dir="auto" id="blog-title"><a rel="author" href="/" class="h-card p-author">Field Notes from Ops</a></h1>
<nav><a href="/archive/">Archive</a> <a href="/about">About</a> <a href="/feed/">Subscribe</a></nav></header>
<article id="post-body" class="norm h-entry "><h2 id="title" class="p-name dated">${wTitle}</h2>
<time class="dt-published" datetime="2026-02-19T08:30:00Z" pubdate itemprop="datePublished" content="2026-02-19 08:30:00 +0000">February 19, 2026</time>
<div class="e-content">
${ps(w1)}
<h3 id="the-same-five-causes">${wH1}</h3>
${ps(w2)}
<ul>${lis(wL)}</ul>
${ps(w3)}
<h3 id="what-the-reports-leave-out">${wH2}</h3>
${ps(w4)}
<h3 id="try-it">${wH3}</h3>
${ps(w5)}
<p><a href="https://fieldnotes.writefreely.example/tag:incidents" class="hashtag"><span>#</span><span class="p-category">incidents</span></a>
<a href="https://fieldnotes.writefreely.example/tag:ops" class="hashtag"><span>#</span><span class="p-category">ops</span></a></p>
</div></article>
<footer dir="ltr"><hr><nav><p style="font-size: 0.9em">published with <a href="https://writefreely.example">write.as</a></p></nav></footer>
<script type="text/javascript" src="/js/localdate.js"></script><script type="text/javascript">
try { WebFontConfig = { custom: { families: [ 'Lora:400,700:latin' ], urls: [ '/css/fonts.css' ] } }; } catch (e) {}</script></body></html>`;
const writefreely: TestPage = {
  name: 'heldout266-writefreely-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wH2, wH3],
  body: texts([...w1, ...w2, ...wL, ...w3, ...w4, ...w5]),
  bylines: ['February 19, 2026'],
  furniture: ['Field Notes from Ops', 'Archive', 'About', 'Subscribe', '#incidents', '#ops', 'published with write.as'],
};

export const HELDOUT266_D: readonly TestPage[] = [writefreely, svbtle];
