import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 205, file f2: a research group's news item on a university department site built on Drupal 10 (the
 * Civic Cookie Control banner, skip link, the university utility bar and main menu, the department name bar, breadcrumbs,
 * the group's local side menu, the news node with its date and "News" label, a lead image with caption and credit, a
 * pull quote, a "Contact" box and "Share this page" links inside the node, tags, the "Related news" view, and the
 * university footer with address, social links and policy links).
 */
const title = 'Glacier group returns from record season on the Vestre Brebotn ice cap';
const standfirst =
  'Researchers from the Glacier Dynamics Group spent seven weeks on the ice this summer, recovering the longest continuous ' +
  'record of surface melt yet collected on the ice cap.';
const p1 = [
  'Four members of the group, led by Dr Signe Halvorsen, returned to the department at the end of August after the longest ' +
    'field season in the project’s six-year history. The team camped at 1,350 metres on the northern outlet of the ice cap ' +
    'from early July and serviced a network of eleven weather stations and twenty-two ablation stakes.',
  'The main aim was to recover data from automatic stations that had been running unattended since last September. All but ' +
    'one station had worked through the winter, giving an almost complete year-round record of air temperature, wind, ' +
    'radiation and surface height.',
];
const quote = 'We have never had a full winter from the upper stations before. That is the part of the year our models are most unsure about.';
const p2 = [
  'Early results show that surface melt began eleven days earlier than the average for the previous five seasons, and that ' +
    'the lower stations lost around 2.4 metres of ice between May and August. The team also recorded several rain-on-snow ' +
    'events in late June, which the group will examine in detail this autumn.',
  'PhD student Jonas Eriksen used the season to test a new low-cost ground-penetrating radar set-up built in the department ' +
    'workshop. It mapped the ice thickness along nine kilometres of the outlet glacier, at about a fifth of the cost of ' +
    'hiring a commercial system.',
  'The fieldwork was funded by the Nordic Polar Research Council and supported by the department’s technical services team, ' +
    'who rebuilt two of the weather stations after they were damaged by snow loading in the spring.',
  'Alongside the measurements, the team dug snow pits at four of the stations and collected samples that will be ' +
    'analysed for dust and black carbon in the department’s clean laboratory over the coming months.',
  'The group will present first results at the department’s research afternoon on 12 November, which is open to all staff ' + 'and students.',
];
const cookie = [
  'This site uses cookies',
  'Some of these cookies are essential, while others help us to improve your experience by providing insights into how the ' + 'site is being used.',
  'Accept recommended settings',
  'Reject all',
  'Cookie settings',
];
const util = ['Study', 'Research', 'Business', 'Alumni', 'Staff', 'Students', 'Search'];
const main = ['About us', 'Study with us', 'Our research', 'People', 'News and events', 'Contact us'];
const crumbs = ['Home', 'Department of Geography and Earth Sciences', 'Glacier Dynamics Group', 'News'];
const local = ['Glacier Dynamics Group', 'Projects', 'Members', 'Publications', 'Fieldwork blog', 'PhD opportunities', 'News'];
const caption = 'The camp on the northern outlet glacier in late July.';
const credit = 'Photo: Jonas Eriksen';
const contact = ['Contact', 'Dr Signe Halvorsen', 'Associate Professor in Glaciology', 's.halvorsen@geo.ullsfjord.example'];
const share = ['Share this page', 'Share on X', 'Share on Facebook', 'Share on LinkedIn', 'Email this page'];
const tags = ['Glaciology', 'Fieldwork', 'Climate'];
const related = [
  ['New radar lab opens in the Hansen Building', '3 October 2025'],
  ['Group wins funding for five-year ice cap study', '14 May 2025'],
  ['Open day: ice cores and climate records', '2 April 2025'],
];
const footAddr = ['University of Ullsfjord', 'Department of Geography and Earth Sciences', 'Hansen Building, Breivika Road', '9037 Ullsfjord, Norway'];
const social = ['Instagram', 'LinkedIn', 'YouTube'];
const policy = ['Accessibility statement', 'Privacy notice', 'Cookies', 'Freedom of information', 'Modern slavery statement', 'Website feedback'];
const copy = '© 2025 University of Ullsfjord';
const P = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="description" content="${standfirst}" />
<link rel="canonical" href="https://www.ullsfjord.example/geo/glacier-dynamics/news/record-season-vestre-brebotn" />
<meta property="og:site_name" content="University of Ullsfjord" />
<meta property="og:type" content="article" />
<meta property="og:title" content="${title}" />
<meta property="article:published_time" content="2025-09-18T09:00:00+0200" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${title}",
"datePublished":"2025-09-18T09:00:00+0200","author":{"@type":"Organization","name":"Department of Geography and Earth Sciences"},
"publisher":{"@type":"Organization","name":"University of Ullsfjord","logo":{"@type":"ImageObject","url":"https://www.ullsfjord.example/logo.png"}}}]}</script>
<title>${title} | University of Ullsfjord</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yq3bK1u2o9Jc.css?delta=0&amp;language=en&amp;theme=uit_theme&amp;include=eJx" />
<script src="https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js"></script>
<script>var config = { apiKey: '5f1c0a', product: 'PRO_MULTISITE', initialState: 'notify', position: 'LEFT', theme: 'DARK' };
CookieControl.load( config );</script>
</head>
<body class="path-node page-node-type-news">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="site-header" role="banner">
<div class="utility-bar"><div class="container"><a class="site-logo" href="/" rel="home"><img src="/themes/custom/uit_theme/logo.svg"
alt="University of Ullsfjord home"></a><nav role="navigation" aria-labelledby="block-utility-menu" class="block-menu-utility">
<h2 class="visually-hidden" id="block-utility-menu">Utility menu</h2><ul class="menu menu--utility">${links(util, 'menu-item')}</ul></nav></div></div>
<div class="department-bar"><div class="container"><p class="department-name"><a href="/geo">Department of Geography and Earth Sciences</a></p>
<nav role="navigation" aria-labelledby="block-main-menu" class="block-menu-main"><h2 class="visually-hidden" id="block-main-menu">Main navigation</h2>
<ul class="menu menu--main">${links(main, 'menu-item menu-item--collapsed')}</ul></nav></div></div>
</header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(crumbs, 'breadcrumb__item')}</ol></nav></div>
<main role="main" class="layout-main-wrapper"><a id="main-content" tabindex="-1"></a>
<div class="layout-content container"><div class="row">
<aside class="layout-sidebar-first col-md-3" role="complementary"><nav role="navigation" aria-labelledby="block-group-menu" class="block-menu-group">
<h2 id="block-group-menu">${local[0]}</h2><ul class="menu menu--local">${links(local.slice(1), 'menu-item')}</ul></nav></aside>
<div class="col-md-9"><div data-drupal-messages-fallback class="hidden"></div>
<article role="article" about="/node/48213" class="node node--type-news node--promoted node--view-mode-full">
<div class="node__header"><span class="node__label">News</span>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${title}</span></h1>
<div class="field field--name-field-news-date field--type-datetime field--label-hidden field__item"><time datetime="2025-09-18T07:00:00Z">18
September 2025</time></div>
</div>
<div class="field field--name-field-standfirst field--type-string-long field--label-hidden field__item"><p class="standfirst">${standfirst}</p></div>
<div class="field field--name-field-lead-image field--type-entity-reference field--label-hidden field__item"><figure class="media media--type-image">
<img loading="lazy" src="/sites/default/files/styles/wide/public/2025-09/camp.jpg?itok=Qz7Lk2aV" width="1200" height="675"
alt="Tents and a weather station on a snow-covered glacier"><figcaption><span class="caption">${caption}</span>
<span class="credit">${credit}</span></figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${P(p1.slice(0, 1))}
<blockquote class="pull-quote"><p>${quote}</p><footer>— Dr Signe Halvorsen</footer></blockquote>
${P(p1.slice(1))}
${P(p2)}
</div>
<div class="paragraph paragraph--type--contact-box"><h2 class="contact-box__title">${contact[0]}</h2><p class="contact-box__name">${contact[1]}</p>
<p class="contact-box__role">${contact[2]}</p><p class="contact-box__email"><a href="mailto:${contact[3]}">${contact[3]}</a></p></div>
<div class="share-links"><h2 class="share-links__title">${share[0]}</h2><ul>
${share
  .slice(1)
  .map((t) => `<li><a href="#" class="share-links__link"><span class="visually-hidden">${t}</span><svg aria-hidden="true"></svg></a></li>`)
  .join('\n')}
