import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout598-kit.js';

/** Held-out batch 598, file e: a drain relining blog post on Webflow (CMS collection page), and a council septic tank guide on LocalGov Drupal. */
const wTitle = 'Drain Relining or Excavation: Which Repair Is Right for You?';
const wIntro = j(
  'When a camera survey finds a cracked or displaced pipe, the repair usually comes down to two options: line the old pipe from the',
  'inside, or dig down and replace it. Here is how we decide which one to recommend.',
);
const wH = ['How relining works', 'When digging is the better option', 'Comparing the two'];
const wReline = [
  j(
    'A felt or glass-fibre liner is soaked in resin, pulled or inverted into the damaged pipe and inflated so it presses against the',
    'old pipe wall. Once the resin cures, usually in two to three hours, it forms a smooth, jointless pipe inside the original.',
  ),
  j(
    'Because the work is done from existing manholes, there is no trench, no broken patio and no need to move a shed or a kitchen',
    'extension that has been built over the drain.',
  ),
];
const wDig = ['Relining is not always possible. We recommend excavation when:'];
const wDigList = [
  'the pipe has fully collapsed, so there is nothing for a liner to follow',
  'a section has dropped or sagged and holds standing water',
  'the pipe needs to be rerouted, for example around a new extension',
];
const wCompare = j(
  'For a typical 6-metre run under a driveway, relining costs roughly half as much as excavation and is finished in a day rather',
  'than a week. Excavation, on the other hand, lets us correct the fall of the pipe, which a liner cannot do.',
);
const wQuote = 'The best repair is the one that fixes the cause, not just the crack.';
const wEnd = j(
  'Whichever option you choose, ask for a post-repair camera survey. It costs little and gives you a record of the finished work',
  'if you ever need to sell the house or make an insurance claim.',
);
const wNav = ['Services', 'Relining', 'Surveys', 'Blog', 'Contact'];
const wRel = ['Pitch-fibre pipes: what every 1960s homeowner should know', 'Five signs your drain has a root problem'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 04 2026 10:12:44 GMT+0000 -->
<html data-wf-domain="www.linewellpipes.example" data-wf-page="65f1c2a0b3d4e5f60718293a" data-wf-site="65f1c2a0b3d4e5f607182900"
data-wf-collection="65f1c2a0b3d4e5f607182955"
data-wf-item-slug="relining-or-excavation"><head><meta charset="utf-8"><title>Drain Relining or Excavation? | Linewell Pipe Repair</title>
<meta content="How we choose between no-dig relining and digging out a damaged drain." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f1c2a0b3d4e5f607182900/css/linewell.webflow.a1b2c3.css" rel="stylesheet">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t="
w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","author":{"@type":"Person",
"name":"Marek Oduya"}}</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65f1c2a0b3d4e5f607182900/logo.svg" loading="lazy" alt="Linewell" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="/quote" class="button-nav w-button">Get a Quote</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="blog-post-hero"><div class="container"><a href="/blog" class="back-link">← All articles</a><div class="post-category">Repairs</div>
<h1 class="blog-post-title">${wTitle}</h1><div class="post-meta">
<img src="https://assets-global.website-files.com/65f1c2a0b3d4e5f607182955/marek.jpg" loading="lazy" alt=""
class="author-avatar"><div class="author-name">Marek Oduya</div><div class="meta-divider">•</div><div class="post-date">March 4, 2026</div>
<div class="meta-divider">•</div>
<div class="read-time">4 min read</div></div></div></section>
<section class="blog-post-content"><div class="container narrow">
<img src="https://assets-global.website-files.com/65f1c2a0b3d4e5f607182955/liner-hero.jpg" loading="lazy"
sizes="(max-width: 767px) 100vw, 740px" alt="" class="post-main-image"><div class="rich-text w-richtext">
<p>${wIntro}</p><h2>${wH[0]}</h2>${ps(wReline)}
<figure style="max-width:1200px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/65f1c2a0b3d4e5f607182955/inversion.jpg"
loading="lazy" alt="Liner being inverted into a manhole"></div><figcaption>Inverting a liner from the manhole at the front of the house.</figcaption></figure>
<h2>${wH[1]}</h2>${ps(wDig)}<ul role="list">${lis(wDigList)}</ul>
<h2>${wH[2]}</h2><p>${wCompare}</p><blockquote>${wQuote}</blockquote><p>${wEnd}</p><p>‍</p></div>
<div class="share-row"><div class="share-label">Share this post</div><a href="#" class="share-link w-inline-block">LinkedIn</a>
<a href="#" class="share-link w-inline-block">Facebook</a>
</div></div></section>
<section class="related-posts"><div class="container"><h2 class="section-heading">More from the blog</h2><div class="w-dyn-list">
<div role="list" class="related-grid w-dyn-items">
${wRel
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/blog/x" class="related-card w-inline-block"><div class="related-title">${t}</div>
<div class="related-more">Read article →</div></a></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="cta-section"><div class="container"><h2 class="cta-heading">Got a damaged drain?</h2>
<p class="cta-text">Send us your survey and we will quote within 24 hours.</p>
<a href="/quote" class="button w-button">Get a Quote</a></div></section>
<footer class="footer"><div class="container"><div class="footer-grid">
<div class="footer-address">Linewell Pipe Repair, 3 Tanner’s Yard, Brackmoor BK1 4HA</div>
<div class="footer-copy">© 2026 Linewell Pipe Repair. All rights reserved.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1c2a0b3d4e5f607182900" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65f1c2a0b3d4e5f607182900/js/webflow.4c3b2a1d.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout598-webflow-relining-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([wIntro, ...wReline, ...wDig, ...wDigList, wCompare, wQuote, wEnd]),
  bylines: ['Marek Oduya', 'March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Services', 'Surveys', 'Blog', 'Contact', 'Get a Quote', '← All articles', 'Repairs', '4 min read',
    'Inverting a liner from the manhole at the front of the house.',
    'Share this post', 'LinkedIn', 'Facebook', 'More from the blog', ...wRel, 'Read article →', 'Got a damaged drain?',
    'Send us your survey and we will quote within 24 hours.', 'Linewell Pipe Repair, 3 Tanner’s Yard, Brackmoor BK1 4HA',
    '© 2026 Linewell Pipe Repair. All rights reserved.',
  ],
};

