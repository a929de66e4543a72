import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout419-kit.js';

/**
 * Held-out batch 419, file e: a postal operator's customs declaration help article on Help Scout Docs (docs site header,
 * search, category sidebar, "Last updated on" line, "Did this answer your question?" ratings, related articles, contact
 * button) and a parcel locker network's landing page built in Webflow (w-nav, hero, stats, locker finder embed, steps grid,
 * FAQ dropdowns, app badges, footer).
 */
const hTitle = 'Filling in a customs declaration (CN22 and CN23)';
const hIntro = [
  j(
    'Any parcel you send outside the Tessaly customs area needs a customs declaration. It tells customs officers what is inside,',
    'what it is worth and why you are sending it, so they can work out whether the receiver has duty to pay.',
  ),
  'Use form CN22 for items worth up to T$300 and form CN23 for anything worth more, or for any commercial shipment.',
];
const hStepsH = 'Completing the form online';
const hSteps = [
  'Choose whether the parcel is a gift, a sale of goods, documents, a return or a commercial sample.',
  'Describe each item in plain words, such as "wool jumper" rather than "clothing" or "gift".',
  'Give the quantity, the weight of each item and its value in Tessaly dollars.',
  'Add the six-digit tariff code for each item if you are sending goods you sold.',
  'Sign the declaration. By signing, you confirm that the parcel contains no prohibited items.',
];
const hMistH = 'Common mistakes';
const hMist = [
  j(
    'Vague descriptions are the main reason parcels are held at customs. "Sample", "personal items" or "spare parts" will almost',
    'always lead to a request for more information, which can add two weeks to delivery.',
  ),
  j(
    'Do not mark goods you sold as a gift to save the receiver money. Customs officers compare declarations with online orders, and',
    'a false declaration can lead to a fine and the parcel being seized.',
  ),
];
const hPaperH = 'If you use a paper form';
const hPaper = [
  j(
    'Paper CN23 forms come in a pack of four copies. Keep the last copy for your records and put the other three in the clear',
    'plastic wallet on the outside of the parcel. Our counter staff cannot fill in the form for you, but they can check it.',
  ),
];
const hCats = ['Sending abroad', 'Customs and duty', 'Tracking', 'Returns and refunds'];
const hRel = ['Which countries need a commercial invoice?', 'Finding the tariff code for your goods', 'Why is my parcel held at customs?'];
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${hTitle} - Tessaly Post Help</title><meta name="viewport" content="width=device-width, maximum-scale=1">
<meta name="apple-mobile-web-app-capable" content="yes"><meta property="og:site_name" content="Tessaly Post Help">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://help.tessalypost.example/article/212-customs-declaration">
<link rel="stylesheet" href="//d3eto7onm69fcz.cloudfront.example/assets/stylesheets/launch-1776.css">
<script type="text/javascript">window.hsbeaconObj = {"color":"#0b5a7a","icon":"question","instructions":"Ask us anything"};</script>
</head><body><div class="navbar navbar-inverse navbar-fixed-top"><div class="navbar-inner"><div class="container-fluid">
<a class="brand" href="/"><img src="/logo.png" alt="Tessaly Post Help" width="180" height="40"></a>
<div class="nav-collapse collapse"><nav role="navigation"><ul class="nav"><li id="home"><a href="/">Home <b class="caret"></b></a></li>
<li><a href="https://www.tessalypost.example" class="twitter">Tessaly Post website</a></li><li id="contact">
<a href="#" class="contactUs" onclick="">Contact us</a></li></ul></nav></div></div></div></div>
<section id="docsSearch"><h1>How can we help?</h1><form action="/search" method="GET" id="searchBar" autocomplete="off">
<input type="text" name="query" title="search-query" class="search-query" placeholder="Search the knowledge base" aria-label="Search the knowledge base">
<button type="submit"><span class="sr-only">Toggle Search</span></button></form></section>
<div id="contentArea" class="container-fluid"><div class="row-fluid"><section id="main-content" class="span9">
<div class="contentWrapper withRelated"><article id="fullArticle"><h1 class="title">${hTitle}</h1>
<a href="javascript:window.print()" class="printArticle" title="Print this article" aria-label="Print this Article"><i class="icon-print"></i></a>
${ps(hIntro)}
<h2 id="online">${hStepsH}</h2>
<ol>${hSteps.map((s) => `<li>${s}</li>`).join('\n')}</ol>
<div class="callout-yellow"><p>Read more: <a href="/article/215-tariff-codes">Finding the tariff code for your goods</a></p></div>
<h2 id="mistakes">${hMistH}</h2>
${ps(hMist)}
<h2 id="paper">${hPaperH}</h2>
${ps(hPaper)}
</article><div class="articleRatings" data-article-url="https://help.tessalypost.example/article/212-customs-declaration">
<span class="articleRatings-question">Did this answer your question?</span><span class="articleRatings-feedback">
<span class="articleRatings-feedback-icon">Thanks for the feedback</span></span><span class="articleRatings-failure">There was a problem submitting your
feedback. Please try again later.</span></div>
<div class="articleFoot"><p class="lu">Last updated on February 9, 2026</p></div>
<section class="related"><h3>Related Articles</h3><ul>${links(hRel)}</ul></section></div></section>
<aside id="sidebar" class="span3"><form action="/search" method="GET" id="searchBar" class="sm"><input type="text" name="query" placeholder="Search"
aria-label="Search"></form>
<h3>Categories</h3><ul class="nav nav-list">${links(hCats)}</ul></aside></div></div>
<footer><p>© Tessaly Post 2026. Powered by <a href="https://www.helpscout.example/docs-refer/" target="_blank">Help Scout</a></p></footer>
<script src="//d3eto7onm69fcz.cloudfront.example/assets/javascripts/app4.min.js"></script></body></html>`;
const tessaly: TestPage = {
  name: 'heldout419-helpscout-docs-customs-form-docs',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [hStepsH, hMistH, hPaperH],
  body: texts([...hIntro, ...hSteps, ...hMist, ...hPaper]),
  bylines: ['Last updated on February 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Tessaly Post website', 'Contact us', 'How can we help?', 'Toggle Search', 'Read more: Finding the tariff code for your goods',
    'Did this answer your question?', 'Thanks for the feedback', 'There was a problem submitting your feedback. Please try again later.',
    'Related Articles', ...hRel, 'Categories', ...hCats, '© Tessaly Post 2026. Powered by Help Scout',
  ],
};

const wTitle = 'Your parcels, ready when you are';
const wIntro = [
  j(
    'Lockbay lockers are steel parcel cabinets in supermarkets, stations and petrol forecourts, open from early morning until late',
    'at night. Choose a locker at checkout with any of our partner shops and pick up your parcel on your way home, without',
    'waiting in for a driver.',
  ),
];
const wHowH = 'How it works';
const wHow = [
  'Choose Lockbay at checkout and pick the locker nearest to you.',
  'We text you a six-digit code as soon as your parcel is in the locker.',
  'Scan the code or type it in, and the door opens. It takes about ten seconds.',
];
const wKeepH = 'Collect within three days';
const wKeep = [
  j(
    'Parcels stay in the locker for 72 hours. We send a reminder after 48 hours. If you cannot make it in time, you can extend by',
    'another 24 hours once in the app, free of charge. After that, the parcel goes back to the sender and they will refund you.',
  ),
];
const wSendH = 'Send and return from a locker too';
const wSend = [
  j(
    'You can drop off returns and prepaid parcels at any Lockbay locker with a free door. Print nothing: show the QR code from the',
    'retailer or from our app, put the parcel in, close the door and you get a receipt by email.',
  ),
];
const wFaq: [string, string][] = [
  ['What size parcel fits in a locker?', 'The largest doors take parcels up to 60 × 40 × 38 cm and 20 kg.'],
  ['Can someone else collect for me?', 'Yes. Forward the text with the code to them and they can open the locker.'],
];
const wNav = ['Find a locker', 'Send a parcel', 'For retailers', 'Host a locker', 'Help'];
const wFoot = ['About', 'Careers', 'Newsroom', 'Privacy', 'Cookies', 'Terms'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<html data-wf-domain="www.lockbay.example" data-wf-page="65f1a0c2d8e4b7" data-wf-site="65f19e77a1b2c3" lang="en"><head><meta charset="utf-8"/>
<title>Parcel lockers near you | Lockbay</title><meta content="Pick up, send and return parcels at 1,400 Lockbay lockers." name="description"/>
<meta content="Parcel lockers near you | Lockbay" property="og:title"/><meta content="width=device-width, initial-scale=1" name="viewport"/>
<meta content="Webflow" name="generator"/><link href="https://assets.website-files.example/65f19e77a1b2c3/css/lockbay.webflow.shared.5e1f.css" rel="stylesheet"
type="text/css"/><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script>
</head><body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand w--current"><img src="/logo.svg" alt="Lockbay"/></a>
<nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${n}</a>`).join('')}
</nav><a href="/app" class="button-nav w-button">Get the app</a><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero"><div class="container-large"><div class="hero-grid w-layout-grid"><div class="hero-content">
<div class="eyebrow">Parcel lockers</div><h1 class="heading-xl">${wTitle}</h1>
<div class="text-rich-text w-richtext">${ps(wIntro)}</div><div class="button-row"><a href="/find-a-locker" class="button w-button">Find a locker</a>
<a href="/how-it-works" class="button-secondary w-button">See how it works</a></div></div>
<img src="/images/locker-hero.webp" loading="eager" alt="A row of blue Lockbay lockers outside a supermarket" class="hero-image"/></div></div></section>
<section class="section-stats"><div class="container-large"><div class="stats-grid w-layout-grid"><div class="stat"><div class="stat-number">1,400</div>
<div class="stat-label">lockers nationwide</div></div><div class="stat"><div class="stat-number">97%</div><div class="stat-label">of people live within
3 km of one</div></div><div class="stat"><div class="stat-number">10 sec</div><div class="stat-label">average pick-up time</div></div></div></div></section>
<section class="section-how"><div class="container-large"><h2 class="heading-l">${wHowH}</h2><div class="steps-grid w-layout-grid">
${wHow.map((s, i) => `<div class="step-card"><div class="step-number">0${i + 1}</div><p class="paragraph-m">${s}</p></div>`).join('\n')}
</div><div class="w-embed w-iframe"><iframe src="https://map.lockbay.example/embed" title="Locker finder map" width="100%" height="420"></iframe></div>
<div class="rich-text w-richtext"><h3>${wKeepH}</h3>${ps(wKeep)}<h3>${wSendH}</h3>${ps(wSend)}</div></div></section>
<section class="section-faq"><div class="container-medium"><h2 class="heading-l">Questions</h2>
${wFaq
  .map(
    ([q, a]) => `<div data-hover="false" data-delay="0" class="faq-dropdown w-dropdown"><div class="faq-toggle w-dropdown-toggle"><div
class="faq-question">${q}</div></div><nav class="faq-answer w-dropdown-list"><p class="paragraph-s">${a}</p></nav></div>`,
  )
  .join('\n')}
