import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout263-kit.js';

/**
 * Held-out batch 263, file a: a Gannett local paper (USA TODAY Network) story (gnt_ classes: top nav, byline with the
 * Network line, Published / Updated dateline, share bar, photo with caption and credit, inline "More:" promo, a newsletter
 * box, "Contributing:" note, and the network footer) and a McClatchy paper story (masthead, section tag, byline, share
 * tools, figure, "Read Next" rail, an inline "Related stories" module, a subscribe offer, comments notice and the footer).
 */
const gTitle = 'Harlan County board OKs $14 million plan to replace Cedar Run water tower before 2028';
const gH = ['What happens to water rates?', 'Why the tower is failing'];
const gP1 = [
  j(
    'CEDAR RUN — The Harlan County Board of Commissioners voted 4-1 on Tuesday night to borrow up to $14 million to replace',
    'the 1962 water tower that looms over the village of Cedar Run, ending a two-year argument over whether the rusting tank',
    'could be patched one more time.',
  ),
  j(
    'The new tower, a 750,000-gallon fluted column designed by the Dayton firm Brook &amp; Larrow, will stand on county land behind',
    'the Cedar Run Elementary School ballfields, about 400 feet west of the existing structure. Construction is expected to begin',
    'in spring 2027, with the old tower coming down once the new one is filled and tested.',
  ),
  j(
    '"We have been putting Band-Aids on this thing since before I was elected," said Commissioner Lorna Pettibone, who made the',
    'motion. "The engineers told us plainly that another repair buys us three years, maybe four. This buys us 60."',
  ),
];
const gP2 = [
  j(
    'The county plans to pay for the project with a low-interest loan from the state Water Pollution Control Loan Fund and a',
    '$2.1 million grant it applied for in January. If the grant comes through, the typical household on the Cedar Run system',
    'would see its monthly bill rise by about $6.40, according to a rate study presented at the meeting.',
  ),
  'Without the grant, the increase would be closer to $9 a month. The board said it would phase in any increase over three years:',
];
const gList = [
  'July 2026: first increase of about one-third of the total',
  'July 2027: second step, timed with the start of construction',
  'July 2028: final step, once the old tower is removed',
];
const gP3 = [
  j(
    "An inspection last fall found corrosion through more than 30% of the tank's interior coating and pitting in two of the four",
    'support legs. Divers who examined the inside of the bowl also found sediment nearly two feet deep, which county utilities',
    'director Amos Greeley said contributes to the discolored water residents have complained about for years.',
  ),
  j(
    'Commissioner Dale Rutledge cast the lone vote against the plan. He argued the county should first ask neighboring Ashby',
    'Township whether it would sell water to Cedar Run wholesale, which he said could avoid building a tower at all.',
  ),
  j(
    "Greeley said that option had been studied in 2024 and rejected because Ashby's own plant is near capacity. The board",
    'will hold a public hearing on the rate schedule on June 9 at the Harlan County Administration Building.',
  ),
];
const gCaption = 'The Cedar Run water tower, built in 1962, shows visible rust along its bowl and legs in May 2026.';
const gCredit = 'Mitchell Orwin/The Harlan Courier';
const gPromo = 'More: Ashby Township trustees weigh raising water tap-in fees for new homes';
const gNav = ['News', 'Sports', 'Opinion', 'Obituaries', 'Things to Do', 'Business', 'eNewspaper', 'Legals'];
const gFoot = ['About Us', 'Newsroom Staff', 'Corrections & Clarifications', 'Support', 'Subscription Terms', 'Careers', 'Archives'];
const gFoot2 = ['Privacy Policy', 'Terms of Service', 'Your Privacy Choices', 'Site Map', 'Accessibility'];
const gHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>Harlan County OKs $14M Cedar Run water tower replacement</title>
<meta name="description" content="The 1962 tower will be replaced with a 750,000-gallon fluted column; rates could rise about $6.40 a month.">
<meta property="og:site_name" content="The Harlan Courier"><meta property="og:type" content="article">
<meta name="article:opinion" content="false">
<link rel="canonical" href="https://www.harlancourier.example/story/news/local/2026/05/20/cedar-run-water-tower/88341/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gTitle}",
"datePublished":"2026-05-20T17:04:11Z","dateModified":"2026-05-21T11:30:00Z","author":[{"@type":"Person","name":"Corinne Vasko"}],
"publisher":{"@type":"Organization","name":"The Harlan Courier"}}</script>
<script>window.gnt = window.gnt || {}; gnt.pageData = {"ssts":"news/local","taxonomy":"news/local","contentId":"88341"};</script>
</head><body class="gnt_pr gnt_a_ts"><a class="gnt_sk" href="#mainContentSection">Skip to main content</a>
<header aria-label="Header" class="gnt_n"><div class="gnt_n_lg"><a href="/" aria-label="Home">The Harlan Courier</a></div>
<nav class="gnt_n_mn" aria-label="Site Navigation"><ul>${links(gNav, 'gnt_n_mn_ce')}</ul></nav>
<div class="gnt_n_us"><a class="gnt_n_us_a" href="/subscribe">Subscribe</a><a class="gnt_n_us_a" href="/login">Sign In</a></div></header>
<main id="mainContentSection" class="gnt_cw"><article class="gnt_pr">
<h1 class="gnt_ar_hl" elementtiming="ar-headline">${gTitle}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/4471/corinne-vasko/">Corinne Vasko</a>
<div class="gnt_ar_by_org">The Harlan Courier</div></div>
<div class="gnt_ar_dt" aria-label="Published: 1:04 p.m. ET May 20, 2026 | Updated: 7:30 a.m. ET May 21, 2026">Published 1:04 p.m. ET May 20, 2026
<div class="gnt_ar_dt_u">Updated 7:30 a.m. ET May 21, 2026</div></div>
<div class="gnt_ss" role="toolbar" aria-label="Share"><button class="gnt_ss_fb" aria-label="Share to Facebook">Facebook</button>
<button class="gnt_ss_x" aria-label="Post to X">X</button><button class="gnt_ss_em" aria-label="Email">Email</button></div>
<div class="gnt_ar_b" aria-label="Article Body">
${ps(gP1, ' class="gnt_ar_b_p"')}
<figure class="gnt_em gnt_em_img"><img class="gnt_em_img_i" src="https://www.harlancourier.example/gcdn/presto/2026/05/20/tower.jpg"
alt="Cedar Run water tower"><figcaption class="gnt_em_img_ccw"><span class="gnt_em_img_cp">${gCaption}</span>
<span class="gnt_em_img_cr">${gCredit}</span></figcaption></figure>
<h2 class="gnt_ar_b_h2">${gH[0]}</h2>
${ps(gP2, ' class="gnt_ar_b_p"')}
<ul class="gnt_ar_b_ul">${lis(gList, 'gnt_ar_b_ul_li')}</ul>
<p class="gnt_ar_b_p"><strong><a href="/story/news/local/2026/04/02/ashby-tap-in-fees/77120/">${gPromo}</a></strong></p>
<aside class="gnt_em gnt_em__nl" aria-label="Newsletter sign up"><h3 class="gnt_em_nl_t">Get the Morning Briefing</h3>
<p class="gnt_em_nl_d">Harlan County's top stories in your inbox every weekday.</p><button class="gnt_em_nl_btn">Sign Up</button></aside>
<h2 class="gnt_ar_b_h2">${gH[1]}</h2>
${ps(gP3, ' class="gnt_ar_b_p"')}
<p class="gnt_ar_b_p gnt_ar_b_cn"><em>Contributing: Mitchell Orwin</em></p>
<p class="gnt_ar_b_p gnt_ar_b_tl"><em>Reach Corinne Vasko at cvasko@harlancourier.example or 937-555-0182.</em></p></div>
<div class="gnt_ss gnt_ss__btm"><button class="gnt_ss_fb">Facebook</button><button class="gnt_ss_em">Email</button></div>
</article><aside class="gnt_rr"><div class="gnt_ad gnt_ad__mr" aria-hidden="false"><span class="gnt_ad_lb">Advertisement</span></div></aside></main>
<footer class="gnt_f"><div class="gnt_f_lg">The Harlan Courier</div><ul class="gnt_f_ul">${links(gFoot)}</ul>
<ul class="gnt_f_ul">${links(gFoot2)}</ul>
<p class="gnt_f_cp">© 2026 www.harlancourier.example. All rights reserved.</p><p class="gnt_f_nw">Part of the USA TODAY Network</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We and our partners use cookies to personalize
content and ads and to analyze traffic.</p><button id="onetrust-accept-btn-handler">Accept All</button>
<button id="onetrust-pc-btn-handler">Manage Preferences</button></div>
<script src="https://www.harlancourier.example/gcdn/dcjs/v1/all.min.js" async></script></body></html>`;
const gannett: TestPage = {
  name: 'heldout263-gannett-usatoday-network-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([...gP1, ...gP2, ...gList, ...gP3]),
  bylines: ['Corinne Vasko', 'Published 1:04 p.m. ET May 20, 2026', 'Updated 7:30 a.m. ET May 21, 2026', 'Contributing: Mitchell Orwin'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Harlan Courier', ...gNav, 'Subscribe', 'Sign In', 'Facebook', 'Email', gCaption, gCredit, gPromo,
    'Get the Morning Briefing', "Harlan County's top stories in your inbox every weekday.", 'Sign Up',
    'Reach Corinne Vasko at cvasko@harlancourier.example or 937-555-0182.', 'Advertisement', ...gFoot, ...gFoot2,
    '© 2026 www.harlancourier.example. All rights reserved.', 'Part of the USA TODAY Network',
    'We and our partners use cookies to personalize content and ads and to analyze traffic.', 'Accept All', 'Manage Preferences',
  ],
};

const mTitle = 'A 90-year-old diner on Route 4 closed in January. Three cooks are trying to bring it back';
const mP1 = [
  j(
    'For nine decades, the Blue Kettle Diner in Marlow Springs opened at 5 a.m., poured bottomless coffee for truckers coming off',
    'Route 4 and closed by 2 p.m. In January, after the owner retired and no buyer came forward, the lights went off for good.',
  ),
  j(
    "Or so it seemed. This spring, three line cooks who worked the Blue Kettle's griddle for a combined 41 years formed a",
    'worker-owned company, signed a lease on the building and began scraping grease from the hood vents themselves.',
  ),
  j(
    '"We kept running into regulars at the grocery store, and every single one asked when we were reopening," said Delphine Acosta,',
    "47, who started as a dishwasher in 2004. \"At some point you stop saying 'I don't know' and start saying 'maybe us.'\"",
  ),
];
const mH = ['Raising money one pancake at a time', 'What stays the same'];
const mP2 = [
  j(
    'The three partners, Acosta, Ruben Tillery and Jo Ann Merriweather, pooled about $38,000 in savings. They raised another $26,000',
    'through a series of Saturday pancake breakfasts in the parking lot of the First Methodist Church, using a borrowed flat-top.',
  ),
  j(
    'The Marlow Springs Community Development Fund approved a $60,000 loan in April at 3% interest, on the condition that the',
    'cooperative complete a 12-week small-business course offered by Piedmont Valley Community College. All three are enrolled.',
  ),
  j(
    "The building's owner, retired schoolteacher Harold Banning, agreed to a five-year lease at $1,450 a month, below what he had",
    'been quoted by a chain coffee shop that looked at the property last year.',
  ),
];
const mP3 = ['The cooks say the menu will change very little. The items they refuse to touch:'];
const mList = [
  'The "Route 4 Special": two eggs, hash browns, sausage gravy and a biscuit',
  'Friday fish sandwich, still served on rye',
  'Coconut cream pie, from a recipe card taped inside the pantry door since 1971',
];
const mP4 = [
  j(
    'What will change is the hours. The Blue Kettle will open Wednesday through Sunday only, so the partners can split shifts',
    'without hiring more staff than they can afford in the first year. They hope to reopen by Labor Day, pending a health inspection.',
  ),
  j(
    'Tillery, who still works nights at a distribution warehouse, said the group is not trying to get rich. "If we pay ourselves',
    'a fair wage and the coffee stays a dollar fifty, that\'s a win," he said.',
  ),
];
const mCaption = 'Delphine Acosta, left, and Ruben Tillery clean the griddle at the Blue Kettle Diner in Marlow Springs on May 12, 2026.';
const mCredit = 'Teodora Finch tfinch@piedmontledger.example';
const mNav = ['Local', 'Sports', 'Business', 'Politics', 'Opinion', 'Food & Drink', 'Obituaries', 'Real Estate', 'eEdition'];
const mRelated = ['Marlow Springs council approves Route 4 sidewalk plan after 10-year wait', 'These 7 diners have served the Piedmont for 50 years'];
const mNext = [
  'Teacher pay raise clears state House committee on party-line vote',
  'Storms knock out power to 12,000 across three counties',
  'Piedmont Valley Community College names new president',
];
const mFoot = ['Contact Us', 'Newsletters', 'Archives', 'Sports Betting', 'Personal Finance', 'Customer Service', 'Site Map'];
const mFoot2 = ['Terms of Service', 'Privacy Policy', 'Accessibility', 'Do Not Sell or Share My Personal Information'];
const mHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Marlow Springs cooks try to reopen Blue Kettle Diner | Piedmont Ledger</title>
<meta name="description" content="Three line cooks formed a worker-owned co-op to reopen the 90-year-old Blue Kettle Diner on Route 4.">
<meta property="og:site_name" content="Piedmont Ledger"><meta name="keywords" content="Food &amp; Drink, Marlow Springs, Small business">
<link rel="canonical" href="https://www.piedmontledger.example/living/food-drink/article316640212.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mTitle}",
"author":[{"@type":"Person","name":"Hollis Bramwell"}],"datePublished":"2026-05-22T06:00:00-04:00","isAccessibleForFree":false}</script>
<script>window.mi = window.mi || {}; mi.pageInfo = {"pagetype":"story","section":"food-drink","paywall":"metered"};</script></head>
<body class="story-page"><mi-adbanner class="ad-top"><span class="ad-label">Advertisement</span></mi-adbanner>
<header class="masthead"><a class="logo" href="/" aria-label="Piedmont Ledger">Piedmont Ledger</a>
<nav class="nav-primary" aria-label="Sections"><ul>${links(mNav, 'nav-item')}</ul></nav>
<a class="subscribe-btn" href="/subscribe">Subscribe Now</a><a class="sign-in" href="/signin">Sign In</a></header>
<main><div class="story-header"><a class="kicker" href="/living/food-drink/">Food &amp; Drink</a>
<h1 class="h1">${mTitle}</h1>
<div class="byline"><span>By</span> <a class="ng_byline_name" href="/profile/2224.html">Hollis Bramwell</a></div>
<time class="publish-date" datetime="2026-05-22T06:00:00">May 22, 2026 6:00 AM</time>
<mi-sharing-tools class="share-tools"><a class="share-facebook" href="#">Share on Facebook</a><a class="share-x" href="#">Share on X</a>
<a class="share-email" href="#">Share via Email</a><a class="share-gift" href="#">Gift this article</a></mi-sharing-tools></div>
<figure class="figure figure-lead"><img src="https://www.piedmontledger.example/latest-news/bgsk7k/picture316640208/diner.jpg" alt="">
<figcaption class="caption"><span class="caption-text">${mCaption}</span> <span class="credit">${mCredit}</span></figcaption></figure>
<article class="story-body" data-vr-zone="story-body">
${ps(mP1)}
<div class="related-links"><h4 class="h4">Related stories from Piedmont Ledger</h4><ul>${links(mRelated)}</ul></div>
<h3 class="h3">${mH[0]}</h3>
${ps(mP2)}
<mi-piano class="inline-offer"><p class="offer-text">Only $1 for 6 months. Support local journalism.</p>
<a class="offer-btn" href="/subscribe">Get Offer</a></mi-piano>
<h3 class="h3">${mH[1]}</h3>
${ps(mP3)}
<ul>${lis(mList)}</ul>
${ps(mP4)}
</article>
<div class="story-tags"><span class="label">Read more about</span> <a href="/tag/local-business">Local business</a>
<a href="/tag/marlow-springs">Marlow Springs news</a></div>
<section class="author-bio"><h4 class="h4">Hollis Bramwell</h4><p>Hollis Bramwell covers food, dining and small business for the Piedmont Ledger.</p></section>
<div class="comments-notice"><p>Comments are closed on this story.</p></div>
<section class="read-next"><h3 class="h3">Read Next</h3><ul>${links(mNext, 'package')}</ul></section></main>
<footer class="footer"><ul>${links(mFoot)}</ul><ul>${links(mFoot2)}</ul>
<p class="copyright">Copyright 2026 Piedmont Ledger. All rights reserved.</p></footer>
<script src="https://www.piedmontledger.example/static/yozons/mi.bundle.js" async></script></body></html>`;
const mcclatchy: TestPage = {
  name: 'heldout263-mcclatchy-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([...mP1, ...mP2, ...mP3, ...mList, ...mP4]),
  bylines: ['Hollis Bramwell', 'May 22, 2026 6:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', 'Piedmont Ledger', ...mNav, 'Subscribe Now', 'Sign In', 'Share on Facebook', 'Share on X', 'Share via Email', 'Gift this article',
    mCaption, mCredit, 'Related stories from Piedmont Ledger', ...mRelated, 'Only $1 for 6 months. Support local journalism.', 'Get Offer',
    'Read more about', 'Local business', 'Marlow Springs news', 'Hollis Bramwell covers food, dining and small business for the Piedmont Ledger.',
    'Comments are closed on this story.', 'Read Next', ...mNext, ...mFoot, ...mFoot2, 'Copyright 2026 Piedmont Ledger. All rights reserved.',
  ],
};

export const HELDOUT263_A: readonly TestPage[] = [gannett, mcclatchy];
