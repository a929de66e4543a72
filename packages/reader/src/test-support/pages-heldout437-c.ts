import { links, type TestPage, texts } from './page-kit.js';
import { nextTrial } from './pages-heldout437-c2.js';
import { j } from './pages-heldout437-kit.js';

/**
 * Held-out batch 437, file c: a biotech's technology platform page built with Elementor on the Hello Elementor theme
 * (Elementor Pro header with nav menu, sections of heading, text-editor, icon-box, counter, image and button widgets, a
 * publications call-to-action, an Elementor footer and the Complianz cookie banner) and, from file c2, a clinical-trial
 * sponsor's patient page built with Next.js.
 */
const eTitle = 'The PRISM Delivery Platform';
const eLead = j(
  'Gene editing can only help patients if the editor reaches the right cells. PRISM is our lipid nanoparticle platform for delivering',
  'mRNA-encoded editors to tissues beyond the liver, with a single intravenous dose.',
);
const eWhy = [
  j(
    'Most lipid nanoparticles in the clinic today end up in the liver, because they pick up a blood protein that liver cells are built to',
    'absorb. That is ideal for liver diseases, but it leaves out the bone marrow, the lungs and the muscles, where many genetic diseases begin.',
  ),
  j(
    'Kestrel Biosciences set out in 2021 to change where nanoparticles go. Rather than design lipids one at a time, we built a screening',
    'system that tests thousands of formulations at once in living animals, each carrying its own DNA barcode.',
  ),
];
type Box = readonly [title: string, text: string];
const eBoxes: readonly Box[] = [
  ['Barcoded in vivo screening', 'Each formulation carries a unique barcode, so a single study shows which of up to 4,000 particles reached which cell type.'],
  ['Machine-guided lipid design', 'Screening results train models that propose new ionizable lipids, which we synthesize and test in the next round.'],
  [
    'Tissue-selective targeting',
    'Our lead formulations deliver to hematopoietic stem cells in the bone marrow with less than 5 percent of the dose reaching the liver.',
  ],
];
const eHow = [
  j(
    'Once a formulation reaches its target, the mRNA it carries is translated into a base editor that corrects a single letter of DNA.',
    'The mRNA is cleared within days, so the editor is only present for a short time, which limits unwanted edits elsewhere in the genome.',
  ),
  j(
    'Because the editing happens inside the body, patients would not need the stem cell collection, chemotherapy conditioning and',
    'weeks in hospital that ex vivo gene therapies require today.',
  ),
];
const eNext = [
  j(
    'Our first development candidate, KST-301, uses a bone-marrow-selective PRISM formulation to correct the most common mutation causing',
    'sickle cell disease. We expect to begin IND-enabling studies later this year.',
  ),
  j(
    'We are also exploring PRISM formulations for the lung epithelium and skeletal muscle, and we are open to partnerships in areas where',
    'we will not develop medicines ourselves.',
  ),
];
const eNav = ['Platform', 'Pipeline', 'About', 'News', 'Careers', 'Contact'];
const eFoot = ['LinkedIn', 'Privacy Policy', 'Cookie Policy', 'Legal Notice'];
let n = 0;
const id = (): string => (0x3a10f0 + n++ * 7919).toString(16);
const w = (type: string, inner: string): string => `<div class="elementor-element elementor-element-${id()} elementor-widget elementor-widget-${type}"
data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (inner: string, cls = ''): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id()}
elementor-section-boxed elementor-section-height-default${cls}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const head = (t: string, tag = 'h2'): string => w('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const te = (ps: readonly string[]): string => w('text-editor', ps.map((p) => `<p>${p}</p>`).join('\n'));
const box = ([t, d]: Box): string =>
  w(
    'icon-box',
    `<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon"><span class="elementor-icon elementor-animation-">
