import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, rowTexts, trs } from './pages-heldout652-kit.js';

/**
 * Held-out batch 652, file b: a karting centre's lap records post on Ghost (Casper) with a records table, a figure and a members
 * box, and a crazy golf venue's news post on Squarespace 7.1 with a newsletter block and post pagination.
 */
const gTitle = 'Lap records: who holds the fastest times at Kestrel Lane?';
const gDek = 'The board in the reception has been rewritten three times since March. Here is where every record stands going into the summer.';
const gA = [
  j(
    'When we resurfaced the outdoor circuit last winter we knew the old records would not last long. The new tarmac has far more grip,',
    'the hairpin was opened out by two metres and the kerbs at the chicane were lowered. What we did not expect was how quickly our',
    'regulars would find the extra time: the adult outdoor record fell on the first weekend we reopened, and it has fallen twice since.',
  ),
  j(
    'Records only count in our standard hire karts, in a timed session run by a marshal, and with the driver weighed in race kit. We',
    'publish the driver\u2019s weight with each time because ballast is added to bring everyone to a minimum of 90 kg in the adult class',
    'and 50 kg in the cadet class. Times set in private events, leagues with different karts or in the wet are kept on a separate list.',
  ),
];
const gRecHead = 'The current records';
const gRows = [
  ['Adult outdoor (1,140 m)', '48.912', 'Dara Keohane', '14 May 2027'],
  ['Adult indoor (420 m)', '23.407', 'Milo Estrada', '2 April 2027'],
  ['Cadet outdoor', '54.220', 'Freya Lund', '21 May 2027'],
  ['Cadet indoor', '25.981', 'Jonah Whitlock', '9 January 2027'],
  ['Twin kart (passenger)', '57.730', 'Ellis and Noor Brannagh', '30 March 2027'],
];
const gB = [
  'How the adult outdoor record fell three times',
  j(
    'Before the resurfacing, the outdoor record of 50.441 had stood for almost four years. Dara Keohane, who races in our Thursday league,',
    'took it on the reopening Saturday with a 49.870, and said afterwards that the new hairpin let her carry third-gear speed all the way',
    'through. Within a fortnight Sam Ortiga had lowered it to 49.318 in an evening session, and the board changed hands again.',
  ),
  j(
    'Dara\u2019s reply came on 14 May. Running in the first session of the morning, when the track is coolest, she set a 48.912 on her',
    'eleventh lap. The marshal who timed her, Ross, said the kart was \u201cfaultless\u201d and that she was the only driver all day who took',
    'the chicane flat. It is the first time anyone has gone under 49 seconds on any layout we have run.',
  ),
  'What changed on the indoor track',
  j(
    'Indoors the layout is the same as last year, but we replaced the whole fleet of indoor karts in February with electric karts that',
    'deliver their power more evenly. The fastest drivers lost a little at first because the new karts do not let you slide the rear',
    'through the tight left-hander. Milo Estrada, 17, worked it out first: brake later, turn in later and keep the wheel straighter.',
  ),
  j(
    'Milo\u2019s 23.407 beat the previous electric-era best by more than three tenths. He has promised to write up his line for the next',
    'newsletter, which we will hold him to.',
  ),
  'The cadet records',
  j(
    'Both cadet records are held by drivers who started with us in our Saturday academy. Freya Lund is eleven and had driven the outdoor',
    'track only six times before her record run. Jonah Whitlock\u2019s indoor time has now stood since January, and several academy drivers',
    'have come within a tenth of it without quite getting there.',
  ),
  'How to get your name on the board',
  j(
    'Any driver can set a record in an Arrive and Drive session as long as a marshal is timing it. Tell the desk when you book that you',
    'are going for a time and we will weigh you and note your kart number. If your time beats the board, it is checked against the',
    'transponder data before it goes up, which usually takes a day.',
  ),
  j(
    'We also run a record attempt evening on the last Friday of every month, with the track kept dry, fresh tyres on four karts and',
    'sessions limited to six drivers so nobody is held up in traffic. Places go quickly, so book early.',
  ),
  j('If you think a time on the board is wrong, or you set a time we have missed, email the track manager with your session date and', 'we will look it up.'),
];
const gCap = 'Dara Keohane on the run to the chicane during her record session. Photo: Kestrel Lane Karting';
const gNav = ['Home', 'News', 'Lap Records', 'Leagues', 'Academy', 'Book'];
const gMore = ['Summer league: dates and classes', 'Meet the academy class of 2027', 'Why we went electric indoors'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Lap records: who holds the fastest times at Kestrel Lane?</title><meta name="HandheldFriendly" content="True">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7e1b2f4c0a"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://news.kestrellane.co.uk/lap-records-summer-2027/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Kestrel Lane Karting"><meta property="og:type" content="article"><meta property="article:published_time"
content="2027-05-28T09:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Kestrel Lane Karting"},
"author":{"@type":"Person","name":"Hattie Brennock"},"headline":"${gTitle}","datePublished":"2027-05-28T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js"
data-ghost="https://news.kestrellane.co.uk/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:1.5em}</style></head>
<body class="post-template tag-lap-records is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://news.kestrellane.co.uk">
Kestrel Lane Karting</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-lap-records">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/lap-records/">Lap
Records</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/hattie/"
class="author-avatar">
<img class="author-profile-image" src="/content/images/size/w100/2026/10/hattie.jpg" alt="Hattie Brennock"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/hattie/">Hattie Brennock</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-05-28">May 28, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w1200/2027/05/chicane-record.jpg" alt="A kart at the chicane">
<figcaption>${gCap}</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gA)}
<h2 id="the-current-records">${gRecHead}</h2>
<!--kg-card-begin: html--><table><thead><tr><th>Class</th><th>Time</th><th>Driver</th><th>Date</th></tr></thead><tbody>${trs(gRows)}</tbody></table>
<!--kg-card-end: html-->
<h2 id="how-the-adult-outdoor-record-fell-three-times">${gB[0]}</h2>
${ps(gB.slice(1, 3))}
<h2 id="what-changed-on-the-indoor-track">${gB[3]}</h2>
${ps(gB.slice(4, 6))}
<h3 id="the-cadet-records">${gB[6]}</h3>
${ps([gB[7] ?? ''])}
<h2 id="how-to-get-your-name-on-the-board">${gB[8]}</h2>
${ps(gB.slice(9))}
</section>
<section class="article-comments gh-canvas"><div class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #e03c31">
<h2>Get the lap record news first</h2><p>Members get the monthly newsletter and early booking for record evenings.</p>
<a class="gh-btn" data-portal="signup" href="#/portal/signup">Sign up now</a><p><small>Already have an account? <a data-portal="signin"
href="#/portal/signin">Sign in</a>
</small></p></div></div></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2 class="read-more-title">Read more</h2><div class="post-feed">${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="#"><img class="post-card-image" src="/content/images/x.jpg" alt="">
</a><div class="post-card-content"><a class="post-card-content-link" href="#"><header class="post-card-header"><h2
class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://news.kestrellane.co.uk">Kestrel Lane Karting</a> &copy;
2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=7e1b2f4c0a"></script></body></html>`;
const ghostRecords: TestPage = {
  name: 'heldout652-ghost-lap-records',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gRecHead, gB[0] ?? '', gB[3] ?? '', gB[6] ?? '', gB[8] ?? ''],
  body: [gDek, ...gA, ...rowTexts(gRows), ...gB.filter((_, i) => ![0, 3, 6, 8].includes(i))],
  bylines: ['Hattie Brennock', 'May 28, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kestrel Lane Karting', ...gNav, 'Subscribe', '5 min read', gCap, 'Get the lap record news first',
    'Members get the monthly newsletter and early booking for record evenings.', 'Sign up now', 'Already have an account?', 'Sign in', 'Read more', ...gMore,
    'Kestrel Lane Karting © 2027', 'Sign up', 'Powered by Ghost',
  ],
};

