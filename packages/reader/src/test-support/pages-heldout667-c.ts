import { links, ps, type TestPage, texts } from './page-kit.js';
import { anchors, j, lis } from './pages-heldout667-kit.js';

/**
 * Held-out batch 667, file c: a childminder's "How it works" page on Webflow (w-nav, a rich-text block and an FAQ of
 * w-dropdown-free divs), and a childminder's entry in a council's family information directory on LocalGov Drupal.
 */
const fTitle = 'How it works';
const fDek = 'A small, home-based setting for up to six children, open Monday to Thursday.';
const fFaq = [
  ['What ages do you care for?', 'I care for children from one year old up to the end of Reception, and school-age children in the holidays.'],
  ['What are your hours?', 'Monday to Thursday, 7:45am to 5:45pm. I am closed on Fridays, bank holidays and for four weeks a year.'],
  ['Do you do school runs?', j('Yes, to Orchard Vale Infants only. We walk there and back each day, rain or shine, so please send wellies and a waterproof.')],
  ['Do you offer funded hours?', 'Yes. I offer both the 15 and 30 hour funded places, stretched or term-time only.'],
  ['What about food?', 'I cook a hot lunch every day from fresh ingredients, and I can cater for most allergies and diets.'],
] as const;
const fNav = ['Home', 'How it works', 'Gallery', 'Contact'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 09 2027 11:20:41 GMT+0000 -->
<html data-wf-domain="www.appletreechildcare.example" data-wf-page="65a1f0c2e4b7d31a2c9e8f14" data-wf-site="65a1f0c2e4b7d31a2c9e8f02" lang="en"><head>
<meta charset="utf-8"><title>How it works | Apple Tree Childcare</title><meta content="${fDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1f0c2e4b7d31a2c9e8f02/css/appletree.webflow.3f2a1c.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);
</script></head><body class="body-2">
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" class="brand w-nav-brand" aria-label="home"><img src="https://assets-global.website-files.com/65a1f0c2/logo.svg" loading="lazy" alt=""
class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${anchors(fNav, 'nav-link w-nav-link')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-section"><div class="w-layout-blockcontainer container w-container"><h1 class="heading-1">${fTitle}</h1>
<p class="hero-paragraph">${fDek}</p></div></section>
<section class="faq-section"><div class="w-layout-blockcontainer container w-container"><div class="faq-wrapper">
${fFaq
  .map(
    ([q, a]) => `<div class="faq-item"><div class="faq-question"><h3 class="faq-heading">${q}</h3><div class="faq-icon w-embed"><svg
width="16" height="16"></svg></div></div><div class="faq-answer"><p class="faq-text">${a}</p></div></div>`,
  )
  .join('\n')}
</div><a href="/contact" class="button w-button">Arrange a visit</a></div></section>
<section class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid w-layout-grid"><div>
<div class="footer-heading">Apple Tree Childcare</div><div class="footer-text">Orchard Vale, Kesterby</div></div><div>
<div class="footer-text">Registered with the Early Years Standards Board</div><div class="footer-text">© 2027 Apple Tree Childcare</div></div></div></div>
</section>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2e4b7d31a2c9e8f02" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65a1f0c2e4b7d31a2c9e8f02/js/webflow.8a5b2f.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout667-webflow-childminder-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fFaq.map(([q]) => q),
  body: [fDek, ...fFaq.map(([, a]) => a)],
  bylines: [],
  furniture: [
    'Gallery',
    'Contact',
    'Arrange a visit',
    'Apple Tree Childcare',
    'Orchard Vale, Kesterby',
    'Registered with the Early Years Standards Board',
    '© 2027 Apple Tree Childcare',
  ],
};

const dTitle = 'Jo Harker – Registered Childminder';
const dBody = [
  j(
    'I am an experienced childminder based in a quiet cul-de-sac in Westbrook, close to Westbrook Primary and the Linden Park playground.',
    'I have two children of my own, aged 8 and 11, and a friendly old Labrador called Biscuit.',
  ),
  j(
    'We spend lots of time outdoors, at toddler groups and at the library. I follow the early years framework and use an online',
    'learning journal so you can see photos and updates through the day.',
  ),
  'Ages',
  '1 year to 11 years',
  'Opening times',
  'Monday to Friday, 7:30am to 6pm, all year round except two weeks in August',
  'Costs',
  '£6.50 per hour; £58 per day. Meals and snacks included.',
  'Funded early education',
  'Offers 15 hours for 2 year olds, 15 and 30 hours for 3 and 4 year olds',
  'School drop-off and pick-up',
  'Westbrook Primary, St Mary’s Infants',
  'Vacancies',
  'Two places on Mondays and Tuesdays from September 2027.',
  'Contact',
  'Phone: 07700 900 731',
  'Email: jo.harker.childminding@example.com',
];
const dCrumbs = ['Home', 'Family Information Service', 'Childcare directory'];
const dNav = ['Bins and recycling', 'Council tax', 'Education and schools', 'Housing', 'Parking', 'Social care'];
const dFoot = ['Accessibility statement', 'Contact the council', 'Cookies', 'Privacy notice', 'Jobs'];
const dd = (i: number): string =>
  `<div class="field field--label-above"><h3 class="field__label">${dBody[i]}</h3><div class="field__item">${dBody[i + 1]}</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${dTitle} | Thornbury Borough Council</title>
<link rel="canonical" href="https://www.thornbury-borough.example/directory-record/4821/jo-harker-registered-childminder">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4821"},
"localgov_directories":{"channel":"family-information"}}</script>
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?sd3k1q"></head>
<body class="path-node page-node-type-localgov-directories-venue"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-page"><header class="lgd-header">
<div class="lgd-header__inner lgd-container padding-horizontal"><div class="lgd-header__site-branding"><a href="/" rel="home" class="site-logo">
<img src="/sites/default/files/logo.svg" alt="Thornbury Borough Council"></a></div><div class="lgd-header__toggles"><button class="lgd-header__toggle
lgd-header__toggle--primary" aria-expanded="false">Menu</button><button class="lgd-header__toggle lgd-header__toggle--search">Search</button></div>
<div class="lgd-region lgd-region--search"><div class="localgov-search-block"><form action="/search" class="localgov-search-form" role="search">
<label for="edit-s" class="visually-hidden">Search this site</label><input id="edit-s" name="s" type="search" placeholder="Search this site"></form></div></div>
</div><nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Main"><ul class="lgd-header__nav-list">${links(dNav)}</ul></nav></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div>
<main class="main" id="main-content"><div class="lgd-container padding-horizontal"><div class="lgd-row"><div class="lgd-row__two-thirds">
<div class="lgd-region lgd-region--content"><div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title"><span class="field
field--name-title">${dTitle}</span></h1></div><article class="localgov-directories-venue localgov-directories-venue--full">
<div class="field field--name-body field--type-text-with-summary">${ps(dBody.slice(0, 2))}</div>
${[2, 4, 6, 8, 10, 12].map(dd).join('\n')}
<div class="localgov-directories-contact"><h2>${dBody[14]}</h2><ul class="contact-list">${lis(dBody.slice(15))}</ul></div>
<div class="field field--name-localgov-location"><h2 class="field__label">Location</h2><div class="geo-map" data-lat="51.41" data-lng="-1.62">
<p class="map-fallback">Map showing Westbrook, TB4</p></div></div></article>
<div class="directory-disclaimer"><p>The council does not recommend or endorse any provider listed in this directory. Always check a provider’s latest
inspection report before you choose childcare.</p></div></div></div>
<aside class="lgd-row__one-third sidebar"><div class="localgov-directories-facets"><h2>Related services</h2><ul>
${links(['Find a nursery', 'Holiday clubs', 'Help paying for childcare'])}</ul></div><div class="block-localgov-directories-channel-search"><h2>Search the
directory</h2><form><label for="dir-s">Keywords</label><input id="dir-s" type="text"><button type="submit">Apply</button></form></div></aside></div></div>
</main>
<footer class="lgd-footer"><div class="lgd-container"><nav aria-label="Footer"><ul class="lgd-footer__nav">${links(dFoot)}</ul></nav>
<p class="lgd-footer__copyright">© Thornbury Borough Council 2027</p></div></footer></div></div>
<script src="/core/misc/drupal.js?v=10.2.5"></script></body></html>`;
const localgov: TestPage = {
  name: 'heldout667-localgov-directory-childminder',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [dBody[2] ?? '', dBody[4] ?? '', dBody[6] ?? '', dBody[8] ?? '', dBody[10] ?? '', dBody[12] ?? '', dBody[14] ?? ''],
  body: texts(dBody.filter((_, i) => ![2, 4, 6, 8, 10, 12, 14].includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Search', 'Search this site', ...dNav, 'Breadcrumb', 'Home', 'Family Information Service', 'Childcare directory',
    'Location',
    'Map showing Westbrook, TB4', j('The council does not recommend or endorse any provider listed in this directory. Always check a provider’s latest',
      'inspection report before you choose childcare.'), 'Related services', 'Find a nursery', 'Holiday clubs', 'Help paying for childcare',
    'Search the directory', 'Keywords', 'Apply', ...dFoot, '© Thornbury Borough Council 2027',
  ],
};

export const HELDOUT667_C: readonly TestPage[] = [webflow, localgov];
