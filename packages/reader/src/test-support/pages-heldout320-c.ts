import { links, ps, type TestPage, texts } from './page-kit.js';
import { msl } from './pages-heldout320-c2.js';
import { j } from './pages-heldout320-kit.js';

/**
 * Held-out batch 320, file c: a university press release on Adobe Experience Manager core components (aem-Grid columns,
 * cmp-breadcrumb, cmp-title, cmp-text, cmp-image with its title caption, a byline text component with date and author, the
 * share list, a "Media contact" teaser, "More news" list component, the OneTrust banner and a footer experience fragment)
 * and, from file c2, a students' union news story on the MSL platform.
 */
const pTitle = 'Brightwater engineers turn old wind turbine blades into footbridge decks';
const pBody = [
  j(
    'A team of civil engineers at Brightwater University has built the first footbridge in the state whose deck is made from',
    'sections of retired wind turbine blades. The 14-metre bridge opened last week on the Fenwick Greenway, where it carries',
    'walkers and cyclists over a drainage channel that floods most winters.',
  ),
  j(
    'Turbine blades are built from glass fibre and resin to survive decades of wind and weather, which also makes them hard to',
    'recycle. Most retired blades are cut up and sent to landfill. The Brightwater team, led by Professor Adaeze Kolawole,',
    'spent three years testing whether the same toughness could be put to use in small structures.',
  ),
  j(
    '"A blade is essentially a very long, very strong beam that nobody wants anymore," Kolawole said. "We asked what it would',
    'take to trust one in a bridge, and the answer turned out to be careful cutting, a lot of load testing and a good bolted',
    'connection at each end."',
  ),
  j(
    "The team cut two 20-metre blade sections into curved panels and load-tested them in the university's structures",
    'laboratory to five times the weight the bridge is designed to carry. The panels sit on a steel frame and are topped with',
    'a non-slip surface made partly from recycled tyres.',
  ),
  j(
    'Fenwick County provided the site and the permits, and a regional wind farm operator donated the blades, which had come',
    'down during a repowering project in 2024. The county will inspect the bridge every six months for the first three years,',
    'and the university has installed strain gauges that send readings to the laboratory every hour.',
  ),
  j(
    '"Our graduate students did the cutting, the testing and much of the installation," said Dr. Ravi Santangelo, a research',
    'engineer on the project. "Several of them have already had calls from other counties asking whether we could do the same',
    'over their creeks."',
  ),
  j(
    "The project was funded by a 1.2 million dollar grant from the state Department of Transportation's innovation program.",
    'The team is now working on a design guide that local governments could use to build similar bridges up to 20 metres long,',
    'and expects to publish it next spring.',
  ),
];
const pNav = ['Academics', 'Admissions', 'Research', 'Campus Life', 'Athletics', 'About'];
const pCrumbs = ['Home', 'News', 'Press Releases'];
const pShare = ['Facebook', 'LinkedIn', 'Email', 'Copy link'];
const pMore = [
  'New scholarship fund will cover tuition for first-generation engineering students',
  'Brightwater chemists find a faster way to test drinking water for lead',
  'University breaks ground on Riverside Health Sciences Center',
];
const pFoot = ['Directory', 'Maps', 'Careers', 'Accessibility', 'Privacy Statement', 'Report a Concern'];
const pHtml = `<!DOCTYPE HTML><html lang="en"><head><meta charset="UTF-8"><title>${pTitle} | Brightwater University News</title>
<meta name="keywords" content="engineering, sustainability, research"><meta name="description" content="A team of civil engineers has built a footbridge
whose deck is made from sections of retired wind turbine blades."><meta name="template" content="news-article-page">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${pTitle}">
<meta property="og:type" content="article"><link rel="canonical" href="https://news.brightwater.example.edu/press-releases/2026/03/turbine-blade-bridge.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pTitle}","datePublished":"2026-03-04T09:00:00-05:00",
"author":{"@type":"Person","name":"Lena Marchetti"},"publisher":{"@type":"Organization","name":"Brightwater University"}}</script>
<link rel="stylesheet" href="/etc.clientlibs/brightwater/clientlibs/clientlib-site.lc-6c1e2f-lc.min.css" type="text/css">
<script async src="/etc.clientlibs/core/wcm/components/commons/datalayer/v2/clientlibs/core.wcm.components.commons.datalayer.v2.lc-904d.min.js"></script>
</head><body class="page basicpage" id="page-5d81c0a2"><div class="root container responsivegrid"><div id="container-1f3b" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12"><div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div id="experiencefragment-header" class="cmp-experiencefragment cmp-experiencefragment--header"><header class="site-header">
<a class="site-header__skip" href="#main">Skip to content</a><a class="site-header__logo" href="/"><img src="/content/dam/brightwater/logo.svg"
alt="Brightwater University home"></a><nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement">
<ul class="cmp-navigation__group">${links(pNav, 'cmp-navigation__item cmp-navigation__item--level-0')}</ul></nav>
<div class="cmp-search" role="search"><input class="cmp-search__input" type="text" name="fulltext" placeholder="Search" role="combobox"
aria-label="Search"></div></header></div></div>
<main id="main" class="container responsivegrid aem-GridColumn aem-GridColumn--default--12"><div class="cmp-container"><div class="aem-Grid aem-Grid--12">
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav id="breadcrumb-6e2a" class="cmp-breadcrumb" aria-label="Breadcrumb">
<ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList">${links(pCrumbs, 'cmp-breadcrumb__item')}</ol></nav></div>
<div class="title aem-GridColumn aem-GridColumn--default--12"><div id="title-3a9c" class="cmp-title"><h1 class="cmp-title__text">${pTitle}</h1></div></div>
<div class="text article-byline aem-GridColumn aem-GridColumn--default--12"><div id="text-0b14" class="cmp-text"><p>
<span class="article-byline__date">March 4, 2026</span></p><p><span class="article-byline__author">By Lena Marchetti</span></p></div></div>
<div class="sharelinks aem-GridColumn aem-GridColumn--default--2"><div class="cmp-sharelinks"><span class="cmp-sharelinks__label">Share this story</span>
<ul class="cmp-sharelinks__list">${links(pShare, 'cmp-sharelinks__item')}</ul></div></div>
<div class="image aem-GridColumn aem-GridColumn--default--10"><div id="image-77de" data-cmp-is="image" class="cmp-image" itemscope
itemtype="http://schema.org/ImageObject"><img src="/content/dam/brightwater/news/2026/blade-bridge.jpg.coreimg.82.1280.jpeg" loading="lazy"
class="cmp-image__image" itemprop="contentUrl" alt="A footbridge with a curved grey deck over a channel">
<span class="cmp-image__title" itemprop="caption">Walkers cross the new footbridge on the Fenwick Greenway. Photo: Marcus Yelle / Brightwater University</span>
</div></div>
<div class="text aem-GridColumn aem-GridColumn--default--12"><div id="text-9c41" class="cmp-text">
${ps(pBody)}
</div></div>
<div class="teaser media-contact aem-GridColumn aem-GridColumn--default--12"><div class="cmp-teaser"><div class="cmp-teaser__content">
<h2 class="cmp-teaser__title">Media contact</h2><div class="cmp-teaser__description"><p>Lena Marchetti, University Communications</p>
<p>lmarchetti@brightwater.example.edu | 555-0191</p></div></div></div></div>
<div class="list aem-GridColumn aem-GridColumn--default--12"><div class="cmp-list-wrapper"><h2 class="cmp-list__heading">More news</h2>
<ul id="list-8b1d" class="cmp-list">${links(pMore, 'cmp-list__item')}</ul></div></div></div></div></main>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--footer">
<footer class="site-footer"><p class="site-footer__address">Brightwater University, 400 College Avenue, Fenwick</p><ul class="site-footer__links">
${links(pFoot)}</ul><p class="site-footer__copyright">© 2026 Brightwater University</p></footer></div></div></div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><div id="onetrust-policy-text">This website uses cookies to improve your experience and to analyze site traffic.</div></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button>
</div></div></div>
<script src="/etc.clientlibs/brightwater/clientlibs/clientlib-site.lc-3f91-lc.min.js"></script></body></html>`;
const aem: TestPage = {
  name: 'heldout320-aem-press-release',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBody),
  bylines: ['March 4, 2026', 'By Lena Marchetti'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...pNav, ...pCrumbs, 'Share this story', ...pShare,
    'Walkers cross the new footbridge on the Fenwick Greenway. Photo: Marcus Yelle / Brightwater University', 'Media contact',
    'Lena Marchetti, University Communications', 'lmarchetti@brightwater.example.edu | 555-0191', 'More news', ...pMore,
    'Brightwater University, 400 College Avenue, Fenwick', ...pFoot, '© 2026 Brightwater University',
    'This website uses cookies to improve your experience and to analyze site traffic.', 'Accept Cookies', 'Cookie Settings',
  ],
};

export const HELDOUT320_C: readonly TestPage[] = [aem, msl];
