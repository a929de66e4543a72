import { links, type TestPage, texts } from './page-kit.js';
import { brs, j } from './pages-heldout319-kit.js';

/**
 * Held-out batch 319, file f: a Snapchat Spotlight page built with Next.js (CSS-module class names, __NEXT_DATA__), whose main
 * text is short: the Snap's title and its creator's description are the body (top bar, creator row with Subscribe, view count,
 * topics, the "More Spotlight" rail, the get-the-app box and the footer columns); and a WhatsApp channel preview page, where
 * the channel's description and the recent update it shows are the body (site header, follower line, "View channel" button,
 * the app download prompt, the cookie banner and the footer columns).
 */
const scTitle = 'Reading the tide table before you cross to Gullholm';
const scBody = [
  j(
    'Every summer someone gets cut off on the causeway to Gullholm, so here is the one-minute version. The crossing is safe for',
    'about two hours either side of low water, not the whole time the sand is visible.',
  ),
  j(
    'Check the safe crossing times on the board at the car park, not the tide time itself. On a spring tide the water comes back',
    'over the middle section faster than you can walk, and the refuge box halfway is there for a reason.',
  ),
  'If you are caught out, go to the refuge box and call the coastguard. Do not try to wade back.',
];
const scTopics = ['#coast', '#safety', '#gullholm', '#tides'];
const scMore = ['Seal pups on the north beach', 'Fog rolling over the causeway at dawn', 'Cooking mussels on the shore'];
const scFoot = ['Company', 'Snap Inc.', 'Careers', 'News', 'Community', 'Support', 'Safety Center', 'Privacy Policy', 'Terms of Service'];
const scHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"/>
<title>${scTitle} | Spotlight on Snapchat</title><meta name="description" content="Spotlight Snap by Coast with Kerrin"/>
<meta property="og:title" content="${scTitle}"/><meta property="og:type" content="video.other"/><meta property="og:site_name" content="Snapchat"/>
<meta name="twitter:card" content="player"/><link rel="canonical" href="https://www.snapchat.com/spotlight/W7_EDlXWTBiXAEEniNoMPwAA"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"${scTitle}","uploadDate":"2026-03-01T16:20:00Z",
"creator":{"@type":"Person","name":"Coast with Kerrin","alternateName":"coastkerrin"},"interactionStatistic":{"userInteractionCount":1204331}}</script>
<link rel="preload" href="/_next/static/css/8d1f0c2a.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8d1f0c2a.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-2a8f1e09.js" defer=""></script><script src="/_next/static/chunks/pages/spotlight/%5Bid%5D-93b1.js" defer=""></script>
</head><body><div id="__next"><div class="PageLayout_root__X1q2w"><header class="GlobalHeader_header__0mJd4"><a class="GlobalHeader_logo__vN2x1" href="/"
aria-label="Snapchat"><svg width="40" height="40"></svg></a><nav class="GlobalHeader_nav__d8Gk0">
<ul>${links(['Stories', 'Spotlight', 'Chat', 'Lenses'], 'GlobalHeader_navItem__aP3mK')}
</ul></nav><div class="GlobalHeader_actions__k2L9s">
<a class="Button_button__lk2Yg Button_secondary__o1KqE" href="https://accounts.snapchat.example/login">Log in</a>
<a class="Button_button__lk2Yg Button_primary__Zp2nB" href="/download">Download</a></div></header>
<main class="SpotlightPage_main__Jt4Qe"><div class="SpotlightPage_player__g0Wq1"><div class="DesktopSpotlightPlayer_videoWrapper__xT3Fd"><video
class="DesktopSpotlightPlayer_video__vD1sP" playsinline="" src="https://cf-st.sc-cdn.example/d/W7_ED.mp4"></video></div></div>
<section class="SpotlightPage_info__Pq8ss"><div class="SpotlightCreator_creator__Gm1x0"><a href="/add/coastkerrin" class="SpotlightCreator_link__y3Fa0"><img
class="SpotlightCreator_avatar__sF8pE" alt="" src="/bitmoji.png"/><div><div class="SpotlightCreator_name__qWe2R">Coast with Kerrin</div>
<div class="SpotlightCreator_username__vB2Lk">coastkerrin</div></div></a><button class="Button_button__lk2Yg Button_subscribe__mW9qN">Subscribe</button></div>
<h1 class="SpotlightPage_title__s0Kx1">${scTitle}</h1><div class="SpotlightPage_description__hR3cY"><span>${brs(scBody)}</span></div>
<div class="SpotlightPage_meta__Yb2Vn"><span class="SpotlightPage_views__t7Hk2">1.2M views</span><span class="SpotlightPage_date__n0Qa3">Mar 1, 2026</span>
</div>
<div class="SpotlightPage_topics__W3nLd">${scTopics.map((t) => `<a class="Topic_topic__Ka8rQ" href="/spotlight/topic/${t.slice(1)}">${t}</a>`).join('')}</div>
<div class="SpotlightPage_share__u2BqX"><button>Share</button><button>Copy link</button><button>Embed</button></div></section>
<aside class="SpotlightPage_more__Lm0vP"><h2 class="SpotlightPage_moreTitle__c9Pz1">More Spotlight</h2>
<ul>${links(scMore, 'SpotlightTile_tile__bQ4rV')}</ul></aside>
<div class="AppPromo_promo__fG6tT"><p class="AppPromo_title__Vq9dA">Get the full experience on Snapchat</p><p class="AppPromo_body__Lr5dU">Watch more Spotlight
Snaps, subscribe to creators and share with friends.</p><a class="Button_button__lk2Yg" href="/download">Get Snapchat</a></div></main>
<footer class="Footer_footer__cT1nZ"><ul class="Footer_list__xP0sD">${links(scFoot, 'Footer_item__hK4pE')}</ul><div class="Footer_legal__aR6uJ">© 2026 Snap
Inc.</div><button class="Footer_cookie__s5Vwe">Cookie Settings</button></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"spotlightStoryMetadata":{"videoMetadata":{"name":"${scTitle}",
"viewCount":"1204331"},"creator":{"username":"coastkerrin"}}},"__N_SSP":true},"page":"/spotlight/[id]","query":{"id":"W7_EDlXWTBiXAEEniNoMPwAA"},
"buildId":"Kt0rUp2yH3b7","isFallback":false,"gssp":true,"locale":"en-US","locales":["en-US"],"scriptLoader":[]}</script></body></html>`;
const snapchat: TestPage = {
  name: 'heldout319-snapchat-spotlight-blog',
  kind: 'blog',
  html: scHtml,
  title: scTitle,
  headings: [],
  body: texts(scBody),
  bylines: ['Coast with Kerrin', 'coastkerrin', 'Mar 1, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Stories', 'Spotlight', 'Chat', 'Lenses', 'Log in', 'Download', 'Subscribe', '1.2M views', ...scTopics, 'Share', 'Copy link', 'Embed', 'More Spotlight',
    ...scMore, 'Get the full experience on Snapchat', 'Watch more Spotlight Snaps, subscribe to creators and share with friends.', 'Get Snapchat',
    ...scFoot, '© 2026 Snap Inc.', 'Cookie Settings',
  ],
};

const waTitle = 'Brackenford Community Pantry';
const waDesc = j(
  'Updates from the community pantry at St Oda’s hall: opening times, what we need this week and how to volunteer.',
  'No sign-up, no questions asked.',
);
const waUpdate = [
  '*Easter opening and a thank-you*',
  j(
    'We gave out 1,318 bags of food in February, the most since we opened. Thank you to the 64 volunteers who sorted, packed and',
    'carried, and to the two bakeries on Mill Row that now drop off their unsold bread every Thursday night.',
  ),
  j(
    'Over Easter the pantry will be open on Tuesday and Thursday as usual, but closed on Good Friday and Easter Monday. There will',
    'be an extra Saturday session on 4 April from 10:00 to 13:00 for anyone who cannot come in the week.',
  ),
  'This week we are short of:',
  '• tinned fish and tinned meat',
  '• long-life milk',
  '• nappies in sizes 5 and 6',
  '• shampoo and toothpaste',
  j(
    'We have plenty of pasta and baked beans, so please do not bring more of those for now. Donations can be left in the crate',
    'inside the hall porch any time the hall is open, or with the volunteers at the Saturday market stall.',
  ),
  j(
    'New volunteers are always welcome, especially drivers for home deliveries on Thursday afternoons. Reply to this channel',
    'through the pantry phone, or just turn up on a Tuesday at 17:30 and ask for Niamh.',
  ),
];
const waNav = ['Features', 'Privacy', 'Help Center', 'Blog', 'For Business', 'Apps'];
const waFootCols = [
  ['What we do', 'Features', 'Blog', 'Security', 'For Business'],
  ['Who we are', 'About us', 'Careers', 'Brand Center', 'Privacy'],
  ['Use WhatsApp', 'Android', 'iPhone', 'Mac/PC', 'WhatsApp Web'],
  ['Need help?', 'Contact Us', 'Help Center', 'Apps', 'Security Advisories'],
];
const waFoot = ['2026 © WhatsApp LLC', 'Terms & Privacy Policy', 'Sitemap'];
const waHtml = `<!DOCTYPE html><html lang="en" id="facebook" class="no_js"><head><meta charset="utf-8">
<meta name="referrer" content="default" id="meta_referrer">
<title>${waTitle} | WhatsApp Channel</title><meta property="og:title" content="${waTitle} | WhatsApp Channel">
<meta property="og:site_name" content="WhatsApp.com">
<meta property="og:description" content="${waDesc}"><meta property="og:url" content="https://whatsapp.com/channel/0029VaKx4mB7n0Qp2Lr9Xy1d">
<meta property="og:image" content="https://pps.whatsapp.example/v/t61/pantry.jpg"><meta name="robots" content="noindex">
<link rel="stylesheet" href="https://static.whatsapp.example/rsrc.php/v3/yc/l/0,cross/Wd8fD.css">
<script nonce="Zx0q">requireLazy(["Bootloader"],function(b){b.markComponentsAsImmediate(["WAWebChannelPreview"]);});</script></head>
<body class="_9s6a _9s6d _9s6g" dir="ltr"><div class="_9t0g"><header class="_9t0i _9t0j"><div class="_9t0k"><a href="https://www.whatsapp.com/"
class="_9vcv _9t0o" aria-label="WhatsApp Main Page"><span class="_9t0p">WhatsApp</span></a><nav class="_9vcv _9t0q">
<ul class="_9t0r">${links(waNav, '_9t0s')}</ul></nav>
<div class="_9t0t"><a class="_9vcv _advm _9scb" href="https://www.whatsapp.com/download">Download</a></div></div></header>
<div id="main_block" class="_9t0u"><div class="_9vd3 _9t0v"><div class="_9vd4">
<img class="_9vx6" alt="" src="https://pps.whatsapp.example/v/t61/pantry.jpg"></div>
<h3 class="_9vd5 _9scr">${waTitle}</h3><h4 class="_9vd5 _9scb">Channel • 2.4K followers</h4><h4 class="_9vd5 _9scd">${waDesc}</h4>
<div class="_9vd6 _9t0w"><div class="_9vd7" data-testid="channel-preview-update"><div class="_9vd8"><span class="_9vd9">Recent update</span><span
class="_9vda">Yesterday, 19:42</span></div><div class="_9vdb" dir="auto">${brs(waUpdate)}</div><div class="_9vdc"><span>❤️ 214</span><span>🙏 96</span></div>
</div></div>
<a class="_9vcv _advm _9scb" href="https://whatsapp.com/channel/0029VaKx4mB7n0Qp2Lr9Xy1d?chat=1" id="action-button">
<span class="_advp _aeam">View channel</span></a>
<div class="_9vd5 _9scd _9t0x">Don’t have WhatsApp yet? <a href="https://www.whatsapp.com/download">Download</a></div></div></div>
<footer class="_9t0y"><div class="_9t0z">${waFootCols
  .map(
    ([h, ...ls]) => `<div class="_9t10"><h6 class="_9t11">${h}</h6><ul>${links(ls)}</ul>
</div>`,
  )
  .join('\n')}</div>
