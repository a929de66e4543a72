import { links, ps, type TestPage, texts } from './page-kit.js';
import { boxOffice } from './pages-heldout245-e2.js';
import { j, lis } from './pages-heldout245-kit.js';

/**
 * Held-out batch 245, file e: a TV network's press release on a Drupal press site (the press-site header with "Press
 * Releases" / "Schedules" / "Photos" / "Talent" / "Contacts", the "Log in for embargoed material" link, breadcrumbs, the
 * release date field, "Download release (PDF)" and share links, the key-art image with caption and credit, the release
 * body with its quote, list of cast and "About" boilerplate, the media contacts block, the "Related releases" view and the
 * network footer) and, from file e2, a trade paper's weekend box-office report.
 */
const pTitle = 'Harbourline Greenlights “The Cartographers” for a Second Season, Premiering This Autumn';
const pDek = 'Eight new episodes of the acclaimed mapmaking drama to air Sundays from October 4';
const pBody1 = [
  j(
    'Harbourline today announced that <em>The Cartographers</em>, the period drama about a family of mapmakers in 1850s Bristol,',
    'has been renewed for a second season of eight episodes. The new season will premiere Sunday, October 4, at 9 p.m. on',
    'Harbourline and stream the same night on Harbourline+.',
  ),
  j(
    'The first season became the network’s most-watched drama launch in five years, reaching 6.2 million viewers across linear and',
    'streaming in its first 28 days, and was nominated for four Meridian Television Awards, including best drama series.',
  ),
  j(
    'Season two picks up in the spring of 1854, as the Ashworth family business is hired to survey a new railway line through the',
    'Mendip Hills, a commission that could make their fortune or finish them for good. New cast members joining the series are:',
  ),
];
const pCast = [
  'Bartholomew Nyquist as Silas Crane, an engineer with debts of his own',
  'Imogen Delacroix-Ward as Lady Harriet Voss, the railway company’s largest investor',
  'Kofi Brannigan as Eli Marsh, a surveyor’s apprentice from the Somerset coalfield',
];
const pQuote = j(
  '“Audiences fell for the Ashworths because they are a family who believe that if you can draw the world accurately, you can',
  'make it fair,” said Delphine Arrowsmith, Harbourline’s head of drama. “In season two that belief is tested to breaking point, and',
  'we could not be more excited to show viewers where the map leads next.”',
);
const pBody2 = [
  j(
    'Returning cast include Maud Ellery-Sands as Constance Ashworth, Hugo Penrith as her brother Tobias and Alina Marchbank as the',
    'family’s formidable grandmother, Eudora. Creator and showrunner Fenwick Halloran returns to write six of the eight episodes.',
  ),
  j('<em>The Cartographers</em> is produced by Stillwater North Television for Harbourline. Season one is available to stream in', 'full on Harbourline+.'),
];
const pAboutH = 'About Harbourline';
const pAbout = j(
  'Harbourline is an independent television network broadcasting drama, documentary and entertainment to audiences across the',
  'country, and streaming on Harbourline+. It is home to award-winning original series and the nation’s longest-running arts programme.',
);
const pNav = ['Press Releases', 'Schedules', 'Photos', 'Talent', 'Contacts'];
const pCrumbs = ['Home', 'Press Releases', 'Drama'];
const pRelated = [
  'Harbourline Unveils Autumn Drama Slate',
  '“The Cartographers” Leads Meridian Award Nominations for Harbourline',
  'Harbourline+ Passes Four Million Subscribers',
];
const pFoot = ['Harbourline.example', 'Harbourline+', 'Careers', 'Privacy', 'Terms of Use', 'Accessibility'];
const pHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>Harbourline Greenlights “The Cartographers” for a Second Season | Harbourline Press</title>
<meta name="description" content="${pDek}"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta property="og:type" content="article"><meta property="og:site_name" content="Harbourline Press">
<link rel="canonical" href="https://press.harbourline.example/press-releases/2026/03/harbourline-greenlights-cartographers-second-season">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Harbourline Greenlights The Cartographers",
"datePublished":"2026-03-05T09:00:00+0000","publisher":{"@type":"Organization","name":"Harbourline"}}]}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4471","currentLanguage":"en"},
"ajaxPageState":{"theme":"harbourline_press"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm1x8.css"></head>
<body class="path-node page-node-type-press-release">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header"><div id="block-harbourline-press-branding" class="block block-system
block-system-branding-block"><a href="/" rel="home" class="site-logo">Harbourline Press</a></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">${links(pNav, 'menu-item')}</ul></nav>
<div class="block block-user-login-link"><a href="/user/login">Log in for embargoed material</a></div></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(pCrumbs)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-harbourline-press-content" class="block block-system block-system-main-block">
<article data-history-node-id="4471" role="article" class="node node--type-press-release node--view-mode-full">
<div class="field field--name-field-category field--type-entity-reference field__item"><a href="/taxonomy/term/12" hreflang="en">Drama</a></div>
<h1 class="page-title"><span class="field field--name-title field--type-string">${pTitle}</span></h1>
<div class="field field--name-field-subtitle field--type-string field__item"><h2 class="release-subtitle">${pDek}</h2></div>
<div class="field field--name-field-release-date field--type-datetime field__item"><time datetime="2026-03-05T09:00:00Z">March 5, 2026</time></div>
<div class="release-tools"><a class="download-pdf" href="/print/pdf/node/4471">Download release (PDF)</a>
<ul class="share-links"><li><a href="#">Email</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">Copy link</a></li></ul></div>
<div class="field field--name-field-key-art field--type-image field__item"><figure><img src="/sites/default/files/styles/wide/public/cartographers-s2.jpg"
alt="The Ashworth family in The Cartographers" width="1600" height="900"><figcaption><span class="caption-text">Maud Ellery-Sands and Hugo Penrith in
The Cartographers, season two.</span> <span class="image-credit">Credit: Harbourline / Stillwater North</span></figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${ps(pBody1)}
<ul>${lis(pCast)}</ul>
<blockquote><p>${pQuote}</p></blockquote>
${ps(pBody2)}
<p class="text-align-center">###</p>
<h3>${pAboutH}</h3>
<p>${pAbout}</p>
</div>
<div class="field field--name-field-media-contacts field__items"><h3 class="field__label">Media contacts</h3>
<div class="field__item"><p>Rosalie Tamberg, Drama Publicity<br>rosalie.tamberg@harbourline.example</p></div>
<div class="field__item"><p>Jerome Okafor-Lind, Streaming Publicity<br>jerome.okaforlind@harbourline.example</p></div></div>
</article></div>
<div class="views-element-container block block-views block-views-blockrelated-releases-block-1"><h2>Related releases</h2>
<div class="view view-related-releases"><div class="view-content"><ul>${links(pRelated, 'views-row')}</ul></div></div></div>
</div></div></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><ul class="menu">${links(pFoot)}</ul>
<p class="footer-copyright">© 2026 Harbourline Broadcasting Group. For press use only.</p></div></footer></div></div>
<script src="/sites/default/files/js/js_drupal.min.js"></script></body></html>`;
const pressRelease: TestPage = {
  name: 'heldout245-harbourline-drupal-press-release',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [pAboutH],
  body: texts([pDek, ...pBody1, ...pCast, pQuote, ...pBody2, pAbout]),
  bylines: ['March 5, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Harbourline Press', 'Main navigation', ...pNav, 'Log in for embargoed material', 'Breadcrumb', 'Home', 'Drama',
    'Download release (PDF)', 'Email', 'LinkedIn', 'Copy link', 'Maud Ellery-Sands and Hugo Penrith in The Cartographers, season two.',
    'Credit: Harbourline / Stillwater North', '###', 'Media contacts', 'Rosalie Tamberg, Drama Publicity', 'rosalie.tamberg@harbourline.example',
    'Jerome Okafor-Lind, Streaming Publicity', 'jerome.okaforlind@harbourline.example',
    'Related releases', ...pRelated, ...pFoot.filter((t) => t !== 'Harbourline+'),
    '© 2026 Harbourline Broadcasting Group. For press use only.',
  ],
};

export const HELDOUT245_E: readonly TestPage[] = [pressRelease, boxOffice];
