import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, row, trs } from './pages-heldout695-kit.js';

/**
 * Held-out batch 695, file a: a dry slope's beginner lesson booking page on WordPress (Hello Elementor theme with Elementor
 * sections and a booking widget), and a ski boot fitting guide on a Shopify store's blog (Dawn theme).
 */
const eTitle = 'Beginner Ski Lessons';
const eDek = 'Never skied before? Start on our 110 metre dry slope with a friendly, qualified instructor.';
const eIntro = [
  j(
    'Our beginner lessons take you from your first steps in ski boots to confident snowplough turns on the lower slope.',
    'Groups are kept to a maximum of six, so your instructor can give everyone time on every run.',
  ),
  j(
    'Most adults are ready for the main slope after four to six lessons. Children aged 6 to 11 join our Snow Cubs groups',
    'instead, which run on Saturday mornings and in the school holidays.',
  ),
];
const eH1 = "What's included";
const eIncl = [
  'Ski hire: skis, boots, poles and helmet',
  'One hour of tuition on the nursery and lower slopes',
  'Use of the button lift',
  'A progress card stamped after each lesson',
];
const eH2 = 'Lesson prices';
const eRows = [
  ['Group lesson (1 hour)', '£32', '£28'],
  ['Course of four group lessons', '£112', '£98'],
  ['Private lesson (1 hour, 1–2 people)', '£68', '£68'],
  ['Snow Cubs (ages 6–11, 1 hour)', '–', '£24'],
];
const eH3 = 'Before you book';
const eBefore = [
  j(
    'Please wear long trousers and a long-sleeved top, and bring gloves: the matting is abrasive and you will fall over now and',
    'then. Thin gloves are not enough, so hire a pair at reception for £2 if you need them.',
  ),
  j(
    'Arrive 20 minutes before your lesson to collect your equipment. Latecomers may lose part of their lesson, as the next group',
    'starts on the hour. Cancellations made more than 48 hours ahead are refunded in full.',
  ),
];
const eNav = ['Home', 'Lessons', 'Recreational Skiing', 'Parties', 'Clubs', 'Prices', 'Contact'];
const eFoot = ['Opening Times', 'Find Us', 'Safety Code', 'Jobs', 'Privacy Policy'];
const eTesti = [
  '“I could barely stand up in week one and I was skiing the top slope by week five.” – Priya, Snowdrop Lane',
  '“Patient, fun and really clear.” – Owen',
];
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Beginner Ski Lessons – Harrowgate Hill Ski Centre</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" id="hello-elementor-css" href="https://harrowgatehillski.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://harrowgatehillski.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.2">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Beginner Ski Lessons"}]}</script>
<style id="elementor-post-118">.elementor-118 .elementor-element.elementor-element-5c1e2ab{--display:flex;}</style></head>
<body class="page-template-default page page-id-118 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-118">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="site-header" class="site-header dynamic-header menu-dropdown-tablet"><div class="header-inner"><div class="site-branding show-logo">
<a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2024/02/hhsc-logo.png" class="custom-logo" alt="Harrowgate Hill Ski Centre"></a>
</div><nav class="site-navigation show" aria-label="Main menu"><ul id="menu-main" class="menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="site-navigation-toggle-holder"><button class="site-navigation-toggle" aria-label="Menu"><span class="screen-reader-text">Menu</span></button></div>
</div></header>
<main id="content" class="site-main post-118 page type-page status-publish"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="118" class="elementor elementor-118">
<div class="elementor-element elementor-element-5c1e2ab e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p><strong>${eDek}</strong></p>
${ps(eIntro)}</div></div>
<div class="elementor-element elementor-align-left elementor-widget elementor-widget-button"><div class="elementor-widget-container">
<div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-md" href="#booking"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Book a lesson</span></span></a></div></div></div></div></div>
<div class="elementor-element elementor-element-a41f0d3 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title">${eH1}</h2>
</div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${lis(
  eIncl.map(
    (t) => `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span>`,
  ),
  'elementor-icon-list-item',
)}
</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title">${eH2}</h2>
</div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><table class="price-table"><thead><tr>
<th>Lesson</th>
<th>Adult</th><th>Junior (under 16)</th></tr></thead><tbody>${trs(eRows)}</tbody></table></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title">${eH3}</h2>
</div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(eBefore)}</div></div>
</div></div>
<div class="elementor-element elementor-element-77be2c1 e-con-full e-flex e-con e-parent" id="booking">
<div class="elementor-element elementor-widget elementor-widget-shortcode"><div class="elementor-widget-container"><div class="elementor-shortcode">
<div class="bookly-form" data-form_id="6650e1c2"><div class="bookly-box bookly-bold">Choose your lesson</div>
<div class="bookly-form-group"><label>Service</label><select class="bookly-js-select-service"><option value="">Select service</option>
<option value="3">Group lesson (1 hour)</option></select></div><div class="bookly-form-group"><label>I'm available on or after</label>
<input class="bookly-date-from" type="text" value="14 November 2026"></div>
<button class="bookly-next-step bookly-js-next-step ladda-button" data-style="zoom-in"><span class="ladda-label">Next</span></button></div>
</div></div></div></div>
<div class="elementor-element elementor-element-e90a1b2 e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h3 class="elementor-heading-title">What our learners say</h3>
</div></div><div class="elementor-element elementor-widget elementor-widget-testimonial-carousel"><div class="swiper"><div class="swiper-wrapper">
${eTesti.map((t) => `<div class="swiper-slide"><div class="elementor-testimonial__text">${t}</div></div>`).join('\n')}</div></div></div></div></div>
</div></div></main>
<footer id="site-footer" class="site-footer dynamic-footer"><div class="footer-inner"><nav class="site-navigation" aria-label="Footer menu">
<ul id="menu-footer" class="menu">${links(eFoot)}</ul></nav>
<div class="copyright"><p>Harrowgate Hill Ski Centre, Quarry Lane, Harrowgate, HG9 4TX · 01423 880 512</p><p>© 2026 Harrowgate Hill Ski Centre Ltd</p></div>
</div></footer>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.2" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout695-elementor-lesson-booking',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2, eH3],
  body: texts([eDek, ...eIntro, ...eIncl, ...eRows.map(row), ...eBefore]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Lessons' && t !== 'Prices'), 'Menu', 'Book a lesson', 'Choose your lesson', 'Service',
    "I'm available on or after",
    'What our learners say', ...eTesti, ...eFoot, 'Harrowgate Hill Ski Centre, Quarry Lane, Harrowgate, HG9 4TX · 01423 880 512',
    '© 2026 Harrowgate Hill Ski Centre Ltd',
  ],
};

