import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 199, file e2: an Ontario Newsroom news release on the Ontario Design System (skip link, the header with
 * "Français", search and the Menu button, the "News Release" label, the bold summary, the date and ministry, the release
 * text, "Quick Facts", "Quotes" with attributions, "Additional Resources", the "Media Contacts" block, the "Related Topics"
 * cards with their descriptions, the share buttons, the newsroom subscription promo and the footer).
 */
const onTitle = 'Ontario Expanding Rural Transit Connections to Hospitals and Colleges';
const onSummary = 'New funding will help 28 small and rural municipalities add bus routes to regional health and education hubs';
const onP1 = [
  'TORONTO — The Ontario government is investing $46 million over three years to help small and rural municipalities launch or ' +
    'expand public transit services that connect residents to hospitals, colleges and employment centres. The funding will support ' +
    '28 projects across the province, from Renfrew County to the Rainy River District.',
  '“People in rural Ontario should be able to get to a medical appointment or a college class without needing to own a car,” said ' +
    'Dana Whitfield, Minister of Transportation. “These routes will make daily life easier for seniors, students and workers, and ' +
    'they will help small communities keep young people at home.”',
  'The funding can be used to buy accessible vehicles, hire drivers, build shelters and set up on-demand booking systems. Projects ' +
    'were chosen through an open call for proposals earlier this year, with priority given to routes linking two or more municipalities.',
  'Among the projects are a new weekday service between Bancroft and the Belleville hospital, an evening route connecting Kapuskasing ' +
    'and Hearst to the local college campus, and an on-demand service across four townships in Huron County.',
];
const onH1 = 'Quick Facts';
const onL1 = [
  'The $46 million comes from the Rural Transit Connections Program, first launched in 2023.',
  'Municipalities will contribute at least 20 per cent of project costs, or 10 per cent for communities with fewer than 2,500 residents.',
  'The first new routes are expected to begin service in spring 2026.',
  'More than 60,000 trips were taken on routes funded during the program’s first round.',
];
const onH2 = 'Quotes';
const onQ = [
  '“Our residents have been asking for a reliable way to reach the regional hospital for years. This funding means we can finally ' +
    'run a daily service and stop relying on volunteer drivers.”',
  '“Many of our students travel more than an hour each way. An evening bus means they can take the courses they want instead of ' +
    'the ones that fit the only ride they can get.”',
];
const onCite = ['Marlene Ostrowski', 'Reeve, Township of Carlow Mayo', 'Dr. Paul Gagnon', 'President, Northern Shield College'];
const onH3 = 'Additional Resources';
const onL3 = ['Rural Transit Connections Program guidelines', 'Ontario’s plan to build transportation infrastructure'];
const onContacts = ['Jordan Reyes', 'Minister’s Office', 'jordan.reyes@ontario.example', 'Communications Branch', 'media.mto@ontario.example'];
const onTopics = [
  ['Transportation', 'Information about roads, highways, transit, driving and vehicles.'],
  ['Rural and Northern Ontario', 'Information about living and working in rural and northern communities.'],
];
const onShare = ['Share', 'Twitter', 'Facebook', 'Email'];
const onPromo = ['Subscribe to news releases', 'Get the latest news from the Ontario government delivered to your inbox.', 'Subscribe'];
const onFoot = ['Accessibility', 'News', 'Privacy', 'Contact us', 'Terms of use'];
const onHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${onTitle} | Ontario Newsroom</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${onSummary}"><meta property="og:title" content="${onTitle}"><meta property="og:type" content="article">
<meta property="og:site_name" content="Ontario Newsroom"><meta property="article:published_time" content="2025-10-14T10:00:00-04:00">
<link rel="canonical" href="https://news.ontario.ca/en/release/1006412/ontario-expanding-rural-transit-connections-to-hospitals-and-colleges">
<link rel="alternate" hreflang="fr" href="https://news.ontario.ca/fr/release/1006412/lontario-elargit-les-liaisons-de-transport-en-commun-rural">
<link rel="stylesheet" href="/_next/static/css/ontario-design-system.7f1c.css"><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":
{"release":{"id":1006412,"type":"News Release","ministry":"Ministry of Transportation"}}},"page":"/release/[id]/[slug]","locale":"en"}</script></head>
<body><div id="__next"><a class="ontario-show-on-focus" href="#main-content">Skip to main content</a><header class="ontario-header" id="ontario-header">
<div class="ontario-row"><div class="ontario-header__logo-container ontario-columns ontario-small-2 ontario-medium-4 ontario-large-3">
<a href="https://www.ontario.ca/page/government-ontario">
<img class="ontario-show-for-medium" src="/logos/ontario-logo--desktop.svg" alt="Government of Ontario">
</a></div><div class="ontario-header__nav-right-container ontario-columns"><a class="ontario-header__language-toggler ontario-header-button
ontario-header-button--without-outline" href="/fr/release/1006412" lang="fr" hreflang="fr">Français</a>
<form class="ontario-header__search-container" role="search" action="/en/search"><label for="ontario-search-input-field" class="ontario-show-for-sr">
Search</label><input type="text" name="query" id="ontario-search-input-field" class="ontario-input ontario-header__search-input"
placeholder="Search Ontario Newsroom"><button class="ontario-header__search-submit" type="submit"><span class="ontario-show-for-sr">Submit</span></button>
</form><button class="ontario-header__menu-toggler ontario-header-button ontario-header-button--with-outline" aria-controls="ontario-navigation"
aria-expanded="false" aria-label="Show navigation menu"><span>Menu</span></button></div></div></header>
<div class="ontario-newsroom-banner"><div class="ontario-row"><a class="ontario-newsroom-banner__title" href="/en">Ontario Newsroom</a></div></div>
<main id="main-content" class="ontario-row"><article class="release ontario-columns ontario-small-12 ontario-large-8">
<p class="release__type ontario-lead-statement">News Release</p><h1 class="release__title">${onTitle}</h1>
<p class="release__summary"><strong>${onSummary}</strong></p><div class="release__meta"><time datetime="2025-10-14T10:00:00-04:00">October 14, 2025</time>
<a class="release__ministry" href="/en/ministry/transportation">Ministry of Transportation</a></div>
<div class="release__body">${ps(onP1)}<h2>${onH1}</h2><ul>${onL1.map((t) => `<li>${t}</li>`).join('\n')}</ul><h2>${onH2}</h2>
${onQ
  .map(
    (q, i) => `<blockquote class="release__quote"><p>${q}</p><footer><cite><strong>${onCite[2 * i]}</strong>
<br>${onCite[2 * i + 1]}</cite></footer></blockquote>`,
  )
  .join('\n')}
