import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 214, file c2: a wine merchant's tasting-notes post on WordPress with WooCommerce and the Flatsome theme (the
 * top bar with the delivery offer, the masthead with search, account and basket, the main menu, the category label, posted-on
 * and author line, WooCommerce product cards with prices and "Add to basket" inside the post, the share icons, the entry
 * footer with category and tags, the author box, previous / next post links, the comment form, the sidebar widgets, the
 * hidden newsletter popup, the Challenge 25 line, the Complianz cookie banner and the footer).
 */
const wnTitle = 'Spring tasting notes: six wines for lighter evenings';
const wnIntro = [
  'The clocks have gone forward, the first asparagus is in the shops, and on Thursday evening eleven of us squeezed around the ' +
    'big table at the back of the shop to taste through the new spring arrivals. Here are my notes on the six that stood out, ' +
    'in the order we tasted them.',
];
const wnWines = [
  {
    h: 'Domaine des Crayères, Touraine Sauvignon Blanc 2024',
    p: [
      'A gentler style of Sauvignon than you might expect from the Loire, from a family estate on the chalky slopes above the ' +
        'Cher. Lime zest and white peach on the nose, with a little nettle. The palate is round but still crisp, and the finish is ' +
        'surprisingly long for the price. Excellent with goat’s cheese or a plate of spring greens.',
    ],
    price: '12.95',
  },
  {
    h: 'Quinta do Vale Escuro, Vinho Verde Alvarinho 2024',
    p: [
      'Not the spritzy, featherweight Vinho Verde of holiday memory. This is single-variety Alvarinho from granite soils near ' +
        'Monção, with proper texture, a saline streak and notes of green apple and orange blossom. Several people picked this as ' +
        'their wine of the night. Try it with grilled sardines.',
    ],
    price: '14.50',
  },
  {
    h: 'Bodegas Aranzazu, Rioja Rosado 2024',
    p: [
      'Pale salmon in colour and made mostly from Garnacha with a little Viura. Redcurrant and watermelon, a hint of dried herbs ' +
        'and a dry, almost stony finish. It is the rosé we will be pouring at the shop’s summer party, and at this price it is ' +
        'hard to beat.',
    ],
    price: '11.25',
  },
  {
    h: 'Weingut Fallhuber, Zweigelt Klassik 2023',
    p: [
      'Our first red of the evening, and the one I would put in the fridge for twenty minutes before serving. Bright cherry and ' +
        'a dusting of white pepper, soft tannins and low alcohol at 12 percent. Gamay drinkers will love it.',
      'It divided the table slightly: two of our regulars found it too light, which is rather the point. For something with more ' +
        'weight from the same producer, ask us about their Blaufränkisch.',
    ],
    price: '15.75',
  },
];
const wnOutro = [
  'The remaining two, a Crémant de Limoux and a dry Furmint from Tokaj, arrive next week and I will add notes once we have opened ' +
    'them properly. All four wines above are in our Spring Six mixed case, along with the two still to come.',
  'Our next tasting is on Thursday 16 April, with the theme of wines for barbecues. Places are free for Cellar Club members and ' +
    '£10 for everyone else, refunded against any purchase on the night.',
];
const wnTop = ['Free UK delivery on orders of 12 bottles or more', 'Order by 1pm for next-day delivery'];
const wnNav = ['Red Wine', 'White Wine', 'Rosé', 'Sparkling', 'Mixed Cases', 'Spirits', 'Events', 'Journal'];
const wnAccount = ['Login', 'Basket / £0.00', '0'];
const wnCat = 'Tasting Notes';
const wnMeta = ['Posted on', '12 March 2026', 'by', 'Hattie Marsh'];
const wnFooter = ['This entry was posted in', 'and tagged', 'Austria', 'Loire', 'Portugal', 'Rioja', 'Spring'];
const wnBio =
  'Hattie runs the tastings and buys our white wines. Before joining the shop in 2017 she spent six vintages working in cellars ' +
  'in the Loire and New Zealand.';
