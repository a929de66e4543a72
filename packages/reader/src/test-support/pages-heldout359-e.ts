import { links, ps, type TestPage, texts } from './page-kit.js';
import { storm } from './pages-heldout359-e2.js';
import { j } from './pages-heldout359-kit.js';

/**
 * Held-out batch 359, file e: a public alert (CAP) page in a National Weather Service-style alerts viewer (the agency header
 * with its site menu, the "Local forecast by City, St" search, the CAP message's field table with Sent / Effective /
 * Expires, the headline, the description and instruction sections, the affected-zones list, the "XML" and "Return to list"
 * links, the left column of related products and the agency footer). A data page with short prose: the headline is the
 * title, the CAP field values, the description and the instructions are the body.
 */
const cTitle = 'Flash Flood Warning issued May 6 at 7:52PM CDT until May 7 at 1:45AM CDT by NWS Tarrow CL';
const cFields: [string, string][] = [
  ['Event', 'Flash Flood Warning'],
  ['Severity', 'Severe'],
  ['Urgency', 'Immediate'],
  ['Certainty', 'Likely'],
  ['Area', 'Pell, CL; Orvale, CL'],
];
const cDates = ['Sent: 2026-05-06T19:52:00-05:00', 'Effective: 2026-05-06T19:52:00-05:00', 'Expires: 2026-05-07T01:45:00-05:00'];
const cH = ['Description', 'Instructions', 'Affected zones'];
const cDesc = [
  j(
    'The National Weather Service in Tarrow has issued a Flash Flood Warning for southeastern Pell County and northwestern Orvale',
    'County until 1:45 AM CDT.',
  ),
  j(
    'At 7:51 PM CDT, Doppler radar indicated thunderstorms producing heavy rain across the warned area. Between 2 and 3.5 inches of',
    'rain have fallen. Additional rainfall amounts of 1 to 2 inches are possible in the warned area. Flash flooding is ongoing or',
    'expected to begin shortly.',
  ),
  'HAZARD...Flash flooding caused by thunderstorms.',
  'SOURCE...Radar indicated.',
  j(
    'IMPACT...Flash flooding of small creeks and streams, urban areas, highways, streets and underpasses as well as other poor drainage',
    'and low-lying areas.',
  ),
  'Some locations that will experience flash flooding include Tarrow, Mill Park, Cutler Creek, Orvale and Weir Valley.',
];
const cInstr = [
  j(
    'Turn around, don’t drown when encountering flooded roads. Most flood deaths occur in vehicles. Move to higher ground now. Act',
    'quickly to protect your life.',
  ),
  'Be especially cautious at night when it is harder to recognize the dangers of flooding.',
];
const cZones = ['Pell County (CLC083)', 'Orvale County (CLC101)'];
const cMenu = ['Forecast', 'Past Weather', 'Safety', 'Information', 'Education', 'News', 'Search', 'About'];
const cLeft = ['Current Hazards', 'Outlooks', 'Rivers and Lakes', 'Submit a Storm Report', 'Skywarn'];
const cFoot = [
  'Disclaimer',
  'Information Quality',
  'Help',
  'Glossary',
  'Privacy Policy',
  'Freedom of Information Act (FOIA)',
  'About Us',
  'Career Opportunities',
];
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Flash Flood Warning - National Weather Service Alerts</title>
<meta name="DC.title" content="${cTitle}"><meta name="DC.creator" content="National Weather Service">
<meta name="DC.date.created" scheme="ISO8601" content="2026-05-06T19:52:00-05:00"><meta name="DC.language" scheme="DCTERMS.RFC1766" content="EN-US">
<link rel="alternate" type="application/cap+xml" href="https://alerts.weather.example.gov/cap/wwacapget.php?x=CL1262F7B1E0A8.FlashFloodWarning">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SpecialAnnouncement","name":"${cTitle}",
"datePosted":"2026-05-06T19:52:00-05:00"}</script>
<script>var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-00000000-1'],['_trackPageview']);</script>
<link rel="stylesheet" href="/css/nws-alerts.css"></head>
<body><div class="header"><div class="header-content"><a href="https://www.weather.example.gov" class="header-nws">National Weather Service</a>
<div class="header-shadow"><div class="header-title">Public Alerts</div></div></div></div>
<div class="header-nav"><ul id="nav" class="nav">${links(cMenu, 'nav-item')}</ul></div>
<div class="center-content"><div class="div-quarter"><form class="local-forecast" action="/zipcity.php"><label>Local forecast by "City, St"</label>
<input type="text" name="inputstring"><input type="submit" value="Go"></form>
<div class="sidebar-section"><h4>Related Products</h4><ul class="sidebar-list">${links(cLeft)}</ul></div></div>
<div class="div-three-quarter"><div id="content" class="cap-message"><h1 class="cap-headline">${cTitle}</h1>
<table class="cap-fields" cellspacing="0" cellpadding="4"><tbody>
${cFields.map(([k, v]) => `<tr><td class="cap-label" align="right"><b>${k}:</b></td><td class="cap-value">${v}</td></tr>`).join('\n')}
</tbody></table>
<ul class="cap-times">${cDates.map((d) => `<li>${d}</li>`).join('\n')}</ul>
<h3 class="cap-section">${cH[0]}</h3><div class="cap-description">
${ps(cDesc)}</div>
<h3 class="cap-section">${cH[1]}</h3><div class="cap-instruction">
${ps(cInstr)}</div>
<h3 class="cap-section">${cH[2]}</h3><ul class="cap-zones">${cZones.map((z) => `<li>${z}</li>`).join('\n')}</ul>
<p class="cap-links"><a href="/cap/wwacapget.php?x=CL1262F7B1E0A8">View CAP XML</a> | <a href="/cap/cl.php?x=1">Return to Calder alert list</a></p>
</div></div></div>
<div class="footer"><ul class="footer-links">${links(cFoot)}</ul><p class="footer-address">National Weather Service, Tarrow Forecast Office,
400 Airport Drive, Tarrow, CL 60418</p><p class="footer-updated">Page last modified: May 6, 2026 19:53 UTC</p></div>
<script src="/js/nws-alerts.js"></script></body></html>`;
const cap: TestPage = {
  name: 'heldout359-nws-cap-alert-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: texts([...cFields.map((f) => f[1]), ...cDesc, ...cInstr, ...cZones]),
  bylines: [...cDates, 'Page last modified: May 6, 2026 19:53 UTC'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Public Alerts', ...cMenu, 'Local forecast by "City, St"', 'Related Products', ...cLeft, 'View CAP XML', 'Return to Calder alert list', ...cFoot,
    'National Weather Service, Tarrow Forecast Office, 400 Airport Drive, Tarrow, CL 60418',
  ],
};

export const HELDOUT359_E: readonly TestPage[] = [cap, storm];
