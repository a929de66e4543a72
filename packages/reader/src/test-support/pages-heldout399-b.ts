import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout399-kit.js';

/**
 * Held-out batch 399, file b: a Parks Canada-style "Plan your visit" page on the Canada.ca (GCWeb / WET) template (language
 * toggle, search, breadcrumbs, the on-this-page list, a fees table, "Report a problem", "Date modified" and the main footer),
 * and a ranger's blog post on a WordPress Astra theme (post meta, categories, share buttons, author box, comments, sidebar).
 */
const pTitle = 'Plan your visit to Kestrel Lakes National Park';
const pIntro = [
  j(
    'Kestrel Lakes sits on the edge of the boreal shield, four hours north of the nearest city. Most people come for the chain of',
    'clear lakes and the canoe routes that link them, but the park is also a good place to see moose, loons and, with luck, wolves.',
  ),
];
const pGetting = [
  j(
    'Highway 611 runs through the park from the south gate at Birch Narrows to the north gate at Tamarack Bay. There is no public',
    'transit. The nearest fuel and groceries are in Fallon Crossing, 35 km south of the park.',
  ),
  j(
    'Cell service is patchy north of Birch Narrows and absent on most of the canoe routes. Pick up a printed map at the park',
    'office, and leave a trip plan with someone at home if you are heading into the backcountry.',
  ),
];
const pWhen = [
  j(
    'The park is open all year, but most services run from the Victoria Day long weekend to Thanksgiving. July and August are the',
    'busiest months; campgrounds fill on weekends, so reserve early. September brings fewer insects, fall colours and quieter lakes.',
  ),
  'In winter, the Birch Narrows day-use area stays open for skiing and snowshoeing. Roads beyond it are not plowed.',
];
const pFees = ['Adult (18 to 64)', '$9.00', '$45.00', 'Senior (65 and over)', '$7.75', '$39.00', 'Family or group (up to 7 people)', '$18.00', '$90.00'];
const pStay = [
  'Frontcountry camping at Birch Narrows and Tamarack Bay, with showers and electrical sites.',
  'Backcountry canoe campsites on the Loon Chain, booked by route.',
  'Six oTENTik cabin-tents at Tamarack Bay, open from June to September.',
];
const pSafety = [
  j(
    'Black bears live throughout the park. Store food, garbage and anything with a scent in the lockers provided or in your vehicle.',
    'Cold water is the greatest hazard on the lakes: wear a lifejacket, and stay close to shore when wind picks up in the afternoon.',
  ),
  'Wildfire risk can rise quickly in dry summers. Check the fire danger rating at the gate and obey any fire bans posted.',
];
const pToc = ['Getting here', 'When to visit', 'Fees', 'Where to stay', 'Safety'];
const pCrumbs = ['Canada.ca', 'Parks Canada', 'National parks', 'Kestrel Lakes National Park'];
const pFoot1 = ['All contacts', 'Departments and agencies', 'About government'];
const pFoot2 = ['Jobs', 'Immigration and citizenship', 'Travel and tourism', 'Business', 'Benefits', 'Health', 'Taxes'];
const pFoot3 = ['Social media', 'Mobile applications', 'About Canada.ca', 'Terms and conditions', 'Privacy'];
const pHtml = `<!DOCTYPE html><!--[if lt IE 9]><html class="no-js lt-ie9" lang="en" dir="ltr"><![endif]-->
<html class="no-js" lang="en" dir="ltr"><head><meta charset="utf-8"><title>${pTitle} - Parks Canada</title>
<meta content="width=device-width,initial-scale=1" name="viewport"><meta name="dcterms.title" content="${pTitle}">
<meta name="dcterms.creator" content="Parks Canada"><meta name="dcterms.modified" title="W3CDTF" content="2026-04-02">
<link rel="stylesheet" href="https://www.canada.ca/etc/designs/canada/wet-boew/css/theme.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"Parks Canada"}</script>
<script>var adobeDataLayer = adobeDataLayer || []; adobeDataLayer.push({"event":"pageLoad","page":{"title":"Plan your visit"}});</script></head>
<body vocab="http://schema.org/" typeof="WebPage"><nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li>
<li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>
<header><div id="wb-bnr" class="container"><section id="wb-lng"><h2 class="wb-inv">Language selection</h2><ul class="list-inline">
<li><a lang="fr" hreflang="fr" href="/fr/pn-np/kestrel/visit"><span class="hidden-xs">Français</span></a></li></ul></section>
<div class="row"><div class="brand col-xs-9"><a href="https://www.canada.ca/en.html"><span class="wb-inv">Government of Canada</span></a></div>
<section id="wb-srch" class="col-lg-offset-4 col-md-offset-4 col-sm-offset-2 col-xs-12 col-sm-5 col-md-4"><h2>Search</h2>
<form role="search"><input id="wb-srch-q" type="search" placeholder="Search Parks Canada"></form></section></div></div>
<nav id="wb-bc" property="breadcrumb"><h2>You are here:</h2><div class="container"><ol class="breadcrumb">${links(pCrumbs)}</ol></div></nav></header>
<main property="mainContentOfPage" resource="#wb-main" class="container" typeof="WebPageElement">
<h1 property="name" id="wb-cont">${pTitle}</h1>
<section class="alert alert-warning"><h2 class="h3">Important bulletin</h2><p>Tamarack Bay boat launch closed for repairs until June 30.</p></section>
${ps(pIntro)}
<section class="panel panel-default mrgn-tp-md"><header class="panel-heading"><h2 class="panel-title">On this page</h2></header>
<div class="panel-body"><ul>${pToc.map((t, i) => `<li><a href="#s${i}">${t}</a></li>`).join('\n')}</ul></div></section>
<h2 id="s0">Getting here</h2>
${ps(pGetting)}
<h2 id="s1">When to visit</h2>
${ps(pWhen)}
<h2 id="s2">Fees</h2>
<table class="table table-striped"><caption class="wb-inv">Daily and annual entry fees</caption><thead><tr><th>Visitor</th><th>Daily</th>
<th>Annual</th></tr></thead><tbody>
${[0, 3, 6].map((i) => `<tr><td>${pFees[i]}</td><td>${pFees[i + 1]}</td><td>${pFees[i + 2]}</td></tr>`).join('\n')}
</tbody></table>
<h2 id="s3">Where to stay</h2><ul>${lis(pStay)}</ul>
<figure class="mrgn-bttm-md"><img class="img-responsive" src="/pn-np/kestrel/img/otentik.jpg" alt="">
<figcaption>oTENTik cabin-tents at Tamarack Bay. Photo: Parks Canada / R. Beaulieu</figcaption></figure>
<h2 id="s4">Safety</h2>
${ps(pSafety)}
<section class="pagedetails"><h2 class="wb-inv">Page details</h2><div class="row"><div class="col-sm-6 col-md-5 col-lg-4">
<a class="btn btn-default btn-block" href="/en/report-problem">Report a problem or mistake on this page</a></div></div>
<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">2026-04-02</time></dd></dl></section></main>
<footer id="wb-info"><div class="gc-contextual"><div class="container"><h3>Parks Canada</h3>
<ul class="list-col-xs-1 list-col-sm-2 list-col-md-3">${links(['Contact Parks Canada', 'Reservations', 'Passes and fees'])}</ul></div></div>
<div class="gc-main-footer"><div class="container"><h3>Government of Canada</h3><ul>${links(pFoot1)}</ul>
<ul class="list-unstyled">${links(pFoot2)}</ul></div></div>
<div class="gc-sub-footer"><div class="container"><h2 class="wb-inv">About this site</h2><ul>${links(pFoot3)}</ul></div></div></footer>
<script src="https://www.canada.ca/etc/designs/canada/wet-boew/js/wet-boew.min.js"></script></body></html>`;
const parksCa: TestPage = {
  name: 'heldout399-canada-gcweb-plan-visit-docs',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pToc,
  body: texts([...pIntro, ...pGetting, ...pWhen, ...pFees, ...pStay, ...pSafety]),
  bylines: ['2026-04-02'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to "About government"', 'Language selection', 'Français', 'Government of Canada', 'Search', 'You are here:',
    ...pCrumbs.slice(1, 3), 'Important bulletin', 'Tamarack Bay boat launch closed for repairs until June 30.', 'On this page',
    'Daily and annual entry fees', 'Visitor', 'Daily', 'Annual', 'oTENTik cabin-tents at Tamarack Bay. Photo: Parks Canada / R. Beaulieu',
    'Page details', 'Report a problem or mistake on this page', 'Date modified:', 'Contact Parks Canada', 'Reservations', 'Passes and fees',
    ...pFoot1, ...pFoot2, 'About this site', ...pFoot3,
  ],
};

