import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout388-kit.js';

/**
 * Held-out batch 388, file d: a PR Newswire release on a museum's new acquisition (header with "News provided by", dateline
 * lead-in of the first paragraph, "About" boilerplate, contact block, SOURCE line, share bar, "Also from this source" and
 * related-topics rails) and a virtual tour stop of a historic house built with Next.js (CSS-module class names, 360° viewer
 * controls, hotspot labels, stop list drawer, __NEXT_DATA__ script).
 */
const pTitle = 'Ravelstone Museum Acquires Lost Clockwork Orrery by Instrument Maker Eliza Venn';
const pSub = 'Rediscovered in a private collection, the 1790s orrery will go on public view for the first time this summer';
const pDateline = j(
  '<span class="legendSpanClass"><span class="xn-location">HARROWBY, England</span></span>,',
  '<span class="legendSpanClass"><span class="xn-chron">March 3, 2026</span></span> /PRNewswire/ --',
);
const pLead = j(
  'The Ravelstone Museum of Science and Industry today announced the acquisition of a clockwork orrery made in the 1790s by',
  'Eliza Venn, one of the few women known to have run an instrument workshop in eighteenth-century Harrowby. The orrery, which',
  "shows the movements of the planets and their moons around the sun, was known from Venn's trade card and from a description",
  'in a local newspaper, but had been presumed lost for more than two hundred years.',
);
const pBody = [
  j(
    'The instrument came to light last year when its owners, a family in the north of the county, asked the museum to identify',
    'an "old brass planetarium" that had stood in their library for generations. Conservators found Venn\'s signature engraved',
    'on the underside of the base plate, together with the date 1794 and the words "for the instruction of young ladies".',
  ),
  j(
    'The acquisition was made possible by the Harrowby Heritage Fund, the Friends of the Ravelstone Museum and more than',
    'six hundred individual donors who gave to a public appeal launched in November.',
  ),
  j(
    '"This is one of the most important objects to enter our collection in a generation," said Dr. Priya Halloran, Director of',
    'the Ravelstone Museum. "It changes what we know about who made scientific instruments in this city, and who they were',
    'made for."',
  ),
];
const pFacts = [
  'Made by Eliza Venn, Harrowby, dated 1794',
  'Brass, steel and painted ivory, with a hand-cranked clockwork drive',
  'Shows six planets and nine moons, with a lamp at the centre for the sun',
  "On public view from June 2026 in the museum's Instrument Gallery",
];
const pAbout = j(
  'The Ravelstone Museum of Science and Industry holds more than 80,000 objects telling the story of invention and manufacturing',
  'in the Harrowby region. Admission to the permanent galleries is free.',
);
const pNav = ['News', 'Products', 'Contact', 'Send a Release', 'Sign Up'];
const pAlso = ['Ravelstone Museum Announces 2026 Exhibition Programme', 'Ravelstone Museum Launches Free Family Saturdays'];
const pTopics = ['Art', 'Education', 'Philanthropy', 'Arts & Entertainment'];
const pFoot = ['Terms of Use', 'Privacy Policy', 'Information Security Policy', 'Site Map', 'RSS', 'Cookie Settings'];
const pHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pTitle}</title><meta name="description" content="${pSub}"><meta name="author" content="Ravelstone Museum">
<meta property="og:type" content="article"><meta property="og:site_name" content="PR Newswire"><meta name="date" content="2026-03-03T09:00:00-05:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pTitle}","datePublished":"2026-03-03T09:00:00-05:00",
"publisher":{"@type":"Organization","name":"PR Newswire"}}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"releaseId":"302471155","industry":"ART"});</script>
<link rel="stylesheet" href="/prnewswire/css/bootstrap.min.css"><link rel="stylesheet" href="/prnewswire/css/release.css"></head>
<body class="release-page"><header class="header-main"><div class="container"><a class="navbar-brand" href="/">PR Newswire</a>
<ul class="nav navbar-nav">${links(pNav, 'nav-item')}</ul></div></header>
<div class="container"><nav class="breadcrumb-nav"><a href="/news-releases/">News Releases</a> &gt; <a href="/news-releases/entertainment-media-latest-news/">
Entertainment &amp; Media</a></nav></div>
<header class="container release-header"><div class="row"><div class="col-sm-12 col-lg-10 col-lg-offset-1"><h1>${pTitle}</h1>
<p class="subtitle">${pSub}</p></div></div>
<div class="row"><div class="col-sm-12 col-lg-10 col-lg-offset-1 release-header-info"><div class="swaping-class-left"><p class="mb-no">News provided by</p>
<a href="/news/ravelstone-museums-trust/" class="link-mobile"><strong>Ravelstone Museums Trust</strong></a><p class="mb-no">Mar 03, 2026, 09:00 ET</p></div>
<div class="social-share"><p class="mb-no">Share this article</p><ul><li><a href="#" class="share-facebook">Share to Facebook</a></li>
<li><a href="#" class="share-x">Share to X</a></li><li><a href="#" class="share-linkedin">Share to LinkedIn</a></li>
<li><a href="#" class="share-email">Share via Email</a></li></ul></div></div></div></header>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
<div class="image-container"><figure><img src="https://mma.prnewswire.example/media/2331902/Venn_Orrery.jpg" alt="">
<figcaption>The Eliza Venn orrery, 1794, after initial cleaning (PRNewsfoto/Ravelstone Museums Trust)</figcaption></figure></div>
<p>${pDateline} ${pLead}</p>
${ps(pBody)}
<p><b>Key facts about the orrery</b></p><ul type="disc">${lis(pFacts)}</ul>
<p><b>About the Ravelstone Museum</b></p><p>${pAbout}</p>
<p>Media contact:<br>Tamsin Bellweather, Head of Communications<br>press@ravelstone.example<br>+44 1632 960 417</p>
<p>SOURCE Ravelstone Museums Trust</p>
<div class="col-xs-12 related-links"><h3>Related Links</h3><p><a href="https://ravelstone.example">https://ravelstone.example</a></p>
</div></div></div></section>
<section class="container release-more"><div class="row"><div class="col-sm-10 col-sm-offset-1"><h3 class="card-title">Also from this source</h3>
<ul class="card-list">${links(pAlso)}</ul><h3>Explore</h3>
<p>More news releases in similar topics</p><ul class="topic-list">${links(pTopics)}</ul></div></div></section>
<footer class="footer"><div class="container"><ul class="footer-links">${links(pFoot)}</ul><p>Copyright © 2026 Cision US Inc.</p></div></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to personalise content
and ads and to analyse our traffic.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookies Settings</button></div><script src="/prnewswire/js/release.min.js"></script></body></html>`;
const prNewswire: TestPage = {
  name: 'heldout388-prnewswire-acquisition',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: ['Key facts about the orrery', 'About the Ravelstone Museum'],
  body: texts([pSub, pLead, ...pBody, ...pFacts, pAbout]),
  bylines: ['News provided by', 'Ravelstone Museums Trust', 'Mar 03, 2026, 09:00 ET', 'HARROWBY, England, March 3, 2026 /PRNewswire/ --'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'PR Newswire', ...pNav, 'News Releases', 'Entertainment & Media', 'Share this article', 'Share to Facebook', 'Share to X', 'Share to LinkedIn',
    'Share via Email', 'The Eliza Venn orrery, 1794, after initial cleaning (PRNewsfoto/Ravelstone Museums Trust)', 'Media contact:',
    'Tamsin Bellweather, Head of Communications', 'press@ravelstone.example', '+44 1632 960 417', 'SOURCE Ravelstone Museums Trust', 'Related Links',
    'https://ravelstone.example', 'Also from this source', ...pAlso, 'Explore', 'More news releases in similar topics', ...pTopics, ...pFoot,
    'Copyright © 2026 Cision US Inc.', 'We use cookies to personalise content and ads and to analyse our traffic.', 'Accept All Cookies', 'Cookies Settings',
  ],
};

const vTitle = 'The Map Room';
const vBody = [
  j(
    'Sir Edmund Carrow built this room in 1821 to hold the maps he brought back from twenty years as a naval surveyor. The',
    'shallow drawers that line the walls, each one wide enough for a full sheet of chart, still hold more than four hundred',
    'charts of coasts and harbours, many drawn by Carrow himself.',
  ),
  j(
    "Look up and you will see the room's most unusual feature: a painted ceiling showing the night sky over Kestle Bay on the",
    "evening of Carrow's wedding. The stars were plotted by his friend, the astronomer Juliana Firth, and the painter copied",
    'her positions exactly. Astronomers who have checked the ceiling say it is accurate to within a fraction of a degree.',
  ),
  j(
    'The great table in the centre of the room was made on the estate from a single oak that fell in a storm. Carrow used it',
    'to lay out charts side by side so that he could join them into larger maps. Scratches on the surface still show where',
    'his dividers slipped.',
  ),
  j(
    'Before you move on, use the hotspot on the window seat to look out over the garden. On a clear day Carrow could see the',
    'harbour from here, and he kept a telescope on this sill to watch the ships come in.',
  ),
];
const vStops = ['Entrance Hall', 'The Long Library', 'The Chinese Drawing Room', 'The Map Room', 'The Nursery', 'The Kitchen Court'];
const vHotspots = ['Chart drawers', 'Painted ceiling', 'Oak table', 'Window seat'];
const vHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${vTitle} – Virtual Tour – Carrow House</title><meta name="description" content="Stop 4 of the Carrow House virtual tour: the Map Room."/>
<meta property="og:image" content="https://tour.carrowhouse.example/_next/image?url=%2Fpanos%2Fmap-room.jpg&amp;w=1200&amp;q=75"/>
<link rel="preload" href="/_next/static/css/7b1e0d4c.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7b1e0d4c.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-38cee4c0e358b1a3.js" defer=""></script><script src="/_next/static/chunks/pages/tour/%5Bstop%5D-a91f.js" defer="">
</script></head><body><div id="__next"><div class="Layout_root__Xk2pQ">
<header class="Header_header__9fT1c"><a class="Header_logo__mV3aE" href="/">Carrow House</a><nav class="Header_nav__2Lw0s"><a href="/tour">Tour home</a>
<a href="/visit">Plan a real visit</a><a href="/about">About the tour</a></nav></header>
<main class="TourStop_main__qa3Rk"><section class="Viewer_viewer__c8Pz1" aria-label="360 degree view"><div class="Viewer_canvas__Jr0Ty" role="img"
aria-label="Panorama of the Map Room"></div><ul class="Viewer_hotspots__pL4sN">${vHotspots
  .map((h) => `<li><button class="Hotspot_hotspot__f3Ke8" type="button"><span class="Hotspot_label__Wq1d0">${h}</span></button></li>`)
  .join('\n')}</ul><div class="Viewer_controls__5HhQm"><button type="button">Enter 360° view</button><button type="button">Fullscreen</button>
<button type="button" aria-pressed="false">Audio description</button></div></section>
<article class="TourStop_panel__r7D2m"><p class="TourStop_count__Lb0Xe">Stop 4 of 6</p><h1 class="TourStop_title__a8Kd2">${vTitle}</h1>
<div class="TourStop_text__NcT6u">${ps(vBody)}</div>
<p class="TourStop_credit__z1Hvo">Panorama photography: Osgood &amp; Pell Imaging</p>
<nav class="TourStop_pager__W2bJt"><a href="/tour/the-chinese-drawing-room" class="TourStop_prev__Eo4Fh">Previous stop</a>
<a href="/tour/the-nursery" class="TourStop_next__u6Vg9">Next stop</a></nav></article>
<aside class="StopList_drawer__3sXvd" aria-label="All stops"><h2 class="StopList_heading__Q0bEa">All stops</h2><ol>${links(vStops, 'StopList_item__h9yZc')}</ol>
</aside></main><footer class="Footer_footer__pT7fA"><p>© 2026 Carrow House Trust. Registered charity 1099312.</p><a href="/accessibility">Accessibility</a>
<a href="/privacy">Privacy</a></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"stop":{"slug":"the-map-room","index":4,"title":"${vTitle}",
"pano":"/panos/map-room.jpg","hotspots":4}}},"page":"/tour/[stop]","query":{"stop":"the-map-room"},"buildId":"qT8c1vX0aN","isFallback":false,
"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextTour: TestPage = {
  name: 'heldout388-nextjs-virtual-tour-stop',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: [],
  body: texts(vBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Carrow House', 'Tour home', 'Plan a real visit', 'About the tour', ...vHotspots, 'Enter 360° view', 'Fullscreen', 'Audio description', 'Stop 4 of 6',
    'Panorama photography: Osgood & Pell Imaging', 'Previous stop', 'Next stop', 'All stops', ...vStops.filter((s) => s !== vTitle),
    '© 2026 Carrow House Trust. Registered charity 1099312.', 'Accessibility', 'Privacy',
  ],
};

export const HELDOUT388_D: readonly TestPage[] = [prNewswire, nextTour];
