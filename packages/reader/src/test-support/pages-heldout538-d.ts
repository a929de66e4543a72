import { links, type TestPage } from './page-kit.js';
import { esc, j, lis } from './pages-heldout538-kit.js';

/**
 * Held-out batch 538, file d: a jeweller's blog post on pearl care on HubSpot CMS (blog template with tags, comments form
 * and the HubSpot cookie banner), and a bridal stylist's post on veil lengths on Ghost (Casper) with a members box.
 */
const pTitle = 'How to look after pearl jewellery';
const pIntro = [
  j(
    'Pearls are the softest gem we sell. They are grown rather than mined, and the nacre that gives them their glow is made of thin',
    'layers of calcium carbonate that scratch easily and dissolve in acid. A little care keeps a strand bright for generations.',
  ),
  'Here is the advice we give to everyone who buys pearls from us, and to the many customers who bring in their grandmother’s strand.',
];
const pH1 = 'Last on, first off';
const pP1 = j(
  'Put your pearls on after your make-up, perfume and hairspray, and take them off before you wash or exercise. Chemicals and',
  'sweat dull the surface over time, and chlorine in swimming pools can damage it in a single afternoon.',
);
const pH2 = 'Cleaning';
const pSteps = [
  'Wipe each pearl with a soft, damp cloth after wearing.',
  'Once a month, wash the strand in lukewarm water with a drop of mild soap, then rinse.',
  'Lay the strand flat on a towel to dry overnight; never hang a wet strand.',
  'Do not use ultrasonic cleaners, steam or jewellery dip.',
];
const pH3 = 'Storage and restringing';
const pP3 = [
  j(
    'Keep pearls in a soft pouch or a lined box, away from diamonds and gold chains that can scratch them. Do not seal them in',
    'plastic for long periods: pearls need a little moisture in the air.',
  ),
  j(
    'Silk thread stretches and weakens, so a strand worn every week should be restrung every year or two. We knot between each',
    'pearl, so that if the thread breaks you lose one pearl at most. Restringing costs £45 for a single strand up to 50cm.',
  ),
];
const pTags = ['Pearls', 'Jewellery care'];
const pNav = ['Shop', 'Bridal', 'Pearls', 'Services', 'Blog', 'Contact'];
const hsw = (id: string, type: string, inner: string): string =>
  `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_${type}" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="${type}">${inner}</span>`;
const pHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>How to look after pearl jewellery</title>
<link rel="shortcut icon" href="https://www.bellamyandco.com/hubfs/favicon.png"><meta name="description" content="Pearls are the softest gem we sell.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script><meta property="og:type" content="article">
<link rel="amphtml" href="https://www.bellamyandco.com/blog/pearl-care?hs_amp=true">
<link rel="stylesheet" href="https://www.bellamyandco.com/hubfs/hub_generated/template_assets/1/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${pTitle}","datePublished":"2026-05-20T09:00:00Z",
"author":{"@type":"Person","name":"Priya Okafor"}}</script><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-1720394518 hs-blog-post hs-blog-id-1622108811">
<div data-global-resource-path="bellamy-theme/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo">
<a href="https://www.bellamyandco.com" id="hs-link-site_logo">
<img src="https://www.bellamyandco.com/hubfs/bellamy-logo.svg" alt="Bellamy and Co Jewellers" class="hs-image-widget"></a></span></div>
<div class="header__column"><div class="header__row-1"><div class="header__search header--element"><div class="hs-search-field">
<div class="hs-search-field__bar">
<form data-hs-do-not-collect="true" action="/hs-search-results"><label class="hs-search-field__label show-for-sr" for="site-search-input">Search</label>
<input type="text" class="hs-search-field__input" name="term" autocomplete="off" aria-label="Search" placeholder="Search"></form></div></div></div></div>
<div class="header__row-2"><div class="header__menu header--element">
<span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${pNav
  .map(
    (t) => `<li class="has-submenu menu-item">
<a href="/${t.toLowerCase()}" class="menu-link">${t}</a></li>`,
  )
  .join('')}</ul></nav></span></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>${hsw('name', 'text', pTitle)}</h1>
