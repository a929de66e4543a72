import { links, type TestPage, texts } from './page-kit.js';
import { politico } from './pages-heldout94-a2.js';
import { paras, tags } from './pages-heldout94-kit.js';

/**
 * Held-out batch 94, file a: an Independent (UK) news story (top bar with Subscribe / Login, section nav and News sub-nav,
 * breadcrumb, headline and standfirst, author with role, date, "Comments" and "Bookmark" buttons, share bar, lead image with
 * caption and credit, the article body with an inline "Read more" link paragraph and a breaking-news sign-up box between
 * paragraphs, a related-articles "Read More" list, "More about" topic tags, the support-us box, the commenting prompt, the
 * "Most popular" rail, the consent dialog and the footer) and, from file a2, a Politico news story.
 */
const inTitle = 'Seaside town’s pier to close for two years as repair bill nearly triples';
const inStand = 'Engineers found corrosion in more than half of the Victorian structure’s cast-iron columns, leaving the council facing a £31m bill';
const inP1 = paras(`
Marlow Bay’s 140-year-old pier will close to the public for at least two years after a survey found the cost of repairing it
has almost tripled since 2022, the town council has said.

Councillors on Tuesday night voted eleven to four to shut the Grade II-listed pier from 3 November, ending a decade of partial
closures in which only the first 200 metres of the deck have been open to walkers and anglers.

A structural report commissioned in the spring found that 58 of the 104 cast-iron columns holding up the deck showed “advanced
section loss”, with some thinned by as much as 40 per cent where the tide rises and falls around them.`);
const inReadMore =
  '<strong>Read more:</strong> <a href="/news/uk/home-news/seaside-piers-funding-heritage-b2811044.html">' +
  'Britain’s piers are crumbling. Who should pay to save them?</a>';
