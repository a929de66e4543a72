import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout328-kit.js';

/**
 * Held-out batch 328, file d: a statistics explainer on a university's Drupal site (utility bar, mega menu, breadcrumbs, a
 * "last reviewed" line, an in-page "On this page" list, a contact sidebar and a long footer), and an R-bloggers-style
 * aggregated post (the "first published on" box, share buttons, "Related" posts, the "leave a comment for the author" box).
 */
const uTitle = 'What a p-value is, and what it is not';
const uP0 = [
  j(
    'Almost every research student who comes to the consulting service asks about p-values at some point, and many of them',
    'have been told something slightly wrong. This page sets out the definition in plain words and lists the most common',
    'misreadings we see.',
  ),
];
const uH1 = 'The definition';
const uP1 = [
  j(
    'A p-value is the probability, computed under the assumption that the null hypothesis is true, of obtaining a test',
    'statistic at least as extreme as the one actually observed. It is a statement about the data given the hypothesis, not',
    'about the hypothesis given the data.',
  ),
  j(
    'A small p-value says that the data would be surprising if the null hypothesis were true. It does not say how',
    'surprising the data would be under any particular alternative, and it does not measure the size of an effect.',
  ),
];
const uH2 = 'Common misreadings';
const uList = [
  'A p-value of 0.03 does not mean there is a 3% chance that the null hypothesis is true.',
  'A p-value above 0.05 does not show that there is no effect; it may simply mean the study was too small.',
  'Two studies with p = 0.04 and p = 0.06 do not disagree with each other in any meaningful way.',
  'A very small p-value in a very large sample can accompany an effect too small to matter in practice.',
];
const uH3 = 'What to report instead';
const uP3 = [
  j(
    'We encourage students to report an estimate of the effect with a confidence interval, and to give the exact p-value',
    'rather than a star or an inequality. A reader can then judge both the size of the effect and the precision with which',
    'it has been measured.',
  ),
  j(
    'If your supervisor or a journal asks for a significance threshold, state it before you look at the data and keep to it.',
    'Choosing the threshold after seeing the results turns a test into a description.',
  ),
];
const uQuote = 'The p-value was never meant to be the last word on a study, only a reason to look more closely.';
const uP4 = ['Use the consultation form on the right if you would like to talk through the analysis in your own project.'];
const uUtil = ['Students', 'Staff', 'Alumni', 'Library', 'Jobs'];
const uMenu = ['Study', 'Research', 'Faculties', 'Services', 'About Harwick'];
const uCrumb = ['Home', 'Research services', 'Statistics Consulting Centre', 'Guides'];
const uSide = ['Book a consultation', 'Drop-in sessions', 'Software we support', 'Workshops this term'];
const uFoot = ['Accessibility', 'Privacy notice', 'Freedom of information', 'Modern slavery statement', 'Website feedback'];
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${uTitle} | Statistics Consulting Centre | University of Harwick</title>
<link rel="canonical" href="https://www.harwick.ac.example/research-services/statistics/guides/p-values">
<meta name="description" content="The definition of a p-value in plain words, and the most common misreadings.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage",
"name":"${uTitle}","publisher":{"@type":"CollegeOrUniversity","name":"University of Harwick"}}</script>
<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({"drupalLanguage":"en","drupalCountry":"GB"});</script>
<link rel="stylesheet" media="all" href="/themes/custom/harwick/dist/css/main.css?sa1b2"></head>
<body class="path-node page-node-type-guide"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="utility-bar"><ul class="utility-bar__menu">${links(uUtil, 'utility-bar__item')}</ul></div>
<header class="site-header" role="banner"><a href="/" class="site-header__logo"><img src="/themes/custom/harwick/logo.svg" alt="University of Harwick"></a>
<nav class="main-menu" aria-label="Main navigation"><ul class="main-menu__list">${links(uMenu, 'main-menu__item')}</ul></nav>
<form class="site-search" action="/search"><label for="edit-keys" class="visually-hidden">Search</label><input id="edit-keys" type="search"></form></header>
<div class="section-banner"><p class="section-banner__title">Statistics Consulting Centre</p></div>
<nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(uCrumb, 'breadcrumb__item')}</ol></nav>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<div data-drupal-messages-fallback class="hidden"></div>
<article data-history-node-id="4471" class="node node--type-guide node--view-mode-full"><div class="node__header"><h1 class="page-title"><span
class="field field--name-title">${uTitle}</span></h1></div>
<div class="node__content"><nav class="on-this-page"><h2 class="on-this-page__title">On this page</h2><ul><li><a href="#definition">${uH1}</a></li>
<li><a href="#misreadings">${uH2}</a></li><li><a href="#report">${uH3}</a></li></ul></nav>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${ps(uP0)}
<h2 id="definition">${uH1}</h2>
${ps(uP1)}
<h2 id="misreadings">${uH2}</h2>
<ul>${uList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<h2 id="report">${uH3}</h2>
${ps(uP3)}
<blockquote><p>${uQuote}</p></blockquote>
${ps(uP4)}
</div><div class="field field--name-field-reviewed"><p
class="last-reviewed">Last reviewed: 9 January 2026 by the Statistics Consulting Centre</p></div></div></article></div>
<aside class="layout-sidebar-second" role="complementary"><div class="block block-menu"><h2 class="block__title">In this section</h2>
<ul class="menu">${links(uSide, 'menu-item')}</ul></div>
<div class="block block-contact"><h2
class="block__title">Contact us</h2><p>Room 2.14, Bellweather Building</p><p>stats-help@harwick.ac.example</p></div></aside></main>
<footer class="site-footer" role="contentinfo"><div class="site-footer__address"><p>University of Harwick, Harwick HW4 7AL</p></div>
<ul class="site-footer__links">${links(uFoot)}</ul><p class="site-footer__copyright">© University of Harwick 2026</p></footer></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text"><div class="eu-cookie-compliance-banner">
<div id="popup-text" class="eu-cookie-compliance-message"><p>We use cookies to make this website work and to understand how you use it.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Essential only</button></div></div></div>
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"/","currentPath":"node/4471"},"eu_cookie_compliance":{"popup_enabled":true}}</script>
</body></html>`;
const drupalUni: TestPage = {
  name: 'heldout328-drupal-university-statistics-docs',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: [uH1, uH2, uH3],
  body: texts([...uP0, ...uP1, ...uList, ...uP3, uQuote, ...uP4]),
  bylines: ['Last reviewed: 9 January 2026 by the Statistics Consulting Centre'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...uUtil, ...uMenu, 'Search', 'Statistics Consulting Centre', 'Breadcrumb', 'Research services', 'Guides', 'On this page',
    'In this section', ...uSide, 'Contact us', 'Room 2.14, Bellweather Building', 'stats-help@harwick.ac.example', 'University of Harwick, Harwick HW4 7AL',
    ...uFoot, '© University of Harwick 2026', 'We use cookies to make this website work and to understand how you use it.', 'Accept all', 'Essential only',
  ],
};

const bTitle = 'Fitting a zero-inflated Poisson model to hedgehog counts';
const bP1 = [
  j(
    'Every spring our volunteers walk the same 48 transects across the Bramwell Vale and count hedgehogs. Most transects see',
    'none at all on a given night, and a few see four or five. A plain Poisson regression copes badly with that many zeros,',
    'so this year I tried a zero-inflated model with the <code>pscl</code> package.',
  ),
  j(
    'The data set has one row per transect per night: the count, the length of hedgerow along the route, the overnight',
    'minimum temperature and the share of the route that runs past gardens. There are 576 rows, and 71% of the counts are zero.',
    'A Poisson model with the same predictors expects only about half that many zeros, which is the first warning sign.',
  ),
];
const bH1 = 'Why zero-inflation?';
const bP2 = [
  j(
    'A zero can happen for two reasons: the transect has no hedgehogs, or it has some and none were out that night. The',
    'zero-inflated Poisson model treats these as two processes, a logistic part for "structural" zeros and a Poisson part for',
    'the counts, and fits both at once.',
  ),
];
const bCode = `library(pscl)
fit &lt;- zeroinfl(count ~ hedge_km + temp | garden_share, data = walks)
summary(fit)`;
const bH2 = 'What the model says';
const bP3 = [
  j(
    'The count part says that each extra kilometre of hedgerow on a transect multiplies the expected count by about 1.3,',
    'and warmer nights help too. The zero part says that transects with a smaller share of gardens are much more likely to',
    'be structural zeros, which matches what the volunteers have been telling us for years.',
  ),
  j(
    'A Vuong test prefers the zero-inflated model over the plain Poisson one, and the rootogram looks far better. I would',
    'still like to try a hurdle model next year, since the two-process story is not the only one that fits the data.',
  ),
];
const bShare = ['Share', 'Tweet'];
const bRelated = ['Count models for ecologists in five plots', 'When the negative binomial is not enough', 'Mapping survey effort with sf'];
const bSide = ['R news and tutorials', 'Jobs for R users', 'Contributing blogs', 'Full list of contributing R-bloggers'];
const bHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${bTitle} | R-bloggers</title>
<meta name="description" content="Fitting a zero-inflated Poisson model to volunteer hedgehog counts with the pscl package.">
<meta property="og:type" content="article"><meta property="og:site_name" content="R-bloggers"><meta property="article:published_time"
content="2026-03-02T19:20:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
"headline":"${bTitle}","author":{"@type":"Person","name":"Quentin Abara"}}</script>
<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js"></script>
<link rel="stylesheet" href="https://www.r-bloggers.example/wp-content/themes/mh-magazine-lite/style.css"></head>
<body class="post-template-default single single-post mh-right-sb"><div class="mh-container mh-container-outer">
<header class="mh-header"><div class="mh-site-logo"><a href="/"><img src="/wp-content/uploads/2020/07/R_02_2020.png" alt="R-bloggers"></a>
<p class="site-description">R news and tutorials contributed by hundreds of R bloggers</p></div></header>
<nav class="mh-navigation mh-main-nav"><ul id="menu-main"
class="menu">${links(['Home', 'About', 'RSS', 'Add your blog!', 'Learn R', 'R jobs'], 'menu-item')}</ul></nav>
<div class="mh-wrapper clearfix"><div id="main-content" class="mh-content"><article id="post-392211" class="post-392211 post type-post status-publish">
<header class="entry-header clearfix"><h1 class="entry-title">${bTitle}</h1>
<p class="mh-meta entry-meta"><span class="entry-meta-date updated"><a href="/2026/03/">March 2, 2026</a></span>
<span class="entry-meta-author author vcard"><a class="fn" href="/author/quentin-abara/">Quentin Abara</a></span></p></header>
<div class="entry-content clearfix"><div style="border: 1px solid; background: none repeat scroll 0 0 #EDEDED; margin: 1px; font-size: 12px;">[This article was
first published on <strong><a href="https://hedgerowstats.example/zip-hedgehogs/">Hedgerow Stats</a></strong>, and kindly contributed to
<a href="https://www.r-bloggers.example/" rel="nofollow">R-bloggers</a>]. (You can report issue about the content on this page
<a href="https://www.r-bloggers.example/contact-us/">here</a>)<hr>Want to share your content on R-bloggers? <a href="/add-your-blog/">click here</a> if you
have a blog, or <a href="/add-your-blog/">here</a> if you don't.</div>
${ps(bP1)}
<h2>${bH1}</h2>
${ps(bP2)}
<pre class="r"><code>${bCode}</code></pre>
<h2>${bH2}</h2>
${ps(bP3)}
<div style="border: 1px solid; background: none repeat scroll 0 0 #EDEDED; margin: 1px; font-size: 13px;"><div style="text-align: center;">To
<strong>leave a comment</strong> for the author, please follow the link and comment on their blog: <strong><a
href="https://hedgerowstats.example/zip-hedgehogs/">Hedgerow
Stats</a></strong>.</div><hr><a href="https://www.r-bloggers.example/">R-bloggers.com</a> offers <strong><a href="https://feedburner.example/rbloggers">daily
e-mail updates</a></strong> about R news and tutorials.</div>
<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3><ul>${links(bRelated)}</ul></div>
<div class="shareaholic-canvas"><ul class="share-buttons">${links(bShare)}</ul></div></div></article></div>
<aside class="mh-widget-col-1 mh-sidebar"><div class="mh-widget"><h4 class="mh-widget-title">Never miss an update!</h4><p>Subscribe to R-bloggers to receive
e-mails with the latest R posts.</p><form><input type="email" placeholder="Your e-mail here"><input type="submit" value="Subscribe"></form></div>
<div class="mh-widget"><h4 class="mh-widget-title">Sponsors</h4><ins class="adsbygoogle" data-ad-client="ca-pub-0000"></ins><p
class="ad-label">Advertisement</p></div>
<div class="mh-widget"><ul>${links(bSide)}</ul></div></aside></div>
<footer class="mh-footer"><p class="mh-copyright">Copyright © 2026 | R-bloggers</p></footer></div></body></html>`;
const rbloggers: TestPage = {
  name: 'heldout328-rbloggers-aggregated-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [bH1, bH2],
  body: texts([...bP1, ...bP2, ...bP3]),
  bylines: ['March 2, 2026', 'Quentin Abara'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'R news and tutorials contributed by hundreds of R bloggers', 'About', 'RSS', 'Add your blog!', 'Learn R', 'R jobs',
    "Want to share your content on R-bloggers? click here if you have a blog, or here if you don't.",
    'To leave a comment for the author, please follow the link and comment on their blog: Hedgerow Stats.',
    'R-bloggers.com offers daily e-mail updates about R news and tutorials.', 'Related', ...bRelated, ...bShare, 'Never miss an update!',
    'Subscribe to R-bloggers to receive e-mails with the latest R posts.', 'Sponsors', 'Advertisement', ...bSide, 'Copyright © 2026 | R-bloggers',
    '[This article was first published on Hedgerow Stats, and kindly contributed to R-bloggers]. (You can report issue about the content on this page here)',
  ],
};

export const HELDOUT328_D: readonly TestPage[] = [drupalUni, rbloggers];
