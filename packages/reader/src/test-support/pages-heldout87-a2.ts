import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 87, file a2: a local TV station story on an Arc XP (Fusion) template of a station group (skip link, the
 * weather alert bar, the header nav with "Watch Live", the headline, "By" line with "Published" and "Updated" times, the
 * share buttons, the lead video with its caption, the article body with an inline "RELATED:" promo paragraph, the "download
 * our app" line and the "Copyright ... All rights reserved." line at its end, the tags, the "Latest News" and "Most Read"
 * card lists, the station footer with the public file contact, and the group line).
 */
const tvTitle = 'Millbrook County schools to stagger start times as bus driver shortage deepens';
const tvP1 = [
  'PORT ARDELL, Mo. (WKHN) - Thousands of Millbrook County students will start school at different times starting in January, after ' +
    'the district said it can no longer cover every route with the drivers it has.',
  'The school board voted 5-2 Tuesday night to split the district into three start-time “tiers.” High schools will begin at 7:25 a.m., ' +
    'middle schools at 8:10 a.m. and elementary schools at 8:55 a.m. Right now, every school in the district starts between 7:50 and ' +
    '8:15 a.m.',
  'Transportation director Renee Callaway told the board the district has 61 drivers for 84 routes. Office staff, mechanics and two ' +
    'assistant principals with commercial licenses have been driving routes since August to fill the gaps.',
  '“We have been holding this together with tape,” Callaway said. “Staggering the bells lets one driver run two or three routes in a ' +
    'morning instead of one. It is the only way we get every child to school on time.”',
];
const tvRelated = 'RELATED: District raises bus driver pay to $24 an hour';
const tvP2 = [
  'Several parents spoke against the change during public comment. Many said a 7:25 a.m. start means high school students will be ' +
    'waiting at bus stops in the dark for most of the winter.',
  '“My daughter already gets up at 5:45,” said Port Ardell parent Marcus Delgado. “Now you want her standing on Highway 19 at 6:40 in ' +
    'the morning. I don’t think anybody on this board has tried that.”',
  'Elementary parents raised a different worry: later dismissal. Elementary schools will let out at 3:50 p.m. under the new schedule, ' +
    'which parents said leaves little daylight for after-school activities and pushes pick-up past the end of many work shifts.',
  'Superintendent Dr. Alan Whitfield said the district will extend its before-school program at every elementary building and keep ' +
    'the price the same. He said the board will revisit the schedule in May once it knows how many drivers it has for next year.',
];
const tvP3 = [
  'The district is holding two driver hiring events in December, and it will pay for the commercial license training of anyone ' +
    'hired. Applicants can find details on the district’s website.',
  'The new start times take effect January 6, the first day back after winter break.',
];
const tvApp = 'Click here to download the KHN 9 News app.';
const tvCopy = 'Copyright 2025 WKHN. All rights reserved.';
const tvAlert = ['WEATHER ALERT', 'Frost Advisory until 9 AM Thursday for Millbrook and Carver counties'];
const tvNav = ['News', 'Weather', 'Sports', 'Investigates', 'Community', 'Contests', 'Newsletters', 'Contact Us'];
const tvCaption = 'Parents lined up to speak during Tuesday night’s Millbrook County school board meeting.';
const tvTags = ['Education', 'Millbrook County', 'Local News'];
const tvLatest = [
  'Man charged after early-morning chase ends in Carver Township crash',
  'Port Ardell approves food truck rules for downtown lots',
  'First Alert Forecast: Cold start, milder weekend ahead',
  'High school football: Millbrook North advances to state quarterfinals',
];
const tvMost = [
  'Two hurt when pickup hits house on Elm Street',
  'Restaurant inspections: Three closures in Millbrook County',
  'Sheriff’s office asks for help finding missing 16-year-old',
];
const tvFootNav = ['Terms of Service', 'Privacy Policy', 'EEO Statement', 'FCC Applications', 'Advertising', 'Digital Marketing'];
const tvFootNav2 = ['Closed Captioning/Audio Description', 'Public Inspection File', 'Do Not Sell My Info', 'Submit a News Tip'];
const tvStation = ['WKHN', '1180 Riverside Drive', 'Port Ardell, MO 64402', '(816) 555-0199'];
const tvFile = 'Public File Contact: publicfile@wkhn.example - (816) 555-0142';
const tvGroup = 'A Coastline Local Media Station © 2002-2025 Coastline Television, Inc.';
const tvP = (t: string): string => `<p class="b-article-body__paragraph c-paragraph" data-type="text">${t}</p>`;
const tvCard = (t: string, i: number, cls: string): string => `<div class="c-stack b-card-list__main-item-wrapper ${cls}" data-style-direction="vertical">
<a class="c-link" href="/2025/11/12/story-${cls}-${i}/" aria-hidden="true" tabindex="-1"><img class="c-image" alt="" src="/resizer/${i}.jpg"></a>
<h2 class="c-heading b-card-list__title"><a class="c-link" href="/2025/11/12/story-${cls}-${i}/">${t}</a></h2></div>`;
const tvHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tvTitle}</title><meta name="description" content="Thousands of Millbrook County students will start school at different times.">
<meta property="og:title" content="${tvTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="https://www.wkhn.example">
<meta name="twitter:site" content="@WKHN9"><meta property="article:published_time" content="2025-11-12T22:42:00.000Z">
<link rel="canonical" href="https://www.wkhn.example/2025/11/12/millbrook-county-schools-stagger-start-times-bus-driver-shortage-deepens/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tvTitle}","author":[{"@type":"Person",
"name":"Kayla Brennan"}],"datePublished":"2025-11-12T22:42:00.000Z","dateModified":"2025-11-13T01:15:31.000Z",
"publisher":{"@type":"Organization","name":"WKHN"}}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="coastline-wkhn";Fusion.contextPath="/pf";
Fusion.deployment="1482";Fusion.globalContent={"_id":"7QW2ZK4RJVD3","type":"story","canonical_website":"coastline-wkhn"};</script>
<script async src="https://www.wkhn.example/pf/dist/engine/react.js?d=1482&amp;mxId=00000000"></script>
<link rel="stylesheet" href="https://www.wkhn.example/pf/dist/components/combinations/default.css?d=1482"></head>
<body class="b-article" data-page-type="article"><div id="fusion-app" class="layout-section"><a class="skip-main" href="#main">Skip to content</a>
<div class="b-alert-bar b-alert-bar--weather" role="region" aria-label="Weather Alert"><a class="c-link" href="/weather/alerts/"><span
class="b-alert-bar__label">${tvAlert[0]}</span><span class="b-alert-bar__text">${tvAlert[1]}</span></a></div>
<header class="b-header-nav-chain"><nav id="main-nav" class="b-header-nav-chain__nav" aria-label="Sections Menu"><div class="b-header-nav-chain__top-layout">
<a class="b-header-nav-chain__logo" href="/" title="WKHN home"><img alt="WKHN Logo" src="/pf/resources/images/logo-wkhn.svg?d=1482"></a>
<div class="b-header-nav-chain__links-list"><ul class="links-bar">${links(tvNav, 'links-bar__item')}</ul></div>
<a class="c-button c-button--small b-header-nav-chain__live" href="/livestream/"><span>Watch Live</span></a></div></nav></header>
<main id="main" class="b-single-column-regular__main"><div class="b-single-column-regular__wrapper"><article class="b-article-body__wrapper">
<h1 class="b-headline">${tvTitle}</h1>
<div class="b-byline"><span class="b-byline__by">By</span> <a class="b-byline__author" href="/authors/kayla-brennan/">Kayla Brennan</a></div>
<div class="b-date"><span class="b-date__published">Published: Nov. 12, 2025 at 4:42 PM CST</span><span class="b-date__separator">|</span>
<span class="b-date__updated">Updated: 3 hours ago</span></div>
<div class="b-share-bar"><button class="b-share-bar__button" aria-label="Share on Facebook"></button><button class="b-share-bar__button"
aria-label="Email This Link"></button><button class="b-share-bar__button" aria-label="Share on X (formerly Twitter)"></button></div>
<div class="b-lead-art"><figure class="c-media-item"><div class="b-lead-art__video" data-video-id="a2f1c8">
<video poster="/resizer/board-meeting.jpg" preload="none"></video></div><figcaption class="c-media-item__fig-caption">
<span class="c-media-item__caption">${tvCaption}</span><span class="c-media-item__credit">(WKHN)</span></figcaption></figure></div>
<div class="b-article-body">
${tvP1.map(tvP).join('\n')}
${tvP(`<strong><a href="/2025/09/03/district-raises-bus-driver-pay/">${tvRelated}</a></strong>`)}
${tvP2.map(tvP).join('\n')}
<div class="b-ad-block arcad_feature" data-ad-name="mid-article"><div class="b-ad-block__label">Advertisement</div><div id="arcad_mid-1"></div></div>
${tvP3.map(tvP).join('\n')}
${tvP(`<a href="https://www.wkhn.example/app/">${tvApp}</a>`)}
${tvP(tvCopy)}
</div>
<div class="b-tag-list"><ul class="b-tag-list__list">${links(tvTags, 'b-tag-list__item')}</ul></div></article>
<section class="b-card-list b-card-list--latest"><h2 class="b-card-list__title c-heading">Latest News</h2>
${tvLatest.map((t, i) => tvCard(t, i, 'latest')).join('\n')}</section>
<section class="b-card-list b-card-list--most-read"><h2 class="b-card-list__title c-heading">Most Read</h2>
${tvMost.map((t, i) => tvCard(t, i, 'most-read')).join('\n')}</section></div></main>
<footer class="b-footer"><div class="b-footer__top"><img alt="WKHN" src="/pf/resources/images/logo-wkhn-white.svg?d=1482">
<address class="b-footer__address">${tvStation.map((t) => `<span>${t}</span>`).join('<br>')}</address>
<p class="b-footer__public-file">${tvFile}</p></div><ul class="b-footer__links">${links(tvFootNav, 'b-footer__link')}
${links(tvFootNav2, 'b-footer__link')}</ul><p class="b-footer__copyright">${tvGroup}</p></footer></div>
<script id="fusion-engine-script" type="application/javascript" src="https://www.wkhn.example/pf/dist/engine/react.js?d=1482" defer></script>
</body></html>`;
export const tvStationStory: TestPage = {
  html: tvHtml,
  name: 'heldout87-arcxp-tv-station-news',
  kind: 'news',
  // the dateline "PORT ARDELL, Mo. (WKHN) -" is part of the first paragraph (body); the "RELATED:" promo, the app line and
  // the copyright line inside the article body are furniture
  title: tvTitle,
  headings: [],
  body: texts([...tvP1, ...tvP2, ...tvP3]),
  bylines: ['By Kayla Brennan', 'Published: Nov. 12, 2025 at 4:42 PM CST', 'Updated: 3 hours ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...tvAlert, ...tvNav, 'Watch Live', tvCaption, '(WKHN)', tvRelated, 'Advertisement', tvApp, tvCopy, ...tvTags, 'Latest News',
    ...tvLatest, 'Most Read', ...tvMost, ...tvStation.slice(1), tvFile, ...tvFootNav, ...tvFootNav2, tvGroup,
  ],
};
