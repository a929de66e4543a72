import { links, ps, type TestPage, texts } from './page-kit.js';
import { semafor } from './pages-heldout166-f2.js';

/**
 * Held-out batch 166, file f: The Information article as a non-subscriber sees it (the header with the topic nav,
 * "Subscribe" and "Sign in", the "Exclusive" label and topic, the byline and date, the comment count, the share and save
 * buttons, the art credit, "The Takeaway" box at the top of the text, the first paragraphs before the paywall, the paywall
 * box with its offer, "Top Stories" and the footer) and, from file f2, a Semafor story with its sections.
 */
const iTitle = 'Freight Startup Haulwise Is Raising at a $4 Billion Valuation as Shippers Flock to AI Dispatch';
const iTakeH = 'The Takeaway';
const iTake = [
  'Haulwise is in talks to raise about $300 million led by Ridgeline Capital',
  'The startup’s annualized revenue has roughly doubled since last summer to around $180 million',
  'Its AI dispatch software matches loads with carriers without human brokers',
];
const iP = [
  'Haulwise, a San Francisco startup that uses artificial intelligence to match truckloads with carriers, is in talks to raise ' +
    'about $300 million at a valuation of roughly $4 billion including the new money, according to two people with direct ' +
    'knowledge of the discussions. Ridgeline Capital is expected to lead the round.',
  'The valuation would be more than double the $1.7 billion price Haulwise fetched in its last funding round in 2024, and it ' +
    'comes as investors pour money into companies that use AI to replace labor-intensive back-office work in old industries.',
  'Freight brokerage, in which middlemen negotiate prices between companies that need goods moved and the trucking firms that ' +
    'move them, has long been a business of phone calls and spreadsheets. Haulwise’s software reads shipment requests from ' +
    'email, predicts which carriers are likely to have an empty truck nearby and negotiates rates automatically.',
  'The company has told investors its annualized revenue reached about $180 million in January, up from about $90 million ' +
    'last July, one of the people said. Most of that revenue comes from a fee on each load the software books. Large ' +
    'shippers including a national home improvement chain and two beverage distributors have moved a growing share of their ' +
    'freight onto the platform, the people said.',
  'The deal would make Haulwise one of the most valuable logistics software startups in the U.S., ahead of older rivals that ' +
    'still rely heavily on human brokers. A Haulwise spokesperson declined to comment, and Ridgeline did not respond to a request for comment.',
  'Haulwise still loses money, however, in part because it guarantees carriers payment within 48 hours, well before ' +
    'shippers typically pay their invoices.',
];
const iNav = ['Tech', 'Finance', 'AI', 'Weekend', 'Newsletters', 'Events', 'Org Charts', 'Podcasts'];
const iPay = [
  'Read the full story',
  'Get access to the most important reporting on tech and finance, plus exclusive events and newsletters.',
  'Subscribe now',
  'Save 25% on an annual subscription',
  'Already a subscriber?',
  'Sign in',
];
const iTop = [
  'Top Stories',
  'Inside the Fight Over Who Controls OpenLattice’s Chip Budget',
  'Why Private Equity Firms Are Quietly Buying Up Payroll Startups',
  'The Secret Spreadsheet That Decides Which AI Startups Get GPUs',
];
const iFoot = ['About', 'Careers', 'Help', 'Sponsor', 'Privacy', 'Terms', 'Community Guidelines'];
const iHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Freight Startup Haulwise Is Raising at a $4 Billion Valuation as Shippers Flock to AI Dispatch — The Information</title>
<meta name="description" content="${iTake[0]}."><meta property="og:site_name" content="The Information"><meta property="og:title" content="${iTitle}">
<meta name="twitter:site" content="@theinformation"><link rel="canonical" href="https://www.theinformation.com/articles/freight-startup-haulwise-raising">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${iTitle}","isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywalled-content"},"datePublished":"2026-03-03T14:00:00Z",
"author":[{"@type":"Person","name":"Aditi Raghunathan"},{"@type":"Person","name":"Cole Brandt"}]}</script>
<link rel="stylesheet" href="https://www.theinformation.com/assets/application-7e1c9a.css">
<script src="https://www.theinformation.com/packs/js/application-2d8f4e.js" defer></script></head>
<body class="articles show logged-out"><div id="app">
<header class="header" data-controller="header"><a class="header__logo" href="/" aria-label="The Information"></a>
<nav class="header__nav"><ul>${links(iNav, 'header__nav-item')}</ul></nav>
<div class="header__actions"><a class="btn btn--primary" href="/subscribe">Subscribe</a><a class="header__sign-in" href="/sign_in">Sign in</a></div></header>
<main class="article-page"><article class="article" data-article-id="118422"><div class="article__labels"><span class="label label--exclusive">Exclusive</span>
<a class="label label--topic" href="/topics/logistics">Logistics</a></div>
<h1 class="article__headline">${iTitle}</h1>
<div class="article__meta"><div class="article__authors">By <a href="/u/aditiraghunathan">Aditi Raghunathan</a> and
<a href="/u/colebrandt">Cole Brandt</a></div>
<time class="article__date" datetime="2026-03-03T14:00:00Z">Mar 3, 2026, 6:00am PST</time>
<a class="article__comments-count" href="#comments">14 Comments</a></div>
<div class="article__actions"><button class="share-button">Share</button><button class="save-button">Save</button></div>
<figure class="article__image"><img src="https://tii.imgix.example/production/articles/118422/haulwise.png?w=1200" alt="">
<figcaption class="article__image-credit">Art by Mira Castell</figcaption></figure>
<div class="article__body"><section class="takeaway"><h2 class="takeaway__title">${iTakeH}</h2>
<ul class="takeaway__list">${iTake.map((t) => `<li>${t}</li>`).join('\n')}</ul></section>
${ps(iP)}
<div class="paywalled-content" aria-hidden="true"></div></div>
<div class="paywall"><div class="paywall__fade"></div><div class="paywall__box"><h2 class="paywall__title">${iPay[0]}</h2><p>${iPay[1]}</p>
<a class="btn btn--primary paywall__cta" href="/subscribe?rc=ref">${iPay[2]}</a><p class="paywall__offer">${iPay[3]}</p>
<p class="paywall__sign-in">${iPay[4]} <a href="/sign_in">${iPay[5]}</a></p></div></div></article>
<aside class="top-stories"><h2>${iTop[0]}</h2><ul>${links(iTop.slice(1))}</ul></aside></main>
<footer class="footer"><ul>${links(iFoot)}</ul><p>© 2026 The Information. All Rights Reserved.</p></footer></div></body></html>`;
const information: TestPage = {
  html: iHtml,
  name: 'heldout166-theinformation-preview-news',
  kind: 'news',
  // "The Takeaway" box is the article's own summary: its title is a heading and its bullets are body; the paragraphs shown
  // before the paywall are body; the labels, comment count, buttons, the art credit, the paywall box, "Top Stories" and the
  // footer are furniture; "Sign in" (header and paywall) is listed once
  title: iTitle,
  headings: [iTakeH],
  body: [...iTake, ...texts(iP)],
  bylines: ['By Aditi Raghunathan and Cole Brandt', 'Mar 3, 2026, 6:00am PST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...iNav, 'Subscribe', 'Exclusive', 'Logistics', '14 Comments', 'Share', 'Save', 'Art by Mira Castell', ...iPay, ...iTop, ...iFoot,
    '© 2026 The Information. All Rights Reserved.',
  ],
};

export const HELDOUT166_F: readonly TestPage[] = [information, semafor];
