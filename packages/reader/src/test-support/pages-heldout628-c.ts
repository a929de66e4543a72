import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout628-kit.js';

/**
 * Held-out batch 628, file c: a valeting products shop's blog article on Shopify (Dawn theme, with a comment form), and a
 * mobile detailer's ceramic coating explainer on a Webflow CMS template.
 */
const hTitle = 'How to deep clean cloth car seats in an afternoon';
const hBody = [
  'Fabric seats hold on to everything: coffee, sweat, sand and the dog. This is the method we use on customer cars, scaled down for a driveway.',
  'You will need',
  'a vacuum with a crevice tool and a stiff upholstery brush',
  'a fabric cleaner diluted 1:10 in a spray bottle',
  'two clean microfibre towels and a bucket of warm water',
  'a wet-and-dry vacuum, if you have one',
  'The method',
  j(
    'Vacuum first, and work the brush into the seams as you go, because grit left in the fabric turns to mud once it is wet.',
    'Then spray one panel at a time, never the whole seat, and agitate in small circles until the foam turns grey.',
  ),
  j(
    'Blot the panel with a damp towel, pressing rather than rubbing, and extract as much water as you can. Leave the doors open',
    'for at least two hours; a seat that stays damp overnight will smell worse than when you started.',
  ),
  'Stubborn stains',
  j(
    'For tea and coffee, a second pass with a little more cleaner usually works. Ink and make-up need a solvent spotter, tested',
    'first on a hidden area under the seat.',
  ),
];
const hHeads = [1, 6, 9];
const hNav = ['Shop all', 'Exterior', 'Interior', 'Kits', 'Learn'];
const hFoot = ['Search', 'Delivery', 'Returns', 'Contact us', 'Terms of service', 'Refund policy'];
const hHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://suddsandco.example/blogs/learn/deep-clean-cloth-seats">
<title>${hTitle} – Sudds Detailing Supplies</title><meta name="description" content="Fabric seats hold on to everything.">
<meta property="og:type" content="article"><meta property="og:title" content="${hTitle}">
<script>var Shopify = Shopify || {};Shopify.shop = "sudds-detailing.myshopify.com";Shopify.theme = {"name":"Dawn","id":141230,"schema_name":"Dawn"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","articleBody":"Fabric seats hold on to everything","headline":"${hTitle}",
"datePublished":"2026-09-22T09:00:00Z","author":{"@type":"Person","name":"Nadia Ferrand"}}</script>
<link href="//suddsandco.example/cdn/shop/t/4/assets/base.css?v=1431" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1813__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £40</span></p></div></div></div></div>
<div id="shopify-section-sections--1813__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Sudds Detailing
Supplies</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(hNav, '').replace(
  /<a /g,
  '<a class="header__menu-item list-menu__item link link--text focus-inset" ',
)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset
modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary>
</details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log
in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1822__main"
class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image"><img
src="//suddsandco.example/cdn/shop/articles/seats.jpg?v=1727&amp;width=1100" alt="" width="1100" height="733" loading="eager"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${hTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-09-22T09:00:00Z">September 22,
2026</time></span><span class="caption-with-letter-spacing" itemprop="author">By Nadia Ferrand</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps([at(hBody, 0)])}<h3>${at(hBody, 1)}</h3><ul>${lis(hBody.slice(2, 6))}</ul><h3>${at(hBody, 6)}</h3>${ps(hBody.slice(7, 9))}
<p><strong>Shop the kit:</strong> <a href="/products/fabric-clean">Fabric Clean 500ml</a>, <a href="/products/tornado-brush">Tornado Upholstery Brush</a></p>
<h3>${at(hBody, 9)}</h3>${ps([at(hBody, 10)])}</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--1822__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><span>Share</span></button><details id="Details-share-template--1822__main"><summary
class="share-button__button"><span>Share</span></summary><div class="share-button__fallback motion-reduce"><div class="field"><span
id="ShareMessage-template--1822__main" class="share-button__message hidden" role="status"></span><input type="text" class="field__input"
id="ShareUrl-template--1822__main" value="https://suddsandco.example/blogs/learn/deep-clean-cloth-seats" readonly><label class="field__label"
for="ShareUrl-template--1822__main">Link</label></div></div></details></share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/learn" class="article-template__link link animate-arrow"><span
class="icon-wrap"><svg class="icon icon-arrow" aria-hidden="true"></svg></span>Back to blog</a></div>
<div data-id="article-template__comments" class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width
page-width--narrow"><h2 id="Comments-1822">2 comments</h2><div class="article-template-comments"><article id="Comments-8812"
class="article-template__comments-comment">
<div class="rte">Did this on my Golf at the weekend and the driver's seat came up two shades lighter. Thanks!</div><footer class="right"><span
class="circle-divider caption-with-letter-spacing">Owain B.</span><span class="caption-with-letter-spacing">September 25, 2026</span></footer></article>
<article id="Comments-8820" class="article-template__comments-comment"><div class="rte">Would this work on Alcantara?</div><footer class="right"><span
class="circle-divider caption-with-letter-spacing">Jess</span><span class="caption-with-letter-spacing">September 29, 2026</span></footer></article></div>
<form method="post" action="/blogs/learn/deep-clean-cloth-seats/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form"><h2>Leave a
comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input" autocomplete="name" value="" placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span
aria-hidden="true">*</span></label></div><div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]"
placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<div class="article-template__comments-footer">
<input type="submit" class="button" value="Post comment"></div></form></div></div></article></section></main>
<div id="shopify-section-sections--1813__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--1813__footer-padding"><div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post" action="/contact#contact_form" id="ContactFooter"
class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--1813__footer"
type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--1813__footer">Email</label>
</div></div></form></div></div><div class="footer-block grid__item"><ul class="footer-block__details-content list-unstyled">${links(hFoot)}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">© 2026, <a href="/" title="">Sudds Detailing
Supplies</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by
Shopify</a></small></div></div></footer></div>
<script src="//suddsandco.example/cdn/shop/t/4/assets/global.js?v=1603" defer="defer"></script></body></html>`;
const shopify: TestPage = gold({
  name: 'heldout628-shopify-dawn-seat-cleaning',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads.map((i) => at(hBody, i)),
  body: texts(hBody.filter((_, i) => !hHeads.includes(i))),
  bylines: ['September 22, 2026', 'By Nadia Ferrand', 'Owain B.', 'September 25, 2026', 'Jess', 'September 29, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', 'Sudds Detailing Supplies', ...hNav, 'Log in', 'Cart',
    'Shop the kit: Fabric Clean 500ml, Tornado Upholstery Brush', 'Share', 'Link', 'Back to blog', '2 comments',
    "Did this on my Golf at the weekend and the driver's seat came up two shades lighter. Thanks!", 'Would this work on Alcantara?',
    'Leave a comment', 'Name *', 'Comment *', 'Please note, comments need to be approved before they are published.', 'Subscribe to our emails',
    'Email', ...hFoot, '© 2026, Sudds Detailing Supplies', 'Powered by Shopify',
  ],
});

const fTitle = 'Ceramic coating: what it does, and what it will not do';
const fDek = 'A straight answer to the question we are asked most at the door.';
const fBody = [
  j(
    'A ceramic coating is a liquid that bonds to your paint and cures into a hard, glassy layer a few microns thick. It makes the car',
    'easier to wash, sheds water fast and keeps a gloss for years rather than the weeks you would get from a wax.',
  ),
  'What it will do',
  j(
    'Bird droppings, tar and traffic film sit on top of the coating instead of etching the clear coat, so they come off with a normal',
    'wash. The finish also resists fading from sunlight, which matters most on reds and on older single-stage paint.',
  ),
  'What it will not do',
  j(
    'It will not stop stone chips or keyed scratches, and it does not hide swirl marks. That is why every coating we apply starts',
    'with at least a single-stage machine polish: whatever is on the paint when the coating goes on is sealed in under it.',
  ),
  'How long it lasts',
  j(
    'Our two-year coating costs from £349 and our five-year coating from £649, both including the polish. Either one needs a',
    'maintenance wash with a pH-neutral shampoo every few weeks and a top-up spray every three months to reach its full life.',
  ),
];
const fHeads = [1, 3, 5];
const fNav = ['Services', 'Ceramic Coating', 'Journal', 'About'];
const fRel = ['Paint correction stages explained', 'Winter protection for a coated car'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Oct 27 2026 10:02:44 GMT+0000 -->
<html data-wf-domain="www.vantagedetailing.example" data-wf-page="66f1a2b3c4d5e6f708192a3b" data-wf-site="66f1a2b3c4d5e6f708192a30"
data-wf-collection="66f1a2b3c4d5e6f708192a40" data-wf-item-slug="ceramic-coating-explained"><head><meta charset="utf-8">
<title>${fTitle} | Vantage Mobile Detailing</title><meta content="${fDek}" name="description"><meta content="width=device-width, initial-scale=1"
name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/66f1a2/css/vantage.webflow.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/66f1a2/logo.svg" loading="lazy"
alt="Vantage Mobile Detailing" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map((n) => `<a href="/${n.toLowerCase().replace(' ', '-')}" class="nav-link w-nav-link">${n}</a>`)
  .join(
    '',
  )}<a href="/quote" class="button nav-button w-button">Get a quote</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<div class="section blog-hero"><div class="container-narrow"><a href="/journal" class="back-link">← All articles</a>
<h1 class="heading-blog">${fTitle}</h1><p class="blog-dek">${fDek}</p><div class="blog-meta"><div class="meta-text">Tomasz Rehill</div><div
class="meta-divider">·</div><div class="meta-text">October 27, 2026</div><div class="meta-divider">·</div><div class="meta-text">4 min read</div></div></div>
</div>
<div class="section blog-body"><div class="container-narrow"><div class="rich-text-blog w-richtext">${ps([at(fBody, 0)])}
<figure style="max-width:1200px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://assets-global.website-files.com/66f1a2/coating-beading.jpg" loading="lazy" alt="Water beading on a coated bonnet"></div>
<figcaption>Water beading on a
bonnet three years after coating.</figcaption></figure>
<h2>${at(fBody, 1)}</h2>${ps([at(fBody, 2)])}<h2>${at(fBody, 3)}</h2>${ps([at(fBody, 4)])}<h2>${at(fBody, 5)}</h2>${ps([at(fBody, 6)])}</div></div></div>
<div class="section cta-section"><div class="container-narrow cta-box"><h3 class="cta-heading">Thinking about a coating?</h3><p class="cta-text">We will look
at your paint for free and tell you honestly whether it is worth it.</p><a href="/quote" class="button w-button">Book a free paint check</a></div></div>
<div class="section related"><div class="container"><h2 class="related-heading">More from the journal</h2><div class="w-dyn-list"><div role="list"
class="related-grid w-dyn-items">${fRel
  .map(
    (r) => `<div role="listitem" class="w-dyn-item"><a href="/journal/${r.toLowerCase().replace(/ /g, '-')}" class="related-card w-inline-block"><h4
