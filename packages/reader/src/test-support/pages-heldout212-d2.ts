import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 212: a US National Weather Service area forecast discussion on forecast.weather.gov (product.php), as "Save page
 * as" stores it: the weather.gov header and menus, the product picker and version links, and the discussion itself as the
 * preformatted text product (with glossary links), then the NOAA footer.
 */
const title = 'Area Forecast Discussion';
const hKey = '.KEY MESSAGES...';
const key = [
  '- Strong and gusty west winds develop along the Front Range foothills late tonight through Friday afternoon, with gusts of ' +
    '55 to 70 mph in the usual wind-prone spots.',
  '- Critical fire weather conditions on the plains Friday afternoon, with relative humidity falling to 8 to 12 percent.',
  '- Cooler with a chance of snow in the mountains Saturday night into Sunday, accumulations of 3 to 7 inches above 9000 feet.',
];
const hDisc = '.DISCUSSION /Through Wednesday/...';
const disc = [
  'Water vapor imagery this afternoon shows a fast northwest flow aloft over the region, with a strong jet streak moving ' +
    'into the northern Rockies. As the jet noses into Wyoming tonight, mountain top stable layer and cross-barrier flow ' +
    'increase, setting up a favorable pattern for mountain wave activity along the foothills.',
  'Models remain consistent with 700 mb winds of 55 to 65 kt by 09Z, and the high-resolution guidance brings gusts of 60 to ' +
    '70 mph into the foothills near Elkhorn Gap and Sawyer Canyon around sunrise. The High Wind Warning remains in place and ' +
    'no changes were needed. Winds are less likely to mix down to the urban corridor, but gusts of 40 to 50 mph are possible ' +
    'there late morning.',
  'Friday afternoon, downslope warming and very dry air will bring humidity values near 10 percent to much of the plains. ' +
    'With gusts of 35 to 45 mph, the Red Flag Warning for the southern and eastern plains looks on track.',
  'The flow turns westerly and weakens Saturday as a shortwave trough drops in from the northwest. Moisture increases over ' +
    'the mountains Saturday night, and the best snowfall should be on the north and west facing slopes. Ensemble spread is ' +
    'still fairly large for Sunday, so we kept chance POPs for the plains for now.',
  'Drier and warmer weather returns early next week under a building ridge, with highs back into the 60s by Tuesday.',
];
const hAvn = '.AVIATION /00Z TAF through 00Z Saturday/...';
const avn = [
  'VFR conditions will continue through the period. West winds increase at KFRN after 10Z with gusts to 35 kt, and low level ' +
    'wind shear is likely at all terminals between 08Z and 15Z as the strong winds aloft mix down unevenly.',
];
const hWw = '.PHW WATCHES/WARNINGS/ADVISORIES...';
const ww = ['High Wind Warning from 3 AM to 3 PM MDT Friday for COZ031-033-035.', 'Red Flag Warning from noon to 7 PM MDT Friday for COZ241-242-245.'];
const wrap = (s: string): string => s.replace(/(.{1,66})(?: |$)/g, '$1\n').trimEnd();
const glossary = (s: string): string =>
  s.replace(/\b(jet streak|shortwave trough|VFR|ridge)\b/, (w) => `<a href="./glossary.php?word=${w}" class="hideGlossary">${w}</a>`);
const block = (ps: readonly string[]): string => ps.map((p) => glossary(wrap(p))).join('\n\n');
const afd = `000
FXUS65 KPHW 122126
AFDPHW

Area Forecast Discussion
National Weather Service Pine Hollow CO
326 PM MDT Thu Mar 12 2026

${hKey}

${key.map(wrap).join('\n')}

&amp;&amp;

${hDisc}
Issued at 318 PM MDT Thu Mar 12 2026

${block(disc)}

&amp;&amp;

${hAvn}
Issued at 318 PM MDT Thu Mar 12 2026

${block(avn)}

&amp;&amp;

${hWw}
${ww.join('\n\n')}

&amp;&amp;

$$

DISCUSSION...Lindqvist
AVIATION...Okafor`;
const top = ['HOME', 'FORECAST', 'PAST WEATHER', 'SAFETY', 'INFORMATION', 'EDUCATION', 'NEWS', 'SEARCH', 'ABOUT'];
const fc = ['Local', 'Graphical', 'Aviation', 'Marine', 'Rivers and Lakes', 'Hurricanes', 'Severe Weather', 'Fire Weather', 'Sun/Moon'];
const legal = [
  'Disclaimer',
  'Information Quality',
  'Help',
  'Glossary',
  'Privacy Policy',
  'Freedom of Information Act (FOIA)',
  'About Us',
  'Career Opportunities',
];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>National Weather Service</title>
<meta name="viewport" content="width=device-width"><meta name="DC.title" content="National Weather Service"><meta name="DC.creator" content="US
Department of Commerce,
NOAA, National Weather Service"><link rel="stylesheet" href="css/bootstrap-3.2.0.min.css"><link rel="stylesheet" href="css/ol-4.6.4.css">
<link rel="stylesheet" href="css/mapclick.css"><script src="js/jquery-1.11.3.min.js"></script><script src="js/forecast.esm.js"></script>
<script id="_fed_an_ua_tag" src="https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=DOC&amp;subagency=NOAA"></script>
<link rel="stylesheet" href="css/product.css"></head>
<body><main class="container"><header class="row clearfix" id="page-header">
<a href="//www.noaa.gov" id="header-noaa" class="pull-left"><img src="/css/images/header_noaa.png" alt="National Oceanic and Atmospheric Administration"></a>
<a href="https://www.weather.gov" id="header-nws" class="pull-left"><img src="/css/images/header_nws.png" alt="National Weather Service"></a>
<a href="//www.commerce.gov" id="header-doc" class="pull-right"><img src="/css/images/header_doc.png" alt="United States Department of Commerce"></a></header>
<nav class="navbar navbar-default row" role="navigation"><div class="container-fluid"><div class="navbar-header">
<button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#top-nav"><span
class="sr-only">Toggle navigation</span></button></div>
<div class="collapse navbar-collapse" id="top-nav"><ul class="nav navbar-nav">
${top
  .map(
    (t, i) =>
      `<li class="dropdown"><a href="https://www.weather.gov/${t.toLowerCase()}" class="dropdown-toggle">${t}</a>${
        i === 1
          ? `<ul class="dropdown-menu">
${links(fc)}</ul>`
          : ''
      }</li>`,
  )
  .join('\n')}</ul></div></nav>
