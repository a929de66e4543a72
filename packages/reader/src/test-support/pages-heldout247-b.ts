import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout247-kit.js';

/**
 * Held-out batch 247, file b: an airline's newsroom release on Prezly's Next.js theme (hashed CSS-module class names,
 * __NEXT_DATA__, category links, share buttons, media gallery, contacts, "Latest stories" cards, subscribe form, cookie
 * consent bar) and an airport's passenger-information page on Adobe Experience Manager (core components, flight search
 * widget, accordion of FAQs, "Last reviewed" line, help rail, OneTrust banner, footer).
 */
const aTitle = 'Corvane Air to open direct route from Ostmere to Lisvane from 2 June';
const aLead = [
  j(
    '<strong>OSTMERE, 5 March 2026</strong> – Corvane Air will launch a year-round direct service between Ostmere Harbourside',
    'Airport and Lisvane on 2 June, the first scheduled link between the two cities in more than a decade.',
  ),
  j(
    'The route will operate five times a week in summer and four times a week in winter, using the airline’s Embraer E195-E2',
    'aircraft in a two-class layout with 12 seats in Corvane Plus and 112 in Economy. Fares start at 79 euros one way including',
    'a cabin bag.',
  ),
];
const aH = ['A gap in the network', 'Schedule', 'About Corvane Air'];
const aGap = [
  j(
    'Since the last scheduled flight between Ostmere and Lisvane ended in 2014, travellers have had to connect through a hub or',
    'spend nearly seven hours on the train. Research commissioned by the Lisvane chamber of commerce last year found that more',
    'than 140,000 trips a year are made between the two regions, most of them for business and university visits.',
  ),
  '“We kept hearing the same request from customers in both cities,” said Hedda Rusk, Corvane Air’s chief commercial officer.',
  j(
    '“A direct flight of under two hours changes what a day trip looks like. We expect strong demand from universities and',
    'engineering firms on both sides, and we think leisure travellers will follow once they discover Lisvane’s old town.”',
  ),
];
const aSched = [
  'CV412 departs Ostmere at 07:20 and arrives in Lisvane at 09:05 (Monday, Tuesday, Thursday, Friday and Sunday).',
  'CV413 departs Lisvane at 09:50 and arrives in Ostmere at 11:40 on the same days.',
  'From 26 October the Tuesday rotation will be suspended for the winter season.',
];
const aSched2 = [
  j(
    'Tickets are on sale from today on the Corvane Air website and app and through travel agents. Members of the Corvane Club',
    'loyalty programme will earn double points on the route until the end of September.',
  ),
];
const aAbout = [
  j(
    'Corvane Air is an independent airline based at Ostmere Harbourside Airport, flying to 38 destinations in 14 countries with a',
    'fleet of 26 aircraft. The airline carried 3.1 million passengers in 2025.',
  ),
];
const aCats = ['Network', 'Routes'];
const aLatest = ['Corvane Air reports record winter load factor', 'New lounge opens at Ostmere Harbourside', 'Corvane Club adds family pooling'];
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>${aTitle} | Corvane Air Newsroom</title>
<meta name="description" content="Corvane Air will launch a year-round direct service between Ostmere and Lisvane on 2 June.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Corvane Air Newsroom">
<meta property="article:published_time" content="2026-03-05T08:00:00.000Z"><link rel="canonical" href="https://newsroom.corvaneair.example/ostmere-lisvane">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}","datePublished":"2026-03-05T08:00:00.000Z",
"publisher":{"@type":"Organization","name":"Corvane Air"}}</script>
<link rel="preload" href="/_next/static/css/8e1f0c2a.css" as="style"><link rel="stylesheet" href="/_next/static/css/8e1f0c2a.css" data-n-g=""></head>
<body><div id="__next"><div class="Layout_container__7dK2p"><header class="Header_container__Qs1aT"><div class="container"><nav class="Header_nav__a0X9e">
<a class="Header_newsroom__ZlQ3v" href="/"><img alt="Corvane Air" class="Logo_logo__h9Uj2" src="https://cdn.uc.assets.prezly.example/logo.png"></a>
<div class="Header_navigation__Yc9_u"><ul class="Header_navigationInner__xTr0f">
<li class="Header_navigationItem__RmV3n"><button type="button" class="Button_button__3oXfW Dropdown_buttonWithMobileDisplay__k2S">Categories</button></li>
<li class="Header_navigationItem__RmV3n"><a class="Header_navigationButton__u9Hpe" href="/media">Media gallery</a></li>
<li class="Header_navigationItem__RmV3n"><a class="Header_navigationButton__u9Hpe" href="https://www.corvaneair.example">Go to website</a></li>
<li class="Header_navigationItem__RmV3n"><button type="button" class="LanguagesDropdown_button__z1">English</button></li></ul></div>
<button class="Header_searchToggle__s1Yk0" aria-label="Toggle search"></button></nav></div></header>
<main class="Layout_content__mW1Hc"><article class="Story_container__Lk1zR"><div class="Story_categories__nXf2c">
<div class="CategoriesList_categoriesList__d8vQp">${aCats
  .map(
    (c) => `<a class="CategoryLink_link__0x1"
href="/category/${c.toLowerCase()}">${c}</a>`,
  )
  .join('\n')}
