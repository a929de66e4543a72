import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, type Sec } from './pages-heldout665-kit.js';

/**
 * Held-out batch 665, file e: a decorator's long wallpaper-hanging guide built with Elementor (Hello Elementor theme, Elementor
 * Pro header and footer templates, icon list, accordion FAQ, CTA section).
 */
const eTitle = 'How to hang wallpaper: a step-by-step guide';
const eIntro = [
  j(
    'We hang around three hundred rolls of wallpaper a month, and the same small mistakes cause nearly every problem we are',
    'called out to fix. This guide walks through the method our own team uses, from checking the rolls to trimming the last',
    'length, so you can get a professional finish in a single room over a weekend.',
  ),
  j(
    'It is written for standard paste-the-paper and paste-the-wall papers. If you have a grasscloth, a silk or a hand-printed',
    "paper, check the maker's instructions first, because many of them need special adhesive and must not be washed.",
  ),
];
const eTools = [
  'Pasting table and a wide pasting brush or roller',
  'Wallpaper paste suited to the paper',
  'Plumb line or laser level',
  'Smoothing brush and plastic smoother',
  'Sharp snap-off knife with plenty of spare blades',
  'Long scissors, a pencil and a metal straight edge',
  'Sponge and a bucket of clean water',
];
const eSteps: Sec[] = [
  {
    h: 'Step 1: Check the rolls',
    p: [
      j(
        'Before you open anything, make sure every roll has the same batch number. Colours vary from batch to batch, and the',
        'difference often only shows once two lengths sit side by side on the wall. Unroll the first few metres of each roll',
        'in good light and look for printing faults. Most suppliers will not replace a roll once it has been cut.',
      ),
    ],
  },
  {
    h: 'Step 2: Prepare the walls',
    p: [
      j(
        'Wallpaper shows every lump beneath it. Fill cracks and holes, sand them flat and remove any flaking paint. New plaster',
        'needs a coat of size or a diluted mist coat so that the paste does not soak straight in. On glossy or patchy walls, a',
        'coat of wallpaper primer gives an even surface and makes the paper easier to strip in years to come.',
      ),
      'Turn off the electricity at the consumer unit before you work around sockets and switches.',
    ],
  },
  {
    h: 'Step 3: Mark a plumb line',
    p: [
      j(
        'Walls and corners are rarely straight. Start beside a window or in the corner least in view, measure out a little less',
        'than the width of one roll and mark a vertical line with a plumb line or laser level. Hang your first length to this',
        'line, not to the corner.',
      ),
    ],
  },
  {
    h: 'Step 4: Cut your lengths',
    p: [
      j(
        'Measure the wall height and add 10 cm for trimming at the top and bottom. For patterned papers, match the pattern on',
        'the table before cutting each new length, and number the lengths on the back in pencil so you hang them in order.',
        'A large pattern repeat can mean a lot of waste, so allow an extra roll.',
      ),
    ],
  },
  {
    h: 'Step 5: Paste and soak',
    p: [
      j(
        'For paste-the-paper wallpapers, apply paste evenly from the centre out to the edges, then fold each end to the middle,',
        'paste to paste, without creasing the folds. Leave it to soak for the time given on the label, usually five to ten',
        'minutes, and keep that time the same for every length so they all expand equally.',
      ),
      j('For paste-the-wall papers, roll paste onto the wall a little wider than one length and hang the dry paper straight', 'from the roll.'),
    ],
  },
  {
    h: 'Step 6: Hang and smooth',
    p: [
      j(
        'Unfold the top half, offer it up to the plumb line with the extra at the ceiling, and slide it into place. Smooth from',
        'the centre outwards with the brush, working air bubbles to the edges, then unfold the bottom half and repeat.',
        'Butt each new length tightly against the last; do not overlap the seams.',
      ),
    ],
  },
  {
    h: 'Step 7: Trim and clean',
    p: [
      j(
        'Press the paper into the angle at the ceiling and skirting with the back of your scissors, then trim with a fresh blade',
        'against a straight edge. Change the blade often; a blunt one tears wet paper. Wipe paste off the face of the paper and',
        'off the ceiling and woodwork straight away with a clean damp sponge.',
      ),
    ],
  },
];
const eFaq: [string, string][] = [
  [
    'Can I hang wallpaper over painted walls?',
    'Yes, as long as the paint is sound. Wash it, key gloss or silk paint with fine abrasive paper and prime if the wall is patchy.',
  ],
  ['How long before I can hang pictures?', 'Give the paste at least 48 hours to dry fully, longer in a cold room or in winter.'],
  [
    'What causes bubbles that appear the next day?',
    'Usually too little soaking time or uneven paste. Small bubbles often shrink as the paper dries; large ones can be slit and re-pasted.',
  ],
];
const eNav = ['Home', 'Painting', 'Wallpapering', 'Commercial', 'Guides', 'Contact'];
const eFootNav = ['Privacy Policy', 'Cookie Policy', 'Terms'];
const ew = (type: string, id: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type.split('.')[0]}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}"><div class="elementor-widget-container">${inner}</div></div>`;
const eSection = (id: string, inner: string, cls = ''): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed
elementor-section-height-default${cls}"
data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column
elementor-element elementor-element-${id}c" data-id="${id}c" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const eText = (id: string, paras: readonly string[]): string => ew('text-editor.default', id, ps(paras));
const eHead = (id: string, tag: string, t: string): string =>
  ew('heading.default', id, `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const eFaqHtml = eFaq
  .map(
    (
      [q, a],
      i,
    ) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-18${i + 1}1" class="elementor-tab-title" data-tab="${i + 1}" role="button"
aria-controls="elementor-tab-content-18${i + 1}1" aria-expanded="false"><span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true">
<span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span><span class="elementor-accordion-icon-opened"><i class="fas fa-minus"></i>
</span></span>
<a class="elementor-accordion-title" tabindex="0">${q}</a></div>
<div id="elementor-tab-content-18${i + 1}1" class="elementor-tab-content elementor-clearfix" data-tab="${i + 1}"
role="region" aria-labelledby="elementor-tab-title-18${i + 1}1"><p>${a}</p></div></div>`,
  )
  .join('\n');
