import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, trs } from './pages-heldout339-kit.js';

/**
 * Held-out batch 339, file e2: a marketplace's seller fee article on a Zendesk Help Center with the Copenhagen theme (logo,
 * user nav with "Submit a request" and sign-in, breadcrumbs and search in the sub-nav, the collapsible "Articles in this
 * section" sidebar, the article header with author, time and "Updated" label and the follow button, the fee table, share
 * links, the votes block, "Have more questions?", related articles, the closed comments section and the language footer).
 */
const title = 'Seller fees explained';
const author = 'Maren Tillotson';
const date = '18 February 2026 10:22';
const intro = [
  j(
    'Opening a shop on Stallway is free. You only pay when you list or sell something, and every fee is shown in your Payments',
    'dashboard before it is taken from your balance. This article explains each fee and when it applies.',
  ),
];
const h1 = 'Fees at a glance';
const fees: string[][] = [
  ['Listing fee', '£0.15 per item', 'When you publish or renew a listing (listings last four months)'],
  ['Transaction fee', '5% of the item price and postage', 'When an order is placed'],
  ['Payment processing fee', '3% + £0.25', 'When the buyer’s payment is taken'],
  ['Offsite Ads fee', '12% of the order total', 'Only on sales made through a Stallway ad on another website'],
];
const h2 = 'Transaction fees in detail';
const trans = [
  j(
    'The transaction fee is charged on the full amount the buyer pays for an item, including postage and gift wrapping that you set.',
    'It is not charged on sales tax or VAT that Stallway collects for you.',
  ),
  'If an order is refunded in full, we return the transaction fee to your balance. Partial refunds return a matching share of it.',
];
const h3 = 'How to reduce what you pay';
const reduce = [
  'Group variations such as sizes and colours into one listing, so you pay a single listing fee.',
  'Turn on automatic renewal only for items that sell steadily, and let slow sellers expire.',
  'Shops with sales of more than £8,000 in a year can opt out of Offsite Ads from the Marketing settings.',
];
const h4 = 'Where to see your fees';
const where = [
  j(
    'Go to Shop Manager, then Finances, then Payments. The monthly statement lists every fee next to the order or listing it belongs',
    'to, and you can download it as a CSV file for your accountant.',
  ),
  j(
    'Fees are taken from your sales balance first. If your balance does not cover them at the end of the month, the difference is',
    'charged to the card on file on the 5th, and you will get an email two days before with the amount due.',
  ),
];
const sidebar = ['Seller fees explained', 'When do I get paid?', 'Setting up your bank account', 'Understanding VAT on seller fees', 'Offsite Ads FAQ'];
const crumbs = ['Stallway Help Centre', 'Selling on Stallway', 'Fees and payments'];
const relatedArts = ['Understanding VAT on seller fees', 'How payment reserves work', 'Why was my listing removed?'];
const html = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><title>Seller fees explained &ndash; Stallway Help Centre</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport"><meta name="description" content="Opening a shop on Stallway is free.">
<meta property="og:type" content="website"><meta property="og:site_name" content="Stallway Help Centre">
<meta property="og:title" content="Seller fees explained">
<link rel="canonical" href="https://help.stallway.example/hc/en-gb/articles/8812043377181-Seller-fees-explained">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-9f1c2d.css" media="all">
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"stallway","environment":"production"}; HelpCenter.user = {"locale":"en-gb",
"role":"anonymous"}; HelpCenter.internal = {"current_record_id":"8812043377181","current_record_url":"/hc/en-gb/articles/8812043377181"};</script>
<script src="//static.zdassets.example/hc/assets/hc_enduser-2a7f.js"></script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="https://theme.zdassets.example/theme_assets/1234/logo.png"
alt="Stallway Help Centre home page"></a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation">
<ul class="user-nav-list"><li><a href="/hc/en-gb/community/topics">Community</a></li><li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a
request</a></li></ul></nav><a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialogue" role="button"
href="/hc/en-gb/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs">${crumbs.map((c) => `<li title="${c}"><a href="/hc/en-gb/sections/1">${c}</a></li>`).join('\n')}</ol></nav>
<div class="search-container"><svg class="search-icon"></svg><form role="search" class="search" data-search="" action="/hc/en-gb/search" method="get">
<input type="search" name="query" id="query" placeholder="Search" autocomplete="off" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title"
aria-expanded="false"></button><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
<div class="collapsible-sidebar-body"><ul>${links(sidebar, '')}</ul><a href="/hc/en-gb/sections/1" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${title}" class="article-title">${title}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://stallway.zendesk.example/system/photos/m_t.png" alt=""
class="user-avatar"></div><div class="article-meta"><a href="/hc/en-gb/profiles/3920117-Maren-Tillotson">${author}</a>
<ul class="meta-group"><li class="meta-data"><time datetime="2026-02-18T10:22:31Z" title="2026-02-18 10:22" data-datetime="calendar">${date}</time></li>
<li class="meta-data">Updated</li></ul></div></div>
<div class="article-subscribe"><button class="button" data-selected="false" title="Opens a sign-in dialogue"
rel="nofollow" role="button" data-auth-action="signin" aria-selected="false">Follow</button></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(intro)}
<h2 id="h_01HQ8">${h1}</h2>
<table style="border-collapse: collapse; width: 100%;" border="1"><thead><tr><th>Fee</th><th>Amount</th><th>When it applies</th></tr></thead>
<tbody>${trs(fees)}</tbody></table>
<h2 id="h_01HQ9">${h2}</h2>
${ps(trans)}
<h2 id="h_01HQA">${h3}</h2>
<ul>${lis(reduce)}</ul>
<h2 id="h_01HQB">${h4}</h2>
${ps(where)}
</div><div class="article-attachments"><ul class="attachments"></ul></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share">
<li><a href="https://www.facebook.example/share.php?title=Seller+fees+explained" class="share-facebook" aria-label="Facebook">Facebook</a></li>
<li><a href="https://twitter.example/share?lang=en" class="share-twitter" aria-label="X Corp">X Corp</a></li>
<li><a href="https://www.linkedin.example/shareArticle?mini=true" class="share-linkedin" aria-label="LinkedIn">LinkedIn</a></li></ul></div>
<a href="#article-comments" class="article-comment-count"><svg class="article-comment-count-icon"></svg>0 comments</a></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label"><button type="button" class="button article-vote
article-vote-up" aria-label="This article was helpful" aria-pressed="false">Yes</button><button type="button" class="button article-vote
article-vote-down" aria-label="This article was not helpful" aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">41 out of 52 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div data-recent-articles></div><section class="related-articles" aria-labelledby="related-articles-title">
<h2 class="related-articles-title" id="related-articles-title">Related articles</h2><ul>${links(relatedArts)}</ul></section></section>
<div class="article-comments" id="article-comments"><section class="comment-section"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">Article is closed for comments.</p></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Stallway Help Centre</a>
<div class="footer-language-selector"><div class="dropdown language-selector"><button class="dropdown-toggle" aria-haspopup="true">English
(GB)</button><span class="dropdown-menu dropdown-menu-end" role="menu"><a href="/hc/change_language/fr" dir="ltr" rel="nofollow"
role="menuitem">Français</a></span></div></div></div></footer>
<div id="launcher" class="zEWidget-launcher" aria-label="Help"><span class="label">Help</span></div>
<script>HelpCenter.ready = function(){ Zendesk.HC.articleVotes.init(); };</script></body></html>`;
export const zendeskFees: TestPage = {
  name: 'heldout339-zendesk-copenhagen-seller-fees',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...intro, ...fees.flat(), ...trans, ...reduce, ...where]),
  bylines: [author, date, 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Community', 'Submit a request', 'Sign in', ...crumbs, 'Articles in this section', ...sidebar.slice(1), 'See more',
    'Follow', 'Facebook', 'X Corp', 'LinkedIn', '0 comments', 'Was this article helpful?', 'Yes', '41 out of 52 found this helpful',
    'Have more questions? Submit a request', 'Return to top', 'Related articles', ...relatedArts, 'Comments', 'Article is closed for comments.',
    'English (GB)', 'Français', 'Help',
  ],
};
