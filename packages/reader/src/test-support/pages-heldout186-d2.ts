import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 186, file d2: a university department news story on a Drupal site (Civic Cookie Control banner, skip
 * link, the university's utility bar and the department's main menu, the breadcrumb, the h1, date and author line, the
 * lead image with caption and credit, the story with a pull quote and an in-text "Find out more" box, the media contact
 * block, the share links, tags, the "Related news" sidebar and the university footer with address and legal links).
 */
const unTitle = 'Earth sciences students map a hidden fault beneath the Marrick estuary';
const unDek = 'A final-year field project has produced the first detailed picture of a fault that may have shaped the estuary’s coastline.';
const unP = [
  'A group of eight undergraduate students from the Department of Earth Sciences has mapped a previously unrecorded fault ' +
    'running beneath the Marrick estuary, using equipment they carried across mudflats at low tide.',
  'The students spent three weeks last autumn collecting seismic and ground-penetrating radar data along six lines crossing the ' +
    'estuary. The work formed their final-year independent field project, supervised by Dr Olwen Pritchard and technician Marcus Dale.',
  'When they processed the data back on campus, the students noticed that layers of sediment on the northern side of the estuary ' +
    'sat almost four metres lower than matching layers to the south. The offset lined up across all six survey lines, pointing to ' +
    'a fault running roughly east to west for at least 2.5 kilometres.',
  '“At first we assumed we had made a mistake in the processing,” said student Priya Chandran. “We went through it three times ' +
    'before we believed it. Then we realised we had found something nobody had drawn on a map before.”',
  'Dr Pritchard said the fault was probably not active today, but that it may help explain why the estuary takes such a sharp ' +
    'turn near Holm Point, a feature that has puzzled geologists for decades.',
];
const unQuote = 'It is rare for an undergraduate project to change the geological map. This group did exactly that.';
const unP2 = [
  'The Northern Geological Survey has asked for a copy of the data, and the students are preparing a short paper with their ' +
    'supervisors for submission to a regional geology journal this summer.',
  'Fieldwork in the estuary is not easy. The team had to work within a four-hour window around each low tide and move heavy ' +
    'equipment on boards to avoid sinking into the mud. “We learned a lot about planning,” said student Tom Okereke. “And about ' +
    'how quickly the tide comes in.”',
  'The department has run independent field projects for final-year students since 2011. Head of department Professor Ewan Lockhart ' +
    'said the estuary project showed the value of giving students real questions to answer.',
  'The students will present their findings at the department’s open research afternoon on 24 April, which is free and open to the public.',
];
const unUtility = ['Study', 'Research', 'Business', 'About', 'Students', 'Staff', 'Alumni', 'Give'];
const unMenu = ['Home', 'Undergraduate', 'Postgraduate', 'Research', 'People', 'News and events', 'Contact'];
const unCaption = 'Students carry radar equipment across the mudflats at low tide near Holm Point.';
const unCredit = 'Photo: Marcus Dale';
const unMore = ['Find out more', 'BSc Geology with Fieldwork', 'Open research afternoon, 24 April'];
const unContact = ['Media contact', 'Communications Office', 'press@harrowgate.example', '+44 (0)1632 960 118'];
const unShare = ['Share this page', 'Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Share by email'];
const unTags = ['Tags:', 'Fieldwork', 'Undergraduate', 'Geophysics'];
const unRelated = [
  ['Volcanic glass reveals timing of ancient eruptions', '12 February 2026'],
  ['Department wins teaching award for virtual field trips', '28 January 2026'],
  ['New seismometer network goes live across the county', '9 December 2025'],
];
const unFoot = ['Accessibility', 'Freedom of information', 'Privacy notice', 'Cookie policy', 'Modern slavery statement', 'Terms of use', 'Jobs'];
const unCookie =
  'We use some essential cookies to make this website work. We’d like to set additional cookies to understand how you use the ' +
  'site and to improve our services.';
