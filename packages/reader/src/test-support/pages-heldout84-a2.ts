import { links } from './page-kit.js';

/**
 * Held-out batch 84, file a2: the texts and HTML of a New Zealand news story on the NZ Herald's Arc XP (Fusion) template, under
 * an invented masthead: skip link, header with Subscribe / Sign in, the section nav and its hidden drawer copy, the Premium
 * badge and section label, the author block with role, date and reading time, the share bar, the hero figure with its credit,
 * two in-article ad slots with their "Advertisement" and "Advertise with NZME." labels, an inline "Related" card, the Local
 * Democracy Reporting note at the foot of the body, the "Latest from New Zealand" rail, the newsletter box and the footer.
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);

export const nzTitle = 'Kōwhai Bay campground to move inland as council accepts the sea is winning';
export const nzP1 = paras(`
Campers at Kōwhai Bay will lose their beachfront sites within three years after Tāwhiri District Council voted to shift the
popular holiday park 400 metres inland, away from a dune that has retreated almost 18 metres since 2017.

The decision, made 9-3 at Tuesday’s full council meeting, ends two years of argument over whether the council should keep
spending money on rock walls and sand top-ups, or accept that the shoreline is moving and plan around it.

“We have spent $1.4 million holding the line at Kōwhai Bay and the line has not held,” Mayor Rangi Pōtae told the meeting.
“Every storm we put sand back, and every storm the sea takes it again. At some point you have to stop paying for the same beach
twice.”
`);
export const nzH1 = 'Cabins, not caravans';
export const nzP2 = paras(`
Under the plan, the 64 powered sites and the ablution block closest to the water will be removed in stages from the 2027
winter. A new camping area will be built on council-owned farmland behind the wetland, connected to the beach by a boardwalk.

The council’s coastal planner, Meleane Fifita, said the new layout would have fewer powered sites but add 12 small cabins,
which had been the most requested change in the park’s annual visitor survey.

“The families who have come here for 30 years will still be able to walk to the beach in five minutes,” she said. “They just
won’t be pitching a tent on a dune that might not be there next summer.”

The relocation is expected to cost $3.2m, of which about a third would come from the council’s climate adaptation fund. The
rest is to be raised through higher site fees, and a lease on the old campground land to a local iwi trust for dune
restoration.
`);
export const nzH2 = 'Regulars divided';
export const nzP3 = paras(`
Not everyone is convinced. Dennis Hartgers, who has spent every January at Kōwhai Bay since 1986, said the view across the
water was the reason people came.

“You can put a boardwalk in, but it won’t be the same as waking up and seeing the surf from your awning,” he said. “I think
they’ve given up too early.”

Councillor Tina Waaka, one of the three who voted against the plan, said ratepayers had not been told enough about the cost
of the new site, and argued the council should have waited for a regional coastal hazard assessment due next year.

Others welcomed it. Ngāti Kōwhai trust chair Hemi Tūwhare said the dune had been a burial and food-gathering area long before
it was a campground, and that replanting it with pīngao and spinifex would help protect the wetland behind it.

“This is the first time in my life the council has asked us what should happen to that land,” he said. “We’re ready to do the
work.”
`);
export const nzH3 = 'What happens next';
export const nzP4 = paras(`
Consultation on the design of the new campground opens on December 1 and runs for six weeks. The current sites will remain open
for the next two summers, with bookings for 2026-27 opening in March.

The council will also ask Waka Kotahi to review the speed limit on Kōwhai Bay Rd, which the new entrance would join near a
blind corner.
`);
export const nzNav = ['Latest news', 'New Zealand', 'World', 'Business', 'Sport', 'Entertainment', 'Lifestyle', 'Opinion', 'Podcasts & Videos', 'Weather'];
export const nzShare = ['Facebook', 'X', 'LinkedIn', 'Email', 'Copy link'];
export const nzCaption = 'The eroded dune at the northern end of Kōwhai Bay campground after the July storms.';
export const nzCredit = 'Photo / Tāwhiri District Council';
export const nzRelated = 'Related: Storm surge closes Kōwhai Bay Rd for second time this winter';
export const nzLdr = 'LDR is local body journalism co-funded by RNZ and NZ On Air.';
export const nzLatest = [
  'Wellington bus drivers vote to accept new pay offer',
  'Dairy farmers brace for lower milk price forecast',
  'Three hurt as truck rolls on Desert Rd',
  'School zoning changes anger parents in Hamilton East',
  'Kākāpō breeding season looks set to break records',
];
export const nzLatestTimes = ['12 mins ago', '38 mins ago', '1 hour ago', '2 hours ago', '3 hours ago'];
export const nzNews = [
  'Sign up to The Front Page, a free newsletter curated by our editors and delivered straight to your inbox every weekday.',
  'Enter your email',
  'By signing up, you agree to our Terms of Use and Privacy Policy.',
];
export const nzFoot = [
  'About NZME',
  'NZME Advertising',
  'Help & support',
  'Contact us',
  'Privacy policy',
  'Terms of use',
  'Competition terms',
  'Manage your print subscription',
];
export const nzCopy = '© Copyright 2025 NZME Publishing Limited';

const bodyPs = (a: readonly string[]): string => a.map((p) => `<p class="article__body-text">${p}</p>`).join('\n');
const h2 = (t: string): string => `<h2 class="article__body-heading">${t}</h2>`;
const ad = (n: number): string => `<div class="ad-container ad-container--inline" data-ad-slot="in-article-${n}" data-test-ui="ad-container">
<span class="ad-container__label">Advertisement</span><div id="gpt-ad-in-article-${n}" class="ad-container__slot" style="min-height:250px"></div>
<a class="ad-container__advertise" href="https://www.nzme.example/advertising/">Advertise with NZME.</a></div>`;

export const nzHtml = `<!DOCTYPE html>
<html lang="en-NZ"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nzTitle} - The Northern Herald</title>
<meta name="description" content="Tāwhiri District Council has voted to shift the Kōwhai Bay holiday park 400 metres inland.">
<meta property="og:title" content="${nzTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="The Northern Herald">
<meta property="article:section" content="New Zealand"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.northernherald.example.nz/nz/kowhai-bay-campground-to-move-inland/ZQ4K7YB3RJDN5LBK2W6XQG3F5A/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nzTitle}",
"datePublished":"2025-11-11T15:00:00.000Z","author":[{"@type":"Person","name":"Hana Whitcombe"}],"isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".article__body"},
"publisher":{"@type":"NewsMediaOrganization","name":"The Northern Herald"}}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="nzh";Fusion.contextPath="/pf";Fusion.deployment="1412";</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<link rel="stylesheet" href="/pf/resources/dist/nzh/css/style.css?d=1412"></head>
<body class="nzh article-page"><div id="fusion-app" class="fusion-app"><div class="site-wrapper">
<a class="skip-link" href="#main">Skip to main content</a>
<div class="ad-container ad-container--leaderboard" data-ad-slot="top-banner"><div id="gpt-ad-top-banner"></div></div>
<header class="header" data-test-ui="header"><div class="header__container">
<button class="header__menu-button" aria-label="Open menu" aria-controls="site-drawer"><span class="header__menu-icon"></span></button>
<a class="header__logo" href="/"><span class="visually-hidden">The Northern Herald</span><svg class="header__logo-svg" aria-hidden="true"></svg></a>
<div class="header__actions"><a class="btn btn--subscribe" href="/subscribe/?source=header">Subscribe</a>
<a class="header__login" href="/my-account/login/">Sign in</a></div></div>
<nav class="header__nav" aria-label="Main navigation"><ul class="header__nav-list">${links(nzNav, 'header__nav-item')}</ul></nav></header>
<div id="site-drawer" class="drawer" aria-hidden="true" hidden><div class="drawer__inner"><span class="drawer__heading">Sections</span>
<ul class="drawer__list">${links(nzNav, 'drawer__item')}</ul></div></div>
<main id="main" class="main"><div class="layout layout--article"><div class="layout__main">
<article class="article article--premium" data-test-ui="article" data-article-id="ZQ4K7YB3RJDN5LBK2W6XQG3F5A">
<header class="article__header"><div class="article__meta-top"><span class="premium-badge" data-test-ui="premium-badge">Premium</span>
<a class="article__section" href="/nz/">New Zealand</a></div>
<h1 class="article__heading">${nzTitle}</h1>
<div class="article__author-block"><div class="author"><img class="author__image" src="/pf/resources/authors/hana-whitcombe.png" alt="">
<div class="author__details"><a class="author__name" href="/author/hana-whitcombe/">Hana Whitcombe</a>
<span class="author__title">Environment reporter</span></div></div>
<div class="article__meta"><time class="article__published-date" datetime="2025-11-11T15:00:00.000Z">12 Nov, 2025 04:00 AM</time>
<span class="article__read-time">4 mins to read</span></div></div>
<div class="article__share share-bar" data-test-ui="share-bar"><span class="share-bar__label">Share</span>
${nzShare.map((t) => `<button class="share-bar__button share-bar__button--${t.toLowerCase().replace(/ /g, '-')}" type="button">${t}</button>`).join('')}
<button class="share-bar__save" type="button" aria-label="Save article">Save</button></div></header>
<figure class="article__hero"><img src="https://www.northernherald.example.nz/resizer/v2/KOWHAI-DUNE.jpg?auth=4d1&amp;width=1200" alt="Eroded dune">
<figcaption class="article__caption">${nzCaption} <span class="article__credit">${nzCredit}</span></figcaption></figure>
<section class="article__body article-body" data-test-ui="article-body">
${bodyPs(nzP1)}
${ad(1)}
${h2(nzH1)}
${bodyPs(nzP2)}
<aside class="article__related-inline"><a href="/nz/storm-surge-closes-kowhai-bay-rd/">${nzRelated}</a></aside>
${h2(nzH2)}
${bodyPs(nzP3.slice(0, 3))}
${ad(2)}
${bodyPs(nzP3.slice(3))}
${h2(nzH3)}
${bodyPs(nzP4)}
<p class="article__body-text article__body-text--ldr"><em>${nzLdr}</em></p>
</section>
<div class="article__footer-share share-bar"><span class="share-bar__label">Share this article</span></div></article></div>
<aside class="layout__rail"><section class="rail-list" data-test-ui="latest-rail"><h2 class="rail-list__heading">Latest from New Zealand</h2>
<ol class="rail-list__items">${nzLatest
  .map(
    (t, i) => `<li class="rail-list__item"><a href="/nz/${i}/"><h3 class="rail-list__title">${t}</h3></a>
<span class="rail-list__time">${nzLatestTimes[i]}</span></li>`,
  )
  .join('\n')}</ol></section>
<div class="ad-container ad-container--rail" data-ad-slot="rail-1"><span class="ad-container__label">Advertisement</span><div id="gpt-ad-rail-1"></div></div>
</aside></div>
<section class="newsletter-signup" data-test-ui="newsletter"><h2 class="newsletter-signup__title">The Front Page</h2><p>${nzNews[0]}</p>
<form class="newsletter-signup__form"><label class="visually-hidden" for="nl-email">${nzNews[1]}</label><input id="nl-email" type="email"
placeholder="${nzNews[1]}"><button type="submit">Sign up</button></form><p class="newsletter-signup__legal">${nzNews[2]}</p></section></main>
<footer class="footer"><div class="footer__inner"><ul class="footer__links">${links(nzFoot, 'footer__item')}</ul>
<p class="footer__copyright">${nzCopy}</p></div></footer></div></div>
<script id="fusion-metadata" type="application/javascript">window.Fusion.globalContent={"_id":"ZQ4K7YB3RJDN5LBK2W6XQG3F5A","type":"story"};</script>
<script defer src="/pf/dist/engine/react.js?d=1412"></script><script defer src="/pf/dist/components/combinations/default.js?d=1412"></script>
</body></html>`;
