import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows } from './pages-heldout378-kit.js';

/**
 * Held-out batch 378, file d: a WikiCFP-style event entry (table layout, top menu and search box, the event's When / Where /
 * deadlines table, the call text with <br> line breaks, the "Related Resources" table, the footer) and a conference's venue
 * and travel page on a Wix site (the Wix thunderbird markup: comp- ids, rich-text boxes, a map embed, a strip with a gallery
 * caption, the footer and the Wix ad banner).
 */
const wTitle = 'FLUXCOMP 2026 : International Conference on Fluid Computation and Simulation';
const wFacts: [string, string][] = [
  ['When', 'Sep 21, 2026 - Sep 23, 2026'],
  ['Where', 'Halmstrand, Vesterland'],
  ['Submission Deadline', 'May 31, 2026'],
  ['Notification Due', 'Jul 15, 2026'],
  ['Final Version Due', 'Aug 10, 2026'],
];
const wCfp = [
  'FLUXCOMP 2026 - Call for Papers',
  j(
    'The International Conference on Fluid Computation and Simulation (FLUXCOMP 2026) will take place in Halmstrand on 21-23',
    'September 2026. The conference brings together researchers in computational fluid dynamics, numerical analysis and high',
    'performance computing to discuss new methods and their use in engineering and the environmental sciences.',
  ),
  'Authors are invited to submit original, unpublished work on topics including:',
  '- Turbulence modelling and large eddy simulation',
  '- Lattice Boltzmann and particle methods',
  '- Multiphase and free surface flows',
  '- GPU and exascale solvers for fluid problems',
  '- Machine learning surrogates for flow simulation',
  '- Validation against laboratory and field measurements',
  j(
    'Papers of up to 12 pages should be submitted through the conference submission system. All accepted papers will be published',
    'in the conference proceedings, and the authors of selected papers will be invited to submit extended versions to a special',
    'issue of the Journal of Applied Flow Computation.',
  ),
  'Contact: fluxcomp2026@halmstrand-uni.example',
];
const wRelated: [string, string][] = [
  ['CFDTECH 2026', 'Conference on CFD Technology and Applications'],
  ['NUMHEAT 2026', 'Numerical Heat Transfer Workshop'],
  ['HPC-ENV 2026', 'High Performance Computing for Environmental Modelling'],
];
const wMenu = ['Home', 'Login', 'Register', 'Account', 'Logout', 'Post a CFP', 'Conf Series', 'My List', 'Timeline', 'My Archive'];
const wHtml = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>FLUXCOMP 2026 : International Conference on Fluid Computation and Simulation</title>
<meta name="keywords" content="FLUXCOMP 2026, fluid dynamics, simulation, HPC"><link rel="stylesheet" href="/cfp/css/wikicfp.css" type="text/css">
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-000000-1']); _gaq.push(['_trackPageview']);</script></head>
<body><center><table width="920" cellpadding="0" cellspacing="0"><tr><td><table class="theme" width="100%"><tr><td align="left"><a href="/cfp/"><img
src="/cfp/images/wikicfplogo.png" alt="WikiCFP"></a></td><td align="right"><form action="/cfp/servlet/tool.search" method="get">
<input type="text" name="q" size="25"><input type="submit" value="Search CFPs"></form></td></tr></table>
<table class="menu" width="100%"><tr><td>${wMenu.map((m) => `<a href="/cfp/${m.toLowerCase().replace(/ /g, '')}">${m}</a>`).join(' | ')}</td></tr></table>
<div class="contsec"><center><h2><span xmlns:v="http://rdf.data-vocabulary.org/#" typeof="v:Event"><span property="v:description">${wTitle}</span>
</span></h2></center>
<table class="gglu" align="center"><tr><td align="center"><a href="/cfp/servlet/event.showcfp?eventid=188201&amp;copyownerid=1">Link</a>:
https://fluxcomp2026.halmstrand-uni.example</td></tr></table>
<table align="center" cellspacing="1" cellpadding="4" class="gglu"><tbody>${wFacts
  .map(([k, v]) => `<tr bgcolor="#e6e6e6"><th>${k}</th><td align="center">${v}</td></tr>`)
  .join('\n')}