const gTitle = 'Your responsibilities as an owner';
const gGuide = 'Septic tanks and small sewage treatment plants';
const gBody = [
  j(
    'If your property has a septic tank or a small sewage treatment plant, you are responsible for making sure it is maintained',
    'and does not cause pollution. This applies even if the tank is shared with neighbours or sits on someone else’s land.',
  ),
  'You must:',
  'have the system emptied by a registered waste carrier at least once a year, or as the manufacturer recommends',
  'keep records of emptying, servicing and repairs for at least five years',
  'fix any problem that causes sewage to escape, such as a cracked tank or a blocked soakaway',
  'tell the buyer in writing about the system if you sell the property',
  'Shared systems',
  j(
    'Where several properties share one system, all of the owners are jointly responsible. We recommend putting a written agreement',
    'in place that sets out who arranges emptying and how costs are split.',
  ),
  'If sewage is escaping',
  j(
    'Sewage on the surface of the ground is a risk to health. Stop using water as much as you can, keep children and pets away from',
    'the area and contact a drainage contractor straight away. If sewage is reaching a watercourse, you must also report it to the',
    'environmental regulator’s incident hotline.',
  ),
  j(
    'Our environmental health team can investigate complaints about sewage from a neighbouring property. We can serve a notice',
    'requiring the owner to carry out repairs, and we can do the work ourselves and recover the cost if the notice is ignored.',
  ),
];
const gHeads = [gBody[6] ?? '', gBody[8] ?? ''];
const gPages = ['Overview', gTitle, 'Emptying and servicing', 'Replacing a septic tank', 'Complaints about a neighbour’s system'];
const gCrumbs = ['Home', 'Environment', 'Pollution'];
const gFoot = ['Accessibility statement', 'Contact us', 'Cookies', 'Privacy', 'Sitemap'];
const gHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${gTitle} | ${gGuide} | Wenlow District Council</title><link rel="canonical" href="https://www.wenlow.gov.example/septic-tanks/your-responsibilities">
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?t2kq1z">
<link rel="stylesheet" media="all" href="/themes/custom/wenlow/css/theme.css?t2kq1z">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2231"},"localgov_base":{"version":"1.x"}}</script></head>
<body class="path-node page-node-type-localgov-guides-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-container lgd-page--has-sidebar">
<header class="lgd-header" role="banner"><div class="lgd-header__inner lgd-container padding-horizontal"><div class="lgd-header__nav">
<div class="lgd-site-branding"><a href="/" rel="home" class="lgd-site-branding__link">
<img src="/themes/custom/wenlow/logo.svg" alt="Wenlow District Council home"></a></div>
<button class="lgd-header__toggle lgd-header__toggle--search" aria-expanded="false" aria-controls="lgd-header__search">
<span class="lgd-header__toggle-text">Search</span></button>
<div id="lgd-header__search" class="lgd-header__search"><form action="/search" method="get" class="localgov-search-form"><label for="edit-s"
class="visually-hidden">Search this site</label><input id="edit-s" name="s" type="text"><input type="submit" value="Search"></form></div></div></div></header>
<div class="lgd-region lgd-region--breadcrumb region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="lgd-breadcrumbs">${links(gCrumbs, 'lgd-breadcrumbs__item')}</ol></nav></div>
<main class="main" id="main-content" tabindex="-1"><div class="lgd-page-title-block"><div class="lgd-container padding-horizontal">
<div class="lgd-page-title-block__header"><h1 class="lgd-page-title-block__title">${gGuide}</h1></div></div></div>
<div class="lgd-row"><aside class="lgd-row__one-third sidebar sidebar--first"><div class="lgd-region lgd-region--sidebar-first">
<div class="block block-localgov-guides block-localgov-guides-contents"><nav class="lgd-guide-nav" aria-labelledby="lgd-guide-nav__title">
<h2 id="lgd-guide-nav__title" class="lgd-guide-nav__title">Guide contents</h2><ol class="lgd-guide-nav__list">
${gPages
  .map((t) =>
    t === gTitle
      ? `<li class="lgd-guide-nav__item"><span class="lgd-guide-nav__link--current" aria-current="page">${t}</span></li>`
      : `<li class="lgd-guide-nav__item"><a href="/septic-tanks/x" class="lgd-guide-nav__link">${t}</a></li>`,
  )
  .join('\n')}</ol></nav></div></div></aside>