const sTitle = 'Shipwreck Cove is open: our new pirate course';
const sBody = [
  j(
    'After eleven months of building, our second course opened to the public on Saturday. Shipwreck Cove has eighteen holes set around',
    'a beached galleon, a rope bridge and a waterfall that you putt behind on the ninth.',
  ),
  j(
    'The course was designed by our own team and built by Tidewright Landscapes, who also built the original Lighthouse Links course',
    'next door in 2019. It is fully step-free, with gentler slopes on every hole so that wheelchair users and buggies can go round.',
  ),
  'What is new',
  j(
    'The treasure hole on the eighteenth is back, by popular demand. Sink your ball in the chest and a light and sound show starts in',
    'the galleon; one ball in fifty wins a free round.',
  ),
  j('We have also extended the café terrace so it looks over both courses, and added a covered area by the first tee for rainy days.'),
  'Prices and opening',
  j(
    'A round of Shipwreck Cove costs £8.50 for adults and £6.50 for children under 14. A combined ticket for both courses is £13.',
    'Both courses are open from 10am until 9pm every day through the summer holidays.',
  ),
  'Thank you to everyone who put up with the noise and the fencing while we built it. See you on the galleon!',
];
const sNav = ['Play', 'Courses', 'Café', 'Parties', 'News', 'Find Us'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Shipwreck Cove is open: our new pirate course &mdash; Lanternhill Adventure Golf</title>
<link rel="canonical" href="https://www.lanternhillgolf.co.uk/news/shipwreck-cove-is-open"><meta property="og:site_name" content="Lanternhill Adventure Golf">
<meta itemprop="datePublished" content="2027-07-19T10:30:00+0100"><meta itemprop="author" content="Lanternhill Adventure Golf">
<script type="application/ld+json">{"url":"https://www.lanternhillgolf.co.uk","name":"Lanternhill Adventure Golf","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","websiteId":"61f0a2c9"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/61f0a2c9/12/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-64b7a1" class="primary-button-style-solid tweak-blog-item-width-medium tweak-blog-item-show-author-name tweak-blog-item-show-date
header-width-full tweak-global-animations-enabled">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a><div class="header-announcement-bar-wrapper">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title">Lanternhill Adventure Golf</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions-action header-actions-action--cta"><a
class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary"
href="/book">Book a Round</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64b7a1"><section class="page-section">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-lanternhill post-type-text">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-author">
<a href="/news?author=61f0a2c9">Lanternhill Team</a></span><time class="dt-published blog-meta-item blog-meta-item--date" datetime="2027-07-19">July 19,
2027</time>
</div></div><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
id="item-64b7a1">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div
class="sqs-block-content">
<div class="sqs-html-content">${ps(sBody.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/61f0a2c9/galleon.jpg" alt=""><figcaption class="image-caption-wrapper"><div
class="image-caption">
<p class="" style="white-space:pre-wrap;">The galleon on the eighteenth hole, a week before opening.</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">${sBody[2]}</h3>${ps(sBody.slice(3, 5), ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${sBody[5]}</h3>${ps(sBody.slice(6), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in the loop</h2><div class="newsletter-form-header-description">
<p>Offers, new holes and late-night glow golf dates, once a month.</p></div></div><form class="newsletter-form"><div class="newsletter-form-field-wrapper">
<label class="newsletter-form-field-label title" for="email-yui">Email Address</label><input class="newsletter-form-field-element field-element" name="email"
type="email" placeholder="Email Address"></div><div class="newsletter-form-button-wrapper"><button class="newsletter-form-button sqs-system-button"
type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></form><div class="newsletter-form-footnote"><p>We respect your
privacy.</p></div></div>
</div></div></div></div></div></div></div>
<div class="blog-item-comments"></div><section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid">
<a class="item-pagination-link item-pagination-link--prev" href="/news/glow-golf-nights"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Glow golf nights return in October</h2></a><a class="item-pagination-link item-pagination-link--next"
href="/news/winter-hours">
<div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Winter opening
hours</h2></a></section></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Lanternhill Adventure Golf · Esplanade Gardens, Saltmarsh Bay</p>
<p class="" style="white-space:pre-wrap;"><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="https://instagram.com/">Instagram</a></p>
</div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2" role="dialog" aria-label="cookie banner"><div
class="sqs-cookie-banner-v2-cta-container">
<p class="sqs-cookie-banner-v2-text">This website uses cookies to improve your experience.</p><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-deny">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"
type="text/javascript"></script></body></html>`;
const squarespaceNews: TestPage = {
  name: 'heldout652-squarespace-golf-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [sBody[2] ?? '', sBody[5] ?? ''],
  body: texts(sBody.filter((_, i) => i !== 2 && i !== 5)),
  bylines: ['Lanternhill Team', 'July 19, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Lanternhill Adventure Golf', ...sNav, 'Book a Round', 'The galleon on the eighteenth hole, a week before opening.',
'Stay in the loop',
    'Offers, new holes and late-night glow golf dates, once a month.', 'Email Address', 'Sign Up', 'We respect your privacy.', 'Previous',
    'Glow golf nights return in October', 'Next', 'Winter opening hours', 'Lanternhill Adventure Golf · Esplanade Gardens, Saltmarsh Bay', 'Privacy', 'Terms',
    'Instagram', 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT652_B: readonly TestPage[] = [ghostRecords, squarespaceNews].map(finish);
