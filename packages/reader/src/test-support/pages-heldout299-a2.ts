import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout299-kit.js';

/**
 * Held-out batch 299, file a2: a fishing report on a tackle shop's Shopify blog (Dawn theme: announcement bar, header menu and
 * cart, the article template with its date and author, share button, "Back to blog", the comments and comment form, the
 * newsletter block, footer and the Shopify cookie banner).
 */
const tTitle = 'Upper Tamsin fishing report: high water, hungry browns';
const tP1 = [
  j(
    'Three days of rain at the start of the week pushed the Upper Tamsin well over its summer level, and by Thursday the gauge at',
    'Callow Bridge was still reading 0.9 metres. That sounds like bad news, but the colour dropped out faster than we expected and',
    'the fish have been feeding hard on the falling water.',
  ),
];
const tH1 = 'River conditions';
const tP2 = [
  j(
    'Water temperature is holding at 13 degrees in the mornings and climbs to about 16 by late afternoon. Clarity on Saturday was',
    'around a metre, with a slight tea stain below the Fennick confluence. Wading is possible on the gravel runs above the weir,',
    'but please stay off the bedrock ledges at Harl Pool until the level drops another 20 centimetres.',
  ),
];
const tH2 = 'What is biting';
const tP3 = [
  j(
    'Brown trout are the story this week. Regulars fishing the slower glides have been taking fish between 30 and 45 centimetres,',
    'and one customer brought in a photo of a 52 centimetre hen fish from the tail of Oxbow Run, released in fine condition.',
  ),
  j(
    'Grayling are showing on the riffles below the old mill, mostly on small nymphs fished close to the bottom. The first sea trout',
    'have been reported at the tidal limit, although nobody we know has hooked one above the weir yet.',
  ),
];
const tH3 = 'Flies and lures that worked';
const tFlies = [
  'Pheasant tail nymph, sizes 14 and 16, with a tungsten bead for the faster runs',
  'Olive klinkhammer in the evenings, when a few duns finally started to hatch',
  'Black and olive woolly bugger, swung on a sink-tip through the deeper pools',
  'For spin anglers, a 5 gram copper spinner on the edges of coloured water',
];
const tQuote = j(
  '"Fish the softer water on the inside of every bend. When the river is up, the trout move out of the main current and sit',
  'where they can feed without fighting the flow."',
);
const tH4 = 'Outlook for next week';
const tP4 = [
  j(
    'The forecast is dry until Wednesday, so we expect the river to settle back to normal height by the weekend. As it clears, go',
    'finer on the tippet and expect the fish to become choosier. Evening rises should improve with every warm day.',
  ),
  j(
    'Day permits for the association water are available in the shop and online. As always, pinch your barbs, keep fish in the water',
    'for photos, and let us know how you get on.',
  ),
];
const tMenu = ['Home', 'Fly Fishing', 'Spinning & Lures', 'Waders & Boots', 'Permits', 'Fishing Reports', 'Contact'];
const tFoot1 = ['Search', 'Shipping policy', 'Returns', 'Permit terms', 'Gift cards'];
const tComments = [
  'Fished Oxbow Run on Sunday on your advice and had four browns on the bugger. Thanks for the tip about the inside of the bends.',
  'Any news on the lower beat below the road bridge? Wondering if it is worth the drive from town midweek.',
];
const tHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://ridgebacktackle.example/blogs/fishing-reports/upper-tamsin-high-water-hungry-browns">
<title>${tTitle} &ndash; Ridgeback Tackle Co.</title>
<meta name="description" content="Three days of rain pushed the Upper Tamsin over its summer level, but the fish have been feeding hard.">
<meta property="og:site_name" content="Ridgeback Tackle Co."><meta property="og:type" content="article"><meta property="og:title" content="${tTitle}">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "ridgeback-tackle.myshopify.com"; Shopify.theme = {"name":"Dawn","id":14109};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","articleBody":"Three days of rain at the start of the week",
"headline":"${tTitle}","author":{"@type":"Person","name":"Callum Reddaway"},"datePublished":"2026-06-14T08:10:00Z"}</script>
<link href="//ridgebacktackle.example/cdn/shop/t/4/assets/base.css" rel="stylesheet" type="text/css" media="all">
<link href="//ridgebacktackle.example/cdn/shop/t/4/assets/section-blog-post.css" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1" role="region" aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over £60</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<h1 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Ridgeback Tackle Co.</span></a></h1>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(tMenu, 'header__menu-item list-menu__item link')}</ul></nav>
<div class="header__icons"><a href="/search" class="header__icon header__icon--search"><span class="visually-hidden">Search</span></a>
<a href="/account/login" class="header__icon header__icon--account"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--blog-post" class="shopify-section section"><article class="article-template"
itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image">
<img src="//ridgebacktackle.example/cdn/shop/articles/tamsin-harl-pool.jpg?v=1718351400&width=1100" alt="The Upper Tamsin at Harl Pool"
width="1100" height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${tTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-06-14T08:10:00Z">June 14,
2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Callum Reddaway</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--blog-post" class="share-button">
<button class="share-button__button hidden"><span>Share</span></button><details><summary class="share-button__button"><span>Share</span></summary>
<div class="share-button__fallback"><div class="field"><input type="text" class="field__input" id="url" value="https://ridgebacktackle.example/blogs/1"
readonly><label class="field__label" for="url">Link</label></div><button class="share-button__copy">Copy link</button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(tP1)}
<h2>${tH1}</h2>
${ps(tP2)}
<h2>${tH2}</h2>
${ps(tP3)}
<h2>${tH3}</h2>
<ul>${lis(tFlies)}</ul>
<blockquote><p>${tQuote}</p></blockquote>
<p><strong>Shop the report:</strong> <a href="/collections/nymphs">Browse our tungsten nymph selection</a></p>
<h2>${tH4}</h2>
${ps(tP4)}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/fishing-reports" class="article-template__link link">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-14109">2 comments</h2><div class="article-template-comments">
<article id="17800" class="article-template__comments-comment"><span class="circle-divider caption-with-letter-spacing">Isla Penhallow</span>
<span class="caption-with-letter-spacing">June 15, 2026</span><div class="rte">${tComments[0]}</div></article>
<article id="17812" class="article-template__comments-comment"><span class="circle-divider caption-with-letter-spacing">Dougal Arkwright</span>
<span class="caption-with-letter-spacing">June 16, 2026</span><div class="rte">${tComments[1]}</div></article></div>
<form method="post" action="/blogs/fishing-reports/comments" id="comment_form" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><label class="field__label" for="CommentForm-author">Name</label>
<label class="field__label" for="CommentForm-email">Email</label><label class="form__label" for="CommentForm-body">Comment</label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div>
</article></section></main>
<footer class="footer color-background-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${links(tFoot1, 'footer-block__item')}</ul></div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Join the tackle box</h2>
<p>River reports, new stock and the odd discount code, once a fortnight.</p>
<form id="ContactFooter" class="footer__newsletter newsletter-form"><label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button">Subscribe</button></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">© 2026, Ridgeback Tackle Co.</small>
<small class="copyright__content"><a href="https://www.shopify.example" rel="nofollow" target="_blank">Powered by Shopify</a></small></div></div></footer>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog"><div class="shopify-pc__banner__body">
<h2 class="shopify-pc__banner__title">Cookie preferences</h2>
<p id="shopify-pc__banner__body-policy-link">We use cookies and similar technologies to give you the best shopping experience.</p></div>
<div class="shopify-pc__banner__btns"><button id="shopify-pc__banner__btn-manage-prefs">Manage preferences</button>
<button id="shopify-pc__banner__btn-decline">Decline</button><button id="shopify-pc__banner__btn-accept">Accept</button></div></div>
<script src="//ridgebacktackle.example/cdn/shop/t/4/assets/global.js" defer="defer"></script></body></html>`;
export const tackleShop: TestPage = {
  name: 'heldout299-shopify-dawn-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [tH1, tH2, tH3, tH4],
  body: texts([...tP1, ...tP2, ...tP3, ...tFlies, tQuote, ...tP4]),
  bylines: ['June 14, 2026', 'by Callum Reddaway'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £60', 'Ridgeback Tackle Co.', ...tMenu, 'Log in', 'Cart', 'Share', 'Link', 'Copy link',
    'Shop the report:', 'Browse our tungsten nymph selection', 'Back to blog', '2 comments', 'Isla Penhallow', 'June 15, 2026', ...tComments,
    'Dougal Arkwright', 'June 16, 2026', 'Leave a comment', 'Name', 'Email', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Quick links', ...tFoot1, 'Join the tackle box',
    'River reports, new stock and the odd discount code, once a fortnight.', 'Subscribe', '© 2026, Ridgeback Tackle Co.', 'Powered by Shopify',
    'Cookie preferences', 'We use cookies and similar technologies to give you the best shopping experience.', 'Manage preferences', 'Decline',
    'Accept',
  ],
};