const sTitle = 'How a ski boot should fit: a fitter’s guide';
const sIntro = [
  j(
    'Nine out of ten skiers who come into the shop complaining about their skiing are really complaining about their boots.',
    'A boot that is too big lets your foot slide, so every turn arrives late; a boot that is badly shaped will hurt by lunchtime.',
    'Here is how we fit boots at Ridgeline, and what you can check for yourself before you buy.',
  ),
];
const sH = ['Start with the shell check', 'Length, width and instep', 'Flex: softer is not easier', 'Footbeds and heat moulding', 'Give it a proper try'];
const sSecs: string[][] = [
  [
    j(
      'Take the liner out, put your bare foot in the shell and slide it forward until your toes touch the front. The gap behind your',
      'heel tells us the shell size: one to two fingers (roughly 10 to 20 mm) for a performance fit, two fingers for a comfort fit.',
    ),
    'Three fingers or more and the boot is too long, however good it feels in the liner.',
  ],
  [
    j(
      'Shells come in lasts, the inside width at the widest part of the forefoot. Narrow lasts are around 98 mm, medium 100 mm and',
      'wide 102 mm or more. Most people fit a 100 mm last; we measure both feet standing, as feet spread under load.',
    ),
    j(
      'The instep is the part people forget. If your foot is high over the top, a low-volume boot will press on the nerves there,',
      'and your toes will go numb whatever the length.',
    ),
  ],
  [
    j(
      'The flex number printed on the cuff is not standard between brands, so a 90 from one maker may feel like a 110 from another.',
      'Lighter, newer skiers usually want 70 to 90; strong, regular skiers 100 to 130.',
    ),
    'A boot that is too soft collapses when you lean forward and leaves you sitting back, which is the habit every instructor is trying to cure.',
  ],
  [
    j(
      'A footbed supports the arch so the foot does not roll and lengthen inside the boot. Off-the-shelf footbeds help most feet;',
      'custom ones are worth it if you have flat feet or one foot longer than the other.',
    ),
    j(
      'Most liners can be heat moulded. We warm them for eight minutes, you stand in a ski stance for ten, and the foam takes the',
      'shape of your ankle and heel. It takes the edge off pressure points but will not fix a shell that is the wrong size.',
    ),
  ],
  [
    j(
      'Wear the boots in the shop for at least 15 minutes, buckled as you would ski. Flex forward, stand on one leg, rock from',
      'toe to heel. Mild pressure is normal in new boots; sharp pain in one spot is not, and usually means a shell stretch.',
    ),
    'Bring the socks you ski in: one thin pair, never two. Thick socks are the most common cause of cold feet we see.',
  ],
];
const sBody = [...sIntro, ...sSecs.flat()];
const sMenu = ['Skis', 'Boots', 'Snowboards', 'Outerwear', 'Servicing', 'Boot Fitting', 'Sale'];
const sFoot = ['Delivery & Returns', 'Boot Fitting Appointments', 'Store Locations', 'Contact', 'Refund policy', 'Privacy policy', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://ridgelineskishop.co.uk/blogs/advice/how-a-ski-boot-should-fit">
<title>${sTitle}\n&ndash; Ridgeline Ski &amp; Board</title><meta name="description" content="How we fit ski boots, and what to check before you buy.">
<meta property="og:type" content="article"><script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting",
"headline":"How a ski boot should fit","author":{"@type":"Person","name":"Callum Brae"},"datePublished":"2026-10-21T09:00:00Z"}</script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "ridgeline-ski-board.myshopify.com";Shopify.theme = {"name":"Dawn",
"schema_version":"15.0.0"};</script>
<link href="//ridgelineskishop.co.uk/cdn/shop/t/4/assets/base.css?v=1460" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--2214__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free boot fitting with every boot purchase over £250</span></p></div></div></div>
<div id="shopify-section-sections--2214__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container">
<summary class="header__icon header__icon--menu" aria-label="Menu"><span><svg aria-hidden="true" class="icon icon-hamburger"></svg></span></summary></details>
</header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Ridgeline Ski &amp; Board</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sMenu, 'header__menu-item')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search" aria-haspopup="dialog" aria-label="Search">
<span><svg class="icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2217__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image">
<img src="//ridgelineskishop.co.uk/cdn/shop/articles/boot-fit.jpg?v=1729" alt="A fitter checking shell space behind a customer's heel" width="1100"
height="733">
</div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2026-10-21T09:00:00Z">October 21, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Callum Brae</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button"><details><summary class="share-button__button">
<svg class="icon icon-share" aria-hidden="true"></svg>Share</summary><div class="share-button__fallback"><input type="text" class="field__input"
value="https://ridgelineskishop.co.uk/blogs/advice/how-a-ski-boot-should-fit" readonly><button class="share-button__copy" aria-label="Copy link"></button>
</div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(sIntro)}
${sH.map((h, i) => `<h2>${h}</h2>\n${ps(sSecs[i] ?? [])}`).join('\n')}
<p><a href="/pages/boot-fitting">Book a boot fitting appointment</a></p>
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/advice" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg aria-hidden="true" class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/advice/how-a-ski-boot-should-fit/comments#comment_form" id="comment_form" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
id="CommentForm-author" class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div>
<div class="field"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email</label></div></div><div class="field"><textarea name="comment[body]"
id="CommentForm-body" class="text-area field__input" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment</label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--2215__footer-padding"><div class="footer__content-top page-width">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">
${links(sFoot)}</ul></div><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"><svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026,
<a href="/" title="">Ridgeline Ski &amp; Board</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer>
<script src="//ridgelineskishop.co.uk/cdn/shop/t/4/assets/global.js?v=1385" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout695-shopify-boot-fitting',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts(sBody),
  bylines: ['October 21, 2026', 'by Callum Brae'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free boot fitting with every boot purchase over £250', 'Ridgeline Ski & Board',
    ...sMenu.filter((t) => t !== 'Boots'), 'Log in', 'Cart', 'Share',
    'Book a boot fitting appointment', 'Back to blog', 'Leave a comment', 'Name', 'Email', 'Comment',
    'Please note, comments need to be approved before they are published.', ...sFoot, 'Subscribe to our emails', '© 2026, Ridgeline Ski & Board',
    'Powered by Shopify',
  ],
};

export const HELDOUT695_A: readonly TestPage[] = [elementor, shopify];
