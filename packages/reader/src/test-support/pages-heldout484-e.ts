import { ps, type TestPage } from './page-kit.js';
import { j, lis, page } from './pages-heldout484-kit.js';

/** Held-out batch 484, file e: a vet telehealth start-up's blog article on Webflow (CMS collection page, hidden form messages) and a pet
 * shop's care article on Shopify (Dawn theme, product recommendations). */
const vTitle = 'When is a video vet visit enough?';
const vDek = 'Video consults are quick and cheap, but they are not right for every problem. Here is how our vets decide.';
const vIntro = j(
  'Since we launched, our vets have held more than 60,000 video consults. About two thirds of them ended with advice and a plan that',
  'owners could follow at home. The rest needed a hands-on exam, and in about one in twenty cases we asked the owner to go to an',
  'emergency clinic straight away.',
);
const vH = [
  'Problems that often suit a video visit',
  'When you need an in-person exam',
  'Go to an emergency clinic now if',
  'Getting the most from a video consult',
];
const vSuit = [
  'mild skin problems, itching and hot spots',
  'a single bout of vomiting or diarrhea in a pet that is otherwise bright',
  'behavior questions, from litter box problems to separation anxiety',
  'checking a wound or stitches after surgery',
  'diet, weight and general care questions',
];
const vExam = [
  j(
    'Some things a camera cannot do. We cannot listen to a heart, feel an abdomen, take a temperature or run a blood test. If your pet’s',
    'problem depends on any of these, the vet will tell you and explain how urgent it is.',
  ),
  'In general, lameness that lasts more than a couple of days, lumps, eye problems and anything involving weight loss need a clinic visit.',
];
const vNow = [
  'your pet is struggling to breathe or has blue or pale gums',
  'your pet has collapsed or had a seizure',
  'you know your pet has eaten something toxic',
  'a male cat is straining in the litter box and passing little or no urine',
];
const vMost = [
  j(
    'Find a quiet, well-lit room and have your pet with you before the call starts. Short videos of the problem, such as a limp or a cough,',
    'are very helpful, and you can upload them before the consult. Have a list of any medicines your pet takes.',
  ),
  j(
    'After the call, you will get a written summary in the app. If the vet recommends a clinic visit, you can share the summary with your',
    'local practice so nothing gets lost.',
  ),
];
const vNav = ['How it works', 'Pricing', 'For clinics', 'Blog'];
const vMore: [string, string][] = [
  ['Telehealth', 'Five photos that help a vet assess a skin problem'],
  ['Cats', 'Is my cat in pain? Subtle signs to look for'],
  ['Dogs', 'What to do in the first hour after your dog eats chocolate'],
];
const vFoot: [string, string[]][] = [
  ['Company', ['About', 'Careers', 'Press']],
  ['Support', ['Help center', 'Contact']],
  ['Legal', ['Terms', 'Privacy']],
];
const vHtml = `<!DOCTYPE html><!-- Last Published: Tue Feb 10 2026 16:02:11 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.vettly.co" data-wf-page="65f1a2b3c4d5e6f708192a3b" data-wf-site="65a0b1c2d3e4f5061728394a" lang="en"
data-wf-collection="65b1c2d3e4f5061728394a5b" data-wf-item-slug="when-is-a-video-vet-visit-enough"><head><meta charset="utf-8">
<title>${vTitle} | Vettly</title><meta content="${vDek}" name="description"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/65a0b1c2d3e4f5061728394a/css/vettly.webflow.8f7e6d5c.css"
rel="stylesheet"
type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}
(window,document);</script><script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${vTitle}",
"author":{"@type":"Person","name":"Dr. Lena Marsh"},"datePublished":"2026-02-10"}</script></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page"
class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65a0/vettly-logo.svg"
loading="lazy" alt="Vettly" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${vNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="https://app.vettly.co/login" class="nav-link login w-nav-link">Log in</a><a href="https://app.vettly.co/signup"
class="button nav-button w-button">Get started</a>
</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section blog-post"><div class="container-narrow w-container"><div class="blog-post-header"><a href="/blog" class="back-link w-inline-block">
<div>← Back to blog</div></a><a href="/blog-categories/telehealth" class="category-tag w-inline-block"><div>Telehealth</div></a>
<h1 class="heading-blog-post">${vTitle}</h1><p class="blog-summary">${vDek}</p><div class="blog-post-meta"><div class="author-block">
<img src="https://assets-global.website-files.com/65a0/lena-marsh.jpg" loading="lazy" alt=""
class="author-avatar"><div class="author-name">Dr. Lena Marsh</div></div>
<div class="meta-divider">·</div><div class="post-date">February 10, 2026</div><div class="meta-divider">·</div><div class="read-time">6 min read</div></div>
</div>
<img src="https://assets-global.website-files.com/65a0/video-consult-hero.jpg" loading="lazy" alt="Woman holding a phone up to a terrier"
class="blog-hero-image">
<div class="rich-text-block w-richtext">${ps([vIntro])}<h2>${vH[0]}</h2><ul role="list">${lis(vSuit)}</ul>
<h2>${vH[1]}</h2>${ps(vExam)}<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://assets-global.website-files.com/65a0/skin-check.jpg" loading="lazy" alt="Phone camera close to a dog's belly"></div>
<figcaption>Good light and a steady phone make a skin check much easier.</figcaption></figure>
<h2>${vH[2]}</h2><ul role="list">${lis(vNow)}</ul><h2>${vH[3]}</h2>${ps(vMost)}</div></div></section>
<section class="section cta-section"><div class="w-container"><h2 class="cta-heading">Talk to a vet in minutes</h2>
<p class="cta-text">Video consults from $39, 7am to midnight, every day.</p><a href="https://app.vettly.co/signup"
class="button w-button">Get started</a></div></section>
<section class="section more-articles"><div class="w-container"><h3 class="section-heading">More articles</h3><div class="w-dyn-list"><div role="list"
class="blog-grid w-dyn-items">${vMore
  .map(
    ([c, t]) => `<div role="listitem" class="w-dyn-item"><a href="/blog/${t.length}" class="blog-card w-inline-block">
