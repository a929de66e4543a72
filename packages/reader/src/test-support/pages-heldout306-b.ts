import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout306-kit.js';

/**
 * Held-out batch 306, file b: an ESO-style observatory press release (top menu, left "Press Room" menu, release number and
 * type, the subtitle lede in bold, the "More information" section and "Links" list that close a release, contacts with
 * e-mail and phone, the "About the Release" table, image thumbnails with captions and credits, and the footer) and a space
 * news site's launch report on the tagDiv Newspaper WordPress theme (top bar with the date, menu, trending ticker,
 * category and byline, share buttons, launch data table, "Read more" promo, newsletter box, related posts, popular
 * sidebar, and comments).
 */
const oTitle = 'Astronomers find a cold dust ring hiding inside a young star’s disc';
const oLede = j(
  'Astronomers using the Southern Sky Observatory’s Altamira Array have found a narrow ring of unusually cold dust',
  'tucked close to a young star, where models said the dust should be warm. The discovery suggests that a giant planet',
  'may be shadowing part of the disc.',
);
const oP = [
  j(
    'The star, catalogued as TYC 8841-0317-1 and nicknamed “Lantern” by the team, lies about 410 light-years away in the',
    'constellation of Norma. At roughly four million years old, it is still surrounded by the disc of gas and dust from',
    'which its planets are forming.',
  ),
  j(
    'Using the Array at wavelengths of 1.3 and 0.87 millimetres, a team led by Ingrid Castellanos-Vey of the Instituto de',
    'Astrofísica del Valle measured the temperature of the dust at different distances from the star. At 18 times the',
    'Earth–Sun distance they found a ring at only 22 kelvin, some 30 degrees colder than expected.',
  ),
  j(
    '“A ring that cold that close in cannot be lit directly by the star,” explains Castellanos-Vey. “Something in the',
    'inner disc must be casting a shadow over it, and a massive planet lifting material above the disc is the simplest',
    'explanation we have.”',
  ),
  j(
    'Co-author Pieter Hallgrimsson of the University of Östervik adds that the shadow appears to move. Observations taken',
    'fourteen months apart show the cold region has shifted by about 25 degrees around the star, consistent with an object',
    'orbiting at roughly 9 times the Earth–Sun distance.',
  ),
  j(
    'The team now plans to search for the planet directly with the observatory’s Extremely Wide Telescope once it begins',
    'operations, and to look for similar cold rings in other young discs.',
  ),
];
const oMoreH = 'More information';
const oMore = [
  j('This research was presented in the paper “A shadowed cold ring in the inner disc of TYC 8841-0317-1” to appear in', 'Astronomy & Astrophysics Letters.'),
  j(
    'The team is composed of Ingrid Castellanos-Vey (Instituto de Astrofísica del Valle, Chile), Pieter Hallgrimsson',
    '(University of Östervik, Sweden), Mariam Toure-Lindahl (SSO, Germany) and Rafael Okonjo (Kelbridge University, UK).',
  ),
];
const oLinksH = 'Links';
const oLinks = ['Research paper', 'Photos of the Altamira Array', 'For journalists: subscribe to receive our releases under embargo'];
const oTop = ['Public', 'Science Users', 'Industry', 'Public Outreach', 'Shop'];
const oLeft = ['Press Room', 'Press Releases', 'Announcements', 'Media Kits', 'Press Accreditation'];
const oFoot = ['Privacy Notice', 'Cookies', 'Accessibility', 'Terms of Use', 'Contact'];
const oHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Astronomers find a cold dust ring | SSO</title>
<meta name="description" content="${oLede}"><meta property="og:type" content="article"><meta name="twitter:site" content="@SSOastro">
<link rel="stylesheet" href="/public/archives/css/main.css"><script>var _paq=window._paq=window._paq||[];_paq.push(['trackPageView']);</script></head>
<body><div id="cookie_notice" class="cookie-notice"><p>We use cookies to ensure you get the best experience on our website.</p>
<a class="btn btn-primary" href="#">Got it</a><a href="/public/cookies/">Read our cookie policy</a></div>
<header class="header"><div class="container"><a class="logo" href="/public/">SSO</a><ul class="main-menu">${links(oTop)}</ul></div></header>
<div class="container"><div class="row"><div class="col-md-3 left-menu"><ul class="level1">${links(oLeft)}</ul></div>
<div class="col-md-9 right-column"><div class="release-number"><strong>sso2604</strong> — Science Release</div>
<div class="date">12 February 2026</div><h1>${oTitle}</h1>
<div class="pr_box"><p class="pr_first"><strong>${oLede}</strong></p>
${ps(oP)}
<h3>${oMoreH}</h3>
${ps(oMore)}
<p>The Southern Sky Observatory is an intergovernmental organisation supported by fourteen member states.</p>
<h3>${oLinksH}</h3><ul>${links(oLinks)}</ul>
<h3>Contacts</h3><div class="contacts"><p>Ingrid Castellanos-Vey<br>Instituto de Astrofísica del Valle<br>Tel: +56 2 5550 1812<br>
Email: icastellanos@iav.example</p><p>Elke Brandvold<br>SSO Press Officer<br>Cell: +49 151 5550 2290<br>Email: press@sso.example</p></div></div>
<div class="col-md-4 sidebar"><h3>About the Release</h3><table class="table"><tr><td>Release No.:</td><td>sso2604</td></tr>
<tr><td>Name:</td><td>TYC 8841-0317-1</td></tr><tr><td>Type:</td><td>Milky Way : Star : Circumstellar Material : Disk</td></tr>
<tr><td>Facility:</td><td>Altamira Array</td></tr><tr><td>Science data:</td><td>2026A&amp;AL...672L...9C</td></tr></table>
<h3>Images</h3><div class="archive-image-thumb"><img src="/public/archives/images/thumb300y/sso2604a.jpg" alt="">
<p class="caption">Artist’s impression of the shadowed ring around Lantern</p><p class="credit">SSO/L. Farraday</p></div>
<div class="archive-image-thumb"><p class="caption">The cold ring seen by the Altamira Array</p><p class="credit">SSO/Castellanos-Vey et al.</p></div>
<h3>Videos</h3><p class="caption">SSOcast 311 Light: A shadow in a planet nursery (4K UHD)</p></div></div></div></div>
<footer class="footer"><ul>${links(oFoot)}</ul><p>All the material on this website is available under a Creative Commons licence.</p></footer>
</body></html>`;
const sso: TestPage = {
  name: 'heldout306-eso-release-news',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [oMoreH],
  body: texts([oLede, ...oP, ...oMore]),
  bylines: ['12 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to ensure you get the best experience on our website.', 'Got it', 'Read our cookie policy', ...oTop, ...oLeft,
    'sso2604 — Science Release', 'The Southern Sky Observatory is an intergovernmental organisation supported by fourteen member states.',
    oLinksH, ...oLinks, 'Contacts', 'Tel: +56 2 5550 1812', 'Email: icastellanos@iav.example', 'SSO Press Officer',
    'Cell: +49 151 5550 2290', 'Email: press@sso.example',
    'About the Release', 'Release No.:', 'Type:', 'Milky Way : Star : Circumstellar Material : Disk', 'Facility:', 'Science data:', '2026A&AL...672L...9C',
    'Images', 'Artist’s impression of the shadowed ring around Lantern', 'SSO/L. Farraday', 'The cold ring seen by the Altamira Array',
    'SSO/Castellanos-Vey et al.', 'Videos', 'SSOcast 311 Light: A shadow in a planet nursery (4K UHD)', ...oFoot,
    'All the material on this website is available under a Creative Commons licence.',
  ],
};

const sTitle = 'Kestrel Heavy lofts twin weather satellites on first flight from Coral Point';
const sP = [
  j(
    'Vantage Aerospace flew its Kestrel Heavy rocket for the first time from the Coral Point Spaceport on Thursday',
    'night, delivering two polar-orbiting weather satellites for the Ostrava Meteorological Consortium after a two-hour',
    'delay caused by high upper-level winds.',
  ),
  j(
    'The 64-meter rocket lifted off at 10:41 p.m. local time on the power of nine methane-fuelled Harrow engines. The two',
    'side boosters separated two minutes and twelve seconds into flight and flew back to landing zones 3 and 4 a few',
    'minutes later, touching down within eight seconds of each other.',
  ),
  j(
    'The core stage did not attempt a recovery on this flight. Vantage chief executive Marisol Abernathy said before',
    'launch that the company wanted “every kilogram of margin” available for the debut, and that drone-ship landings',
    'would be tried from the fourth flight.',
  ),
  j(
    'The upper stage reached a parking orbit nine minutes after liftoff, coasted for 41 minutes and then fired again to',
    'circularize at 830 kilometers. The two OMC satellites were released 74 and 79 minutes after launch, and the',
    'consortium confirmed signal acquisition from both shortly afterwards.',
  ),
];
const sH1 = 'Launch at a glance';
const sTable = [
  ['Vehicle', 'Kestrel Heavy (flight 1)'],
  ['Site', 'Coral Point Spaceport, Pad 2'],
  ['Liftoff', '10:41 p.m. local time'],
  ['Payload', 'OMC-7A and OMC-7B, 2,950 kg combined'],
  ['Orbit', '830 km sun-synchronous'],
];
const sH2 = 'A crowded year for the pad';
const sP2 = [
  j(
    'Thursday’s flight was the fourteenth orbital launch from Coral Point this year, a record for the spaceport, which',
    'opened its second heavy-lift pad only last spring. Spaceport director Femi Castellane said the site expects to',
    'support as many as thirty launches next year.',
  ),
  j(
    'Vantage has six more Kestrel Heavy missions on its manifest, including a lunar cargo lander for the Cirrus Lunar',
    'Program and a batch of broadband satellites. The company has not announced a date for the next flight but said the',
    'pad turnaround should take about five weeks.',
  ),
];
const sMenu = ['Home', 'Launch', 'Commercial', 'Civil', 'Military', 'Science', 'Opinion', 'Podcast'];
const sTrend = ['Cirrus lander passes final vibration test', 'Budget talks stall over lunar station funding'];
const sRel = ['Vantage completes static fire of Kestrel Heavy core', 'OMC-7 weather pair shipped to Coral Point', 'Harrow engine hits 1,000 test firings'];
const sPop = ['Why small launchers keep missing their dates', 'Inside the race to build a lunar fuel depot', 'The week in launches'];
const sFoot = ['About Us', 'Advertise', 'Contact', 'Privacy Policy', 'Terms'];
const sHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${sTitle} - Orbit Desk</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-05T23:58:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${sTitle}",
"author":{"name":"Rory Tannahill"}}]}</script>
<script>var tdBlocksArray=[];var tds_login_sing_in_widget="show";var td_ajax_url="https://orbitdesk.example/wp-admin/admin-ajax.php";</script>
<link rel="stylesheet" href="https://orbitdesk.example/wp-content/themes/Newspaper/style.css"></head>
<body class="post-template-default single single-post td-standard-pack global-block-template-1 td-full-layout"><div class="td-scroll-up"></div>
<div class="td-theme-wrap"><div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full"><div class="top-bar-style-1">
<div class="td_data_time">Friday, March 6, 2026</div><ul class="top-header-menu">${links(['Subscribe', 'Sign in'], 'menu-item')}</ul></div></div>
<div class="td-header-menu-wrap-full"><div id="td-header-menu" role="navigation"><ul id="menu-main" class="sf-menu">${links(sMenu, 'menu-item')}</ul></div>
</div></div>
<div class="td-trending-now-wrapper"><div class="td-trending-now-title">Trending Now</div><div class="td-trending-now-display-area">
${sTrend.map((t) => `<div class="td_module_trending_now"><h3 class="entry-title td-module-title"><a href="#">${t}</a></h3></div>`).join('\n')}</div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container">
<div class="entry-crumbs"><span><a class="entry-crumb" href="/">Home</a></span><span><a class="entry-crumb" href="/launch">Launch</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><article class="post type-post status-publish format-standard">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/launch">Launch</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${sTitle}</h1><div class="td-module-meta-info"><div class="td-post-author-name">
<div class="td-author-by">By</div> <a href="/author/rory-tannahill/">Rory Tannahill</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-03-05T23:58:00+00:00">March 5, 2026</time></span>
<div class="td-post-comments"><a href="#comments">3</a></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing-visible"><a class="td-social-sharing-button" href="#"><span>Facebook</span></a>
<a class="td-social-sharing-button" href="#"><span>Twitter</span></a><a class="td-social-sharing-button" href="#"><span>ReddIt</span></a></div></div>
<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><img src="/wp-content/uploads/2026/03/kestrel-heavy.jpg" alt="">
<figcaption class="wp-caption-text">Kestrel Heavy climbs away from Pad 2 at Coral Point. Credit: Vantage Aerospace</figcaption></figure></div>
${ps(sP.slice(0, 2))}
<p class="td-inline-promo"><strong>Read more:</strong> <a href="/vantage-kestrel-static-fire">Vantage completes static fire of Kestrel Heavy core</a></p>
${ps(sP.slice(2))}
<h2>${sH1}</h2><table class="launch-data"><tbody>${sTable
  .map(
    ([a, b]) => `<tr><th>${a}</th>
