import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout242-kit.js';
import { medium } from './pages-heldout242-e2.js';

/**
 * Held-out batch 242, file e: a landscape architect's portfolio case study built with Elementor on WordPress (header
 * template, nested sections, columns and widgets, a project facts icon list, image gallery with captions, testimonial widget,
 * "Next project" link, contact call to action, footer template, Complianz cookie banner) and, from file e2, a product design
 * post on Medium.
 */
const pTitle = 'Holloway Wharf Gardens';
const pLead = j(
  'A former coal wharf on the Calder Navigation turned into a public garden that floods on purpose, with wet meadows,',
  'reed beds and a boardwalk linking two new housing blocks to the towpath.',
);
const pFacts = ['Client: Wharfside Homes Cooperative', 'Location: Holloway, Calderdale', 'Area: 1.4 hectares', 'Completed: 2025'];
const pH1 = 'The brief';
const pP1 = [
  j(
    "The cooperative wanted a shared garden for 180 new homes that would also take the pressure off the site's drains, which",
    'overflowed into the canal several times a year. The ground was heavily contaminated from a century of coal handling.',
  ),
];
const pH2 = 'Our approach';
const pP2 = [
  j(
    'Rather than remove the contaminated soil, we capped it under a clean layer and reshaped the levels so that rain from the',
    'roofs and paths drains into a chain of shallow basins. In a normal week the basins are meadow. After heavy rain they',
    'fill and empty slowly into the canal over two days.',
  ),
  j(
    'The old stone quay edge was kept and repaired, and a timber boardwalk crosses the lowest basin so that residents can walk to',
    'the towpath with dry feet in any weather. Play areas, seating and a community growing plot sit on the higher ground.',
  ),
];
const pH3 = 'Planting';
const pP3 = ['The planting was chosen to cope with both flood and drought. The main groups are:'];
const pPlants = [
  'wet meadow of purple loosestrife, meadowsweet and ragged robin in the basins',
  'common reed and yellow flag iris along the quay edge',
  'birch, alder and crab apple on the higher ground',
];
const pH4 = 'Outcome';
const pP4 = [
  j(
    'In its first winter the garden held back an estimated 2.3 million litres of rainwater during storms, and the overflow into',
    'the canal has not been triggered since the basins were completed.',
  ),
  j(
    'Residents now run a monthly work day to cut the meadow and clear litter from the reed beds, and the local primary school',
    'uses the boardwalk for pond-dipping lessons. The cooperative has asked us to apply the same approach to its next site.',
  ),
];
const pCaps = ['The boardwalk over the lower basin in early summer', 'Wet meadow after rain, looking towards the quay'];
const pQuote = 'They gave us a garden that works as hard as the drains and looks far better.';
const pQuoteBy = 'Lorna Haigh, Chair, Wharfside Homes Cooperative';
const pNav = ['Projects', 'Practice', 'Journal', 'Contact'];
const pFoot = ['Instagram', 'LinkedIn', 'Privacy Policy'];
const w = (type: string, inner: string, id: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const sec = (id: string, cols: string[]): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
${cols
  .map(
    (c, i) => `<div class="elementor-column elementor-col-${Math.round(100 / cols.length)} elementor-top-column elementor-element" data-id="${id}${i}"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${c}</div></div>`,
  )
  .join('\n')}</div></section>`;
const head = (t: string, id: string, tag = 'h2'): string => w('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`, id);
const text = (paras: string[], id: string): string => w('text-editor', paras.map((p) => `<p>${p}</p>`).join('\n'), id);
const fig = (cap: string, id: string): string =>
  w(
    'image',
    `<figure class="wp-caption"><img loading="lazy" width="1024" height="683" src="https://hedgerowlandscape.example/wp-content/uploads/2025/11/wharf-${id}.jpg"
class="attachment-large size-large" alt=""><figcaption class="widget-image-caption wp-caption-text">${cap}</figcaption></figure>`,
    id,
  );
const pHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${pTitle} &#8211; Hedgerow Landscape Studio</title>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_css_loading; settings: css_print_method-external">
<meta property="og:type" content="article"><meta property="og:site_name" content="Hedgerow Landscape Studio">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${pTitle}",
"datePublished":"2025-11-20T10:12:44+00:00"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://hedgerowlandscape.example/wp-content/plugins/elementor/assets/css/frontend.min.css"
media="all">
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4","post":{"id":412,"title":"${pTitle}"}};</script></head>
<body class="project-template-default single single-project postid-412 elementor-default elementor-kit-6 elementor-page elementor-page-412">
<div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header">
${sec('3f1a2b1', [
  w('theme-site-logo', '<a href="/">Hedgerow Landscape Studio</a>', '5c2e1d0'),
  w('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(pNav, 'menu-item')}</ul></nav>`, '7a8b9c0'),
])}</div>
<div data-elementor-type="wp-post" data-elementor-id="412" class="elementor elementor-412">
${sec('a11b001', [
  `${w('heading', '<p class="elementor-heading-title elementor-size-small">Case study</p>', 'b01')}
${head(pTitle, 'b02', 'h1')}${text([pLead], 'b03')}`,
])}
${sec('a11b002', [
  w(
    'icon-list',
    `<ul class="elementor-icon-list-items">${pFacts
      .map(
        (f) => `<li class="elementor-icon-list-item">
<span class="elementor-icon-list-text">${f}</span></li>`,
      )
      .join('')}</ul>`,
    'c01',
  ),
  `${head(pH1, 'c02')}${text(pP1, 'c03')}`,
])}
${sec('a11b003', [fig(pCaps[0] ?? '', 'd01')])}
${sec('a11b004', [
  `${head(pH2, 'e01')}${text(pP2, 'e02')}${head(pH3, 'e03')}${text(pP3, 'e04')}
${w('text-editor', `<ul>${pPlants.map((p) => `<li>${p}</li>`).join('')}</ul>`, 'e05')}`,
])}
${sec('a11b005', [fig(pCaps[1] ?? '', 'f01'), `${head(pH4, 'f02')}${text(pP4, 'f03')}`])}
${sec('a11b006', [
  w(
    'testimonial',
    `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${pQuote}</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-details"><div class="elementor-testimonial-name">${pQuoteBy}</div></div></div></div>`,
    'g01',
  ),
])}
${sec('a11b007', [
  w(
    'button',
    `<a class="elementor-button elementor-button-link" href="/projects/ravensmoor-school/">
<span class="elementor-button-text">Next project: Ravensmoor School Playground</span></a>`,
    'h01',
  ),
  w(
    'call-to-action',
    `<h3 class="elementor-cta__title">Have a site in mind?</h3>
<div class="elementor-cta__description">We would love to hear about it.</div><a class="elementor-cta__button" href="/contact/">Get in touch</a>`,
    'h02',
  ),
])}</div>
<div data-elementor-type="footer" data-elementor-id="24" class="elementor elementor-24 elementor-location-footer">
${sec('9f0e1d2', [
  w('text-editor', '<p>Hedgerow Landscape Studio Ltd, 4 Dyers Yard, Hebden Bridge HX7 8AD</p>', 'i01'),
  w('icon-list', `<ul>${links(pFoot)}</ul>`, 'i02'),
])}
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show" role="dialog"><div class="cmplz-header">
<div class="cmplz-title">Manage Cookie Consent</div></div>
<div class="cmplz-message"><p>We use cookies to optimise our website and our service.</p></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://hedgerowlandscape.example/wp-content/plugins/elementor/assets/js/frontend.min.js" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout242-elementor-landscape-case-study',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [pH1, pH2, pH3, pH4],
  body: texts([pLead, ...pFacts, ...pP1, ...pP2, ...pP3, ...pPlants, ...pP4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hedgerow Landscape Studio', ...pNav, 'Case study', ...pCaps, pQuote, pQuoteBy, 'Next project: Ravensmoor School Playground', 'Have a site in mind?',
    'We would love to hear about it.', 'Get in touch', 'Hedgerow Landscape Studio Ltd, 4 Dyers Yard, Hebden Bridge HX7 8AD', ...pFoot,
    'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT242_E: readonly TestPage[] = [elementor, medium];
