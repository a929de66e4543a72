import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 171, file d2: a Vimeo video page as a signed-out visitor saves it after the app has rendered (the top
 * nav with "Features", "Solutions", "Resources", "Pricing", "Watch", "Log in", "Join" and "New video"; the player with its
 * hidden control labels; the title; the owner strip with "Follow" and the relative date; the Like / Watch later / Share /
 * Collections bar; the description with its "Show less" toggle; the credits; the comments with "Log in to comment"; the
 * "More from" rail; the "Up next" list; the cookie banner and the footer).
 */
const vmTitle = 'The Last Ferryman of Orrin Sound';
const vmP = [
  'For forty-one years, Calum Iverach has rowed passengers across the half mile of water between Orrin and the island of ' +
    'Sgeir Bhàn. There has never been a bridge, and since the council withdrew the car ferry in 1998 his boat has been the only ' +
    'way across for the island’s eleven residents, their shopping, their post and, once, a piano.',
  'This spring Calum turns seventy-eight, and the crossing will stop when he does. Nobody has come forward to take over the ' +
    'boat. We spent three seasons with him, from the dark mornings of January to the long evenings of the midsummer regatta, ' +
    'to make this short portrait of a man, a boat and a stretch of water that he knows better than anyone alive.',
  'The film was shot almost entirely on a single 16mm Bolex camera, with sound recorded separately on a portable recorder in ' +
    'a waterproof bag. Many of the shots on the water were filmed from the stern of Calum’s own boat while he rowed, which ' +
    'is why you can sometimes hear him telling us to sit still.',
  'We would like to thank the people of Sgeir Bhàn for letting us into their homes and their kitchens, and the Orrin ' +
    'Community Trust, whose small grant paid for most of our film stock. Special thanks to Morag and Iain MacLure for the ' +
    'tea, the spare room and the loan of a dry jumper on more than one occasion.',
  'Calum does not think of himself as a subject for a film. When we first asked, he said he would agree as long as we ' + 'helped bail. We did, many times.',
  'The Last Ferryman of Orrin Sound premiered at the Northern Lights Documentary Festival in September, where it won the ' +
    'audience award for short film. It is now available to watch here for free. If you would like to screen it at a festival, ' +
    'a community hall or a school, please get in touch through our website.',
];
const vmCredits: [string, string][] = [
  ['Director', 'Ishbel Rennie'],
  ['Cinematographer', 'Ewan Loudon'],
  ['Sound', 'Priya Nandakumar'],
  ['Music', 'The Haar Quartet'],
];
const vmNav = ['Features', 'Solutions', 'Resources', 'Pricing', 'Watch', 'Log in', 'Join', 'New video'];
const vmBar = ['Like', 'Watch later', 'Share', 'Collections'];
const vmComments: [string, string, string][] = [
  ['Fiona Drummond', '2 weeks ago', 'My grandmother grew up on an island just like this. I watched it twice. Thank you.'],
  ['Harald Sveen', '1 week ago', 'Beautiful grain on the 16mm. What stock did you shoot on?'],
];
const vmMore: [string, string][] = [
  ['Peat', '08:41'],
  ['Winter Shearing at Achnacarry', '12:05'],
  ['The Lighthouse Keeper’s Daughter (trailer)', '02:17'],
];
const vmNext: [string, string][] = [
  ['Salt and Iron', 'Halyard Pictures'],
  ['Net Menders', 'Brine Collective'],
  ['A Year on Fair Isle Road', 'Oskar Fenn'],
];
const vmFoot: [string, string[]][] = [
  ['Vimeo', ['About', 'Careers', 'Investor Relations', 'Sustainability', 'Newsroom']],
  ['Help', ['Help Center', 'Video School', 'Developers', 'Vimeo Status', 'Accessibility']],
  ['Resources', ['Blog', 'Guides', 'Events', 'Customer Stories', 'Partners']],
];
const vmLegal = ['Terms', 'Privacy', 'Cookies', 'Your Privacy Choices', 'Copyright', '© 2025 Vimeo.com, Inc. All rights reserved.'];
const vmCookie = 'We use cookies to offer you a better experience, to analyse site traffic and to personalise content and ads.';
const vmHtml = `<!DOCTYPE html>
<html lang="en" data-theme="dark"><head><meta charset="utf-8"><title>The Last Ferryman of Orrin Sound on Vimeo</title>
<meta name="description" content="For forty-one years, Calum Iverach has rowed passengers across the half mile of water between Orrin and Sgeir Bhàn.">
<meta property="og:site_name" content="Vimeo"><meta property="og:title" content="${vmTitle}"><meta property="og:type" content="video.other">
<meta property="og:video:url" content="https://player.vimeo.example/video/1098823341"><meta name="twitter:card" content="player">
<link rel="canonical" href="https://vimeo.com/1098823341"><link rel="alternate" type="application/json+oembed"
href="https://vimeo.com/api/oembed.json?url=https%3A%2F%2Fvimeo.com%2F1098823341" title="${vmTitle}">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"VideoObject","name":"${vmTitle}","uploadDate":"2025-10-02T16:12:40-04:00",
"duration":"PT18M22S","author":{"@type":"Person","name":"Tessellate Films","url":"https://vimeo.com/tessellatefilms"},
"thumbnailUrl":"https://i.vimeocdn.example/video/2011443_640.jpg"}]</script>
<link rel="stylesheet" href="https://f.vimeocdn.example/js_opt/app/vimeo-next/_next/static/css/a33e1b.css"></head>
<body><div id="__next"><div class="sc-1vb0yak-0 kRhnMn"><header class="TopNav_module_topNav__3b2d" role="banner"><nav aria-label="Main">
<a href="/" aria-label="Vimeo"><svg class="Logo_module_logo__b4e1"></svg></a><ul class="TopNav_module_links__fa21">${links(
  vmNav,
  'TopNav_module_item__c2a1',
)}</ul>
<div role="search"><input type="search" aria-label="Search videos, people and more" placeholder="Search"></div></nav></header>
<main id="main" class="sc-14ckrrm-0 kXkQoz"><div class="player_area-wrapper"><div class="player" data-player="true" id="player-1098823341">
<div class="vp-controls" aria-hidden="true"><button class="play"><span class="sr-only">Play</span></button><div class="vp-progress"><span>00:00</span></div>
<button><span class="sr-only">Volume</span></button><button><span class="sr-only">Settings</span></button><button><span
class="sr-only">Fullscreen</span></button>
</div></div></div>
<div class="sc-1ydbd7y-0 dYOLWb" data-testid="clip-details"><h1 class="sc-bkkeKt fMhdxi" data-testid="clip-title">${vmTitle}</h1>
<div class="sc-1wsz8ts-0 owner"><a href="/tessellatefilms" data-testid="owner-avatar"><img alt="Tessellate Films"></a><div>
<a class="sc-1r2idt-0 ownerName" href="/tessellatefilms">Tessellate Films</a><span class="sc-ig1lzr-0 followers">2,418 followers</span></div>
<button class="sc-4x7o2v-0 follow" data-testid="follow-button">Follow</button></div>
<div class="sc-1ed4xma-0 meta"><time datetime="2025-10-02T16:12:40-04:00" title="Thursday, October 2, 2025 at 4:12 PM">3 weeks ago</time>
<span class="sc-kiwu8d-0">More</span></div><div class="sc-1fw3k9e-0 actions" role="toolbar">
${vmBar.map((t) => `<button class="sc-1s1y6u3-0 action" aria-label="${t}"><span class="label">${t}</span></button>`).join('\n')}</div>
<div class="sc-1qxe5u0-0 description" data-testid="clip-description"><div class="sc-wbn0xl-0 textWrapper">${vmP
  .map(
    (p) => `<p
