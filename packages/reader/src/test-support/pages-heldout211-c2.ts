import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 211, file c2: a Game Developer (gamedeveloper.com) postmortem on the Informa template (the OneTrust banner,
 * the header with the topics nav and "Newsletter" button, the content-type label and category breadcrumb, the title and
 * summary, the contributor block with role, date and read time, the share bar, the hero figure with its credit, the
 * italic series notice that opens the article body, the numbered what-went-right/wrong h3s, a pull quote, the keyword tags,
 * the "About the Author" box, the newsletter promo, the "You May Also Like" and "Latest News" rails and the footer).
 */
const gdTitle = 'Postmortem: Three people, 18 months and the long way round to Kestrel Run';
const gdSummary = 'Small studio Foxglove Assembly looks back at what worked, and what nearly sank, its first commercial release.';
const gdNotice =
  'Game Developer Deep Dives are an ongoing series with the goal of shedding light on specific design, art, or technical ' +
  "features within a video game in order to show how seemingly simple, fundamental design decisions aren't really that " +
  'simple at all.';
const gdIntro = [
  'Kestrel Run is a courier game about delivering parcels across a flooded city by glider. We started it in a spare room in ' +
    'March 2023 with three people, a small publishing advance and a prototype we had built over two weekends. It launched on ' +
    'Steam in September 2024 and has since sold a little over 140,000 copies.',
  'That is far more than we expected, but the road there was not the one we planned. This is an honest account of the ' +
    'decisions that helped and the ones we would take back.',
];
const gdH1 = 'What went right';
const gdR1 = '1. Building the glider first';
const gdR1P = [
  'Our first prototype had no city, no parcels and no story. It was a glider and a hill. We spent six weeks on nothing but how ' +
    'it felt to catch a thermal and lose height in a turn, and we refused to build anything else until playtesters were ' +
    'grinning within the first minute.',
  'Every later system leaned on that work. Because flying was fun on its own, we could make deliveries simple and still have ' +
    'players spend hours just exploring.',
];
const gdR2 = '2. A public demo a year before launch';
const gdR2P = [
  'We released a 30-minute demo during a Steam festival eleven months before launch. It brought in 38,000 wishlists in a week ' +
    'and, more usefully, 900 survey responses. Nearly a third of them asked for a way to replay deliveries for a better time, ' +
    'which became the ghost race mode that reviewers later singled out.',
];
const gdQuote = 'If flying is fun on its own, everything else is allowed to stay simple.';
const gdH2 = 'What went wrong';
const gdW1 = '3. The city was too big';
const gdW1P = [
  'We designed the city at a scale that suited a studio ten times our size. Modelling it was manageable; filling it was not. ' +
    'For months, whole districts had nothing in them but rooftops. In the end we cut two of the seven districts and folded ' +
    'their best landmarks into the others. The game is better for it, but we lost nearly four months of art time.',
];
const gdW2 = '4. Underestimating console certification';
const gdW2P = [
  'We announced console versions for launch day before any of us had been through certification. Our save system failed two ' +
    'rounds of checks because it wrote to disk too often, and rewriting it pushed the console release back by ten weeks. Our ' +
    'advice is simple:',
];
const gdW2L = [
  'Read the platform requirements before you design your save system, not after.',
  'Budget at least two failed submissions into your schedule.',
  'Do not announce a console date until you have passed pre-certification.',
];
const gdH3 = 'Looking ahead';
const gdEnd = [
  'We are now five people and working on a free update that adds a night-time city and co-op deliveries. We have kept the ' +
    'habit that served us best: nothing new gets built until the core of it is fun in a grey box. If you are a small team ' +
    'starting out, that is the one lesson we would pass on.',
];
const gdNav = ['Latest News', 'Art', 'Audio', 'Business', 'Design', 'Production', 'Programming', 'Events', 'Podcasts', 'Jobs'];
const gdTags = ['Postmortem', 'Indie', 'Design', 'Production'];
const gdBio =
  'Anouk Lindqvist is the co-founder and design lead of Foxglove Assembly, an independent studio in Gothenburg. Before that she ' +
  'spent six years as a level designer on racing games.';