<td>${b}</td></tr>`,
  )
  .join('')}</tbody></table>
<h2>${sH2}</h2>
${ps(sP2)}
<div class="td-a-rec td-a-rec-id-content_bottom"><span class="td-adspot-title">- Advertisement -</span></div>
<div class="tnp tnp-subscription"><h4>Get the launch schedule in your inbox</h4><p>Our free Liftoff newsletter goes out every Monday.</p>
<form><input type="email" placeholder="Your email"><input class="tnp-submit" type="submit" value="Subscribe"></form></div></div>
<footer><div class="td-post-source-tags"><ul class="td-tags">${links(['TAGS', 'Kestrel Heavy', 'Coral Point', 'Vantage Aerospace'])}</ul></div></footer>
</article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item">RELATED ARTICLES</a>
<a class="td-related-right">MORE FROM AUTHOR</a></h4>${sRel.map((t) => `<h3 class="entry-title td-module-title"><a href="#">${t}</a></h3>`).join('\n')}</div>
<div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title"><span>3 COMMENTS</span></h4></div>
<ol class="comment-list"><li class="comment"><article><footer><cite><a href="#">Hollis Brand</a></cite><a href="#"><time>March 6, 2026 At 1:12 am</time>
</a></footer>
<div class="comment-content"><p>Watching both boosters land side by side never gets old. Great write-up.</p></div></article></li>
<li class="comment"><article><footer><cite>Dana Ruelle</cite><time>March 6, 2026 At 7:40 am</time></footer><div class="comment-content">
<p>Any word on whether the upper stage was deorbited after payload release?</p></div></article></li>
<li class="comment"><article><footer><cite>Rory Tannahill</cite><time>March 6, 2026 At 9:02 am</time></footer><div class="comment-content">
<p>Vantage says a disposal burn was performed about two hours after launch.</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">LEAVE A REPLY</h3><p>Please enter your comment!</p></div></div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td_block_wrap td_block_popular"><h4 class="block-title"><span>POPULAR</span></h4>
${sPop.map((t) => `<h3 class="entry-title td-module-title"><a href="#">${t}</a></h3>`).join('\n')}</div></div></div></div></div>
<div class="td-footer-wrapper"><div class="footer-text-wrap">Orbit Desk covers the business and science of spaceflight.</div><ul>${links(sFoot)}</ul>
<div class="td-sub-footer-copy">© Orbit Desk 2026</div></div></div></body></html>`;
const orbitDesk: TestPage = {
  name: 'heldout306-tagdiv-newspaper-launch-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2],
  body: texts([...sP, ...sTable.map(([a, b]) => `${a} ${b}`), ...sP2]),
  bylines: ['Rory Tannahill', 'March 5, 2026', 'Friday, March 6, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Sign in', ...sMenu, 'Trending Now', ...sTrend, 'Facebook', 'Twitter', 'ReddIt',
    'Kestrel Heavy climbs away from Pad 2 at Coral Point. Credit: Vantage Aerospace', 'Read more:', '- Advertisement -',
    'Get the launch schedule in your inbox', 'Our free Liftoff newsletter goes out every Monday.', 'TAGS', 'RELATED ARTICLES', 'MORE FROM AUTHOR',
    ...sRel, '3 COMMENTS', 'Hollis Brand', 'March 6, 2026 At 1:12 am', 'Watching both boosters land side by side never gets old. Great write-up.',
    'Dana Ruelle', 'March 6, 2026 At 7:40 am', 'Any word on whether the upper stage was deorbited after payload release?', 'March 6, 2026 At 9:02 am',
    'Vantage says a disposal burn was performed about two hours after launch.', 'LEAVE A REPLY', 'Please enter your comment!', 'POPULAR', ...sPop,
    'Orbit Desk covers the business and science of spaceflight.', ...sFoot, '© Orbit Desk 2026',
  ],
};

export const HELDOUT306_B: readonly TestPage[] = [sso, orbitDesk];