<div class="card-category">${c}</div><h4 class="card-title">${t}</h4></a></div>`,
  )
  .join('')}</div></div></div></section>
<footer class="footer"><div class="w-container"><div class="footer-grid"><div class="footer-brand">
<img src="https://assets-global.website-files.com/65a0/vettly-logo.svg"
alt="Vettly"><p class="footer-tagline">Vettly does not replace your regular vet.</p><div class="w-form"><form id="email-form" name="email-form"
data-name="Email Form"
method="get" class="newsletter-form"><label for="Email" class="field-label">Pet care tips, once a month</label><input class="text-field w-input"
maxlength="256" name="Email"
data-name="Email" placeholder="Your email" type="email" id="Email" required=""><input type="submit" data-wait="Please wait..." class="button w-button"
value="Subscribe">
</form><div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region"
aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div></div></div>
${vFoot
  .map(
    ([h, items]) =>
      `<div class="footer-column"><div class="footer-heading">${h}</div>${items
        .map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`)
        .join('')}</div>`,
  )
  .join('\n')}</div><div class="footer-bottom"><div>© 2026 Vettly Health Inc.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a0b1c2d3e4f5061728394a" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a0b1c2d3e4f5061728394a/js/webflow.4d3c2b1a.js" type="text/javascript"></script></body></html>`;
const webflowVideo: TestPage = page({
  name: 'heldout484-webflow-video-vet',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: vH,
  body: [vDek, vIntro, ...vSuit, ...vExam, ...vNow, ...vMost],
  bylines: ['Dr. Lena Marsh', 'February 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vNav, 'Log in', 'Get started', '← Back to blog', 'Telehealth', '6 min read', 'Good light and a steady phone make a skin check much easier.',
    'Talk to a vet in minutes', 'Video consults from $39, 7am to midnight, every day.', 'More articles', ...vMore.flatMap((m) => m),
    'Vettly does not replace your regular vet.', 'Pet care tips, once a month', ...vFoot.flatMap(([h, items]) => [h, ...items]), '© 2026 Vettly Health Inc.',
  ],
});

const bTitle = 'A beginner’s guide to brushing your dog’s teeth';
const bIntro = j(
  'Dental disease is the most common health problem vets see in adult dogs, and by the age of three most dogs already have some. Daily',
  'brushing is the single best way to prevent it, and most dogs learn to accept it in two or three weeks.',
);
const bH = ['What you need', 'A two-week plan', 'Days 1 to 3', 'Days 4 to 7', 'Days 8 to 14', 'Signs your dog needs a vet check'];
const bNeed = [
  'a soft toothbrush sized for your dog, or a finger brush for small dogs and puppies',
  'a toothpaste made for dogs (never human toothpaste, which can contain xylitol and fluoride)',
  'a handful of small, tasty treats',
  'five minutes at the same time each day',
];
const bPlan = 'Go at your dog’s pace. If a step goes badly, go back to the one before for a day or two.';
const bDays = [
  'Let your dog lick a little toothpaste from your finger. Most dog pastes taste of chicken or beef, so this should feel like a treat.',
  'Lift the lip and rub the paste along the outside of the teeth with your finger. Keep sessions short and stop before your dog gets bored.',
  j(
    'Introduce the brush. Angle the bristles at 45 degrees to the gum line and use small circles, working from the back teeth to the front.',
    'Focus on the outer surfaces; your dog’s tongue does a reasonable job of the inner ones.',
  ),
];
const bVet = [
  j(
    'Brushing should not hurt. If your dog pulls away suddenly, or you see bleeding gums, a broken tooth, a lump or very bad breath, stop and',
    'book a check with your vet. Teeth with tartar below the gum line need a scale and polish under anaesthetic, and brushing works best once',
    'the teeth are clean.',
  ),
  'Chews and water additives can help, but think of them as extras. Nothing we sell works as well as a brush and a few minutes a day.',
];
const bNav = ['Shop all', 'Dog', 'Cat', 'Dental care', 'Pet Care Journal', 'About us'];
const bProducts: [string, string][] = [
  ['Enzyme Toothpaste for Dogs – Chicken', '£8.50 GBP'],
  ['Dual-Head Dog Toothbrush', '£5.95 GBP'],
  ['Finger Brush Twin Pack', '£4.50 GBP'],
];
const bFoot = ['Search', 'Delivery &amp; returns', 'Contact us', 'Refund policy', 'Terms of service'];
const bCard = ([t, p]: [string, string]): string => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover">
<div class="card card--standard card--media"><div class="card__inner ratio"><div class="card__media"><div class="media media--transparent media--hover-effect">
<img src="//barkwellnaturals.co.uk/cdn/shop/files/${t.length}.jpg?v=1714000000&amp;width=533" alt="${t}" class="motion-reduce" loading="lazy" width="533"
height="533">
</div></div></div><div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/${t.length}"
class="full-unstyled-link">${t}</a>
</h3><div class="card-information"><div class="price"><div class="price__container"><div class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular
price</span><span class="price-item price-item--regular">${p}</span></div></div></div></div></div></div></div></div></li>`;
const bHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://barkwellnaturals.co.uk/blogs/pet-care-journal/brushing-your-dogs-teeth"><title>${bTitle}
&ndash; Barkwell Naturals</title><meta name="description" content="${bIntro.slice(0, 150)}"><meta property="og:type" content="article">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "barkwell-naturals.myshopify.com";
Shopify.theme = {"name":"Dawn","id":141234567890,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article","articleBody":"${bIntro}","headline":"${bTitle}",
"author":{"@type":"Person","name":"Nadia Ferreira"},"datePublished":"2026-05-14T09:00:00Z"}</script>
<link href="//barkwellnaturals.co.uk/cdn/shop/t/4/assets/base.css?v=127867003511637661291714000000" rel="stylesheet" type="text/css" media="all">
<link href="//barkwellnaturals.co.uk/cdn/shop/t/4/assets/section-blog-post.css?v=1714000000" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--18_announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="announcement-bar" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £35</span></p></div></div></div></div>
<div id="shopify-section-sections--18_header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center
page-width header--has-menu header--has-account"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><img src="//barkwellnaturals.co.uk/cdn/shop/files/barkwell-logo.png?v=1&amp;width=600"
alt="Barkwell Naturals" class="header__heading-logo motion-reduce" width="600"
height="180"></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline"
role="list">${bNav
  .map((t) => `<li><a href="/collections/${t.length}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`)
  .join('')}</ul></nav><div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"
