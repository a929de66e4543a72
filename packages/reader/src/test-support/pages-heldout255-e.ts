import { links, ps, type TestPage, texts } from './page-kit.js';
import { docusaurus } from './pages-heldout255-e2.js';
import { j } from './pages-heldout255-kit.js';

/**
 * Held-out batch 255, file e: a maintainer's Jekyll blog post on the Minima theme (site header and page links, post meta
 * with date and author, a figure with a caption, a "Read more" promo, "You might also like" list, webmention replies,
 * the h-card footer with contact and social links and the RSS link) and, from file e2, a project's security policy
 * page on Docusaurus.
 */
const jTitle = 'Five years of maintaining a parser nobody thanks you for';
const jH = ['The work nobody sees', 'What changed my mind', 'What I would tell a new maintainer'];
const jP1 = [
  j(
    'Five years ago this week I merged the first pull request into Wrenfold, a library for reading archive formats that I',
    'wrote because I needed it for a backup tool. The backup tool is long gone. Wrenfold is now a dependency of two package',
    'managers, a forensic suite and, as far as I can tell from the issue tracker, at least one satellite ground station.',
  ),
  j(
    'I want to write down what the last five years were like, partly for myself and partly because people keep asking me',
    'whether they should take over a project like this one.',
  ),
  j(
    'Most of the work on a parser is invisible. When it goes well, nothing happens: a file is read and a program moves on.',
    'The only time anybody notices is when it goes wrong, and then they notice loudly, usually in an issue titled with the',
    'word “urgent”.',
  ),
  j(
    'For the first two years I answered every issue within a day. I fixed bugs on trains and on holiday. I did not mind at',
    'first, and then I minded a great deal, and then I stopped answering for four months and felt terrible about it.',
  ),
];
const jP2 = [
  j(
    'Two things pulled me out of it. The first was the fuzzing grant from our foundation last year, which paid for someone',
    'to sit with me and write harnesses. For the first time another person understood the code well enough to review my',
    'changes, and I found I had been carrying the whole design in my head alone.',
  ),
  j(
    'The second was a short message from a stranger who maintains a small museum’s digital archive. They wrote that',
    'Wrenfold had let them recover a collection of oral histories from a damaged tape image. That message is pinned above',
    'my desk.',
  ),
];
const jL = [
  'Write down how releases are made on the first day, even if you are the only person who makes them.',
  'Say no to features in public, with a reason, and link to the reason the next time someone asks.',
  'Set office hours for the issue tracker and put them in the README.',
  'Find one co-maintainer before you need one, not after.',
];
const jP3 = [
  j(
    'I am not leaving. Wrenfold 3.0 is planned for the autumn, with a streaming reader that the ground-station people have',
    'been asking for since 2023. But I am doing it more slowly, and with company, and that turns out to be the whole trick.',
  ),
];
const jNav = ['About', 'Projects', 'Talks', 'Archive'];
const jAlso = ['Notes from writing a fuzz harness for the first time', 'Why Wrenfold will never support encrypted RAR', 'My release checklist'];
const jMentions = [
  'Thank you for writing this. The list at the end is going on the wall of our maintainers’ channel.',
  'The oral histories story made my morning. Congratulations on five years.',
];
const jHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1">
<!-- Begin Jekyll SEO tag v2.8.0 --><title>${jTitle} | Oriel Castellanos</title><meta name="generator" content="Jekyll v4.3.4">
<meta property="og:title" content="${jTitle}"><meta name="author" content="Oriel Castellanos"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-28T09:00:00+00:00"><link rel="canonical"
href="https://oriel.dev/2026/02/28/five-years-of-wrenfold.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","author":{"@type":"Person","name":"Oriel Castellanos"},
"dateModified":"2026-02-28T09:00:00+00:00","datePublished":"2026-02-28T09:00:00+00:00","headline":"${jTitle}"}</script>
<!-- End Jekyll SEO tag --><link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="https://oriel.dev/feed.xml"
title="Oriel Castellanos"><link rel="webmention" href="https://webmention.io/oriel.dev/webmention"></head>
<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">Oriel Castellanos</a>
<nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger"><label for="nav-trigger"><span class="menu-icon"><svg viewBox="0 0 18 15"
width="18px" height="15px"><path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484"></path></svg></span></label>
<div class="trigger">${jNav.map((n) => `<a class="page-link" href="/${n.toLowerCase()}/">${n}</a>`).join('\n')}</div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper"><article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">${jTitle}</h1>
<p class="post-meta"><time class="dt-published" datetime="2026-02-28T09:00:00+00:00" itemprop="datePublished">Feb 28, 2026</time> •
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Oriel Castellanos</span></span></p></header>
<div class="post-content e-content" itemprop="articleBody">
${ps(jP1.slice(0, 2))}
<h2 id="the-work-nobody-sees">${jH[0]}</h2>
${ps(jP1.slice(2))}
<figure><img src="/assets/img/wrenfold-issues-2021-2026.png" alt="Chart of issues opened per month">
<figcaption>Issues opened per month since the first release. The spike in 2023 is the week a package manager switched to Wrenfold.</figcaption></figure>
<h2 id="what-changed-my-mind">${jH[1]}</h2>
${ps(jP2)}
<p class="promo"><em>Read more: <a href="/2025/06/12/first-fuzz-harness.html">Notes from writing a fuzz harness for the first time</a></em></p>
<h2 id="what-i-would-tell-a-new-maintainer">${jH[2]}</h2>
<ol>
${jL.map((t) => `<li>${t}</li>`).join('\n')}
</ol>
${ps(jP3)}
</div>
<aside class="related"><h2>You might also like</h2><ul>${links(jAlso)}</ul></aside>
<section class="webmentions"><h2>Webmentions</h2><p class="webmention-count">12 likes, 4 reposts and 2 replies</p><ol class="webmentions__list">
<li class="webmention webmention--reply"><div class="webmention__meta"><a class="webmention__author" href="https://social.example/@hbrandt">Hollis Brandt</a>
<time datetime="2026-02-28T11:20:00Z">Feb 28, 2026</time></div><div class="webmention__content"><p>${jMentions[0]}</p></div></li>
<li class="webmention webmention--reply"><div class="webmention__meta"><a class="webmention__author" href="https://social.example/@amara">Amara Oyelaran</a>
<time datetime="2026-03-01T08:02:00Z">Mar 1, 2026</time></div><div class="webmention__content"><p>${jMentions[1]}</p></div></li></ol></section>
<a class="u-url" href="/2026/02/28/five-years-of-wrenfold.html" hidden></a></article></div></main>
<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><h2 class="footer-heading">Oriel Castellanos</h2>
<div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">Oriel Castellanos</li>
<li><a class="u-email" href="mailto:hello@oriel.dev">hello@oriel.dev</a></li></ul></div>
<div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://codeberg.example/oriel"><svg class="svg-icon"><use
xlink:href="/assets/minima-social-icons.svg#codeberg"></use></svg> <span class="username">oriel</span></a></li></ul></div>
<div class="footer-col footer-col-3"><p>Notes on archives, parsers and looking after old software.</p></div></div>
<p class="feed-subscribe"><a href="/feed.xml"><svg class="svg-icon orange"></svg><span>Subscribe</span></a></p></div></footer></body></html>`;
const jekyll: TestPage = {
  name: 'heldout255-jekyll-minima-blog',
  kind: 'blog',
  html: jHtml,
  title: jTitle,
  headings: jH,
  body: texts([...jP1, ...jP2, ...jL, ...jP3]),
  bylines: ['Feb 28, 2026', 'Oriel Castellanos'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...jNav, 'Issues opened per month since the first release. The spike in 2023 is the week a package manager switched to Wrenfold.',
    'Read more: Notes from writing a fuzz harness for the first time', 'You might also like', ...jAlso.slice(1), 'Webmentions',
    '12 likes, 4 reposts and 2 replies', 'Hollis Brandt', 'Mar 1, 2026', 'Amara Oyelaran', ...jMentions, 'hello@oriel.dev', 'oriel',
    'Notes on archives, parsers and looking after old software.', 'Subscribe',
  ],
};

export const HELDOUT255_E: readonly TestPage[] = [jekyll, docusaurus];