const rTitle = 'Notes from the Osprey Point patrol: a week of firsts';
const rBody = [
  j(
    'Every spring there is one week when the whole reserve seems to wake up at once, and this year it came in the second week of April.',
    'I have been doing the early patrol at Osprey Point for eleven seasons now, and I still cannot predict it. One day the estuary is',
    'grey and empty; the next, it is loud with calls.',
  ),
  j(
    'On Monday the first sand martins were back over the quarry pool, hawking low over the water in the cold wind. By Wednesday there',
    'were perhaps forty of them, and a pair were already inspecting the artificial bank we built with the volunteers last autumn.',
  ),
  'The big news of the week, though, was the ospreys.',
  j(
    'Our male, ringed blue 7K, arrived on Thursday at about ten past seven in the morning. I was on the causeway with a flask of tea',
    'when he came in low from the south, circled the nest platform twice and landed as if he had never been away. He has now been',
    'coming back to Osprey Point for six years.',
  ),
  j(
    'There is still no sign of the female. She usually arrives a week or so after him, so we are not worried yet, but the whole team',
    'has started checking the nest camera far more often than is strictly necessary.',
  ),
  j(
    'Not everything was good news. On Friday we found a section of the saltmarsh fence cut, and tyre tracks across the upper marsh',
    'where the redshank nest. We have reported it to the police and will be doing extra evening patrols. If you see vehicles on the',
    'marsh, please do not approach them; call the reserve office instead.',
  ),
  'A few things to look out for if you come down in the coming weeks:',
  'Wheatears on the shingle ridge, especially early in the morning.',
  'Sandwich terns fishing in the channel at high tide.',
  'The first common lizards basking on the boardwalk edges on sunny afternoons.',
  j(
    'As ever, thank you to everyone who sends in their records. They really do help us to build a picture of how the reserve is',
    'changing year to year. See you on the causeway.',
  ),
];
const rQuote = 'He came in low from the south, circled the nest platform twice and landed as if he had never been away.';
const rNav = ['Home', 'About the reserve', 'Ranger diary', 'Sightings', 'Visit', 'Contact'];
const rCats = ['Ranger diary', 'Birds'];
const rTags = ['osprey watch', 'patrol log', 'spring migration'];
const rRecent = ['Clearing the sluice: a muddy morning', 'Why we cut the reeds in rotation', 'The winter wader count in numbers'];
const rComments = [
  'Lovely to read this. We saw 7K fishing off the causeway on Saturday. Fingers crossed for the female!',
  'Sorry to hear about the fence. Will keep an eye out when we walk the dog on the sea wall.',
];
const rHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rTitle} &#8211; Osprey Point Nature Reserve</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css" href="https://ospreypoint.example/wp-content/themes/astra/assets/css/minified/main.min.css" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting",
"headline":"${rTitle}","datePublished":"2026-04-14T18:20:00+01:00","author":{"@type":"Person","name":"Morwenna Tull"}}]}</script>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_top":"1"};</script></head>
<body class="post-template-default single single-post postid-2231 single-format-standard ast-desktop ast-separate-container ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a><div class="hfeed site" id="page">
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead"><div class="main-header-bar-wrap">
<div class="site-branding"><span class="site-title"><a href="/" rel="home">Osprey Point Nature Reserve</a></span>
<p class="site-description">Ranger news from the estuary</p></div>
<nav id="primary-site-navigation" class="site-navigation ast-flex-grow-1 navigation-accessibility"><ul id="primary-menu" class="main-header-menu">
${links(rNav, 'menu-item menu-item-type-post_type')}</ul></nav></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2231 post type-post status-publish format-standard has-post-thumbnail hentry category-ranger-diary ast-article-single" id="post-2231">
<div class="ast-post-format- ast-no-thumb single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${rTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author"><a class="url fn n" href="/author/mtull/">Morwenna Tull</a></span> /
<span class="posted-on"><span class="published" itemprop="datePublished">April 14, 2026</span></span> / <span class="cat-links">
${rCats.map((c) => `<a href="/category/${c.toLowerCase().replace(' ', '-')}/" rel="category tag">${c}</a>`).join(', ')}</span></div></header>
<div class="post-thumb-img-content post-thumb"><img width="1024" height="683" src="/wp-content/uploads/2026/04/osprey-7k.jpg" class="wp-post-image" alt="">
</div><div class="entry-content clear" itemprop="text">
${ps(rBody.slice(0, 3))}
${ps(rBody.slice(3, 5))}
<figure class="wp-block-pullquote"><blockquote><p>${rQuote}</p><cite>From the patrol log, 10 April</cite></blockquote></figure>
${ps(rBody.slice(5, 7))}
<ul class="wp-block-list">${lis(rBody.slice(7, 10))}</ul>
${ps(rBody.slice(10))}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>${links(['Facebook', 'X', 'Email', 'Print'], 'share-item')}</ul></div>
</div><footer class="entry-footer"><span class="tags-links">Tagged ${rTags.map((t) => `<a href="/tag/${t}/" rel="tag">${t}</a>`).join(', ')}</span>
</footer></div></article>
<div class="ast-single-author-box"><div class="ast-author-details"><h2 class="about-author-title-wrapper">About the author</h2>
<p class="ast-author-bio">Morwenna is the senior ranger at Osprey Point and has been watching its ospreys since the first pair nested in 2014.</p></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/2026/04/07/sluice/" rel="prev">
<span class="ast-left-arrow">←</span> Previous Post</a></div><div class="nav-next"><a href="/2026/04/21/" rel="next">Next Post</a></div></div></nav>
<div id="comments" class="comments-area"><h3 class="comments-title">2 thoughts on “Notes from the Osprey Point patrol”</h3><ol class="ast-comment-list">
${rComments
  .map(
    (c, i) => `<li class="comment"><article class="ast-comment"><header class="ast-comment-meta"><div class="ast-comment-cite-wrap">
<cite><b class="fn">${['Gail Pennock', 'Dev Rathore'][i]}</b></cite></div><div class="ast-comment-time">April ${15 + i}, 2026 at 9:0${i} am</div></header>
<section class="ast-comment-content comment"><p>${c}</p></section><div class="ast-comment-edit-reply-wrap"><a class="comment-reply-link"
href="#respond">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p></div></div></main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><aside class="widget widget_search"><form role="search">
<input type="search" placeholder="Search &hellip;"></form></aside>
<aside class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(rRecent)}</ul></aside>
<aside class="widget widget_text"><h2 class="widget-title">Opening times</h2><div class="textwidget"><p>Car park and hides: dawn to dusk, every day.</p>
</div></aside></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-footer-copyright">
<p>Copyright © 2026 Osprey Point Nature Reserve | Powered by Astra WordPress Theme</p></div></div></footer></div>
<script src="https://ospreypoint.example/wp-content/themes/astra/assets/js/minified/frontend.min.js" id="astra-theme-js-js"></script></body></html>`;
const ranger: TestPage = {
  name: 'heldout399-wordpress-astra-ranger-blog',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts([...rBody.slice(0, 5), rQuote, ...rBody.slice(5)]),
  bylines: ['Morwenna Tull', 'April 14, 2026', 'Gail Pennock', 'April 15, 2026 at 9:00 am', 'Dev Rathore', 'April 16, 2026 at 9:01 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Osprey Point Nature Reserve', 'Ranger news from the estuary', ...rNav, 'Birds', 'From the patrol log, 10 April',
    'Share this:', 'Facebook', 'Email', 'Print', 'Tagged', ...rTags, 'About the author',
    'Morwenna is the senior ranger at Osprey Point and has been watching its ospreys since the first pair nested in 2014.', 'Previous Post',
    'Next Post', '2 thoughts on “Notes from the Osprey Point patrol”', ...rComments, 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Recent Posts', ...rRecent, 'Opening times',
    'Car park and hides: dawn to dusk, every day.', 'Copyright © 2026 Osprey Point Nature Reserve | Powered by Astra WordPress Theme',
  ],
};

export const HELDOUT399_B: readonly TestPage[] = [parksCa, ranger];
