import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout684-kit.js';

/** Held-out batch 684, file e2: a self-storage firm's help centre article on Zendesk Guide (Copenhagen). */
const zTitle = 'How do I get 24-hour access to my unit?';
const zIntro = j(
  'Every Oakvault customer can choose between standard access, from 6am to 10pm seven days a week, and 24-hour access for an',
  'extra £8 a month.',
);
const zStepsLead = 'To switch to 24-hour access:';
const zSteps = [
  'Sign in to the Oakvault app.',
  'Open <strong>My Unit</strong> and tap <strong>Access hours</strong>.',
  'Choose <strong>24-hour access</strong> and confirm the monthly charge.',
];
const zAfter = 'The change takes effect within an hour. Your gate PIN stays the same.';
const zNote = j(
  '<strong>Please note:</strong> between 10pm and 6am the site is unstaffed. If you have a problem, use the help point by the',
  'lift to speak to our control room.',
);
const zH = 'Which sites offer 24-hour access?';
const zSites = 'All our sites except Kelbridge Road and the Riverside lockers, where the building is shared with other businesses.';
const zSection = ['How do I change my gate PIN?', 'Can someone else visit my unit for me?', 'What happens if I lose my padlock key?'];
const zRel = ['Adding a named person to your account', 'Moving to a different unit size'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8" /><!-- v26879 --><title>${zTitle} – Oakvault Help Centre</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="hc:meta:server:Xk1p0q2R">
<link rel="canonical" href="https://help.oakvault.co.uk/hc/en-gb/articles/36021488127761-How-do-I-get-24-hour-access-to-my-unit">
<meta content="width=device-width, initial-scale=1.0" name="viewport" /><meta property="og:title" content="${zTitle}">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-7a1c0d9f2e3b.css" media="all" id="stylesheet" />
<link rel="stylesheet" type="text/css" href="//theme.zdassets.com/theme_assets/10411881/3a7c2e1f0b.css" />
<script src="//static.zdassets.com/hc/assets/en-gb.4e2f1a.js"></script>
<script>window.HelpCenter = {};HelpCenter.account = {"subdomain":"oakvault","environment":"production",
"name":"Oakvault Storage"};HelpCenter.user = {"role":"anonymous"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb">
<img src="//theme.zdassets.com/theme_assets/10411881/oakvault-logo.png" alt="Oakvault Help Centre home page">
</a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li>
<li><a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialogue" role="button" href="/hc/en-gb/signin">Sign in</a></li></ul></nav></div>
<div class="nav-wrapper-mobile"><button class="menu-button-mobile" aria-controls="user-nav-mobile" aria-expanded="false" aria-label="Toggle navigation menu">
</button></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs">
<li title="Oakvault Help Centre"><a href="/hc/en-gb">Oakvault Help Centre</a></li><li title="Your unit"><a href="/hc/en-gb/categories/3601">Your unit</a></li>
<li title="Access and security"><a href="/hc/en-gb/sections/3602">Access and security</a></li></ol></nav>
<div class="search-container">
<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon" aria-hidden="true"></svg>
<form role="search" class="search" data-search="" action="/hc/en-gb/search" accept-charset="UTF-8" method="get">
<input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" />
<input type="search" name="query" id="query" placeholder="Search" autocomplete="off" aria-label="Search" /></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">
<button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
<li><a href="/hc/en-gb/articles/36021488127761" class="sidenav-item current-article" aria-current="page">${zTitle}</a></li>
${zSection.map((t) => `<li><a href="/hc/en-gb/articles/" class="sidenav-item">${t}</a></li>`).join('\n')}
</ul><a href="/hc/en-gb/sections/3602" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><span class="icon-agent"></span>
<img src="https://oakvault.zendesk.com/system/photos/nadia.png" alt="" class="user-avatar" /></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/39120-Nadia-Forsyth">Nadia Forsyth</a><ul class="meta-group">
<li class="meta-data"><time datetime="2026-01-28T10:12:44Z" title="2026-01-28 10:12" data-datetime="relative">2 months ago</time></li>
<li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe" title="Opens a sign-in dialogue" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false"
href="/hc/en-gb/articles/36021488127761/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body"><p>${zIntro}</p><p>${zStepsLead}</p><ol>${lis(zSteps)}</ol><p>${zAfter}</p>
<p class="wysiwyg-color-black70" style="background-color: #fff6d9; padding: 12px;">${zNote}</p><h3 id="h_01HQ8K2M1A">${zH}</h3><p>${zSites}</p></div>
<div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li>
<a href="https://www.facebook.com/share.php?title=" class="share-facebook" aria-label="Facebook"></a></li>
<li><a href="https://twitter.com/share?lang=en" class="share-twitter" aria-label="X Corp"></a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
<button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="This article was helpful"
aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="This article was not helpful"
aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">3 out of 4 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top">
<a href="#article-container">Return to top<svg xmlns="http://www.w3.org/2000/svg" class="article-return-to-top-icon" aria-hidden="true"></svg></a></div>
</footer>
<div class="article-relatives"><div data-recent-articles></div><section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>
${links(zRel)}</ul></section></div>
<div class="article-comments" id="article-comments"><section class="comments"><h2 id="comments-label">Comments</h2><div class="comment-overview">
<p id="comments-count">0 comments</p><p class="comment-callout">Article is closed for comments.</p></div></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Oakvault Help Centre</a><div class="footer-language-selector"></div></div>
</footer>
<script type="text/javascript">HelpCenter.i18n = {"locale":"en-gb"};</script><script src="//static.zdassets.com/hc/assets/hc_enduser-5b1e0c.js"></script>
</body></html>`;
const zendesk: TestPage = {
  name: 'heldout684-zendesk-access-hours',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [zH],
  body: texts([zIntro, zStepsLead, ...zSteps, zAfter, zNote, zSites]),
  bylines: ['Nadia Forsyth', '2 months ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Oakvault Help Centre', 'Your unit', 'Access and security', 'Articles in this section', ...zSection,
    'See more', 'Follow', 'Was this article helpful?', 'Yes', 'No', '3 out of 4 found this helpful', 'Have more questions? Submit a request', 'Return to top',
    'Related articles', ...zRel, 'Comments', '0 comments', 'Article is closed for comments.',
  ],
};

export const HELDOUT684_E2: readonly TestPage[] = [zendesk];