<div class="blog-post__meta"><a href="https://www.bellamyandco.com/blog/author/priya-okafor">Priya Okafor</a>
<time datetime="2026-05-20 09:00:00" class="blog-post__timestamp">May 20, 2026 10:00:00 AM</time></div>
<div class="blog-post__body">${hsw(
  'post_body',
  'rich_text',
  `${pIntro.map((p) => `<p>${esc(p)}</p>`).join('')}
<!--more--><h2>${pH1}</h2><p>${esc(pP1)}</p><h2>${pH2}</h2><ol>${lis(pSteps)}</ol>
<h2>${pH3}</h2>${pP3.map((p) => `<p>${esc(p)}</p>`).join('')}
<p style="text-align: center;"><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-8c1d">
<span class="hs-cta-node hs-cta-8c1d" id="hs-cta-8c1d">
<a href="https://cta-redirect.hubspot.com/cta/redirect/1622/8c1d" class="cta_button">Book a free pearl check</a></span></span>
<!-- end HubSpot Call-to-Action Code --></p>`,
)}</div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer">
<path d="M0 252"></path></g></svg>
${pTags
  .map(
    (t) => `<a class="blog-post__tag-link" href="https://www.bellamyandco.com/blog/tag/${t.toLowerCase().replace(/ /g, '-')}"
rel="tag">${t}</a>`,
  )
  .join(',\n')}</div></article>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div><h3 class="comment-form-title">Leave a comment</h3>
