import { links, type TestPage } from './page-kit.js';
import { blocks, bodyOf, headingsOf, j } from './pages-heldout597-kit.js';

/**
 * Held-out batch 597, file f: a bell-rope maker's blog article on Shopify (Dawn theme, announcement bar, share button, comment
 * form), and a church bells trust's blog post on HubSpot CMS (author card, topic tags, CTA and subscription form).
 */
const rTitle = 'Looking after your bell ropes through the winter';
const rBlocks = [
  j(
    'Bell ropes work hard in cold towers. Damp air, condensation on stone walls and sudden changes of temperature all shorten the',
    'life of a rope, and most of the repairs we see in spring start with a wet winter. A few simple habits will keep yours ringing',
    'for many more years.',
  ),
  '## Keep them dry',
  j(
    'Natural fibres take up moisture and stretch. If your ringing chamber is damp, loop the ropes up on a spider or rope hooks',
    'after practice so that the tail ends and sallies are off the floor and away from the walls. Never leave a wet rope coiled on',
    'the floor overnight.',
  ),
  '## Watch the length',
  j(
    'Ropes grow longer in damp weather and shorter in dry. Check the tail ends at the start of each practice and adjust them with',
    'the tie at the top if the sallies hang noticeably lower. A rope that is too long is easy to catch badly at backstroke.',
  ),
  '## Check for wear',
  '- Look at the rope where it runs through the ceiling bosses and sally guide for flattening or broken yarns.',
  '- Feel the sally for soft patches, which can mean the wool is coming away from the core.',
  '- Check splices for loose ends, especially on the tail end.',
  j(
    'If you find damage, tell your tower captain and stop ringing that bell until it has been looked at. Most ropes can be',
    'repaired with a new top end or a new tail end, which is far cheaper than a whole new rope.',
  ),
];
const rFoot = ['Search', 'About us', 'Delivery and returns', 'Rope measuring guide', 'Contact'];
const rHtml = `<!doctype html>
<html class="no-js" lang="en">
<head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://wealdcordropes.co.uk/blogs/news/looking-after-your-bell-ropes-through-the-winter">
<title>${rTitle} &ndash; Wealdcord Ropes</title><meta name="description" content="Damp air and cold towers shorten the life of a rope.">
<meta property="og:site_name" content="Wealdcord Ropes"><meta property="og:type" content="article"><meta property="og:title" content="${rTitle}">
<script src="//wealdcordropes.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771700000000" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta =
{"page":{"pageType":"article","resourceType":"article","resourceId":60211}};</script>
<link href="//wealdcordropes.co.uk/cdn/shop/t/4/assets/base.css?v=165191016556652226921700000000" rel="stylesheet" type="text/css" media="all" />
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article","articleBody":"Bell ropes work hard in cold towers.",
"headline":"${rTitle}",
"datePublished":"2026-11-04T09:00:00Z","author":{"@type":"Person","name":"Tom Arkwright"},"publisher":{"@type":"Organization",
"name":"Wealdcord Ropes"}}</script>
</head>
<body class="gradient animate--hover-default">
<a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--2201__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £80</span></p></div></div></div></div>
<div id="shopify-section-sections--2201__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header
class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu
header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container"><div
class="menu-drawer__navigation-container">
<nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu list-menu"
role="list">${links(['Shop', 'Ropes', 'Mufflers', 'Journal'], 'menu-drawer__menu-item')}
</ul></nav></div></div></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Wealdcord Ropes</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${['Shop', 'Ropes', 'Mufflers', 'Journal']
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase()}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"
focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"
focusable="false"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg
class="icon icon-cart-empty"
aria-hidden="true" focusable="false"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2202__main" class="shopify-section section"><article class="article-template" itemscope
itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image" style="padding-bottom: 56.25%;">
<img srcset="//wealdcordropes.co.uk/cdn/shop/articles/ropes.jpg?v=1&amp;width=350 350w"
src="//wealdcordropes.co.uk/cdn/shop/articles/ropes.jpg?v=1&amp;width=1100"
loading="eager" fetchpriority="high" width="1100" height="619" alt="Ropes looped up on a spider"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${rTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-11-04T09:00:00Z">November 4,
2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Tom Arkwright</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--2202__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg width="13" height="12" viewBox="0 0 13 12" class="icon icon-share" aria-hidden="true"></svg>Share</button>
<details id="Details-share-template--2202__main"><summary class="share-button__button"><svg width="13" height="12" class="icon icon-share"
aria-hidden="true"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--2202__main" class="share-button__message hidden"
role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--2202__main" value="https://wealdcordropes.co.uk/blogs/news/looking-after-your-bell-ropes"
onclick="this.select();"
readonly><label class="field__label" for="ShareUrl-template--2202__main">Link</label></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${blocks(rBlocks)}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow"><span class="icon-wrap">
<svg aria-hidden="true" focusable="false" class="icon icon-arrow" viewBox="0 0 14 10"></svg></span>Back to blog</a></div>
<div data-shopify-editable-section><div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/news/60211/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
id="CommentForm-author"
class="field__input" autocomplete="name" value="" aria-required="true" placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span
aria-hidden="true">*</span></label></div><div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email"
autocomplete="email"
class="field__input" value="" aria-required="true" placeholder="Email"><label class="field__label" for="CommentForm-email">Email <span
aria-hidden="true">*</span></label>
</div></div><div class="field field--with-error"><textarea rows="5" name="comment[body]" id="CommentForm-body" class="text-area field__input"
aria-required="true"
placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></div>
</article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--2203__footer-padding"><div class="footer__content-top page-width"><div
class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul
class="footer-block__details-content list-unstyled">
${links(rFoot)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--2203__footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--2203__footer">Email</label></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption"><small
class="copyright__content">&copy; 2026,
<a href="/" title="">Wealdcord Ropes</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered
by Shopify</a></small>
</div></div></div></footer>
<script src="//wealdcordropes.co.uk/cdn/shop/t/4/assets/global.js?v=37284204640041572741700000000" defer="defer"></script>
</body></html>`;
const shopify: TestPage = {
  name: 'heldout597-shopify-dawn-rope-care',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: headingsOf(rBlocks),
  body: bodyOf(rBlocks),
  bylines: ['November 4, 2026', 'Tom Arkwright'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £80', 'Shop', 'Mufflers', 'Journal', 'Wealdcord Ropes', 'Log in', 'Cart', 'Share', 'Link',
    'Back to blog', 'Leave a comment', 'Name', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.', 'Quick links',
    ...rFoot, 'Subscribe to our emails', '© 2026, Wealdcord Ropes', 'Powered by Shopify',
  ],
};