<i aria-hidden="true" class="fas fa-dna"></i></span></div><div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title"><span>${t}</span></h3>
<p class="elementor-icon-box-description">${d}</p></div></div>`,
  );
const ctr = (num: string, suffix: string, t: string): string =>
  w(
    'counter',
    `<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number" data-duration="2000"
data-to-value="${num}">${num}</span><span class="elementor-counter-number-suffix">${suffix}</span></div><div class="elementor-counter-title">${t}</div></div>`,
  );
const btn = (t: string): string =>
  w(
    'button',
    `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="#">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">${t}</span></span></a></div>`,
  );
const eHtml = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>PRISM Platform &#8211; Kestrel Biosciences</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:title" content="PRISM Platform - Kestrel Biosciences"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"PRISM Platform"}]}</script>
<link rel='stylesheet' id='elementor-frontend-css' href='https://kestrelbio.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.4'
media='all'>
<link rel='stylesheet' id='hello-elementor-css' href='https://kestrelbio.example/wp-content/themes/hello-elementor/style.min.css?ver=3.3.0' media='all'>
<meta name="generator" content="Elementor 3.27.4; features: e_font_icon_svg; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
${sec(`${w('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/2025/04/kestrel-logo.svg" alt="Kestrel Biosciences"></a>')}
${w(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul id="menu-1-${id()}"
class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>`,
)}`)}</div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
${sec(`${head('Technology', 'h6')}${head(eTitle, 'h1')}${te([eLead])}`, ' elementor-section-full_width hero')}
${sec(`${head('Why delivery is the bottleneck')}${te(eWhy)}
${w(
  'image',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2025/06/prism-screen.jpg" alt="" class="attachment-large size-large">
<figcaption class="widget-image-caption wp-caption-text">Barcoded nanoparticle pools before dosing. Photo: Kestrel Biosciences</figcaption></figure>`,
)}`)}
${sec(`${head('How PRISM works')}${eBoxes.map(box).join('\n')}${te(eHow)}`)}
${sec(`${ctr('4000', '+', 'formulations screened per study')}${ctr('23', '', 'cell types profiled')}${ctr('11', '', 'patent families')}`, ' stats')}
${sec(`${head('What comes next')}${te(eNext)}`)}
${sec(
  `${head('Read our science', 'h4')}${w('text-editor', '<p>Peer-reviewed papers and conference posters from the Kestrel team.</p>')}
${btn('View Publications')}`,
  ' cta-band',
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="94" class="elementor elementor-94 elementor-location-footer">
${sec(`${w('text-editor', '<p>Kestrel Biosciences, 45 Sidney Street, Cambridge, MA 02139</p>')}
${w('icon-list', `<ul class="elementor-icon-list-items">${links(eFoot, 'elementor-icon-list-item')}</ul>`)}
${w('text-editor', '<p>© 2026 Kestrel Biosciences. All rights reserved.</p>')}`)}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-center" role="dialog" aria-live="polite">
<div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message">
<p>We use cookies to optimise our website and our service.</p></div></div><div class="cmplz-buttons">
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src='https://kestrelbio.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.4' id='elementor-frontend-js'></script>
</body></html>`;
const elementorPlatform: TestPage = {
  name: 'heldout437-elementor-platform',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['Why delivery is the bottleneck', 'How PRISM works', ...eBoxes.map(([t]) => t), 'What comes next'],
  body: texts([eLead, ...eWhy, ...eBoxes.map(([, d]) => d), ...eHow, ...eNext]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((x) => x !== 'Platform'), 'Technology', 'Barcoded nanoparticle pools before dosing. Photo: Kestrel Biosciences',
    'formulations screened per study', 'cell types profiled', 'patent families', 'Read our science',
    'Peer-reviewed papers and conference posters from the Kestrel team.', 'View Publications', 'Kestrel Biosciences, 45 Sidney Street, Cambridge, MA 02139',
    ...eFoot, '© 2026 Kestrel Biosciences. All rights reserved.', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.',
    'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT437_C: readonly TestPage[] = [elementorPlatform, nextTrial];
