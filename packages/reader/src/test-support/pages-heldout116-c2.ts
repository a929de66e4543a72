import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 116, file c2: an Irish Times news story on its Arc XP template (the "In The News" bar, the masthead nav with
 * "Subscribe" and "Sign In", the section label, the h1 with an h2 subheadline as its standfirst, the byline and dateline, the
 * share / gift / comments toolbar, the lede image whose caption ends "Photograph: ...", paragraphs with an inline "Read More"
 * box and ad slots, the italic WhatsApp and push-alert promos that close the body, the author card, the comments block telling
 * non-subscribers they cannot comment, the "Most Read" rail, the OneTrust banner and the footer).
 */
const itTitle = 'Waiting times for hip and knee surgery in west fall by a third after new hub opens';
const itSub = 'Ballinasloe centre carried out more than 2,400 procedures in its first year, figures show';
const itP1 = [
  'Waiting times for hip and knee replacements in the west have fallen by almost a third since a dedicated surgical hub opened ' +
    'in Ballinasloe, Co Galway, a year ago, according to figures from the Health Service Executive.',
  'The centre, which handles only planned operations and has no emergency department, carried out 2,430 procedures in its first ' +
    '12 months, most of them joint replacements, cataract removals and day-case orthopaedic surgery.',
  'The average wait for a hip replacement for patients in the Saolta hospital group fell from 14 months to just under ten, while ' +
    'the wait for a knee replacement dropped from 17 months to 11, the figures show.',
];
const itRead = ['Surgical hubs in Dublin and Cork delayed by staffing shortages', 'How long will I wait? Hospital waiting lists explained'];
const itP2 = [
  'Because the hub does not take emergency admissions, operations there are rarely cancelled at short notice when wards fill up ' +
    'in winter, a problem that has long affected elective surgery in acute hospitals.',
  'Dr Aoife Nevin, the hub’s clinical director, said only 11 operations had been cancelled on the day in its first year, compared ' +
    'with several hundred across the group’s main hospitals in the same period.',
  '“The single biggest difference is certainty,” she said. “When a patient is given a date here, they get their operation on that ' +
    'date. For someone who has been in pain for a year and a half, that matters enormously.”',
  'The Ballinasloe hub is the first of six planned elective centres to open. Facilities in Dublin, Cork, Limerick, Waterford and ' +
    'Sligo were originally due to be completed by the end of this year but most have been delayed, partly because of difficulties ' +
    'recruiting anaesthetists and theatre nurses.',
  'Minister for Health Ciarán Moloney said the results showed the model worked and that the Government remained committed to ' +
    'delivering the remaining hubs. “Separating planned and emergency care is the right approach, and Ballinasloe proves it,” ' +
    'he said.',
  'Patient advocates welcomed the figures but said waiting lists elsewhere in the country remained far too long. Orla Geraghty ' +
    'of the Arthritis Patients’ Network said thousands of people were still waiting more than two years for joint replacements in ' +
    'some regions.',
  '“It is good news for people in the west, but a person in pain in Donegal or Wexford should not have to wait twice as long as ' +
    'someone in Galway,” she said.',
  'The HSE said it expected the Ballinasloe hub to increase its activity by a further 15 per cent this year as a fourth operating ' +
    'theatre comes into use in the summer.',
];
const itPromos = ['Join The Irish Times on WhatsApp and stay up to date', 'Listen to our Inside Politics podcast for the best political chat and analysis'];
const itInNews = ['Budget 2026', 'Housing', 'Health service', 'Assisted dying', 'Weather warnings'];
const itNav = ['News', 'Sport', 'Business', 'Opinion', 'Life & Style', 'Culture', 'Podcasts', 'Video', 'Crosswords & Games'];
const itCaption = 'The surgical hub in Ballinasloe, Co Galway, which opened last March.';
const itCredit = 'Photograph: Ronan Kilgallon/The Irish Times';
const itBio = 'Eimear Cosgrave is Health Correspondent of The Irish Times';
const itComments = [
  'Commenting on The Irish Times has changed. To comment you must now be an Irish Times subscriber.',
  'The account details entered are not currently associated with an Irish Times subscription. Please subscribe to sign in to comment.',
];
const itMost = [
  'Storm warning issued for western counties as gusts of 130km/h forecast',
  'Dublin rents rise again as supply of homes to let hits new low',
  'Man (40s) dies after two-vehicle crash in Co Tipperary',
  'Leaving Cert 2025: What changes are coming for students this year',
];
const itFoot = [
  'About us',
  'Contact us',
  'Advertise',
  'Subscription help',
  'Terms & Conditions',
  'Privacy Policy',
  'Cookie Information',
  'Cookie Settings',
  'Community Standards',
];
const itCookie = [
  'We value your privacy',
  'We and our partners store and/or access information on a device, such as cookies, and process personal data to provide and ' + 'improve our services.',
  'I Accept',
  'Show Purposes',
];
const itP = (a: readonly string[]): string => a.map((p) => `<p class="c-paragraph">${p}</p>`).join('\n');
const itAd = (n: number): string => `<div class="arcad b-it-ad-inline" id="arcad_feature-inline-${n}"><div class="advertisement-label">Advertisement</div>
<div class="arcad-container"></div></div>`;
const itHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Waiting times for hip and knee surgery in west fall by a third after new hub opens – The Irish Times</title>
<meta name="description" content="${itSub}"><meta property="og:title" content="${itTitle}"><meta property="og:site_name" content="The Irish Times">
<meta name="author" content="Eimear Cosgrave"><meta property="article:section" content="Health">
<link rel="canonical" href="https://www.irishtimes.com/health/2025/03/03/waiting-times-for-hip-and-knee-surgery-in-west-fall-by-a-third/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${itTitle}","description":"${itSub}",
"author":[{"@type":"Person","name":"Eimear Cosgrave"}],"datePublished":"2025-03-03T05:45:00.000Z","isAccessibleForFree":false,
"publisher":{"@type":"Organization","name":"The Irish Times"}}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="irishtimes";Fusion.contentCache={};Fusion.globalContent={"_id":"H4QK3N2X"};</script>
<script src="/pf/dist/engine/react.js?d=412&amp;mxId=00000000" defer></script>
<link rel="stylesheet" href="/pf/resources/dist/irishtimes/css/style.css?d=412"></head>
<body><div id="fusion-app" class="layout-section"><a class="skip-main" href="#main">Skip to main content</a>
<div class="b-it-in-the-news"><span class="b-it-in-the-news__label">In The News</span><ul>${links(itInNews, 'b-it-in-the-news__item')}</ul></div>
<header class="c-header b-it-masthead"><a class="b-it-masthead__logo" href="/" aria-label="The Irish Times"><svg viewBox="0 0 300 40"></svg></a>
<nav class="b-it-nav" aria-label="Sections"><ul>${links(itNav, 'b-it-nav__item')}</ul></nav>
<div class="b-it-masthead__actions"><a class="c-button c-button--primary" href="/subscribe/">Subscribe</a>
<a class="c-button c-button--secondary" href="/signin/">Sign In</a></div></header>
<main id="main" class="b-single-column-regular"><article class="b-it-article">
<div class="b-it-article-header"><div class="c-overline b-it-overline"><a href="/health/">Health</a></div>
<h1 class="c-heading b-it-article-headline">${itTitle}</h1>
<h2 class="c-heading b-it-article-subheadline">${itSub}</h2>
<div class="c-attribution b-it-byline"><span class="b-it-byline__by"><a class="c-link" href="/author/eimear-cosgrave">Eimear Cosgrave</a></span></div>
<div class="b-it-article-date"><time class="c-date" datetime="2025-03-03T05:45:00.000Z">Mon Mar 03 2025 - 05:45</time></div>
<div class="b-it-toolbar"><button class="b-it-toolbar__share">Share</button><button class="b-it-toolbar__gift">Gift article</button>
<a class="b-it-toolbar__comments" href="#comments">Comments</a></div></div>
<figure class="c-media-item b-it-lead-art"><img src="https://www.irishtimes.com/resizer/v2/ballinasloe-hub.jpg?auth=4f1e&amp;width=1200"
alt="${itCaption}" width="1200" height="800"><figcaption class="c-media-item__caption"><span class="c-media-item__fig-caption">${itCaption}</span>
<span class="c-media-item__credit">${itCredit}</span></figcaption></figure>
<div class="b-it-article-body article-body-wrapper">
${itP(itP1)}
<div class="b-it-related-inline"><div class="b-it-related-inline__label">Read More</div><ul>${links(itRead, 'b-it-related-inline__item')}</ul></div>
${itP(itP2.slice(0, 3))}
${itAd(1)}
${itP(itP2.slice(3, 6))}
${itAd(2)}
${itP(itP2.slice(6))}
${itPromos.map((t) => `<p class="c-paragraph"><i><a href="/promo/${t.length}">${t}</a></i></p>`).join('\n')}
</div>
<div class="b-it-author-card"><div class="b-it-author-card__name"><a href="/author/eimear-cosgrave">Eimear Cosgrave</a></div>
<p class="b-it-author-card__bio">${itBio}</p></div>
<section id="comments" class="b-it-comments"><h2 class="b-it-comments__title">Comments</h2>
${itComments.map((t) => `<p class="b-it-comments__notice">${t}</p>`).join('\n')}
<div class="b-it-comments__actions"><a href="/subscribe/">Subscribe</a><a href="/signin/">Sign In</a></div></section></article>
<aside class="b-it-right-rail"><section class="b-it-most-read"><h2>Most Read</h2><ol>${links(itMost)}</ol></section>${itAd(3)}</aside></main>
<footer class="b-it-footer"><div class="b-it-footer__logo">The Irish Times</div><ul>${links(itFoot)}</ul>
<p class="b-it-footer__copyright">© 2025 The Irish Times DAC</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otCenterRounded" role="dialog" aria-label="${itCookie[0]}">
<h2 id="onetrust-policy-title">${itCookie[0]}</h2><p id="onetrust-policy-text">${itCookie[1]}</p>
<button id="onetrust-accept-btn-handler">${itCookie[2]}</button><button id="onetrust-pc-btn-handler">${itCookie[3]}</button></div></div>
</body></html>`;
export const irishTimesStory: TestPage = {
  html: itHtml,
  name: 'heldout116-irishtimes-news',
  kind: 'news',
  // the h2 subheadline under the h1 is the standfirst: body, not a heading; the italic WhatsApp and podcast promo lines at the
  // end of the body, the inline "Read More" box and the author card are furniture
  title: itTitle,
  headings: [],
  body: [itSub, ...itP1, ...texts(itP2)],
  bylines: ['Eimear Cosgrave', 'Mon Mar 03 2025 - 05:45'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'In The News', ...itInNews, ...itNav, 'Subscribe', 'Sign In', 'Health', 'Share', 'Gift article', 'Comments', itCaption,
    itCredit, 'Read More', ...itRead, 'Advertisement', ...itPromos, itBio, ...itComments, 'Most Read', ...itMost, 'The Irish Times', ...itFoot,
    '© 2025 The Irish Times DAC', ...itCookie,
  ],
};