const tTitle = 'Five things we have learned from funding 40 bell restorations';
const tBlocks = [
  j(
    'Since the Trust made its first grant in 2011 we have helped 40 parishes restore their bells, from a single sanctus bell in a',
    'hillside chapel to a ring of twelve in a market-town church. Every project is different, but some lessons come up again and',
    'again. Here are the five we share most often with parishes who are just starting out.',
  ),
  '## 1. Get a proper inspection first',
  j(
    'The most expensive restorations we have funded were the ones where the scope of work grew after the bells came down. An',
    'independent inspection by an experienced bell adviser, before any quotes are sought, gives you a clear list of what must be',
    'done now and what can wait. Most county ringing associations can put you in touch with an adviser free of charge.',
  ),
  '## 2. Talk to the ringers early',
  j(
    'The people who ring the bells every week know which ones are hard to handle and which frame bolts work loose. Involving them',
    'from the start also builds the band you will need when the bells come back. Several of our parishes have doubled their number',
    'of ringers during a restoration.',
  ),
  '## 3. Plan for the heritage as well as the engineering',
  j(
    'Old frames, fittings and inscriptions are part of a church’s history. Funders, including us, will want to see that the',
    'historic fabric has been recorded and that anything removed has been kept or offered to a museum. Budget for an archaeological',
    'record and for a display in the church.',
  ),
  '## 4. Fundraise locally before you apply',
  j(
    'Grant makers like to see local support. Parishes that raised at least a fifth of the cost themselves before applying to us were',
    'twice as likely to complete on time. Local fundraising also tells you who in the village cares about the bells, and they often',
    'become the volunteers who keep the tower open afterwards.',
  ),
  '## 5. Think about sound',
  j(
    'Newly restored bells can sound louder than the old ones, and new neighbours may not be used to them. Sound control in the',
    'louvres or tower windows is cheap to fit during a restoration and expensive afterwards. Talk to residents before the bells return.',
  ),
  j(
    'If you are thinking about a restoration, our grants officer is happy to talk through your plans before you apply. Applications',
    'for the next round close on 30 September.',
  ),
];
const tTopics = ['Grants', 'Bell restoration', 'Advice for parishes'];
const tHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${tTitle}</title>
<link rel="shortcut icon" href="https://www.churchbellstrust.org.uk/hubfs/favicon.png"><meta name="description"
content="Lessons from 40 bell restoration grants.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet"
href="//7052064.fs1.hubspotusercontent-na1.net/hubfs/7052064/hub_generated/module_assets/1/main.min.css">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.churchbellstrust.org.uk/blog/five-things-40-bell-restorations">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${tTitle}","author":{"@type":"Person",
"name":"Priya Holloway"},
"datePublished":"2026-08-21"}</script>
<script>var hsVars = {render_id: "0b7e4c1a-9d2f-4f68-b1c3-5a6d7e8f9a0b", ticks: 1787300000000, page_id: 173009231, content_group_id: 39118221, portal_id:
7052064,
app_hs_base_url: "https://app.hubspot.com", cp_hs_base_url: "https://cp.hubspot.com", language: "en-gb", analytics_page_type: "blog-post"};</script>
</head>
<body><div class="body-wrapper hs-content-id-173009231 hs-blog-post hs-blog-id-39118221">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to
content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="https://www.churchbellstrust.org.uk" id="hs-link-site_logo_hs_logo_widget"><img
src="https://www.churchbellstrust.org.uk/hubfs/logo.svg" class="hs-image-widget" alt="Church Bells Heritage Trust"></a></span></span></div>
<div class="header__column"><div class="header__row-2"><div class="header__menu header__menu--desktop"><nav aria-label="Main menu" class="menu menu--desktop">
<ul class="menu__wrapper no-list">${links(
  ['Apply for a grant', 'Projects we fund', 'Blog', 'Donate'],
  'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite',
)}</ul>
</nav></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${tTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.churchbellstrust.org.uk/blog/author/priya-holloway">Priya Holloway</a>
<time datetime="2026-08-21 09:00:00" class="blog-post__timestamp">Aug 21, 2026 10:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${blocks(tBlocks.slice(0, 1))}
<!--more-->
${blocks(tBlocks.slice(1))}
</span></div>
<span class="hs-cta-wrapper" id="hs-cta-wrapper-4c1d"><span class="hs-cta-node hs-cta-4c1d" id="hs-cta-4c1d"><a
href="https://cta-redirect.hubspot.com/cta/redirect/7052064/4c1d"
class="cta_button">Download our restoration planning guide</a></span></span>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"></svg>
${tTopics
  .map(
    (t) => `<a class="blog-post__tag-link" href="https://www.churchbellstrust.org.uk/blog/tag/${t.toLowerCase().replace(/ /g, '-')}"
rel="tag">${t}</a>`,
  )
  .join(',\n')}
</div></article>
<section class="blog-post__author"><div class="blog-post__author-info"><h3>Written by Priya Holloway</h3><p>Priya is the Trust’s grants officer and a ringer at
her local tower in the Chilterns.</p></div></section>
<div class="blog-subscribe"><h3>Subscribe to the Trust blog</h3><div id="hs_form_target_blog_subscription" class="hs_form"><form class="hs-form stacked"
id="hsForm_c7a1" data-form-id="c7a1"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-c7a1"><span>Email</span><span
class="hs-form-required">*</span></label><div class="input"><input id="email-c7a1" name="email" required type="email" class="hs-input" value=""></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
</div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Church Bells Heritage Trust is a registered charity in England and Wales, no. 1140772.</p><p>© 2026 Church Bells Heritage Trust</p></div></footer></div>
</div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-cookie-banner="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-cookie-disclaimer">This website stores cookies on
your computer.
These cookies are used to improve your website experience.</p><div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button"
role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/7052064.js"></script>
</body></html>`;
const hubspot: TestPage = {
  name: 'heldout597-hubspot-restoration-lessons',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: headingsOf(tBlocks),
  body: bodyOf(tBlocks),
  bylines: ['Priya Holloway', 'Aug 21, 2026 10:00:00 AM', 'Written by Priya Holloway'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Apply for a grant', 'Projects we fund', 'Blog', 'Donate', 'Download our restoration planning guide',
    'Bell restoration', 'Advice for parishes',
    'Priya is the Trust’s grants officer and a ringer at her local tower in the Chilterns.', 'Subscribe to the Trust blog', 'Email*',
    'Church Bells Heritage Trust is a registered charity in England and Wales, no. 1140772.', '© 2026 Church Bells Heritage Trust',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT597_F: readonly TestPage[] = [shopify, hubspot];