class="sc-1i6e5o2-0">${p}</p>`,
  )
  .join('\n')}
</div><button class="sc-tm9dko-0 toggle">Show less</button></div>
<section class="sc-1uu3pu7-0 credits"><h2 class="sc-9x3b7p-0">Credits</h2><ul>
${vmCredits
  .map(
    ([r, n]) => `<li class="credit"><a href="/${n.length}"><img alt=""><span class="name">${n}</span></a><span
class="role">${r}</span></li>`,
  )
  .join('\n')}
</ul></section>
<section class="sc-1e6d4l3-0 comments" id="comments"><h2 class="sc-ttmk5j-0">2 comments</h2><p class="sc-xq7cxt-0">Log in to comment</p><ul>
${vmComments
  .map(
    ([n, d, t]) => `<li class="comment"><img alt=""><div><a class="author" href="/${n.length}">${n}</a><time>${d}</time><p>${t}</p>
<button>Reply</button></div></li>`,
  )
  .join('\n')}</ul></section></div>
<aside class="sc-1n3l8vd-0 rail"><section><h2>More from Tessellate Films</h2><ul>${vmMore
  .map(
    ([t, d]) => `<li class="clip-card"><a href="/${t.length}">
<span class="duration">${d}</span><span class="title">${t}</span></a></li>`,
  )
  .join('\n')}</ul><a href="/tessellatefilms/videos">See all</a></section>
<section><h2>Up next</h2><ul>${vmNext
  .map(
    ([t, o]) => `<li class="clip-card"><a><span class="title">${t}</span><span
class="owner">${o}</span></a></li>`,
  )
  .join('\n')}
</ul></section></aside></main>
<footer class="Footer_module_footer__9a1c" role="contentinfo">${vmFoot.map(([h, l]) => `<div><h2>${h}</h2><ul>${links(l)}</ul></div>`).join('\n')}
<ul class="Footer_module_legal__0c2b">${links(vmLegal)}</ul><p>Made with ♥ in NYC.</p></footer></div></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>${vmCookie}</p><button id="onetrust-accept-btn-handler">Accept all cookies</button>
<button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-pc-btn-handler">Cookie settings</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"clip":{"id":1098823341,"name":"${vmTitle}"}}}}</script></body></html>`;
export const vimeoPage: TestPage = {
  html: vmHtml,
  name: 'heldout171-vimeo-video-description',
  kind: 'blog',
  // the description is the body; the owner's name and the relative date are bylines; credits, comments (a video page's
  // reader comments), the action bar, player labels, rails, nav, footer and cookie banner are furniture
  title: vmTitle,
  headings: [],
  body: texts(vmP),
  bylines: ['Tessellate Films', '3 weeks ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...vmNav, 'Play', '00:00', 'Volume', 'Settings', 'Fullscreen', '2,418 followers', 'Follow', 'More', ...vmBar, 'Show less', 'Credits', ...vmCredits.flat(),
    '2 comments', 'Log in to comment', ...vmComments.flat(), 'Reply', 'More from Tessellate Films', ...vmMore.flat(), 'See all', 'Up next',
    ...vmNext.flat(), ...vmFoot.flatMap(([h, l]) => [h, ...l]), ...vmLegal, 'Made with ♥ in NYC.', vmCookie, 'Accept all cookies', 'Reject all',
    'Cookie settings',
  ])],
};
