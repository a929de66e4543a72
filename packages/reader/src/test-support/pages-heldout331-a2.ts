import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout331-kit.js';

/**
 * Held-out batch 331, file a2: a zoo news story on a births announcement on Sitecore SXA (header with the ticket button,
 * navigation component, breadcrumb component, page-title and date fields, a share component, an image with caption and
 * credit, an inline "Read more" promo, a pull quote, a tag list, the "More news" listing component, a sign-up component,
 * the footer columns and the Cookiebot dialog).
 */
const sTitle = 'Three cheetah cubs born at Westmoor Wildlife Park';
const sLead = [
  j(
    'Westmoor Wildlife Park is celebrating the birth of three cheetah cubs, the first to be born at the park in eleven years.',
    'The cubs arrived overnight on 2 March to seven-year-old mother Zuri, and keepers have been watching them on a den camera since.',
  ),
  j(
    'The litter, two females and a male, are feeding well and have already doubled their birth weight. They will stay in the',
    'private den with Zuri for the next few weeks, and visitors are not expected to see them on show before late April.',
  ),
];
const sHeads = ['A careful first few weeks', 'Why every cub counts', 'When can I see them?'];
const sCare = [
  j(
    'Cheetah mothers are easily disturbed, so the team has closed the path that runs behind the cheetah house and limited keeper',
    'visits to two short checks a day. Everything else is done through the camera.',
  ),
  j(
    'Head of carnivores Priya Ellwood said the first weeks are always the most anxious. Zuri is an experienced mother, but in the',
    'wild more than half of cheetah cubs do not survive to three months, and first litters in zoos can be just as fragile.',
  ),
];
const sQuote = 'She is doing everything right. She moves them between nest boxes, grooms them constantly and only leaves to eat.';
const sWhy = [
  j(
    'Cheetahs are listed as vulnerable, and the wild population has fallen to an estimated 7,000 adults across Africa, with a small',
    'remnant population in Iran. Loss of open grassland, conflict with livestock farmers and the illegal pet trade are the main threats.',
  ),
  j(
    'The cubs are part of the international breeding programme for the species, which matches animals between zoos to keep the',
    'captive population genetically healthy. Their father, Kito, came to Westmoor from a park in France in 2023 on the',
    'programme’s recommendation.',
  ),
  'The park also funds a livestock guarding dog scheme in Namibia, which has reduced the number of cheetahs shot by farmers.',
];
const sWhen = [
  j(
    'Once the cubs are about eight weeks old, Zuri will start to bring them out into the paddock. The park will announce the date',
    'on its website and social channels, and the viewing area will have timed entry for the first few days.',
  ),
  j('The public will also be invited to help name the cubs later in the spring, with a vote open to members first.'),
];
const sNav = ['Plan your day', 'Animals', 'Experiences', 'Conservation', 'News', 'Support us'];
const sTags = ['Births', 'Big cats', 'Conservation'];
const sMore = ['Rhino calf takes her first steps outside', 'Our new bat cave opens for Easter', 'Keeper talks return for the summer season'];
const sFootA = ['Opening times', 'Getting here', 'Accessibility', 'Group visits'];
const sFootB = ['About us', 'Careers', 'Press office', 'Contact us'];
const sHtml = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sTitle} | Westmoor Wildlife Park</title>
<meta name="description" content="Three cheetah cubs have been born at Westmoor Wildlife Park, the first in eleven years.">
<meta property="og:title" content="${sTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Westmoor Wildlife Park">
<meta property="article:published_time" content="2026-03-12T09:00:00+00:00">
<link rel="canonical" href="https://www.westmoorwildlife.example/news/2026/three-cheetah-cubs">
<link href="/-/media/base-themes/main-theme/styles/optimized-min.css?t=20260301" rel="stylesheet">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${sTitle}","datePublished":"2026-03-12T09:00:00Z",
"author":{"@type":"Organization","name":"Westmoor Wildlife Park"}}</script>
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="5d1c8e2a-0f4b" type="text/javascript" async></script>
</head>
<body class="default-device bodyclass">
<div id="wrapper">
<header><div id="header" class="container-fluid"><div class="row">
<div class="component image file-type-icon-media-link col-6 col-md-3"><div class="component-content"><a title="Westmoor Wildlife Park" href="/">
<img src="/-/media/project/westmoor/logo.svg" alt="Westmoor Wildlife Park logo"></a></div></div>
<nav class="component navigation navigation-main navigation-main-vertical col-12 col-md-7"><div class="component-content"><ul class="clearfix">
${links(sNav, 'level1 item rel-level1')}</ul></div></nav>
<div class="component link-list btn-tickets col-md-2"><div class="component-content"><ul><li class="item0 odd first last">
<div class="field-link"><a href="/tickets" class="btn">Book tickets</a></div></li></ul></div></div></div></div></header>
<main><div id="content" class="container">
<div class="component breadcrumb navigation-title"><div class="component-content"><nav><ol>
<li class="breadcrumb-item home"><div class="navigation-title field-navigationtitle"><a title="Home" href="/">Home</a></div></li>
<li class="breadcrumb-item"><div class="navigation-title field-navigationtitle"><a title="News" href="/news">News</a></div></li>
<li class="breadcrumb-item last"><div class="navigation-title field-navigationtitle"><a title="Cheetah cubs" href="/news/2026/three-cheetah-cubs">
Cheetah cubs</a></div></li></ol></nav></div></div>
<div class="row component column-splitter"><div class="col-12 col-lg-8">
<div class="component page-title"><div class="component-content"><div class="field-title"><h1>${sTitle}</h1></div></div></div>
<div class="component page-date"><div class="component-content"><span class="field-date">12 March 2026</span>
<span class="field-readtime">4 min read</span></div></div>
<div class="component social-media-share"><div class="component-content"><span class="share-label">Share this story</span><ul>
<li><a class="facebook" href="#">Facebook</a></li><li><a class="twitter" href="#">X</a></li><li><a class="email" href="#">Email</a></li></ul></div></div>
<div class="component image hero-image"><div class="component-content"><img src="/-/media/project/westmoor/news/2026/cheetah-cubs.jpg?h=800&amp;w=1200"
alt="Three cheetah cubs in straw"><span class="image-caption field-imagedescription">The cubs at two weeks old, seen on the den camera.</span>
<span class="image-credit">Image: Westmoor Wildlife Park</span></div></div>
<div class="component rich-text"><div class="component-content">
${ps(sLead)}
<h2>${sHeads[0]}</h2>
${ps(sCare)}
<blockquote class="pull-quote"><p>${sQuote}</p><cite>Priya Ellwood, head of carnivores</cite></blockquote>
</div></div>
<div class="component promo promo-inline"><div class="component-content"><div class="field-promotext"><p><strong>Read more:</strong>
<a href="/news/2025/cheetah-run">Why our cheetahs sprint after a lure every Thursday</a></p></div></div></div>
<div class="component rich-text"><div class="component-content">
<h2>${sHeads[1]}</h2>
${ps(sWhy)}
<h2>${sHeads[2]}</h2>
${ps(sWhen)}
</div></div>
<div class="component tag-list"><div class="component-content"><span class="tag-list-label">Tagged:</span><ul>${links(sTags, 'field-tag')}</ul></div></div>
</div>
<aside class="col-12 col-lg-4"><div class="component page-list news-list"><div class="component-content"><h3>More news</h3><ul>
${links(sMore, 'item')}</ul><a href="/news" class="more-link">All news</a></div></div>
<div class="component plain-html signup-box"><div class="component-content"><h3>Wild news in your inbox</h3>
<p>Births, events and behind-the-scenes stories, once a month.</p><a class="btn" href="/newsletter">Sign up now</a></div></div></aside></div>
</div></main>
<footer><div id="footer" class="container-fluid"><div class="row">
<div class="component link-list col-md-4"><div class="component-content"><h3>Visiting</h3><ul>${links(sFootA, 'item')}</ul></div></div>
<div class="component link-list col-md-4"><div class="component-content"><h3>About the park</h3><ul>${links(sFootB, 'item')}</ul></div></div>
<div class="component rich-text col-md-4"><div class="component-content"><p>Westmoor Wildlife Park is run by the Westmoor Conservation Trust,
registered charity 1170342.</p><p>© 2026 Westmoor Conservation Trust</p></div></div></div></div></footer>
</div>
<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" class="CybotEdge"><div id="CybotCookiebotDialogBodyContent">
<h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2>
<div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content, to provide social media features and to analyse our traffic.</div></div>
<div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div></div>
<script src="/-/media/base-themes/main-theme/scripts/optimized-min.js?t=20260301"></script>
</body></html>`;
export const sitecoreBirths: TestPage = {
  name: 'heldout331-sitecore-zoo-news-births',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sLead, ...sCare, sQuote, ...sWhy, ...sWhen]),
  bylines: ['12 March 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sNav, 'Book tickets', 'Home', 'Cheetah cubs', 'Share this story', 'Facebook', 'Email', 'The cubs at two weeks old, seen on the den camera.',
    'Image: Westmoor Wildlife Park', 'Priya Ellwood, head of carnivores', 'Read more:', 'Why our cheetahs sprint after a lure every Thursday', 'Tagged:',
    ...sTags, 'More news', ...sMore, 'All news', 'Wild news in your inbox', 'Births, events and behind-the-scenes stories, once a month.', 'Sign up now',
    'Visiting', ...sFootA, 'About the park', ...sFootB, 'Westmoor Wildlife Park is run by the Westmoor Conservation Trust, registered charity 1170342.',
    '© 2026 Westmoor Conservation Trust', 'This website uses cookies',
    'We use cookies to personalise content, to provide social media features and to analyse our traffic.', 'Deny', 'Allow all',
  ],
};
