import { links, type TestPage, texts } from './page-kit.js';
import { radio } from './pages-heldout435-c2.js';
import { j } from './pages-heldout435-kit.js';

/**
 * Held-out batch 435, file c: a model railway club's layout page on Weebly (logo and menu, banner with the h1, text in
 * `div.paragraph` blocks split by double `<br>`, image blocks with small captions, a two-column spec block, a
 * "Visit us" call-out, the Weebly footer and sign-up strip) and, from file c2, an amateur radio society's meeting
 * report on Joomla's Cassiopeia template.
 */
const mTitle = 'Our Layout: Millbeck Junction';
const mHeads = ['The story so far', 'Operating sessions', 'Layout facts'];
const mP1 = [
  j(
    'Millbeck Junction is the club&rsquo;s main exhibition layout, a fictional junction on a secondary line somewhere in',
    'the northern Pennines in the late 1950s. It is built to 00 gauge with finescale track and measures twenty-four feet by',
    'eleven in its exhibition form.',
  ),
  j(
    'The idea was to model a place where a branch to a limestone quarry leaves the main line, so that heavy stone trains',
    'and stopping passenger services share a cramped station throat. That gives the operators plenty to do and the public',
    'plenty to watch.',
  ),
];
const mP2 = [
  j(
    'Baseboard construction began in the winter of 2019, using plywood boxes to a design borrowed from a neighbouring club.',
    'Work stopped for most of 2020, but the track plan was finalised over video calls, and by 2022 the layout had its',
    'first public outing at the Bramwith Model Railway Exhibition.',
  ),
  j(
    'Since then the scenic team has added the quarry face, a hand-built signal box based on a surviving example, and more',
    'than three thousand home-made trees. The current project is the town end of the layout, with a terrace of stone',
    'cottages and a goods shed.',
  ),
];
const mP3 = [
  j(
    'We run the layout to a sequence, with a fiddle yard operator, a signalman and two drivers. Block bells between the',
    'signal box and the fiddle yard keep movements in order, and every train carries a headcode that matches the',
    'working timetable for a summer Saturday in 1958.',
  ),
  j(
    'New members are welcome to operate after a couple of evenings learning the bell codes. Nobody is expected to know',
    'anything about signalling on day one; most of us did not either.',
  ),
];
const mFacts = [
  'Scale: 4mm to the foot (00), code 75 finescale track',
  'Size: 24ft by 11ft, operated from behind',
  'Control: DCC with sound-fitted locomotives',
  'Period: summer 1958, North Eastern Region',
  'Signalling: working semaphores driven by servos',
];
const mNav = ['Home', 'Our Layout', 'Club Nights', 'Exhibitions', 'Gallery', 'Join'];
const para = (ps: readonly string[]): string => `<div class="paragraph" style="text-align:left;">${ps.join('<br><br>\n')}</div>`;
const img = (src: string, cap: string): string => `<div><div class="wsite-image wsite-image-border-none " style="padding-top:10px;padding-bottom:10px;
margin-left:0;margin-right:0;text-align:center"><a><img src="/uploads/6/2/1/8/62184/${src}" alt="Picture" style="width:auto;max-width:100%"></a>
<div style="display:block;font-size:90%">${cap}</div></div></div>`;
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><title>Our Layout - Millbeck Model Railway Club</title><meta property="og:site_name" content="Millbeck Model Railway Club">
<meta property="og:title" content="Our Layout"><meta property="og:description" content="Millbeck Junction is the club's main exhibition layout.">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link id="wsite-base-style" rel="stylesheet" type="text/css"
href="//cdn2.editmysite.example/css/sites.css?buildTime=1702934417">
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1731020010" title="wsite-theme-css">
<script>var STATIC_BASE = '//cdn1.editmysite.example/'; var ASSETS_BASE = '//cdn2.editmysite.example/';</script>
<script type="text/javascript" src="//cdn2.editmysite.example/js/jquery-1.8.3.min.js"></script>
<script>_W = _W || {}; _W.configDomain = "www.weebly.example"; _W.relinquish && _W.relinquish();
_W.setup_rpc({"url":"/ajax/api/JsonRPC/CustomerAccounts/"});</script>
</head><body class="header-page  wsite-page-our-layout  full-width-body-off header-overlay-on alt-nav-off  wsite-theme-light">
<div class="wrapper"><div class="paris-header"><div class="container"><label class="hamburger" for="nav-trigger"><span></span></label>
<div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">Millbeck Model Railway Club</span></a></span></div>
<div class="nav desktop-nav"><ul class="wsite-menu-default">${links(mNav, 'wsite-menu-item-wrap')}</ul></div></div></div>
<div class="banner-wrap"><div class="container"><div class="banner"><div class="wsite-section-elements"><h1 class="wsite-content-title"><font
size="7">${mTitle}</font></h1><div class="paragraph" style="text-align:center;">Club layout · Exhibition standard</div></div></div></div></div>
<div class="main-wrap"><div class="container"><div id="wsite-content" class="wsite-elements wsite-not-footer">
${img('layout-overview.jpg', 'The station throat with a quarry train waiting for the road')}
${para(mP1)}
<h2 class="wsite-content-title">${mHeads[0]}</h2>
${para(mP2)}
<div><div class="wsite-multicol"><div class="wsite-multicol-table-wrap" style="margin:0 -15px;"><table class="wsite-multicol-table"><tbody
class="wsite-multicol-tbody"><tr class="wsite-multicol-tr"><td class="wsite-multicol-col" style="width:50%;padding:0 15px;">
${img('signalbox.jpg', 'The signal box, built from card and plasticard')}
</td><td class="wsite-multicol-col" style="width:50%;padding:0 15px;">
${img('trees.jpg', 'Some of the three thousand trees')}</td></tr></tbody></table></div></div></div>
<h2 class="wsite-content-title">${mHeads[1]}</h2>
${para(mP3)}
<h2 class="wsite-content-title">${mHeads[2]}</h2>
<div class="paragraph"><ul>${mFacts.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<div class="wsite-spacer" style="height:50px;"></div>
<div class="paragraph" style="text-align:center;"><strong>Visit us:</strong> see Millbeck Junction at the Harrowgate Toy &amp; Rail Fair on 14 and 15
March.</div>
<div style="text-align:center;"><div style="height:10px;overflow:hidden"></div><a class="wsite-button wsite-button-small wsite-button-highlight"
href="/exhibitions.html"><span class="wsite-button-inner">All exhibition dates</span></a></div>
</div></div></div>
<div class="footer-wrap"><div class="container"><div class="footer"><div class="wsite-elements wsite-footer"><div class="paragraph"
style="text-align:center;">Millbeck Model Railway Club · Club nights Wednesday 7pm, Station Road Scout Hut<br>Affiliated to the Northern Model Railway
Guild</div></div></div></div></div></div>
<div id="weebly-footer-signup-container-v3"><div class="signup-container-header"><a href="https://www.weebly.example/signup?utm_source=internal">Create your
own unique website with customizable templates.</a><a class="btn signup-btn" href="https://www.weebly.example/signup">Get Started</a></div></div>
<script type="text/javascript" src="/files/theme/plugins.js?1558638008"></script><script>_W.Analytics && _W.Analytics.trackPage();</script></body></html>`;
const weebly: TestPage = {
  name: 'heldout435-weebly-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mP1, ...mP2, ...mP3, ...mFacts]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Millbeck Model Railway Club', ...mNav, 'Club layout · Exhibition standard', 'The station throat with a quarry train waiting for the road',
    'The signal box, built from card and plasticard', 'Some of the three thousand trees',
    'Visit us: see Millbeck Junction at the Harrowgate Toy & Rail Fair on 14 and 15 March.', 'All exhibition dates',
    'Club nights Wednesday 7pm, Station Road Scout Hut', 'Affiliated to the Northern Model Railway Guild',
    'Create your own unique website with customizable templates.', 'Get Started',
  ],
};

export const HELDOUT435_C: readonly TestPage[] = [weebly, radio];