</ul></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">Tags</div><div
class="field__items">
${tags.map((t) => `<div class="field__item"><a href="/taxonomy/term/${t.length}" hreflang="en">${t}</a></div>`).join('\n')}</div></div>
</article>
<div class="views-element-container"><div class="view view-related-news view-id-related_news view-display-id-block_1"><h2 class="view-title">Related news</h2>
<div class="view-content">
${related
  .map(
    ([t, d]) => `<div class="views-row"><article class="node node--type-news node--view-mode-teaser"><h3 class="node__title"><a href="#">${t}</a></h3>
<div class="field--name-field-news-date">${d}</div></article></div>`,
  )
  .join('\n')}
</div><div class="more-link"><a href="/geo/glacier-dynamics/news">All group news</a></div></div></div>
</div></div></div></main>
<footer class="site-footer" role="contentinfo"><div class="container"><div class="footer__address"><address>${footAddr.join('<br>\n')}</address>
<p><a href="tel:+4777640000">+47 77 64 00 00</a></p></div>
<div class="footer__social"><h2>Follow us</h2><ul>${links(social)}</ul></div>
<div class="footer__policies"><ul>${links(policy)}</ul></div><p class="footer__copyright">${copy}</p></div></footer>
</div>
<div id="ccc" role="region" aria-label="Cookie Control"><div id="ccc-notify" class="ccc-notify__notify" role="dialog" aria-labelledby="ccc-notify-title">
<div class="ccc-notify-text"><h3 id="ccc-notify-title">${cookie[0]}</h3><p>${cookie[1]}</p></div><div class="ccc-notify-buttons">
<button class="ccc-notify-button ccc-button--basic ccc-accept-button"><span>${cookie[2]}</span></button>
<button class="ccc-notify-button ccc-button--basic ccc-reject-button"><span>${cookie[3]}</span></button>
<button class="ccc-notify-button ccc-link ccc-tabbable ccc-notify-link"><span>${cookie[4]}</span></button></div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/48213","currentLanguage":"en"},
"ajaxTrustedUrl":[],"user":{"uid":0,"permissionsHash":"2d4a1"}}</script>
<script src="/sites/default/files/js/js_9a2Xw0r1.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=uit_theme"></script>
</body>
</html>`;
export const deptNews: TestPage = {
  html,
  name: 'heldout205-department-group-news',
  kind: 'news',
  // the standfirst and the pull quote are body (the quote's "— Dr Signe Halvorsen" line is in neither list); the date is
  // the byline (the page names no author); the "News" label, caption, credit, contact box, share links, tags, related
  // news with their dates, menus, breadcrumbs, the group side menu, footer and cookie banner are furniture; the group
  // name and "News" are both a breadcrumb and a side-menu entry, listed once
  title,
  headings: [],
  body: [standfirst, ...p1.slice(0, 1), quote, ...p1.slice(1), ...texts(p2)],
  bylines: ['18 September 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...util, 'Utility menu', 'Main navigation', ...main, 'Breadcrumb', ...crumbs, ...local.slice(1, 6), caption, credit,
    ...contact, ...share, 'Tags', ...tags, 'Related news', ...related.flat(), 'All group news', ...footAddr.slice(0, 1), ...footAddr.slice(2),
    '+47 77 64 00 00', 'Follow us', ...social, ...policy, copy, ...cookie,
  ],
};
