import { links, ps, type TestPage, texts } from './page-kit.js';
import { stackex } from './pages-heldout361-e2.js';
import { j, lis } from './pages-heldout361-kit.js';

/**
 * Held-out batch 361, file e: a university's international students page on Drupal 10 (skip link, branding and main
 * navigation blocks, breadcrumb block, page title block, body field with paragraphs accordions, a contact callout, a
 * section menu in the sidebar, "Page last updated", EU Cookie Compliance banner, drupalSettings) and, from file e2, an
 * Expatriates Stack Exchange question with two answers. Accordion titles are headings and their panels body; the
 * contact callout is furniture.
 */
const uTitle = 'Visas and immigration for international students';
const uIntro = [
  j(
    'If you are not a citizen of Norvald or another member state of the Northern Area, you will usually need a student residence',
    'permit to study at Haldby. This page explains when to apply, what the permit allows and what you must do once you arrive.',
  ),
  'Our International Student Advice Service can check your application before you submit it. The service is free for all offer holders.',
];
const uH = ['Applying for your permit', 'When can I apply?', 'How much money do I need to show?', 'Can I work while I study?', 'After you arrive'];
const uApply = ['You can apply online through the Directorate of Immigration once you have accepted an unconditional offer. You will need:'];
const uApplyList = [
  'your letter of admission from the university',
  'a passport valid for the whole of your first year',
  'proof of funds for one academic year',
  'proof of accommodation, or a statement that you are looking for housing',
];
const uAcc: string[][] = [
  [
    j(
      'Applications open as soon as you accept your offer. Decisions currently take around eight weeks, so we recommend applying by',
      'the end of May for programmes that start in August.',
    ),
  ],
  [
    j(
      'For the 2026–27 academic year you must show at least 151,540 kroner. The money must be in an account in your own name or',
      'deposited with the university. If you have a scholarship, the award letter counts towards this amount.',
    ),
  ],
  [
    j(
      'Your permit allows you to work up to 20 hours a week during term and full time in the holidays. Work must not delay your',
      'studies: if you do not make satisfactory progress, your permit may not be renewed.',
    ),
  ],
];
const uAfter = [
  j(
    'Within seven days of arriving you must book an appointment at the Service Centre for Foreign Workers and Students to have your',
    'fingerprints taken. You will then receive your residence card by post. You must also register your address with the population',
    'register if you are staying for more than six months.',
  ),
];
const uNav = ['Study', 'Research', 'Life at Haldby', 'About the University'];
const uCrumbs = ['Home', 'Study', 'International students'];
const uSide = ['International students', 'Before you arrive', uTitle, 'Accommodation', 'Fees and funding', 'Orientation week'];
const uFoot = ['Accessibility', 'Freedom of information', 'Privacy and cookies', 'Modern slavery statement'];
const uHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${uTitle} | Haldby University</title>
<link rel="canonical" href="https://www.haldby.example/study/international/visas"><link rel="stylesheet" media="all"
href="/sites/default/files/css/css_q8Zk.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/812","currentLanguage":"en"},
"eu_cookie_compliance":{"popup_enabled":true,"popup_agreed_enabled":false,"method":"opt_in"},"user":{"uid":0}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container"><header role="banner" class="site-header">
<div class="region region-header"><div id="block-haldby-branding" class="block block-system block-system-branding-block"><a href="/" rel="home"
class="site-logo"><img src="/themes/custom/haldby/logo.svg" alt="Home"></a><div class="site-name"><a href="/" rel="home">Haldby University</a></div></div></div>
<nav role="navigation" aria-labelledby="block-haldby-main-menu-menu" id="block-haldby-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-haldby-main-menu-menu">Main navigation</h2><ul
class="menu">${links(uNav, 'menu-item menu-item--expanded')}</ul></nav></header>
<div class="region region-breadcrumb"><div id="block-haldby-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb"
role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(uCrumbs)}</ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div><div id="block-haldby-page-title" class="block block-core block-page-title-block"><h1
class="page-title"><span
class="field field--name-title field--type-string field--label-hidden">${uTitle}</span></h1></div>
<div id="block-haldby-content" class="block block-system block-system-main-block"><article data-history-node-id="812" class="node node--type-page
node--view-mode-full"><div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden
field__item">${ps(uIntro)}
<h2>${uH[0]}</h2>
${ps(uApply)}
<ul>${lis(uApplyList)}</ul></div>
<div class="field field--name-field-components field--type-entity-reference-revisions field--label-hidden field__items">
<div class="field__item"><div class="paragraph paragraph--type--accordion paragraph--view-mode--default">${uAcc
  .map(
    (a, i) => `<div class="accordion__item"><h3 class="accordion__title"><button type="button" aria-expanded="false"
aria-controls="acc-${i}">${uH[i + 1]}</button></h3>
<div id="acc-${i}" class="accordion__panel" hidden><div class="clearfix text-formatted field field--name-field-text">${ps(a)}</div></div></div>`,
  )
  .join('\n')}</div></div>
