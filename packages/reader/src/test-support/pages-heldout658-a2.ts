import { ps, type TestPage, texts } from './page-kit.js';
import { anchors, at, j, lis, rowTexts, trs } from './pages-heldout658-kit.js';

/**
 * Held-out batch 658, file a2: a loft conversion builder's long guide to conversion types, a page built with Elementor Pro on
 * the Hello Elementor theme (theme-builder header and footer, post-info widget, a survey form, Complianz cookie banner).
 */
const eTitle = 'Loft conversion types explained: which one suits your house?';
const eDek = 'Rooflight, dormer, hip-to-gable or mansard: what each one gives you, what it costs and when you need planning permission.';
const eIntro = [
  j(
    'The shape of your roof decides more about a loft conversion than anything else. A steep Victorian roof with a tall ridge can',
    'take a simple rooflight conversion, while a shallow 1960s roof may need a dormer or a mansard before anyone can stand up in it.',
  ),
  j(
    'We have converted more than 400 lofts around Bristol and Bath since 2009. This guide sets out the four main types we build,',
    'with the prices our clients actually paid in 2025, so you can start the conversation with a rough idea of what is possible.',
  ),
];
const eH = [
  'Rooflight conversion',
  'Dormer conversion',
  'Flat-roof rear dormer',
  'L-shaped dormer',
  'Hip-to-gable conversion',
  'Mansard conversion',
  'Comparing the options',
  'How to choose',
];
const eRoof = [
  j(
    'A rooflight conversion leaves the roof shape alone and adds windows that sit flush with the slope. It is the cheapest and quickest',
    'option because no structural change is made to the roof itself, although the floor still needs new joists to carry bedroom loads.',
  ),
  j(
    'You need at least 2.2 metres from the top of the existing ceiling joists to the underside of the ridge for this to work. Most',
    'clients paid between £32,000 and £45,000 last year for a bedroom and a small shower room.',
  ),
];
const eDorm = j(
  'A dormer is a box that projects from the slope of the roof, with vertical walls and a window. It adds full head height across',
  'much of the loft and is the most common type we build on terraced and semi-detached houses.',
);
const eFlat = j(
  'The rear dormer runs almost the full width of the back roof slope. It usually falls within permitted development, so no planning',
  'application is needed as long as it stays at least 20 centimetres back from the eaves and is finished in materials of a similar look.',
);
const eL = j(
  'On houses with a back addition, an L-shaped dormer joins a dormer on the main roof to a second one over the rear extension.',
  'It gives room for two bedrooms and a bathroom, and it is the layout most Victorian terraces in Bristol end up with.',
  'Expect to pay £58,000 to £75,000.',
);
const eHip = [
  j(
    'A hipped roof slopes on the side as well as the front and back. A hip-to-gable conversion builds the side wall up to the ridge',
    'and fills in the roof to make a vertical gable, which turns a small triangle of space into a usable room.',
  ),
  'It is often combined with a rear dormer on detached and semi-detached houses. Prices start at around £55,000 for the two together.',
];
const eMan = [
  j(
    'A mansard replaces the back slope with a near-vertical wall, angled at 72 degrees, and a flat roof above it. It gives the most',
    'space of any type, but it nearly always needs planning permission and takes longer to build.',
  ),
  j(
    'Mansards are common in city conservation areas because councils often prefer them to large box dormers. Budget £70,000 or more',
    'and allow three to four months on site.',
  ),
];
const eRows = [
  ['Rooflight', 'Steep roofs with good head height', '4 to 6 weeks', 'Rarely'],
  ['Rear dormer', 'Terraced and semi-detached houses', '6 to 8 weeks', 'Usually not'],
  ['Hip-to-gable', 'Detached and semi-detached hipped roofs', '8 to 10 weeks', 'Usually not'],
  ['Mansard', 'Terraces in conservation areas', '12 to 16 weeks', 'Yes'],
];
const eChoose = [
  'Measure the head height at the highest point of the loft before you do anything else.',
  'Check whether your house is in a conservation area or has had its permitted development rights removed.',
  'Think about where the new staircase will land on the floor below, as it often takes space from a bedroom.',
  'Ask for a survey: a builder can tell you in an hour which types your roof will take.',
];
const eEnd = j(
  'Whichever type you choose, you will need Building Regulations approval and, for a shared wall, a party wall agreement with your',
  'neighbours. We arrange both as part of every project.',
);
const eNav = ['Home', 'Loft Conversions', 'Our Projects', 'Guides', 'About Us', 'Contact'];
const eAreas = ['Bristol', 'Bath', 'Keynsham', 'Portishead', 'Thornbury'];
const eForm = ['Book a free loft survey', 'Name', 'Phone', 'Postcode', 'Send my request'];
const eCmplz = j(
  'To provide the best experiences, we use technologies like cookies to store and/or access device information. Consenting to these',
  'technologies will allow us to process data such as browsing behaviour on this site.',
);
const w = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type.split('.')[0]}" data-id="${id}" ` +
  `data-element_type="widget" data-widget_type="${type}"><div class="elementor-widget-container">${inner}</div></div>`;
