import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 149, file d2: a Jekyll post on the Minimal Mistakes theme (skip links, the greedy-nav masthead with search
 * and menu toggles, the sticky author sidebar with bio, "Follow" button, location and links, the page meta with date and
 * read time, an info notice at the top of the content written by the author, the right-hand "On this page" TOC inside the
 * content, the taxonomy and "Updated:" footer, the "Share on" buttons, pagination, the utterances comments block, "You may
 * also enjoy", the hidden search overlay and the footer with "Follow:" links).
 */
const mmTitle = 'We ran our climbing club’s bookings on a spreadsheet for four years. Here’s why we stopped';
const mmNotice =
  '<strong>Update, May 2025:</strong> a few people asked which booking system we chose. I have left the name out on purpose; this ' +
  'post is about the decision, not the product.';
const mmP1 = [
  'When I became treasurer of the Northfell Climbing Club in 2021, bookings for our Wednesday and Sunday wall sessions lived in a ' +
    'shared spreadsheet. Members added their name to a row, the session leader printed the sheet, and payments arrived by bank ' +
    'transfer with references that were occasionally helpful.',
  'It worked for a club of forty people. By last winter we had 130 members, two walls and a waiting list, and the spreadsheet was ' +
    'costing me about five hours a week. This is how we decided to move, and what I would tell another small club.',
];
const mmH1 = 'What the spreadsheet did well';
const mmP2 = [
  'It is worth saying that it was not all bad. Everyone knew how to use it, it cost nothing, and the committee could change a column ' +
    'in a minute when we added belay checks for new members. For years, that flexibility beat anything we could have bought.',
];
const mmH2 = 'Where it broke';
const mmP3 = ['The problems crept up slowly, and then all arrived in the same season:'];
const mmList = [
  'Double bookings, when two people edited the same row within seconds of each other.',
  'Matching bank transfers to sessions by hand, every week.',
  'No way to hold a waiting list fairly; whoever refreshed the sheet first got the space.',
  'Personal data, including emergency contacts, in a file shared with every member.',
];
const mmP4 = ['The last one is what made the committee act. We were not breaking any rules on purpose, but we could not honestly say who could ' + 'see what.'];
const mmH3 = 'How we chose';
const mmP5 = [
  'We wrote down what we actually needed before looking at any products: members book and pay in one step, a waiting list that fills ' +
    'cancelled places automatically, session leaders see only their own register, and a monthly cost below what we were losing in ' +
    'unpaid sessions.',
  'Three systems met those needs. We ran two of them side by side for a month, with a volunteer group of fifteen members, and chose ' +
    'the one that those members found easiest on a phone. Price turned out to matter much less than we expected.',
];
const mmH4 = 'Four months on';
const mmP6 = [
  'Unpaid sessions dropped from around one in twelve to almost none, which more than covers the subscription. My five hours a week ' +
    'are now about forty minutes. The waiting list is fair, and people can see it is fair, which has ended a surprising number of ' +
    'awkward conversations at the wall.',
  'If you run a small club and your spreadsheet is starting to creak, write your list of needs first. It makes the choice much easier, ' +
    'and it stops you paying for features you will never switch on.',
];
const mmSkip = ['Skip to primary navigation', 'Skip to content', 'Skip to footer'];
const mmNav = ['Posts', 'Categories', 'Tags', 'About'];
const mmBio = 'Treasurer of the Northfell Climbing Club. Spreadsheets by day, plastic holds by night.';
const mmLinks = ['Northfell', 'Email', 'Mastodon', 'GitHub'];
const mmTags = ['club admin', 'tools', 'volunteering'];
const mmShare = ['X', 'Facebook', 'LinkedIn', 'Bluesky'];
const mmRelated = [
  {
    t: 'How we run a fair waiting list for beginners’ courses',
    d: 'February 27, 2025',
    r: '4 minute read',
    e: 'First come, first served sounds fair until you try it.',
  },
  {
    t: 'The treasurer’s year-end checklist for small clubs',
    d: 'January 9, 2025',
    r: '7 minute read',
    e: 'Everything I wish someone had told me in my first December.',
  },
  {
    t: 'Belay checks without the awkwardness',
    d: 'November 30, 2024',
    r: '5 minute read',
    e: 'A short script our session leaders now use with every new member.',
  },
  {
    t: 'Why our club stopped using WhatsApp for announcements',
    d: 'October 12, 2024',
    r: '3 minute read',
    e: 'Ninety unread messages is not a communication strategy.',
  },
];
const mmH = (t: string): string => `<h2 id="${t.toLowerCase().replace(/ /g, '-')}">${t}</h2>`;
const mmHtml = `<!doctype html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8">
<!-- begin _includes/seo.html --><title>${mmTitle} - Belay Notes</title>
<meta name="description" content="Four years of bookings in a shared spreadsheet, what broke, and how a small club chose a booking system.">
<meta name="author" content="Marisol Okafor"><meta property="article:author" content="Marisol Okafor"><meta property="og:type" content="article">
<meta property="og:locale" content="en_GB"><meta property="og:site_name" content="Belay Notes"><meta property="og:title" content="${mmTitle}">
<meta property="article:published_time" content="2025-04-14T00:00:00+00:00"><link rel="canonical" href="https://belaynotes.example/blog/spreadsheet-bookings/">
<script type="application/ld+json">{"@context": "https://schema.org","@type": "Person","name": "Marisol Okafor","url": "https://belaynotes.example/"}</script>
<!-- end _includes/seo.html --><link href="/feed.xml" type="application/atom+xml" rel="alternate" title="Belay Notes Feed">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><script type="text/javascript">document.documentElement.className =
document.documentElement.className.replace(/\\bno-js\\b/g, '') + ' js ';</script>
<link rel="stylesheet" href="/assets/css/main.css"><link rel="preload" href="https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.5.2/css/all.min.css"
as="style" onload="this.onload=null;this.rel='stylesheet'"></head>
<body class="layout--single" dir="ltr">
<nav class="skip-links"><ul>
<li><a href="#site-nav" class="screen-reader-shortcut">${mmSkip[0]}</a></li>
<li><a href="#main" class="screen-reader-shortcut">${mmSkip[1]}</a></li>
<li><a href="#footer" class="screen-reader-shortcut">${mmSkip[2]}</a></li>
</ul></nav>
<div class="masthead"><div class="masthead__inner-wrap"><div class="masthead__menu"><nav id="site-nav" class="greedy-nav">
<a class="site-title" href="/">Belay Notes</a>
<ul class="visible-links">${mmNav.map((t) => `<li class="masthead__menu-item"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}</ul>
<button class="search__toggle" type="button"><span class="visually-hidden">Toggle search</span><i class="fas fa-search"></i></button>
<button class="greedy-nav__toggle hidden" type="button"><span class="visually-hidden">Toggle menu</span><div class="navicon"></div></button>
<ul class="hidden-links hidden"></ul></nav></div></div></div>
<div class="initial-content"><div id="main" role="main">
<div class="sidebar sticky"><div itemscope itemtype="https://schema.org/Person" class="h-card">
<div class="author__avatar"><a href="https://belaynotes.example/"><img src="/assets/images/marisol.jpg" alt="Marisol Okafor" itemprop="image"
class="u-photo"></a></div>
<div class="author__content"><h3 class="author__name p-name" itemprop="name"><a class="u-url" rel="me" href="https://belaynotes.example/" itemprop="url">Marisol
Okafor</a></h3><div class="author__bio p-note" itemprop="description"><p>${mmBio}</p></div></div>
<div class="author__urls-wrapper"><button class="btn btn--inverse">Follow</button><ul class="author__urls social-icons">
<li itemprop="homeLocation" itemscope itemtype="https://schema.org/Place"><i class="fas fa-fw fa-map-marker-alt" aria-hidden="true"></i>
<span itemprop="name" class="p-locality">${mmLinks[0]}</span></li>
${mmLinks
  .slice(1)
  .map(
    (t) => `<li><a href="https://belaynotes.example/${t.toLowerCase()}" rel="nofollow noopener noreferrer me"><i class="fab fa-fw" aria-hidden="true"></i>
<span class="label">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div></div></div>
<article class="page h-entry" itemscope itemtype="https://schema.org/CreativeWork">
<meta itemprop="headline" content="${mmTitle}"><meta itemprop="datePublished" content="2025-04-14T00:00:00+00:00">
<div class="page__inner-wrap"><header><h1 id="page-title" class="page__title p-name" itemprop="headline">
<a href="https://belaynotes.example/blog/spreadsheet-bookings/" class="u-url" itemprop="url">${mmTitle}</a></h1>
<p class="page__meta"><span class="page__meta-date"><i class="far fa-calendar-alt" aria-hidden="true"></i>
<time class="dt-published" datetime="2025-04-14T00:00:00+00:00">April 14, 2025</time></span><span class="page__meta-sep"></span>
<span class="page__meta-readtime"><i class="far fa-clock" aria-hidden="true"></i>
6 minute read</span></p></header>
<section class="page__content e-content" itemprop="text">
<aside class="sidebar__right sticky"><nav class="toc"><header><h4 class="nav__title"><i class="fas fa-file-alt"></i> On this page</h4></header>
<ul class="toc__menu">${[mmH1, mmH2, mmH3, mmH4].map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('')}</ul></nav></aside>
<p class="notice--info">${mmNotice}</p>
${ps(mmP1)}
${mmH(mmH1)}
${ps(mmP2)}
${mmH(mmH2)}
${ps(mmP3)}
<ul>
${mmList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${ps(mmP4)}
${mmH(mmH3)}
${ps(mmP5)}
${mmH(mmH4)}
${ps(mmP6)}
</section>
<footer class="page__meta"><p class="page__taxonomy"><strong><i class="fas fa-fw fa-tags" aria-hidden="true"></i> Tags: </strong>
<span itemprop="keywords">${mmTags
  .map((t) => `<a href="/tags/#${t.replace(/ /g, '-')}" class="page__taxonomy-item p-category" rel="tag">${t}</a>`)
  .join('<span class="sep">, </span>')}</span></p>
<p class="page__taxonomy"><strong><i class="fas fa-fw fa-folder-open" aria-hidden="true"></i> Categories: </strong>
<span itemprop="keywords"><a href="/categories/#blog" class="page__taxonomy-item p-category" rel="tag">blog</a></span></p>
<p class="page__date"><strong><i class="fas fa-fw fa-calendar-alt" aria-hidden="true"></i> Updated:</strong>
<time class="dt-published" datetime="2025-04-14T00:00:00+00:00">April 14, 2025</time></p></footer>
<section class="page__share"><h4 class="page__share-title">Share on</h4>
${mmShare
  .map(
    (s) => `<a href="https://share.example/${s.toLowerCase()}?u=https%3A%2F%2Fbelaynotes.example%2Fblog%2Fspreadsheet-bookings%2F"
class="btn btn--${s.toLowerCase()}"
aria-label="Share on ${s}" onclick="window.open(this.href, 'window', 'left=20,top=20,width=500,height=500,toolbar=1,resizable=0'); return false;"
title="Share on ${s}"><i class="fab fa-fw" aria-hidden="true"></i><span> ${s}</span></a>`,
  )
  .join('\n')}</section>
<nav class="pagination"><a href="/blog/waiting-list/" class="pagination--pager" title="${mmRelated[0]?.t}">Previous</a>
<a href="#" class="pagination--pager disabled">Next</a></nav></div>
<div class="page__comments"><h4 class="page__comments-title">Leave a comment</h4><section class="utterances"></section></div>
</article>
<div class="page__related"><h2 class="page__related-title">You may also enjoy</h2><div class="grid__wrapper">
${mmRelated
  .map(
    (r) => `<div class="grid__item"><article class="archive__item" itemscope itemtype="https://schema.org/CreativeWork"><h2 class="archive__item-title no_toc"
itemprop="headline"><a href="/blog/${r.d.replace(/\W+/g, '-')}/" rel="permalink">${r.t}</a></h2><p class="page__meta"><span class="page__meta-date">
<i class="far fa-fw fa-calendar-alt" aria-hidden="true"></i> <time datetime="2025-01-01">${r.d}</time></span><span class="page__meta-sep"></span>
<span class="page__meta-readtime"><i class="far fa-fw fa-clock" aria-hidden="true"></i> ${r.r}</span></p>
<p class="archive__item-excerpt" itemprop="description">${r.e}</p></article></div>`,
  )
  .join('\n')}</div></div>
</div></div>
<div class="search-content"><div class="search-content__inner-wrap"><form class="search-content__form" onkeydown="return event.key != 'Enter';" role="search">
<label class="sr-only" for="search">Enter your search term...</label><input type="search" id="search" class="search-input" tabindex="-1"
placeholder="Enter your search term..."></form><div id="results" class="results"></div></div></div>
<div id="footer" class="page__footer"><footer><div class="page__footer-follow"><ul class="social-icons"><li><strong>Follow:</strong></li>
<li><a href="https://social.example/@marisol" rel="nofollow noopener noreferrer"><i class="fab fa-fw fa-mastodon" aria-hidden="true"></i> Mastodon</a></li>
<li><a href="/feed.xml"><i class="fas fa-fw fa-rss-square" aria-hidden="true"></i> Feed</a></li></ul></div>
<div class="page__footer-copyright">© 2025 <a href="https://belaynotes.example">Marisol Okafor</a>. Powered by <a href="https://jekyllrb.com"
rel="nofollow">Jekyll</a>
&amp; <a href="https://mademistakes.com/work/jekyll-themes/minimal-mistakes/" rel="nofollow">Minimal Mistakes</a>.</div></footer></div>
<script src="/assets/js/main.min.js"></script><script src="/assets/js/lunr/lunr.min.js"></script><script src="/assets/js/lunr/lunr-store.js"></script>
<script src="/assets/js/lunr/lunr-en.js"></script>
<script>(function() { var s = document.createElement('script'); s.setAttribute('src', 'https://utteranc.es/client.js');
s.setAttribute('repo', 'marisolokafor/belaynotes-comments'); s.setAttribute('issue-term', 'pathname'); s.setAttribute('theme', 'github-light');
s.setAttribute('crossorigin', 'anonymous'); document.getElementsByClassName('utterances')[0].appendChild(s); })();</script>
</body></html>`;
export const minimalMistakesPost: TestPage = {
  html: mmHtml,
  name: 'heldout149-jekyll-minimal-mistakes-blog',
  kind: 'blog',
  // the info notice at the top of the content is the author's own update to the post (body); the TOC inside the content
  // repeats the headings and is left out, its title is furniture; the sidebar author name, date and read time are bylines
  title: mmTitle,
  headings: [mmH1, mmH2, mmH3, mmH4],
  body: texts([mmNotice, ...mmP1, ...mmP2, ...mmP3, ...mmList, ...mmP4, ...mmP5, ...mmP6]),
  bylines: ['Marisol Okafor', 'April 14, 2025', '6 minute read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mmSkip, 'Belay Notes', ...mmNav, 'Toggle search', 'Toggle menu', mmBio, 'Follow', ...mmLinks, 'On this page', 'Tags:', ...mmTags, 'Categories:',
    'blog', 'Updated:', 'Share on', ...mmShare, 'Previous', 'Next', 'Leave a comment', 'You may also enjoy', ...mmRelated.flatMap((r) => [r.t, r.d, r.r, r.e]),
    'Enter your search term...', 'Follow:', 'Feed', '© 2025 Marisol Okafor. Powered by Jekyll & Minimal Mistakes.',
  ],
};