const wnPrevNext = ['Winter warmers under £15', 'Meet the grower: Quinta do Vale Escuro'];
const wnComment = [
  'Leave a Reply',
  'Cancel reply',
  'Your email address will not be published. Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const wnSide = ['Search for:', 'Recent Posts', 'Categories', 'Events', 'Grower Profiles', 'News'];
const wnPopup = ['Join the Cellar Club', 'Get 10% off your first order and first news of new arrivals and tastings.', 'Your email', 'Sign me up'];
const wnFoot = ['Delivery Information', 'Returns', 'Contact Us', 'Privacy Policy', 'Terms & Conditions'];
const wnAge = 'We operate a Challenge 25 policy. You must be 18 or over to buy alcohol.';
const wnCookie = ['Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences'];
const wnAmp = (t: string): string => t.replace(/&/g, '&amp;');
const wnProduct = (w: (typeof wnWines)[number]): string => `<div class="woocommerce columns-1"><div class="products row row-small large-columns-1">
<div class="product-small col has-hover product type-product instock"><div class="col-inner"><div class="box-text box-text-products">
<p class="name product-title woocommerce-loop-product__title"><a href="/product/${w.price}">${w.h}</a></p><span class="price"><span
class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">£</span>${w.price}</bdi></span></span>
<div class="add-to-cart-button"><a href="?add-to-cart=${w.price}" class="button primary is-small add_to_cart_button ajax_add_to_cart">Add to basket</a></div>
</div></div></div></div></div>`;
const wnHtml = `<!DOCTYPE html>
<html lang="en-GB" class="loading-site no-js"><head><meta charset="UTF-8"><title>Spring tasting notes: six wines for lighter evenings – Heron &amp; Vine Wine
Merchants</title><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${wnTitle}"><meta property="article:published_time"
content="2026-03-12T09:14:00+00:00">
<link rel="canonical" href="https://heronandvine.example/journal/spring-tasting-notes-2026/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wnTitle}",
"author":{"name":"Hattie Marsh"},"datePublished":"2026-03-12T09:14:00+00:00","articleSection":["Tasting Notes"]}]}</script>
<link rel="stylesheet" id="flatsome-main-css" href="https://heronandvine.example/wp-content/themes/flatsome/assets/css/flatsome.css?ver=3.19.6">
<script src="https://heronandvine.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-2417 single-format-standard theme-flatsome woocommerce-js lightbox nav-dropdown-has-arrow">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a><div id="wrapper">
<header id="header" class="header has-sticky sticky-jump"><div class="header-wrapper"><div id="top-bar" class="header-top hide-for-sticky nav-dark
flex-has-center">
<div class="flex-row container"><div class="flex-col flex-center"><ul class="nav nav-center nav-small">
${wnTop.map((t) => `<li class="html custom html_topbar_left">${t}</li>`).join('\n')}</ul></div></div></div>
<div id="masthead" class="header-main"><div class="header-inner flex-row container logo-left medium-logo-center" role="navigation">
<div id="logo" class="flex-col logo"><a href="/" title="Heron &amp; Vine" rel="home"><img width="200" height="60" src="/wp-content/uploads/logo.png"
class="header_logo header-logo" alt="Heron &amp; Vine"></a></div><div class="flex-col hide-for-medium flex-left flex-grow">
<ul class="header-nav header-nav-main nav nav-left nav-uppercase">${links(wnNav, 'menu-item menu-item-type-taxonomy')}</ul></div>
<div class="flex-col hide-for-medium flex-right"><ul class="header-nav header-nav-main nav nav-right nav-uppercase">
<li class="header-search header-search-dropdown"><a href="#" aria-label="Search" class="is-small"><i class="icon-search"></i></a></li>
<li class="account-item"><a href="/my-account/" class="nav-top-link nav-top-not-logged-in">${wnAccount[0]}</a></li>
<li class="cart-item has-icon"><a href="/basket/" class="header-cart-link is-small" title="Basket"><span class="header-cart-title">${wnAccount[1]}</span>
<span class="cart-icon image-icon"><strong>${wnAccount[2]}</strong></span></a></li></ul></div></div></div></div></header>
<main id="main" class=""><div id="content" class="blog-wrapper blog-single page-wrapper"><div class="row row-large row-divided ">
<div class="large-9 col"><article id="post-2417" class="post-2417 post type-post status-publish format-standard has-post-thumbnail hentry
category-tasting-notes">
<div class="article-inner "><header class="entry-header"><div class="entry-header-text entry-header-text-top text-left">
<h6 class="entry-category is-xsmall"><a href="/category/tasting-notes/" rel="category tag">${wnCat}</a></h6>
<h1 class="entry-title">${wnTitle}</h1><div class="entry-divider is-divider small"></div>
<div class="entry-meta uppercase is-xsmall"><span class="posted-on">${wnMeta[0]} <a href="/2026/03/12/" rel="bookmark"><time class="entry-date published"
datetime="2026-03-12T09:14:00+00:00">${wnMeta[1]}</time></a></span> <span class="byline">${wnMeta[2]} <span class="meta-author vcard"><a class="url fn n"
href="/author/hattie/">${wnMeta[3]}</a></span></span></div></div>
<div class="entry-image relative"><a href="#"><img width="1020" height="680" src="/wp-content/uploads/2026/03/spring-tasting.jpg" class="attachment-large"
alt="Six bottles on a tasting table"></a></div></header>
<div class="entry-content single-page">
${wnIntro.map((p) => `<p>${p}</p>`).join('\n')}
${wnWines.map((w) => `<h2>${w.h}</h2>\n${w.p.map((p) => `<p>${p}</p>`).join('\n')}\n${wnProduct(w)}`).join('\n')}
${wnOutro.map((p) => `<p>${p}</p>`).join('\n')}
<div class="blog-share text-center"><div class="is-divider medium"></div><div class="social-icons share-icons share-row relative">
<a href="#" class="icon button circle is-outline tooltip facebook" title="Share on Facebook" aria-label="Share on Facebook"><i class="icon-facebook"></i></a>
<a href="#" class="icon button circle is-outline tooltip twitter" title="Share on Twitter" aria-label="Share on Twitter"><i class="icon-twitter"></i></a>
<a href="#" class="icon button circle is-outline tooltip email" title="Email to a Friend" aria-label="Email to a Friend"><i
class="icon-envelop"></i></a></div></div></div>
<footer class="entry-meta text-left">${wnFooter[0]} <a href="/category/tasting-notes/" rel="category tag">${wnCat}</a> ${wnFooter[1]}
${wnFooter
  .slice(2)
  .map((t) => `<a href="/tag/${t.toLowerCase()}/" rel="tag">${t}</a>`)
  .join(', ')}.</footer>
<div class="entry-author author-box"><div class="flex-row align-top"><div class="flex-col mr circle"><div class="blog-author-image">
<img alt="" src="/avatar/hattie.jpg" class="avatar avatar-90 photo" height="90" width="90"></div></div><div class="flex-col flex-grow">
<h5 class="author-name uppercase pt-half">Hattie Marsh</h5><p class="author-desc small">${wnBio}</p></div></div></div>
<nav role="navigation" id="nav-below" class="navigation-post"><div class="flex-row next-prev-nav bt bb"><div class="flex-col flex-grow nav-prev text-left">
<div class="nav-previous"><a href="#" rel="prev"><span class="hide-for-small"><i class="icon-angle-left"></i></span> ${wnPrevNext[0]}</a></div></div>
<div class="flex-col flex-grow nav-next text-right"><div class="nav-next"><a href="#" rel="next">${wnPrevNext[1]} <span class="hide-for-small">
<i class="icon-angle-right"></i></span></a></div></div></div></nav></div></article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${wnComment[0]}
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">${wnComment[1]}</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address
will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment"></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author" name="author" type="text"></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email"></p>
<p class="comment-form-url"><label for="url">${wnComment[6]}</label><input id="url" name="url" type="url"></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" type="checkbox"> <label
for="wp-comment-cookies-consent">${wnComment[7]}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
<div class="post-sidebar large-3 col"><div id="secondary" class="widget-area" role="complementary">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="searchform" action="/"><label class="screen-reader-text"
for="s">${wnSide[0]}</label><input type="search" id="s" name="s" placeholder="Search…"></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><span class="widget-title"><span>${wnSide[1]}</span></span><div class="is-divider small"></div>
<ul>${links(wnPrevNext)}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><span class="widget-title"><span>${wnSide[2]}</span></span><div class="is-divider small"></div>
<ul>${links([...wnSide.slice(3), wnCat], 'cat-item')}</ul></aside></div></div></div></div></main>
<footer id="footer" class="footer-wrapper"><div class="footer-widgets footer footer-2 dark"><div class="row dark large-columns-3 mb-0">
<div class="col pb-0 widget widget_nav_menu"><ul class="menu">${wnFoot
  .map(
    (t) => `<li class="menu-item"><a
href="#">${wnAmp(t)}</a></li>`,
  )
  .join('\n')}</ul></div>
<div class="col pb-0 widget block_widget"><p class="challenge-25">${wnAge}</p></div></div></div>
<div class="absolute-footer dark medium-text-center small-text-center"><div class="container clearfix"><div class="footer-secondary pull-right">
<div class="payment-icons inline-block"></div></div><div class="footer-primary pull-left"><div class="copyright-footer">Copyright 2026 © <strong>Heron
&amp; Vine
Wine Merchants Ltd</strong></div></div></div></div></footer></div>
<div id="klaviyo-popup" class="klaviyo-form" style="display:none" aria-hidden="true"><h2>${wnPopup[0]}</h2><p>${wnPopup[1]}</p>
<input type="email" placeholder="${wnPopup[2]}" aria-label="${wnPopup[2]}"><span class="kl-label">${wnPopup[2]}</span><button>${wnPopup[3]}</button></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" role="dialog" aria-live="polite">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">${wnCookie[0]}</div></div><div class="cmplz-body"><div class="cmplz-message"
id="cmplz-message-1-optin"><p>${wnCookie[1]}</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">${wnCookie[2]}</button>
<button class="cmplz-btn cmplz-deny">${wnCookie[3]}</button><button class="cmplz-btn cmplz-view-preferences">${wnCookie[4]}</button></div></div></div>
<script src="https://heronandvine.example/wp-content/themes/flatsome/assets/js/flatsome.js?ver=3.19.6" id="flatsome-js-js"></script></body></html>`;

export const wineNotes: TestPage = {
  html: wnHtml,
  name: 'heldout214-wine-merchant-tasting-notes',
  kind: 'blog',
  // "Tasting Notes" (the category), "Rioja" and "Spring" (tags) are words of gold lines and left out; each wine's h2 is a
  // heading, and the product card after it (price, "Add to basket") is furniture, its name left out as it repeats the heading
  title: wnTitle,
  headings: wnWines.map((w) => w.h),
  body: texts([...wnIntro, ...wnWines.flatMap((w) => w.p), ...wnOutro]),
  bylines: ['Posted on 12 March 2026 by Hattie Marsh', '12 March 2026', 'Hattie Marsh'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...wnTop, ...wnNav, ...wnAccount.slice(0, 2), ...wnWines.map((w) => `£${w.price}`), 'Add to basket',
    `${wnFooter[0]} ${wnCat} ${wnFooter[1]} ${wnFooter.slice(2).join(', ')}.`, ...wnFooter.slice(2, 6).filter((t) => t !== 'Rioja'), wnBio, ...wnPrevNext,
    ...wnComment, ...wnSide, ...wnPopup, ...wnFoot, wnAge, 'Copyright 2026 © Heron & Vine Wine Merchants Ltd',
    ...wnCookie,
  ],
};
