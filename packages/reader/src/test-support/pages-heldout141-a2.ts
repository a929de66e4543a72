import { esc, lines, paras, slugify } from './pages-heldout141-kit.js';

/**
 * Held-out batch 141, file a2: an Irish Times news story on the Arc XP (Fusion) template: OneTrust banner, the masthead with
 * "Subscribe" and "Sign In", the section nav and hidden mobile menu, the overline, headline and standfirst, the lead image
 * with caption and credit, the byline block with role and time, the "Listen" audio bar and share bar with "Gift article",
 * the article body ending with the push-alert and WhatsApp promo paragraphs, the author box, topics, the "Latest Stories"
 * and "Most Read" rails with ad slots, and the footer.
 */
export const itTitle = 'Council to trial car-free school streets outside 14 schools in Dublin suburbs';
export const itDek = 'Parents and residents will be consulted before barriers are installed at the start of the next school year';
export const itP = paras(`
Cars will be banned from the roads outside 14 primary schools in Dublin’s western suburbs for 40 minutes each morning and
afternoon from September under a pilot scheme approved by Fingal Dale County Council.

The “school streets” trial, which was backed by councillors at a meeting on Monday night, will see removable barriers placed at
the ends of roads leading to the schools during drop-off and collection times. Residents, emergency vehicles and holders of
blue badges will still be allowed through.

The council’s director of transport, Declan Mahony, said the aim was to make the school run safer and to persuade more
families to walk, cycle or scoot. “At some of these gates we have counted more than 200 cars arriving in a 15-minute window,”
he said. “That is not a safe place for a five-year-old.”

Surveys carried out by the council last spring found that 58 per cent of children at the selected schools were driven to school,
although almost half of them lived less than 2km away. At three of the schools, staff had reported near misses involving
reversing cars on at least one occasion in the previous term.

The schools in the pilot are in Clonbrack, Ashtown Rise, Kilmorna and Ballycarra. Each will be given a budget of €6,000 for
signage, bicycle and scooter parking and a part-time steward during the first month. The total cost of the trial is estimated at
€310,000, of which €240,000 will come from the National Transport Authority’s active travel fund.

Not everyone on the council was convinced. Independent councillor Tom Fennelly said some residents in Kilmorna were worried
about being “locked in” at busy times and that traffic would simply move to neighbouring roads. “Nobody is against safer streets,
but we are being asked to approve a scheme before the people who live there have had their say,” he said.

Mr Mahony said a public consultation would open next month and that the design of each street could change in response. If a
school community did not want to take part, it would not be forced to, he said. Traffic counts would be taken on surrounding
roads before and during the trial to measure any displacement.

Similar schemes in other parts of the country have had mixed results. A trial at two schools in Carrigmore, Co Cork, was
extended after a year when car journeys to the schools fell by a third, but a scheme in a Galway suburb was abandoned after
complaints about parents parking on footpaths just outside the closed zone.

Aoife Brennan, principal of Scoil Bhríde in Clonbrack, one of the schools in the pilot, welcomed the decision. “Our children have
been asking for this. We have a walking bus on Fridays and it is the busiest morning of the week,” she said.

The council will report back to councillors on the results of the trial in the spring. If it is judged a success, the scheme
could be extended to a further 30 schools in the county from 2027.
`);
export const itPromos = [
  '<em>Sign up for <a href="https://www.irishtimes.example/push-alerts/">push alerts</a> and get the best news, analysis and comment ' +
    'sent straight to your phone</em>',
  '<em>Find <a href="https://www.irishtimes.example/whatsapp/">The Irish Times on WhatsApp</a> and stay up to date</em>',
];
export const itNav = lines(`
Home
Ireland
World
Politics
Opinion
Business
Sport
Your Money
Life & Style
Culture
Health
Podcasts
Crosswords & Games
`);
export const itCaption = 'Parents and children on the school run at a primary school in Clonbrack.';
export const itCredit = 'Photograph: Conor Delahunt/The Irish Times';
export const itShare = lines(`
Share on Facebook
Share on X
Share on LinkedIn
Share via Email
Gift article
`);
export const itBio = 'Niamh Corrigan is Dublin Correspondent of The Irish Times';
export const itTopics = lines(`
Dublin
Schools
Cycling
Fingal Dale County Council
`);
export const itLatest = lines(`
Gardaí seize cannabis worth €1.2m in Co Louth search
Housing completions fall for third month in a row, figures show
Hospital waiting lists: 12,000 children waiting more than a year for appointments
Storm brings gusts of 110km/h to west coast overnight
`);
export const itMostRead = lines(`
Woman (70s) dies after house fire in Co Kildare
Miriam Lord: A very long day in the Dáil, and the clock is not the only thing being wound up
Property prices rise 6% in year to November, CSO says
The Irish Times view on the new childcare scheme: a good start, but only a start
Restaurant review: A neighbourhood bistro that does the simple things very well
`);
export const itCookie = [
  'We use cookies and similar technologies to keep this site running, to measure how it is used and to show you personalised ' +
    'content and advertising. You can accept all cookies, reject those that are not essential, or choose which ones you allow.',
  'Cookie Policy',
  'Accept All',
  'Reject All',
  'Cookie Settings',
];
export const itFoot = lines(`
Subscribe
ePaper
Newsletters
Podcasts
Contact Us
Help Centre
Advertise
Irish Times Trust
Standards
Privacy Policy
Cookie Policy
Terms & Conditions
Cookie Settings
© 2025 The Irish Times DAC
`);
const navLi = (t: string): string =>
  `<li class="b-it-header-nav-chain__item"><a class="c-link" href="/${slugify(t)}/" aria-label="${esc(t)}">${esc(t)}</a></li>`;
