import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout407-kit.js';

/**
 * Held-out batch 407, file c: a humane society's foster programme page on Drupal 10's Olivero theme (branding block, main
 * menu, breadcrumb, a "Foster FAQ" callout block, the "Sign up for a foster orientation" sidebar, "Last updated" line, footer
 * menus) and an adoption FAQ article in a Zendesk Guide help centre on the Copenhagen theme (search bar, breadcrumbs, author
 * avatar and dates, "Was this article helpful?" votes, "Articles in this section", "Related articles", a closed-comments note).
 */
const drTitle = 'Become a Foster Parent';
const drIntro = [
  j(
    'Foster homes are the quiet engine of our shelter. Last year 412 volunteers opened their homes to 1,960 animals',
    'who were too young, too sick or too stressed to do well in the shelter. Without them, most of those animals would have waited',
    'in a kennel, and some would not have made it.',
  ),
  'You do not need a big house or years of experience. You need some time, a spare corner and a willingness to say goodbye.',
];
const drWho = [
  'Bottle-baby kittens who need feeding every two to four hours',
  'Mother cats and dogs with litters, until the young are weaned',
  'Dogs recovering from surgery or heartworm treatment',
  'Shy or shut-down animals who need a quiet place to learn to trust people',
  'Adult dogs who simply need a break from the noise of the kennels',
];
const drProvide = [
  j(
    'We provide everything your foster animal needs: food, litter, crates, bowls, toys and all veterinary care at our clinic. You',
    'will have a foster coordinator who answers messages seven days a week, and an emergency line for evenings and weekends.',
  ),
  j(
    'Fosters choose which animals they take and for how long. Some people foster one litter of kittens a year; others have a dog',
    'on their sofa almost continuously. You can say no to any request without explaining why.',
  ),
];
const drSteps = [
  'Complete the online foster application.',
  'Attend a ninety-minute foster orientation, in person or online.',
  'Tell us what kinds of animals you would like to foster.',
  'Pick up your first foster animal and supplies from the shelter.',
];
const drTable: readonly (readonly [string, string, string])[] = [
  ['Neonatal kittens', '2 to 6 weeks', 'Feeding every few hours, weighing daily'],
  ['Medical recovery', '2 to 8 weeks', 'Medication, rest and short walks'],
  ['Behaviour foster', '4 to 12 weeks', 'Patience and a calm routine'],
];
const drNav = ['Adopt', 'Get Involved', 'Services', 'Lost & Found', 'About Us', 'Donate'];
const drCrumbs = ['Home', 'Get Involved', 'Foster a Pet'];
const drSide = ['Foster orientation: April 9, 6 pm', 'Foster orientation: April 23, noon (online)', 'Kitten shower, May 3'];
const drFoot = ['Contact', 'Hours & Location', 'Careers', 'Annual Reports', 'Privacy Policy'];
const drHtml = `<!DOCTYPE html><html lang="en" dir="ltr" class="no-js"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="description" content="Foster homes save lives. Learn how to foster a cat or dog with the Brightwater Humane Society.">
<link rel="canonical" href="https://brightwaterhumane.example/get-involved/foster"><title>Become a Foster Parent | Brightwater Humane Society</title>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?sa5xt1">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214"},"gtag":{"tagId":"G-BW7Q"}}</script>
</head><body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__initial">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Brightwater Humane Society</a></div></div></div></div>
</div><div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu"
class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(drNav, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav></div>
</div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__content">${links(drCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="main-content__container container"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span
class="field field--name-title field--type-string field--label-hidden">${drTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium"
id="content"><div id="block-olivero-content" class="block block-system block-system-main-block"><article data-history-node-id="214"
class="node node--type-page node--view-mode-full"><div class="node__content"><div class="text-content clearfix field field--name-body
field--type-text-with-summary field--label-hidden field__item">
${ps(drIntro)}
<h2>Who needs fostering</h2>
<ul>${drWho.map((w) => `<li>${w}</li>`).join('\n')}</ul>
<h2>What we provide</h2>
${ps(drProvide)}
<h2>How long does fostering last?</h2>
<table><thead><tr><th>Type of foster</th><th>Typical length</th><th>What it involves</th></tr></thead><tbody>
${drTable.map((r) => `<tr>\n<td>${r[0]}</td>\n<td>${r[1]}</td>\n<td>${r[2]}</td>\n</tr>`).join('\n')}
</tbody></table>
<h2>How to get started</h2>
<ol>${drSteps.map((s) => `<li>${s}</li>`).join('\n')}</ol>
</div><div class="field field--name-field-last-updated"><span class="field__label">Last updated:</span> <time datetime="2026-02-27">February 27, 2026</time>
</div>
</div></article></div></div>
<div id="block-fosterfaq" class="block block-block-content callout"><h2 class="block__title">Foster FAQ</h2><p>Can I foster if I work full time? Yes. Many
of our fosters do. <a href="/foster-faq">Read the Foster FAQ</a></p></div></main>
<aside class="region region--sidebar" role="complementary"><div id="block-upcomingorientations" class="block block-views"><h2 class="block__title">Sign up
for a foster orientation</h2><ul>${links(drSide)}</ul></div></aside></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top"><nav id="block-olivero-footer"
class="block block-menu navigation menu--footer"><ul class="menu">${links(drFoot, 'menu__item')}</ul></nav></div><div class="region region--footer-bottom">
<div class="block block-block-content"><p>Brightwater Humane Society, 2200 Mill Creek Road, Harlow, WA 98311. Open daily 11 am to 6 pm.</p></div>
</div></div></footer></div></div></div><script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout407-drupal-olivero-foster-programme',
  kind: 'docs',
  html: drHtml,
  title: drTitle,
  headings: ['Who needs fostering', 'What we provide', 'How long does fostering last?', 'How to get started'],
  body: texts([...drIntro, ...drWho, ...drProvide, ...drTable.flat(), ...drSteps]),
  bylines: ['February 27, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Brightwater Humane Society', 'Main navigation', ...drNav, 'Breadcrumb', ...drCrumbs.filter((c) => c !== 'Get Involved'),
    'Last updated:', 'Foster FAQ', 'Can I foster if I work full time? Yes. Many of our fosters do. Read the Foster FAQ', 'Sign up for a foster orientation',
    ...drSide, ...drFoot, 'Brightwater Humane Society, 2200 Mill Creek Road, Harlow, WA 98311. Open daily 11 am to 6 pm.',
  ],
};

const zdTitle = 'Adoption FAQ: fees, applications and bringing your pet home';
const zdIntro = 'These are the questions our adoption counsellors hear most often. If yours is not here, use the chat button or call us.';
const zdQs = [
  'How much does it cost to adopt?',
  'Can I reserve an animal I saw online?',
  'Do I need to bring my current dog to meet a new dog?',
  'What if the adoption does not work out?',
];
const zdAs = [
  [
    j(
      'Adoption fees range from $25 for senior cats to $350 for puppies. The fee includes spay or neuter surgery, vaccinations, a',
      'microchip and a free first exam at a partner clinic. We hold fee-waived events several times a year.',
    ),
  ],
  [
    j(
      'We do not place holds on animals. Profiles online are updated every hour, and the first approved adopter to meet an animal',
      'in person may take them home. If you are interested, come in as early in the day as you can.',
    ),
  ],
  [
    'Yes, for all dog adoptions where there is a resident dog. A meet-and-greet is free and takes about thirty minutes. Please bring:',
    'Your dog on a flat collar and a leash, not a retractable lead',
    'Proof of current rabies vaccination',
    'Every adult who lives in the home',
  ],
  [
    j(
      'Give it time. Most pets need two or three weeks to relax in a new home, and three months to feel settled. Our free behaviour',
      'helpline can help with house training, barking and introductions.',
    ),
    j(
      'If it really is not working, please return the animal to us rather than rehoming them yourself. Within thirty days we will',
      'refund half of the adoption fee or transfer it to another adoption.',
    ),
  ],
];
const zdNav = ['Submit a request', 'Sign in'];
const zdCrumbs = ['Lakeshore Animal Rescue Help Center', 'Adopting', 'Before you adopt'];
const zdSection = ['What to expect at your adoption appointment', 'Adopting if you rent', 'Adoption FAQ: fees, applications and more', 'See more'];
const zdRelated = ['Returning an adopted pet', 'Our behaviour helpline', 'Microchip registration after adoption'];
const zdHtml = `<!DOCTYPE html><html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${zdTitle} &ndash; Lakeshore Animal Rescue Help Center</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport"><meta content="Adoption FAQ" property="og:title">
<link rel="canonical" href="https://help.lakeshorerescue.example/hc/en-us/articles/36104418821-Adoption-FAQ">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-3fa1.css" media="all" id="stylesheet">
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"lakeshorerescue"}; HelpCenter.user = {"role":"anonymous"};</script>
<script src="https://static.zdassets.example/hc/assets/en-us.a71.js"></script></head>
<body class="community-enabled"><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="//theme.zdassets.example/logo.png" alt="Lakeshore Animal Rescue
Help Center home page"></a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li></ul></nav><a class="sign-in" rel="nofollow"
data-auth-action="signin" href="/hc/en-us/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs">${links(zdCrumbs)}</ol></nav><div class="search-container"><form role="search" class="search" action="/hc/en-us/search"><input
type="search" name="query" placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
${links(zdSection, 'sidenav-item')}</ul></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zdTitle}" class="article-title">${zdTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://lakeshorerescue.zendesk.example/avatar.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-us/profiles/41190-Noor-Haddad">Noor Haddad</a><ul class="meta-group"><li class="meta-data"><time
datetime="2026-01-08T16:20:11Z" title="2026-01-08 16:20" data-datetime="relative">2 months ago</time></li><li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button" title="Opens a sign-in dialog" rel="nofollow" role="button"
href="/hc/en-us/articles/36104418821/subscription.html">Follow</a>
</header><section class="article-info"><div class="article-content"><div class="article-body">
<p>${zdIntro}</p>
${zdQs
  .map((q, i) => {
    const a = zdAs[i] ?? [];
    return i === 2 ? `<h3>${q}</h3>\n<p>${a[0] ?? ''}</p>\n<ul>${lis(a.slice(1))}</ul>` : `<h3>${q}</h3>\n${ps(a)}`;
  })
  .join('\n')}