class="related-title">${r}</h4></a></div>`,
  )
  .join('')}</div></div></div></div>
<footer class="footer"><div class="container"><div class="footer-grid"><div><div class="footer-heading">Vantage Mobile Detailing</div>
<p class="footer-text">Covering
Elmsworth, Pryor's Green and the Lyne valley.</p></div><div class="newsletter w-form"><form id="email-form" name="email-form" data-name="Email Form"
method="get"
class="newsletter-form" aria-label="Email Form"><label for="email" class="field-label">Care tips, once a month</label><input class="text-field w-input"
maxlength="256"
name="email" data-name="Email" placeholder="Email address" type="email" id="email" required=""><input type="submit" data-wait="Please wait..." class="button
w-button" value="Subscribe"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been
received!</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the
form.</div></div></div></div><div class="footer-bottom"><div>© 2026 Vantage Mobile Detailing Ltd</div><a href="/privacy" class="footer-link">Privacy</a>
</div></div>
</footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=66f1a2b3c4d5e6f708192a30" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/66f1a2/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = gold({
  name: 'heldout628-webflow-ceramic-coating',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fHeads.map((i) => at(fBody, i)),
  body: [fDek, ...texts(fBody.filter((_, i) => !fHeads.includes(i)))],
  bylines: ['Tomasz Rehill', 'October 27, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Get a quote', '← All articles', '·', '4 min read', 'Water beading on a bonnet three years after coating.', 'Thinking about a coating?',
    'We will look at your paint for free and tell you honestly whether it is worth it.', 'Book a free paint check', 'More from the journal', ...fRel,
    'Vantage Mobile Detailing', "Covering Elmsworth, Pryor's Green and the Lyne valley.", 'Care tips, once a month', '© 2026 Vantage Mobile Detailing Ltd',
    'Privacy',
  ],
});

export const HELDOUT628_C: readonly TestPage[] = [shopify, webflow];