<h2>${onH3}</h2><ul>${onL3.map((t) => `<li><a href="https://www.ontario.ca/page/${t.length}">${t}</a></li>`).join('\n')}</ul></div>
<section class="release__contacts"><h2>Media Contacts</h2><div class="release__contact"><p><strong>${onContacts[0]}</strong></p><p>${onContacts[1]}</p>
<p><a href="mailto:${onContacts[2]}">${onContacts[2]}</a></p></div><div class="release__contact"><p><strong>${onContacts[3]}</strong></p>
<p><a href="mailto:${onContacts[4]}">${onContacts[4]}</a></p></div></section>
<section class="release__topics"><h2>Related Topics</h2>
${onTopics
  .map(
    ([t, d]) => `<div class="ontario-card ontario-card--topic"><h3 class="ontario-card__heading"><a href="/en/topic/${t?.length}">${t}</a></h3>
<p class="ontario-card__description">${d}</p></div>`,
  )
  .join('\n')}</section>
<div class="release__share"><span class="release__share-label">${onShare[0]}</span><ul>${links(onShare.slice(1), 'release__share-item')}</ul></div>
</article><aside class="ontario-columns ontario-small-12 ontario-large-4"><div class="ontario-callout newsroom-subscribe">
<h2 class="ontario-callout__title">${onPromo[0]}</h2><p>${onPromo[1]}</p>
<a class="ontario-button ontario-button--primary" href="/en/subscribe">${onPromo[2]}</a>
</div></aside></main>
<footer class="ontario-footer ontario-footer--default"><div class="ontario-row"><div class="ontario-columns ontario-small-12">
<ul class="ontario-footer__links-container ontario-footer__links-container--inline">${links(onFoot, 'ontario-footer__link')}</ul>
<div class="ontario-footer__copyright"><a class="ontario-footer__link" href="https://www.ontario.ca/page/copyright-information">© King’s Printer for Ontario,
<span class="ontario-nbsp">2012–2025</span></a></div></div></div></footer></div>
<script src="/_next/static/chunks/main-4f2a.js" defer></script><script src="/_next/static/chunks/pages/release-9c1e.js" defer></script></body></html>`;
export const ontarioNews: TestPage = {
  html: onHtml,
  name: 'heldout199-ontario-newsroom-release',
  kind: 'news',
  // the bold summary is body, as are the quotes and the "Additional Resources" links (part of the release); quote
  // attributions and the "Media Contacts" block are in neither list; the date and ministry are bylines; "News Release",
  // related topics, share buttons, the subscription promo, header and footer are furniture
  title: onTitle,
  headings: [onH1, onH2, onH3],
  body: texts([onSummary, ...onP1, ...onL1, ...onQ, ...onL3]),
  bylines: ['October 14, 2025', 'Ministry of Transportation'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Français', 'Search', 'Submit', 'Menu', 'Ontario Newsroom', 'News Release', 'Related Topics', ...onTopics.flat().slice(1),
    ...onShare, ...onPromo, ...onFoot, '© King’s Printer for Ontario, 2012–2025',
  ],
};