const eMenuCls = (hidden: boolean): string =>
  hidden
    ? 'dropdown elementor-nav-menu__container'
    : 'main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade';
const eMenu = (hidden: boolean): string => `<nav class="elementor-nav-menu--${eMenuCls(hidden)}"${hidden ? ' aria-hidden="true"' : ' aria-label="Menu"'}>
<ul id="menu-${hidden ? '2' : '1'}-4a1b2c3" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>`;
const eFig = ew(
  'image.default',
  'c0d1e2f',
  `<figure class="wp-caption"><img width="800" height="533" src="https://pennaway.co.uk/wp-content/uploads/2027/05/plumb-line.jpg"
alt="Laser level on a bare wall" loading="lazy">
<figcaption class="widget-image-caption wp-caption-text">A laser level saves time on long walls.</figcaption></figure>`,
);
const eCta = j(
  'We hang everything from lining paper to hand-printed silks across the Pellow and Tamsey valleys.',
  'Send us a photo of the room for a fixed quote.',
);
const eStepsHtml = eSteps.map((s, i) => `${eHead(`a${i}b${i}c${i}d`, 'h3', s.h)}\n${eText(`e${i}f${i}a${i}b`, s.p)}${i === 2 ? eFig : ''}`).join('\n');
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>${eTitle} | Pennaway Decorators</title>
<meta name="description" content="Our decorators' method for hanging wallpaper, from checking the rolls to trimming the last length.">
<meta property="og:type" content="article"><meta property="article:modified_time" content="2027-05-20T14:03:11+00:00">
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"HowTo","name":"${eTitle}","totalTime":"P2D"},
{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Can I hang wallpaper over painted walls?"}]}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="https://pennaway.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://pennaway.co.uk/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.21.4"
media="all">
<link rel="stylesheet" id="elementor-post-2211-css" href="https://pennaway.co.uk/wp-content/uploads/elementor/css/post-2211.css?ver=1716213791" media="all">
<style id="elementor-frontend-inline-css">.elementor-2211 .elementor-element.elementor-element-7f3a2c1{padding:60px 0 20px 0}</style></head>
<body class="page-template page-template-elementor_header_footer page page-id-2211 wp-custom-logo elementor-default elementor-template-full-width
elementor-kit-6 elementor-page elementor-page-2211">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="45" class="elementor elementor-45 elementor-location-header" data-elementor-post-type="elementor_library">
${eSection(
  '2c4d6e8',
  `${ew(
    'theme-site-logo.default',
    '1a2b3c4',
    `<a href="https://pennaway.co.uk">
<img width="200" height="64" src="https://pennaway.co.uk/wp-content/uploads/2023/02/pennaway-logo.svg" class="attachment-full size-full" alt="Pennaway
Decorators"></a>`,
  )}
${ew(
  'nav-menu.default',
  '5d6e7f8',
  `${eMenu(false)}<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"
aria-expanded="false"><i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open eicon-menu-bar"></i></div>${eMenu(true)}`,
)}
${ew(
  'button.default',
  '9a8b7c6',
  `<div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960777"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">01632 960 777</span></span></a></div>`,
)}`,
)}
</div>
<div data-elementor-type="wp-page" data-elementor-id="2211" class="elementor elementor-2211" data-elementor-post-type="page">
${eSection(
  '7f3a2c1',
  `${ew(
    'breadcrumbs.default',
    'b1c2d3e',
    `<p id="breadcrumbs"><span><span><a href="https://pennaway.co.uk/">Home</a></span> » <span>
<a href="https://pennaway.co.uk/guides/">Guides</a></span> » <span class="breadcrumb_last" aria-current="page">How to hang wallpaper</span></span></p>`,
  )}
${eHead('c3d4e5f', 'h1', eTitle)}
${ew(
  'post-info.default',
  'd4e5f6a',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-2b1c3d4 elementor-inline-item" itemprop="dateModified"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-calendar"></i></span>
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">Updated 20 May 2027</span></li></ul>`,
)}
${eText('e5f6a7b', eIntro)}
${eHead('f6a7b8c', 'h2', 'What you will need')}
${ew(
  'icon-list.default',
  'a7b8c9d',
  `<ul class="elementor-icon-list-items">${eTools
    .map(
      (t) => `<li class="elementor-icon-list-item">
<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span>
</li>`,
    )
    .join('\n')}</ul>`,
)}`,
)}
${eSection('8c9d0e1', eStepsHtml)}
${eSection(
  '9e0f1a2',
  `${eHead('1f2a3b4', 'h2', 'Frequently asked questions')}\n${ew(
    'accordion.default',
    '2a3b4c5',
    `<div
class="elementor-accordion">${eFaqHtml}</div>`,
  )}`,
)}
${eSection(
  '0a1b2c3',
  `${eHead('3b4c5d6', 'h2', 'Rather leave it to us?')}\n${eText('4c5d6e7', [eCta])}
${ew(
  'button.default',
  '5d6e7f8a',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/contact/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Get a free quote</span></span></a></div>`,
)}`,
  ' elementor-section-content-middle',
)}
</div>
<div data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer" data-elementor-post-type="elementor_library">
${eSection(
  '6e7f8a9',
  `${ew('text-editor.default', '7f8a9b0', '<p>Pennaway Decorators Ltd · 9 Quay Street, Porthwenna PW3 1AQ · Registered in England No. 09876543</p>')}
${ew(
  'nav-menu.default',
  '8a9b0c1',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"
aria-label="Footer"><ul class="elementor-nav-menu">${links(eFootNav, 'menu-item')}</ul></nav>`,
)}
${ew('text-editor.default', '9b0c1d2', '<p>© 2027 Pennaway Decorators. All rights reserved.</p>')}`,
)}
</div>
<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden moove-gdpr-align-center moove-gdpr-dark-scheme gdpr_infobar_postion_bottom"
aria-label="GDPR Cookie Banner" style="display: none;">
<div class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-bar-content"><div class="moove-gdpr-cookie-notice">
<p>We are using cookies to give you the best experience on our website.</p></div>
<div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all gdpr-fbo-0" aria-label="Accept" role="button">Accept</button></div>
</div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig =
{"environmentMode":{"edit":false,"wpPreview":false},"version":"3.21.4","post":{"id":2211,"title":"How to hang wallpaper"}};</script>
<script src="https://pennaway.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout665-elementor-hang-wallpaper',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['What you will need', ...eSteps.map((s) => s.h), 'Frequently asked questions'],
  body: texts([...eIntro, ...eTools, ...eSteps.flatMap((s) => s.p), ...eFaq.flat()]),
  bylines: ['Updated 20 May 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, '01632 960 777', 'A laser level saves time on long walls.', 'Rather leave it to us?',
    eCta,
    'Get a free quote', 'Pennaway Decorators Ltd · 9 Quay Street, Porthwenna PW3 1AQ · Registered in England No. 09876543', ...eFootNav,
    '© 2027 Pennaway Decorators. All rights reserved.',
  ],
};

export const HELDOUT665_E: readonly TestPage[] = [elementor];
