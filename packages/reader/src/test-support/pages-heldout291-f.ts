import { links, ps, type TestPage, texts } from './page-kit.js';
import { govUk } from './pages-heldout291-f2.js';
import { lis } from './pages-heldout291-kit.js';

/**
 * Held-out batch 291, file f: a charity's press release on an Umbraco site laid out with the block grid (umb-block-grid layout
 * containers and items, Cookiebot banner, "Donate" header button, breadcrumbs, the "Press release" label and date, an h2-headed
 * "Notes to editors" block with a list, the press-office contact card, a donate promo, "Related press releases" and the footer with
 * the charity registration lines) and, from file f2, a GOV.UK press release.
 */
const kTitle = 'One in four rural bus routes cut since 2019, new research for Carefree Miles finds';
const kBody = [
  `A quarter of the bus routes that served villages and small towns in England in 2019 have since been withdrawn or reduced to fewer
than three journeys a week, according to research published today by the older people's charity Carefree Miles.`,
  `The charity's analysis of timetable data for 1,240 rural routes found that 311 had been cut entirely and a further 96 now run on only
one or two days a week. Older people without a car were the most affected: in a survey of 2,000 people aged 70 and over living in rural
areas, four in ten said they had missed a medical appointment in the past year because they could not get there.`,
  `Carefree Miles is calling on the government to give every rural community a guaranteed minimum service, to fund demand-responsive
minibuses where regular routes are not viable, and to extend the concessionary bus pass to community transport schemes.`,
  `Ottilie Marchbank, chief executive of Carefree Miles, said: "Behind these numbers are people who have quietly stopped going out.
When the last bus goes, so does the trip to the pharmacy, the lunch club and the visit to an old friend. Loneliness in later life is not
inevitable, but it will keep growing if we let the rural bus network wither."`,
  `Harold Pennick, 81, from the village of Stowmarsh, said: "The bus to town used to run every hour. Now it is Tuesdays and Fridays. I
gave up driving two years ago, and some weeks the only person I speak to is the postman."`,
];
const kNotesH = 'Notes to editors';
const kNotes = [
  'The research was carried out for Carefree Miles by Threadgill Analytics between October 2025 and January 2026.',
  'Timetable data cover 1,240 routes that served settlements of fewer than 10,000 people in 2019.',
  'The survey of 2,000 people aged 70 and over was carried out online and by telephone between 5 and 26 January 2026.',
  'Carefree Miles is a national charity that helps older people stay connected. It runs 140 befriending and community transport schemes.',
  'Case studies and spokespeople are available on request.',
];
const kNav = ['Get help', 'Get involved', 'Our work', 'About us', 'News'];
const kBc = ['Home', 'News and media', 'Press releases'];
const kRelated = [
  'Winter fuel: charity warns of cold homes crisis',
  'Carefree Miles welcomes new minister for older people',
  'Befriending calls up 30% this winter',
];
const kFoot = ['Contact us', 'Privacy policy', 'Cookie policy', 'Accessibility', 'Fundraising promise'];
const blk = (cls: string, inner: string): string => `<div class="umb-block-grid__layout-item" data-content-element-type-alias="${cls}" data-col-span="12"
data-row-span="1">${inner}</div>`;
const kHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${kTitle} | Carefree Miles</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="A quarter of rural bus routes have been cut since 2019."><meta property="og:title" content="${kTitle}">
<meta property="og:site_name" content="Carefree Miles"><link rel="stylesheet" href="/css/site.min.css?v=ACt3w">
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="4f2a9d10-1c3e-4b7a-9f0d-2e6c1b8a7d55" type="text/javascript"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${kTitle}","datePublished":"2026-03-04T00:01:00Z",
"publisher":{"@type":"NGO","name":"Carefree Miles"}}</script></head>
<body class="page-pressRelease"><div id="CybotCookiebotDialog" role="dialog" aria-modal="true">
<div id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</div>
<div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content, to provide social media features and to analyse our traffic.</div>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button></div>
<header class="site-header"><a href="/" class="site-header__logo" aria-label="Carefree Miles home"></a><nav class="site-nav">
<ul>${links(kNav, 'site-nav__item')}</ul></nav>
<a class="button button--donate" href="/donate">Donate</a></header>
<nav class="breadcrumbs" aria-label="Breadcrumbs"><ol>${links(kBc, 'breadcrumbs__item')}</ol></nav>
<main id="main-content"><div class="umb-block-grid" data-grid-columns="12" style="--umb-block-grid--grid-columns: 12;">
<div class="umb-block-grid__layout-container">
${blk(
  'pageHeader',
  `<div class="page-header"><p class="page-header__label">Press release</p><h1 class="page-header__title">${kTitle}</h1>
<p class="page-header__date">Embargoed until 00:01, Wednesday 4 March 2026</p></div>`,
)}
${blk('richText', `<div class="rich-text">${ps(kBody)}</div>`)}
${blk('richText', `<div class="rich-text rich-text--notes"><h2>${kNotesH}</h2><ol>${lis(kNotes)}</ol></div>`)}
${blk(
  'contactCard',
  `<div class="contact-card"><h3 class="contact-card__title">Press office</h3><p>For interviews and further information, contact the press
office on 020 7946 0825 or press@carefreemiles.example.</p><p>Out of hours: 07700 900 561</p></div>`,
)}
${blk(
  'donatePromo',
  `<div class="promo promo--donate"><h3 class="promo__title">Help us keep older people connected</h3><p class="promo__text">£10 could pay
for a month of weekly befriending calls.</p><a class="button" href="/donate">Donate today</a></div>`,
)}
${blk('relatedContent', `<div class="related"><h3 class="related__title">Related press releases</h3><ul>${links(kRelated, 'related__item')}</ul></div>`)}
</div></div></main>
<footer class="site-footer"><ul>${links(kFoot, 'site-footer__item')}</ul><p>Carefree Miles is a registered charity in England and Wales (1098231) and Scotland
(SC048812).</p><p>© 2026 Carefree Miles</p></footer><script src="/scripts/site.min.js?v=ACt3w"></script></body></html>`;
const umbraco: TestPage = {
  name: 'heldout291-umbraco-charity-press-release',
  kind: 'news',
  html: kHtml,
  title: kTitle,
  headings: [kNotesH],
  body: texts([...kBody, ...kNotes]),
  bylines: ['Embargoed until 00:01, Wednesday 4 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies', 'We use cookies to personalise content, to provide social media features and to analyse our traffic.', 'Allow all',
    'Deny', ...kNav, 'Donate', ...kBc, 'Press release', 'Press office',
    'For interviews and further information, contact the press office on 020 7946 0825 or press@carefreemiles.example.', 'Out of hours: 07700 900 561',
    'Help us keep older people connected', '£10 could pay for a month of weekly befriending calls.', 'Donate today', 'Related press releases', ...kRelated,
    ...kFoot, 'Carefree Miles is a registered charity in England and Wales (1098231) and Scotland (SC048812).', '© 2026 Carefree Miles',
  ],
};

export const HELDOUT291_F: readonly TestPage[] = [umbraco, govUk];
