import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout397-kit.js';

/**
 * Held-out batch 397, file a2: a Business Wire release (bw-release markup: headline and italic subheadline, timestamp,
 * bold BUSINESS WIRE dateline, body with a quote and a bulleted list, the Contacts block, release tools, the sidebar with
 * "More News From", Social Media Profiles and $Cashtags, site header and footer).
 */
const bTitle = 'Ferrowind Foundations Signs 20-Year Supply Agreement for North Sea Monopiles';
const bSub = 'Agreement with Kestrel Bank Offshore covers up to 180 foundations and a new finishing hall in Esbjerg';
const bP = [
  j(
    'HOUSTON--(BUSINESS WIRE)--Ferrowind Foundations Inc. (NYSE: FWDF), a maker of steel foundations for offshore wind turbines,',
    'today announced a 20-year framework agreement with Kestrel Bank Offshore to supply monopile foundations for three wind farm',
    'phases off the Danish and German coasts. The agreement covers up to 180 foundations, with the first deliveries planned for',
    'the second half of 2027.',
  ),
  j(
    'Monopiles are the single large steel tubes that are driven into the seabed to hold a turbine tower. The units in this',
    'agreement will weigh up to 2,600 tonnes each and measure as much as 11 meters in diameter, which makes them among the',
    'heaviest the company has produced.',
  ),
  j(
    '"Developers want certainty that the steel will be there when the installation vessels arrive," said Dagny Morrow-Hale,',
    'president and chief executive officer of Ferrowind. "A long agreement lets us commit to the equipment and the people we need,',
    'and it gives our partner a fixed slot in our rolling mills for the next two decades."',
  ),
  'Under the terms of the agreement, Ferrowind will:',
];
const bList = [
  'Build a finishing and coating hall at the port of Esbjerg, where foundations will be painted and fitted with access platforms',
  'Reserve capacity at its plate mill in Texas for thick steel plate of up to 150 millimeters',
  'Provide a digital record of each weld and coating layer to the developer for the foundations\u2019 full service life',
];
const bP2 = [
  j(
    'Financial terms were not disclosed. Ferrowind said the agreement is not expected to affect its guidance for 2026 and that it',
    'will fund the Esbjerg hall from existing cash and an equipment credit line.',
  ),
  j(
    'Kestrel Bank Offshore said it chose a single supplier for all three phases to simplify logistics. "Having one design family',
    'and one quay for the foundations saves us weeks of vessel time," said Hendrik Ostergaard, the company\u2019s procurement director.',
  ),
  j(
    'Ferrowind employs about 2,300 people at plants in Texas, Louisiana and Poland. The company has supplied foundations for',
    '14 offshore wind farms since it entered the market in 2016.',
  ),
  j(
    'This press release contains forward-looking statements, including statements about delivery schedules and the construction',
    'of new facilities. Actual results may differ materially because of risks described in the company\u2019s filings with the',
    'Securities and Exchange Commission.',
  ),
];
const bContacts = ['Investors: Rutger Salloway, +1 713-555-0147, ir@ferrowind.example', 'Media: Penelope Achterberg, +1 713-555-0199, media@ferrowind.example'];
const bNav = ['Products', 'Newsroom', 'Resources', 'Partners', 'Contact Us', 'Log In', 'Sign Up'];
const bTools = ['Back to Newsroom', 'Download PDF', 'Print'];
const bMore = ['Ferrowind Foundations to Report Fourth Quarter Results on February 19', 'Ferrowind Foundations Appoints Chief Financial Officer'];
const bTags = ['#offshorewind', '#monopiles', '$FWDF'];
const bFoot = ['Privacy Statement', 'Terms of Use', 'Accessibility Statement', 'Sitemap', 'Do Not Sell or Share My Personal Information'];
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${bTitle} | Business Wire</title>
<meta name="description" content="${bSub}"><meta property="og:title" content="${bTitle}"><meta property="og:site_name" content="Business Wire">
<meta name="twitter:card" content="summary_large_image"><meta name="robots" content="max-image-preview:large">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${bTitle}",
"datePublished":"2026-03-03T13:05:00Z","author":{"@type":"Organization","name":"Ferrowind Foundations Inc."}}</script>
<script>var bwAnalytics={"page":"release","releaseId":"20260303617205"};</script></head>
<body class="bw-release-page"><header class="bw-header"><div class="bw-header-inner"><a class="bw-logo" href="https://www.businesswire.com/">
<img src="/images/bw-logo.svg" alt="Business Wire"></a><nav class="bw-nav"><ul>${links(bNav, 'bw-nav-item')}</ul></nav>
<form class="bw-search" action="/portal/site/home/search/"><input type="search" placeholder="Search Business Wire"></form></div></header>
<div id="bw-release-wrapper" class="bw-release-main"><div class="bw-release-sidebars-wrapper">
<article class="bw-release" itemscope itemtype="http://schema.org/NewsArticle">
<ul class="bw-release-tools">${links(bTools, 'bw-release-tool')}</ul>
<div class="bw-release-timestamp"><time itemprop="dateModified" datetime="2026-03-03T13:05:00Z">March 03, 2026 08:05 AM Eastern Standard Time</time></div>
<header><h1 class="epi-fontLg bwalignc"><b>${bTitle}</b></h1><h2 class="bwalignc"><i>${bSub}</i></h2></header>
<div class="bw-release-story" itemprop="articleBody">
<p><b>${(bP[0] ?? '').slice(0, 26)}</b>${(bP[0] ?? '').slice(26)}</p>
${ps(bP.slice(1))}
<ul class="bwlistdisc">${lis(bList, 'bwlistitemmargb')}</ul>
${ps(bP2)}
</div>
<div class="bw-release-contact"><h2>Contacts</h2>${ps(bContacts)}</div>
<div class="bw-release-social"><span class="bw-share-label">Share</span><a href="#" class="bw-share-x">Post</a>
<a href="#" class="bw-share-linkedin">LinkedIn</a><a href="#" class="bw-share-facebook">Facebook</a></div></article>
<aside class="bw-release-sidebars"><div class="bw-sidebar-section"><h2>Release Versions</h2><ul><li><a href="#">English</a></li></ul></div>
<div class="bw-sidebar-section"><h2>More News From Ferrowind Foundations Inc.</h2><ul>${links(bMore)}</ul>
<a href="/newsroom?company=ferrowind" class="bw-more-link">More News From Ferrowind Foundations Inc.</a></div>
<div class="bw-sidebar-section"><h2>Social Media Profiles</h2><ul>${links(['Ferrowind on LinkedIn', 'Ferrowind on YouTube'])}</ul></div>
<div class="bw-sidebar-section bw-release-keywords"><h2>#Hashtags and $Cashtags</h2><ul>${links(bTags)}</ul></div></aside></div></div>
<footer class="bw-footer"><ul>${links(bFoot)}</ul><p>© 2026 Business Wire, Inc.</p></footer>
<div id="cookie-consent" class="bw-cookie-banner"><p>This website uses cookies to ensure you get the best experience on our website.</p>
<button class="bw-cookie-accept">Got it</button></div></body></html>`;
export const businessWire: TestPage = {
  name: 'heldout397-businesswire-news',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts([bSub, ...bP, ...bList, ...bP2]),
  bylines: ['March 03, 2026 08:05 AM Eastern Standard Time'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bNav, ...bTools, 'Contacts', ...bContacts, 'Share', 'Post', 'LinkedIn', 'Facebook', 'Release Versions', 'English',
    'More News From Ferrowind Foundations Inc.', ...bMore, 'Social Media Profiles', 'Ferrowind on LinkedIn', 'Ferrowind on YouTube',
    '#Hashtags and $Cashtags', ...bTags, ...bFoot, '© 2026 Business Wire, Inc.',
    'This website uses cookies to ensure you get the best experience on our website.', 'Got it',
  ],
};
