import { links, ps, type TestPage, texts } from './page-kit.js';
import { pressRelease } from './pages-heldout111-b2.js';

/**
 * Held-out batch 111, file b: a fact check on a PolitiFact-style template (site header with the "Truth-O-Meter" nav, the
 * statement box at the top with the speaker, the quoted claim, the "stated on" line and the rating image and label, the
 * headline, the byline and date, the "If Your Time is short" summary box inside the article, share links, the "Our ruling"
 * section, "Our Sources" list, the "Read About Our Process" box, related fact checks, the newsletter box and the footer) and,
 * from file b2, a Business Wire-style press release.
 */
const pfTitle = 'No, Dorrance County did not ban backyard chickens';
const pfClaim = '“Dorrance County just made it illegal to keep chickens in your own backyard.”';
const pfShort = [
  'The county commission voted on a rule about roosters on lots smaller than a quarter acre inside three unincorporated towns.',
  'Hens are still allowed everywhere in the county, and roosters are still allowed on larger lots.',
  'The post was shared more than 14,000 times before the county answered it.',
];
const pfP1 = [
  'A Facebook post that spread across rural pages this month warned people in Dorrance County that their chickens were about to ' + 'become illegal.',
  '“Dorrance County just made it illegal to keep chickens in your own backyard,” the March 18 post said, over a photo of a hen in ' +
    'a wire coop. “Next they’ll come for your garden.”',
  'The post was flagged as part of Facebook’s efforts to combat false news and misinformation on its News Feed. (Read more about our ' +
    'partnership with Meta.)',
];
const pfH1 = 'What the county actually voted on';
const pfP2 = [
  'On March 11, the Dorrance County Commission voted 4-1 to amend the county’s animal nuisance code. We read the amendment, which ' +
    'runs to two pages. It applies only to three unincorporated communities, Las Palomas, Riverbend and Ocotillo Flats, and only ' +
    'to lots smaller than a quarter acre.',
  'On those lots, residents may no longer keep roosters. Hens are not mentioned except in one line that says the limit on the number ' +
    'of poultry, 12 birds, stays the same. Roosters already kept on small lots can stay until they die, under a grandfather clause.',
  'Commissioner Alma Reyes, who proposed the change, said the county had received 63 noise complaints about roosters in the three ' +
    'towns last year, most of them from neighbours whose bedrooms were a few feet from a coop.',
  '“Nobody is taking anybody’s hens,” Reyes told PolitiFact. “This is about a few birds crowing at 4 a.m. next to somebody’s window.”',
];
const pfH2 = 'Where the claim came from';
const pfP3 = [
  'The earliest version of the post we could find appeared on a page called Liberty Homesteaders of the Southwest about two hours ' +
    'after a local TV station aired a short report on the vote. That report correctly described the rule as applying to roosters.',
  'We messaged the page asking where it got its information. We did not hear back. The county posted a correction on its own ' +
    'Facebook page on March 20, by which point the original post had been shared more than 14,000 times.',
];
const pfH3 = 'Our ruling';
const pfP4 = [
  'A Facebook post claimed Dorrance County “just made it illegal to keep chickens in your own backyard.”',
  'The county did change its rules, but the change bans only roosters, only on lots smaller than a quarter acre, and only in three ' +
    'unincorporated communities. Hens remain legal throughout the county, and existing roosters can stay.',
  'We rate this claim False.',
];
const pfSources = [
  'Facebook post, March 18, 2026',
  'Dorrance County Commission, Ordinance 2026-07, amending Chapter 6, Animal Nuisance, March 11, 2026',
  'Phone interview with Commissioner Alma Reyes, March 21, 2026',
  'Dorrance County, Facebook post correcting the record, March 20, 2026',
];
const pfNav = ['Latest Fact-checks', 'Truth-O-Meter', 'Promises', 'Personalities', 'Issues', 'Newsletters', 'Donate'];
const pfRelated = [
  'No, New Mexico is not taxing rain barrels',
  'Viral post about a statewide burn ban misses key details',
  'Photo of flooded highway is from 2019, not last week',
];
const pfFoot = ['About Us', 'Our Process', 'Who Pays For PolitiFact?', 'Advertise With Us', 'Contact Us', 'Corrections and Updates', 'Privacy Policy'];
const pfNews = ['Sign up for PolitiFact texts', 'Get the Truth in your inbox', 'Your email address', 'Sign me up'];
const pfH = (t: string): string => `<h2><strong>${t}</strong></h2>`;
const pfHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>PolitiFact | ${pfTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="PolitiFact - ${pfTitle}"><meta property="og:type" content="article">
<meta name="description" content="A new rule bans roosters on small lots in three towns. Hens remain legal.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","datePublished":"2026-03-24",
"url":"https://www.politifact.example/factchecks/2026/mar/24/facebook-posts/no-dorrance-county-did-not-ban-backyard-chickens/",
"claimReviewed":"Dorrance County just made it illegal to keep chickens in your own backyard.","author":{"@type":"Organization","name":"PolitiFact"},
"reviewRating":{"@type":"Rating","ratingValue":"2","bestRating":"6","alternateName":"False"},
"itemReviewed":{"@type":"Claim","author":{"@type":"Organization","name":"Facebook posts"}}}</script>
<link rel="stylesheet" href="/static/css/main.8f3c.css"></head>
<body class="template-factcheck"><header class="c-header"><div class="c-header__inner"><a class="c-logo" href="/"><span
class="u-visually-hidden">PolitiFact</span></a>
<nav class="c-nav" aria-label="Main"><ul class="c-nav__list">${links(pfNav, 'c-nav__item')}</ul></nav>
<form class="c-search" role="search"><label class="u-visually-hidden" for="q">Search PolitiFact</label><input id="q" type="search"></form></div></header>
<main class="o-main"><section class="o-stage"><div class="m-statement m-statement--is-xlarge">
<div class="m-statement__author"><div class="m-statement__avatar"><img class="c-image__original" alt="Viral image" src="/media/mugs/facebook.jpg"></div>
<div class="m-statement__meta"><a class="m-statement__name" href="/personalities/facebook-posts/">Facebook posts</a>
<div class="m-statement__desc">stated on March 18, 2026 in a Facebook post:</div></div></div>
<div class="m-statement__content"><div class="m-statement__quote">${pfClaim}</div>
<div class="m-statement__body"><div class="m-statement__meter"><div class="c-image"><img class="c-image__original" alt="false"
src="/rulings/tom-false/meter.jpg"></div>
<div class="m-statement__rating">False</div></div></div></div>
<div class="m-statement__footer"><a href="/factchecks/list/?ruling=false">See all False fact-checks</a></div></div></section>
<section class="o-pick"><article class="m-textblock"><div class="m-author"><div class="m-author__content copy-xs u-color--chateau">
<a href="/staff/lucia-brennan/">By Lucia Brennan</a><span class="m-author__date">March 24, 2026</span></div></div>
<header class="c-title c-title--subline"><h1>${pfTitle}</h1></header>
<div class="short-on-time"><h3>If Your Time is short</h3><ul>${pfShort.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul></div>
<div class="m-social"><a class="m-social__facebook" href="#">Facebook</a><a class="m-social__twitter" href="#">Twitter</a><a class="m-social__email"
href="#">Email</a></div>
${ps(pfP1)}
${pfH(pfH1)}
${ps(pfP2)}
<div class="o-ad o-ad--inline"><span class="o-ad__label">Featured Fact-check</span><a
href="/factchecks/2026/mar/10/">Viral post about a statewide burn ban misses key details</a></div>
${pfH(pfH2)}
${ps(pfP3)}
${pfH(pfH3)}
${ps(pfP4)}
</article>
<section class="m-superbox"><h3 class="m-superbox__title">Our Sources</h3><div class="m-superbox__content">${ps(pfSources)}</div></section>
<section class="m-callout"><h3>Read About Our Process</h3><p>The Principles of the Truth-O-Meter</p></section>
<aside class="m-related"><h3 class="m-related__title">Related stories</h3>
<ul>${links(pfRelated.slice(0, 1).concat(pfRelated.slice(2)), 'm-related__item')}</ul></aside>
<section class="m-newsletter"><h3>${pfNews[0]}</h3><p>${pfNews[1]}</p><label for="nl">${pfNews[2]}</label><input id="nl" type="email">
<button>${pfNews[3]}</button></section>
</section></main>
<footer class="c-footer"><ul>${links(pfFoot, 'c-footer__item')}</ul><p
class="c-footer__copy">© All Rights Reserved Poynter Institute 2020, a 501(c)(3) nonprofit organization</p></footer>
<script src="/static/js/main.8f3c.js"></script></body></html>`;
const politifact: TestPage = {
  html: pfHtml,
  name: 'heldout111-politifact-fact-check',
  kind: 'news',
  // the statement box at the top (speaker, "stated on" line, quoted claim, rating) is in neither list except its links and
  // labels, which are furniture (the rating label "False" is left out: it is a word of the short ruling line); the "If Your
  // Time is short" bullets are body and its label furniture; the sources list is in neither list; author and date are bylines
  title: pfTitle,
  headings: [pfH1, pfH2, pfH3],
  body: [...pfShort, ...texts(pfP1), ...pfP2, ...pfP3, ...pfP4],
  bylines: ['By Lucia Brennan', 'March 24, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pfNav, 'Search PolitiFact', 'Facebook posts', 'See all False fact-checks', 'If Your Time is short', 'Facebook', 'Twitter', 'Email',
    'Featured Fact-check', ...pfRelated, 'Our Sources', 'Read About Our Process', 'The Principles of the Truth-O-Meter',
    'Related stories', ...pfNews, ...pfFoot,
    '© All Rights Reserved Poynter Institute 2020, a 501(c)(3) nonprofit organization',
  ],
};

export const HELDOUT111_B: readonly TestPage[] = [politifact, pressRelease];
