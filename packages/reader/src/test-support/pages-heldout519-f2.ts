import { type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout519-kit.js';

/**
 * Held-out batch 519, file f2: a laundry app's help-centre article on Zendesk Guide with the Copenhagen theme (user nav,
 * breadcrumbs and search, "Articles in this section" sidebar, author meta, share links, votes, related articles, closed comments).
 */
const zTitle = 'How to pack your bag for collection';
const zIntro = j(
  'Your driver collects one Washbay bag per order. If you don’t have one yet, any strong bag will do for your first collection, and',
  'we will leave a Washbay bag with your delivery.',
);
const zHeads = ['Before you pack', 'What not to put in the bag', 'Leaving the bag out'] as const;
const zSteps = [
  'Empty every pocket. Coins and pens damage the machines and can ruin a whole load.',
  'Do up zips and buttons, and turn dark jeans inside out.',
  'Put anything you want dry cleaned into the blue bag, and everything for washing into the white bag.',
  'If an item has a stain, add a note in the bag saying what it is and where.',
];
const zNot = [
  'items soaked in oil, paint or solvents',
  'anything wet, which can grow mould on the way to us',
  'bags, shoes and belts, which we can’t clean in this service',
  'single items worth more than £250, which need our Premium service',
];
const zUnsure = 'If you aren’t sure about an item, add it to your order as “Other” and our team will check it before cleaning.';
const zLeave = [
  j(
    'You can leave the bag in a safe place that you name when you book. The driver takes a photo when collecting, which you will find',
    'in the app under <strong>Order details</strong>.',
  ),
  '<strong>Note:</strong> we can’t accept responsibility for bags left in communal hallways or outside blocks of flats.',
];
const zSide = ['Changing or cancelling a collection slot', 'Collection areas and times', 'What happens if I miss my driver?'];
const zRel = ['What we can’t take in a laundry bag', 'How our prices are worked out', 'Reporting a missing item'];
const zCrumbs = ['Washbay Help Centre', 'Collections and deliveries', 'Before your collection'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB">
<head>
<meta charset="utf-8" /><!-- v26831 --><title>How to pack your bag for collection &ndash; Washbay Help Centre</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="">
<link rel="canonical" href="https://help.washbay.example/hc/en-gb/articles/4405123456789-How-to-pack-your-bag-for-collection">
<link rel="alternate" hreflang="en-gb" href="https://help.washbay.example/hc/en-gb/articles/4405123456789-How-to-pack-your-bag-for-collection">
<link rel="alternate" hreflang="x-default" href="https://help.washbay.example/hc/en-gb/articles/4405123456789-How-to-pack-your-bag-for-collection">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-9b1f1e3c.css" media="all" id="stylesheet" />
<link rel="stylesheet" type="text/css" href="//theme.zdassets.com/theme_assets/10293847/5c0b9a1e.css" />
<link rel="icon" type="image/png" href="//theme.zdassets.com/theme_assets/10293847/favicon.png" />
<meta content="width=device-width, initial-scale=1.0" name="viewport" />
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"washbay","environment":"production","name":"Washbay"};
HelpCenter.user = {"identifier":"da39a3ee","email":null,"name":"","role":"anonymous","locale":"en-gb"};</script>
<script src="//static.zdassets.com/hc/assets/en-gb.c4d2a1.js"></script>
<script type="text/javascript" src="//theme.zdassets.com/theme_assets/10293847/8f2e71a3.js"></script>
</head>
<body class="">
<a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="//theme.zdassets.com/theme_assets/10293847/washbay-logo.png"
alt="Washbay Help Centre home page" /></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li>
<li><a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialogue" role="button" href="/hc/en-gb/signin">Sign in</a></li></ul></nav>
</div>
<div class="nav-wrapper-mobile"><button class="menu-button-mobile" aria-controls="user-nav-mobile" aria-expanded="false" aria-label="Toggle navigation menu">
<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" class="icon-menu"></svg></button>
<nav class="menu-list-mobile" id="user-nav-mobile" aria-expanded="false"><ul class="menu-list-mobile-items">
<li class="item"><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li>
<li class="item"><a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-gb/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container">
<div class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs">
${zCrumbs.map((t, i) => `<li title="${t}"><a href="/hc/en-gb${i === 0 ? '' : `/sections/36001${i}`}">${t}</a></li>`).join('\n')}</ol></nav>
<div class="search-container"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon"
aria-hidden="true"></svg>
<form role="search" class="search" data-search="" action="/hc/en-gb/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8"
value="&#x2713;" autocomplete="off" />
<input type="search" name="query" id="query" placeholder="Search" autocomplete="off" aria-label="Search" /></form></div></div>
<div class="article-container" id="article-container">
<aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">
<button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"><svg
class="collapsible-sidebar-toggle-icon chevron-icon"></svg></button>
<span id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</span><div class="collapsible-sidebar-body"><ul>
<li><a href="/hc/en-gb/articles/4405123456789" class="sidenav-item current-article">${zTitle}</a></li>
${zSide.map((t, i) => `<li><a href="/hc/en-gb/articles/44051234568${i}" class="sidenav-item ">${t}</a></li>`).join('\n')}</ul>
<a href="/hc/en-gb/sections/360012" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header">
<h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://washbay.zendesk.com/system/photos/sanne.png" alt="" class="user-avatar"/>
</div>
<div class="article-meta"><a href="/hc/en-gb/profiles/39120455-Sanne-Holt">Sanne Holt</a><ul class="meta-group">
<li class="meta-data"><time datetime="2025-02-18T10:22:41Z" title="2025-02-18 10:22" data-datetime="calendar">18 February 2025 10:22</time></li>
<li class="meta-data">Updated</li></ul></div></div>
<div class="article-subscribe"><button class="button" data-selected="false" title="Opens a sign-in dialogue" rel="nofollow" role="button"
data-auth-action="signin"
aria-selected="false">Follow</button></div></header>
<section class="article-info"><div class="article-content"><div class="article-body"><p>${zIntro}</p>
<h2 id="h_01HPZ8">${zHeads[0]}</h2><ol>${lis(zSteps)}</ol>
<h2 id="h_01HPZ9">${zHeads[1]}</h2><ul>${lis(zNot)}</ul><p>${zUnsure}</p>
<h2 id="h_01HPZA">${zHeads[2]}</h2>${zLeave.map((t) => `<p>${t}</p>`).join('\n')}
</div><div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share">
<li><a href="https://www.facebook.com/share.php?title=How+to+pack" class="share-facebook" target="_blank"><svg aria-hidden="true"></svg><span
class="visually-hidden">Facebook</span></a></li>
<li><a href="https://twitter.com/share?lang=en" class="share-twitter" target="_blank"><svg aria-hidden="true"></svg><span
class="visually-hidden">X Corp</span></a></li>
<li><a href="https://www.linkedin.com/shareArticle?mini=true" class="share-linkedin" target="_blank"><svg aria-hidden="true"></svg><span
class="visually-hidden">LinkedIn</span></a></li></ul></div>
<a href="#article-comments" class="article-comment-count"><svg aria-hidden="true"></svg> 0</a></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
<button type="button" class="button article-vote article-vote-up" data-helper="vote" data-item="article" data-type="up" data-id="4405123456789"
data-upvote-count="12"
data-vote-count="14" data-vote-sum="10" data-vote-url="/hc/en-gb/articles/4405123456789/vote" data-value="null" data-label="12 out of 14 found this helpful"
data-selected-class="button-primary" aria-label="This article was helpful" aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down" data-helper="vote" data-item="article" data-type="down" data-id="4405123456789"
aria-label="This article was not helpful" aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label" data-helper="vote" data-item="article" data-type="label"
data-id="4405123456789">12 out of 14 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top<svg aria-hidden="true"></svg></a></div></footer>
<section class="article-relatives"><div data-recent-articles></div><div class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>
${zRel.map((t, i) => `<li><a href="/hc/en-gb/related/click?data=BAh7Cjo${i}" rel="nofollow">${t}</a></li>`).join('\n')}</ul></div></section>
<div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">0 comments</p></header><p class="comment-callout">Article is closed for comments.</p></section></div>
</article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Washbay Help Centre</a><div class="footer-language-selector"></div></div>
<div class="powered-by-zendesk"><a href="https://www.zendesk.co.uk/service/help-center/?utm_source=helpcenter&amp;utm_medium=poweredbyzendesk"
target="_blank" rel="nofollow">Powered by Zendesk</a></div></footer>
<script type="text/javascript">HelpCenter.internal.showFeedbackButton = false; HelpCenter.internal.initAnalytics({"hc_locale":"en-gb","category_id":360004,
"section_id":360012});</script>
</body>
</html>`;
const zendesk: TestPage = {
  name: 'heldout519-zendesk-pack-your-bag',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [...zHeads],
  body: texts([zIntro, ...zSteps, ...zNot, zUnsure, ...zLeave]),
  bylines: ['Sanne Holt', '18 February 2025 10:22', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zSide, 'See more', 'Follow', 'Facebook', 'X Corp',
    'LinkedIn', '0', 'Was this article helpful?', 'Yes', 'No', '12 out of 14 found this helpful', 'Have more questions?', 'Return to top',
    'Related articles', ...zRel, 'Comments', '0 comments', 'Article is closed for comments.', 'Powered by Zendesk',
  ],
};

export const HELDOUT519_F2: readonly TestPage[] = [zendesk];