const unHtml = `<!DOCTYPE html>
<html lang="en-GB" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${unTitle} | Department of Earth Sciences | University of Harrowgate</title>
<meta name="description" content="${unDek}"><link rel="canonical" href="https://www.harrowgate.example/earth-sciences/news/hidden-fault-marrick-estuary">
<meta property="og:title" content="${unTitle}"><meta property="og:type" content="article"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${unTitle}","datePublished":"2026-03-16",
"author":{"@type":"Person","name":"Rhiannon Vale"},"publisher":{"@type":"CollegeOrUniversity","name":"University of Harrowgate"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xa81k.css">
<script src="https://cc.cdn.civiccomputing.example/9/cookieControl-9.x.min.js"></script>
</head>
<body class="path-node page-node-type-news"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header class="uh-header" role="banner">
<div class="uh-utility"><a class="uh-logo" href="https://www.harrowgate.example/"><img src="/themes/custom/uh/logo.svg" alt="University of Harrowgate"></a>
<nav aria-label="University"><ul class="menu menu--utility">${links(unUtility, 'menu-item')}</ul></nav>
<form class="search-block-form" role="search"><label for="edit-keys" class="visually-hidden">Search</label><input id="edit-keys" type="search">
<input type="submit" value="Search" class="button"></form></div>
<div class="uh-site-name"><a href="/earth-sciences">Department of Earth Sciences</a></div>
<nav role="navigation" aria-labelledby="block-dept-main-menu" id="block-dept-main"><h2 class="visually-hidden" id="block-dept-main-menu">Main navigation</h2>
<ul class="menu menu--main">${links(unMenu, 'menu-item')}</ul></nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">University of Harrowgate</a></li><li><a href="/earth-sciences">Earth Sciences</a></li>
<li><a href="/earth-sciences/news">News and events</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<article data-history-node-id="18842" role="article" class="node node--type-news node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">${unTitle}</span></h1>
<div class="node__meta"><span class="field--name-field-news-date"><time datetime="2026-03-16T09:00:00Z">16 March 2026</time></span>
<span class="field--name-field-author">By Rhiannon Vale, Communications Officer</span></div>
<div class="field field--name-field-summary"><p class="lead">${unDek}</p></div>
<div class="field field--name-field-image"><figure class="media media--type-image"><img src="/sites/default/files/styles/hero/public/2026-03/mudflats.jpg"
alt="Students on mudflats with radar equipment"><figcaption><span class="caption">${unCaption}</span> <span class="credit">${unCredit}</span></figcaption>
</figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
${unP.map((p) => `<p>${p}</p>`).join('\n')}
<blockquote class="pull-quote"><p>${unQuote}</p><footer>— Professor Ewan Lockhart, Head of Department</footer></blockquote>
${unP2
  .slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<aside class="inline-box"><h3>${unMore[0]}</h3><ul>${links(unMore.slice(1))}</ul></aside>
${unP2
  .slice(2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</div>
<div class="field field--name-field-media-contact"><h2>${unContact[0]}</h2><p>${unContact[1]}</p><p><a href="mailto:${unContact[2]}">${unContact[2]}</a></p>
<p>${unContact[3]}</p></div>
<div class="share-links"><h2 class="visually-hidden">${unShare[0]}</h2><ul>${links(unShare.slice(1))}</ul></div>
<div class="field field--name-field-tags"><div class="field__label">${unTags[0]}</div>
<ul class="field__items">${links(unTags.slice(1), 'field__item')}</ul></div>
</article></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="views-element-container block-related-news"><h2>Related news</h2>
<div class="view-content">${unRelated
  .map(([t, d]) => `<div class="views-row"><h3><a href="/news/${(t as string).length}">${t}</a></h3><time>${d}</time></div>`)
  .join('\n')}</div><a href="/earth-sciences/news" class="more-link">All department news</a></div></aside></main>
<footer class="uh-footer" role="contentinfo"><div class="uh-footer__address"><p>University of Harrowgate</p><p>Harrowgate HG4 7TQ</p>
<p>Registered charity number 1140028</p></div><ul class="menu menu--footer">${links(unFoot)}</ul>
<p class="copyright">© University of Harrowgate 2026</p></footer></div>
<div id="ccc" role="region" aria-label="Cookie Control"><div id="ccc-notify" class="ccc-notify__top"><h3>This site uses cookies</h3>
<p>${unCookie}</p><button id="ccc-notify-accept">Accept Recommended Settings</button><button id="ccc-notify-reject">Reject All</button>
<button class="ccc-notify-link">Cookie Preferences</button></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script></body></html>`;
export const departmentNews: TestPage = {
  html: unHtml,
  name: 'heldout186-university-department-news',
  kind: 'news',
  // the lead (summary field) is a dek: body; the pull quote is a quote from the story: body (its attribution line in
  // neither list); the in-text "Find out more" box, caption, credit, media contact, share links, tags, related news,
  // footer and cookie banner are furniture
  title: unTitle,
  headings: [],
  body: [unDek, ...unP, unQuote, ...unP2],
  bylines: ['16 March 2026', 'By Rhiannon Vale, Communications Officer'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...unUtility, 'Department of Earth Sciences', 'Main navigation', ...unMenu, 'Breadcrumb', 'University of Harrowgate',
    'Earth Sciences', unCaption, unCredit, ...unMore, ...unContact, ...unShare, ...unTags, 'Related news', ...unRelated.flat(), 'All department news',
    'Harrowgate HG4 7TQ', 'Registered charity number 1140028', ...unFoot, '© University of Harrowgate 2026', 'This site uses cookies', unCookie,
    'Accept Recommended Settings', 'Reject All', 'Cookie Preferences',
  ],
};
