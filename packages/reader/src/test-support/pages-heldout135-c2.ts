import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 135, file c2: a The Hill story (the WordPress VIP theme: the breaking-news bar, the section nav and the
 * "Just In" rail, the section label, "by" author and time line, the share buttons, the lead image with caption and credit,
 * "ADVERTISEMENT" slots and a "Related video" player inside the article text, the Nexstar copyright line and the tags under
 * the text, the removed-comments note, "Most Popular" and "More ... News" rails and the footer).
 */
const hlTitle = 'Senate panel advances bipartisan wildfire bill after deal on logging limits';
const hlP1 = [
  'A bipartisan bill to speed up wildfire prevention work on federal land cleared the Senate Energy and Natural Resources ' +
    'Committee on Thursday after its sponsors struck a last-minute deal over how much tree thinning the bill would allow without ' +
    'full environmental reviews.',
  'The committee voted 15-4 to send the Fire-Ready Forests Act to the Senate floor, with four Democrats opposed.',
  'The bill, led by Sens. Harriet Lindqvist (R-Mont.) and Marcus Delgado-Pryce (D-Ore.), would let the Forest Service and the ' +
    'Bureau of Land Management carry out thinning and prescribed burns on up to 10,000 acres at a time in high-risk areas ' +
    'using a shortened environmental review. The original draft set the limit at 25,000 acres.',
  '“This is not a logging bill. It is a bill to keep towns from burning down,” Lindqvist said during the markup. “We gave ground ' +
    'on the acreage because we want this to become law, not just pass a committee.”',
];
const hlP2 = [
  'Delgado-Pryce said the compromise would keep large old trees off limits and require agencies to publish maps of every project ' +
    'before work begins, two changes sought by environmental groups.',
  '“People in my state breathe smoke for weeks every summer,” he said. “They are not asking us to choose between forests and ' +
    'communities. They are asking us to do the work.”',
  'Four Democrats voted no, arguing that the shortened reviews would still cut the public out of decisions about federal land. ' +
    'Sen. Naomi Takahara (D-N.M.) said she supports more prescribed burning but could not back a bill that limits legal ' +
    'challenges to projects.',
  'Under the bill, lawsuits against qualifying projects would have to be filed within 120 days of approval, and judges would be ' +
    'asked to weigh the risk of wildfire when deciding whether to halt work.',
];
const hlP3 = [
  'The Congressional Budget Office has not yet scored the bill. Its sponsors say it would not require new spending because it ' +
    'draws on money Congress already provided for forest management.',
  'Wildfires burned more than 7 million acres in the U.S. last year, according to federal data, and the cost of fighting them has ' +
    'topped $3 billion in four of the last five years.',
  'The House passed a broader forest management bill in the spring on a mostly party-line vote. Senate Majority Leader Curtis ' +
    'Albrecht (R-Ky.) has not said when the Senate version could come to the floor, but aides to both sponsors said they hope for ' +
    'a vote before the end of the year.',
  'The Hill has reached out to the Forest Service for comment.',
];
const hlBreaking = ['BREAKING', 'House passes stopgap funding bill, sending it to Senate'];
const hlNav = ['News', 'Policy', 'Business', 'Opinion', 'Video', 'Events', 'Newsletters', 'The Hill Podcasts'];
const hlJust = [
  ['Treasury nominee faces questions on tariff refunds', '11:58 AM ET'],
  ['Governors push Congress on disaster aid formula', '11:41 AM ET'],
  ['Poll: Voters split on four-day school week', '11:20 AM ET'],
] as const;
const hlCaption = 'Sen. Harriet Lindqvist (R-Mont.) speaks during a Senate Energy and Natural Resources Committee markup on Thursday, Oct. 2, 2025.';
const hlCredit = 'Alfie Brooks/The Hill';
const hlCopy = 'Copyright 2025 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.';
const hlTags = ['wildfires', 'Forest Service', 'Harriet Lindqvist', 'Marcus Delgado-Pryce', 'Senate Energy and Natural Resources Committee'];
const hlNoComments =
  'The Hill has removed its comment section, as there are many other forums for readers to participate in the conversation. We ' +
  'invite you to join the discussion on Facebook and X.';