const eh = (id: string, tag: string, text: string): string =>
  w(
    id,
    'heading.default',
    `<${tag}
class="elementor-heading-title elementor-size-default">${text}</${tag}>`,
  );
const et = (id: string, html: string): string => w(id, 'text-editor.default', html);
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Loft Conversion Types Explained | Pennant Lofts Bristol</title>
<meta name="description" content="${eDek}"><link rel="canonical" href="https://pennantlofts.example/guides/loft-conversion-types/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${eTitle}","author":{"@type":"Person",
"name":"Gareth Pennant"},
"dateModified":"2026-03-09","publisher":{"@type":"Organization","name":"Pennant Lofts"}}</script>
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.3" media="all">
<link rel="stylesheet" id="elementor-post-88-css" href="/wp-content/uploads/elementor/css/post-88.css?ver=1710000000" media="all">
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:10px;right:10px;z-index:99999;}</style></head>
<body class="page-template page-template-elementor_header_footer page page-id-88 wp-embed-responsive elementor-default elementor-template-full-width
elementor-kit-5 elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-2a7f1c0 e-flex e-con-boxed e-con e-parent" data-id="2a7f1c0" data-element_type="container"><div
class="e-con-inner">
${w(
  '5b1e0d2',
  'theme-site-logo.default',
  `<a href="https://pennantlofts.example"><img width="200" height="64"
src="/wp-content/uploads/2023/05/pennant-lofts.svg" alt="Pennant Lofts"></a>`,
)}
${w(
  '7c93a41',
  'nav-menu.default',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal
e--pointer-underline e--animation-fade"><ul id="menu-1-7c93a41" class="elementor-nav-menu">${eNav
    .map(
      (t) => `<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="/${t.toLowerCase().replace(/ /g, '-')}/"
class="elementor-item">${t}</a></li>`,
    )
    .join('\n')}</ul></nav><div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
${w(
  'c40d9e7',
  'button.default',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm"
href="tel:01174960832"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">0117 496 0832</span></span></a></div>`,
)}
</div></div></header>
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
<div class="elementor-element elementor-element-3f2a1b e-flex e-con-boxed e-con e-parent" data-id="3f2a1b" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">
${w(
  '8e21f0a',
  'breadcrumbs.default',
  `<p id="breadcrumbs"><span><span><a href="/">Home</a></span> » <span><a href="/guides/">Guides</a></span> » <span
class="breadcrumb_last" aria-current="page">Loft conversion types</span></span></p>`,
)}
${eh('9c1d2e', 'h1', eTitle)}
${et('a14b5c', `<p>${eDek}</p>`)}
${w(
  'b7d300',
  'post-info.default',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item
elementor-repeater-item-1a2b3c elementor-inline-item" itemprop="author"><span class="elementor-icon-list-text elementor-post-info__item
elementor-post-info__item--type-author"><span class="elementor-post-info__item-prefix">Written by</span> Gareth Pennant</span></li><li
class="elementor-icon-list-item
elementor-inline-item" itemprop="dateModified"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">
<span class="elementor-post-info__item-prefix">Last reviewed:</span> 9 March 2026</span></li></ul>`,
)}
</div></div>
<div class="elementor-element elementor-element-4410e7 e-flex e-con-boxed e-con e-parent" data-id="4410e7" data-element_type="container"><div
class="e-con-inner">
<div class="elementor-element elementor-element-51aa02 e-con-full e-flex e-con e-child" data-id="51aa02" data-element_type="container">
${et('c2f100', ps(eIntro))}
${eh('c2f101', 'h2', at(eH, 0))}${et('c2f102', ps(eRoof))}
${w(
  'c2f103',
  'image.default',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2025/11/rooflight-loft-clifton.jpg"
alt="Loft bedroom with two rooflights"><figcaption class="widget-image-caption wp-caption-text">A rooflight conversion we finished in Clifton last
autumn.</figcaption></figure>`,
)}
${eh('c2f104', 'h2', at(eH, 1))}${et('c2f105', ps([eDorm]))}
${eh('c2f106', 'h3', at(eH, 2))}${et('c2f107', ps([eFlat]))}
${eh('c2f108', 'h3', at(eH, 3))}${et('c2f109', ps([eL]))}
${eh('c2f110', 'h2', at(eH, 4))}${et('c2f111', ps(eHip))}
${eh('c2f112', 'h2', at(eH, 5))}${et('c2f113', ps(eMan))}
${eh('c2f114', 'h2', at(eH, 6))}
${et(
  'c2f115',
  `<table><thead><tr><th>Type</th><th>Best for</th><th>Build time</th><th>Planning
permission</th></tr></thead><tbody>${trs(eRows)}</tbody></table>`,
)}
${eh('c2f116', 'h2', at(eH, 7))}${et('c2f117', `<ul>${lis(eChoose)}</ul>${ps([eEnd])}`)}
${w(
  'c2f118',
  'share-buttons.default',
  `<div class="elementor-grid"><div class="elementor-grid-item"><div
class="elementor-share-btn elementor-share-btn_facebook"
role="button" tabindex="0" aria-label="Share on facebook"><span class="elementor-share-btn__title">Facebook</span></div></div><div class="elementor-grid-item">
<div class="elementor-share-btn elementor-share-btn_whatsapp" role="button" tabindex="0" aria-label="Share on whatsapp"><span
class="elementor-share-btn__title">WhatsApp</span>
</div></div><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_email" role="button" tabindex="0" aria-label="Share on email">
<span class="elementor-share-btn__title">Email</span></div></div></div>`,
)}
</div>
<div class="elementor-element elementor-element-51aa03 e-con-full e-flex e-con e-child" data-id="51aa03" data-element_type="container">
${eh('d0a001', 'h3', at(eForm, 0))}
${w(
  'd0a002',
  'form.default',
  `<form class="elementor-form" method="post" name="Survey"><div class="elementor-form-fields-wrapper elementor-labels-above">
<div class="elementor-field-type-text elementor-field-group elementor-column elementor-field-group-name elementor-col-100"><label for="form-field-name"
class="elementor-field-label">${at(eForm, 1)}</label><input size="1" type="text" name="form_fields[name]" id="form-field-name"
class="elementor-field elementor-size-sm"></div>
<div class="elementor-field-type-tel elementor-field-group elementor-column elementor-col-100"><label for="form-field-phone"
class="elementor-field-label">${at(eForm, 2)}</label>
<input size="1" type="tel" name="form_fields[phone]" id="form-field-phone" class="elementor-field elementor-size-sm"></div>
<div class="elementor-field-type-text elementor-field-group elementor-column elementor-col-100"><label for="form-field-postcode"
class="elementor-field-label">${at(eForm, 3)}</label>
<input size="1" type="text" name="form_fields[postcode]" id="form-field-postcode" class="elementor-field elementor-size-sm"></div>
<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons"><button type="submit"
class="elementor-button elementor-size-sm">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">${at(eForm, 4)}</span></span></button></div></div></form>`,
)}
</div></div></div></div>
<footer data-elementor-type="footer" data-elementor-id="19" class="elementor elementor-19 elementor-location-footer"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-6d0e11 e-flex e-con-boxed e-con e-parent" data-id="6d0e11" data-element_type="container"><div
class="e-con-inner">
${eh('f00a01', 'h4', 'Areas we cover')}
${w(
  'f00a02',
  'icon-list.default',
  `<ul class="elementor-icon-list-items">${eAreas
    .map((t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">${t}</span></li>`)
    .join('\n')}</ul>`,
)}
${eh('f00a03', 'h4', 'Get in touch')}
${et('f00a04', '<p>Pennant Lofts Ltd, 22 Ashley Down Road, Bristol BS7 9JN</p><p>Mon–Fri 8am–5pm</p>')}
${w('f00a05', 'text-editor.default', `<p>© 2026 Pennant Lofts Ltd. All rights reserved. ${anchors(['Privacy Policy'])}</p>`)}
</div></div></footer>
<div class="cmplz-cookiebanner cmplz-show banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-logo"></div><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div>
<div class="cmplz-close" tabindex="0" role="button" aria-label="Close dialog"></div></div><div class="cmplz-divider cmplz-divider-header"></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">${eCmplz}</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.20.1" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.20.3"};</script></body></html>`;
const elementorTypes: TestPage = {
  name: 'heldout658-elementor-loft-types-guide',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eH,
  body: [...texts([eDek, ...eIntro, ...eRoof, eDorm, eFlat, eL, ...eHip, ...eMan]), ...rowTexts(eRows), ...texts([...eChoose, eEnd])],
  bylines: ['Written by Gareth Pennant', 'Last reviewed: 9 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, '0117 496 0832', 'A rooflight conversion we finished in Clifton last autumn.',
    'Facebook', 'WhatsApp', 'Email', ...eForm, 'Areas we cover', ...eAreas.slice(2), 'Get in touch', 'Pennant Lofts Ltd, 22 Ashley Down Road, Bristol BS7 9JN',
    'Mon–Fri 8am–5pm', '© 2026 Pennant Lofts Ltd. All rights reserved.', 'Privacy Policy', 'Manage Cookie Consent', eCmplz, 'Accept', 'Deny',
    'View preferences',
  ],
};

export const HELDOUT658_A2: readonly TestPage[] = [elementorTypes];
