import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout602-kit.js';

/**
 * Held-out batch 602, file c: a sauna heater blog post on Wix (Wix Blog with its rich content viewer, recent posts and a members
 * login bar), and a swim spa electrical guide on the HubSpot CMS blog with a CTA, topic tags and a subscribe form.
 */
const xTitle = 'Wood-Burning or Electric? Choosing Your Sauna Heater';
const xH = ['The case for wood', 'The case for electric', 'Our advice'];
const xIntro = j(
  'The heater is the heart of a sauna, and it shapes everything from the feel of the steam to how you spend the first hour of an',
  'evening. We build both kinds into our cabins, so here is an honest comparison.',
);
const xWood = [
  j(
    'A wood-burning stove gives a soft, rolling heat and that unmistakable smell of birch smoke. It needs no electrical supply, which',
    'makes it the natural choice for a cabin at the bottom of the garden or by a lake.',
  ),
  'The downside is time: expect 60 to 90 minutes to reach 80 °C, and someone has to feed the fire.',
];
const xElec = [
  j(
    'An electric heater reaches temperature in 30 to 45 minutes, holds it steadily and can be switched on from your phone on the way',
    'home. Most cabins need a 6 to 9 kW heater on a dedicated three-phase or 32 amp supply.',
  ),
];
const xAdvice = [
  'If you will use the sauna mostly on weekday evenings, choose electric. If it is a weekend ritual, choose wood.',
  'Whichever you pick, buy a heater with a deep stone basket: more stones mean gentler löyly.',
];
const xRecent = ['How to Season a New Sauna', 'Five Woods for Sauna Benches', 'Cold Plunge Basics'];
const xNav = ['Home', 'Cabins', 'Heaters', 'Blog', 'Contact'];
const xp = (t: string, id: string): string =>
  `<p class="_1D6ZM sr7Bz" dir="auto" id="viewer-${id}"><span style="font-size:18px;"><span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></span></p>`;
const xh = (t: string, id: string): string => `<h2 class="_2Sp1e" dir="auto" id="viewer-${id}"><span class="_2PHJq">${t}</span></h2>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Wood-Burning or Electric? Choosing Your Sauna Heater</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Kettlewell Sauna Co.">
<link rel="canonical" href="https://www.kettlewellsauna.com/post/wood-or-electric">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${xTitle}","author":{"@type":"Person",
"name":"Ilmari Koski"},
"datePublished":"2026-01-21T10:00:00.000Z"}</script>
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"7c1e-44ab"},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50;--above-all-in-container:10000}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kx1logo" class="comp-kx1logo wixui-image">
<a href="https://www.kettlewellsauna.com" class="j7pOnl"><img src="https://static.wixstatic.com/media/logo.png" alt="Kettlewell Sauna Co."></a></div>
<nav id="comp-kx1menu" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu">
${links(xNav, 'wixui-horizontal-menu__item')}</ul></nav><div id="comp-login" class="wixui-login-social-bar"><button class="Ngp6ZL" aria-label="Log In">
<span class="wQYUvq">Log In</span></button></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="s_yOSHETPAGE">
<div id="TPASection_blog" class="TPASection_blog wixui-section"><div class="blog-post-page-font blog-text-color">
<nav class="Pr3bLo" data-hook="blog-desktop-header"><ul><li><a href="/blog" data-hook="link">All Posts</a></li><li>
<a href="/blog/categories/guides">Guides</a></li>
<li><a href="/blog/categories/news">News</a></li></ul><button aria-label="Search" data-hook="search-button">Search</button></nav>
<article class="blog-post-page-font" data-hook="post"><div class="post-header" data-hook="post-header"><div class="post-metadata">
<div data-hook="avatar-image" class="avatar"><img src="https://static.wixstatic.com/media/ilmari.jpg" alt="Writer's picture"></div>
<div class="user-name-container"><a href="/profile/ilmari/profile" data-hook="user-name"><span class="tQ0Q1A user-name">Ilmari Koski</span></a></div>
<ul class="post-metadata__list"><li><span class="post-metadata__date time-ago" data-hook="time-ago" title="Jan 21">Jan 21</span></li>
<li><span class="post-metadata__readTime" data-hook="time-to-read" title="3 min read">3 min read</span></li></ul></div>
<button class="more-button" aria-label="More actions" data-hook="more-button"></button></div>
<div class="post-title"><h1 class="H3vOVf blog-post-title-font post-title__text" data-hook="post-title"><span class="post-title__text">${xTitle}</span>
</h1></div>
<div class="post-content__body" data-hook="post-description"><div class="moHCnT"><div data-rce-version="9.10.3" class="rich-content-viewer" dir="ltr">
${xp(xIntro, '3b1k0')}${xh(xH[0] ?? '', 'ah2p1')}${xWood.map((t, i) => xp(t, `w${i}`)).join('')}
<div class="_3CWa- media-wrapper" id="viewer-img1"><figure><img src="https://static.wixstatic.com/media/stove.jpg" alt="Wood stove">
<figcaption class="_1x9GU caption" dir="auto">A 16 kW wood stove in our Lakeside cabin.</figcaption></figure></div>
${xh(xH[1] ?? '', 'bn1c8')}${xElec.map((t, i) => xp(t, `e${i}`)).join('')}${xh(xH[2] ?? '', 'k2m0q')}
<ul class="_1SG4r public-DraftStyleDefault-ul">${lis(xAdvice, '_1S_Hx public-DraftStyleDefault-unorderedListItem')}</ul></div></div></div>
<div class="post-footer" data-hook="post-footer"><div class="tags-wrapper"><ul class="tags" aria-label="Tags"><li><a href="/blog/tags/heaters">heaters</a></li>
<li><a href="/blog/tags/buying-guide">buying guide</a></li></ul></div><div class="share-buttons" data-hook="share-buttons">
<button aria-label="Share via Facebook"></button><button aria-label="Share via X"></button><button aria-label="Share via LinkedIn"></button></div>
<div class="post-stats" data-hook="post-stats"><span data-hook="view-count">112 views</span><span data-hook="comment-count">0 comments</span>
<button data-hook="like-button" aria-label="Post not marked as liked" aria-pressed="false"></button></div></div></article>
<section class="recent-posts" data-hook="recent-posts"><div class="recent-posts-header"><h2 class="recent-posts-title">Recent Posts</h2>
<a href="/blog" class="see-all-link" data-hook="see-all-posts">See All</a></div><div class="recent-posts-list">
${xRecent
  .map(
    (t) => `<div class="post-list-item" data-hook="post-list-item"><h3 class="post-title" data-hook="post-title"><a href="/post/x">${t}</a></h3>
