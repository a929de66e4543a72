import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 197, file e2: a blog article on a Webnode site of a guesthouse (the free-plan "Create your website for
 * free" bar at the top, the header section with the logo text and the menu with its close link, the blog detail section
 * with the title, date, text blocks and a photo with caption, the tags, "Back" and share links, the "Latest posts" block,
 * the contact strip, the footer with copyright and "Made with Webnode", and the cookie bar).
 */
const wTitle = 'Snowshoe routes above the village: our three favourites';
const wP1 = [
  'Every winter guests ask us where to go on snowshoes when the ski lifts are too busy or the weather is too grey for the high ' +
    'pistes. We have walked most of the valley by now, and these are the three routes we send people on most often. All three ' +
    'start within fifteen minutes of the guesthouse.',
  'You can hire snowshoes and poles at the sports shop next to the church for 14 euros a day. We keep two sets for guests, too; ' + 'ask at breakfast.',
];
const wH1 = '1. The Mühlbach loop';
const wP2 = [
  'An easy two-hour circuit along the stream and back through the larch woods. It climbs only 150 metres, the path is marked ' +
    'with pink poles and it is suitable for children from about eight. Halfway round is the Mühlbach hut, which serves soup and ' +
    'apple strudel from Thursday to Sunday.',
];
const wH2 = '2. Up to the Kofler alm';
const wP3 = [
  'A steadier half-day route with 420 metres of climbing to a summer farm with a wide view over the valley. The last section is ' +
    'steep, so take your time. The alm is closed in winter, but there are benches on the sunny side of the barn, and the ' +
    'descent through the meadows is a joy in fresh snow.',
];
const wH3 = '3. The ridge to Hochstein';
const wP4 = [
  'Only for fit walkers in settled weather. The route follows the ridge for four kilometres above the tree line and takes five to ' +
    'six hours there and back. Check the avalanche bulletin the evening before, tell someone where you are going, and turn back ' +
    'at the cross if the wind picks up.',
];
const wTips = [
  'Start early: the sun leaves the valley floor by half past three in January.',
  'Carry a thermos and something sweet. The huts are not always open.',
  'The tourist office publishes the avalanche bulletin each morning at eight.',
];
const wP5 = ['If you would like a printed map of any of these routes, ask us at reception. Enjoy the snow!'];
const wCaption = 'The Kofler alm after a February snowfall';
const wAd = ['Create your website for free!', 'This website was made with Webnode. Create your own for free today!', 'Get started'];
const wNav = ['Home', 'Rooms', 'Prices', 'Blog', 'Getting here', 'Contact'];
const wTags = ['winter', 'walking', 'tips'];
const wShare = ['Share', 'Facebook', 'X', 'Email'];
const wLatest = ['New breakfast menu for the winter season', 'Summer in the Lerchtal: a week of walks', 'Our new sauna is open'];
const wContact = ['Pension Hollerbach', 'Dorfstraße 12, 6652 Lerchtal, Austria', '+43 5634 2219', 'info@pension-hollerbach.example'];
const wCookie = 'We use cookies to enable the proper functioning and security of our website, and to offer you the best possible user experience.';
const wB = (cls: string, inner: string): string => `<div class="b ${cls} cf"><div class="b-c">${inner}</div></div>`;
const wT = (a: readonly string[]): string => wB('b-text', a.map((t) => `<p>${t}</p>`).join('\n'));
const wHtml = `<!DOCTYPE html>
<!--[if IE 8]><html class="no-js lt-ie9 lt-ie10" lang="en"><![endif]--><!--[if !IE]>--><html class="no-js" lang="en"><!--<![endif]-->
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${wTitle} :: Pension Hollerbach</title>
<meta name="description" content="Three snowshoe routes that start within fifteen minutes of the guesthouse."><meta name="robots" content="index,follow">
<meta name="generator" content="Webnode 2"><meta property="og:title" content="${wTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.pension-hollerbach.example/l/snowshoe-routes-above-the-village/">
<link rel="stylesheet" href="https://d11bh4d8fhuq47.cloudfront.example/_system/skins/v20/50001436/css/style.css">
<script type="text/javascript">var wnd=wnd||{};wnd.$data={"image_content_items":{"wnd_ThumbnailBlock_514":{"id":"wnd_ThumbnailBlock_514"}},
"settings":{"lang":"en","project_id":1003614211,"is_free":true},"svg_content_items":{}};</script></head>
<body class="l wt-blog ac-h ac-i ac-n l-default l-d-none b-btn-sq b-btn-s-l b-btn-dn b-btn-bw-1 img-d-n img-t-o img-h-z line-solid b-e-ds lbox-d c-s-n hn-tbg
wnd-fe wnd-free"><div id="wnd_ad_banner" class="wnd-ad-banner"><div class="wnd-ad-banner-content"><strong>${wAd[0]}</strong> <span>${wAd[1]}</span>
<a href="https://www.webnode.example/?utm_source=text&amp;utm_medium=banner&amp;utm_campaign=free_ads" class="wnd-ad-banner-btn">${wAd[2]}</a></div></div>
<div class="wnd-page l-page cs-gray ac-none t-t-fs-m t-t-fw-m t-t-sp-n t-t-d-n t-s-fs-s t-s-fw-m t-p-fs-s t-p-fw-m t-h-fs-s t-bq-fs-s t-bq-d-l">
<div class="l-w t cf t-01"><div class="l-bg cf"><div class="s-bg-l"></div></div>
<header class="l-h cf"><div class="sw cf"><div class="sw-c cf"><section data-space="true" class="s s-hn s-hn-default wnd-mt-classic wnd-na-c logo-classic
sc-w wnd-w-wider wnd-nh-m hm-hidden wnd-nav-border menu-default-underline"><div class="s-w"><div class="s-o"><div class="s-bg"><div class="s-bg-l"></div></div>
<div class="h-w h-f wnd-fixed"><div class="n-l"><div class="s-c menu-nav"><div class="logo-block"><div class="b b-l logo logo-default logo-nb wnd-logo-with-text
logo-25 b-ls-l" id="wnd_LogoBlock_412"><div class="b-l-c logo-content"><a class="b-l-link logo-link" href="/home/"><div class="b-l-br cf">
<div class="b-l-text logo-text-wrapper">
<div class="b-l-text-w"><span class="b-l-text-c"><span class="logo-text">${wContact[0]}</span></span></div></div></div></a>
</div></div></div><div id="menu-slider"><div id="menu-block"><nav id="menu"><div class="menu-font menu-wrapper"><a href="#" class="menu-close" rel="nofollow"
title="Close Menu"></a><ul role="menubar" aria-label="Menu" class="level-1">${wNav
  .map(
    (t) =>
      `<li role="none" class="${t === 'Home' ? 'wnd-homepage' : ''}${
        t === 'Blog' ? ' wnd-active-path' : ''
      }"><a class="menu-item" role="menuitem" href="/${t.toLowerCase().replace(/ /g, '-')}/"><span class="menu-item-text">${t}</span></a></li>`,
  )
  .join('')}</ul>
