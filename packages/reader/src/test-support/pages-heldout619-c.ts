import { ps, type TestPage } from './page-kit.js';
import { at, j, lis } from './pages-heldout619-kit.js';

/**
 * Held-out batch 619, file c: a dry stone waller's wall repair case study on Squarespace 7.1 (blog item, image block caption,
 * previous / next pagination), and a stone company's sheepfold restoration project on Webflow (CMS project page, fact grid,
 * rich text with figures, more-projects collection list).
 */
const sTitle = 'Case study: rebuilding a bulged roadside wall at Thornsby Bank';
const sBody = [
  j(
    'In March we were called out by the parish council at Thornsby after a stretch of the roadside wall on the bank above the village',
    'began to lean into the lane. A delivery driver had reported stones on the verge, and by the time we arrived a belly of nearly',
    'thirty centimetres had opened over about eleven metres.',
  ),
  'The problem',
  j(
    'Bulges like this almost always start at the bottom. Here the verge had been built up by years of road scrapings, so water',
    'sat against the foundation course and frost slowly pushed the footings outwards. The through stones were still sound, but',
    'the hearting behind the faces had washed out in places and there was nothing left to hold the faces in.',
  ),
  'What we did',
  'We took the wall down to the footings over the whole bulge plus two metres either side, so the new work would tie into sound wall.',
  'Every stone was laid out on the verge in the order it came off, faces up, tops and copes kept apart.',
  'We dug out the silted ground and relaid the footings on a trench of clean crushed stone with a small land drain to the ditch.',
  'The wall went back up with a proper batter, new hearting packed tight by hand and the original through stones at the same two levels.',
  'About a tonne of matching gritstone came from a collapsed field wall on the same estate, with the owner’s permission.',
  'Time and cost',
  j(
    'Two of us spent nine working days on the job, including one lost to snow. The council paid £4,860 including the stone and the',
    'traffic management, against the £11,000 they had been quoted for a mortared replacement.',
  ),
  j(
    'Done well, a dry stone repair like this should stand for another hundred years. The only maintenance we asked for is that',
    'the verge is never built up against the wall again.',
  ),
];
const sNav = ['Walling', 'Repairs', 'Courses', 'Journal', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>${sTitle} — Ridd Walling</title>
<link rel="canonical" href="https://www.riddwalling.co.uk/journal/thornsby-bank-wall-repair"><meta property="og:site_name" content="Ridd Walling">
<meta itemprop="author" content="Ridd Walling"><meta itemprop="datePublished" content="2026-05-11T09:30:00+0100">
<script type="text/javascript" crossorigin="anonymous" defer="defer" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"collection":{"title":"Journal","type":1}};</script>
<script type="application/ld+json">{"url":"https://www.riddwalling.co.uk","name":"Ridd Walling","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1/22/5c5a/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-6640c1" class="header--menu-open blog-item-show collection-type-blog-basic view-item">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="light"><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a><div class="header-inner container--fluid">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">Ridd Walling</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden
class="js-header-burger-close-title visually-hidden">Close Menu</span></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6640c1a2">
<section class="page-section content-collection full-bleed-section collection-type-blog-basic"><div class="content-wrapper"><div class="content">
<div class="blog-basic-grid collection-content-wrapper"><article class="entry blog-item is-loaded"><div class="blog-item-wrapper"><div
class="blog-item-top-wrapper">
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight"
datetime="2026-05-11">May 11</time>
</div><div class="blog-meta-item blog-meta-item--author"><a href="/journal?author=5f2" class="blog-author">Written By Tobias Ridd</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
data-updated-on="1715416200000"
id="item-6640c1a2"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1"><div class="sqs-block-content"><div class="sqs-html-content">
${ps([at(sBody, 0)], ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a2"><div class="sqs-block-content"><div class="image-block-outer-wrapper
layout-caption-below design-layout-inline"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-stretch="false"
data-src="https://images.squarespace-cdn.com/content/v1/bulge.jpg" alt="" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">The bulge in March, seen from the lane</p></div>
</figcaption></figure></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a3"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${at(sBody, 1)}</h2>${ps([at(sBody, 2)], ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${at(sBody, 3)}</h2><ol data-rte-list="default">${lis(
  sBody.slice(4, 9).map(
    (t) => `<p class=""
style="white-space:pre-wrap;">${t}</p>`,
  ),
)}</ol>
<h2 style="white-space:pre-wrap;">${at(sBody, 9)}</h2>${ps(sBody.slice(10), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-a4"><div class="sqs-block-content"><div class="sqs-block-button-container
sqs-block-button-container--center"><a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Ask about a repair</a>
</div></div></div></div></div></div></div>
<footer class="blog-item-author-profile-wrapper"><a href="/journal?author=5f2" class="blog-item-author-profile"><div class="author-name">Tobias Ridd</div>
<div class="author-bio"><p>Tobias is a Master Craftsman of the Dry Stone Walling Association and has walled in the North York Moors since
2009.</p></div></a></footer>
</div><section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic"><a href="/journal/sheep-creep" class="item-pagination-link
item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">A new sheep creep for Hollin Farm</h2></a>
<a href="/journal/frost-and-walls" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">What frost does to a wall</h2></a></section></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="content">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><p>Ridd Walling · Danby, North Yorkshire</p>
<p>© 2026 Ridd Walling</p></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--light">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-cta">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a/scripts/site-bundle.js" type="text/javascript"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout619-squarespace-wall-repair',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [at(sBody, 1), at(sBody, 3), at(sBody, 9)],
  body: sBody.filter((_, i) => ![1, 3, 9].includes(i)),
  bylines: ['May 11', 'Written By Tobias Ridd', 'Tobias Ridd'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Ridd Walling', ...sNav, 'The bulge in March, seen from the lane', 'Ask about a repair',
    'Tobias is a Master Craftsman of the Dry Stone Walling Association and has walled in the North York Moors since 2009.', 'Previous',
    'A new sheep creep for Hollin Farm', 'Next', 'What frost does to a wall', 'Ridd Walling · Danby, North Yorkshire', '© 2026 Ridd Walling',
    'This site uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

const wTitle = 'Restoring the washfold at Harrow Gill';
const wFacts = [
  'Client',
  'Skelbeck Commoners’ Association',
  'Location',
  'Harrow Gill, Upper Skelbeckdale',
  'Completed',
  'August 2026',
  'Stone',
  'Local limestone',
];
const wBody = [
  j(
    'The washfold at Harrow Gill was built in the 1820s so that commoners could wash their sheep in the beck before clipping. It is a',
    'round pen of about twelve metres across with a walled channel leading down to a dammed pool, and it had been falling down for',
    'fifty years.',
  ),
  'What was left',
  j(
    'About a third of the pen wall still stood to full height. The rest had fallen into the beck or been robbed for a field barn in',
    'the 1970s, and the channel walls were buried under turf and rush. Nobody had washed sheep here since the war.',
  ),
  'How we rebuilt it',
  j(
    'We surveyed the standing wall first and took its batter, height and coping pattern as the model for the rebuild. The footings',
    'of the missing sections were still in the ground, so the line of the fold did not have to be guessed.',
  ),
  j(
    'Fallen stone was lifted out of the beck by hand, since the site is a scheduled monument and no machine could cross the ford.',
    'We were short by roughly eight tonnes, which came from an estate quarry two miles down the dale and was carried up by tractor',
    'and trailer in the dry spell at the end of June.',
  ),
  j(
    'The sheep creep at the foot of the channel was rebuilt with its original lintel, which we found face down in the pool. The',
    'dam was left as it was, on the advice of the river trust, so the pool fills only in winter.',
  ),
  'The result',
  j(
    'The fold took a team of four eleven weeks. In September the commoners gathered the fell flock through it for the first time in',
    'living memory, and the association plans to hold a washing day there next June for visitors and schools.',
  ),
];
const wNav = ['Projects', 'Services', 'Training', 'About', 'Contact'];
const wMore = ['Field barn gable, Cotescue', 'Boundary wall survey, Ravenscar Estate', 'Lime kiln consolidation, Deepdale'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Sep 22 2026 10:12:41 GMT+0000 -->
<html data-wf-domain="www.garrowstone.co.uk" data-wf-page="66f0b2a4c1d9e3" data-wf-site="64e1a7b3f9c2" lang="en" data-wf-collection="64e1a7b3f9c7"
data-wf-item-slug="harrow-gill-washfold"><head><meta charset="utf-8"><title>${wTitle} | Garrow Dry Stone</title>
<meta content="How we rebuilt a scheduled washfold in Upper Skelbeckdale." name="description"><meta content="width=device-width, initial-scale=1"
name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/64e1a7b3f9c2/css/garrow-stone.webflow.shared.9a8b7c.min.css"
rel="stylesheet"
type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/64e1a7b3f9c2/logo.svg" loading="lazy" alt="Garrow
Dry Stone"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-project-hero"><div class="container-large"><a href="/projects" class="back-link">← All projects</a>
<h1 class="heading-project">${wTitle}</h1><div class="project-meta-grid w-layout-grid">
${[0, 2, 4, 6]
  .map(
    (i) => `<div class="project-meta-item"><div class="project-meta-label">${at(wFacts, i)}</div><div
class="project-meta-value">${at(wFacts, i + 1)}</div></div>`,
  )
  .join('\n')}
</div></div></section><img src="https://assets-global.website-files.com/64e1a7b3f9c2/washfold-hero.jpg" loading="lazy" alt="" class="project-hero-image">
<section class="section-project-body"><div class="container-small"><div class="rich-text-project w-richtext">
${ps([at(wBody, 0)])}<h2>${at(wBody, 1)}</h2>${ps([at(wBody, 2)])}
<figure style="max-width:1200pt" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://assets-global.website-files.com/64e1a7b3f9c2/fold-before.jpg"
loading="lazy" alt=""></div><figcaption>The fold in April 2026, looking down the channel to the beck</figcaption></figure>
<h2>${at(wBody, 3)}</h2>${ps(wBody.slice(4, 7))}<h2>${at(wBody, 7)}</h2>${ps([at(wBody, 8)])}</div></div></section>
<section class="section-cta"><div class="container-large"><h2 class="heading-cta">Have a wall or a fold that needs work?</h2>
<p class="paragraph-cta">We survey, repair and rebuild across the Dales and the Moors.</p><a href="/contact" class="button
w-button">Get in touch</a></div></section>
<section class="section-more-projects"><div class="container-large"><h3 class="heading-more">More projects</h3><div class="w-dyn-list"><div role="list"
class="more-grid w-dyn-items">
${wMore
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="#" class="project-card w-inline-block"><div
class="project-card-title">${t}</div></a></div>`,
  )
  .join('\n')}
</div></div></div></section>
<footer class="footer"><div class="container-large"><div class="footer-grid"><div class="footer-text">Garrow Dry Stone Ltd, Mill Yard, Reeth, DL11 6SX</div>
<div class="footer-text">Registered in England No. 11840027</div><a href="/privacy" class="footer-link">Privacy</a></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64e1a7b3f9c2" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/64e1a7b3f9c2/js/webflow.5f2e1a.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout619-webflow-washfold-project',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [at(wBody, 1), at(wBody, 3), at(wBody, 7)],
  body: wBody.filter((_, i) => ![1, 3, 7].includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav.filter((t) => t !== 'About'), '← All projects', ...wFacts.filter((t) => t !== 'Stone'),
    'The fold in April 2026, looking down the channel to the beck', 'Have a wall or a fold that needs work?',
    'We survey, repair and rebuild across the Dales and the Moors.', 'Get in touch', 'More projects', ...wMore,
    'Garrow Dry Stone Ltd, Mill Yard, Reeth, DL11 6SX', 'Registered in England No. 11840027', 'Privacy',
  ],
};

export const HELDOUT619_C: readonly TestPage[] = [squarespace, webflow];
