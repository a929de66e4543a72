import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout505-kit.js';

/**
 * Held-out batch 505, file d: a credit union's notice of its annual meeting on Webflow (CMS collection template, w-richtext,
 * a newsletter form with its hidden success and error messages, a "More news" collection list), and a credit union's help
 * article on a lost or stolen debit card in a Zendesk Guide help center (Copenhagen theme).
 */
const fTitle = 'Notice of the 71st Annual Meeting of Members';
const fDek = 'Members are invited to meet the board, hear the year in review and vote for three seats on the Board of Directors.';
const fBody = [
  j(
    'The 71st Annual Meeting of Quarrystone Credit Union will be held on Tuesday, April 13, 2027 at 6:30 p.m. at the Granite Hall Event Center,',
    '1500 Ledge Road, Barre Hollow. Doors open at 5:45 p.m. and a light dinner will be served.',
  ),
  'Agenda',
  'Call to order and confirmation of a quorum',
  'Approval of the minutes of the 70th Annual Meeting',
  'Reports of the Chair, the President and the Supervisory Committee',
  'Election results for the Board of Directors',
  'Unfinished and new business',
  'Adjournment and door prize drawing',
  'Board election',
  j(
    'The Nominating Committee has nominated Alma Treviño, Joseph Kittredge and Priya Venkataraman for three open seats, each a three-year term.',
    'No nominations by petition were received by the January 29 deadline, so under our bylaws the election will be by acclamation and no ballots',
    'will be mailed.',
  ),
  'Attending online',
  j(
    'Members who cannot come in person can watch the meeting live. Register in advance with your member number to receive a link; questions',
    'can be submitted through the chat during the reports.',
  ),
];
const fNav = ['Personal', 'Business', 'Borrow', 'Community', 'Join Us'];
const fMore = ['Spring home equity special is here', 'Quarrystone named a top workplace again', 'New drive-up hours at Ledge Road'];
const fFoot = ['Privacy', 'Disclosures', 'Careers', 'Contact'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Feb 08 2027 15:02:11 GMT+0000 -->
<html data-wf-domain="www.quarrystonecu.com" data-wf-page="65a8f3c2b41e7d0012ab34cd" data-wf-site="65a8f3c2b41e7d0012ab3411" lang="en"
data-wf-collection="65a8f3c2b41e7d0012ab3490" data-wf-item-slug="71st-annual-meeting"><head><meta charset="utf-8">
<title>${fTitle} | Quarrystone Credit Union</title><meta content="${fDek}" name="description"><meta content="${fTitle}" property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65a8f3c2b41e7d0012ab3411/css/quarrystone.webflow.shared.4e1c2b7a9.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"
aria-label="home"><img src="https://cdn.prod.website-files.com/65a8f3c2b41e7d0012ab3411/qcu-logo.svg"
loading="lazy" alt="" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(' ', '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}<a href="https://online.quarrystonecu.com" class="button nav-button w-button">Sign In</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section post-header"><div class="w-container"><a href="/news" class="back-link">← All news</a><div class="post-meta"><div
class="category-pill">Member Notices</div><div class="post-date">February 8, 2027</div></div><h1 class="heading-post">${fTitle}</h1>
<p class="post-summary">${fDek}</p></div></section>
<section class="section post-body"><div class="w-container"><div class="post-image-wrap">
<img src="https://cdn.prod.website-files.com/65a8f3c2b41e7d0012ab3490/granite-hall.jpg"
loading="lazy" alt="Granite Hall Event Center" class="post-image"></div><div class="rich-text w-richtext">${ps([fBody[0] ?? ''])}<h2>${fBody[1]}</h2>
<ol role="list">${lis(fBody.slice(2, 8))}</ol><h2>${fBody[8]}</h2>${ps([fBody[9] ?? ''])}<h2>${fBody[10]}</h2>${ps([fBody[11] ?? ''])}
<figure class="w-richtext-align-center w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.com/65a8f3c2b41e7d0012ab3490/board-2026.jpg"
loading="lazy" alt=""></div><figcaption>The 2026 Board of Directors at last year's meeting.</figcaption></figure>
<p><strong>Mara Lindqvist</strong><br>Secretary, Board of Directors</p></div>
<a href="https://www.quarrystonecu.com/annual-meeting-registration" class="button w-button">Register to attend online</a></div></section>
<section class="section more-news"><div class="w-container"><h2 class="section-heading">More news</h2><div class="w-dyn-list"><div role="list"
class="news-grid w-dyn-items">${fMore
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/news/${t.length}" class="news-card w-inline-block">
<h3 class="news-card-title">${t}</h3><div class="news-card-link">Read more →</div></a></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="section newsletter"><div class="w-container"><h2>Get member news by email</h2><div class="w-form"><form id="email-form" name="email-form"
data-name="Email Form" method="get" aria-label="Email Form"><input class="text-field w-input" maxlength="256" name="email" data-name="Email"
placeholder="Your email"
type="email" id="email" required=""><input type="submit" data-wait="Please wait..." class="button w-button" value="Sign up"></form><div class="w-form-done"
tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div><div class="w-form-fail"
tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="w-container"><div class="footer-links">${fFoot
  .map(
    (t) => `<a href="/${t.toLowerCase()}"
class="footer-link">${t}</a>`,
  )
  .join('')}
</div><div class="footer-legal">Federally insured by NCUA. Equal Housing Opportunity. © 2027 Quarrystone Credit Union.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a8f3c2b41e7d0012ab3411" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/65a8f3c2b41e7d0012ab3411/js/webflow.a1b2c3d4.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout505-webflow-annual-meeting',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: at(fBody, 1, 8, 10),
  body: texts([fDek, ...fBody.filter((_, i) => ![1, 8, 10].includes(i))]),
  bylines: ['February 8, 2027', 'Mara Lindqvist', 'Secretary, Board of Directors'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav.filter((t) => t !== 'Business'), 'Sign In', '← All news', 'Member Notices',
    "The 2026 Board of Directors at last year's meeting.", 'Register to attend online', 'More news',
    ...fMore, 'Read more →', 'Get member news by email', ...fFoot, 'Federally insured by NCUA. Equal Housing Opportunity. © 2027 Quarrystone Credit Union.',
  ],
};

const zTitle = 'What should I do if my debit card is lost or stolen?';
const zBody = [
  'If you cannot find your Lakemere debit card, lock it first. Locking stops new purchases and ATM withdrawals right away and can be undone at any time.',
  'Lock your card in the app',
  'Open the Lakemere Mobile app and tap Cards.',
  'Choose the card and turn on Lock card.',
  'If you find the card, turn the switch off again. Recurring payments such as subscriptions keep working while the card is locked.',
  'Report it lost or stolen',
  j(
    'If the card is gone for good, tap Report lost or stolen on the same screen, or call us at (555) 013-5500. After hours, choose option 2',
    'to reach our card services partner, who can close the card for you 24 hours a day.',
  ),
  j(
    'We will cancel the old card and send a new one with a new number within 7 to 10 business days. If you need it sooner, ask for rush',
    'delivery; there is no fee for rush delivery when a card is stolen.',
  ),
  'Charges you do not recognize',
  j(
    'Review your recent transactions in the app. For any charge you did not make, tap the transaction and choose Dispute. You are not',
    'responsible for unauthorized charges reported within 60 days of the statement on which they first appear.',
  ),
  'Note: update your new card number with any merchants that bill you automatically, such as phone or streaming services.',
];
const zSide = ['Activate a new debit card', 'Set a travel notice', 'Change your card PIN', 'Why was my card declined?'];
const zRel = ['How do I dispute a transaction?', 'Can I get a card the same day?', 'Setting up card alerts'];
const zHtml = `<!DOCTYPE html><html dir="ltr" lang="en-US"><head><meta charset="utf-8">
<!-- v26950 --><title>${zTitle} – Lakemere FCU Help Center</title><meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content=""><link rel="canonical" href="https://help.lakemerefcu.org/hc/en-us/articles/4409127733511">
<link rel="alternate" hreflang="en-us" href="https://help.lakemerefcu.org/hc/en-us/articles/4409127733511"><meta content="width=device-width, initial-scale=1.0"
name="viewport"><link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-f34d73e002337ab267a13449ad9d7955.css" media="all">
<link rel="stylesheet" href="//theming.zdassets.com/theming_assets/12345/360001/style.css?digest=2111" media="all">
<script src="//static.zdassets.com/hc/assets/en-us.e0e6e53d0a8dd1e9c7d1.js"></script>
<script>window.HelpCenter = {};HelpCenter.account = {"subdomain":"lakemerefcu","environment":"production","name":"Lakemere FCU"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="//theming.zdassets.com/theming_assets/12345/logo.png"
alt="Lakemere FCU Help Center home page"></a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation">
<ul class="user-nav-list"><li><a href="https://www.lakemerefcu.org">Back to lakemerefcu.org</a></li><li><a class="submit-a-request"
href="/hc/en-us/requests/new">Submit a request</a></li></ul></nav><a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialog"
role="button" href="/hc/en-us/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs"><li title="Lakemere FCU Help Center"><a href="/hc/en-us">Lakemere FCU Help Center</a></li><li title="Cards"><a
href="/hc/en-us/categories/360003">Cards</a></li><li title="Debit cards"><a href="/hc/en-us/sections/360009">Debit cards</a></li></ol></nav>
<div class="search-container"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon"
aria-hidden="true"><circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"/></svg><form role="search" class="search" data-search=""
action="/hc/en-us/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off"><input type="search"
name="query" id="query" placeholder="Search" autocomplete="off" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div
class="collapsible-sidebar"><button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
<li><a href="/hc/en-us/articles/4409127733511" class="sidenav-item current-article" aria-current="page">${zTitle}</a></li>${zSide
  .map(
    (t) => `<li><a
href="/hc/en-us/articles/${t.length}" class="sidenav-item">${t}</a></li>`,
  )
  .join('')}</ul><a href="/hc/en-us/sections/360009" class="article-sidebar-item">See
more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://lakemerefcu.zendesk.com/system/photos/avatar.png" alt="" class="user-avatar">
</div><div class="article-meta"><span title="Joanna Ferrell">Joanna Ferrell</span><ul class="meta-group"><li class="meta-data"><time
datetime="2026-10-02T15:41:07Z" title="2026-10-02 15:41" data-datetime="relative">October 02, 2026 15:41</time></li><li class="meta-data">Updated</li></ul>
</div></div><a class="article-subscribe button-secondary" title="Opens a sign-in dialog" rel="nofollow" role="button" data-auth-action="signin"
aria-selected="false" href="/hc/en-us/articles/4409127733511/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">${ps([zBody[0] ?? ''])}<h3>${zBody[1]}</h3>
<ol>${lis(zBody.slice(2, 4))}</ol>
${ps([zBody[4] ?? ''])}<h3>${zBody[5]}</h3>${ps(zBody.slice(6, 8))}<h3>${zBody[8]}</h3>${ps([zBody[9] ?? ''])}<div class="callout"><p>${zBody[10]}</p></div>
</div>
<div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php?title=lost"
class="share-facebook"
aria-label="Facebook"></a></li></ul></div></div><div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article
helpful?</h2><div class="article-votes-controls" role="group" aria-labelledby="article-votes-label"><button type="button" class="button article-vote
article-vote-up" data-auth-action="signin" aria-label="This article was helpful" aria-pressed="false">Yes</button><button type="button" class="button
article-vote article-vote-down" data-auth-action="signin" aria-label="This article was not helpful" aria-pressed="false">No</button></div><small
class="article-votes-count"><span class="article-vote-label">14 out of 17 found this helpful</span></small></div><div class="article-more-questions">Have
more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div><div class="article-return-to-top"><a href="#article-container">Return to top</a>
</div>
</footer><section class="article-relatives"><div data-recent-articles></div><section class="related-articles"><h2 class="related-articles-title">Related
articles</h2><ul>${links(zRel)}</ul></section></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Lakemere FCU Help Center</a><div class="footer-language-selector"></div>
<p class="footer-legal">Federally insured by NCUA.</p></div></footer><div class="powered-by-zendesk"><svg xmlns="http://www.w3.org/2000/svg" width="26"
height="26" focusable="false" viewBox="0 0 26 26"><path fill="currentColor" d="M12 8.2v14.5H0z"/></svg><a href="https://www.zendesk.com/service/help-center/"
target="_blank" rel="nofollow noopener">Powered by Zendesk</a></div>
<script src="//theming.zdassets.com/theming_assets/12345/360001/script.js?digest=2111"></script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout505-zendesk-lost-card',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: at(zBody, 1, 5, 8),
  body: texts(zBody.filter((_, i) => ![1, 5, 8].includes(i))),
  bylines: ['Joanna Ferrell', 'October 02, 2026 15:41', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Back to lakemerefcu.org', 'Submit a request', 'Sign in', 'Lakemere FCU Help Center', 'Debit cards',
    'Articles in this section', ...zSide, 'See more', 'Follow', 'Was this article helpful?', 'Yes', '14 out of 17 found this helpful',
    'Have more questions? Submit a request', 'Return to top', 'Related articles', ...zRel, 'Federally insured by NCUA.', 'Powered by Zendesk',
  ],
};

export const HELDOUT505_D: readonly TestPage[] = [webflow, zendesk];