</div></div>
<h1 class="Story_title__vKt2W">${aTitle}</h1>
<p class="Story_subtitle__JdQ6e">Five flights a week on a route last served in 2014</p>
<div class="StoryPublicationDate_date__Pr7yB"><time datetime="2026-03-05T08:00:00.000Z">March 5, 2026</time></div>
<div class="Story_linksAndDateWrapper__cd1E"><div class="StoryShareLinks_container__Y2s"><p class="StoryShareLinks_title__fX3">Share</p>
<a class="StoryShareLinks_button__aa" href="https://www.linkedin.example/sharing" aria-label="Share on LinkedIn">LinkedIn</a>
<a class="StoryShareLinks_button__aa" href="https://x.example/intent" aria-label="Share on X">X</a>
<a class="StoryShareLinks_button__aa" href="https://www.facebook.example/sharer" aria-label="Share on Facebook">Facebook</a>
<button class="StoryShareLinks_button__aa StoryShareLinks_copy__k1">Copy URL</button></div></div>
<div class="Story_content__2Bz6M"><section class="ContentRenderer_renderer__iM1fD">
<figure class="Image_image__pL3c9"><img src="https://cdn.uc.assets.prezly.example/e195-ostmere.jpg" alt="Corvane Air E195-E2 at Ostmere">
<figcaption class="Image_caption__2s">A Corvane Air E195-E2 at Ostmere Harbourside. Photo: Corvane Air / Petra Lind</figcaption></figure>
${ps(aLead, ' class="Paragraph_paragraph__fK2Zd"')}
<h2 class="Heading_heading__Dx3Oa">${aH[0]}</h2>
${ps(aGap, ' class="Paragraph_paragraph__fK2Zd"')}
<h2 class="Heading_heading__Dx3Oa">${aH[1]}</h2>
<ul class="List_list__v1Z3">
${lis(aSched, ' class="List_listItem__0pQ4"')}
</ul>
${ps(aSched2, ' class="Paragraph_paragraph__fK2Zd"')}
<h2 class="Heading_heading__Dx3Oa">${aH[2]}</h2>
${ps(aAbout, ' class="Paragraph_paragraph__fK2Zd"')}
</section></div>
<div class="Story_attachments__c8T"><h3 class="Attachment_title__1">Attachments</h3><a class="Attachment_container__x" href="/attachments/route-factsheet.pdf">
<span class="Attachment_name__9">Ostmere-Lisvane route factsheet.pdf</span><span class="Attachment_size__4">PDF · 412 KB</span></a></div>
</article>
<section class="ContactsSection_container__qX8"><h2 class="ContactsSection_title__u2">Contacts</h2><div class="ContactCard_container__p1">
<h4 class="ContactCard_name__v0">Jonas Eberle</h4><h5 class="ContactCard_position__8">Head of Media Relations, Corvane Air</h5>
<a class="ContactCard_link__e" href="mailto:press@corvaneair.example">press@corvaneair.example</a></div></section>
<div class="Story_latestStories__Hn4"><h2 class="StoryCards_title__fo">Latest stories</h2><div class="StoryCards_grid__o3">
${aLatest.map((t) => `<div class="StoryCard_container__w0"><a class="StoryCard_title__Zb" href="/${t.length}">${t}</a></div>`).join('\n')}</div>
<a class="Button_button__3oXfW" href="/">See all stories</a></div></main>
<div class="SubscribeForm_container__R7"><h2 class="SubscribeForm_title__1x">Get updates from Corvane Air</h2>
<form class="SubscribeForm_form__p"><input type="email" placeholder="Your email address" class="FormInput_input__c"><button type="submit"
class="Button_button__3oXfW">Subscribe</button></form><p class="SubscribeForm_disclaimer__j">By clicking "Subscribe" I confirm I have read and agree to the
Privacy Policy.</p></div>
<section class="Boilerplate_container__nB1"><h2 class="Boilerplate_heading__t">About Corvane Air Newsroom</h2><p class="Boilerplate_about__k">Press
releases, images and
facts about the airline.</p></section>
<footer class="Footer_container__eP"><div class="container"><div class="Footer_links__3"><a href="/privacy-policy">Privacy policy</a>
<a href="/cookie-policy">Cookie policy</a></div><a class="MadeWithPrezly_container__z" href="https://www.prezly.example">Made with Prezly</a></div></footer>
<div class="CookieConsentBar_container__h9"><div class="container"><p class="CookieConsentBar_title__v">Like cookies?</p><p class="CookieConsentBar_text__j">
We use analytics cookies to understand how visitors use this newsroom.</p><button class="Button_button__3oXfW">Reject</button>
<button class="Button_button__3oXfW">Accept</button></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"uuid":"c1f2","title":"${aTitle}","published_at":"2026-03-05"}}},
"page":"/[slug]","query":{"slug":"ostmere-lisvane"},"buildId":"R4nD0m","isFallback":false}</script>
<script src="/_next/static/chunks/main-9f3c.js" defer></script></body></html>`;
const airline: TestPage = {
  name: 'heldout247-prezly-airline-newsroom-release',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...aLead, ...aGap, ...aSched, ...aSched2, ...aAbout]),
  bylines: ['March 5, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Categories', 'Media gallery', 'Go to website', 'English', ...aCats, 'Five flights a week on a route last served in 2014', 'LinkedIn', 'Facebook',
    'Copy URL', 'A Corvane Air E195-E2 at Ostmere Harbourside. Photo: Corvane Air / Petra Lind', 'Attachments', 'Ostmere-Lisvane route factsheet.pdf',
    'PDF · 412 KB', 'Contacts', 'Jonas Eberle', 'Head of Media Relations, Corvane Air', 'press@corvaneair.example', 'Latest stories', ...aLatest,
    'See all stories', 'Get updates from Corvane Air', 'Subscribe', 'By clicking "Subscribe" I confirm I have read and agree to the Privacy Policy.',
    'About Corvane Air Newsroom', 'Press releases, images and facts about the airline.', 'Privacy policy', 'Cookie policy', 'Made with Prezly',
    'Like cookies?', 'We use analytics cookies to understand how visitors use this newsroom.', 'Reject', 'Accept',
  ],
};

const pTitle = 'Liquids and security screening at Terminal 2';
const pH = ['What you can take through security', 'Medicines, baby food and special diets', 'Tips for a quicker search'];
const pLead = [
  j(
    'New scanners are now in use at every security lane in Terminal 2. They create a 3D image of your bag, so in most cases you can',
    'leave liquids and laptops in your cabin bag while it is screened.',
  ),
];
const pTake = [
  'Liquids in containers of up to 2 litres each can stay in your cabin bag.',
  'Laptops, tablets and cameras can stay in your bag.',
  'Items bought in the departures shops after security are not affected.',
  'Terminal 1 still uses the older scanners, where the 100 ml limit and clear plastic bag apply.',
];
const pTake2 = [
  j(
    'The rules at your destination airport may be different. If you have a connecting flight, or are flying back from an airport',
    'that has not yet installed the new scanners, pack liquids as if the 100 ml limit still applied.',
  ),
];
const pMed = [
  j(
    'Essential medicines in larger containers are allowed in both terminals. Bring a copy of your prescription or a letter from your',
    'doctor, and tell the security officer before your bag goes into the scanner.',
  ),
  j(
    'Baby milk, sterilised water and baby food for the journey are allowed in reasonable amounts. Officers may ask you to open a',
    'container or test it, so allow a little extra time if you are travelling with an infant.',
  ),
];
const pTips = [
  'Take off coats and large jackets before you reach the tray belt.',
  'Put keys, coins and phones in your bag rather than your pockets.',
  'Keep your boarding pass on your phone or in your hand until you reach the lanes.',
  'If you need assistance, use the Priority Access lane at the far end of the search hall.',
];
const pFaq = ['Do I need to take my shoes off?', 'Can I bring a power bank?'];
const pFaqA = [
  'Usually not. An officer may ask you to remove boots or shoes with thick soles.',
  'Yes, in your cabin bag only, and each power bank must be under 100 Wh.',
];
const pNav = ['Flights', 'Parking', 'At the airport', 'Help', 'Shop and dine'];
const pRail = ['Special assistance', 'Lost property', 'Fast Track security', 'Contact us'];
const pFoot = ['Corporate', 'Careers', 'Media centre', 'Accessibility statement', 'Privacy', 'Cookie settings'];
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>${pTitle} | Port Elvane Airport</title>
<meta name="template" content="content-page"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="What you can take through security at Terminal 2 with the new 3D scanners.">
<link rel="canonical" href="https://www.portelvane-airport.example/en/at-the-airport/security/liquids"><meta property="og:title" content="${pTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Do I need to take my shoes
off?"}]}
</script><link rel="stylesheet" href="/etc.clientlibs/pea/clientlibs/clientlib-site.lc-4c1e-lc.min.css" type="text/css">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="a1b2-c3"></script>
<script>window.adobeDataLayer=window.adobeDataLayer||[];adobeDataLayer.push({"page":{"template":"content-page","section":"at-the-airport"}});</script></head>
<body class="page basicpage" id="page-8a7f2c"><div class="root container responsivegrid"><div id="container-1b" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--header">
<header class="pea-header"><a class="pea-header__logo" href="/en">Port Elvane Airport</a><nav class="cmp-navigation" role="navigation">
<ul class="cmp-navigation__group">${links(pNav, 'cmp-navigation__item cmp-navigation__item--level-0')}</ul></nav>
<div class="pea-flight-search"><label for="fs">Search flights</label><input id="fs" type="search" placeholder="Flight number, airline or city">
<a href="/en/flights/departures">Departures</a> <a href="/en/flights/arrivals">Arrivals</a></div></header></div></div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
<li class="cmp-breadcrumb__item"><a href="/en" class="cmp-breadcrumb__item-link"><span>Home</span></a></li>
<li class="cmp-breadcrumb__item"><a href="/en/at-the-airport" class="cmp-breadcrumb__item-link"><span>At the airport</span></a></li>
<li class="cmp-breadcrumb__item"><a href="/en/at-the-airport/security" class="cmp-breadcrumb__item-link"><span>Security</span></a></li>
<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active"><span>Liquids and screening</span></li></ol></nav></div>
<div class="container responsivegrid aem-GridColumn--default--none aem-GridColumn aem-GridColumn--default--8"><div class="cmp-container"><div class="aem-Grid">
<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title"><h1 class="cmp-title__text">${pTitle}</h1></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text">${ps(pLead)}</div></div>
<div class="image aem-GridColumn aem-GridColumn--default--12"><div class="cmp-image"><img class="cmp-image__image" src="/content/dam/pea/security-lanes.jpg"
alt="Security lanes in Terminal 2"><span class="cmp-image__title">The new security hall in Terminal 2 opened in January.</span></div></div>
<div class="title aem-GridColumn"><div class="cmp-title"><h2 class="cmp-title__text">${pH[0]}</h2></div></div>
<div class="text aem-GridColumn"><div class="cmp-text"><ul>
${lis(pTake)}
</ul>${ps(pTake2)}</div></div>
<div class="title aem-GridColumn"><div class="cmp-title"><h2 class="cmp-title__text">${pH[1]}</h2></div></div>
<div class="text aem-GridColumn"><div class="cmp-text">${ps(pMed)}</div></div>
<div class="title aem-GridColumn"><div class="cmp-title"><h2 class="cmp-title__text">${pH[2]}</h2></div></div>
<div class="text aem-GridColumn"><div class="cmp-text"><ul>
${lis(pTips)}
</ul></div></div>
<div class="accordion panelcontainer aem-GridColumn"><div class="cmp-accordion" data-cmp-is="accordion">
${pFaq
  .map(
    (q, i) => `<div class="cmp-accordion__item" data-cmp-hook-accordion="item"><h3 class="cmp-accordion__header"><button class="cmp-accordion__button">