<tr bgcolor="#f6f6f6"><th>Categories</th><td><a href="/cfp/call?conference=fluid%20dynamics">fluid dynamics</a> &nbsp; <a
href="/cfp/call?conference=simulation">simulation</a> &nbsp; <a href="/cfp/call?conference=HPC">HPC</a></td></tr></tbody></table>
<br><div class="cfp" align="left">${wCfp.join('<br>\n<br>\n')}</div><br>
<table width="100%" class="gglu"><tr><td colspan="2" align="left"><b>Related Resources</b></td></tr>${rows(wRelated)}</table></div>
<hr><table width="100%" class="footer"><tr><td align="center">Partners: <a href="#">AI2's Semantic Scholar</a><br>This wiki is licensed under a
<a href="http://creativecommons.org/licenses/by-sa/3.0/">Creative Commons Attribution-Share Alike 3.0 License</a>.<br>
<a href="/cfp/contact">Contact</a> | <a href="/cfp/privacy">Privacy Policy</a></td></tr></table></td></tr></table></center></body></html>`;
const wikicfp: TestPage = {
  name: 'heldout378-wikicfp-event-entry',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts([...wFacts.map(([, v]) => v), ...wCfp]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wMenu, 'Link', 'Categories', 'HPC', 'Related Resources', ...wRelated.flat(), "Partners: AI2's Semantic Scholar",
    'This wiki is licensed under a Creative Commons Attribution-Share Alike 3.0 License.', 'Privacy Policy',
  ],
};

const xTitle = 'Venue & Travel';
const xVenue = [
  j(
    'The Nordic Soil Ecology Meeting 2026 takes place at the Tollbrygga Conference Centre, a converted customs warehouse on the',
    'harbour front of Sandvika Øst. All plenary sessions are held in the Harbour Hall on the ground floor; parallel sessions use',
    'the four seminar rooms on the first floor, which can be reached by stairs or by the lift next to the cloakroom.',
  ),
  'Tollbrygga Conference Centre, Kaigata 14, 4410 Sandvika Øst',
];
const xAir = [
  j(
    'The nearest airport is Sandvika Lufthavn, with direct flights from most northern European capitals. The airport express bus',
    'runs every twenty minutes and takes about thirty-five minutes to the central bus station, which is a ten-minute walk from',
    'the venue. A single ticket costs 120 kroner and can be bought in the ticket app or from the machine at the stop.',
  ),
];
const xTrain = [
  j(
    'Sandvika Øst station is served by regional trains from the capital every hour; the journey takes just under two hours. From the',
    'station, follow the signs for the harbour and walk along Kaigata for about eight minutes.',
  ),
  j(
    'Travelling by train or bus rather than flying greatly reduces the carbon footprint of the meeting. Participants who arrive by',
    'rail can claim a free ticket for the conference boat trip at the registration desk.',
  ),
];
const xHotels = [
  'Hotel Kaigata, 2 minutes walk, conference rate 1,150 kroner per night with code NSEM26',
  'Sjømannshjemmet Guesthouse, 10 minutes walk, rooms from 690 kroner',
  'Sandvika Øst Youth Hostel, 15 minutes walk, dormitory beds from 340 kroner',
];
const xLocal = [
  j(
    'The centre of Sandvika Øst is small enough to walk everywhere. City bikes can be hired with the same app as bus tickets, and',
    'the harbour ferry to the old town runs every half hour until midnight. Most restaurants close their kitchens at 21:30.',
  ),
];
const xHotelsNote = ['The conference rate at Hotel Kaigata is available until 1 July 2026.'];
const xMenu = ['Home', 'Programme', 'Abstracts', 'Venue & Travel', 'Registration', 'Contact'];
const rich = (id: string, inner: string): string =>
  `<div id="${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Venue &amp; Travel | NSEM 2026</title>
