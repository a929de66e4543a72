import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 106, file c2: a personal blog post on Hugo with the PaperMod theme (the header with the site title, the theme
 * toggle and the menu, the breadcrumbs, the post title, description and meta line with date, reading time, word count and
 * author, the open "Table of Contents" details box, headings with hidden "#" anchors, a code block with the theme's "copy"
 * button, a blockquote, the post footer with tags, prev/next links and icon-only share buttons, the site footer with
 * "Powered by Hugo & PaperMod", and the "go to top" link).
 */
const hgTitle = 'Five years of running my own mail server';
const hgDesc = 'What it cost, what broke, and why I am finally moving my email somewhere else.';
const hgP1 = [
  'In the autumn of 2020 I moved my personal email off a big provider and onto a small virtual server I rent for a few euros a month. ' +
    'I had read enough blog posts saying it was impossible to feel stubborn about it, and I wanted to understand how email actually works.',
  'Five years later I understand it a lot better, and I am moving my mail to a paid provider next month. This is an attempt to write ' +
    'down what I learned before I forget it.',
];
const hgH1 = 'The setup';
const hgP2 = [
  'Nothing exotic: Postfix for SMTP, Dovecot for IMAP, rspamd for spam filtering and OpenDKIM for signing. Everything ran on one Debian ' +
    'machine with backups to a second provider every night. The DNS side is where most of the work went:',
];
const hgCode = `example.org.      TXT  "v=spf1 mx -all"
_dmarc            TXT  "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.org"
mail._domainkey   TXT  "v=DKIM1; k=rsa; p=MIIBIjANBgkqh..."`;
const hgP3 = ['Getting those three records right took an evening. Keeping the server off blocklists took the next five years.'];
const hgH2 = 'What actually broke';
const hgList = [
  'A certificate renewal failed silently in 2021 and my phone stopped syncing for three days before I noticed.',
  'A large provider started sending my mail to spam in 2022 for no reason I ever found. It stopped, also for no reason, six weeks later.',
  'A Debian upgrade changed a Dovecot default and broke full-text search. I did not notice for a month because I rarely search.',
  'The IP address I was given had been used by a spammer before me, which took two weeks of form-filling to clear.',
];
const hgP4 = ['None of these were disasters. All of them arrived at a bad moment, and every one of them needed me, specifically, to fix it.'];
const hgH3 = 'Why I am stopping';
const hgP5 = [
  'It is not the cost, which has come to about 300 euros over five years, and it is not the technology, which has mostly been ' +
    'reliable. It is that email is the one system in my life where an outage quietly costs me things I never find out about: an ' +
    'invitation that bounced, a reply from a landlord that went to someone’s spam folder.',
  'A friend who has run her own mail since 2008 put it well when I told her I was giving up:',
];
const hgQuote = 'Running a mail server is easy. Running one that other mail servers trust is a part-time job nobody pays you for.';
const hgP6 = [
  'I do not regret doing it. I know what an SPF record is for, I can read a bounce message, and I have a much better sense of how ' +
    'much invisible work the big providers do. But I would rather spend my evenings on something that is fun when it works, not just ' +
    'silent.',
  'If you want to try it yourself, do. Just keep your old address running for a year while you find out what you have missed.',
];
const hgMenu = ['Posts', 'Notes', 'Tags', 'About', 'Search'];
const hgTags = ['Email', 'Self-Hosting', 'Debian'];
const hgPrev = 'Notes on a cheap thermal camera';
const hgNext = 'A tiny static search index for Hugo';
const hgId = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const hgH = (t: string): string => `<h2 id="${hgId(t)}">${t}<a hidden class="anchor" aria-hidden="true" href="#${hgId(t)}">#</a></h2>`;
const hgPs = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const hgHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>Five years of running my own mail server | Jonas Feld</title><meta name="keywords" content="Email, Self-Hosting, Debian">
<meta name="description" content="${hgDesc}"><meta name="author" content="Jonas Feld"><link rel="canonical"
href="https://jonasfeld.example/posts/own-mail-server/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.9f1a2b.css" integrity="sha256-nz8" rel="preload stylesheet" as="style">
<meta name="generator" content="Hugo 0.139.3"><meta property="og:title" content="${hgTitle}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-10-19T09:00:00+02:00"><meta property="article:tag" content="Email">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Posts","item":"https://jonasfeld.example/posts/"},
{"@type":"ListItem","position":2,"name":"${hgTitle}","item":"https://jonasfeld.example/posts/own-mail-server/"}]}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hgTitle}","description":"${hgDesc}",
"wordCount":"712","datePublished":"2025-10-19T09:00:00+02:00","author":[{"@type":"Person","name":"Jonas Feld"}]}</script>
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://jonasfeld.example/" accesskey="h" title="Jonas Feld (Alt + H)">Jonas
Feld</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon" viewBox="0 0 24
24"></svg>
<svg id="sun" viewBox="0 0 24 24"></svg></button></div></div>
<ul id="menu">${hgMenu
  .map(
    (t) => `<li><a href="https://jonasfeld.example/${t.toLowerCase()}/"
title="${t}"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://jonasfeld.example/">Home</a>&nbsp;»&nbsp;<a
href="https://jonasfeld.example/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${hgTitle}</h1><div class="post-description">${hgDesc}</div>
<div class="post-meta"><span title='2025-10-19 09:00:00 +0200 +0200'>October 19, 2025</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;712
words&nbsp;·&nbsp;Jonas Feld</div>
</header><div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary>
<div class="inner"><ul>${[hgH1, hgH2, hgH3]
  .map(
    (t) => `<li><a href="#${hgId(t)}"
aria-label="${t}">${t}</a></li>`,
  )
  .join('\n')}</ul></div></details></div>
<div class="post-content">${hgPs(hgP1)}
${hgH(hgH1)}
${hgPs(hgP2)}
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-text" data-lang="text"><span class="line"><span
class="cl">${hgCode}</span></span></code></pre>
<button class="copy-code">copy</button></div>
${hgPs(hgP3)}
${hgH(hgH2)}
<ul>${hgList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${hgPs(hgP4)}
${hgH(hgH3)}
${hgPs(hgP5)}
<blockquote><p>${hgQuote}</p></blockquote>
${hgPs(hgP6)}
</div>
<footer class="post-footer"><ul class="post-tags">${hgTags
  .map(
    (t) => `<li><a
href="https://jonasfeld.example/tags/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('')}</ul>
<nav class="paginav"><a class="prev" href="https://jonasfeld.example/posts/thermal-camera/"><span class="title">«
Prev</span><br><span>${hgPrev}</span></a>
<a class="next" href="https://jonasfeld.example/posts/static-search/"><span class="title">Next »</span><br><span>${hgNext}</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share Five years of running my own mail server on x"
href="https://x.com/intent/tweet/?text=x"><svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li><li><a target="_blank" rel="noopener
noreferrer"
aria-label="share Five years of running my own mail server on mastodon" href="https://toot.kytta.example/?text=x"><svg viewBox="0 0 512
512"></svg></a></li></ul>
</footer></article></main>
<footer class="footer"><span>© 2025 <a href="https://jonasfeld.example/">Jonas Feld</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span>
</footer><a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg viewBox="0 0 12
6"></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script>
<script>document.querySelectorAll('pre > code').forEach((codeblock) => { const copybutton = document.createElement('button'); copybutton.innerHTML =
'copy'; });</script>
</body></html>`;
export const hugoPost: TestPage = {
  html: hgHtml,
  name: 'heldout106-hugo-blog-post',
  kind: 'blog',
  // the description under the title is body; the blockquote is body; the code block and its "copy" button text are in
  // neither list ("copy" is too short to tell apart); the table of contents repeats the headings and is left out
  title: hgTitle,
  headings: [hgH1, hgH2, hgH3],
  body: texts([hgDesc, ...hgP1, ...hgP2, ...hgP3, ...hgList, ...hgP4, ...hgP5, hgQuote, ...hgP6]),
  bylines: ['October 19, 2025', '4 min', '712 words', 'Jonas Feld'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hgMenu, 'Home', 'Posts', 'Table of Contents', ...hgTags, '« Prev', hgPrev, 'Next »', hgNext, '© 2025 Jonas Feld',
'Powered by Hugo & PaperMod',
  ].filter((t, i, a) => a.indexOf(t) === i),
};