</div><div class="article-attachments"></div></div>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li>
<li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls">
<button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful" aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down" aria-label="This article was not helpful" aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">41 out of 46 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div><div class="article-return-to-top"><a
href="#article-container">Return to top</a></div></footer>
<section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${links(zdRelated, 'related-article')}</ul></section>
</section><div class="article-comments" id="article-comments"><section class="comments"><p class="comment-callout">Article is closed for comments.</p>
</section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Lakeshore Animal Rescue</a><div class="footer-language-selector"></div>
<p class="powered-by-zendesk"><a href="https://www.zendesk.example/service/help-center/" target="_blank">Powered by Zendesk</a></p></div></footer>
<script src="//static.zdassets.example/hc/assets/script-7b2.js"></script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout407-zendesk-adoption-faq',
  kind: 'docs',
  html: zdHtml,
  title: zdTitle,
  headings: zdQs,
  body: texts([zdIntro, ...zdAs.flat()]),
  bylines: ['Noor Haddad', '2 months ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...zdNav, ...zdCrumbs, 'Articles in this section', ...zdSection, 'Follow', 'Facebook', 'LinkedIn', 'Was this article helpful?',
    '41 out of 46 found this helpful', 'Have more questions? Submit a request', 'Return to top', 'Related articles', ...zdRelated,
    'Article is closed for comments.', 'Lakeshore Animal Rescue', 'Powered by Zendesk',
  ],
};

export const HELDOUT407_C: readonly TestPage[] = [drupal, zendesk];