const card = (t: string, i: number, kind: string): string => `<div class="b-it-${kind}__item c-stack" data-style-direction="horizontal">
<span class="b-it-${kind}__index">${i + 1}</span><a class="c-link" href="/ireland/2025/01/${14 - i}/${slugify(t)}/">
<h3 class="c-heading b-it-${kind}__headline">${esc(t)}</h3></a></div>`;
const ad = (id: string): string => `<div class="arcad-feature" data-ad-name="${id}"><div class="b-it-ad-slot__label">Advertisement</div>
<div id="arcad_${id}" class="arcad ad-300x250" data-slot="/21871128741/irishtimes/ireland/dublin"></div></div>`;
export const itHtml = `<!DOCTYPE html>
<html lang="en-IE"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Council to trial car-free school streets outside 14 schools in Dublin suburbs – The Irish Times</title>
<meta name="description" content="${itDek}"><meta property="og:title" content="${itTitle}"><meta property="og:type" content="article">
<meta property="og:site_name" content="The Irish Times"><meta name="twitter:site" content="@IrishTimes"><meta name="author" content="Niamh Corrigan">
<meta property="article:section" content="Ireland"><meta property="article:published_time" content="2025-01-14T05:45:00Z">
<link rel="canonical" href="https://www.irishtimes.example/ireland/dublin/2025/01/14/council-to-trial-car-free-school-streets/">
<link rel="stylesheet" href="/pf/resources/dist/irishtimes/css/style.css?d=1421">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${itTitle}",
"description":"${itDek}","datePublished":"2025-01-14T05:45:00Z","dateModified":"2025-01-14T05:45:00Z","isAccessibleForFree":false,
"author":[{"@type":"Person","name":"Niamh Corrigan"}],"publisher":{"@type":"NewsMediaOrganization","name":"The Irish Times"},
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"}}</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="8a11a8f6-3c2f" async></script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="irishtimes";Fusion.deployment="1421";Fusion.globalContent={"_id":"K3QO5ZQ"};</script>
</head><body><div id="fusion-app" class="layout-section-wrapper">
<a class="b-it-skip-link" href="#main">Skip to main content</a>
<header class="b-it-header-nav-chain" role="banner"><div class="b-it-header-nav-chain__top">
<button class="b-it-header-nav-chain__menu-button" aria-label="Sections" aria-expanded="false"><span class="c-icon"></span></button>
<a class="b-it-header-nav-chain__logo" href="/" aria-label="The Irish Times"><img alt="The Irish Times" src="/pf/resources/images/logo.svg"></a>
<div class="b-it-header-nav-chain__actions"><a class="c-button c-button--primary" href="/subscribe/">Subscribe</a>
<a class="c-button c-button--secondary" href="/account/login/">Sign In</a></div></div>
<nav class="b-it-header-nav-chain__nav" aria-label="Top Links"><ul class="b-it-header-nav-chain__list">
${itNav.map(navLi).join('\n')}</ul></nav>
<div class="b-it-header-nav-chain__flyout" hidden><nav aria-label="Sections Menu"><ul class="b-it-flyout-menu">
${itNav.map(navLi).join('\n')}</ul></nav></div></header>
<main id="main" class="b-it-right-rail-advanced"><div class="b-it-right-rail-advanced__main">
<div class="c-stack b-it-overline-block"><a class="c-overline c-link" href="/ireland/">Ireland</a></div>
<h1 class="c-heading b-it-headline">${itTitle}</h1>
<div class="c-stack b-it-subheadline"><h2 class="c-heading b-it-subheadline__text">${itDek}</h2></div>
<figure class="c-media-item b-it-lead-art"><picture><img class="c-image" alt="School run in Clonbrack" loading="eager"
src="https://www.irishtimes.example/resizer/v2/XJ4P2W.jpg?auth=5d1&amp;width=1600&amp;height=900"></picture>
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">${itCaption}</span>
<span class="c-media-item__credit">${itCredit}</span></figcaption></figure>
<div class="c-stack b-it-byline-block"><div class="b-it-byline-block__authors"><a class="c-link" href="/author/niamh-corrigan/">Niamh Corrigan</a>
<span class="b-it-byline-block__role">Dublin Correspondent</span></div>
<time class="c-date b-it-byline-block__date" datetime="2025-01-14T05:45:00Z">Tue Jan 14 2025 - 05:45</time></div>
<div class="b-it-audio-player"><button class="b-it-audio-player__button" aria-label="Listen to this article"><span>Listen</span></button>
<span class="b-it-audio-player__duration">| 4 minutes</span></div>
<div class="b-it-share-bar c-stack" data-style-direction="horizontal">
${itShare.map((t) => `<button class="b-it-share-bar__button" aria-label="${t}"><span class="b-it-share-bar__label">${t}</span></button>`).join('\n')}</div>
<article class="b-it-article-body article-body-wrapper paywall">
${itP.map((p) => `<p class="c-paragraph">${p}</p>`).join('\n')}
${itPromos.map((p) => `<p class="c-paragraph">${p}</p>`).join('\n')}
</article>
<div class="b-it-author-bio c-stack"><img class="b-it-author-bio__image" alt="" src="/resizer/v2/author-niamh-corrigan.png">
<div><a class="c-link b-it-author-bio__name" href="/author/niamh-corrigan/">Niamh Corrigan</a><p class="b-it-author-bio__text">${itBio}</p></div></div>
<div class="b-it-tags"><h2 class="b-it-tags__title">Topics</h2><ul class="b-it-tags__list">
${itTopics.map((t) => `<li><a class="c-link b-it-tags__tag" href="/topics/${slugify(t)}/">${t}</a></li>`).join('\n')}</ul></div>
</div><aside class="b-it-right-rail-advanced__rail">${ad('mpu1')}
<section class="b-it-latest-stories"><h2 class="c-heading">Latest Stories</h2>
${itLatest.map((t, i) => card(t, i, 'latest-stories')).join('\n')}</section>${ad('mpu2')}
<section class="b-it-most-read"><h2 class="c-heading">Most Read</h2>
${itMostRead.map((t, i) => card(t, i, 'most-read')).join('\n')}</section></aside></main>
<footer class="b-it-footer"><a class="b-it-footer__logo" href="/" aria-label="The Irish Times"></a><ul class="b-it-footer__links">
${itFoot.map((t) => `<li><a class="c-link" href="/${slugify(t)}/">${esc(t)}</a></li>`).join('\n')}</ul></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">${itCookie[0]} <a class="ot-cookie-policy-link" href="/cookie-policy/">${itCookie[1]}</a></p></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">${itCookie[2]}</button>
<button id="onetrust-reject-all-handler">${itCookie[3]}</button><button id="onetrust-pc-btn-handler">${itCookie[4]}</button></div></div></div>
<script id="fusion-metadata" type="application/javascript">window.Fusion.contentCache={};window.Fusion.spa=false;</script>
<script src="/pf/dist/engine/react.js?d=1421&amp;mxId=00000000" defer></script></body></html>`;