</div>`,
  )
  .join('\n')}
</div></section><section class="comments" data-hook="comments"><div class="comments-header"><p>Comments</p></div>
<div class="comments-empty"><p>Write a comment...</p></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><p class="font_8 wixui-rich-text__text">Kettlewell Sauna Co. · Unit 2, Fellside Works, Kettlewell</p>
<p class="font_8 wixui-rich-text__text">© 2026 by Kettlewell Sauna Co.</p></footer></div></div>
<div id="ccsu-banner" class="consent-banner" role="dialog"><p>This website uses cookies. By continuing, you accept our use of cookies.</p>
<button data-hook="consent-banner-apply-button">Accept</button><button data-hook="consent-banner-settings-button">Settings</button></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout602-wix-sauna-heater-blog',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: xH,
  body: [xIntro, ...xWood, ...xElec, ...xAdvice],
  bylines: ['Ilmari Koski', 'Jan 21'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xNav, 'Log In', 'All Posts', 'Guides', 'News', 'Search', '3 min read', 'A 16 kW wood stove in our Lakeside cabin.', 'heaters',
    'buying guide', '112 views', '0 comments', 'Recent Posts', 'See All', ...xRecent, 'Comments', 'Write a comment...',
    'Kettlewell Sauna Co. · Unit 2, Fellside Works, Kettlewell', '© 2026 by Kettlewell Sauna Co.',
    'This website uses cookies. By continuing, you accept our use of cookies.', 'Accept', 'Settings',
  ],
};

const hTitle = 'What Electrical Supply Does a Swim Spa Need?';
const hH = ['Why swim spas need more power', 'Typical supply sizes', 'What your electrician will do', 'Running costs'];
const hIntro = [
  j(
    'It is the question we are asked most often after "how long is the wait?", and the answer matters: getting the supply wrong is the',
    'number one reason a swim spa installation is delayed on the day.',
  ),
];
const hWhy = [
  j(
    'A hot tub heats around 1,500 litres. A swim spa holds anywhere from 8,000 to 14,000 litres and drives two or three swim-jet pumps',
    'against it, each drawing up to 11 amps. Running the heater and all pumps at once needs far more than a household socket can give.',
  ),
  j(
    'Most models can be set to "load shed", turning the heater off while the swim jets run. That lowers the supply you need, but the',
    'water cools during long sessions.',
  ),
];
const hSizes = [
  '<strong>Single-zone swim spas (4–5 m):</strong> a 32 amp single-phase supply with load shedding, or 40 amp without.',
  '<strong>Dual-zone swim spas with a hot tub end (5.5–6 m):</strong> two separate 32 amp supplies, or one 63 amp supply split at the spa.',
  '<strong>Three-phase properties:</strong> a 16 or 20 amp three-phase supply covers almost every model we sell.',
];
const hElec = [
  j(
    'Your electrician will run armoured cable from the consumer unit to a rotary isolator mounted at least 2 metres from the water but',
    'within sight of the spa, protected by a 30 mA Type A RCD. The cable size depends on the length of the run: for runs over 25',
    'metres, expect 10 mm² rather than 6 mm².',
  ),
  j(
    'The work is notifiable under Part P of the Building Regulations, so ask for the electrical installation certificate. Our installer',
    'will not connect the spa without seeing it.',
  ),
];
const hCost = j(
  'A well-insulated swim spa kept at 30 °C typically uses 10 to 15 kWh a day over a year, more in winter and with daily heavy use.',
  'A thermal cover and a windbreak make the biggest difference.',
);
const hTopics = ['Swim Spas', 'Installation'];
const hNav = ['Swim Spas', 'Hot Tubs', 'Finance', 'Blog', 'Find a Dealer'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>What Electrical Supply Does a Swim Spa Need?</title>
<meta name="description" content="Amps, phases and isolators: what to ask your electrician before your swim spa arrives.">
<link rel="canonical" href="https://blog.tidewellspas.com/swim-spa-electrical-supply"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Marcus Penhale"}}</script>
<link rel="stylesheet" href="//7052064.fs1.hubspotusercontent-na1.net/hubfs/7052064/hub_generated/template_assets/1/main.min.css">
<script>var _hsq = _hsq || []; _hsq.push(["setContentType", "blog-post"]);</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-9381 hs-blog-post hs-blog-id-7741"><div data-global-resource-path="tidewell/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo"><a href="https://www.tidewellspas.com"><img src="/hubfs/tidewell-logo.svg" alt="Tidewell Spas" class="header__logo-image"></a></div>
<div class="header__menu"><nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1')}</ul>
</nav></div><div class="header__search"><form class="hs-search-field__form" action="/hs-search-results"><label class="show-for-sr" for="term">Search</label>
<input type="text" class="hs-search-field__input" name="term" placeholder="Search"></form></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/author/marcus-penhale">Marcus Penhale</a><time datetime="2026-02-10 09:00:00" class="blog-post__timestamp">
Feb 10, 2026 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(hIntro)}<!--more-->
<h2>${hH[0]}</h2>${ps(hWhy)}<h2>${hH[1]}</h2><ul>${lis(hSizes)}</ul>
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-5e1d"><span class="hs-cta-node hs-cta-5e1d" id="hs-cta-5e1d">
<a href="https://cta-redirect.hubspot.com/cta/redirect/7052064/5e1d"><img class="hs-cta-img" src="https://no-cache.hubspot.com/cta/default/7052064/5e1d.png"
alt="Download our free site preparation checklist"></a></span></span><!-- end HubSpot Call-to-Action Code --></p>
<h2>${hH[2]}</h2>${ps(hElec)}<h2>${hH[3]}</h2>${ps([hCost])}</span></div>
<div class="blog-post__tags"><svg class="blog-post__tags-icon" aria-hidden="true"></svg><span>Topics:</span>
${hTopics.map((t) => `<a class="blog-post__tag-link" href="/topic/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join(',\n')}</div></article>
<section class="blog-post__subscribe"><h3>Subscribe to the Tidewell blog</h3><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<form class="hs-form stacked" action="https://forms.hsforms.com/submissions/v3/public/submit">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field">
<label for="email-7a1" class=""><span>Email</span><span class="hs-form-required">*</span></label><div class="input">
<input id="email-7a1" name="email" type="email">
</div></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div>
</form></div>
</section></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>Tidewell Spas Ltd · Harbour Road, Porthmellin</p>
<p>© 2026 Tidewell Spas. All rights reserved.</p><p><a href="/privacy">Privacy Policy</a></p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-hidden="false">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on your
computer. These cookies are used to improve your website experience and provide more personalized services to you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/7052064.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout602-hubspot-swim-spa-electrics',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hIntro, ...hWhy, ...hSizes, ...hElec, hCost]),
  bylines: ['Marcus Penhale', 'Feb 10, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Topics:', ...hTopics, 'Subscribe to the Tidewell blog', 'Email *', 'Tidewell Spas Ltd · Harbour Road, Porthmellin',
    '© 2026 Tidewell Spas. All rights reserved.', 'Privacy Policy',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT602_C: readonly TestPage[] = [wix, hubspot].map(settle);