const hlPopular = [
  'Governor signs law banning phones in public school classrooms',
  'Five takeaways from the second presidential primary debate',
  'Fed officials signal patience on further rate cuts',
  'Record number of Americans expected to travel for Thanksgiving',
  'Judge blocks rule on overtime pay for salaried workers',
];
const hlMore = [
  'Western governors ask for more firefighting aircraft',
  'EPA delays deadline for lead pipe inventories',
  'Drought shrinks Colorado River reservoirs',
];
const hlFoot = [
  'Contact',
  'Advertise',
  'Jobs',
  'Sitemap',
  'Privacy Policy',
  'Terms & Conditions',
  'Your Privacy Choices',
  'Do Not Sell or Share My Personal Information',
  'Contributors',
];
const hlShare = ['Share', 'Post', 'Email', 'Copy link'];
const hlPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const hlAd = (n: number): string => `<div class="add-container add-container--in-article" data-ad="${n}"><span class="add-container__label">ADVERTISEMENT</span>
<div id="dfp-ad-mid_article-${n}" class="dfp-ad"></div></div>`;
const hlHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Senate panel advances bipartisan wildfire bill after deal on logging limits</title>
<meta name="description" content="The Senate Energy and Natural Resources Committee voted 15-4 to send the Fire-Ready Forests Act to the floor.">
<meta property="og:title" content="${hlTitle}"><meta property="og:site_name" content="The Hill"><meta property="og:type" content="article">
<meta property="article:section" content="Energy &amp; Environment"><link rel="canonical"
href="https://thehill.com/policy/energy-environment/5533120-senate-wildfire-bill/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${hlTitle}","datePublished":"2025-10-02T15:31:02+00:00",
"dateModified":"2025-10-02T17:05:44+00:00","author":[{"@type":"Person","name":"Lena Osterhout","url":"https://thehill.com/author/lena-osterhout/"}],
"publisher":{"@type":"Organization","name":"The Hill"}}</script>
<script>var nxsAnalytics = {"post_id":5533120,"section":"energy-environment","author":"lena-osterhout","content_type":"article"};</script>
<link rel="stylesheet" href="https://thehill.com/wp-content/themes/the-hill/dist/css/main.css?ver=2.8.3"></head>
<body class="single single-post postid-5533120 the-hill"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="breaking-news-banner" role="region" aria-label="Breaking news"><span class="breaking-news-banner__label">${hlBreaking[0]}</span>
<a class="breaking-news-banner__link" href="https://thehill.com/homenews/house/5533201/">${hlBreaking[1]}</a></div>
<header class="site-header"><a class="site-header__logo" href="https://thehill.com/"><span class="screen-reader-text">The Hill</span><svg></svg></a>
<nav class="site-header__nav" aria-label="Primary"><ul class="menu">${links(hlNav, 'menu__item')}</ul></nav>
<button class="site-header__search" aria-label="Search"></button></header>
<div class="site-content" id="content"><aside class="just-in-rail"><h2 class="just-in-rail__title">Just In</h2><ul class="just-in-rail__list">
${hlJust.map(([t, d]) => `<li><a href="https://thehill.com/${d.length}/">${t}</a><span class="just-in-rail__time">${d}</span></li>`).join('\n')}</ul>
<a class="just-in-rail__more" href="https://thehill.com/latest-news/">See All</a></aside>
<main class="site-main"><article class="article">
<div class="article__header"><a class="article__section" href="https://thehill.com/policy/energy-environment/">Energy &amp; Environment</a>
<h1 class="page-title">${hlTitle}</h1>
<section class="submitted-by | color-darkest-grey | text-transform-upper"><span class="submitted-by__author">by <a
href="https://thehill.com/author/lena-osterhout/">Lena Osterhout</a></span> - 10/02/25 11:31 AM ET</section>
<div class="social-share-buttons">${hlShare.map((t) => `<button class="social-share-buttons__button">${t}</button>`).join('')}</div></div>
<figure class="featured-image"><img alt="" src="https://thehill.com/wp-content/uploads/sites/2/2025/10/lindqvist_100225ab_w.jpg?w=1280">
<figcaption class="featured-image__caption"><span class="caption-text">${hlCaption}</span> <span class="credit">${hlCredit}</span></figcaption></figure>
<div class="article__text | body-copy | flow">
${hlPs(hlP1)}
${hlAd(1)}
<div class="related-video" data-module="jw-player"><span class="related-video__label">Related video</span><div id="jwplayer-hill-1"
class="jwplayer"></div></div>
${hlPs(hlP2)}
${hlAd(2)}
${hlPs(hlP3)}
</div>
<p class="article__copyright">${hlCopy}</p>
<div class="article__tags"><span class="article__tags-label">Tags</span><ul>${links(hlTags, 'article__tag')}</ul></div>
<p class="article__comments-removed"><em>${hlNoComments}</em></p></article>
<section class="more-news"><h2 class="more-news__title">More Energy and Environment News</h2><ul>${links(hlMore, 'more-news__item')}</ul>
<a class="more-news__all" href="https://thehill.com/policy/energy-environment/">See All</a></section></main>
<aside class="sidebar"><div class="add-container add-container--sidebar"><span class="add-container__label">ADVERTISEMENT</span></div>
<section class="most-popular"><h2 class="most-popular__title">Most Popular</h2><ol>${links(hlPopular, 'most-popular__item')}</ol></section></aside></div>
<footer class="site-footer"><ul class="site-footer__menu">${links(hlFoot, 'site-footer__item')}</ul>
<p class="site-footer__copyright">THE HILL 1400 L STREET, NW SUITE 600 WASHINGTON DC 20005 | 202-555-0140 TEL | 202-555-0141 FAX</p>
<p>© 1998 - 2025 Nexstar Media Inc. | All Rights Reserved.</p></footer>
<script src="https://thehill.com/wp-content/themes/the-hill/dist/js/main.js?ver=2.8.3" defer></script></body></html>`;
export const hillStory: TestPage = {
  html: hlHtml,
  name: 'heldout135-the-hill-news',
  kind: 'news',
  // the section label, caption and credit, ad labels and the "Related video" label inside the text, the copyright line and
  // tags under it, the removed-comments note and all rails are furniture
  title: hlTitle,
  headings: [],
  body: texts([...hlP1, ...hlP2, ...hlP3]),
  bylines: ['by Lena Osterhout', '10/02/25 11:31 AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hlBreaking, ...hlNav, 'Just In', ...hlJust.flat(), 'See All', 'Energy & Environment', ...hlShare, hlCaption, hlCredit,
    'ADVERTISEMENT', 'Related video', hlCopy, 'Tags', ...hlTags, hlNoComments, 'More Energy and Environment News', ...hlMore, 'Most Popular',
    ...hlPopular, ...hlFoot, 'THE HILL 1400 L STREET, NW SUITE 600 WASHINGTON DC 20005 | 202-555-0140 TEL | 202-555-0141 FAX',
    '© 1998 - 2025 Nexstar Media Inc. | All Rights Reserved.',
  ],
};