<div class="field__item"><div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix text-formatted field
field--name-field-text"><h2>${uH[4]}</h2>
${ps(uAfter)}</div></div></div>
<div class="field__item"><div class="paragraph paragraph--type--callout paragraph--view-mode--default"><div class="callout callout--blue"><h2
class="callout__title">Need advice?</h2><p>International Student Advice Service, Student Hub, level 2. Email visas@haldby.example or call +47 55 58 20 00.</p>
<a class="button" href="/study/international/advice">Book an advice appointment</a></div></div></div></div>
<div class="node__updated">Page last updated: 12 February 2026</div></div></article></div></div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first"><nav role="navigation" aria-labelledby="block-section-menu"
id="block-haldby-section-menu" class="block block-menu-block"><h2 id="block-section-menu">In this section</h2><ul class="menu">${uSide
  .map((s) =>
    s === uTitle
      ? `<li class="menu-item menu-item--active-trail"><a href="/study/international/visas" class="is-active" aria-current="page">${s}</a></li>`
      : `<li class="menu-item"><a href="/study/international/${s.length}">${s}</a></li>`,
  )
  .join('\n')}</ul></nav></div></aside></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><div id="block-haldby-address" class="block block-block-content"><p>Haldby
University,
Postboks 7800, 5020 Haldby, Norvald</p></div><nav id="block-haldby-footer" class="block block-menu navigation menu--footer"><ul class="menu">${links(
  uFoot,
  'menu-item',
)}</ul></nav><p class="copyright">© Haldby University 2026</p></div></footer></div></div>
<div role="dialog" aria-labelledby="popup-text" class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in"><div
class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message" role="document"><h2>We use cookies on this
site
to enhance your user experience</h2><p>By clicking the Accept button, you agree to us doing so.</p></div><div id="popup-buttons"
class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-secondary-button button button--small">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button button button--small button--primary">No, thanks</button></div></div></div>
<script src="/sites/default/files/js/js_w1Yk.js?scope=footer&amp;delta=0&amp;language=en"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout361-drupal-university-docs',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: uH,
  body: texts([...uIntro, ...uApply, ...uApplyList, ...uAcc.flat(), ...uAfter]),
  bylines: ['Page last updated: 12 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Haldby University', 'Main navigation', ...uNav, 'Breadcrumb', ...uCrumbs, 'Need advice?',
    'International Student Advice Service, Student Hub, level 2. Email visas@haldby.example or call +47 55 58 20 00.', 'Book an advice appointment',
    'In this section', ...uSide.filter((s) => s !== uTitle), 'Haldby University, Postboks 7800, 5020 Haldby, Norvald', ...uFoot, '© Haldby University 2026',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'Accept', 'No, thanks',
  ],
};

export const HELDOUT361_E: readonly TestPage[] = [drupal, stackex];
