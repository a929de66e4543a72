import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 29, file b2: an Irish Times story (Arc XP Fusion markup: OneTrust banner, masthead with "Subscribe" and
 * "Sign In", section nav, the section overline, headline and an h2 subheadline, byline with the correspondent's title, the
 * date line, "Listen" audio button with its duration, share and gift buttons, lead image with a "Photograph:" caption, the
 * "c-paragraph" body with the site's own push-alert, WhatsApp and podcast promos written as italic paragraphs at its end, the
 * "Latest Stories" and "Most Read" rails and the footer).
 */
const itTitle = 'Clare oyster growers lose half their stock to mystery die-off';
const itSub = 'State scientists are testing shellfish and seawater from Kilbracken Bay, where growers say losses began in late September';
const itBody = [
  'Oyster growers in north Co Clare say they have lost as much as half of this year’s stock to a die-off that began in late ' +
    'September and has yet to be explained.',
  'The losses are concentrated in Kilbracken Bay, a shallow inlet where eight family businesses farm Pacific oysters in mesh bags ' +
    'on steel trestles exposed at low tide.',
  'Declan Moroney, whose family has farmed in the bay for three generations, said he first noticed empty shells in his bags ' +
    'after a week of unusually warm weather. “Within a fortnight it was one bag in two,” he said. “We’ve had bad years before, ' +
    'but nothing like this, and nothing this fast.”',
  'Growers estimate their combined losses at more than €1.4 million, with oysters that would have gone to market over the ' +
    'Christmas period among the worst affected.',
  'Samples of oysters and seawater have been sent for testing to a State laboratory in Galway. A spokeswoman for the national ' +
    'shellfish monitoring programme said results were expected “in the coming weeks” and that officials were in regular ' +
    'contact with the growers.',
  'Large oyster die-offs in Ireland and France have previously been linked to a herpes virus that spreads more readily when ' +
    'water temperatures rise above 16 degrees, but it is not yet known whether it is responsible in this case.',
  'Dr Sinéad Fahy, a shellfish biologist who advises the Clare growers, said a combination of warm water, heavy rain and low ' +
    'salinity after September’s storms may have weakened the oysters before any infection took hold.',
  '“You rarely get one single cause with these events,” she said. “It is usually a stressed animal meeting a pathogen at the ' + 'wrong moment.”',
  'The growers have asked for emergency support similar to the schemes offered to fishermen after the closure of fishing ' +
    'grounds, and Clare TDs are expected to raise the issue in the Dáil next week.',
  'For now, Mr Moroney said, he is doing what he can: sorting the living oysters from the dead by hand, one bag at a time. ' +
    '“You can’t insure against this,” he said. “You just start again in spring and hope.”',
];
const itPromos = [
  'Sign up for push alerts and get the best of our news, analysis and comment sent straight to your phone',
  'Follow The Irish Times on WhatsApp and keep up to date with the day’s news',
  'Our In The News podcast is now published every weekday – find the latest episode here',
];
const itNav = ['News', 'Ireland', 'World', 'Politics', 'Opinion', 'Business', 'Sport', 'Life & Style', 'Culture', 'Environment', 'Podcasts', 'Video'];
const itCaption = 'Oyster trestles at low tide in Kilbracken Bay, Co Clare. Photograph: Eamon Kerrigan';
const itLatest = [
  'Gardaí investigating after man found injured in Limerick city',
  'Housing completions fall for third quarter in a row',
  'Galway hurlers name new manager on three-year term',
  'Met Éireann warns of frost and icy roads overnight',
];
const itMostRead = [
  'Rent pressure zones to be extended to all of the country next year',
  'Prices in Dublin’s cafes have risen by a fifth in two years',
  'Irish passport office clears backlog ahead of Christmas',
];
const itFoot = [
  'About us',
  'Contact us',
  'Advertise',
  'Newsletters',
  'Subscribe',
  'Terms & Conditions',
  'Privacy policy',
  'Cookie Settings',
  'Accessibility Statement',
  'The Irish Times Trust',
];
const itP = (t: string): string => `<p class="c-paragraph">${t}</p>`;
const itHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${itTitle} – The Irish Times</title><meta property="article:section" content="Ireland">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${itTitle}","datePublished":"2025-11-19T05:45:00Z",
"author":{"@type":"Person","name":"Aoife Brennan"},"isAccessibleForFree":false}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="irishtimes";Fusion.contextPath="/pf";
Fusion.outputType="default";Fusion.globalContent={"_id":"QF7XK2BHJ5C4NMW3","type":"story"};</script>
<link rel="stylesheet" href="/pf/resources/dist/irishtimes/css/style.css?d=2186"></head>
<body><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="alertdialog" aria-describedby="onetrust-policy-text">
<h2 id="onetrust-policy-title">We value your privacy</h2><div id="onetrust-policy-text">We and our partners use cookies and similar
technologies to run this site, to understand how it is used and to show you personalised advertising.</div>
<button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Show Purposes</button></div></div>
<div id="fusion-app" class="layout-section-wrapper"><header class="b-it-masthead"><div class="b-it-masthead__top">
<button class="c-button b-it-masthead__menu" aria-label="Sections menu"><span>Menu</span></button>
<a class="b-it-masthead__logo" href="/" aria-label="The Irish Times"><svg aria-hidden="true"></svg></a>
<div class="b-it-masthead__actions"><a class="c-button c-button--primary" href="/subscribe/">Subscribe</a>
<a class="c-button c-button--secondary" href="/account/signin">Sign In</a></div></div>
<nav class="b-it-section-nav" aria-label="Sections"><ul>${links(itNav, 'b-it-section-nav__item')}</ul></nav></header>
<main class="b-it-right-rail-advanced"><div class="b-it-right-rail-advanced__main"><article class="b-it-article">
<div class="b-it-article-header"><a class="c-overline b-it-overline" href="/ireland/">Ireland</a>
<h1 class="c-heading b-it-article-header__headline">${itTitle}</h1>
<h2 class="c-heading b-it-article-header__subheadline">${itSub}</h2></div>
<div class="b-it-article-byline"><div class="b-it-article-byline__authors"><span class="c-attribution"><a class="c-link"
href="/people/aoife-brennan/">Aoife Brennan</a></span><span class="b-it-byline__role">West of Ireland Correspondent</span></div>
<div class="b-it-article-byline__date"><time class="c-date" datetime="2025-11-19T05:45:00Z">Wed Nov 19 2025 - 05:45</time></div></div>
<div class="b-it-article-actions"><button class="c-button b-it-listen" data-audio-id="QF7XK2BHJ5C4NMW3">Listen</button>
<span class="b-it-listen__duration">| 4:52</span><button class="c-button b-it-share" aria-label="Share this article">Share</button>
<button class="c-button b-it-gift">Gift article</button></div>
<figure class="c-media-item b-it-lead-art"><img class="c-image" src="https://www.irishtimes.example/resizer/v2/oyster-trestles.jpg?auth=9f2a&amp;width=1200"
alt="Oyster trestles at low tide" loading="eager"><figcaption class="c-media-item__caption">${itCaption}</figcaption></figure>
<div class="b-it-article-body article-body-wrapper">
${itBody.slice(0, 4).map(itP).join('\n')}
<div class="arcad-feature b-it-inline-ad" data-ad-name="mpu_1"><div class="arcad" id="arcad-mpu-1"></div></div>
${itBody.slice(4).map(itP).join('\n')}
${itPromos.map((t) => `<p class="c-paragraph"><i><a href="/promos/">${t}</a></i></p>`).join('\n')}
</div></article></div>
<aside class="b-it-right-rail-advanced__rail"><section class="b-it-latest"><h2 class="c-heading">Latest Stories</h2>
<ul>${links(itLatest, 'b-it-latest__item')}</ul>
</section><div class="arcad-feature" data-ad-name="rail_1"><div class="arcad"></div></div>
<section class="b-it-most-read"><h2 class="c-heading">Most Read</h2><ol>${links(itMostRead, 'b-it-most-read__item')}</ol></section></aside></main>
<footer class="b-it-footer"><a class="b-it-footer__logo" href="/">The Irish Times</a><ul class="b-it-footer__links">${links(itFoot)}</ul>
<p class="b-it-footer__copyright">© 2025 The Irish Times DAC</p></footer></div>
<script defer src="/pf/dist/engine/react.js?d=2186"></script></body></html>`;
export const irishTimes: TestPage = {
  html: itHtml,
  name: 'heldout29-irish-times-story',
  kind: 'news',
  // the h2 subheadline under the headline is the standfirst: body, not a heading; the story has no section headings;
  // "Aoife Brennan", her title and the date line are bylines; the three italic promo paragraphs at the end of the body
  // container (push alerts, WhatsApp, podcast) are the site's own furniture, not the story; the overline, "Listen" with its
  // duration, share and gift buttons, the lead caption with its photographer, the rails, OneTrust banner, masthead, nav and
  // footer are furniture; the nav's "Ireland" (the overline too) is a word of the body: left out; the footer's "Subscribe"
  // is the masthead's too (listed once)
  title: itTitle,
  headings: [],
  body: [itSub, ...texts(itBody)],
  bylines: ['Aoife Brennan', 'West of Ireland Correspondent', 'Wed Nov 19 2025 - 05:45'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We value your privacy',
    'We and our partners use cookies and similar technologies to run this site, to understand how it is used and to show you personalised advertising.',
    'I Accept', 'Show Purposes', 'Menu', 'Subscribe', 'Sign In', ...itNav.filter((t) => t !== 'Ireland'), 'Listen', '| 4:52', 'Share', 'Gift article',
    itCaption, ...itPromos, 'Latest Stories', ...itLatest, 'Most Read', ...itMostRead, 'The Irish Times',
    ...itFoot.filter((t) => t !== 'Subscribe'), '© 2025 The Irish Times DAC',
  ],
};
