import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout296-kit.js';

/**
 * Held-out batch 296, file a2: a bank's help-centre article on Zendesk Guide (Copenhagen theme: header with sign-in, search,
 * breadcrumbs, article sidebar "Articles in this section", author avatar and "Updated" meta, follow button, "Was this
 * article helpful?" votes, "Return to top", "Related articles", "Recently viewed articles", chat widget launcher, footer).
 */
const bTitle = 'How do I dispute a card transaction I don’t recognise?';
const bIntro = j(
  'If you see a payment on your Northmoor debit or credit card that you did not make, or a payment for something that never',
  'arrived, you can raise a dispute in the app. Most disputes are resolved within 15 working days.',
);
const bH = ['Before you raise a dispute', 'Raise a dispute in the app', 'What happens next', 'If you think your card has been compromised'];
const bBefore = [
  'Check whether the payment is pending. Pending payments can change or drop off within a few days.',
  'Look at the merchant name in full. Some businesses trade under a different name from the one on their shop front.',
  'Ask anyone else who uses the card or your account, such as a joint account holder.',
  'Contact the merchant first if you recognise them. Many refunds are quicker to sort out directly.',
];
const bSteps = [
  'Open the Northmoor app and tap <strong>Cards</strong>.',
  'Choose the card and find the transaction in the list.',
  'Tap the transaction, then <strong>Something’s wrong with this payment</strong>.',
  'Pick the reason that fits best and add any details or receipts you have.',
  'Tap <strong>Submit</strong>. You’ll get a reference number by email.',
];
const bNext = [
  j(
    'We may put a temporary credit on your account while we look into it. This shows as “Provisional credit” on your statement.',
    'If the dispute is decided in the merchant’s favour, we will take this credit back and let you know first.',
  ),
  j('We’ll contact you in the app if we need more information. Please reply within 10 days, otherwise we may have to close the', 'dispute.'),
];
const bCompromised = j(
  'Freeze your card straight away in the app under <strong>Cards &gt; Freeze card</strong>, then call us on 0300 555 0142.',
  'Freezing stops new card payments but keeps your direct debits running. We’ll send you a replacement card with a new number.',
);
const bNote = j(
  '<strong>Note:</strong> you have up to 13 months from the date of the payment to raise a dispute, but the sooner you tell us,',
  'the easier it is to recover your money.',
);
const bSection = ['Report a lost or stolen card', 'Why was my card payment declined?', 'Setting up spending limits', 'Using your card abroad'];
const bRelated = ['Cancel a recurring card payment', 'How long do refunds take to reach my account?', 'Chargebacks explained'];
const bRecent = ['Change your address', 'Order a new PIN reminder'];
const bFoot = ['Northmoor Bank', 'Accessibility', 'Security centre', 'Cookies', 'Legal'];
const bHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><title>${bTitle} – Northmoor Help Centre</title>
<meta name="csrf-param" content="authenticity_token"><meta content="${bTitle}" property="og:title">
<meta content="Northmoor Help Centre" property="og:site_name"><link rel="canonical" href="https://help.northmoor.example/hc/en-gb/articles/4408821">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application.css" media="all">
<link rel="stylesheet" href="//theme.zdassets.example/theme_assets/1182/style.css" media="all">
<script src="//static.zdassets.example/hc/assets/en-gb.js"></script>
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"northmoorhelp"}; HelpCenter.user = {"role":"anonymous"};</script>
<script type="text/javascript">window.zESettings = {webWidget: {chat: {departments: {enabled: []}}}};</script></head>
<body class="community-enabled"><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="//theme.zdassets.example/logo.png" alt="Northmoor Help Centre home page">
</a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation">
<ul class="user-nav-list"><li><a href="https://www.northmoor.example">Back to northmoor.example</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-gb/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs"><li title="Northmoor Help Centre"><a href="/hc/en-gb">Northmoor Help Centre</a></li>
<li title="Cards and payments"><a href="/hc/en-gb/categories/360">Cards and payments</a></li>
<li title="Disputes and refunds"><a href="/hc/en-gb/sections/3601">Disputes and refunds</a></li></ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-gb/search"><input type="search" name="query"
placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><button type="button" class="collapsible-sidebar-toggle" aria-expanded="false"></button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
<div class="collapsible-sidebar-body"><ul>${links(bSection)}</ul>
<a href="/hc/en-gb/sections/3601" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${bTitle}" class="article-title">${bTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="//theme.zdassets.example/avatar.png" alt="" class="user-avatar"></div>
<div class="article-meta"><span title="Northmoor Support">Northmoor Support</span><ul class="meta-group"><li class="meta-data">
<time datetime="2026-02-20T11:42:08Z" title="2026-02-20 11:42" data-datetime="relative">Updated 2 months ago</time></li></ul></div></div>
<div class="article-subscribe"><button class="button" data-selected="false" aria-haspopup="true">Follow</button></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps([bIntro])}
<h2 id="h_01HQ1">${bH[0]}</h2>
<ul>${lis(bBefore)}</ul>
<h2 id="h_01HQ2">${bH[1]}</h2>
<ol>${lis(bSteps)}</ol>
<h2 id="h_01HQ3">${bH[2]}</h2>
${ps(bNext)}
<h2 id="h_01HQ4">${bH[3]}</h2>
${ps([bCompromised])}
<div class="callout callout--info">${ps([bNote])}</div>
</div><div class="article-attachments"></div></div>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li>
<li><a href="#" class="share-twitter">X Corp</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up"
aria-label="This article was helpful" aria-pressed="false">Yes</button><button type="button" class="button article-vote article-vote-down"
aria-label="This article was not helpful" aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">41 out of 57 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div data-recent-articles><section class="recent-articles">
<h2>Recently viewed articles</h2><ul>${links(bRecent)}</ul></section></div>
<div data-related-articles><section class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(bRelated)}</ul></section></div></section></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><ul class="footer-links">${links(bFoot)}</ul>
<p class="footer-legal">Northmoor Bank plc is authorised by the Prudential Regulation Authority. Registered in England No. 09127744.</p>
<div class="powered-by-zendesk"><a href="https://www.zendesk.example/service/help-center/">Powered by Zendesk</a></div></div></footer>
<div id="launcher" class="zEWidget-launcher" aria-label="Help"><button><span class="label">Chat with us</span></button></div>
<script src="//static.zdassets.example/ekr/snippet.js?key=4411"></script></body></html>`;

export const bankHelp: TestPage = {
  name: 'heldout296-zendesk-guide-docs',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([bIntro, ...bBefore, ...bSteps, ...bNext, bCompromised, bNote]),
  bylines: ['Northmoor Support', 'Updated 2 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Back to northmoor.example', 'Sign in', 'Northmoor Help Centre', 'Cards and payments', 'Disputes and refunds',
    'Articles in this section', ...bSection, 'See more', 'Follow', 'Facebook', 'X Corp', 'LinkedIn', 'Was this article helpful?',
    '41 out of 57 found this helpful', 'Have more questions?', 'Submit a request', 'Return to top', 'Recently viewed articles', ...bRecent,
    'Related articles', ...bRelated, ...bFoot, 'Northmoor Bank plc is authorised by the Prudential Regulation Authority.', 'Powered by Zendesk',
    'Chat with us',
  ],
};
