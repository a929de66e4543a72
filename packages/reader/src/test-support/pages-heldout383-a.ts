import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout383-kit.js';

/**
 * Held-out batch 383, file a: a PolitiFact-style rating page (statement box with the speaker, the "stated on" line, the quote
 * and the meter image, the "If Your Time is short" box, sources, tags, share bar, the texts sign-up rail, the footer) and a
 * Snopes-style fact check (claim and rating box, author card, reading time, inline "Read more" promo, newsletter box,
 * related rail and comments closed notice).
 */
const pfTitle = 'No, Marlow Falls did not raise property taxes by 40% in a single year';
const pfQuote = 'Says the city of Marlow Falls "raised your property taxes 40% in one year" while cutting library hours.';
const pfShort = [
  'Marlow Falls raised its property tax rate by 4.1% for the 2025 budget year, not 40%.',
  'A few homeowners saw larger bills because their homes were reassessed after a countywide revaluation, which the city does not control.',
  'Library hours were reduced on Sundays, but weekday hours were extended, so total weekly hours stayed the same.',
];
const pfBody = [
  j(
    'A campaign mailer sent to voters in Marlow Falls ahead of the April council election warns residents that the incumbent majority',
    '"raised your property taxes 40% in one year." The mailer, paid for by a group called Taxpayers for a Better Marlow, pairs the',
    'figure with a photograph of a shuttered library door.',
  ),
  j(
    'We asked the group where the 40% number came from. A spokesperson, Curtis Olander, pointed us to a single tax bill posted on a',
    'neighborhood forum, in which a homeowner on Quarry Road showed his annual bill rising from $2,480 to $3,470.',
  ),
  'That bill is real. But it does not show what the city did to tax rates, and it is not typical of what most residents paid.',
  j(
    'The city council adopted its 2025 budget in June with a property tax rate of 11.42 mills, up from 10.97 mills the year before.',
    'That is an increase of 4.1%, according to the adopted budget and the minutes of the council meeting.',
  ),
  j(
    'The larger jump on the Quarry Road bill came from the value of the house, not the rate. Harlan County completed its first full',
    'revaluation in nine years in 2024, and homes in the older river neighborhoods were reassessed sharply upward. The county assessor,',
    'not the city, sets those values.',
  ),
  j(
    'County data shows the median assessed value of a single-family home in Marlow Falls rose 11% in the revaluation. Combined with',
    "the rate increase, the median homeowner's city tax bill rose about $190, or roughly 15%.",
  ),
  j(
    'The mailer also says the city "cut library hours." The Marlow Falls Public Library closed on Sundays starting in September,',
    'but it added two evening hours on Tuesdays, Wednesdays and Thursdays. Its posted schedule shows 54 hours a week both before',
    'and after the change.',
  ),
  j(
    'The claim that the city raised property taxes 40% in one year is inaccurate. The city raised its rate 4.1%, and the median bill',
    "rose about 15% once a county revaluation is counted. One outlier bill does not support the mailer's figure. We rate it False.",
  ),
];
const pfHeadings = ['Where the 40% came from', 'What the city actually did', 'Our ruling'];
const pfSources = [
  'City of Marlow Falls, Adopted Budget 2025, accessed March 4, 2026',
  'Harlan County Assessor, 2024 Revaluation Summary, accessed March 4, 2026',
  'Email interview, Curtis Olander, Taxpayers for a Better Marlow, March 4, 2026',
];
const pfNav = ['Latest Fact-checks', 'Truth-O-Meter', 'Promises', 'Personalities', 'States', 'Issues', 'About Us'];
const pfTags = ['Taxes', 'Local', 'City Budget', 'Municipal Finance'];
const pfFoot = ['Who pays for VeriMeter?', 'Corrections and updates', 'Advertise with us', 'Privacy Policy', 'Contact Us'];
const pfRail = ['Did a school board ban cursive writing? No', 'Mostly True: The river cleanup came in under budget'];
const pfHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>VeriMeter | ${pfTitle}</title>
<meta name="description" content="Marlow Falls raised its property tax rate by 4.1% for the 2025 budget year, not 40%.">
<meta property="og:type" content="article"><meta property="og:site_name" content="VeriMeter">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","datePublished":"2026-03-06",
"claimReviewed":"Marlow Falls raised property taxes 40% in one year","reviewRating":{"@type":"Rating","ratingValue":2,"alternateName":"False"},
"author":{"@type":"Organization","name":"VeriMeter"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"factcheck","ruling":"false"});</script>
<link rel="stylesheet" href="/static/CACHE/css/output.4d1f.css"></head>
<body class="t-factcheck">
<div class="c-alert" id="js-cookie-alert"><p class="c-alert__text">We use cookies to understand how visitors use our site.</p>
<button class="c-button js-cookie-ok">Got it</button></div>
<header class="c-header"><div class="c-header__logo"><a href="/">VeriMeter</a></div>
<nav class="c-nav"><ul class="c-nav__list">${links(pfNav, 'c-nav__item')}</ul></nav>
<form class="c-search" action="/search/"><input type="search" name="q" placeholder="Search"></form>
<a class="c-button c-button--hollow" href="/membership/">Donate</a></header>
<main class="t-row"><div class="t-row__center">
<section class="o-pick"><div class="m-statement m-statement--is-medium m-statement--false">
<div class="m-statement__author"><div class="m-statement__avatar"><img class="c-image__thumb" src="/photos/tbm.jpg" alt="Taxpayers"></div>
<div class="m-statement__meta"><a class="m-statement__name" href="/personalities/taxpayers-better-marlow/">Taxpayers for a Better Marlow PAC</a>
<div class="m-statement__desc">stated on February 27, 2026 in a campaign mailer:</div></div></div>
<div class="m-statement__content"><div class="m-statement__quote">${pfQuote}</div>
<div class="m-statement__body"><div class="m-statement__meter"><div class="c-image"><img class="c-image__original" src="/img/meter-false.jpg"
alt="false" width="226"></div></div></div>
<footer class="m-statement__footer">By Hana Ruiz • March 6, 2026</footer></div></div></section>
<section class="m-social-share"><ul><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-twitter" href="#">Twitter</a></li>
<li><a class="share-email" href="#">Email</a></li></ul></section>
<section class="o-pick"><div class="m-textblock"><div class="m-callout m-callout--short-on-time"><div class="short-on-time">
<h3 class="m-callout__title">If Your Time is short</h3><ul>
${lis(pfShort)}
</ul></div></div>
<h1 class="c-title c-title--subline">${pfTitle}</h1>
${ps(pfBody.slice(0, 2))}
<p><strong>RELATED: <a href="/factchecks/2026/feb/12/school-board-cursive/">Did a school board ban cursive writing? No</a></strong></p>
<h2>${pfHeadings[0]}</h2>
${ps(pfBody.slice(2, 3))}
<h2>${pfHeadings[1]}</h2>
${ps(pfBody.slice(3, 7))}
<h2>${pfHeadings[2]}</h2>
${ps(pfBody.slice(7))}
</div></section>
<section class="o-pick"><div class="m-superbox"><header class="m-superbox__header"><h3 class="m-superbox__title">Our Sources</h3></header>
<article class="m-superbox__content">${ps(pfSources)}</article></div></section>
<section class="m-list m-list--horizontal"><ul class="m-list__list">${links(pfTags, 'm-list__item c-tag')}</ul></section>
</div>
<aside class="t-row__right"><div class="m-signup"><h4>Sign up for VeriMeter texts</h4><p>Get the latest fact-checks sent to your phone.</p>
<button class="c-button">Subscribe</button></div><div class="m-teaser-list"><h4>More from VeriMeter</h4><ul>${links(pfRail)}</ul></div></aside>
</main>
<footer class="c-footer"><ul class="c-footer__links">${links(pfFoot)}</ul>
<p class="c-footer__copyright">© 2026 VeriMeter, an invented nonprofit newsroom. All Rights Reserved.</p></footer>
<script src="/static/CACHE/js/output.a99c.js" defer></script></body></html>`;
const politifact: TestPage = {
  name: 'heldout383-politifact-news',
  kind: 'news',
  html: pfHtml,
  title: pfTitle,
  headings: pfHeadings,
  body: texts([pfQuote, ...pfShort, ...pfBody]),
  bylines: ['stated on February 27, 2026 in a campaign mailer:', 'By Hana Ruiz • March 6, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to understand how visitors use our site.', 'Got it', 'VeriMeter', ...pfNav, 'Donate', 'Taxpayers for a Better Marlow PAC',
    'Facebook', 'Twitter', 'Email', 'If Your Time is short', 'RELATED: Did a school board ban cursive writing? No', 'Our Sources', ...pfSources,
    ...pfTags, 'Sign up for VeriMeter texts', 'Get the latest fact-checks sent to your phone.', 'Subscribe', 'More from VeriMeter',
    'Mostly True: The river cleanup came in under budget', ...pfFoot, '© 2026 VeriMeter, an invented nonprofit newsroom. All Rights Reserved.',
  ],
};

const snTitle = 'Did Velmora Foods Recall Its Oat Milk Over Glass Fragments?';
const snDeck = 'A screenshot of a supposed recall notice spread on social media in early March 2026.';
const snClaim = 'Velmora Foods recalled all cartons of its Velmora Oat Barista milk in March 2026 after customers found glass fragments.';
const snBody = [
  j(
    'In the first week of March 2026, a screenshot began circulating on Facebook and in neighborhood group chats that appeared to show',
    'a recall notice from the food company Velmora Foods. The image said "all cartons" of Velmora Oat Barista were being pulled from',
    'shelves because "multiple customers found glass fragments" in the drink.',
  ),
  j(
    'Several readers asked us whether the notice was genuine. It was not. No such recall was issued by the company, and no notice',
    'appears in the federal food safety database, where recalls of this kind are required to be posted.',
  ),
  j(
    'The screenshot copied the layout of a real recall page from 2024, when Velmora recalled a single batch of its chocolate almond',
    'drink over an undeclared milk allergen. The date, product name and reason were changed. The fake version also kept the 2024',
    'batch code, CH-0419, which does not match any oat milk product the company sells.',
  ),
  'We contacted Velmora Foods by email. A company spokesperson, Greta Lindqvist, told us:',
  j(
    '"We have not recalled Velmora Oat Barista or any other oat product. We have received no reports of glass or any foreign',
    'material in these cartons. Customers who see this image should know it is fake."',
  ),
  j(
    'We also checked the recall lists published by the two largest grocery chains in the region. Neither listed any Velmora product,',
    'and both still carried the oat drink on their online stores at the time of writing.',
  ),
  'Details in the screenshot give it away:',
  'The notice is dated March 3, 2026, but the batch code refers to a product made in April 2024.',
  'The telephone number listed for customer questions belongs to a closed call center in another state.',
  'The font in the headline differs from the one used on every other recall page on the company website.',
  j(
    'Fake recall notices are a familiar kind of rumor. They spread quickly because people want to warn friends and family, and they',
    'are rarely checked against the official database. If you see a recall notice shared on social media, the safest step is to look',
    "for it on the regulator's own website or the manufacturer's page before sharing.",
  ),
  j(
    'Because no recall of Velmora Oat Barista was issued, the company denied any reports of glass, and the screenshot was altered',
    'from an older notice about a different product, we have rated this claim as untrue.',
  ),
];
const snHeadings = ['No Recall on Record', 'How the Screenshot Was Made'];
const snNav = ['Latest', 'Fact Checks', 'News', 'Archive', 'Collections', 'Tips', 'Newsletters'];
const snRel = [
  'Is a Viral Photo of a Frozen Waterfall in Tennessee Real?',
  'Did a Bakery Chain Announce It Was Closing All Stores?',
  'No, a Cereal Brand Did Not Add Caffeine to Kids Flakes',
];
const snFoot = ['About Us', 'Our Team', 'Contact', 'Submit a Tip', 'Privacy', 'Terms of Use', 'Ad Choices'];
const snSources = ['"Enforcement Reports." Federal Food Safety Database, accessed March 5, 2026.', 'Lindqvist, Greta. Email to Snoopfax, March 4, 2026.'];
const snHtml = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><title>${snTitle} | Snoopfax</title>
<meta name="description" content="${snDeck}"><meta property="og:site_name" content="Snoopfax"><meta property="article:section" content="Fact Checks">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","claimReviewed":"${snClaim}",
"reviewRating":{"@type":"Rating","ratingValue":"1","alternateName":"False"},"datePublished":"2026-03-05T10:12:00-08:00",
"author":{"@type":"Person","name":"Orla Penhallow"}}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<script>var snData={"postId":11408,"isFactCheck":true,"tags":["food","recalls"]};</script></head>
<body class="single single-fact_check"><a class="skip-link" href="#article-content">Skip to content</a>
<header id="header_wrapper"><div class="header_inner"><a class="logo_link" href="/">Snoopfax</a><nav id="main_nav"><ul class="nav_list">
${links(snNav, 'nav_item')}</ul></nav><a class="header_button" href="/membership/">Join</a><a class="header_button login" href="/login/">Log In</a>
</div></header>
<div class="ad_wrapper top_ad"><span class="ad_label">Advertisement</span><div id="snoopfax_leaderboard"></div></div>
<main id="main-container"><article id="article-content"><section class="title-container">
<div class="breadcrumb_wrapper"><a class="breadcrumb_link" href="/fact-check/">Fact Check</a> <span>›</span>
<a class="breadcrumb_link" href="/category/food/">Food &amp; Drink</a></div>
<h1>${snTitle}</h1><h2 class="subtitle">${snDeck}</h2>
<div class="author_publish_date_wrapper"><div class="author_name">By <a class="author_link" href="/author/openhallow/">Orla Penhallow</a></div>
<div class="publish_date_wrapper"><h3 class="publish_date">Published March 5, 2026</h3></div></div>
<div class="social_icons_wrapper"><a class="social_icon facebook" href="#">Share on Facebook</a><a class="social_icon x" href="#">Share on X</a>
<a class="social_icon copy" href="#">Copy link</a></div></section>
<section id="fact_check_rating_container"><div class="claim_wrapper"><h3 class="claim_title">Claim:</h3><div class="claim_cont">${snClaim}</div></div>
<div class="rating_wrapper"><h3 class="rating_title">Rating:</h3><a class="rating_link_wrapper" href="/fact-check-ratings/#false">
<img src="/images/rating-false.svg" alt="False"><div class="rating_title_wrap">False<span class="rating_subtitle">About this rating</span></div></a></div>
</section>
<section id="article-content-body" class="article-content">
${ps(snBody.slice(0, 2))}
<h2>${snHeadings[0]}</h2>
${ps(snBody.slice(2, 4))}
<blockquote><p>${snBody[4]}</p></blockquote>
<p class="read_more"><strong>Read more:</strong> <a href="/fact-check/bakery-chain-closing/">Did a Bakery Chain Announce It Was Closing All Stores?</a></p>
${ps(snBody.slice(5, 6))}
<div class="ad_wrapper in_content"><span class="ad_label">Advertisement</span><div id="snoopfax_incontent_1"></div></div>
<h2>${snHeadings[1]}</h2>
${ps(snBody.slice(6, 7))}
<ul>${lis(snBody.slice(7, 10))}</ul>
${ps(snBody.slice(10))}
<div class="sources_wrapper"><h3>Sources:</h3>${ps(snSources)}</div>
</section>
<section class="tags_wrapper"><a class="tag_link" href="/tag/food-recalls/">food recalls</a>
<a class="tag_link" href="/tag/screenshots/">screenshots</a></section>
<section class="author_card"><img src="/authors/openhallow.jpg" alt=""><div><p class="author_card_name">Orla Penhallow</p>
<p class="author_card_bio">Orla Penhallow is a fact-checker at Snoopfax who covers food, health and consumer scams.</p></div></section>
<section class="newsletter_signup"><h3>Get the Snoopfax newsletter</h3><p>Rumors, checked. Delivered free every weekday morning.</p>
<form><input type="email" placeholder="Email address"><button>Sign Up</button></form></section>
</article>
<aside id="sidebar_right"><h3 class="sidebar_title">Related Fact Checks</h3><ul>${links(snRel, 'related_item')}</ul>
<div class="ad_wrapper sidebar_ad"><span class="ad_label">Advertisement</span></div></aside></main>
<footer id="footer_wrapper"><ul class="footer_links">${links(snFoot)}</ul><p class="copyright">© 2026 Snoopfax Media. All rights reserved.</p></footer>
<div id="cookie_notice" class="cookie_bar"><p>This site uses cookies for analytics and personalized ads. <a href="/privacy/">Learn more</a></p>
<button id="cookie_accept">Accept</button></div>
<script src="/wp-content/themes/snoopfax/dist/main.min.js"></script></body></html>`;
const snopes: TestPage = {
  name: 'heldout383-snopes-news',
  kind: 'news',
  html: snHtml,
  title: snTitle,
  headings: snHeadings,
  body: texts([snDeck, snClaim, ...snBody]),
  bylines: ['Orla Penhallow', 'Published March 5, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...snNav, 'Join', 'Log In', 'Advertisement', 'Fact Check', 'Food & Drink', 'Share on Facebook', 'Share on X', 'Copy link', 'Claim:',
    'Rating:', 'About this rating', 'Read more:', ...snRel, 'Sources:', ...snSources, 'food recalls', 'screenshots',
    'Orla Penhallow is a fact-checker at Snoopfax who covers food, health and consumer scams.', 'Get the Snoopfax newsletter',
    'Rumors, checked. Delivered free every weekday morning.', 'Sign Up', 'Related Fact Checks', ...snFoot, '© 2026 Snoopfax Media. All rights reserved.',
    'This site uses cookies for analytics and personalized ads.', 'Learn more', 'Accept',
  ],
};

export const HELDOUT383_A: readonly TestPage[] = [politifact, snopes];
