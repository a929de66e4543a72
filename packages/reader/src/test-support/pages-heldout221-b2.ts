import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 221, file b2: a county sheriff's office press release on a Drupal 10 county site (the "official website"
 * banner, branding, main menu and the sheriff's department sub-menu, breadcrumbs, the news node with its release date and
 * case number fields, "FOR IMMEDIATE RELEASE" at the top of the body, a photo with caption and credit, the media contact
 * block, "###", news topic tags, the share links, the "Related News" view block, the GovDelivery sign-up block and the
 * footer with the translate widget).
 */
const shTitle = 'Search and Rescue volunteers find missing hiker alive near Copper Ridge after two nights';
const shP = [
  'TAMSIN COUNTY, Ore. – A 67-year-old hiker from Bellmont who had been missing since Saturday afternoon was found alive on Monday ' +
    'morning by Tamsin County Sheriff’s Office Search and Rescue volunteers, about two miles from the Copper Ridge trailhead.',
  'The hiker, Raymond Albers, set out on Saturday to walk the Copper Ridge Loop, a 6.4-mile trail in the Siskin National Forest. ' +
    'His wife called 911 at 8:15 p.m. when he had not returned home and was not answering his phone. Deputies found his car at the ' +
    'trailhead shortly after 9 p.m.',
  'More than 40 Search and Rescue volunteers, two K-9 teams and an Oregon State Police helicopter searched overnight on Saturday and ' +
    'through Sunday in rain and temperatures that fell into the low 40s. At about 7:40 a.m. on Monday, a ground team heard Albers ' +
    'calling for help from a steep drainage below the trail.',
  'Albers told rescuers he had left the trail to take a shortcut back to his car, lost his way as it got dark, and slipped down an ' +
    'embankment, injuring his ankle. He stayed in one place, put on every layer he had with him and sheltered under a fallen tree, ' +
    'which rescuers said likely saved his life.',
  'Volunteers carried Albers about half a mile in a litter to a forest road, where he was handed over to Tamsin Fire District ' +
    'paramedics. He was taken to Bellmont Community Hospital with a broken ankle and mild hypothermia and is expected to recover.',
  '“This is exactly the outcome we train for,” said Sheriff Loretta Haines. “Our Search and Rescue members are volunteers who ' +
    'leave their families and jobs on a weekend to look for a stranger in the rain. I am very proud of them, and I want to thank ' +
    'the Oregon State Police and Tamsin Fire for their help.”',
  'The Sheriff’s Office reminds hikers to:',
];
const shTips = [
  'Tell someone where you are going and when you expect to be back.',
  'Stay on marked trails, especially late in the day.',
  'Carry a headlamp, extra warm layers, water and a fully charged phone.',
  'If you are lost, stay where you are. It is much easier for rescuers to find someone who is not moving.',
];
const shP2 = [
  'Tamsin County Search and Rescue is always looking for new volunteers. Information about joining is available on the Sheriff’s ' + 'Office website.',
];
const shCap = 'Search and Rescue volunteers carry the injured hiker to a forest road on Monday morning.';
const shCredit = 'Photo: Tamsin County Sheriff’s Office';
const shContact = ['Media Contact', 'Sgt. Colin Marsh, Public Information Officer', '541-555-0188', 'pio@tamsincounty.example'];
const shNav = ['Residents', 'Business', 'Government', 'Departments', 'Services', 'Contact'];
const shSub = ['Sheriff’s Office', 'About the Sheriff', 'Patrol', 'Jail', 'Search and Rescue', 'Civil Process', 'News Releases', 'Most Wanted'];
const shCrumbs = ['Home', 'Departments', 'Sheriff’s Office', 'News Releases'];
const shTags = ['Sheriff’s Office', 'Search and Rescue', 'Public Safety'];
const shShare = ['Share this page', 'Facebook', 'X', 'Email', 'Print'];
const shRelated = [
  'Sheriff’s Office warns of phone scam using deputies’ names',
  'Deputies seek information on Highway 38 hit-and-run',
  'Marine patrol to increase presence on Lake Tamsin for holiday weekend',
];
const shRelDates = ['May 28, 2025', 'May 19, 2025', 'May 15, 2025'];
const shGov = ['Stay Informed', 'Sign up to receive Sheriff’s Office news releases and emergency alerts by email or text.', 'Email Address', 'Subscribe'];
const shFoot = ['Accessibility', 'Privacy Policy', 'Public Records Requests', 'Employment', 'Site Map'];
const shAddr = ['Tamsin County Courthouse', '210 W. Main Street, Bellmont, OR 97345', 'Main line: 541-555-0100'];
const shHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Search and Rescue volunteers find missing hiker alive near Copper Ridge after two nights | Tamsin County, Oregon</title>
<meta property="og:type" content="article"><meta property="og:title" content="${shTitle}"><meta name="description" content="A 67-year-old hiker from Bellmont
was found alive.">
<link rel="canonical" href="https://www.tamsincounty.example/sheriff/news/search-and-rescue-volunteers-find-missing-hiker-alive">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${shTitle}",
"datePublished":"2025-06-09T10:30:00-0700",
"publisher":{"@type":"GovernmentOrganization","name":"Tamsin County Sheriff's Office"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3kXb8Ytq2Yc.css?delta=0&amp;language=en&amp;theme=tamsin&amp;include=eJxLz"></head>
<body class="path-node page-node-type-news"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="gov-banner"><p>An official website of Tamsin County, Oregon</p></div>
<header role="banner" class="site-header"><div class="region region-header"><div id="block-tamsin-branding" class="block block-system
block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/tamsin/logo.svg" alt="Home"></a><div class="site-name"><a href="/"
rel="home">Tamsin County</a></div></div>
<div class="views-exposed-form block block-views block-views-exposed-filter-blocksearch-page-1" role="search"><form action="/search" method="get">
<label for="edit-keys" class="visually-hidden">Search</label><input type="text" id="edit-keys" name="keys" placeholder="Search tamsincounty.example">
<input type="submit" value="Search" class="button js-form-submit form-submit"></form></div></div>
<nav role="navigation" aria-labelledby="block-tamsin-main-menu-menu" id="block-tamsin-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-tamsin-main-menu-menu">Main navigation</h2><ul
class="menu">${links(shNav, 'menu-item menu-item--expanded')}</ul></nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">
Breadcrumb</h2><ol>${links(shCrumbs)}</ol></nav></div>
<div class="layout-container"><aside class="layout-sidebar-first" role="complementary"><nav role="navigation" class="block block-menu-block menu--sheriff">
<ul class="menu">${links(shSub, 'menu-item')}</ul></nav></aside>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>
<div id="block-tamsin-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field
field--name-title">${shTitle}</span></h1></div>
<div id="block-tamsin-content" class="block block-system block-system-main-block"><article data-history-node-id="4412" class="node node--type-news
node--view-mode-full">
<div class="node__content"><div class="news-meta"><div class="field field--name-field-release-date field--type-datetime field--label-inline">
<div class="field__label">Release Date</div><div class="field__item"><time datetime="2025-06-09T17:30:00Z">June 9, 2025</time></div></div>
<div class="field field--name-field-case-number field--label-inline"><div class="field__label">Case Number</div><div
class="field__item">25-06113</div></div></div>
<div class="field field--name-field-image field--type-image"><figure class="media-image"><img loading="lazy"
src="/sites/default/files/styles/large/public/2025-06/sar-copper.jpg"
width="1200" height="800" alt="Rescuers carry a litter through forest"><figcaption><span class="caption">${shCap}</span> <span
class="credit">${shCredit}</span></figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p><strong>FOR IMMEDIATE RELEASE</strong></p>
${ps(shP)}
<ul>${shTips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(shP2)}
<p><strong>${shContact[0]}</strong><br>${shContact[1]}<br>${shContact[2]}<br><a href="mailto:${shContact[3]}">${shContact[3]}</a></p>
<p style="text-align:center">###</p></div>
<div class="field field--name-field-news-topics field--type-entity-reference field--label-above"><div class="field__label">News Topics</div>
<div class="field__items">${shTags.map((t) => `<div class="field__item"><a href="/topics/${t.length}" hreflang="en">${t}</a></div>`).join('')}</div></div>
</div></article></div>
<div class="block block-addtoany share-block"><h2 class="block-title">${shShare[0]}</h2><span class="a2a_kit a2a_kit_size_32 addtoany_list">
${shShare
  .slice(1)
  .map((t) => `<a class="a2a_button_${t.toLowerCase()}" href="#"><span class="visually-hidden">${t}</span></a>`)
  .join('')}</span></div>
<div class="views-element-container block block-views block-views-blockrelated-news-block-1"><h2 class="block-title">Related News</h2>
<div class="view view-related-news view-id-related_news"><div class="view-content"><ul>
${shRelated
  .map(
    (t, i) => `<li class="views-row"><span class="views-field-title"><a href="/sheriff/news/${i}">${t}</a></span> <span
class="views-field-created">${shRelDates[i]}</span></li>`,
  )
  .join('\n')}
</ul></div><div class="more-link"><a href="/sheriff/news">All Sheriff’s Office news</a></div></div></div>
<div class="block block-block-content govdelivery-signup"><h2 class="block-title">${shGov[0]}</h2><p>${shGov[1]}</p><form
action="https://public.govdelivery.example/accounts/ORTAMSIN/subscribers/qualify" method="post">
<label for="gd-email">${shGov[2]}</label><input id="gd-email" type="email" name="email"><button
type="submit">${shGov[3]}</button></form></div></div></main></div>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><div class="block footer-contact">${ps(shAddr)}</div>
<nav class="block block-menu menu--footer"><ul class="menu">${links(shFoot)}</ul></nav>
<div id="google_translate_element"><span>Translate this page</span></div><p
class="copyright">© 2025 Tamsin County, Oregon. All rights reserved.</p></div></footer></div>
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4412","isFront":false},"ajaxTrustedUrl":[]}</script>
<script src="/sites/default/files/js/js_Fb2cVh7.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=tamsin"></script></body></html>`;
export const sheriffRelease: TestPage = {
  name: 'heldout221-drupal-sheriff-press-release',
  kind: 'news',
  html: shHtml,
  // "FOR IMMEDIATE RELEASE", the photo caption and credit and "###" are furniture; the media contact block is in neither list;
  // the release date is a byline, the case number field furniture; the inline dateline opens the first paragraph (body)
  title: shTitle,
  headings: [],
  body: texts([...shP, ...shTips, ...shP2]),
  bylines: ['Release Date', 'June 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of Tamsin County, Oregon', 'Tamsin County', 'Search', 'Main navigation', ...shNav, 'Breadcrumb', ...shCrumbs,
    ...shSub, 'Case Number', '25-06113', shCap, shCredit, 'FOR IMMEDIATE RELEASE', '###', 'News Topics', ...shTags, ...shShare, 'Related News', ...shRelated,
    ...shRelDates, 'All Sheriff’s Office news', ...shGov, ...shAddr, ...shFoot, 'Translate this page', '© 2025 Tamsin County, Oregon. All rights reserved.',
  ],
};