</div></section>
<section class="section-app"><div class="container-large"><h2 class="heading-m">Open lockers from your phone</h2>
<a href="https://apps.example/lockbay-ios" class="app-badge w-inline-block"><img src="/appstore.svg" alt="Download on the App Store"/></a>
<a href="https://apps.example/lockbay-android" class="app-badge w-inline-block"><img src="/googleplay.svg" alt="Get it on Google Play"/></a></div></section>
<footer class="footer"><div class="container-large"><div class="footer-links">${wFoot
  .map((f) => `<a href="/${f.toLowerCase()}" class="footer-link">${f}</a>`)
  .join('')}</div><div class="footer-legal">© 2026 Lockbay Ltd. Lockbay is a registered trade mark.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://assets.website-files.example/65f19e77a1b2c3/js/webflow.a1b2.js" type="text/javascript"></script></body></html>`;
const lockbay: TestPage = {
  name: 'heldout419-webflow-parcel-locker-docs',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wHowH, wKeepH, wSendH, 'Questions'],
  body: texts([...wIntro, ...wHow, ...wKeep, ...wSend, ...wFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Get the app', 'Parcel lockers', 'See how it works', '1,400', 'lockers nationwide', '97%', 'of people live within 3 km of one', '10 sec',
    'average pick-up time', 'Open lockers from your phone', ...wFoot, '© 2026 Lockbay Ltd. Lockbay is a registered trade mark.',
  ],
};

export const HELDOUT419_E: readonly TestPage[] = [tessaly, lockbay];
