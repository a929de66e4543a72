import { links, type TestPage } from './page-kit.js';
import { voa } from './pages-heldout148-b2.js';
import { gold, parse, render } from './pages-heldout148-kit.js';

/**
 * Held-out batch 148, file b: a PBS NewsHour story on pbs.org/newshour (the PBS bar, the NewsHour header with "Full
 * Episodes", "Podcasts", "Newsletters", "Live" and "Donate", the section nav, the category, headline and "By —" byline
 * with the date and "Leave your feedback", the share list with its "Copy URL" field, the lead image caption with its
 * credit, "Support Provided By: Learn more" sponsor slots and a "Related" box between paragraphs, the donation appeal,
 * the "Here's the Deal" newsletter box with its hidden confirmation, the "Support for NewsHour Provided By" funders, the
 * "Latest News" rail and the footer) and, from file b2, a Voice of America English story.
 */
const pbTitle = 'As smoke days multiply, schools in the West rethink recess, sports and the school calendar';
const pbSrc = `
@@image

CEDAR FLATS, Mont. — For most of September, the playground at Lodgepole Elementary sat empty at lunchtime. A haze from
fires burning more than 200 miles away settled into the valley, and the school's air sensor, mounted on a pole by the bike
racks, glowed red or purple nearly every afternoon.

Principal Joanne Birdsall kept 340 children indoors for 14 school days in a row. Teachers pushed desks aside for relay
races. The gym hosted recess in shifts. "By the second week, you could feel it in the building," Birdsall said. "Kids need
to run. They need to be loud somewhere that isn't a hallway."

Lodgepole is one of a growing number of schools across the West trying to plan for smoke as a regular part of the year,
rather than an emergency. In Montana alone, schools reported 41 percent more days with unhealthy outdoor air during the
2025 fire season than the average for the previous decade, according to an analysis by the state's environmental agency.

@@sponsor1

Public health researchers say children are especially vulnerable to the fine particles in wildfire smoke because they
breathe faster than adults and spend more time being active outdoors. Short exposures can trigger asthma attacks; the
effects of repeated seasons are still being studied.

"We used to tell schools, keep the kids inside on the one or two bad days a year," said Dr. Rafael Quintero, a pediatric
pulmonologist in Missoula who advises several districts. "That advice doesn't work when it's three weeks at a time."

Some districts are spending federal and state money on upgraded ventilation. Lodgepole installed high-efficiency filters
in its heating system two years ago and bought portable air cleaners for every classroom. Birdsall said indoor readings
now stay in the healthy range even on the worst days.

@@related

Other changes are harder. High school football and cross-country seasons overlap almost exactly with peak fire season.
The state's high school athletics association this year adopted a rule requiring games to be moved or canceled when the
air quality index tops 150 at kickoff, and 23 games were rescheduled in September.

A few districts have gone further. The Bitterroot Valley school board voted in August to study moving the first day of
school to after Labor Day and adding days in June, when smoke is rare. Board chair Nadine Kessler said families were split.
"Some parents love it. Ranch families hate it, because June is when they need their kids at home," she said.

@@sponsor2

Back at Lodgepole, the air cleared in early October after two days of rain. Fourth graders poured out onto the field at
the first recess bell, some of them still wearing their indoor slippers.

Birdsall says she is already planning for next year. The school is building a covered play area with walls that can be
closed, and the parent association is raising money for a second air sensor on the far side of the field. "We can't stop
the fires," she said. "But we can stop pretending they're a surprise."
`;
const pbBlocks = parse(pbSrc);
const pbGold = gold(pbBlocks);
const pbTop = ['Full Episodes', 'Podcasts', 'Newsletters', 'Live'];
const pbNav = ['Politics', 'Arts', 'Nation', 'World', 'Economy', 'Science', 'Health', 'Education', 'Classroom'];
const pbShare = ['Email', 'Facebook', 'Twitter', 'LinkedIn', 'Pinterest', 'Tumblr'];
const pbCaption =
  'Students play indoor games in the gym at Lodgepole Elementary School in Cedar Flats, Montana, on Sept. 17, 2025, as wildfire smoke kept classes inside.';
