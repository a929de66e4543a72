import { links, type TestPage } from './page-kit.js';
import { type Block, flow, gold, j } from './pages-heldout569-kit.js';

/**
 * Held-out batch 569, file c2: a health board's physiotherapy patient leaflet on Drupal 10 (a custom theme on Olivero's
 * layout classes), long, with a sidebar, a leaflet reference, publication and review dates and a PDF download.
 */
const rep = 'Repeat 10 times, 3 to 4 times a day.';
const exercise = (name: string, how: string): Block[] => [{ h: 3, t: name }, how, rep];
const aTitle = 'Exercises after your knee replacement';
const aBlocks: Block[] = [
  j(
    'This leaflet is for people who have had a total or partial knee replacement at Ardmore Valley hospitals. It explains the exercises your',
    'physiotherapist will teach you on the ward and how to carry on with them once you are home.',
  ),
  { h: 2, t: 'Why exercise matters' },
  j(
    'Moving your new knee early helps to reduce swelling, prevents stiffness and lowers the risk of blood clots. The muscles around the knee',
    'are weak after surgery, and the exercises in this leaflet help them recover so that you can walk, climb stairs and get in and out of a',
    'chair safely.',
  ),
  j(
    'It is normal for your knee to be sore, swollen and warm for several weeks. Some discomfort during the exercises is expected, but it',
    'should settle within an hour of finishing. Take your pain relief regularly, as prescribed, so that you can exercise comfortably.',
  ),
  { h: 2, t: 'Before you start' },
  {
    ul: [
      'Do the exercises on a bed or a firm chair with your back supported.',
      'Move slowly and breathe normally; do not hold your breath.',
      'Stop and rest if you feel dizzy, short of breath or have chest pain, and tell the nurse or call 999 if it does not settle.',
      'Keep your wound dressing dry and do not put creams or ice directly on to it.',
    ],
  },
  { h: 2, t: 'Exercises to start the day after your operation' },
  ...exercise(
    'Ankle pumps',
    'Lie on your back with your legs straight. Bend your ankles to pull your toes towards you, then point them away. Keep the movement brisk.',
  ),
  ...exercise(
    'Thigh squeezes',
    j(
      'Lie on your back with your legs straight. Tighten the muscle on the front of your thigh by pushing the back of your knee down into the',
      'bed. Hold for 5 seconds, then relax.',
    ),
  ),
  ...exercise(
    'Heel slides',
    j(
      'Lie on your back or sit with your legs out in front of you. Slide the heel of your operated leg towards your bottom, bending the knee as',
      'far as is comfortable. Hold for 5 seconds, then slide it back. A plastic bag under your heel helps it to slide.',
    ),
  ),
  ...exercise(
    'Straight leg raise',
    j(
      'Lie on your back with your other knee bent. Tighten your thigh muscle as in the thigh squeeze, then lift your straight leg about 15',
      'centimetres off the bed. Hold for 5 seconds and lower it slowly.',
    ),
  ),
  ...exercise(
    'Knee bends in sitting',
    j(
      'Sit on a chair with your feet on the floor. Slide the foot of your operated leg back under the chair as far as you can, hold for 5',
      'seconds, then slide it forward again.',
    ),
  ),
  { h: 2, t: 'Exercises once you are home' },
  j(
    'When your physiotherapist is happy with your walking, usually two to six weeks after your operation, add these exercises. Keep doing',
    'the earlier ones as well.',
  ),
  { h: 3, t: 'Sit to stand' },
  j(
    'Sit on a firm chair with your feet slightly apart. Lean forward and stand up without using your hands if you can, then sit down slowly.',
    'Repeat 10 times, twice a day.',
  ),
  { h: 3, t: 'Step-ups' },
  j(
    'Stand facing the bottom step of your stairs, holding the banister. Step up with your operated leg, bring the other foot up, then step',
    'down with your other leg first. Repeat 10 times, twice a day.',
  ),
  { h: 2, t: 'Managing pain and swelling' },
  {
    ul: [
      'Rest with your leg up on a stool or the bed for 30 minutes two or three times a day.',
      'Use an ice pack wrapped in a damp towel for up to 20 minutes at a time, keeping it off the wound.',
      'Do not put a pillow under your knee when you rest, as this can stop it straightening fully.',
      'Keep walking little and often rather than taking one long walk.',
    ],
  },
  { h: 2, t: 'When to get help' },
  'Contact the ward you were discharged from, your GP or NHS 111 straight away if:',
  {
    ul: [
      'your calf becomes swollen, red or painful',
      'your wound leaks fluid, smells or the skin around it becomes red and hot',
      'you have a temperature or feel generally unwell',
      'you suddenly cannot bend or straighten your knee as well as before',
    ],
  },
  j(
    'If you have questions about your exercises, call the physiotherapy department at Ardmore General Hospital on 01632 960225, Monday to',
    'Friday, 8.30am to 4.30pm.',
  ),
];
const aNav = ['Our services', 'Hospitals', 'Patients and visitors', 'Health information', 'Jobs', 'About us'];
const aCrumbs = ['Home', 'Our services', 'Physiotherapy', 'Patient leaflets'];
const aSide = ['Physiotherapy', 'Outpatient physiotherapy', 'Musculoskeletal self-referral', 'Patient leaflets', 'Hydrotherapy'];
const aFoot = ['Accessibility statement', 'Privacy notice', 'Cookies', 'Freedom of information', 'Contact us', 'Sitemap'];
const aHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ og: http://ogp.me/ns#">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${aTitle} | Ardmore Valley University Health Board</title>
<link rel="canonical" href="https://avuhb.example.org/services/physiotherapy/leaflets/exercises-after-knee-replacement">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2291","currentLanguage":"en"},"pluralDelimiter":"\\u0003",
"gtag":{"tagId":"G-7QX2L4MZ1A"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yw3k9_2f1Zp0Q.css?delta=0&amp;language=en&amp;theme=avuhb&amp;include=eJxLzs8pS80">
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script></head>
<body class="path-node page-node-type-patient-leaflet"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="region region-highlighted"><div id="block-avuhb-sitewidealert" class="block block-sitewide-alert">
<div class="sitewide-alert alert-warning" role="alert">
<p>Visiting times on Ward 7 have changed. Please check before you travel.</p></div></div></div>
<header role="banner" class="site-header"><div class="region region-header">
<div id="block-avuhb-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/avuhb/logo.svg" alt="Home"></a><div class="site-name">
<a href="/" rel="home">Ardmore Valley University Health Board</a></div></div>
<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-avuhb-search" role="search">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-search form-type-search form-item-keys"><label for="edit-keys" class="visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15"
maxlength="128" class="form-search">
</div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper">
<input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search" class="button js-form-submit form-submit"></div></form></div></div>
<div class="region region-primary-menu">
<nav role="navigation" aria-labelledby="block-avuhb-main-menu-menu" id="block-avuhb-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-avuhb-main-menu-menu">Main navigation</h2>
<ul class="menu menu--level-1">${links(aNav, 'menu-item menu-item--collapsed')}</ul></nav></div></header>
<div class="region region-breadcrumb"><div id="block-avuhb-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(aCrumbs)}</ol></nav></div></div>
<main role="main" class="main-content"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div><div id="block-avuhb-page-title" class="block block-core block-page-title-block">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${aTitle}</span></h1></div>
<div id="block-avuhb-content" class="block block-system block-system-main-block">
<article data-history-node-id="2291" class="node node--type-patient-leaflet node--view-mode-full">
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${flow(aBlocks)}
</div>
<div class="field field--name-field-leaflet-file field--type-file field--label-hidden field__item">
<span class="file file--mime-application-pdf file--application-pdf">
<a href="/sites/default/files/2025-05/PHY-112-knee-replacement-exercises.pdf" type="application/pdf">Download this leaflet (PDF, 412 KB)</a></span></div>
<div class="leaflet-meta"><div class="field field--name-field-leaflet-ref field--type-string field--label-inline clearfix">
<div class="field__label">Leaflet reference</div><div class="field__item">PHY-112</div></div>
<div class="field field--name-field-published field--type-datetime field--label-inline clearfix"><div class="field__label">Published</div>
<div class="field__item"><time datetime="2025-05-12T12:00:00Z">May 2025</time></div></div>
<div class="field field--name-field-review-date field--type-datetime field--label-inline clearfix"><div class="field__label">Review date</div>
<div class="field__item"><time datetime="2028-05-12T12:00:00Z">May 2028</time></div></div></div>
</div></article></div></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">
<nav role="navigation" aria-labelledby="block-avuhb-section-menu-menu" id="block-avuhb-section-menu" class="block block-menu navigation menu--main">
<h2 id="block-avuhb-section-menu-menu">In this section</h2>
<ul class="menu">${links(aSide, 'menu-item')}</ul></nav>
<div id="block-avuhb-physiocontact" class="block block-block-content"><h2>Contact the physiotherapy team</h2>
<div class="clearfix text-formatted field field--name-body field__item">
<p>Physiotherapy Department<br>Ardmore General Hospital<br>Tel: 01632 960225</p>
<p>This leaflet is available in Welsh, in large print and in other formats on request.</p></div></div>
</div></aside></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer">
<nav role="navigation" aria-labelledby="block-avuhb-footer-menu" id="block-avuhb-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden" id="block-avuhb-footer-menu">Footer</h2><ul class="menu">${links(aFoot, 'menu-item')}</ul></nav>
<div id="block-avuhb-copyright" class="block block-block-content"><p>© 2026 Ardmore Valley University Health Board</p></div></div></footer></div></div>
<script src="/core/misc/drupalSettingsLoader.js?v=10.2.5"></script><script src="/core/misc/drupal.js?v=10.2.5"></script></body></html>`;
const ardmore: TestPage = {
  name: 'heldout569-drupal-knee-leaflet',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  ...gold(aBlocks),
  bylines: ['Published', 'May 2025', 'Review date', 'May 2028'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Visiting times on Ward 7 have changed. Please check before you travel.', 'Ardmore Valley University Health Board', 'Search',
    'Main navigation', ...aNav.filter((t) => t !== 'Hospitals'), 'Breadcrumb', 'Download this leaflet (PDF, 412 KB)',
    'Leaflet reference', 'PHY-112', 'In this section', ...aSide.slice(1), 'Contact the physiotherapy team',
    'Tel: 01632 960225', 'This leaflet is available in Welsh, in large print and in other formats on request.', 'Footer', ...aFoot,
    '© 2026 Ardmore Valley University Health Board',
  ],
};

export const HELDOUT569_C2: readonly TestPage[] = [ardmore];