<span class="more-text">More</span></div></nav></div></div><div id="menu-mobile" class="hm-hidden"><a href="#" id="menu-submit"
class="hamburger"><span></span>Menu</a></div></div></div></div></div></div></section></div></div></header>
<main class="l-m cf"><div class="sw cf"><div class="sw-c cf"><section class="s s-basic cf s-blog-detail sc-w wnd-w-narrow wnd-s-normal wnd-h-auto">
<div class="s-w cf"><div class="s-o cf"><div class="s-bg cf"><div class="s-bg-l"></div></div><div class="s-c s-c-b cf"><div class="ez cf wnd-no-cols">
<div class="ez-c"><div class="b b-text-h1 cf"><h1 class="wnd-align-left">${wTitle}</h1></div>
<div class="b b-blog-date cf"><span class="blog-date">27/01/2026</span></div>
${wT(wP1)}
${wB('b-text', `<h2>${wH1}</h2><p>${wP2[0]}</p>`)}
<div class="b-img b-img-default b b-s cf wnd-orientation-landscape wnd-type-image" id="wnd_ImageBlock_514"><div class="b-img-w b-img-w-o">
<img id="wnd_ImageBlock_514_img" alt="Snow-covered alpine barn" width="1280" height="853" src="https://pension-hollerbach.example/_files/200000051-kofler.jpeg">
</div><div class="b-img-c b-img-c-default"><span class="b-img-t">${wCaption}</span></div></div>
${wB('b-text', `<h2>${wH2}</h2><p>${wP3[0]}</p><h2>${wH3}</h2><p>${wP4[0]}</p>`)}
${wB('b-text', `<h3>Before you go</h3><ul>${wTips.map((t) => `<li>${t}</li>`).join('')}</ul>`)}
${wT(wP5)}
<div class="b b-blog-tags cf"><span
class="blog-tags-title">Tags:</span>${wTags.map((t) => `<a class="blog-tag" href="/blog/tags/${t}/">${t}</a>`).join(' ')}</div>
<div class="b b-share cf"><span class="b-share-title">${wShare[0]}</span>${wShare
  .slice(1)
  .map(
    (t) => `<a class="b-share-btn" href="#" rel="nofollow">
<span class="b-share-btn-text">${t}</span></a>`,
  )
  .join('')}</div>