focusable="false"></svg>
</span></summary></details></details-modal><a href="/account/login"
class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">
Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset"
id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--18__main"
class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image" style="padding-bottom: 52.6%;">
<img srcset="//barkwellnaturals.co.uk/cdn/shop/articles/brushing.jpg?v=1715670000&amp;width=1100 1100w" sizes="(min-width: 1200px) 1100px" alt="" width="1100"
height="578" loading="eager"></div></div><header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${bTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"
itemprop="dateCreated pubdate datePublished"><time datetime="2026-05-14T09:00:00Z">May 14, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Nadia Ferreira, RVN</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--18__main"
class="share-button quick-add-hidden"><button
class="share-button__button hidden"><svg aria-hidden="true" focusable="false"
class="icon icon-share"></svg>Share</button><details id="Details-share-template--18__main">
<summary class="share-button__button"><svg aria-hidden="true" focusable="false" class="icon icon-share"></svg>Share</summary><div class="share-button__fallback
motion-reduce"><div class="field"><span id="ShareMessage-template--18__main" class="share-button__message hidden" role="status"></span><input type="text"
class="field__input" id="ShareUrl-template--18__main" value="https://barkwellnaturals.co.uk/blogs/pet-care-journal/brushing-your-dogs-teeth"
placeholder="Link" onclick="this.select();"
readonly><label class="field__label" for="ShareUrl-template--18__main">Link</label></div><button class="share-button__close hidden">
<span class="visually-hidden">Close share
</span></button><button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">${ps([bIntro])}<h2>${bH[0]}</h2><ul>${lis(bNeed)}</ul>
<h2>${bH[1]}</h2>${ps([bPlan])}<h3>${bH[2]}</h3>${ps([bDays[0] ?? ''])}<h3>${bH[3]}</h3>${ps([bDays[1] ?? ''])}<h3>${bH[4]}</h3>${ps([bDays[2] ?? ''])}
<h2>${bH[5]}</h2>${ps(bVet)}</div><div class="article-template__back element-margin-top center"><a href="/blogs/pet-care-journal"
class="article-template__link link
animate-arrow"><span class="icon-wrap"><svg class="icon icon-arrow" aria-hidden="true" focusable="false"></svg></span>Back to blog</a></div></article></section>
<section id="shopify-section-template--18__featured_collection" class="shopify-section section"><div class="color-scheme-1 isolate gradient">
<div class="collection section-template--18__featured_collection-padding"><div class="collection__title title-wrapper title-wrapper--no-top-margin page-width">
<h2 class="title inline-richtext h2">Shop the routine</h2></div><slider-component class="slider-mobile-gutter page-width">
<ul class="grid product-grid contains-card
grid--3-col-desktop" role="list">${bProducts.map(bCard).join('\n')}</ul></slider-component></div></div></section></main>
<div id="shopify-section-sections--18_footer"
class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient section-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading">Subscribe to our
emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter"
class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit"
aria-label="Subscribe"><svg viewBox="0 0 14 10" aria-hidden="true" focusable="false" class="icon icon-arrow"></svg></button></div></div></form></div></div>
<div class="footer-block__details-content"><ul class="list-unstyled">${bFoot
  .map(
    (t) => `<li><a href="/pages/${t.length}" class="link link--text list-menu__item
list-menu__item--link">${t}</a></li>`,
  )
  .join('')}</ul></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width">
<div class="footer__column footer__localization isolate"><localization-form><form method="post" action="/localization"
id="FooterCountryForm"><div class="no-js-hidden">
<h2 class="caption-large text-body" id="FooterCountryLabel">Country/region</h2><div class="disclosure"><button type="button"
class="disclosure__button localization-form__select
localization-selector link link--text caption-large" aria-expanded="false" aria-controls="FooterCountryList">United Kingdom | GBP £</button></div></div></form>
</localization-form></div><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/"
title="">Barkwell Naturals</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify">Powered by Shopify</a>
</small></div></div></div></footer></div>
<script src="//barkwellnaturals.co.uk/cdn/shop/t/4/assets/global.js?v=1714000000" defer="defer"></script></body></html>`;
const shopifyBrushing: TestPage = page({
  name: 'heldout484-shopify-dog-teeth',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: [bIntro, ...bNeed, bPlan, ...bDays, ...bVet],
  bylines: ['May 14, 2026', 'Nadia Ferreira, RVN'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £35', ...bNav, 'Log in', 'Cart', 'Share', 'Link', 'Copy link', 'Back to blog',
    'Shop the routine', ...bProducts.flatMap((p) => p), 'Regular price', 'Subscribe to our emails', 'Email', 'Delivery & returns',
    ...bFoot.filter((t) => !t.includes('&')), 'Country/region', 'United Kingdom | GBP £', '© 2026, Barkwell Naturals', 'Powered by Shopify',
  ],
});

export const HELDOUT484_E: readonly TestPage[] = [webflowVideo, shopifyBrushing];
