import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout278-kit.js';
import { eurekalertPage } from './pages-heldout278-d2.js';

/**
 * Held-out batch 278, file d: a university news release on a Drupal 10 site laid out with Layout Builder (page-builder
 * sections and field blocks: alert banner, utility and main menus, breadcrumbs, hero image with caption, byline and date
 * blocks, share links, a "Media contact" block, "Related news" cards, tags, newsletter block, address footer) and, from
 * file d2, a EurekAlert! news release.
 */
const title = 'Engineers turn brewery waste into a sponge that pulls phosphorus from farm runoff';
const paras1 = [
  j(
    'Engineers at Carrow Vale University have developed a low-cost material, made from spent grain left over from brewing,',
    'that captures phosphorus from agricultural drainage water and can then be spread back onto fields as fertiliser.',
  ),
  j(
    'Phosphorus washed from farmland feeds algal blooms in lakes and rivers, and removing it at the edge of a field is',
    'cheaper than cleaning up a lake later. The team’s material, described this week in the journal Water Research',
    'Frontiers, removed 87 per cent of dissolved phosphorus in a season-long field test on a dairy farm near Millbrook.',
  ),
];
const h = ['From mash tun to filter', 'A field test through the wettest months', 'Next steps'];
const paras2 = [
  j(
    'The researchers dry the spent grain, coat it with a thin layer of iron and calcium salts and bake it at a moderate',
    'temperature. The result is a light, porous granule whose surface binds phosphate ions as water trickles past.',
  ),
  j(
    '“Breweries pay to get rid of this grain, and farmers pay for phosphorus fertiliser,” said Dr Oluwaseun Marsh-Iqbal,',
    'associate professor of civil and environmental engineering, who led the project. “We wanted a filter that solves both',
    'problems at once.”',
  ),
];
const paras3 = [
  j(
    'The team packed 600 kilograms of granules into a trench filter at the outlet of a field drain and sampled the water',
    'weekly from October to April. Removal stayed above 80 per cent until February, when the granules began to saturate.',
  ),
  'Key results from the test:',
];
const list = [
  'Dissolved phosphorus fell from 0.42 to 0.05 milligrams per litre on average.',
  'The filter caught about 9 kilograms of phosphorus over the season.',
  'Used granules released their phosphorus slowly in greenhouse trials, matching a commercial slow-release fertiliser.',
];
const paras4 = [
  j(
    'The group is now working with two local breweries and the county conservation district to test larger filters on',
    'five farms this year. The project is funded by the state Department of Agriculture and the university’s Office of',
    'Innovation, which has filed a provisional patent on the coating process.',
  ),
  j(
    'Graduate student Henrietta Coyle, a co-author, said the farmers they worked with were quick to see the appeal. “They',
    'liked that nothing goes to waste. The filter ends up back on the same field it was protecting,” she said.',
  ),
];
const related = [
  'Campus solar array reaches full capacity',
  'New lab studies microplastics in the Carrow River',
  'Students design flood sensors for rural roads',
];
const furn = [
  'Skip to main content',
  'Campus is open. Check the weather and travel page for winter updates.',
  'Apply',
  'Visit',
  'Give',
  'Directory',
  'Academics',
  'Admissions',
  'Campus Life',
  'Athletics',
  'Carrow Vale Today',
  'Home',
  'News',
  'Science & Technology',
  'A granule of coated spent grain under the microscope; the pores bind phosphate from passing water.',
  'Photo: Liesl Brandvold/Carrow Vale University',
  'Share on Facebook',
  'Share on X',
  'Share on LinkedIn',
  'Email this story',
  'Media contact',
  'Dominic Ferrante',
  'Senior Media Relations Officer',
  'dferrante@carrowvale.example',
  '555-0142',
  'Related news',
  ...related,
  'Tags',
  'Civil engineering',
  'Water quality',
  'Sustainability',
  'Get Carrow Vale Today in your inbox',
  'Subscribe to our weekly newsletter for stories about research, students and campus life.',
  'Subscribe',
  '1400 University Avenue, Carrow Vale, OH 45999',
  'Accessibility',
  'Non-discrimination',
  'Privacy',
  'Emergency information',
  '© 2026 Carrow Vale University',
];
const blk = (name: string, inner: string): string =>
  `<div class="block block-layout-builder block-field-block${name} clearfix"><div class="field field--name-${name} field--type-string field--label-hidden
field__item">${inner}</div></div>`;
const html = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8" /><title>${title} | Carrow Vale Today</title>
<meta name="description" content="Engineers have developed a low-cost material from spent grain that captures phosphorus." />
<link rel="canonical" href="https://today.carrowvale.example/news/2026/03/brewery-waste-sponge" /><meta name="Generator"
content="Drupal 10 (https://www.drupal.org)" />
<meta property="og:type" content="article" /><meta property="article:published_time" content="2026-03-04T09:00:00-0500" />
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${title}",
"datePublished":"2026-03-04T09:00:00-0500","author":{"@type":"Person","name":"Becca Lindahl"}}]}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/8841"},"ajaxTrustedUrl":[]}</script>
</head><body class="path-node page-node-type-news-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="alert alert--info" role="region"><p>Campus is open. Check the weather and
travel page for winter updates.</p></div><header class="site-header" role="banner"><div class="region region-header"><nav class="utility-nav"><ul class="menu">
${links(['Apply', 'Visit', 'Give', 'Directory'], 'menu-item')}</ul></nav><a href="/" rel="home" class="site-logo"><img src="/themes/custom/cvu/logo.svg"
alt="Home" /></a><nav role="navigation" aria-labelledby="block-main-menu" id="block-main-menu"><h2 class="visually-hidden" id="block-main-menu-menu">Main
navigation</h2><ul class="menu menu--main">${links(['Academics', 'Admissions', 'Research', 'Campus Life', 'Athletics'], 'menu-item')}</ul></nav>
<div class="site-name"><a href="/news">Carrow Vale Today</a></div></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(['Home', 'News', 'Science & Technology'])}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content"><article data-history-node-id="8841"
class="node node--type-news-article
node--view-mode-full"><div class="layout layout--onecol"><div class="layout__region layout__region--content">
${blk('title', `<h1 class="page-title"><span class="field field--name-title">${title}</span></h1>`)}
<div class="block block-layout-builder block-inline-blockhero-image"><figure class="hero"><img src="/sites/default/files/2026-03/granule.jpg" alt="" />
<figcaption class="hero__caption">A granule of coated spent grain under the microscope; the pores bind phosphate from passing water.
<span class="hero__credit">Photo: Liesl Brandvold/Carrow Vale University</span></figcaption></figure></div></div></div>
<div class="layout layout--twocol-section layout--twocol-section--67-33"><div class="layout__region layout__region--first">
<div class="byline-wrap">${blk('field-author', 'By Becca Lindahl')}${blk('field-date', '<time datetime="2026-03-04T14:00:00Z">March 4, 2026</time>')}</div>
<div class="block block-layout-builder block-field-blocknodenews-articlebody clearfix"><div class="clearfix text-formatted field field--name-body
field--type-text-with-summary field--label-hidden field__item">
${ps(paras1)}
<h2>${h[0]}</h2>
${ps(paras2)}
<h2>${h[1]}</h2>
${ps(paras3)}
<ul>${list.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<h2>${h[2]}</h2>
${ps(paras4)}
</div></div>
<div class="block block-cvu-share"><ul class="share-links">${links(['Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Email this story'])}</ul></div>
<div class="block block-taxonomy"><h3 class="block-title">Tags</h3><ul
class="tags">${links(['Civil engineering', 'Water quality', 'Sustainability'])}</ul></div></div>
<div class="layout__region layout__region--second"><div class="block block-layout-builder block-inline-blockmedia-contact"><h2 class="block__title">Media
contact</h2><div class="field field--name-field-contact-name">Dominic Ferrante</div><div class="field field--name-field-contact-title">Senior Media Relations
Officer</div><div class="field field--name-field-email"><a href="mailto:dferrante@carrowvale.example">dferrante@carrowvale.example</a></div>
<div class="field field--name-field-phone">555-0142</div></div></div></div>
<div class="layout layout--threecol-section"><div class="layout__region layout__region--content"><div class="block block-views block-views-blockrelated-news">
<h2 class="block__title">Related news</h2><div class="view-content">${related
  .map(
    (r) => `<div class="views-row"><article class="card card--news"><div class="card__image"><img src="/sites/default/files/styles/card/r.jpg" alt="" /></div>
<h3 class="card__title"><a href="/news/2026/02/${r.length}">${r}</a></h3></article></div>`,
  )
  .join('\n')}</div></div></div></div></article></div></main>
<div class="region region-pre-footer"><div class="block block-newsletter"><h2>Get Carrow Vale Today in your inbox</h2><p>Subscribe to our weekly newsletter for
stories about research, students and campus life.</p><form><input type="email" aria-label="Email address" /><button
type="submit">Subscribe</button></form></div></div>
<footer class="site-footer" role="contentinfo"><p class="site-footer__name">Carrow Vale University</p><address>1400 University Avenue, Carrow Vale, OH
45999</address>
<ul class="menu">${links(['Accessibility', 'Non-discrimination', 'Privacy', 'Emergency information'])}</ul><p>© 2026 Carrow Vale University</p></footer></div>
</body></html>`;

export const HELDOUT278_D: readonly TestPage[] = [
  {
    name: 'heldout278-university-layoutbuilder-news',
    kind: 'news',
    html,
    title,
    headings: h,
    body: texts([...paras1, ...paras2, ...paras3, ...list, ...paras4]),
    bylines: ['By Becca Lindahl', 'March 4, 2026'],
    furniture: furn,
  },
  eurekalertPage,
];