<div class="lgd-row__two-thirds"><div class="lgd-region lgd-region--content region region-content"><article role="article" class="localgov-guides-page full">
<h2 class="localgov-guides-page__title">${gTitle}</h2>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(gBody.slice(0, 2))}<ul>${lis(gBody.slice(2, 6))}</ul>
<h3>${gHeads[0]}</h3>${ps([gBody[7] ?? ''])}
<h3>${gHeads[1]}</h3>${ps(gBody.slice(9))}
<div class="callout callout-default"><p><strong>Report a sewage problem</strong></p><p>
<a href="/report-pollution">Tell us about sewage from a neighbouring property</a></p></div>
</div>
<nav class="lgd-prev-next" aria-label="Guide pagination"><ul class="lgd-prev-next__list"><li class="lgd-prev-next__list-item lgd-prev-next__list-item--prev">
<a href="/septic-tanks"
rel="prev" class="lgd-prev-next__link lgd-prev-next__link--prev"><span class="lgd-prev-next__label">Previous</span>
<span class="lgd-prev-next__title">Overview</span></a></li>
<li class="lgd-prev-next__list-item lgd-prev-next__list-item--next">
<a href="/septic-tanks/emptying" rel="next" class="lgd-prev-next__link lgd-prev-next__link--next">
<span class="lgd-prev-next__label">Next</span><span class="lgd-prev-next__title">Emptying and servicing</span></a></li></ul></nav>
<div class="lgd-page-review-date">Page last reviewed: 18 November 2025</div></article></div></div></div></main>
<footer class="lgd-footer"><div class="lgd-footer__inner lgd-container"><nav class="lgd-footer__nav" aria-label="Footer"><ul>${links(gFoot)}</ul></nav>
<p class="lgd-footer__copyright">© Wenlow District Council 2025</p></div></footer></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/misc/drupal.js?v=10.2.5"></script></body></html>`;
const localgov: TestPage = {
  name: 'heldout598-localgov-septic-responsibilities',
  kind: 'docs',
  html: gHtml,
  title: gGuide,
  headings: [gTitle, ...gHeads],
  body: texts(gBody.filter((t) => !gHeads.includes(t))),
  bylines: ['Page last reviewed: 18 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search', 'Search this site', 'Breadcrumb', 'Home', 'Environment', 'Guide contents', 'Overview', 'Emptying and servicing',
    'Replacing a septic tank', 'Complaints about a neighbour’s system', 'Report a sewage problem', 'Tell us about sewage from a neighbouring property',
    'Previous',
    'Next', ...gFoot, '© Wenlow District Council 2025',
  ],
};

export const HELDOUT598_E: readonly TestPage[] = [webflow, localgov];
