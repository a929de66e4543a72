import { links, ps, type TestPage, texts } from './page-kit.js';
import { forumThread } from './pages-heldout438-f2.js';
import { j, row, rowText } from './pages-heldout438-kit.js';

/**
 * Held-out batch 438, file f: a freight forwarder's Incoterms explainer in a Zendesk Help Center with the Copenhagen theme
 * (header with the user nav, breadcrumbs and search, "Articles in this section" sidebar, article author block with the
 * relative date and "Updated", Follow button, a comparison table, the article votes, "Have more questions?", related and
 * recently viewed articles, the comments section and the footer) and, from file f2, a truckers' forum thread on phpBB.
 */
const zTitle = 'Incoterms explained: who pays, and when does the risk pass?';
const zIntro = [
  j(
    'Incoterms are three-letter rules that a buyer and seller write into their contract to agree who arranges transport,',
    'who pays for each leg of the journey, and at which point the risk of loss or damage passes from seller to buyer. They',
    'say nothing about when ownership of the goods changes hands or when the invoice must be paid.',
  ),
  j(
    'We see the same handful of terms on almost every booking, so this article covers those. Always write the term together',
    'with a named place and the edition, for example "FCA Leeds warehouse, Incoterms 2020".',
  ),
];
const zH = ['The terms we see most often', 'Risk and cost do not always move together', 'Which term should I choose?'];
const zHead = ['Term', 'Who arranges main carriage', 'Risk passes to buyer'];
const zRows = [
  ['EXW (Ex Works)', 'Buyer', 'When goods are made available at the seller\u2019s premises'],
  ['FCA (Free Carrier)', 'Buyer', 'When goods are handed to the buyer\u2019s carrier at the named place'],
  ['FOB (Free On Board)', 'Buyer', 'When goods are on board the vessel at the port of loading'],
  ['CIF (Cost, Insurance and Freight)', 'Seller', 'When goods are on board the vessel at the port of loading'],
  ['DAP (Delivered at Place)', 'Seller', 'When goods arrive at the named place, ready for unloading'],
  ['DDP (Delivered Duty Paid)', 'Seller', 'When goods arrive at the named place, cleared for import'],
];
const zS2 = [
  j(
    'The terms starting with C are the ones that catch people out. Under CIF the seller pays the freight to the destination',
    'port, but the risk passes to the buyer as soon as the goods are loaded at origin. If the container is damaged at sea, it',
    'is the buyer who claims on the insurance the seller bought.',
  ),
  j(
    'FOB and CIF are meant for goods loaded directly onto a ship, such as bulk cargo. For containers, which are handed over at',
    'a terminal days before loading, FCA and CPT describe the handover more accurately.',
  ),
];
const zS3 = [
  'There is no single right answer, but a few rules of thumb help:',
  'If you are a first-time importer, DAP lets the seller handle the journey while you keep control of customs.',
  'If you have your own forwarder with good rates, FCA at the supplier\u2019s warehouse gives you the most control.',
  'Avoid EXW for exports from the UK: the seller still has to provide information for the export declaration.',
  'Avoid DDP unless the seller is registered for VAT in the destination country.',
  'If in doubt, send us the draft contract and our team will check the term before you sign.',
];
const zSide = [
  'Understanding your freight invoice',
  'What is a bill of lading?',
  'Incoterms explained: who pays, and when does the risk pass?',
  'How do I add insurance to a booking?',
];
const zRelated = ['What does "named place" mean in an Incoterm?', 'Can I change the Incoterm after booking?', 'Cargo insurance: what is covered'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><!-- v26714 --><title>${zTitle} \u2013 Kestrel Cargo Help Centre</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content=""><meta content="width=device-width, initial-scale=1.0" name="viewport">
<meta property="og:type" content="website"><meta property="og:site_name" content="Kestrel Cargo Help Centre"><meta property="og:title" content="${zTitle}">
<link rel="canonical" href="https://help.kestrelcargo.example/hc/en-gb/articles/9912034418-Incoterms-explained">
<link rel="stylesheet" media="all" href="//static.zdassets.example/hc/assets/application-8f1e2c.css"><link rel="stylesheet" media="all"
href="//theme.zdassets.example/theme_assets/1188204/style.css"><script src="//static.zdassets.example/hc/assets/en-gb.6e1d.js"></script>
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"kestrelcargo","environment":"production","name":"Kestrel Cargo"};
HelpCenter.user = {"identifier":"da39a3ee","email":null,"name":"","role":"anonymous","locale":"en-gb"};</script></head>
<body class="community-enabled"><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="//theme.zdassets.example/theme_assets/1188204/logo.png"
alt="Help Centre home page"></a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul
class="user-nav-list"><li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li><li><a class="sign-in"
rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-gb/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location"><ol
class="breadcrumbs"><li title="Kestrel Cargo Help Centre"><a href="/hc/en-gb">Kestrel Cargo Help Centre</a></li><li title="Shipping basics"><a
href="/hc/en-gb/categories/3301">Shipping basics</a></li><li title="Trade terms"><a href="/hc/en-gb/sections/4410">Trade terms</a></li></ol></nav>
<div class="search-container"><form role="search" class="search" data-search="" action="/hc/en-gb/search" method="get"><input type="search"
name="query" placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div
class="collapsible-sidebar"><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div
class="collapsible-sidebar-body"><ul>${links(zSide, 'sidenav-item')}</ul><a href="/hc/en-gb/sections/4410" class="article-sidebar-item">See more</a>
</div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://kestrelcargo.zendesk.example/system/photos/ines.png" alt=""
class="user-avatar"></div><div class="article-meta"><a href="/hc/en-gb/profiles/1200-Ines-Mabury">Ines Mabury</a><ul class="meta-group"><li
class="meta-data"><time datetime="2026-01-19T10:02:44Z" title="2026-01-19 10:02" data-datetime="relative">1 month ago</time></li><li
class="meta-data">Updated</li></ul></div></div><a class="article-subscribe button-secondary" title="Opens a sign-in dialogue" rel="nofollow"
role="button" data-auth-action="signin" href="/hc/en-gb/articles/9912034418/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zIntro)}
<h2>${zH[0]}</h2>
<table border="1" style="border-collapse: collapse;"><thead><tr>${zHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${zRows.map(row).join('\n')}
</tbody></table>
<h2>${zH[1]}</h2>
${ps(zS2)}
<h2>${zH[2]}</h2>
<p>${zS3[0]}</p>
<ul>${zS3
  .slice(1, 5)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
<p>${zS3[5]}</p>
</div><div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li><li><a
href="#" class="share-twitter">X Corp</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls"
role="group"><button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful">Yes</button><button type="button"
class="button article-vote article-vote-down" aria-label="This article was not helpful">No</button></div><small class="article-votes-count"><span
class="article-vote-label">14 out of 16 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${links(zRelated)}</ul>
</section></div>
<div class="article-comments" id="article-comments"><section class="comment-section"><div class="comment-overview"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">0 comments</p></div><p class="comment-callout">Please <a data-auth-action="signin" rel="nofollow" href="/hc/en-gb/signin">sign
in</a> to leave a comment.</p></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Kestrel Cargo Help Centre</a><div class="footer-language-selector"><div
class="dropdown language-selector"><button class="dropdown-toggle" aria-haspopup="true">English (GB)</button></div></div></div>
<div class="powered-by-zendesk"><a href="https://www.zendesk.example/service/help-center/">Powered by Zendesk</a></div></footer>
<script src="//static.zdassets.example/hc/assets/moment-3b62525b.js"></script><script src="//theme.zdassets.example/theme_assets/1188204/script.js"></script>
</body></html>`;
const zendesk: TestPage = {
  name: 'heldout438-zendesk-incoterms-explainer',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zH,
  body: [...texts(zIntro), ...zRows.map(rowText), ...texts([...zS2, ...zS3])],
  bylines: ['Ines Mabury', '1 month ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Kestrel Cargo Help Centre', 'Shipping basics', 'Trade terms', 'Articles in this section',
    ...zSide.filter((s) => s !== zTitle), 'See more', 'Follow', 'Facebook', 'X Corp', 'LinkedIn', 'Was this article helpful?', 'Yes',
    '14 out of 16 found this helpful', 'Have more questions?', 'Return to top', 'Related articles', ...zRelated, 'Comments', '0 comments',
    'Please sign in to leave a comment.', 'English (GB)', 'Powered by Zendesk',
  ],
};

export const HELDOUT438_F: readonly TestPage[] = [zendesk, forumThread];