<meta name="description" content="How to reach the Tollbrygga Conference Centre in Sandvika Øst, and where to stay.">
<meta property="og:site_name" content="NSEM 2026">
<link rel="canonical" href="https://www.nsem2026.example/venue-travel"><script type="application/json" id="wix-viewer-model">{"siteFeatures":["cookieBanner",
"seo"],"site":{"metaSiteId":"3e8a1c2b","siteId":"77f0ad1e"},"language":"en"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent);</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-layout"><header id="SITE_HEADER"
class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="CMr3nA"><section class="wixui-section">
${rich('comp-lh1', '<p class="font_6 wixui-rich-text__text">NSEM 2026</p>')}
<nav id="comp-lh2" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${links(xMenu, 'wixui-horizontal-menu__item')}</ul></nav></section></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars">
<section id="comp-lm1" class="comp-lm1 CohWsy wixui-section"><div data-testid="columns" class="comp-lm1-container">
${rich('comp-lm2', `<h1 class="font_0 wixui-rich-text__text">${xTitle.replace('&', '&amp;')}</h1>`)}
${rich('comp-lm3', `<h2 class="font_2 wixui-rich-text__text">The venue</h2>${ps(xVenue, ' class="font_8 wixui-rich-text__text"')}`)}
<wix-iframe id="comp-lm4" class="MazNVa comp-lm4 wixui-google-map" title="Google Maps"><div class="YBPnrN"><iframe title="Google Maps"
src="https://static.parastorage.example/services/santa/1.0/static/external/googleMap.html"></iframe></div></wix-iframe>
${rich('comp-lm5', `<h2 class="font_2 wixui-rich-text__text">Arriving by air</h2>${ps(xAir, ' class="font_8 wixui-rich-text__text"')}`)}
${rich('comp-lm6', `<h2 class="font_2 wixui-rich-text__text">Arriving by train</h2>${ps(xTrain, ' class="font_8 wixui-rich-text__text"')}`)}
<div id="comp-lm7" class="comp-lm7 wixui-image"><img src="https://static.wixstatic.example/media/harbour.jpg" alt="Harbour front"></div>
${rich('comp-lm8', '<p class="font_9 wixui-rich-text__text">The harbour front at Sandvika Øst in early autumn. Photo: NSEM organisers</p>')}
${rich(
  'comp-lm9',
  `<h2 class="font_2 wixui-rich-text__text">Where to stay</h2><ul class="font_8 wixui-rich-text__text">${lis(xHotels)}</ul>
${ps(xHotelsNote, ' class="font_8 wixui-rich-text__text"')}`,
)}
${rich('comp-lmb', `<h2 class="font_2 wixui-rich-text__text">Getting around</h2>${ps(xLocal, ' class="font_8 wixui-rich-text__text"')}`)}
<div id="comp-lma" class="comp-lma wixui-button" aria-disabled="false"><a data-testid="linkElement" href="/registration" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Register now</span></a></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="footer-inner">
${rich('comp-lf1', '<p class="font_9 wixui-rich-text__text">© 2026 Nordic Soil Ecology Meeting. Proudly created with Wix.com</p>')}
${rich('comp-lf2', '<p class="font_9 wixui-rich-text__text">Questions? Write to the organisers at post@nsem2026.example</p>')}
</div></footer></div></div></div></div>
<div id="WIX_ADS" class="ytGGBw ytGGBw--desktop"><a data-testid="bannerLink" href="https://www.wix.example/lpviral/enviral"><span class="FWKYJU">This site was
designed with the <span class="uQ0Bp8">Wix</span>.com website builder. Create your website today.</span><span class="CF2ixT">Start Now</span></a></div>
<div id="consent-banner-root" class="consent-banner" role="dialog" aria-label="Cookie banner"><p>This website uses cookies. By continuing to use this site
you agree to our use of cookies.</p><button>Accept</button><button>Settings</button></div></div></body></html>`;
const wixVenue: TestPage = {
  name: 'heldout378-wix-venue-travel',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: ['The venue', 'Arriving by air', 'Arriving by train', 'Where to stay', 'Getting around'],
  body: texts([...xVenue, ...xAir, ...xTrain, ...xHotels, ...xHotelsNote, ...xLocal]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'NSEM 2026', 'Home', 'Programme', 'Abstracts', 'Registration', 'Contact', 'The harbour front at Sandvika Øst in early autumn. Photo: NSEM organisers',
    'Register now', '© 2026 Nordic Soil Ecology Meeting. Proudly created with Wix.com', 'Questions? Write to the organisers at post@nsem2026.example',
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now',
    'This website uses cookies. By continuing to use this site you agree to our use of cookies.', 'Accept', 'Settings',
  ],
};

export const HELDOUT378_D: readonly TestPage[] = [wikicfp, wixVenue];