const pbCredit = 'Photo by Tomas Herrera/PBS NewsHour';
const pbRelated = ['What wildfire smoke does to children’s lungs, explained', 'The West’s fire season is getting longer. Here’s what that means'];
const pbDonate = [
  'Independent, trusted news you can count on',
  'Support PBS NewsHour’s reporting so it can continue to reach everyone, everywhere, for free.',
  'Donate now',
];
const pbNews = [
  'Subscribe to Here’s the Deal, our politics newsletter for analysis you won’t find anywhere else.',
  'Email Address',
  'Subscribe',
  'Thank you. Please check your inbox to confirm.',
];
const pbFunders = ['BNSF Railway', 'Consumer Cellular', 'Fidelity Charitable', 'The Ellison Family Foundation'];
const pbLatest = [
  'Senate Democrats unveil plan to lower insulin costs for uninsured',
  'How a small museum in Maine saved a 200-year-old shipbuilding archive',
  'News Wrap: Coast Guard ends search for missing crew off Alaska',
  'Why egg prices are climbing again this fall',
];
const pbFootCols = ['Sections', 'About', 'Stay Connected'];
const pbFoot = ['About Us', 'Feedback', 'Funders', 'Support', 'Jobs', 'Privacy', 'Terms of Use', 'Contact'];
const pbCopy = '© 1996 - 2025 NewsHour Productions LLC. All Rights Reserved.';
const pbSponsor = (id: string): string => `<div class="sponsor-ad sponsor-ad--inline" data-ad-unit="${id}"><div class="sponsor-ad__label">Support Provided By:
<a href="https://www.pbs.example/newshour/about/funders">Learn more</a></div><div id="${id}" class="gpt-slot"></div></div>`;
const pbHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pbTitle} | PBS News</title>
<meta name="description" content="Schools across the West are planning for wildfire smoke as a regular part of the year.">
<meta property="og:type" content="article"><meta property="og:title" content="${pbTitle}"><meta property="og:site_name" content="PBS News">
<meta property="article:section" content="Nation"><meta property="article:published_time" content="2025-10-14T17:22:11-04:00">
<meta name="twitter:site" content="@NewsHour"><link rel="canonical" href="https://www.pbs.example/newshour/nation/smoke-days-schools-west-recess">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pbTitle}","datePublished":"2025-10-14T17:22:11-04:00",
"author":[{"@type":"Person","name":"Leah Kowalczyk","url":"https://www.pbs.example/newshour/author/leah-kowalczyk"}],
"publisher":{"@type":"Organization","name":"PBS News","logo":{"@type":"ImageObject","url":"https://www.pbs.example/newshour/logo.png"}}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"content_category":"nation","content_type":"article"});</script>
<link rel="stylesheet" id="newshour-style-css" href="https://www.pbs.example/newshour/app/themes/newshour/dist/css/main.css?ver=5.4.1" media="all"></head>
<body class="post-template-default single single-post postid-512844 single-format-standard">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div class="pbs-bar"><a class="pbs-bar__logo" href="https://www.pbs.example/"><span class="screen-reader-text">PBS</span></a></div>
<header class="header" role="banner"><div class="header__inner"><a class="header__logo" href="/newshour/"><span class="screen-reader-text">PBS News</span></a>
<ul class="header__top-links">${links(pbTop, 'header__top-link')}</ul>
<a class="header__donate btn btn--donate" href="https://www.pbs.example/newshour/support">Donate</a>
<button class="header__menu-toggle" aria-expanded="false"><span>Menu</span></button>
<button class="header__search-toggle" aria-expanded="false"><span class="screen-reader-text">Search</span></button></div>
<nav class="header__nav" aria-label="Sections"><ul class="header__nav-list">${links(pbNav, 'header__nav-item')}</ul></nav></header>
<main id="main" class="site-main"><article class="post post--single" id="post-512844">
<div class="post__header"><span class="post__category"><a href="/newshour/nation">Nation</a></span>
<h1 class="post__title">${pbTitle}</h1>
<div class="post__byline"><div class="post__byline-name-hyphenated">By — <span><a href="/newshour/author/leah-kowalczyk">Leah Kowalczyk</a></span></div>
<div class="post__byline-name-hyphenated">By — <span><a href="/newshour/author/sam-adeyemi">Sam Adeyemi</a></span></div></div>
<div class="post__meta"><time class="post__date" datetime="2025-10-14T17:22:11-04:00">Oct 14, 2025 5:22 PM EDT</time>
<a class="post__feedback" href="/newshour/feedback?title=smoke-days">Leave your feedback</a></div>
<div class="post__share"><button class="post__share-toggle" aria-expanded="false">Share</button><ul class="share-list">
<li class="share-list__item share-list__item--copy"><label for="copy-url">Copy URL</label>
<input id="copy-url" type="text" readonly value="https://www.pbs.example/newshour/nation/smoke-days-schools-west-recess"></li>
${links(pbShare, 'share-list__item')}</ul></div></div>
<div class="post__body"><div class="body-text">
${render(
  pbBlocks,
  {},
  {
    image: `<figure class="post__image wp-caption"><img src="https://d3i6fh83elv35t.cloudfront.example/static/2025/10/smoke-recess-1024x683.jpg" alt=""
width="1024" height="683" loading="eager"><figcaption class="wp-caption-text">${pbCaption} ${pbCredit}</figcaption></figure>`,
    sponsor1: pbSponsor('div-gpt-ad-incontent1'),
    related: `<aside class="related-single"><h4 class="related-single__label">Related</h4><ul>${links(pbRelated, 'related-single__item')}</ul></aside>`,
    sponsor2: pbSponsor('div-gpt-ad-incontent2'),
  },
)}
</div></div>
<div class="donate-box"><h3 class="donate-box__title">${pbDonate[0]}</h3><p>${pbDonate[1]}</p>
<a class="btn btn--donate" href="https://www.pbs.example/newshour/support?utm_source=article">${pbDonate[2]}</a></div>
<div class="post__byline-bio"><a href="/newshour/author/leah-kowalczyk">Leah Kowalczyk</a></div>
<div class="newsletter-signup"><p class="newsletter-signup__text">${pbNews[0]}</p><form class="newsletter-signup__form" action="/newshour/newsletters">
<label class="screen-reader-text" for="nl-email">${pbNews[1]}</label><input id="nl-email" type="email" placeholder="Email Address">
<button type="submit">${pbNews[2]}</button></form><p class="newsletter-signup__success" hidden>${pbNews[3]}</p></div>
<div class="funders"><h4 class="funders__title">Support for NewsHour Provided By</h4><ul class="funders__list">${pbFunders
  .map((t) => `<li class="funders__item"><a href="/newshour/about/funders"><img src="/f.png" alt="${t}"><span>${t}</span></a></li>`)
  .join('')}</ul></div>
