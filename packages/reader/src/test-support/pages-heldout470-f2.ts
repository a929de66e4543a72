import { links, type TestPage, texts } from './page-kit.js';
import { clean, j } from './pages-heldout470-kit.js';

/** Held-out batch 470, file f2: a hair salon's policies page on Weebly (page title as the first content title, free-plan footer). */
const wTitle = 'Salon Policies';
const wSecs: [string, string[]][] = [
  [wTitle, ['We love seeing you, and we want every client to get the time they booked. Please take a moment to read our policies.']],
  [
    'New Clients',
    [
      j(
        'All new clients are asked for a card to secure their booking. Colour clients need a skin allergy test at least 48 hours before',
        'their appointment; this is free and takes five minutes.',
      ),
    ],
  ],
  [
    'Cancellations',
    [
      'We ask for 48 hours notice to cancel or move an appointment.',
      'Cancellations with less than 48 hours notice are charged at 50% of the booked service.',
      'No-shows are charged in full, and future bookings will need a full prepayment.',
    ],
  ],
  [
    'Running Late',
    [
      j(
        'If you are more than 15 minutes late we may need to shorten your service or rebook you, and a late cancellation fee may apply.',
        'Please call us on 01632 960 418 if you are on your way.',
      ),
    ],
  ],
  [
    'Refunds &amp; Redos',
    [
      j(
        'We do not offer refunds on services. If you are unhappy with your hair, let us know within 7 days and we will put it right free of',
        'charge with the same stylist. Retail products can be returned unopened within 14 days with a receipt.',
      ),
    ],
  ],
  ['Children', ['Children are welcome when booked in for their own appointment. For safety, we ask that other children are not brought to the salon.']],
];
const wNav = ['Home', 'Services', 'Our Team', 'Policies', 'Contact'];
const wPara = (ps0: string[]): string =>
  ps0.length === 3 ? `<div class="paragraph"><ul><li>${ps0.join('</li><li>')}</li></ul></div>` : `<div class="paragraph">${ps0.join('<br /><br />')}</div>`;
const wContent = wSecs
  .map(([h, ps0]) => `<h2 class="wsite-content-title">${h}</h2>\n${wPara(ps0)}\n<div class="wsite-spacer" style="height:20px;"></div>`)
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><title>Policies - Bramble &amp; Birch Hair</title><meta property="og:site_name" content="Bramble &amp; Birch Hair">
<meta property="og:title" content="Policies">
<meta property="og:description" content="We love seeing you, and we want every client to get the time they booked.">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1706512345">
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1706512399" title="wsite-theme-css">
<script>var STATIC_BASE = '//cdn1.editmysite.com/';var ASSETS_BASE = '//cdn2.editmysite.com/';var STYLE_PREFIX = 'wsite';</script>
<script src='https://ajax.googleapis.com/ajax/libs/jquery/1.8.3/jquery.min.js'></script>
<script type="text/javascript" src="//cdn2.editmysite.com/js/lang/en/stl.js?buildTime=1706512345&"></script></head>
<body class="no-header-page  wsite-page-policies  wsite-theme-light"><div class="wrapper"><div class="birdseye-header"><div class="nav-wrap">
<div class="container">
<div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">Bramble &amp; Birch Hair</span></a></span></div>
<div class="nav desktop-nav"><ul class="wsite-menu-default">${wNav
  .map(
    (t) => `<li id="${t === 'Policies' ? 'active' : `pg${t.length}`}" class="wsite-menu-item-wrap">
<a href="/${t.toLowerCase().replace(/ /g, '-')}.html" class="wsite-menu-item">${t}</a></li>`,
  )
  .join('\n')}</ul></div>
<a class="hamburger" aria-label="Menu" href="#"><span></span></a></div></div></div>
<div class="main-wrap"><div class="container"><div id="wsite-content" class="wsite-elements wsite-not-footer">
${wContent}
<div style="text-align:center;"><div style="height: 10px; overflow: hidden;"></div><a class="wsite-button wsite-button-small wsite-button-highlight"
href="https://bramble-birch-hair.square.site" target="_blank"><span class="wsite-button-inner">Book an Appointment</span></a>
<div style="height: 10px; overflow: hidden;"></div></div>
</div></div></div>
<div class="footer-wrap"><div class="container"><div class="footer"><div class='wsite-elements wsite-footer'><div class="wsite-multicol">
<div class="wsite-multicol-table-wrap"
style="margin:0 -15px;"><table class="wsite-multicol-table"><tbody class="wsite-multicol-tbody"><tr class="wsite-multicol-tr"><td class="wsite-multicol-col"
style="width:50%; padding:0 15px;"><div class="paragraph">Bramble &amp; Birch Hair<br />7 Mill Yard, Ashcombe<br />01632 960 418</div></td>
<td class="wsite-multicol-col" style="width:50%; padding:0 15px;"><div class="paragraph" style="text-align:right;">Tues - Sat
<br />9am - 5:30pm, late night Thursday</div></td>
</tr></tbody></table></div></div></div></div></div></div></div>
<div class="nav mobile-nav"><ul class="wsite-menu-default">${links(wNav, 'wsite-menu-item-wrap')}</ul></div>
<div id="weebly-footer-signup-container-v3">
<a class="weebly-footer-signup-link" href="https://www.weebly.com/signup?utm_source=internal&amp;utm_medium=footer" target="_blank">
<span class="weebly-footer-signup-text">Powered by </span><span class="link weebly-footer-signup-logo">Weebly</span></a>
<span class="weebly-footer-signup-container-v3-text">Create your own unique website with customizable templates.</span><a class="weebly-footer-signup-btn"
href="https://www.weebly.com/signup?utm_source=internal&amp;utm_medium=footer" target="_blank">Get Started</a></div>
<script type="text/javascript" src="/files/theme/plugins.js?1706512399"></script><script type="text/javascript" src="/files/theme/custom.js?1706512399">
</script></body></html>`;
const weebly: TestPage = clean({
  name: 'heldout470-weebly-salon-policies',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: texts(wSecs.slice(1).map(([h]) => h)),
  body: wSecs.flatMap(([, p]) => p),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bramble & Birch Hair', ...wNav, 'Book an Appointment', '7 Mill Yard, Ashcombe', '01632 960 418', 'Tues - Sat', '9am - 5:30pm, late night Thursday',
    'Powered by Weebly', 'Create your own unique website with customizable templates.', 'Get Started',
  ],
});

export const HELDOUT470_F2: readonly TestPage[] = [weebly];