const inP2 = paras(`
The report puts the cost of a full repair at £31.4m, compared with an estimate of £11.2m when the pier was last surveyed three
years ago. Much of the increase comes from the price of steel and specialist marine contractors, as well as the discovery that
the landward end of the structure is in worse condition than anyone had thought.

“Nobody in this chamber wanted to vote for this,” said council leader Bronwen Ashby. “But the engineers were very clear with us.
We cannot keep asking people to walk on a deck that is held up by columns we now know to be failing.”

The council said it would apply to the National Lottery Heritage Fund and to the government’s coastal communities programme,
and would also ask residents for ideas about how the pier might be used once it reopens.`);
const inP3 = paras(`
Local businesses say the closure will hit the town hard. The pier’s café, amusement arcade and bait shop employ 37 people
between them, and the Marlow Bay Traders’ Association estimates that the pier brings around 180,000 visitors a year to the
seafront.

Dev Malhotra, who has run the arcade at the pier entrance since 2009, said he had found out about the vote from a customer.
“We have had closures before, but always for a few months,” he said. “Two years is a different thing. I have six staff and I
don’t know what I am going to tell them.”

The council said traders would be offered space in a temporary market on the promenade from next spring and that it was
“working closely” with the association on a support package.

Campaigners from the Friends of Marlow Bay Pier, which has around 2,000 members, said they were disappointed but not
surprised. Chair Gillian Thorne said the group had raised £412,000 towards repairs over the past six years and would keep
fundraising.

“The pier has survived two world wars, a fire and the storm of 1987,” she said. “We are not going to let it fall into the sea
because the sums got harder.”

Work to remove the most badly damaged sections of decking is expected to begin in January, with the full repair programme
starting in 2026 if funding is secured.`);
const inNav = ['News', 'Sport', 'Culture', 'Lifestyle', 'Travel', 'Premium', 'Climate', 'Money', 'Voices', 'Tech', 'Independent TV'];
const inSubNav = ['UK', 'US', 'World', 'UK Politics', 'Science', 'Health', 'Business', 'Environment', 'Long reads'];
const inCrumbs = ['Home News'];
const inShare = ['Share on Facebook', 'Share on X', 'Share on WhatsApp', 'Share by email', 'Copy link'];
const inCaption = 'The pier at Marlow Bay has been partly closed since 2015';
const inCredit = '(Marlow Bay Town Council)';
const inSignup = [
  'Sign up for our Breaking News email',
  'Get the free Breaking News email delivered straight to your inbox',
  'Email',
  'Sign up',
  'I would like to be emailed about offers, events and updates from The Independent. Read our privacy notice',
  'Thanks for signing up to the Breaking News email',
];
const inRelated = [
  'Britain’s piers are crumbling. Who should pay to save them?',
  'Storm damage closes second seafront road in a month',
  'Coastal towns promised £200m in levelling-up funds still waiting for cash',
];
const inTopics = ['Piers', 'Local councils', 'Heritage', 'Seaside towns'];
const inSupport = [
  'Support free-thinking journalism',
  'Our reporters cover the stories that matter to communities across the country, and we keep our journalism free for everyone to read.',
  'Your support makes that possible. Even a small contribution helps.',
  'Support now',
];
const inComments = [
  'Join our commenting forum',
  'Join thought-provoking conversations, follow other Independent readers and see their replies',
  'View comments',
];
const inPopular = [
  'Energy price cap to rise again in January, regulator confirms',
  'The villages where house prices have fallen the most this year',
  'Rail strike dates announced for November',
  'Why your heating bill could be lower than you think this winter',
];
const inConsent = [
  'We value your privacy',
  'We and our partners store and/or access information on a device, such as cookies, and process personal data, such as unique ' +
    'identifiers and standard information sent by a device, for personalised advertising and content, advertising and content ' +
    'measurement, audience research and services development.',
  'I Accept',
  'Reject all',
  'Options',
];
const inFoot = [
  'Subscribe',
  'Contact us',
  'Jobs',
  'Advertising guide',
  'Syndication',
  'Code of conduct and complaints',
  'Contributors',
  'All topics',
  'Archive',
  'Privacy notice',
  'Cookie policy',
  'Do Not Sell or Share my Personal Information',
  'Donations Terms & Conditions',
];
const inCopy = '© 2025 Independent Digital News & Media Ltd';
const inHtml = `<!DOCTYPE html>
<html lang="en-GB" data-theme="independent"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Seaside town’s pier to close for two years as repair bill nearly triples | The Independent</title>
<meta name="description" content="${inStand}"><meta name="article:section" content="Home News"><meta name="robots" content="max-image-preview:large">
<meta property="og:title" content="${inTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="The Independent">
<meta property="article:published_time" content="2025-10-14T15:42:11.000Z"><meta name="twitter:site" content="@Independent">
<link rel="canonical" href="https://www.independent.co.uk/news/uk/home-news/marlow-bay-pier-closure-repair-b2844310.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${inTitle}","description":"${inStand}",
"datePublished":"2025-10-14T15:42:11.000Z","dateModified":"2025-10-14T15:42:11.000Z","articleSection":"Home News","isAccessibleForFree":true,
"author":[{"@type":"Person","name":"Harriet Okafor","url":"https://www.independent.co.uk/author/harriet-okafor"}],
"publisher":{"@type":"NewsMediaOrganization","name":"The Independent",
"logo":{"@type":"ImageObject","url":"https://static.independent.example/logo.png"}}}</script>
<script>window.JSGlobals = {"mode":"production","pageType":"article","articleId":"b2844310","section":"news/uk/home-news","premium":false};</script>
<script async src="https://static.independent.example/client/main.5c1e2f.js"></script>
<link rel="stylesheet" href="https://static.independent.example/client/main.5c1e2f.css"></head>
<body class="article-page"><div id="root">
<a class="skip-link" href="#main">Skip to main content</a>
<div id="top-ad" class="ad-slot ad-slot--leaderboard" data-ad-unit="leaderboard-top"><span class="ad-label">Advertisement</span></div>
<header id="header" data-testid="header"><div class="header-top"><a href="/" class="logo" aria-label="The Independent">
<svg role="img" aria-hidden="true"><use href="#indy-logo"></use></svg></a>
<div class="header-actions"><a class="header-button header-button--subscribe" href="/subscribe?regSourceMethod=HEADER">Subscribe</a>
<button class="header-button header-button--login" data-testid="login-button" type="button">Login</button>
<button class="header-button header-button--search" aria-label="Search" type="button"><svg aria-hidden="true"></svg></button>
<button class="header-button header-button--menu" aria-expanded="false" aria-controls="mega-menu" type="button"><span class="sr-only">Open
menu</span></button></div></div>
<nav id="main-nav" aria-label="Main"><ul class="main-nav__list">
${links(inNav, 'main-nav__item')}</ul></nav>
<nav id="sub-nav" aria-label="News"><ul class="sub-nav__list">
${links(inSubNav, 'sub-nav__item')}</ul></nav></header>
<main id="main"><article id="articleContent" class="article article--news" data-article-id="b2844310" data-premium="false">
<header id="articleHeader" class="article-header">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/news">News</a></li><li><a href="/news/uk">UK</a></li>
${links(inCrumbs)}</ol></nav>
<h1 id="articleHeadline" data-testid="headline">${inTitle}</h1>
<h2 id="articleStandfirst" data-testid="standfirst">${inStand}</h2>
<div class="article-meta" data-testid="article-meta"><div class="author-and-date"><div class="authors">
<a href="/author/harriet-okafor" data-testid="author-link"><img src="https://static.independent.example/authors/okafor.jpg" alt="Harriet Okafor" width="40">
<span class="author-name">Harriet Okafor</span></a><span class="author-role">South West Correspondent</span></div>
<time datetime="2025-10-14T15:42:11.000Z" data-testid="published-date">Tuesday 14 October 2025 16:42 BST</time></div>
<div class="article-actions"><button class="comments-button" data-testid="comments-button" type="button"><span>Comments</span></button>
<button class="bookmark-button" data-testid="bookmark-button" type="button" aria-label="Bookmark"><span class="bookmark-label">Bookmark</span></button></div>
<ul class="share-bar" aria-label="Share">${inShare
  .map((t) => `<li><button class="share-bar__button" type="button" aria-label="${t}"><span class="sr-only">${t}</span></button></li>`)
  .join('\n')}</ul></div></header>
<figure class="article-lead-image" data-testid="lead-image"><picture><source srcset="https://static.independent.example/2025/10/14/pier.jpg?width=1200">
<img src="https://static.independent.example/2025/10/14/pier.jpg?width=640" alt="Marlow Bay pier at low tide" width="640" height="360"></picture>
<figcaption><span class="caption-text">${inCaption}</span> <span class="caption-credit">${inCredit}</span></figcaption></figure>
<div id="main-content" class="article-body" data-testid="article-body">
${tags('p', inP1)}
<p class="inline-read-more">${inReadMore}</p>
${tags('p', inP2)}
<div class="newsletter-inline" data-newsletter-key="breaking-news" data-testid="inline-newsletter"><div class="newsletter-inline__inner">
<p class="newsletter-inline__title">${inSignup[0]}</p><p class="newsletter-inline__description">${inSignup[1]}</p>
<form class="newsletter-inline__form" action="/newsletters/signup" method="post"><label for="nl-email" class="sr-only">${inSignup[2]}</label>
<input id="nl-email" type="email" name="email" placeholder="Enter your email address"><button type="submit">${inSignup[3]}</button>
<p class="newsletter-inline__legal"><label><input type="checkbox" name="marketing"> I would like to be emailed about offers, events and updates from The
Independent. Read our <a href="/service/privacy-notice">privacy notice</a></label></p></form>
<p class="newsletter-inline__success" hidden>${inSignup[5]}</p></div></div>
${tags('p', inP3)}
<div id="mid-article-ad" class="ad-slot ad-slot--mpu" data-ad-unit="mpu-1"><span class="ad-label">Advertisement</span></div>
</div>
<section class="read-more-list" data-testid="read-more"><h2>Read More</h2><ul>
${links(inRelated)}</ul></section>
<section class="topics" data-testid="topic-tags"><h3>More about</h3><ul>${links(inTopics, 'topic-tag')}</ul></section>
<aside class="support-box" data-testid="support-box"><h3>${inSupport[0]}</h3><p>${inSupport[1]}</p><p>${inSupport[2]}</p>
<a class="support-box__button" href="/donations?source=article-footer">${inSupport[3]}</a></aside>
<section id="comments" class="comments-prompt" data-testid="comments-prompt"><h3>${inComments[0]}</h3><p>${inComments[1]}</p>
<button type="button" class="comments-prompt__button">${inComments[2]}</button></section></article>
<aside class="sidebar" aria-label="Most popular"><h2 class="sidebar__title">Most popular</h2><ol class="most-popular">
${links(inPopular, 'most-popular__item')}</ol>
<div class="ad-slot ad-slot--sidebar" data-ad-unit="mpu-right"><span class="ad-label">Advertisement</span></div></aside></main>
<footer id="footer"><div class="footer-brand"><a href="/" aria-label="The Independent"><svg aria-hidden="true"></svg></a></div>
<nav aria-label="Footer"><ul class="footer-links">
${links(inFoot)}</ul></nav><p class="footer-copyright">${inCopy}</p></footer></div>
<div id="sp_message_container_1108" class="sp-consent" role="dialog" aria-label="${inConsent[0]}"><div class="message-container">
<h2 class="message-title">${inConsent[0]}</h2><p class="message-text">${inConsent[1]}</p><div class="message-buttons">
<button class="message-button accept" title="I Accept">${inConsent[2]}</button><button class="message-button reject" title="Reject all">${inConsent[3]}</button>
<button class="message-button options" title="Options">${inConsent[4]}</button></div></div></div>
<script src="https://static.independent.example/client/consent.31ab.js" async></script></body></html>`;
const independent: TestPage = {
  name: 'heldout94-independent-news',
  kind: 'news',
  html: inHtml,
  // the standfirst is the article's dek: body; the inline "Read more:" link paragraph and the sign-up box are furniture
  title: inTitle,
  headings: [],
  body: [inStand, ...inP1, ...inP2, ...inP3],
  bylines: ['Harriet Okafor', 'South West Correspondent', 'Tuesday 14 October 2025 16:42 BST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Advertisement', 'Login', 'Open menu', ...inNav, ...inSubNav, ...inCrumbs, 'Comments', 'Bookmark', ...inShare,
    inCaption, inCredit, texts([inReadMore])[0] ?? '', ...inSignup, 'Read More', ...inRelated, 'More about', ...inTopics, ...inSupport, ...inComments,
    'Most popular', ...inPopular, ...inFoot, inCopy, ...inConsent,
  ],
};

export const HELDOUT94_A: readonly TestPage[] = [independent, politico];