<span class="cmp-accordion__title">${q}</span><span class="cmp-accordion__icon"></span></button></h3>
<div class="cmp-accordion__panel cmp-accordion__panel--hidden" role="region"><div class="cmp-text"><p>${pFaqA[i]}</p></div></div></div>`,
  )
  .join('\n')}
</div></div>
<div class="text aem-GridColumn"><div class="cmp-text pea-reviewed"><p>Last reviewed: 12 February 2026</p></div></div></div></div></div>
<div class="container responsivegrid aem-GridColumn aem-GridColumn--default--4"><div class="cmp-container pea-rail"><div class="cmp-title"><h2
class="cmp-title__text">Need help?</h2></div><ul class="cmp-list">${links(pRail, 'cmp-list__item')}</ul>
<div class="teaser"><div class="cmp-teaser"><h3 class="cmp-teaser__title">Book Fast Track from £6</h3><p class="cmp-teaser__description">Skip the queue at
security.</p><a class="cmp-teaser__action-link" href="/en/fast-track">Book now</a></div></div></div></div>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><footer class="cmp-experiencefragment--footer pea-footer"><ul>${links(pFoot)}</ul>
<p>© 2026 Port Elvane Airport Limited</p></footer></div></div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We use cookies to make our website work and to improve your visit.</p><button id="onetrust-accept-btn-handler">Accept All
Cookies</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div>
<script src="/etc.clientlibs/pea/clientlibs/clientlib-site.lc-9b0d-lc.min.js"></script></body></html>`;
const airport: TestPage = {
  name: 'heldout247-aem-airport-passenger-info',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pH,
  body: texts([...pLead, ...pTake, ...pTake2, ...pMed, ...pTips, ...pFaq, ...pFaqA]),
  bylines: ['Last reviewed: 12 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Port Elvane Airport', ...pNav, 'Search flights', 'Departures', 'Arrivals', 'Home', 'Security', 'Liquids and screening',
    'The new security hall in Terminal 2 opened in January.', 'Need help?', ...pRail, 'Book Fast Track from £6', 'Skip the queue at security.', 'Book now',
    ...pFoot, '© 2026 Port Elvane Airport Limited', 'We use cookies to make our website work and to improve your visit.', 'Accept All Cookies',
    'Cookies Settings',
  ],
};

export const HELDOUT247_B: readonly TestPage[] = [airline, airport];