<div id="hs_form_target_blog_comments"><form class="hs-form"><label>Name<span class="hs-form-required">*</span></label><input type="text" name="firstname">
<label>Comment<span class="hs-form-required">*</span></label><textarea name="content"></textarea>
<input type="submit" class="hs-button primary large" value="Submit Comment"></form></div>
</div></div></section></div></div></main>
<div data-global-resource-path="bellamy-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Bellamy and Co Jewellers, 6 Cloth Hall Lane, Wetherington</p><ul class="footer__menu">${links(['Delivery', 'Returns', 'Privacy policy'])}</ul>
<p class="footer__copyright">© 2026 Bellamy and Co Jewellers</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" data-hs-region="eu" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your
website experience and provide more personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group"><a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="javascript:void(0);" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/1622.js"></script>
</body></html>`;
const hubspot: TestPage = {
  name: 'heldout538-hubspot-pearl-care',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [pH1, pH2, pH3],
  body: [...pIntro, pP1, ...pSteps, ...pP3],
  bylines: ['Priya Okafor', 'May 20, 2026 10:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', ...pNav, 'Book a free pearl check', 'Jewellery care', 'Leave a comment', 'Name', '*', 'Comment',
    'Bellamy and Co Jewellers, 6 Cloth Hall Lane, Wetherington', 'Delivery', 'Returns', 'Privacy policy', '© 2026 Bellamy and Co Jewellers',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

const gTitle = 'A guide to veil lengths, from birdcage to cathedral';
const gExcerpt = 'Which veil suits your gown, your venue and how much you want to think about it on the day.';
const gIntro = j(
  'A veil is the one accessory that changes how a gown looks from every angle. Most of the brides I style try at least three',
  'lengths before they decide, and the answer is rarely the one they walked in with. Here is how the usual lengths compare.',
);
const gSections = [
  [
    'Birdcage',
    j(
      'A short net veil pinned at the side of the head, covering the eyes or the top half of the face. It suits tea-length',
      'gowns, registry office weddings and anyone who wants a vintage look without fabric to manage.',
    ),
  ],
  [
    'Elbow and fingertip',
    j(
      'Elbow veils end around the waist and fingertip veils around the hips. They are the easiest lengths to wear all day,',
      'they photograph well from the back, and they do not catch on chairs at the reception.',
    ),
  ],
  [
    'Chapel',
    j(
      'A chapel veil just brushes the floor or trails a little behind you. It gives the drama of a long veil in a church',
      'aisle but is still light enough to wear through the drinks reception.',
    ),
  ],
  [
    'Cathedral',
    j(
      'Cathedral veils trail two metres or more. They need a long aisle, a calm day and someone to arrange the train when',
      'you stop. Most brides take them off after the ceremony, so plan a second hair look with your stylist.',
    ),
  ],
] as const;
const gTips = [
  'Match the ivory of the veil to the gown, not to the photos online.',
  'Take the veil to your hair trial.',
  'Ask for a detachable comb if you may remove it.',
];
const gTipsH = 'Before you buy';
const gNav = ['Home', 'Veils', 'Hair', 'Real weddings', 'About'];
const gReads = [
  ['Hair accessories that survive a windy beach', 'Jun 14, 2026', '3 min read'],
  ['Blusher veils: a short history', 'May 2, 2026', '5 min read'],
];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>A guide to veil lengths, from birdcage to cathedral</title><meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://thepinnedveil.com/assets/built/screen.css?v=8a1c2d3e4f"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://thepinnedveil.com/veil-lengths/"><meta property="og:site_name" content="The Pinned Veil">
<meta property="article:published_time" content="2026-09-03T08:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Pinned Veil"},
"author":{"@type":"Person","name":"Rosalind Achebe"},"headline":"${gTitle}","datePublished":"2026-09-03T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://thepinnedveil.com/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;padding:40px 4vw}</style></head>
<body class="post-template tag-veils is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer is-header-hidden">
<div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://thepinnedveil.com">The Pinned Veil</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site"
data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg>
</button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}">
<a href="https://thepinnedveil.com/${t === 'Home' ? '' : `${t.toLowerCase().replace(/ /g, '-')}/`}">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav><div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-veils">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/veils/">Veils</a></span>
</div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/rosalind/" class="author-avatar" aria-label="Read more of Rosalind Achebe">
<img class="author-profile-image" src="/content/images/size/w100/2024/02/rosalind.jpg" alt="Rosalind Achebe"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/rosalind/">Rosalind Achebe</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-09-03">Sep 3, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div>
</section></div><figure class="article-image"><img srcset="/content/images/size/w300/2026/09/veils.jpg 300w" src="/content/images/size/w2000/2026/09/veils.jpg"
alt="Four veils of different lengths hanging in a window"><figcaption><span style="white-space: pre-wrap;">Photo: Hollis Studio</span></figcaption></figure>
</header>
<section class="gh-content gh-canvas is-body"><p>${esc(gIntro)}</p>
${gSections.map(([h, p]) => `<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}</h2><p>${esc(p)}</p>`).join('\n')}
<hr><h3 id="before-you-buy">${gTipsH}</h3><ul>${lis(gTips)}</ul>
</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for The Pinned Veil</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-title">Read more</div>
${gReads
  .map(
    ([t, d, r]) => `<article class="post-card post"><a class="post-card-image-link" href="/${(t ?? '').toLowerCase().replace(/[^a-z]+/g, '-')}/">
<img class="post-card-image" src="/content/images/2026/card.jpg" alt="${t}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-06-14">${d}</time><span class="post-card-meta-length">${r}</span></footer>
</div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://thepinnedveil.com">The Pinned Veil</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-privacy"><a href="/privacy/">Privacy</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://thepinnedveil.com/assets/built/casper.js?v=8a1c2d3e4f"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout538-ghost-veil-lengths',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [...gSections.map(([h]) => h), gTipsH],
  body: [gExcerpt, gIntro, ...gSections.map(([, p]) => p), ...gTips],
  bylines: ['Rosalind Achebe', 'Sep 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Pinned Veil', ...gNav, 'Sign in', 'Subscribe', '• 4 min read', 'Photo: Hollis Studio', 'Sign up for The Pinned Veil', 'Enter your email',
    'Read more', ...gReads.flat().filter((t) => t !== '4 min read'), 'The Pinned Veil © 2026', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT538_D: readonly TestPage[] = [hubspot, ghost];
