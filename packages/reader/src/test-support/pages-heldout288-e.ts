import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout288-kit.js';
import { joomlaHall } from './pages-heldout288-e2.js';

/**
 * Held-out batch 288, file e: a community radio station's news item on a WordPress site built with Elementor Pro (theme
 * builder header with the "Listen Live" player bar, the single-post template's post-title, post-info, featured image with
 * caption, theme-post-content widget, share buttons, post navigation, a "Latest News" posts widget, the footer template and the
 * Complianz cookie banner).
 */
const rTitle = 'Wendle FM wins community licence renewal for another five years';
const rBody = [
  j(
    'Wendle FM has been granted a five-year renewal of its community radio licence, securing the station’s place on 104.3 FM until',
    'the spring of 2031. The decision was confirmed by the regulator on Tuesday after a consultation that drew more than 300',
    'letters of support from listeners, schools and local businesses.',
  ),
  j(
    'The station, which broadcasts from a converted shop unit on Corn Street, is run almost entirely by volunteers. Around ninety',
    'presenters, producers and technicians keep it on air twenty-four hours a day, with local programming from 6am to midnight.',
  ),
  j(
    'Station manager Bella Achterberg said the renewal was a relief after a difficult few years. “When we applied we had to show',
    'that we still meet our key commitments, and I’m proud that we exceeded every one of them,” she said.',
  ),
  'Among the commitments the station set out in its application:',
  'At least 70 hours a week of original, locally produced programming',
  'Training for at least 40 new volunteers a year, including school placements',
  'Weekly programmes in Polish and Punjabi for the town’s two largest language communities',
  'A monthly live outside broadcast from a town event or venue',
  j(
    'The renewal also allows the station to increase its transmitter power slightly, which should improve reception in the villages',
    'to the east of the town where the signal has been patchy. The work is expected to be done over the summer.',
  ),
  j(
    'Wendle FM is now looking for volunteers for its new evening arts programme and for its breakfast show team. No experience is',
    'needed: full training is given, and the station runs open evenings on the first Thursday of every month.',
  ),
];
const rNav = ['Home', 'Schedule', 'Presenters', 'News', 'Get Involved', 'Advertise', 'Contact'];
const rLatest = ['Breakfast show raises £4,200 for hospice', 'New Punjabi music hour launches on Sundays', 'Corn Street studio open evening'];
const rFoot = ['Privacy Policy', 'Complaints', 'Ofcom Licence', 'Accessibility'];
const el = (
  type: string,
  inner: string,
  id: string,
): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const rHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rTitle} - Wendle FM 104.3</title><meta name="description" content="Wendle FM has been granted a five-year renewal of its community radio licence."/>
<meta property="og:type" content="article" /><meta property="og:title" content="${rTitle}" /><meta property="article:published_time"
content="2026-03-04T12:05:33+00:00" />
<meta name="author" content="Newsroom" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${rTitle}",
"author":{"name":"Newsroom"},"datePublished":"2026-03-04T12:05:33+00:00"}]}</script>
<link rel='stylesheet' id='elementor-frontend-css' href='https://wendlefm.org/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.6'
media='all' />
<link rel='stylesheet' id='elementor-post-112-css' href='https://wendlefm.org/wp-content/uploads/elementor/css/post-112.css?ver=1741090000' media='all' />
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.27.6","is_static":false};</script></head>
<body class="post-template-default single single-post postid-8841 wp-custom-logo elementor-default
elementor-template-full-width elementor-kit-6 elementor-page-112">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="97" class="elementor elementor-97 elementor-location-header">
<div class="elementor-element elementor-element-3f1c e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${el('theme-site-logo', '<a href="https://wendlefm.org"><img src="/wp-content/uploads/wendle-fm-logo.png" alt="Wendle FM 104.3"></a>', '6a2e')}
${el(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-7b1d"
class="elementor-nav-menu">${links(rNav, 'menu-item')}</ul></nav>`,
  '7b1d',
)}
${el('button', '<a class="elementor-button elementor-button-link" href="/listen"><span class="elementor-button-text">Listen Live</span></a>', '8c0f')}
</div></div>
<div class="elementor-element elementor-element-55ab e-con-full e-flex e-con e-child now-playing-bar" data-element_type="container">
${el('text-editor', '<p>On air now: <strong>The Lunchtime Mix</strong> with Dev Raghunathan</p>', '91ce')}</div></div>
<main id="content"><div data-elementor-type="single-post" data-elementor-id="112"
class="elementor elementor-112 elementor-location-single post-8841 post type-post
status-publish format-standard has-post-thumbnail hentry category-station-news"><div class="elementor-element e-flex e-con-boxed e-con e-parent"><div
class="e-con-inner">
${el('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${rTitle}</h1>`, 'a1b2')}
${el(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-1 elementor-inline-item" itemprop="author"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-author">By Newsroom</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-2 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-date"><time>4 March 2026</time></span></li>
<li class="elementor-icon-list-item elementor-repeater-item-3 elementor-inline-item" itemprop="about"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list"><a href="/category/station-news/"
class="elementor-post-info__terms-list-item">Station News</a></span></span></li></ul>`,
  'c3d4',
)}
${el(
  'theme-post-featured-image',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2026/03/studio-a.jpg" alt="" /><figcaption class="widget-image-caption
wp-caption-text">Volunteers in Studio A on Corn Street (Photo: Wendle FM)</figcaption></figure>`,
  'e5f6',
)}
${el(
  'theme-post-content',
  `${ps(rBody.slice(0, 4))}
<ul>${rBody
    .slice(4, 8)
    .map((t) => `<li>${t}</li>`)
    .join('\n')}</ul>
${ps(rBody.slice(8))}`,
  'f7a8',
)}
${el(
  'share-buttons',
  `<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button">
<div class="elementor-share-btn__text"><span class="elementor-share-btn__title">Share on Facebook</span></div></div></div>
<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_whatsapp" role="button"><div class="elementor-share-btn__text">
<span class="elementor-share-btn__title">Share on WhatsApp</span></div></div></div></div>`,
  'b9c0',
)}
${el(
  'post-navigation',
  `<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="/news/hospice/"
rel="prev"><span class="post-navigation__prev--label">Previous</span><span
class="post-navigation__prev--title">Breakfast show raises £4,200 for hospice</span></a></div>
<div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="/news/punjabi-hour/" rel="next"><span
class="post-navigation__next--label">Next</span>
<span class="post-navigation__next--title">New Punjabi music hour launches on Sundays</span></a></div></div>`,
  'd1e2',
)}
${el('heading', '<h2 class="elementor-heading-title elementor-size-default">Latest News</h2>', 'f3a4')}
${el(
  'posts',
  `<div class="elementor-posts-container elementor-posts elementor-grid">${rLatest
    .map(
      (t) => `<article class="elementor-post elementor-grid-item">
<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/news/${t.length}/">${t}</a></h3><a class="elementor-post__read-more"
href="/news/${t.length}/">Read More »</a></div></article>`,
    )
    .join('\n')}</div>`,
  'b5c6',
)}
</div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="120" class="elementor elementor-120 elementor-location-footer">
${el('text-editor', '<p>Wendle FM is a not-for-profit community radio station, registered charity no. 1187745.</p>', 'a7b8')}
${el('icon-list', `<ul class="elementor-icon-list-items">${links(rFoot, 'elementor-icon-list-item')}</ul>`, 'c9d0')}
${el('text-editor', '<p>© 2026 Wendle FM. Studio line: 01632 960 104</p>', 'e1f2')}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" role="dialog" aria-live="polite">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-message-title-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src='https://wendlefm.org/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.27.4' id='elementor-pro-frontend-js'></script></body>
</html>`;
const elementorRadio: TestPage = {
  name: 'heldout288-elementor-community-radio-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts(rBody),
  bylines: ['By Newsroom', '4 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...rNav, 'Listen Live', 'On air now: The Lunchtime Mix with Dev Raghunathan', 'Station News',
    'Volunteers in Studio A on Corn Street (Photo: Wendle FM)', 'Share on Facebook', 'Share on WhatsApp', 'Previous', 'Next', 'Latest News', ...rLatest,
    'Read More »', 'Wendle FM is a not-for-profit community radio station, registered charity no. 1187745.', ...rFoot,
    '© 2026 Wendle FM. Studio line: 01632 960 104', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny',
    'View preferences',
  ],
};

export const HELDOUT288_E: readonly TestPage[] = [elementorRadio, joomlaHall];