${pbSponsor('div-gpt-ad-bottom')}</article>
<aside class="sidebar"><h3 class="sidebar__title">Latest News</h3><ul class="sidebar__list">${links(pbLatest, 'sidebar__item')}</ul></aside></main>
<footer class="footer"><div class="footer__cols">${pbFootCols.map((t) => `<h4 class="footer__col-title">${t}</h4>`).join('')}
<ul class="footer__links">${links(pbFoot)}</ul></div><p class="footer__copyright">${pbCopy}</p></footer>
<script src="https://www.pbs.example/newshour/app/themes/newshour/dist/js/main.js?ver=5.4.1" id="newshour-js"></script></body></html>`;
const pbs: TestPage = {
  name: 'heldout148-pbs-newshour-news',
  kind: 'news',
  html: pbHtml,
  // the "CEDAR FLATS, Mont. —" dateline opens the first paragraph and stays part of it (body)
  title: pbTitle,
  headings: pbGold.headings,
  body: pbGold.body,
  bylines: ['By — Leah Kowalczyk', 'By — Sam Adeyemi', 'Oct 14, 2025 5:22 PM EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...pbTop, 'Donate', 'Menu', 'Search', ...pbNav, 'Leave your feedback', 'Share', 'Copy URL', ...pbShare, pbCaption, pbCredit,
    'Support Provided By:', 'Learn more', 'Related', ...pbRelated, ...pbDonate, ...pbNews, 'Support for NewsHour Provided By', ...pbFunders, 'Latest News',
    ...pbLatest, ...pbFootCols, ...pbFoot, pbCopy,
  ],
};

export const HELDOUT148_B: readonly TestPage[] = [pbs, voa];