<div class="b b-blog-back cf"><a href="/blog/" class="blog-back">« Back</a></div>
</div></div></div></div></div></section>
<section class="s s-basic cf sc-ml wnd-w-default wnd-s-normal"><div class="s-w cf"><div class="s-o cf"><div class="s-c cf"><div class="ez cf">
<div class="ez-c"><div class="b b-text cf"><h2>Latest posts</h2></div><div class="b b-blog-list cf"><ul class="blog-list">${wLatest
  .map(
    (t, i) => `<li
class="blog-list-item"><a href="/l/post-${i}/" class="blog-list-title">${t}</a></li>`,
  )
  .join('')}</ul></div></div></div></div></div></div></section>
<section class="s s-basic cf sc-d wnd-w-default"><div class="s-w cf"><div class="s-o cf"><div class="s-c cf"><div class="ez cf"><div class="ez-c">
${wB('b-text', `<h2>Book your stay</h2><p>${wContact.join('<br>')}</p>`)}<div class="b b-btn b-btn-1 cf"><a class="b-btn-l" href="/contact/">
<span class="b-btn-t">Send an enquiry</span></a></div></div></div></div></div></div></section></div></div></main>
<footer class="l-f cf"><div class="sw cf"><div class="sw-c cf"><section data-wn-border-element="s-f-border" class="s s-f s-f-basic s-f-simple sc-m
wnd-background-pattern wnd-w-default wnd-s-normal"><div class="s-w"><div class="s-o"><div class="s-bg"><div class="s-bg-l"></div></div><div class="sf">
<div class="s-c s-f-l-w s-f-border"><div class="s-f-l b-s b-s-t0 b-s-b0 b-s-l0 b-s-r0"><div class="s-f-l-c s-f-l-c-first"><div class="s-f-cr">
<span class="it b link"><span class="it-c">© 2026 Pension Hollerbach. All rights reserved.</span></span></div></div><div class="s-f-l-c s-f-l-c-last">
<div class="s-f-sf"><span class="sf b"><span class="sf-content sf-c link">Made with <a href="https://www.webnode.example?utm_source=brand"
rel="nofollow" target="_blank"><span class="brand">Webnode</span></a></span></span></div></div>
</div></div></div></div></div></div></section></div></div></footer>
</div></div><div id="cookiebar" class="cookiebar cookiebar-1 cookiebar-bottom"><div class="cookiebar-content"><span class="cookiebar-text">${wCookie}</span>
<div class="cookiebar-buttons"><a class="cookiebar-btn-settings" href="#">Advanced settings</a><a class="cookiebar-btn-accept"
href="#">Accept</a></div></div></div>
<script src="https://d11bh4d8fhuq47.cloudfront.example/_system/skins/v20/50001436/js/script.min.js"></script></body></html>`;
export const webnodePage: TestPage = {
  html: wHtml,
  name: 'heldout197-webnode-blog',
  kind: 'blog',
  // the "Before you go" tips are part of the post (heading and list items); the date is a byline; the free-plan ad bar, menu,
  // caption, tags, share and back links, "Latest posts", the booking strip, footer and cookie bar are furniture
  title: wTitle,
  headings: [wH1, wH2, wH3, 'Before you go'],
  body: texts([...wP1, ...wP2, ...wP3, ...wP4, ...wTips, ...wP5]),
  bylines: ['27/01/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wAd, ...wContact, ...wNav, 'More', 'Menu', wCaption, 'Tags:', ...wTags, ...wShare, '« Back', 'Latest posts', ...wLatest, 'Book your stay',
    'Send an enquiry', '© 2026 Pension Hollerbach. All rights reserved.', 'Made with Webnode', wCookie, 'Advanced settings', 'Accept',
  ],
};
