import { links } from './page-kit.js';

/**
 * Held-out batch 84, file a3: the texts and HTML of an Irish Times story on its Arc XP theme, under an invented masthead:
 * the subscription top bar, the masthead with Subscribe / Sign In, the section nav, the nav chain (section and sub-section
 * links), the subheadline, byline with role and date, the "Listen" audio button and the share / gift bar, the lead image with
 * caption and photographer, a mid-article ad slot, the WhatsApp / push alert / podcast promos that close the body, the
 * "Most Read" rail, the newsletter promo and the footer.
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);

export const itTitle = 'Leitrim town to lose its only GP practice after two-year search for replacement fails';
export const itDek = 'Patients in Kilmornagh told to register with practices up to 30km away as retiring doctor closes surgery in March';
export const itP1 = paras(`
The only general practice in Kilmornagh, Co Leitrim, will close at the end of March after a two-year search for a doctor to take
it over produced no applicants, leaving about 2,300 patients to find a GP elsewhere.

Dr Eamon Gilroy (68), who has run the surgery on Main Street since 1991, told patients by letter last week that he could not
postpone his retirement again. He had planned to retire in 2023 but stayed on while the Health Service Executive advertised the
post three times.

“I did not want to leave without someone to hand over to,” he said. “But I am 68, my wife has been patient with me for a long
time, and I have run out of reasons to keep saying next year.”
`);
export const itH1 = 'Three advertisements, no applicants';
export const itP2 = paras(`
The HSE confirmed the practice had been advertised in 2023, 2024 and again in June of this year, with an improved rural practice
allowance on the last occasion. No application was received in any round.

A spokeswoman said the executive was “actively engaging” with practices in neighbouring towns to take on Kilmornagh patients, and
that a weekly clinic in the town’s primary care centre was being considered as an interim measure.

The nearest practices that are still accepting new patients are in Carrigallen and Mohill, between 22km and 30km away. There is
no direct bus from Kilmornagh to either town on weekdays before 11am.
`);
export const itH2 = '‘We are not a big place, but we are not nowhere’';
export const itP3 = paras(`
Local councillor Bríd Nic Giolla Bhríde said the closure would hit older people hardest. About a third of Dr Gilroy’s patients are
over 65, according to figures he shared with the council, and many of them do not drive.

“People here have had the same doctor for 30 years. He knows their families, he knows their history,” she said. “Now we are being
told to ring around practices in other towns and hope one of them has room. We are not a big place, but we are not nowhere.”

The Irish College of General Practitioners has warned that about 700 GPs are due to retire over the next five years, and that
single-handed rural practices are the hardest to fill because younger doctors increasingly prefer to work in group practices
with shared out-of-hours cover.
`);
export const itH3 = 'Calls for State-run practices';
export const itP4 = paras(`
Independent TD Declan Foley said he would raise the closure in the Dáil this week and called on the Minister for Health to allow
the HSE to employ salaried GPs directly in areas where no private practice could be sustained.

“We have salaried consultants, salaried nurses and salaried public health doctors,” he said. “There is no reason a town like
Kilmornagh should lose its GP because the only model on offer is a small business that nobody wants to buy.”

The Department of Health said it was reviewing the GP contract and that “a range of options” for rural areas would be considered.
`);
export const itTop = 'Get full access to all our award-winning journalism for just €1 for the first month.';
export const itNav = ['News', 'Sport', 'Business', 'Opinion', 'Life & Style', 'Culture', 'Podcasts', 'Video', 'Crosswords & Games'];
export const itChain = ['Health', 'Ireland'];
export const itShare = ['Gift Article', 'Share', 'Facebook', 'Twitter', 'Email', 'LinkedIn'];
export const itCaption = 'Dr Eamon Gilroy outside his surgery on Main Street, Kilmornagh.';
export const itCredit = 'Photograph: Brian Farrell';
export const itPromos = [
  'Join The Irish Ledger on WhatsApp and stay up to date',
  'Sign up for push alerts and have the best news, analysis and comment delivered directly to your phone',
  'Listen to our Inside Politics podcast for the latest political analysis',
];
export const itMost = [
  'Restaurant review: a tasting menu in Sligo that is worth the drive',
  'Teachers’ unions to ballot on new pay offer',
  'Storm Orla: orange wind warning for western counties',
  'House prices rise for 21st consecutive month',
  'Miriam Lacey: Why I stopped apologising for my accent',
];
export const itNews = ['Our journalism, your inbox', 'Sign up for our Health Check newsletter for the latest health and wellness news'];
export const itFoot = [
  'Help',
  'Contact us',
  'My Account',
  'Subscribe',
  'Gift Subscriptions',
  'Newsletters',
  'Privacy Policy',
  'Cookie Information',
  'Terms & Conditions',
  'Community Standards',
  'Advertise',
];
export const itCopy = '© 2025 The Irish Ledger DAC';

const cps = (a: readonly string[]): string => a.map((p) => `<p class="c-paragraph">${p}</p>`).join('\n');
const ch = (t: string): string => `<h2 class="c-heading">${t}</h2>`;

export const itHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${itTitle} – The Irish Ledger</title>
<meta name="description" content="${itDek}"><meta property="og:title" content="${itTitle}"><meta property="og:type" content="article">
<meta property="article:section" content="Health"><meta property="article:published_time" content="2025-11-12T05:45:00Z">
<meta name="author" content="Siobhán Duggan"><link rel="canonical" href="https://www.irishledger.example/health/2025/11/12/leitrim-town-gp/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${itTitle}","isAccessibleForFree":false,
"author":[{"@type":"Person","name":"Siobhán Duggan","jobTitle":"Health Correspondent"}],"datePublished":"2025-11-12T05:45:00Z",
"publisher":{"@type":"NewsMediaOrganization","name":"The Irish Ledger"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"contentType":"story","section":"health","paywall":"metered"});</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="3b3f6a"></script>
<link rel="stylesheet" href="/pf/resources/styles/irishledger/css/irishledger.css?d=977"></head>
<body><div id="fusion-app" class="layout-section">
<div class="b-it-top-bar"><p class="b-it-top-bar__text">${itTop}</p><a class="b-it-top-bar__cta" href="/subscribe/">Subscribe now</a></div>
<header class="b-it-masthead"><a class="b-it-masthead__logo" href="/" aria-label="The Irish Ledger"><svg aria-hidden="true"></svg></a>
<div class="b-it-masthead__actions"><a class="c-button c-button--primary" href="/subscribe/">Subscribe</a><a class="c-link" href="/account/signin/">Sign In</a>
<button class="b-it-masthead__search" aria-label="Search"></button></div>
<nav class="b-header-nav-chain" id="main-nav" aria-label="Sections Menu"><ul class="b-header-nav-chain__links">${links(itNav, 'b-header-nav-chain__link')}</ul>
</nav></header>
<main class="b-it-main"><div class="b-right-rail-advanced"><div class="b-right-rail-advanced__main">
<article class="b-it-article"><nav class="b-it-article__chain" aria-label="Section"><a class="c-overline" href="/health/">${itChain[0]}</a>
<a class="c-overline c-overline--secondary" href="/ireland/">${itChain[1]}</a></nav>
<h1 class="c-heading b-headline">${itTitle}</h1>
<h2 class="c-heading b-subheadline">${itDek}</h2>
<div class="b-it-article__meta"><div class="b-byline c-attribution"><span class="c-attribution__by">Siobhán Duggan</span>
<span class="c-attribution__role">Health Correspondent</span></div>
<time class="c-date b-date" datetime="2025-11-12T05:45:00Z">Wed Nov 12 2025 - 05:45</time></div>
<div class="b-share-bar"><button class="b-it-listen" type="button"><span class="b-it-listen__label">Listen</span>
<span class="b-it-listen__duration">5 min</span></button>
${itShare
  .map(
    (t) => `<button class="b-share-bar__button" type="button" aria-label="${t}"><span
class="b-share-bar__label">${t}</span></button>`,
  )
  .join('\n')}</div>
<figure class="b-lead-art c-media-item"><img src="/resizer/v2/GILROY-SURGERY.jpg?auth=8ac&amp;width=1024" alt="Dr Eamon Gilroy">
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">${itCaption}</span>
<span class="c-media-item__credit">${itCredit}</span></figcaption></figure>
<div class="b-article-body">
${cps(itP1)}
${ch(itH1)}
${cps(itP2)}
<div class="b-ad-block b-ad-block--inline" id="arcad_feature-f0f1" data-ad-name="mid_article"><div class="arcad" data-position="mid1"></div></div>
${ch(itH2)}
${cps(itP3)}
${ch(itH3)}
${cps(itP4)}
${itPromos.map((t, i) => `<p class="c-paragraph"><i><a href="/promo/${i}/">${t}</a></i></p>`).join('\n')}
</div></article></div>
<aside class="b-right-rail-advanced__rail"><div class="b-it-most-read"><h2 class="c-heading">Most Read</h2>
<ol>${most()}</ol></div><div class="b-ad-block" data-ad-name="right_rail_1"><div class="arcad"></div></div></aside></div>
<section class="b-it-newsletter-promo"><h2 class="c-heading">${itNews[0]}</h2><p>${itNews[1]}</p>
<a class="c-button" href="/newsletters/health-check/">Sign up</a></section></main>
<footer class="b-it-footer"><a class="b-it-footer__logo" href="/" aria-label="The Irish Ledger"></a>
<ul class="b-it-footer__links">${links(itFoot, 'b-it-footer__item')}</ul><p class="b-it-footer__copyright">${itCopy}</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies and similar technologies to run this site, to personalise content and ads and to
analyse our traffic.</p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">I Accept</button>
<button id="onetrust-pc-btn-handler">Manage Preferences</button></div></div></div>
<script defer src="/pf/dist/engine/react.js?d=977"></script></body></html>`;

function most(): string {
  return itMost
    .map((t, i) => `<li class="b-it-most-read__item"><span class="b-it-most-read__rank">${i + 1}</span><a href="/most/${i}/">${t}</a></li>`)
    .join('\n');
}
export const itCookie = 'We use cookies and similar technologies to run this site, to personalise content and ads and to analyse our traffic.';
