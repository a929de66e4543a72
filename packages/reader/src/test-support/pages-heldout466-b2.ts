import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, page, rowText, type Sec, secBody, secHeads, secHtml } from './pages-heldout466-kit.js';

/**
 * Held-out batch 466, file b2: a university accessibility statement on Drupal 10 with an "On this page" list.
 */
const dTitle = 'Accessibility statement for the University of Marrowfield website';
const dIntro = [
  j(
    'This accessibility statement applies to www.marrowfield.ac.uk and its subdomains, apart from the student records system and the',
    'library catalogue, which have their own statements.',
  ),
  j(
    'This website is run by the University of Marrowfield. We want as many people as possible to be able to use it. For example,',
    'that means you should be able to:',
  ),
];
const dIntroList = [
  'change colours, contrast levels and fonts using browser or device settings',
  'zoom in up to 400% without the text spilling off the screen',
  'navigate most of the website using a keyboard or speech recognition software',
  'listen to most of the website using a screen reader (including the most recent versions of JAWS, NVDA and VoiceOver)',
];
const dSecs: Sec[] = [
  {
    h: 'How accessible this website is',
    p: ['We know some parts of this website are not fully accessible:'],
    ul: [
      'some older PDF documents, such as committee minutes from before 2021, are not fully accessible to screen reader software',
      'some lecture recordings do not have accurate captions',
      'the interactive campus map cannot be used with a keyboard alone',
    ],
  },
  {
    h: 'Feedback and contact information',
    p: [
      j(
        'If you need information on this website in a different format, like accessible PDF, large print, easy read, audio recording',
        'or braille, email <a href="mailto:digital.access@marrowfield.ac.uk">digital.access@marrowfield.ac.uk</a> or call 01632 960 418.',
      ),
      'We will consider your request and get back to you in 5 working days.',
    ],
  },
  {
    h: 'Enforcement procedure',
    p: [
      j(
        'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile',
        'Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the',
        'Equality Advisory and Support Service (EASS).',
      ),
    ],
  },
  {
    h: 'Technical information about this website’s accessibility',
    p: [
      j(
        'The University of Marrowfield is committed to making its website accessible, in accordance with the Public Sector Bodies',
        '(Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.',
      ),
      j(
        'This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the',
        'non-compliances listed below.',
      ),
    ],
  },
];
const dSub: Sec[] = [
  {
    h: 'Non-compliance with the accessibility regulations',
    p: [
      j(
        'Some images in news articles published before 2022 do not have a text alternative, so people using a screen reader cannot',
        'access the information. This fails WCAG 2.2 success criterion 1.1.1 (non-text content). We plan to add text alternatives to',
        'all images by July 2026.',
      ),
      j(
        'The campus map does not let keyboard users move between buildings. This fails WCAG 2.2 success criterion 2.1.1 (keyboard).',
        'We are replacing the map with a new version in the 2026 to 2027 academic year. Until then, a text list of buildings and',
        'entrances is available on the campus pages.',
      ),
    ],
  },
  {
    h: 'Disproportionate burden',
    p: [
      j(
        'We have assessed the cost of captioning lecture recordings made before September 2023. We believe that doing so now would be',
        'a disproportionate burden. Students who need a transcript of an older recording can ask for one through their disability adviser.',
      ),
    ],
  },
  {
    h: 'Content that’s not within the scope of the accessibility regulations',
    p: [
      j(
        'Many of our older PDFs and Word documents do not meet accessibility standards. The regulations do not require us to fix PDFs',
        'or other documents published before 23 September 2018 if they are not essential to providing our services.',
      ),
    ],
  },
];
const dLast: Sec[] = [
  {
    h: 'What we’re doing to improve accessibility',
    p: [
      j(
        'We run automated checks on every page each week and a manual audit of our most visited pages every year. All web editors',
        'must complete accessibility training before they can publish.',
      ),
    ],
  },
  {
    h: 'Preparation of this accessibility statement',
    p: [
      j(
        'This statement was prepared on 12 September 2025. It was last reviewed on 20 February 2026. This website was last tested',
        'on 3 February 2026 against the WCAG 2.2 AA standard by the university’s Digital Accessibility Team.',
      ),
    ],
  },
];
const dToc = [
  'How accessible this website is',
  'Feedback and contact information',
  'Enforcement procedure',
  'Technical information',
  'Improving accessibility',
];
const dNav = ['Study', 'Research', 'Business', 'International', 'About us', 'Alumni'];
const dUtil = ['Students', 'Staff', 'Library', 'Jobs'];
const dCrumbs = ['Home', 'About us', 'Website information'];
const dFoot = ['Accessibility', 'Cookies', 'Freedom of information', 'Modern slavery statement', 'Privacy', 'Terms of use'];
const dHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>Accessibility statement | University of Marrowfield</title>
<link rel="canonical" href="https://www.marrowfield.ac.uk/accessibility"><link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm2x8y.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/1184"},"user":{"uid":0}}</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});})
(window,document,'script','dataLayer','GTM-M4RF1');</script>
</head><body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container"><header role="banner" class="site-header">
<div class="region region-utility"><nav aria-label="Audience" class="utility-nav"><ul>${links(dUtil, 'utility-nav__item')}</ul></nav></div>
<div class="region region-header"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/marrow/logo.svg" alt="University of Marrowfield"></a>
<div class="search-block-form" role="search"><form action="/search" method="get"><label for="edit-keys" class="visually-hidden">Search</label>
<input type="search" id="edit-keys" name="keys" placeholder="Search the site"><input type="submit" value="Search" class="button"></form></div></div>
<nav role="navigation" aria-labelledby="block-marrow-main-menu" class="block-menu main-nav"><h2 class="visually-hidden" id="block-marrow-main-menu">Main
navigation</h2><ul class="menu menu--level-1">${links(dNav, 'menu__item')}</ul></nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div><div id="block-marrow-page-title" class="block block-core block-page-title-block">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div>
<div id="block-marrow-content" class="block block-system block-system-main-block"><article data-history-node-id="1184" class="node node--type-page
node--view-mode-full"><div class="node__content">
<nav class="toc" aria-label="On this page"><h2 class="toc__title">On this page</h2><ul>${links(dToc)}</ul></nav>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}<ul>${lis(dIntroList)}</ul>
<p>Our Digital Accessibility Team has <a href="/digital-accessibility/devices">advice on making your device easier to use</a> if you have a disability.</p>
${secHtml(dSecs)}
${secHtml(dSub, 'h3')}
${secHtml(dLast)}
</div></div></article></div></div></div></main>
<div class="page-meta"><p>Page last updated: 20 February 2026</p></div>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><div class="footer-contact"><p>University of Marrowfield, Abbey Road,
Marrowfield MF2 7QA</p><p>Registered charity number 1163920</p></div><nav aria-label="Footer"><ul class="menu">${links(dFoot)}</ul></nav>
<p class="copyright">© University of Marrowfield 2026</p></div></footer></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/misc/drupal.js?v=10.2.5"></script></body></html>`;
const drupal: TestPage = page({
  name: 'heldout466-drupal-university-accessibility',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [...secHeads(dSecs), ...secHeads(dSub), ...secHeads(dLast)],
  body: [
    ...dIntro.map((p) => rowText([p])),
    ...dIntroList,
    'Our Digital Accessibility Team has advice on making your device easier to use if you have a disability.',
    ...secBody(dSecs),
    ...secBody(dSub),
    ...secBody(dLast),
  ],
  bylines: ['Page last updated: 20 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...dUtil, 'Search', 'Main navigation', ...dNav, 'Breadcrumb', ...dCrumbs, 'On this page', ...dToc,
    'University of Marrowfield, Abbey Road, Marrowfield MF2 7QA', 'Registered charity number 1163920', ...dFoot, '© University of Marrowfield 2026',
  ],
});

export const HELDOUT466_B2: readonly TestPage[] = [drupal];
