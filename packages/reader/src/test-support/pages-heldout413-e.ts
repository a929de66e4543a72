import { links, ps, type TestPage, texts } from './page-kit.js';
import { squarespace } from './pages-heldout413-e2.js';
import { lis } from './pages-heldout413-kit.js';

/**
 * Held-out batch 413, file e: a yarn shop's pattern support article on a Zendesk Guide help centre (Copenhagen theme:
 * header with "Submit a request", breadcrumbs, author avatar with "Updated" line, article body, attachments list, vote
 * box, "Articles in this section" sidebar, related articles, recently viewed, the footer and a OneTrust banner) and,
 * from file e2, a Squarespace designer's errata page.
 */
const zTitle = 'How do I get help with a pattern I bought from you?';
const zIntro = [
  `We're happy to help with every pattern we sell, whether it's one of our own designs or a pattern from one of
the independent designers we stock. The right place to ask depends on who wrote the pattern.`,
];
const zOwnH = 'Heathergate Yarns patterns';
const zOwn = [
  `For our own patterns, send us a request using the form linked below. Please tell us the pattern name, the size you're
making, and the row or round where you're stuck. A photo of your work helps us see what is happening much faster than a
description.`,
  `Our pattern team answers on weekdays, usually within two working days. In the busy weeks before Christmas it can take a
little longer. If your question is urgent because of a deadline, such as a gift, say so in the request and we will try to
answer sooner.`,
];
const zIndieH = 'Patterns by other designers';
const zIndie = [
  `For patterns by other designers, the designer is the best person to help, because they know exactly how the pattern was meant
to work. Most designers list a contact email in the pattern itself, usually on the first or last page.`,
  `If you can't reach the designer after a week, let us know and we'll do our best to help or to put you in touch.`,
];
const zBeforeH = 'Before you get in touch';
const zBefore = [
  'Check the errata page for the pattern, linked from its product page, in case the problem is already known and corrected.',
  'Make sure you have the latest version of the PDF: log in, open My Downloads and download the pattern again.',
  'Count your stitches at the end of the last row that worked, and note the number.',
  'Check your gauge; many "wrong stitch count" questions turn out to be a different needle size.',
];
const zYarn = [
  `Please note that we can't help with substituting a different yarn in detail, but our shop staff are glad to suggest a similar
yarn if you call in or ring the shop.`,
];
const zSide = [
  'Where can I download my pattern PDF?',
  'Can I print my pattern more than once?',
  'Do you offer refunds on digital patterns?',
  'How do I report a mistake in a pattern?',
];
const zRel = ['Understanding pattern sizes and ease', 'How to read a lace chart'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>How do I get help with a pattern I bought from you? – Heathergate Yarns Help Centre</title>
<meta content="https://support.heathergateyarns.example/hc/en-gb/articles/4419020117" property="og:url"><meta content="article" property="og:type">
<meta content="${zTitle}" property="og:title"><link rel="canonical" href="https://support.heathergateyarns.example/hc/en-gb/articles/4419020117">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-7b1e.css"><link rel="stylesheet" href="/hc/theming_assets/01HK/style.css">
<script>window.HelpCenter = {"account":{"subdomain":"heathergate"},"user":{"role":"anonymous"},"internal":{"current_article":4419020117}};</script>
</head><body><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="/hc/theming_assets/01HK/logo.png" alt="Heathergate Yarns Help Centre home
page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li><li><a class="sign-in" rel="nofollow" href="/hc/en-gb/signin">Sign
in</a></li>
</ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs">${links(['Heathergate Yarns Help Centre', 'Patterns', 'Pattern help'])}</ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-gb/search"><input type="search" name="query" placeholder="Search"
aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
<div class="collapsible-sidebar-body"><ul>${links(zSide, 'sidenav-item')}</ul></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="/system/photos/gwen.png" alt="" class="user-avatar"></div><div class="article-meta">
<span class="article-author-name">Gwen Tallack</span><ul class="meta-group"><li class="meta-data"><time datetime="2026-01-05T10:22:41Z"
title="2026-01-05 10:22" data-datetime="relative">Updated 2 months ago</time></li></ul></div></div>
<a class="article-subscribe button" title="Opens a sign-in dialogue" rel="nofollow" role="button"
href="/hc/en-gb/articles/4419020117/subscription.html">Follow</a>
</header><section class="article-info"><div class="article-content"><div class="article-body">
${ps(zIntro)}
<h2>${zOwnH}</h2>
${ps(zOwn)}
<h2>${zIndieH}</h2>
${ps(zIndie)}
<h2>${zBeforeH}</h2>
<ul>${lis(zBefore)}</ul>
${ps(zYarn)}
</div><div class="article-attachments"><ul class="attachments"><li class="attachment-item"><a href="/hc/article_attachments/991/stitch-count-sheet.pdf"
target="_blank">stitch-count-sheet.pdf</a><div class="attachment-meta">84 KB</div></li></ul></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share">${links(['Facebook', 'LinkedIn'], 'share-item')}</ul></div>
<div class="article-comment-count">0 comments</div></div><div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this
article helpful?</h2><div class="article-votes-controls" role="group"><button type="button" class="button article-vote article-vote-up">Yes</button>
<button type="button" class="button article-vote article-vote-down">No</button></div><small class="article-votes-count"><span class="article-vote-label">4
out of
5 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div data-recent-articles><section class="recent-articles"><h2>Recently viewed articles</h2>
<ul>${links([zSide[0] ?? ''])}</ul></section></div><div data-related-articles><section class="related-articles"><h2>Related articles</h2>
<ul>${links(zRel)}</ul></section></div></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Heathergate Yarns</a><div class="footer-language-selector">English (GB)</div>
<p class="powered-by-zendesk">Powered by Zendesk</p></div></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to make our help centre
work and to understand how it is used.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie
Settings</button></div><script src="//static.zdassets.example/hc/assets/hc_enduser-2c4d.js"></script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout413-zendesk-docs',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [zOwnH, zIndieH, zBeforeH],
  body: texts([...zIntro, ...zOwn, ...zIndie, ...zBefore, ...zYarn]),
  bylines: ['Gwen Tallack', 'Updated 2 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Heathergate Yarns Help Centre', 'Patterns', 'Pattern help', 'Articles in this section', ...zSide,
    'Follow', 'stitch-count-sheet.pdf', '84 KB', 'Facebook', 'LinkedIn', '0 comments', 'Was this article helpful?', 'Yes', '4 out of 5 found this helpful',
    'Have more questions?', 'Return to top', 'Recently viewed articles', 'Related articles', ...zRel, 'Heathergate Yarns', 'English (GB)',
    'Powered by Zendesk', 'We use cookies to make our help centre work and to understand how it is used.', 'Accept All Cookies', 'Cookie Settings',
  ],
};

export const HELDOUT413_E: readonly TestPage[] = [zendesk, squarespace];
