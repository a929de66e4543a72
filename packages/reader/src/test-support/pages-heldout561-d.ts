import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout561-kit.js';

/**
 * Held-out batch 561, file d: an agency news post on Webflow (CMS collection template, figure with caption, related news list,
 * newsletter form), and a how-to blog article on a Shopify store with the Dawn theme (announcement bar, share button, comments).
 */
const fTitle = 'Northvale opens a video interpreting hub in Dunmarren';
const fBody = [
  j(
    'Northvale Translations has opened a purpose-built video remote interpreting hub in Dunmarren, with twelve soundproofed',
    'booths and a dedicated studio for sign language interpreters. The hub will handle up to 1,800 video calls a week for',
    'hospitals, councils and courts across the north of the country.',
  ),
  j(
    'The new site replaces a temporary office that the company had used since 2023, when demand for video interpreting grew',
    'sharply. Until now, most Northvale interpreters worked from home, which made it hard to guarantee quiet rooms, reliable',
    'connections and consistent lighting for deaf callers.',
  ),
];
const fWhyH = 'Built for sign language';
const fWhy = [
  j(
    'The sign language studio has a plain blue backdrop, controlled lighting and two cameras, so that deaf clients can see the',
    'interpreter&rsquo;s hands and face clearly even on a small phone screen. Interpreters can switch between British Sign',
    'Language and Irish Sign Language rooms, and a deaf relay interpreter can join from a second booth.',
  ),
];
const fQuote = j(
  '“Video is now how most of our clients meet us. It would be wrong to ask interpreters to do that job from a spare bedroom.',
  'This hub gives them the same conditions as a conference booth.”',
);
const fQuoteBy = '— Ruth Okonjo-Hale, operations director, Northvale Translations';
const fJobsH = 'Twenty new jobs';
const fJobs = [
  j(
    'The hub will create twenty full-time interpreting posts, including eight for sign language interpreters. Northvale is',
    'also offering paid placements to students from the interpreting course at Dunmarren College, who will work alongside',
    'qualified interpreters on non-clinical calls.',
  ),
  j('The hub is open from 7 a.m. to 11 p.m., seven days a week. Overnight calls continue to be handled by the company&rsquo;s', 'home-based team.'),
];
const fRel = ['Northvale joins the regional court interpreting framework', 'What hospitals ask for most: our 2025 language report'];
const fNav = ['Services', 'Sectors', 'Languages', 'News', 'Contact'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jun 02 2026 09:41:12 GMT+0000 -->
<html data-wf-domain="www.northvale-translations.example" data-wf-page="6650f1a2c3d4e5f6a7b8c9d1" data-wf-site="6650f1a2c3d4e5f6a7b8c9d0"
data-wf-collection="6650f1a2c3d4e5f6a7b8c9e0" data-wf-item-slug="video-interpreting-hub-dunmarren" lang="en"><head><meta charset="utf-8">
<title>${fTitle} | Northvale Translations</title><meta content="Twelve booths and a sign language studio for up to 1,800 video calls a week."
name="description">
<meta content="${fTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/6650f1a2c3d4e5f6a7b8c9d0/css/northvale.webflow.shared.3e1f2a9b.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${fTitle}","datePublished":"2026-06-02"}</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/6650f1a2/northvale-logo.svg"
loading="lazy"
alt="Northvale Translations" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase()}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="/quote" class="button-nav w-button">Get a quote</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-post"><div class="container-post w-container"><a href="/news" class="back-link w-inline-block"><div class="back-arrow">←</div>
<div>All news</div></a><div class="post-category">Company news</div><h1 class="heading-post">${fTitle}</h1>
<div class="post-meta"><div class="post-date">June 2, 2026</div><div class="post-meta-divider">·</div><div class="post-author">By Callum Reddy</div></div>
<img src="https://cdn.prod.website-files.com/6650f1a2/6650f9/hub-booths.jpg" loading="lazy" alt="" sizes="(max-width: 767px) 100vw, 740px"
class="post-hero-image">
<div class="rich-text-post w-richtext">${ps(fBody)}<h2>${fWhyH}</h2>${ps(fWhy)}
<figure style="max-width:1200pxpx" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://cdn.prod.website-files.com/6650f1a2/studio.jpg"
loading="lazy" alt="Sign language studio with blue backdrop"></div><figcaption>The sign language studio at the Dunmarren hub.</figcaption></figure>
<blockquote>${fQuote}</blockquote><p><em>${fQuoteBy}</em></p><h2>${fJobsH}</h2>${ps(fJobs)}</div>
<div class="share-row"><div class="share-label">Share</div><a href="https://www.linkedin.com/shareArticle?mini=true" class="share-icon w-inline-block"><img
src="https://cdn.prod.website-files.com/6650f1a2/linkedin.svg" alt="LinkedIn"></a><a href="https://x.com/intent/tweet" class="share-icon w-inline-block"><img
src="https://cdn.prod.website-files.com/6650f1a2/x.svg" alt="X"></a></div></div></section>
<section class="section-related"><div class="w-container"><h2 class="heading-related">More news</h2><div class="w-dyn-list"><div role="list"
class="related-grid w-dyn-items">
${fRel
  .map(
    (
      t,
    ) => `<div role="listitem" class="w-dyn-item"><a href="/news/${t.slice(0, 10)}" class="related-card w-inline-block"><div class="related-date">May 2026</div>
<h3 class="related-title">${t}</h3></a></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="section-newsletter"><div class="w-container"><h2 class="heading-newsletter">Language access news, once a month</h2><div class="w-form">
<form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get" class="newsletter-form" aria-label="Newsletter">
<input class="newsletter-input w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email address" type="email" id="email" required="">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form><div class="w-form-done" tabindex="-1" role="region"
aria-label="Newsletter success"><div>Thank you! Your submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role="region"
aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="w-container"><div class="footer-grid"><div class="footer-col"><div class="footer-heading">Northvale Translations</div>
<p class="footer-text">Unit 9, Kelso Works, Dunmarren DN4 2PL</p></div><div class="footer-col"><a href="/privacy" class="footer-link">Privacy</a>
<a href="/terms" class="footer-link">Terms</a><a href="/careers" class="footer-link">Careers</a></div></div><div
class="footer-copyright">© 2026 Northvale Translations Ltd.</div>
</div></footer><script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6650f1a2c3d4e5f6a7b8c9d0" type="text/javascript">
</script>
<script src="https://cdn.prod.website-files.com/6650f1a2c3d4e5f6a7b8c9d0/js/webflow.4b2c1e.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout561-webflow-vri-hub-news',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: [fWhyH, fJobsH],
  body: texts([...fBody, ...fWhy, fQuote, fQuoteBy, ...fJobs]),
  bylines: ['June 2, 2026', 'By Callum Reddy'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Get a quote', 'All news', 'Company news', 'The sign language studio at the Dunmarren hub.', 'Share',
    'More news', 'May 2026', ...fRel, 'Language access news, once a month', 'Unit 9, Kelso Works, Dunmarren DN4 2PL', 'Privacy', 'Terms', 'Careers',
    '© 2026 Northvale Translations Ltd.',
  ],
};

const pTitle = 'Getting a foreign driving licence translated: what the licensing office needs';
const pIntro = [
  j(
    'If you have moved to Westmarch and want to exchange your foreign driving licence, the Vehicle Licensing Office will ask',
    'for an official translation unless your licence is in English or carries an international format. We translate dozens',
    'of licences every week, and the same few problems cause most rejections. Here is how to avoid them.',
  ),
];
const pWhoH = 'Who needs a translation?';
const pWho = [
  j(
    'You need one if your licence was issued outside the Westmarch Licence Area and any of the fields (name, date of birth,',
    'categories, expiry date) are written in a language or alphabet other than English. An International Driving Permit is',
    'not accepted as a substitute: it supports a licence, it does not replace it.',
  ),
];
const pReqH = 'What the translation must include';
const pReq = [
  'Both sides of the licence, including stamps, restrictions and handwritten notes',
  'A table of the vehicle categories with their dates, in the same order as the original',
  'The translator&rsquo;s signed declaration, name, date and contact details',
  'Your name spelled exactly as it appears in your passport',
];
const pMistakesH = 'Common reasons for rejection';
const pMistakes = [
  j(
    'The most common problem is a name spelled differently from the passport. Transliteration from Cyrillic, Greek or Arabic',
    'script can produce several spellings of the same name, so send us a copy of your passport photo page with your order and',
    'we will match it.',
  ),
  j(
    'The second is a missing back page. Many licences list the categories only on the back. If we receive only the front,',
    'we will ask for the other side before we start, which can delay your order by a day.',
  ),
];
const pOrderH = 'How to order';
const pOrder = [
  j(
    'Add the Driving Licence Translation to your cart, upload clear photos of both sides at checkout, and choose standard',
    '(two working days) or express (same day if ordered before 11 a.m.). You will receive a signed PDF by email, and a printed',
    'copy by post if you choose that option.',
  ),
];
const pComments: readonly (readonly [string, string, string])[] = [
  ['Does this work for a licence from Ukraine? Mine has both Cyrillic and Latin names.', 'Oksana P.', 'March 14, 2026'],
  ['Yes, we translate Ukrainian licences every week. We will use the Latin spelling from your passport.', 'Quillstone Translations', 'March 14, 2026'],
];
const pNav = ['Home', 'Certified Translations', 'Driving Licences', 'Guides', 'Contact'];
const pFootA = ['Search', 'About us', 'Refund policy', 'Terms of service', 'Privacy policy'];
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://quillstone-translations.example/blogs/guides/driving-licence-translation">
<title>${pTitle}\n&ndash; Quillstone Translations</title><meta name="description"
content="How to get your foreign driving licence translated for the licensing office.">
<meta property="og:site_name" content="Quillstone Translations"><meta property="og:type" content="article">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "quillstone-translations.myshopify.com";Shopify.theme = {"name":"Dawn","id":142771,
"schema_name":"Dawn","schema_version":"15.0.0"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${pTitle}","author":{"@type":"Person",
"name":"Hannah Vell"}}</script>
<link href="//quillstone-translations.example/cdn/shop/t/4/assets/base.css?v=1732107642" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17290__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid"><div class="announcement-bar"
role="region"
aria-label="Announcement"><p class="announcement-bar__message h5"><span>Certified translations from £29 per page – delivered in 48 hours</span></p></div>
</div></div></div>
<div id="shopify-section-sections--17290__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header
class="header header--middle-left header--mobile-center page-width header--has-menu">
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Quillstone Translations</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${pNav
  .map(
    (t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details>
</details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--17290__main"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><header
class="page-width page-width--narrow scroll-trigger animate--fade-in">
<h1 class="article-template__title" itemprop="headline">${pTitle}</h1><span class="circle-divider caption-with-letter-spacing"
itemprop="dateCreated pubdate datePublished">
<time datetime="2026-03-12T09:30:00Z">March 12, 2026</time></span><span class="caption-with-letter-spacing" itemprop="author">Written by Hannah Vell</span>
</header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--17290__main"
class="share-button quick-add-hidden">
<details id="Details-share-template--17290__main"><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span class="visually-hidden">Link</span><input type="text" class="field__input"
value="https://quillstone-translations.example/blogs/guides/driving-licence-translation" readonly></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte scroll-trigger animate--slide-in" itemprop="articleBody">${ps(pIntro)}
<h2>${pWhoH}</h2>${ps(pWho)}<h2>${pReqH}</h2><ul>${lis(pReq)}</ul><h2>${pMistakesH}</h2>${ps(pMistakes)}<h2>${pOrderH}</h2>${ps(pOrder)}</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/guides" class="article-template__link link animate-arrow"><span class="icon-wrap">
<svg class="icon icon-arrow" aria-hidden="true"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><h2 id="Comments-17290"
class="h2">2 comments</h2>
<ul class="article-template__comments">${pComments
  .map(
    ([c, n, d]) => `<li class="article-template__comments-comment"><article class="comment"><span
class="visually-hidden">Comment content</span><div class="rte">${ps([c])}</div><footer class="right"><span
class="circle-divider caption-with-letter-spacing">${n}</span>
<span class="caption-with-letter-spacing">${d}</span></footer></article></li>`,
  )
  .join('\n')}</ul>
<form method="post" action="/blogs/guides/driving-licence-translation/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
id="CommentForm-author"
class="field__input" autocomplete="name" placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span>
</label></div>
<div class="field"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email"><label class="field__label"
for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div><div class="field"><textarea rows="5" name="comment[body]"
id="CommentForm-body"
class="text-area field__input" placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment <span
aria-hidden="true">*</span></label>
</div><p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--17291__footer-padding"><div class="footer__content-top page-width"><div
class="footer-block__details-content">
<ul class="list-unstyled">${links(pFootA, 'link link--text list-menu__item list-menu__item--link')}</ul></div><div class="footer-block--newsletter"><div
class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter"
class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--17291__footer" type="email" name="contact[email]"
class="field__input"
placeholder="Email"><label class="field__label" for="NewsletterForm--sections--17291__footer">Email</label><button type="submit"
class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div><div class="footer__content-bottom"><div
class="footer__content-bottom-wrapper page-width">
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Quillstone Translations</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></div></footer>
<script src="//quillstone-translations.example/cdn/shop/t/4/assets/global.js?v=84921" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout561-shopify-licence-translation',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [pWhoH, pReqH, pMistakesH, pOrderH],
  body: texts([...pIntro, ...pWho, ...pReq, ...pMistakes, ...pOrder]),
  bylines: ['March 12, 2026', 'Written by Hannah Vell', 'Oksana P.', 'March 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Certified translations from £29 per page – delivered in 48 hours', 'Quillstone Translations', 'Home', 'Certified Translations',
    'Driving Licences', 'Guides', 'Contact', 'Log in', 'Share', 'Back to blog', '2 comments', 'Comment content', ...pComments.map(([c]) => c),
    'Leave a comment', 'Comment *', 'Please note, comments need to be approved before they are published.', ...pFootA,
    'Subscribe to our emails', '© 2026, Quillstone Translations', 'Powered by Shopify',
  ],
};

export const HELDOUT561_D: readonly TestPage[] = [webflow, shopify];