const gdAlso = [
  'Deep Dive: Building a weather system that players can read at a glance',
  'How a solo developer handled localisation into nine languages',
  'Postmortem: The card game that took seven years to finish',
];
const gdLatest = ['Layoffs hit mobile studio Cinderbox', 'Survey: most indies now release a demo before launch', 'GDC Showcase speakers announced'];
const gdOneTrust = [
  'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze ' +
    'site usage, and assist in our marketing efforts.',
  'Cookie Settings',
  'Reject All',
  'Accept All Cookies',
];
const gdNews = ['Stay Updated on Game Developer!', 'Get daily news, in-depth features and career advice delivered to your inbox.'];
const gdFoot = ['About Us', 'Contact Us', 'Advertise', 'Cookie Policy', 'Privacy', 'Terms of Use', 'Accessibility'];
const gdCopy = 'Copyright © 2025. All rights reserved. Game Developer is part of the Informa TechTarget Division of Informa PLC.';
const gdCaption = 'A courier glides over the flooded market district.';
const gdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Postmortem: Three people, 18 months and the long way round to Kestrel Run</title>
<meta name="description" content="${gdSummary}"><meta property="og:title" content="${gdTitle}"><meta property="og:type" content="article">
<meta name="twitter:site" content="@gamedevdotcom"><link rel="canonical" href="https://www.gamedeveloper.example/production/postmortem-kestrel-run">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${gdTitle}","description":"${gdSummary}",
"datePublished":"2025-04-09T16:00:00.000Z","author":[{"@type":"Person","name":"Anouk Lindqvist"}],"publisher":{"@type":"Organization",
"name":"Game Developer"}}</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="7f3c1a"></script>
<link rel="stylesheet" href="/build/_assets/root-QX3FZ.css"></head>
<body><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">${gdOneTrust[0]}</p></div><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">${gdOneTrust[1]}</button><button id="onetrust-reject-all-handler">${gdOneTrust[2]}</button>
<button id="onetrust-accept-btn-handler">${gdOneTrust[3]}</button></div></div></div>
<div class="Page"><header class="Header"><a class="Header-Logo" href="/" aria-label="Game Developer Logo"></a>
<nav class="Header-Nav" aria-label="Main navigation"><ul class="Header-NavList">${links(gdNav, 'Header-NavItem')}</ul></nav>
<a class="Button Header-Newsletter" href="/newsletter-signup">Newsletter</a><button class="Header-Search" aria-label="Search"></button></header>
<main class="Page-Main"><article class="ArticleBase"><div class="ArticleBase-HeaderMeta">
<span class="ArticleBase-ContentType" data-testid="content-type">Feature</span><a class="ArticleBase-Category" href="/production">Production</a></div>
<h1 class="ArticleBase-HeaderTitle">${gdTitle}</h1><p class="ArticleBase-HeaderSummary">${gdSummary}</p>
<div class="Contributors"><div class="Contributors-Contributor"><a class="Contributors-ContributorName" href="/author/anouk-lindqvist">Anouk Lindqvist</a>,
<span class="Contributors-ContributorTitle">Co-founder and design lead, Foxglove Assembly</span></div>
<p class="Contributors-Date">April 9, 2025</p><p class="Contributors-ReadTime">9 Min Read</p></div>
<div class="ShareBar"><a href="#" aria-label="Share on LinkedIn">LinkedIn</a><a href="#" aria-label="Share on Bluesky">Bluesky</a>
<a href="#" aria-label="Share on Reddit">Reddit</a><a href="#" aria-label="Copy link">Copy link</a></div>
<figure class="ArticleBase-LargeFigure"><img src="https://eu-images.contentstack.example/v3/assets/kestrel-hero.jpg" alt="A glider over flooded streets">
<figcaption class="ArticleBase-FigCaption">${gdCaption} <span class="ArticleBase-FigCredit">Image via Foxglove Assembly</span></figcaption></figure>
<div class="ArticleBase-BodyContent"><div class="ContentParagraph"><p><em>${gdNotice}</em></p></div>
<div class="ContentParagraph">${ps(gdIntro)}</div>
<h2 class="ContentHeading">${gdH1}</h2><h3 class="ContentHeading">${gdR1}</h3><div class="ContentParagraph">${ps(gdR1P)}</div>
<h3 class="ContentHeading">${gdR2}</h3><div class="ContentParagraph">${ps(gdR2P)}</div>
<blockquote class="PullQuote"><p class="PullQuote-Text">${gdQuote}</p></blockquote>
<div class="ArticleBase-Ad" data-ad="inline-1"><span class="Ad-Label">Advertisement</span></div>
<h2 class="ContentHeading">${gdH2}</h2><h3 class="ContentHeading">${gdW1}</h3><div class="ContentParagraph">${ps(gdW1P)}</div>
<h3 class="ContentHeading">${gdW2}</h3><div class="ContentParagraph">${ps(gdW2P)}<ul>${gdW2L.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<h2 class="ContentHeading">${gdH3}</h2><div class="ContentParagraph">${ps(gdEnd)}</div></div>
<div class="ArticleBase-Keywords"><p class="ArticleBase-KeywordsTitle">Read more about:</p><ul>${links(gdTags, 'Keyword')}</ul></div>
<section class="AuthorBio"><h2 class="AuthorBio-Title">About the Author</h2><a class="AuthorBio-Name" href="/author/anouk-lindqvist">Anouk Lindqvist</a>
<p class="AuthorBio-Role">Co-founder and design lead, Foxglove Assembly</p><p class="AuthorBio-Text">${gdBio}</p>
<a class="AuthorBio-More" href="/author/anouk-lindqvist">See more from Anouk Lindqvist</a></section></article>
<section class="NewsletterSignup"><h2>${gdNews[0]}</h2><p>${gdNews[1]}</p><a class="Button" href="/newsletter-signup">Subscribe</a></section>
<section class="RelatedContent"><h2 class="RelatedContent-Title">You May Also Like</h2><ul>${links(gdAlso, 'ArticlePreview')}</ul></section>
<aside class="Sidebar"><h2 class="Sidebar-Title">Latest News</h2><ul>${links(gdLatest, 'ArticlePreview-Small')}</ul>
<a href="/latest-news">View All</a></aside></main>
<footer class="Footer"><ul class="Footer-Links">${links(gdFoot)}</ul><p class="Footer-Copyright">${gdCopy}</p></footer></div>
<script src="/build/entry.client-R2LP.js" type="module"></script></body></html>`;
export const gameDevPostmortem: TestPage = {
  html: gdHtml,
  name: 'heldout211-gamedeveloper-postmortem',
  kind: 'news',
  // the summary is body; the series notice in italics at the top of the body and the pull quote (which restates a line of
  // the text) are furniture; the h2s and numbered h3s are the headings; the author's role line is furniture
  title: gdTitle,
  headings: [gdH1, gdR1, gdR2, gdH2, gdW1, gdW2, gdH3],
  body: texts([gdSummary, ...gdIntro, ...gdR1P, ...gdR2P, ...gdW1P, ...gdW2P, ...gdW2L, ...gdEnd]),
  bylines: ['Anouk Lindqvist', 'April 9, 2025', '9 Min Read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gdOneTrust, ...gdNav, 'Newsletter', 'Feature', 'Co-founder and design lead, Foxglove Assembly', 'LinkedIn', 'Bluesky', 'Reddit', 'Copy link',
    gdCaption, 'Image via Foxglove Assembly', gdNotice, gdQuote, 'Advertisement', 'Read more about:', 'Postmortem', 'Indie', 'About the Author', gdBio,
    'See more from Anouk Lindqvist', ...gdNews, 'Subscribe', 'You May Also Like', ...gdAlso, ...gdLatest, 'View All', ...gdFoot, gdCopy,
  ],
};
