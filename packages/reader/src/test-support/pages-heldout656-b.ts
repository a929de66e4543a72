import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, settle, uniq } from './pages-heldout656-kit.js';

/**
 * Held-out batch 656, file b: a pond builder's wildlife pond case study on Squarespace 7.1 (blog item with image captions, item
 * pagination and a newsletter block) and a tree surgeon's FAQ page built with Elementor on Hello Elementor (accordion widget).
 */
const sTitle = 'Case study: a wildlife pond for a shady north-facing garden in Ashcombe';
const sBody = [
  j(
    'When Helen and Rob first got in touch, their back garden in Ashcombe was mostly lawn, bordered by a row of old hazels that kept the',
    'far end in shade until mid-afternoon. They wanted a pond that would bring in frogs, newts and dragonflies without turning green every',
    'summer, and they wanted their two young children to be able to play nearby safely.',
  ),
  j(
    'Shade is usually seen as a problem for ponds, but a little of it helps: cooler water holds more oxygen and grows less algae. The real',
    'issue under trees is leaf fall, so we set the pond about four metres out from the hazels, where it gets around five hours of sun in',
    'midsummer, and planned a simple net for October and November.',
  ),
  'Design',
  j(
    'The finished pond is an irregular oval of roughly 3.5 by 2.2 metres. Instead of a single deep bowl we dug three levels: a wide',
    'shallow beach at the house end, a marginal shelf 20 centimetres deep around most of the edge, and a central zone 75 centimetres deep',
    'where newts and dragonfly larvae can shelter in winter.',
  ),
  j(
    'For the children, the beach end is the only way in, and it shelves so gently that the first metre is never more than a few',
    'centimetres deep. The deeper side is planted densely with marginals, which keeps small feet away from the edge.',
  ),
  'Construction',
  j(
    'The dig took two days with a micro-excavator, and the Ashcombe clay came out in solid blocks that we reused to build a low bank along',
    'the back. We laid a 50 millimetre bed of sharp sand, a heavy underlay, and a single sheet of 1 millimetre EPDM liner. The edges were',
    'buried in a trench and covered with turf on the lawn side and gravel on the beach.',
  ),
  j(
    'We filled the pond with rainwater from two butts and the garage roof over about ten days, rather than tap water, which carries the',
    'nutrients that feed algae. There is no pump and no filter.',
  ),
  'Planting',
  j(
    'All the plants are native and were grown in peat-free aquatic compost in hessian bags: water forget-me-not, brooklime, marsh marigold',
    'and lesser spearwort on the shelf, with hornwort and water starwort as oxygenators. A single dwarf water lily shades the deep zone.',
  ),
  'Six months on',
  j(
    'The first frogspawn appeared in March, and by June the family had counted two species of damselfly. The water has stayed clear since',
    'the plants filled out, apart from a brief green spell in the first May, which is normal for any new pond.',
  ),
  '“We spend more time sitting by the pond than anywhere else in the garden now. The kids check it every morning before school.”',
  '— Helen, Ashcombe',
];
const sParas = (a: number, b: number): string => ps(sBody.slice(a, b));
const sNav = ['Ponds', 'Water Features', 'Maintenance', 'Projects', 'Journal', 'Contact'];
const sCaps = ['The lawn before work began, with the hazels along the back boundary.', 'The three depth zones, marked out before the liner went in.'];
const sFoot = ['Instagram', 'Facebook', 'Privacy', 'Terms'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${sTitle} — Fernwater Ponds</title><link rel="canonical" href="https://www.fernwaterponds.co.uk/journal/ashcombe-wildlife-pond">
<meta property="og:site_name" content="Fernwater Ponds"><meta property="og:type" content="article">
<script type="application/ld+json">{"url":"https://www.fernwaterponds.co.uk","name":"Fernwater Ponds","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}",
"author":"Tom Ellery","datePublished":"2026-09-22"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Fernwater Ponds"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/6412/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-6510c2" class="tweak-blog-item-width-medium tweak-blog-item-show-author-profile primary-button-style-solid collection-type-blog-basic-grid
view-item collection-layout-default mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="light">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid"><div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" id="site-title">Fernwater Ponds</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`)
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse
sqs-button-element--primary" href="/contact">Book a site visit</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6510c1">
<section class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center
vertical-alignment--middle" data-section-theme=""><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry author-tom-ellery post-type-text article-index-null tag-case-study category-projects" data-item-id="6510c2">
<div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-category-date-wrapper"><div class="blog-item-category-wrapper">
<div class="blog-meta-item blog-meta-item--categories"><a href="/journal?category=Projects" class="blog-item-category">Projects</a></div></div>
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-09-22">22 September 2026</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-meta-item blog-meta-item--author"><span class="blog-author-label">Written by</span>
<a href="/journal?author=5f1a2b" class="blog-item-author-profile-link"><span>Tom Ellery</span></a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-6510c2">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1b2">
<div class="sqs-block-content"><div class="sqs-html-content">${sParas(0, 2)}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a1b3"><div class="sqs-block-content"><figure class="sqs-block-image-figure
intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/before.jpg" alt="" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>${at(sCaps, 0)}</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1b4"><div class="sqs-block-content"><div class="sqs-html-content">
<h2>${at(sBody, 2)}</h2>${sParas(3, 5)}<h2>${at(sBody, 5)}</h2>${sParas(6, 8)}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a1b5"><div class="sqs-block-content"><figure class="sqs-block-image-figure
intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/zones.jpg" alt="" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>${at(sCaps, 1)}</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1b6"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>${at(sBody, 8)}</h3>${sParas(9, 10)}<h3>${at(sBody, 10)}</h3>${sParas(11, 12)}</div></div></div>
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-a1b7"><div class="sqs-block-content"><figure>
<blockquote data-animation-role="quote"><span>“</span>${at(sBody, 12).slice(1, -1)}<span>”</span></blockquote>
<figcaption class="source">${at(sBody, 13)}</figcaption></figure></div></div>
</div></div></div></div></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--tags"><a href="/journal?tag=wildlife+ponds">wildlife ponds</a>,
<a href="/journal?tag=case+study">case study</a></div><div class="blog-item-share"><button class="blog-item-share-button">Share</button></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5f1a2b" class="author-name">Tom Ellery</a><div class="author-bio"><p>Tom founded
Fernwater Ponds in 2011 after a decade landscaping for the National Trust. He still digs most of the ponds himself.</p></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination=""><a class="item-pagination-link item-pagination-link--prev"
href="/journal/pond-liners-compared"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">EPDM or clay? Choosing a pond
lining</h2></a><a class="item-pagination-link item-pagination-link--next" href="/journal/winter-pond-care"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Looking after a wildlife pond through winter</h2></a></section></div></article></div></div></div></section>
<section class="page-section" data-section-theme="dark"><div class="content-wrapper"><div class="sqs-block newsletter-block sqs-block-newsletter">
<div class="sqs-block-content"><div class="newsletter-form-wrapper"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Pond notes</h2>
<div class="newsletter-form-header-description"><p>A short email each season with what to do in and around your pond.</p></div></div>
<form class="newsletter-form"><div class="newsletter-form-field-wrapper"><label class="newsletter-form-field-label" for="email-yui">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" type="email" id="email-yui" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper"><button class="newsletter-form-button sqs-system-button" type="submit"><span
class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content"><div class="sqs-html-content">
<p>Fernwater Ponds · Ashcombe, Somerset · 01632 960 245</p><p>${sFoot.map((t) => `<a href="/${t.toLowerCase()}">${t}</a>`).join(' · ')}</p></div></div>
</section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text">
<p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept"
type="button">Accept</button><button class="sqs-cookie-banner-v2-decline" type="button">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespacePond: TestPage = {
  name: 'heldout656-squarespace-pond-case-study',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [at(sBody, 2), at(sBody, 5), at(sBody, 8), at(sBody, 10)],
  body: texts(sBody.filter((_, i) => ![2, 5, 8, 10].includes(i))),
  bylines: ['22 September 2026', 'Written by', 'Tom Ellery'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to Content', 'Fernwater Ponds', ...sNav, 'Book a site visit', 'Projects', ...sCaps, 'wildlife ponds', 'case study', 'Share',
    'Tom founded Fernwater Ponds in 2011 after a decade landscaping for the National Trust. He still digs most of the ponds himself.',
    'Previous', 'EPDM or clay? Choosing a pond lining', 'Next', 'Looking after a wildlife pond through winter', 'Pond notes',
    'A short email each season with what to do in and around your pond.', 'Email Address', 'Sign Up', 'Fernwater Ponds · Ashcombe, Somerset · 01632 960 245',
    ...sFoot, 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ]),
};

const eTitle = 'Tree Surgery FAQs';
const eIntro = j(
  'These are the questions we are asked most often by customers in Tallowford and the Braymoor villages. If yours is not here, give us',
  'a call: there is no such thing as a silly question about a forty-foot tree.',
);
type Faq = { q: string; a: string };
const eGroups: { h: string; faqs: Faq[] }[] = [
  {
    h: 'Before the work',
    faqs: [
      {
        q: 'Do I need permission to cut my tree?',
        a: j(
          'Only if it is protected by a Tree Preservation Order or stands in a conservation area. We check both before every quote, and if',
          'consent is needed we can make the application for you.',
        ),
      },
      {
        q: 'Can I cut branches that overhang from my neighbour’s garden?',
        a: j(
          'Yes, back to the boundary line, as long as the tree is not protected. The branches legally belong to your neighbour, so it is',
          'polite, though not required, to offer them back.',
        ),
      },
      {
        q: 'When is the best time of year for tree work?',
        a: j(
          'Most trees can be pruned in late autumn and winter, when they are dormant and birds are not nesting. Cherries and plums are the',
          'exception: prune them in summer to reduce the risk of silver leaf disease.',
        ),
      },
    ],
  },
  {
    h: 'On the day',
    faqs: [
      {
        q: 'Do I need to be at home?',
        a: j(
          'Not if we can get to the trees. We ask that cars are moved from the drive and that pets are kept indoors, and we will send you',
          'photographs when the work is finished.',
        ),
      },
      {
        q: 'What happens to the wood and branches?',
        a: j(
          'Brash is chipped on site and taken away, and the chip is composted at our yard. Logs can be left stacked for you at no charge,',
          'or we can remove them.',
        ),
      },
      {
        q: 'Are you insured?',
        a: j(
          'Yes. We carry £10 million public liability and £10 million employer’s liability insurance, and every climber holds NPTC',
          'certificates for aerial rescue and chainsaw use from a rope and harness.',
        ),
      },
    ],
  },
];
const eNav = ['Home', 'Services', 'About', 'FAQs', 'Contact'];
const eFaqs = eGroups.flatMap((g) => g.faqs);
const eTab = (f: Faq, i: number): string => `<div class="elementor-accordion-item"><h3 id="elementor-tab-title-14${i}" class="elementor-tab-title"
data-tab="${i}" role="button" aria-controls="elementor-tab-content-14${i}" aria-expanded="false"><span class="elementor-accordion-icon
elementor-accordion-icon-left" aria-hidden="true"><span class="elementor-accordion-icon-closed"><svg class="e-font-icon-svg e-fas-plus" viewBox="0 0 448 512">
<path d="M416 208H272V64"></path></svg></span></span><a class="elementor-accordion-title" tabindex="0">${f.q.replace(/&/g, '&amp;')}</a></h3>
<div id="elementor-tab-content-14${i}" class="elementor-tab-content elementor-clearfix" data-tab="${i}" role="region"
aria-labelledby="elementor-tab-title-14${i}"><p>${f.a}</p></div></div>`;
const eWidget = (id: string, type: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const eBtn = (href: string, text: string): string => `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link"
href="${href}"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">${text}</span></span></a></div>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tree Surgery FAQs – Tallow Oak Tree Surgery</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<link rel="stylesheet" id="elementor-post-57-css" href="/wp-content/uploads/elementor/css/post-57.css?ver=1761234567" media="all">
<style id="elementor-frontend-inline-css">.elementor-kit-5{--e-global-color-primary:#2F4B26;}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-57 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-57">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="22" class="elementor elementor-22 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3b1c e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eWidget('5a1f', 'theme-site-logo', '<a href="/"><img width="180" height="60" src="/wp-content/uploads/tallow-oak.svg" alt="Tallow Oak Tree Surgery"></a>')}
${eWidget(
  '7c2e',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-7c2e" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-7c2e" class="elementor-nav-menu">
${links(eNav, 'menu-item')}</ul></nav>`,
)}
${eWidget('9d04', 'button', eBtn('tel:01632960533', '01632 960 533'))}
</div></div></div>
<main id="content" class="site-main post-57 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="57" class="elementor elementor-57" data-elementor-post-type="page">
<div class="elementor-element elementor-element-1f0a e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eWidget('2b11', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eWidget('2b12', 'text-editor', `<p>${eIntro}</p>`)}
${eGroups
  .map(
    (g, gi) => `${eWidget(`3c${gi}0`, 'heading', `<h2 class="elementor-heading-title elementor-size-default">${g.h}</h2>`)}
${eWidget(`3c${gi}1`, 'accordion', `<div class="elementor-accordion">${g.faqs.map((f, i) => eTab(f, gi * 10 + i + 1)).join('\n')}</div>`)}`,
  )
  .join('\n')}
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"Are you insured?"}]}</script>
</div></div>
<div class="elementor-element elementor-element-4e7a e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eWidget('4e7b', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Still have a question?</h2>')}
${eWidget('4e7c', 'text-editor', '<p>Our office is open Monday to Friday, 8am to 5pm.</p>')}
${eWidget('4e7d', 'button', eBtn('/contact/', 'Get in touch'))}
</div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-6a10 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eWidget('6a11', 'heading', '<h4 class="elementor-heading-title elementor-size-default">Tallow Oak Tree Surgery</h4>')}
${eWidget(
  '6a12',
  'icon-list',
  `<ul class="elementor-icon-list-items">
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Mill Yard, Tallowford</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">hello@tallowoak.co.uk</span></li></ul>`,
)}
${eWidget('6a13', 'text-editor', '<p>© 2026 Tallow Oak Tree Surgery Ltd. Registered in England and Wales.</p>')}
</div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.7" id="elementor-frontend-js"></script></body></html>`;
const elementorFaq: TestPage = {
  name: 'heldout656-elementor-tree-faq',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eGroups.flatMap((g) => [g.h, ...g.faqs.map((f) => f.q)]),
  body: texts([eIntro, ...eFaqs.map((f) => f.a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', ...eNav, '01632 960 533', 'Still have a question?', 'Our office is open Monday to Friday, 8am to 5pm.', 'Get in touch',
    'Tallow Oak Tree Surgery', 'Mill Yard, Tallowford', 'hello@tallowoak.co.uk', '© 2026 Tallow Oak Tree Surgery Ltd. Registered in England and Wales.',
  ]),
};

export const HELDOUT656_B: readonly TestPage[] = [squarespacePond, elementorFaq].map(settle);
