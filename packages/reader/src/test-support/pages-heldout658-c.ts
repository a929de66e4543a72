import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout658-kit.js';

/**
 * Held-out batch 658, file c: an architect-and-build loft studio's case study on Webflow (CMS rich text, a key-facts panel,
 * a newsletter form with the platform's hidden success and error messages), and an insulation supplies shop's how-to article on
 * Shopify (Dawn theme, announcement bar, share button, comment form).
 */
const fTitle = 'The Long Attic, Walthamstow';
const fDek = 'A mansard loft that brought a fourth bedroom and a study into a narrow Victorian terrace.';
const fH = ['The brief', 'Design', 'On site'];
const fP = [
  [
    j(
      'Priya and Tom had outgrown their three-bedroom terrace but loved the street. They wanted a main bedroom with its own',
      'bathroom and a quiet room to work from, without losing the character of the house.',
    ),
  ],
  [
    j(
      'The house sits in a conservation area where box dormers are refused, so we designed a rear mansard with slate-hung slopes',
      'and three timber sash windows in the proportions of the windows below.',
    ),
    j(
      'Inside, the stair rises under a long rooflight that runs the full depth of the plan. The bedroom sits at the back, the study',
      'at the front, and the bathroom between them borrows light through a strip of reeded glass.',
    ),
  ],
  [
    j(
      'Planning was granted after one round of comments from the conservation officer. Our build team started in May and handed',
      'over fourteen weeks later, with the family living in the house throughout.',
    ),
  ],
];
const fFacts = ['Location', 'Walthamstow, London E17', 'Type', 'Rear mansard', 'Floor area added', '38 m²', 'Completed', 'September 2025'];
const fNav = ['Projects', 'Services', 'Process', 'Studio', 'Journal'];
const fFoot = ['Instagram', 'Houzz', 'Privacy'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jan 13 2026 10:41:09 GMT+0000 -->
<html data-wf-domain="www.atticworks.example" data-wf-page="65f1c0a2b3d4e5f60718293a" data-wf-site="65e0b1a2c3d4e5f607182930" lang="en"
data-wf-collection="65e0b1a2c3d4e5f607182945" data-wf-item-slug="the-long-attic-walthamstow"><head><meta charset="utf-8">
<title>The Long Attic, Walthamstow | Atticworks</title><meta content="${fDek}" name="description"><meta content="width=device-width, initial-scale=1"
name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets.website-files.com/65e0b1a2c3d4e5f607182930/css/atticworks.webflow.a1b2c3.min.css"
rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav"><div
class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets.website-files.com/65e0b1a2c3d4e5f607182930/atticworks-logo.svg"
loading="lazy" alt="Atticworks"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="/contact" class="button nav-button w-button">Start a project</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper"><section class="section-project-hero"><div class="padding-global"><div class="container-large">
<a href="/projects" class="back-link w-inline-block"><div class="icon-embed-xsmall w-embed"><svg viewBox="0 0 16 16"><path d="M10 3 5 8l5 5"></path></svg></div>
<div>All projects</div></a><h1 class="heading-style-h1">${fTitle}</h1><p class="text-size-large">${fDek}</p></div></div>
<img src="https://assets.website-files.com/65e0b1a2c3d4e5f607182945/long-attic-hero.jpg" loading="eager" alt="" class="project-hero-image"></section>
<section class="section-project-body"><div class="padding-global"><div class="container-large"><div class="project-layout">
<aside class="project-facts">${[0, 2, 4, 6]
  .map(
    (i) => `<div class="project-fact"><div class="text-size-small text-color-grey">${at(fFacts, i)}</div><div
class="text-weight-medium">${at(fFacts, i + 1)}</div></div>`,
  )
  .join('\n')}</aside>
<div class="project-richtext w-richtext">${fH.map((h, i) => `<h2>${h}</h2>${ps(fP[i] ?? [])}`).join('\n')}
<figure style="max-width:1600pxpx" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://assets.website-files.com/65e0b1a2c3d4e5f607182945/study.jpg"
loading="lazy" alt="Study with sash window"></div><figcaption>The study at the front of the new floor.</figcaption></figure>
<blockquote>We forget it was ever a loft. It feels like the house was always meant to have this floor.</blockquote></div></div></div></div></section>
<section class="section-next-project"><div class="padding-global"><div class="container-large"><div class="text-size-small">Next project</div>
<a href="/projects/hip-to-gable-leyton" class="next-project-link w-inline-block"><h3>Hip to gable, Leyton</h3></a></div></div></section>
<section class="section-newsletter"><div class="padding-global"><div class="container-small"><h2 class="heading-style-h4">Notes from the studio</h2>
<p>One email a season with new projects and planning news.</p><div class="form-block w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter"
data-name="Newsletter" method="get" class="newsletter-form" aria-label="Newsletter"><input class="form-input w-input" maxlength="256" name="email"
data-name="Email"
placeholder="Your email" type="email" id="email" required=""><input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the
form.</div></div></div></div></div></section></main>
<footer class="footer"><div class="padding-global"><div class="container-large"><div class="footer-grid"><div>Atticworks Studio Ltd<br>14 Hoe Street, London
E17 4PG</div>
<div class="footer-links">${fFoot.map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('')}</div></div>
<div class="footer-bottom">© 2026 Atticworks Studio Ltd</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65e0b1a2c3d4e5f607182930" type="text/javascript"></script>
<script src="https://assets.website-files.com/65e0b1a2c3d4e5f607182930/js/webflow.a1b2c3d4.js" type="text/javascript"></script></body></html>`;
const webflowCase: TestPage = {
  name: 'heldout658-webflow-mansard-case-study',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fH,
  body: [fDek, ...fP.flat(), 'We forget it was ever a loft. It feels like the house was always meant to have this floor.'],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Start a project', 'All projects', ...fFacts.filter((t) => t !== 'Rear mansard'), 'The study at the front of the new floor.',
    'Next project', 'Hip to gable, Leyton',
    'Notes from the studio', 'One email a season with new projects and planning news.', 'Atticworks Studio Ltd', '14 Hoe Street, London E17 4PG',
    ...fFoot, '© 2026 Atticworks Studio Ltd',
  ],
};

const pTitle = 'How to insulate and draught-proof a loft hatch';
const pIntro = [
  j(
    'You can lay 300mm of insulation across the whole loft and still lose a surprising amount of heat through the hatch. Most hatches',
    'are a thin sheet of ply sitting loosely in a frame, with warm, damp air rising straight past it into the cold roof space.',
  ),
  'The fix takes about an hour and costs less than £40 in materials.',
];
const pH = ['What you need', 'Step by step', 'A note on pull-down ladders'];
const pNeed = [
  'a 50mm rigid insulation board, cut 20mm smaller than the hatch on every side',
  'compressible foam draught strip, about 4 metres',
  'two turn-button catches or a pair of hatch clamps',
  'PVA glue or foam adhesive',
];
const pSteps = [
  'Take the hatch door down and clean the top face so the adhesive will stick.',
  'Glue the insulation board to the top face and weigh it down for half an hour.',
  'Stick the draught strip around the frame where the door rests, making one continuous loop with no gaps at the corners.',
  'Fit the catches so the door is pulled down firmly onto the strip. A door that just rests on the seal will leak.',
];
const pLadder = j(
  'Folding ladder hatches are harder to seal because the ladder sits on the door. Look for an insulated hatch and ladder kit with',
  'a built-in seal: we stock two sizes that fit most standard openings.',
);
const pNav = ['Loft Insulation', 'Draught Proofing', 'Membranes & Tapes', 'Tools', 'Guides'];
const pFoot = ['Search', 'Delivery', 'Returns', 'Contact us', 'Trade accounts'];
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://loftwise.example/blogs/guides/insulate-loft-hatch"><title>${pTitle} &ndash; Loftwise Supplies</title>
<meta property="og:type" content="article"><meta property="og:title" content="${pTitle}">
<script>var Shopify = Shopify || {};Shopify.shop = "loftwise-supplies.myshopify.com";Shopify.theme =
{"name":"Dawn","id":139021172881,"theme_store_id":887};</script>
<script id="__st">var __st={"a":61234567,"offset":0,"reqid":"c1d2e3f4","pageurl":"loftwise.example\\/blogs\\/guides\\/insulate-loft-hatch",
"s":"articles-558812","u":"9f8e7d6c","p":"article","rtyp":"article","rid":558812};</script>
<link href="//loftwise.example/cdn/shop/t/3/assets/base.css?v=127867003511637661291" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section announcement-bar-section"><div class="announcement-bar color-accent-1 gradient" role="region"
aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message center h5"><span>Free next-day delivery on orders over
£75</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><a href="/"
class="header__heading-link link link--text focus-inset">
<span class="h2">Loftwise Supplies</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${pNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/\W+/g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"
focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg
class="icon icon-cart-empty"
aria-hidden="true"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--16823__main"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container"><div
class="article-template__hero-medium media"
itemprop="image" style="padding-bottom: 56.25%;"><img srcset="//loftwise.example/cdn/shop/articles/loft-hatch.jpg?v=1709&width=1100 1100w"
src="//loftwise.example/cdn/shop/articles/loft-hatch.jpg?v=1709&width=1100"
width="1100" height="619" alt="Insulated loft hatch"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${pTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-03-04T09:00:00Z">March 4,
2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Hollie Brandreth</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--16823__main"
class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg width="13" height="12" class="icon icon-share" aria-hidden="true" focusable="false"></svg> Share</button>
<details id="Details-share-template--16823__main"><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg> Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--16823__main" class="share-button__message hidden"
role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--16823__main" value="https://loftwise.example/blogs/guides/insulate-loft-hatch"
placeholder="Link" onclick="this.select();" readonly>
<label class="field__label" for="ShareUrl-template--16823__main">Link</label><button class="share-button__copy no-js-hidden"><span
class="visually-hidden">Copy link</span></button>
</div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">${ps(pIntro)}
<h2>${at(pH, 0)}</h2><ul>${lis(pNeed)}</ul><h2>${at(pH, 1)}</h2><ol>${lis(pSteps)}</ol><h2>${at(pH, 2)}</h2>${ps([pLadder])}</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/guides" class="article-template__link link animate-arrow"><span class="icon-wrap">
<svg viewBox="0 0 14 10" fill="none" aria-hidden="true" focusable="false" class="icon icon-arrow"></svg></span> Back to blog</a></div>
<div data-shopify-editable-section><div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-558812">Leave a comment</h2><form method="post" action="/blogs/guides/insulate-loft-hatch/comments#comment_form" id="comment_form"
accept-charset="UTF-8"
class="comment-form"><input type="hidden" name="form_type" value="new_comment"><div class="article-template__comment-fields"><div
class="field field--with-error">
<input type="text" name="comment[author]" id="CommentForm-author" class="field__input" autocomplete="name" placeholder="Name"><label class="field__label"
for="CommentForm-author">Name
<span aria-hidden="true">*</span></label></div><div class="field"><input type="email" name="comment[email]" id="CommentForm-email" autocomplete="email"
class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div><div class="field"><textarea rows="5"
name="comment[body]"
id="CommentForm-body" class="text-area field__input" placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment
<span aria-hidden="true">*</span></label></div><p class="article-template__comment-warning caption">Please note, comments need to be approved before they are
published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></div></article></section></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-footer-padding"><div
class="footer__content-top page-width">
<div class="footer-block grid__item" ><h2 class="footer-block__heading inline-richtext">Help</h2><ul
class="footer-block__details-content list-unstyled">${links(pFoot)}</ul></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#contact_form" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--sections--footer" type="email" name="contact[email]" class="field__input" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--sections--footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit"
aria-label="Subscribe"><svg viewBox="0 0 14 10" class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Loftwise
Supplies</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by
Shopify</a></small></div></div></footer></div>
<script src="//loftwise.example/cdn/shop/t/3/assets/global.js?v=149496944046504657681" defer="defer"></script></body></html>`;
const shopifyHatch: TestPage = {
  name: 'heldout658-shopify-loft-hatch-howto',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: pH,
  body: texts([...pIntro, ...pNeed, ...pSteps, pLadder]),
  bylines: ['March 4, 2026', 'by Hollie Brandreth'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free next-day delivery on orders over £75', 'Loftwise Supplies', ...pNav, 'Log in', 'Cart', 'Share', 'Link', 'Copy link',
    'Back to blog', 'Leave a comment', 'Name', 'Comment', 'Please note, comments need to be approved before they are published.',
    'Help', ...pFoot, 'Subscribe to our emails', 'Email', '© 2026, Loftwise Supplies', 'Powered by Shopify',
  ],
};

export const HELDOUT658_C: readonly TestPage[] = [webflowCase, shopifyHatch];