<div class="_9t12"><span>${waFoot[0]}</span><a href="/legal">${waFoot[1]}</a><a href="/sitemap">${waFoot[2]}</a></div></footer>
<div class="_9t13" id="cookie_banner" role="dialog"><p>We use cookies to understand how people use WhatsApp and to improve our website. Learn more in our
Cookie Policy.</p><button class="_9t14">Accept</button><button class="_9t14">Decline</button></div></div></body></html>`;
const whatsapp: TestPage = {
  name: 'heldout319-whatsapp-channel-preview-news',
  kind: 'news',
  html: waHtml,
  title: waTitle,
  headings: [],
  body: texts([waDesc, ...waUpdate]),
  bylines: ['Yesterday, 19:42'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'WhatsApp', ...waNav, 'Download', 'Channel • 2.4K followers', 'Recent update', '❤️ 214', '🙏 96', 'View channel', 'Don’t have WhatsApp yet?',
    ...waFootCols.flat().filter((t, i, a) => a.indexOf(t) === i && !waNav.includes(t)), ...waFoot,
    'We use cookies to understand how people use WhatsApp and to improve our website. Learn more in our Cookie Policy.', 'Accept', 'Decline',
  ],
};

export const HELDOUT319_F: readonly TestPage[] = [snapchat, whatsapp];