<div class="contentArea"><div id="localHeader"><div class="localTitle"><span>Customize Your Weather.gov</span></div></div>
<div id="content"><div class="center-content"><span style="font-size: 20px; font-weight:bold;">Text Products for AFD Issued by PHW</span><br>
<span class="versionLinks">Versions: <b>1</b> <a href="product.php?site=PHW&amp;product=AFD&amp;version=2">2</a>
<a href="product.php?site=PHW&amp;product=AFD&amp;version=3">3</a> <a href="product.php?site=PHW&amp;product=AFD&amp;version=4">4</a></span><br>
<span class="glossaryToggle"><a href="#" id="glossaryOn">Glossary Terms: On</a> | <a href="#" id="glossaryOff">Off</a></span>
<div id="localcontent"><pre class="glossaryProduct">
${afd}
</pre></div>
<div class="product-footer"><a href="product.php?site=PHW&amp;product=AFD&amp;format=txt">Text Only</a> |
<a href="product_types.php?site=PHW">Other Products from PHW</a></div></div></div></div>
<footer><div id="sitemap" class="sitemap-content row"><div class="col-xs-12"><div class="sitemap-section"><div class="panel-heading">
<a class="sitemap-section-heading" href="https://www.weather.gov/safety">SAFETY</a></div></div></div></div>
<div class="footer-legal"><div class="col-xs-12 col-sm-2 col-md-2" id="footerLogo"><a href="https://www.usa.gov"><img src="/css/images/usa_gov.png"
alt="usa.gov"></a></div><div class="col-xs-12 col-sm-4 col-md-4"><ul class="list-unstyled footer-legal-content">
<li><a href="https://www.commerce.gov">US Dept of Commerce</a></li><li><a href="https://www.noaa.gov">National Oceanic and Atmospheric Administration</a></li>
<li><a href="https://www.weather.gov">National Weather Service</a></li><li><a href="https://www.weather.gov/phw">Pine Hollow, CO</a></li>
<li>4810 Ridgeline Road</li><li>Pine Hollow, CO 80911-2204</li><li><br><a
href="mailto:w-phw.webmaster@noaa.example">Comments? Questions? Please Contact Us.</a></li>
</ul></div><div class="col-xs-12 col-sm-3 col-md-3"><ul class="list-unstyled">${links(legal)}</ul></div></div></footer></main></body></html>`;
export const nwsAfd: TestPage = {
  name: 'heldout212-nws-forecast-discussion',
  kind: 'docs',
  html,
  title,
  // the discussion is a preformatted text product and is the article (not a code block): its dotted section lines are the
  // headings, its paragraphs, key messages and warning lines are body; the WMO header lines, "&&" and "$$" are in neither list;
  // the issuing office, issue times and the forecaster sign-offs are bylines
  headings: [hKey, hDisc, hAvn, hWw],
  body: texts([...key, ...disc, ...avn, ...ww]),
  bylines: [
    'National Weather Service Pine Hollow CO',
    '326 PM MDT Thu Mar 12 2026',
    'Issued at 318 PM MDT Thu Mar 12 2026',
    'DISCUSSION...Lindqvist',
    'AVIATION...Okafor',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Toggle navigation', ...top, ...fc, 'Customize Your Weather.gov', 'Text Products for AFD Issued by PHW', 'Versions:', 'Glossary Terms: On', 'Off',
    'Text Only', 'Other Products from PHW', 'US Dept of Commerce', 'National Oceanic and Atmospheric Administration', 'Pine Hollow, CO',
    '4810 Ridgeline Road', 'Pine Hollow, CO 80911-2204', 'Comments? Questions? Please Contact Us.', ...legal,
  ],
};
