import { links, ps, type TestPage, texts } from './page-kit.js';
import { sportsEngine } from './pages-heldout415-c2.js';

/**
 * Held-out batch 415, file c: a YMCA branch's swim lessons page on the Open Y Drupal distribution (alert bar, header with
 * utility links and the main menu, breadcrumb, a banner paragraph, simple-content paragraphs, a table of stages, a "Find a
 * class" promo card in the sidebar, a "Related programs" rail, the EU cookie compliance banner and the footer) and, from
 * file c2, a youth soccer club's registration news post on SportsEngine.
 */
const yTitle = 'Swim Lessons';
const yIntro = [
  `Learning to swim is one of the most important things a child can do, and at the Eastmoor Family YMCA we teach more than 2,000
swimmers every year. Our lessons follow the YMCA swim stages, so progress is clear and a swimmer can move between branches without
starting again.`,
  `Classes meet once or twice a week in eight-week sessions. Instructors are certified, and every class has a lifeguard on deck in
addition to the teacher.`,
];
const yStages: readonly (readonly [string, string, string])[] = [
  ['Stage 1', 'Water Acclimation', 'Getting comfortable in the water, blowing bubbles and floating with support.'],
  ['Stage 2', 'Water Movement', 'Moving through the water on front and back with an instructor close by.'],
  ['Stage 3', 'Water Stamina', 'Swimming 15 yards, treading water and getting out of the pool unaided.'],
  ['Stage 4', 'Stroke Introduction', 'Front crawl and back crawl with rotary breathing over 25 yards.'],
  ['Stage 5', 'Stroke Development', 'Breaststroke, butterfly kick and longer distances.'],
  ['Stage 6', 'Stroke Mechanics', 'Refining all four strokes and flip turns, as preparation for swim team.'],
];
const yWhich = [
  `Not sure where your child fits? Book a free 15-minute swim assessment at the front desk. An instructor will watch your child swim,
recommend a stage and help you choose a class time.`,
  `Children aged six months to three years take parent and child classes, where an adult joins them in the water. Preschool classes
for ages three to five keep to four children per instructor.`,
];
const yAdult = [
  `It is never too late. Adult beginner lessons meet on Tuesday and Thursday evenings in the warm-water teaching pool, in small groups
with a patient instructor. Many of our adult swimmers start by simply learning to put their face in the water.`,
];
const yFees = [
  'Members: $72 per eight-week session (once a week) or $128 (twice a week).',
  'Program participants: $144 per session (once a week) or $256 (twice a week).',
  'Private lessons: $38 per 30-minute lesson for members, sold in packs of four.',
  'Financial assistance is available to every family that qualifies, so ask us before you decide lessons are out of reach.',
];
const yNav = ['Membership', 'Programs', 'Schedules', 'Locations', 'Give', 'About'];
const yUtil = ['Careers', 'Contact Us', 'Member Login'];
const yRelated = ['Swim Team', 'Lifeguard Certification', 'Water Fitness'];
const yFoot = ['Non-Discrimination Policy', 'Privacy Policy', 'Terms of Use', 'Child Protection'];
const yHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Swim Lessons | Eastmoor Family YMCA</title><link rel="canonical" href="https://www.eastmoorymca.example/programs/swim-lessons">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta property="og:site_name" content="Eastmoor Family YMCA"><meta property="og:title" content="Swim Lessons">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/318"},
"eu_cookie_compliance":{"popup_enabled":true},"ajaxPageState":{"theme":"openy_carnation"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_9Fx3kLmW2aQ.css?delta=0&amp;language=en&amp;theme=openy_carnation"></head>
<body class="path-node page-node-type-landing-page openy-carnation"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="alert-container header-alerts-list"><div class="site-alert alert--info" role="alert"><div class="site-alert__message">Indoor pool closed
Saturday 6 March for maintenance.</div><button class="site-alert__dismiss" aria-label="Close alert">Dismiss</button></div></div>
<header class="header"><div class="top-navs"><nav class="nav-utility" aria-label="Utility"><ul class="navbar-nav">${links(yUtil, 'nav-item')}</ul></nav></div>
<div class="nav-global"><div class="container"><a class="navbar-brand" href="/"><img src="/themes/contrib/openy_themes/openy_carnation/dist/img/logo.svg"
alt="Eastmoor Family YMCA"></a>
<nav class="navbar navbar-expand-lg" aria-label="Main"><ul class="navbar-nav main-nav">${links(yNav, 'nav-item nav-level-1')}</ul>
</nav><a class="btn btn-primary join-btn" href="/membership">Join</a></div></div></header>
<div class="breadcrumb-wrapper"><div class="container"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/programs">Programs</a></li>
<li>Swim Lessons</li></ol></nav></div></div>
<main role="main" class="main-container"><a id="main-content" tabindex="-1"></a>
<div class="paragraph paragraph--type--small-banner banner-small"><div class="banner-cta"><div class="container"><h1 class="banner-title">${yTitle}</h1>
<div class="banner-description"><p>Every stage, every age</p></div></div></div></div>
<div class="container"><div class="row"><div class="col-12 col-lg-8 content-area"><article class="node node--type-landing-page node--view-mode-full">
<div class="field-content"><div class="paragraph paragraph--type--simple-content"><div class="field-prgf-description">
${ps(yIntro)}
<h2>Swim stages</h2>
<table class="table table-striped"><thead><tr><th>Stage</th><th>Name</th><th>What swimmers learn</th></tr></thead><tbody>
${yStages.map(([s, n, d]) => `<tr><td>${s}</td><td>${n}</td><td>${d}</td></tr>`).join('\n')}
</tbody></table>
<h2>Which class is right for my child?</h2>
${ps(yWhich)}
<h2>Adult lessons</h2>
${ps(yAdult)}
<h2>Fees</h2>
<ul>
${yFees.map((f) => `<li>${f}</li>`).join('\n')}
</ul></div></div></div></article></div>
<aside class="col-12 col-lg-4 sidebar"><div class="paragraph paragraph--type--promo-card card"><div class="card-body"><h3 class="card-title">Find a class</h3>
<p class="card-text">Search the winter session schedule by stage, day and time.</p><a class="btn btn-outline-primary" href="/schedules">View schedules</a>
</div></div><div class="paragraph paragraph--type--related-programs"><h3 class="related-title">Related programs</h3><ul class="list-unstyled">
${links(yRelated)}</ul></div></aside></div></div></main>
<footer class="footer"><div class="container"><div class="footer__address"><p>Eastmoor Family YMCA · 900 Linden Avenue · (555) 019-4400</p></div>
<ul class="footer__menu">${links(yFoot)}</ul><p class="footer__mission">The YMCA is a nonprofit organization dedicated to youth development, healthy
living and social responsibility.</p><p class="footer__copy">© 2027 Eastmoor Family YMCA</p></div></footer></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="dialog" aria-labelledby="popup-text"><div class="popup-content info">
<div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user experience</h2><p>By clicking any link on
this page you are giving your consent for us to set cookies.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-default-button">OK, I agree</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>
<script src="/sites/default/files/js/js_kd83Lq0aP.js?scope=footer&amp;delta=0&amp;language=en"></script></body></html>`;
const openY: TestPage = {
  name: 'heldout415-openy-drupal-swim-lessons',
  kind: 'docs',
  html: yHtml,
  title: yTitle,
  headings: ['Swim stages', 'Which class is right for my child?', 'Adult lessons', 'Fees'],
  body: texts([...yIntro, ...yStages.flat(), ...yWhich, ...yAdult, ...yFees]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Indoor pool closed Saturday 6 March for maintenance.', 'Dismiss', ...yUtil, ...yNav, 'Join', 'Breadcrumb', 'Home',
    'Every stage, every age', 'Find a class', 'Search the winter session schedule by stage, day and time.', 'View schedules', 'Related programs',
    ...yRelated, 'Eastmoor Family YMCA · 900 Linden Avenue · (555) 019-4400', ...yFoot,
    'The YMCA is a nonprofit organization dedicated to youth development, healthy living and social responsibility.', '© 2027 Eastmoor Family YMCA',
    'We use cookies on this site to enhance your user experience', 'By clicking any link on this page you are giving your consent for us to set cookies.',
    'OK, I agree', 'No, thanks',
  ],
};

export const HELDOUT415_C: readonly TestPage[] = [openY, sportsEngine];
