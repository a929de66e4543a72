import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout291-kit.js';

/**
 * Held-out batch 291, file a2: a Business Wire release (site header and search, TrustArc cookie notice, the bold
 * "CITY--(BUSINESS WIRE)--" dateline inside the first paragraph, the timestamp, a quote, a small table, the forward-looking
 * statements boilerplate, the Contacts box, the release sidebar with Social Media Profiles, Hashtags and Release Versions, "More
 * News From" and the footer).
 */
const bTitle = 'Quarrystone Bank Completes Acquisition of Ellery Valley Savings';
const bSub = 'Combined bank will serve 310,000 customers through 58 branches across four counties';
const bLead = `Quarrystone Financial Group, Inc. (NASDAQ: QSFG), the holding company for Quarrystone Bank, today announced that it has
completed its acquisition of Ellery Valley Savings, a mutual savings bank with nine branches in the northern lakes district. The
transaction, first announced in October, received final approval from state and federal regulators on February 24.`;
const bBody = [
  `Under the terms of the agreement, Ellery Valley depositors became Quarrystone customers at the close of business on March 2.
Branches will keep their current opening hours and staff, and customers can continue to use their existing cards, cheques and
online banking details until the systems are merged in the third quarter.`,
  `"Ellery Valley has served its towns for more than a century, and we intend to keep that local character," said Priya Vantongeren,
president and chief executive officer of Quarrystone. "Their customers gain access to our mortgage and small-business lending, and
our combined branch network now reaches every town on the lake shore."`,
  'The following table shows the combined bank on a pro forma basis as of December 31, 2025:',
];
const bTable = [
  ['Total assets', '$4.82 billion'],
  ['Total deposits', '$4.07 billion'],
  ['Branches', '58'],
  ['Customers', 'about 310,000'],
];
const bBody2 = [
  `Harlan Mossgiel, formerly president of Ellery Valley Savings, has joined Quarrystone as regional president for the lakes district
and has been appointed to the board of Quarrystone Bank. Two further Ellery Valley trustees will sit on a new regional advisory board.`,
  `Quarrystone also confirmed that it will honour Ellery Valley's community grants programme for at least three years, with an annual
budget of $400,000 for libraries, volunteer fire companies and youth sports in the nine branch towns.`,
  `Sheldrake &amp; Moyle LLP served as legal counsel and Tarrow Partners acted as financial adviser to Quarrystone. Ellery Valley was
advised by Brennick Hale LLP and Corlin Capital.`,
];
const bAboutH = 'About Quarrystone Financial Group';
const bAbout = `Quarrystone Financial Group, Inc. is the holding company for Quarrystone Bank, a community bank founded in 1911 and
headquartered in Marrowgate. The bank offers personal, business and mortgage banking and wealth management services.`;
const bFlsH = 'Forward-Looking Statements';
const bFls = `This press release contains forward-looking statements about the expected benefits of the acquisition. Actual results may
differ materially because of risks described in Quarrystone's filings with the Securities and Exchange Commission.`;
const bNav = ['Newsroom', 'Services', 'Resources', 'About Us'];
const bSocial = ['Quarrystone Financial Group on LinkedIn', 'Quarrystone Financial Group on Facebook'];
const bMore = ['Quarrystone Financial Group Declares Quarterly Dividend', 'Quarrystone Financial Group Reports Fourth Quarter 2025 Results'];
const bFoot = ['Terms of Use', 'Privacy Statement', 'Cookie Preferences', 'Accessibility Statement', 'Site Map'];
const bHtml = `<!DOCTYPE html>
<html lang="en" xmlns:og="http://ogp.me/ns#"><head><meta charset="utf-8"><title>${bTitle} | Business Wire</title>
<meta name="description" content="${bSub}"><meta property="og:title" content="${bTitle}"><meta property="og:site_name" content="Business Wire">
<meta name="twitter:card" content="summary_large_image"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.businesswire.com/news/home/20260303512345/en/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${bTitle}",
"datePublished":"2026-03-03T13:30:00Z","author":{"@type":"Organization","name":"Quarrystone Financial Group, Inc."}}</script>
<script>var bw = bw || {}; bw.release = {"id":"20260303512345","language":"en","industry":["Banking","Finance"]};</script></head>
<body class="epi-content bw-release"><div id="truste-consent-track" class="truste-banner"><div id="truste-consent-content">
<p id="truste-consent-text">Business Wire uses cookies to improve your experience on our website.</p>
<button id="truste-consent-button" class="truste-button1">Accept Cookies</button>
<button id="truste-show-consent" class="truste-button2">Manage Cookies</button></div></div>
<header class="bw-header"><div class="bw-header-inner"><a class="bw-logo" href="/portal/site/home/"><span class="visually-hidden">Business Wire</span></a>
<nav class="bw-header-nav"><ul>${links(bNav, 'bw-nav-item')}</ul></nav><form class="bw-search" action="/portal/site/home/search/">
<input type="text" name="searchTerm" placeholder="Search" aria-label="Search Business Wire"></form>
<a class="bw-login" href="/portal/site/home/login/">Log In</a> <a class="bw-signup" href="/portal/site/home/signup/">Sign Up</a></div></header>
<div id="bw-release" class="bw-release"><div class="bw-release-main" itemscope itemtype="http://schema.org/NewsArticle">
<header class="bw-release-header"><h1 class="epi-fontLg bwalignc" itemprop="headline"><b>${bTitle}</b></h1>
<div class="bw-release-subhead"><h2 class="epi-fontMd bwalignc"><i>${bSub}</i></h2></div></header>
<div class="bw-release-timestamp"><time itemprop="dateModified" datetime="2026-03-03T13:30:00Z">March 03, 2026 08:30 AM Eastern Standard Time</time></div>
<div class="bw-release-story" itemprop="articleBody">
<p><b>MARROWGATE, Pa.--(<a href="https://www.businesswire.com">BUSINESS WIRE</a>)--</b>${bLead}</p>
${ps(bBody)}
<table class="bwtablemarginb bwblockalignl" cellspacing="0"><tbody>
${bTable
  .map(
    (r) => `<tr><td class="bwpadl0 bwvertalignt">
<p class="bwalignl">${r[0]}</p>
</td><td class="bwalignr">
<p>${r[1]}</p>
</td></tr>`,
  )
  .join('\n')}
</tbody></table>
${ps(bBody2)}
<p><b>${bAboutH}</b></p><p>${bAbout}</p><p><b>${bFlsH}</b></p><p>${bFls}</p></div>
<div class="bw-release-contact"><h2 class="bw-release-contact-title">Contacts</h2><p><b>Media:</b><br>Odile Prenter<br>
Quarrystone Bank Corporate Communications<br>media@quarrystone.example</p><p><b>Investors:</b><br>Callum Ashgrove<br>ir@quarrystone.example</p></div>
<div class="bw-release-more"><h3 class="bw-more-title">More News From Quarrystone Financial Group, Inc.</h3>
<ul class="bw-more-list">${links(bMore, 'bw-more-item')}</ul><a class="bw-back" href="/portal/site/home/news/">Back to Newsroom</a></div></div>
<aside class="bw-release-sidebars"><div class="bw-release-sidebar"><h4>Social Media Profiles</h4><ul>${links(bSocial)}</ul></div>
<div class="bw-release-sidebar"><h4>Hashtags</h4><ul>${lis(['#communitybanking', '#QSFG'])}</ul></div>
<div class="bw-release-sidebar"><h4>Release Versions</h4><ul>${links(['English'])}</ul></div>
<div class="bw-release-sidebar"><h4>Contacts</h4><p>Odile Prenter</p></div></aside></div>
<footer class="bw-footer"><ul class="bw-footer-links">${links(bFoot)}</ul><p class="bw-copyright">© 2026 Business Wire, Inc.</p></footer>
<script src="/portal/site/home/js/bw-release.min.js"></script></body></html>`;
export const bizWire: TestPage = {
  name: 'heldout291-businesswire-release',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts([bSub, bLead, ...bBody, ...bTable.map((r) => `${r[0]} ${r[1]}`), ...bBody2, bAboutH, bAbout, bFlsH, bFls]),
  bylines: ['March 03, 2026 08:30 AM Eastern Standard Time', 'MARROWGATE, Pa.--(BUSINESS WIRE)--'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Business Wire uses cookies to improve your experience on our website.', 'Accept Cookies', 'Manage Cookies', ...bNav, 'Log In', 'Sign Up',
    'Contacts', 'Media:', 'Odile Prenter', 'Quarrystone Bank Corporate Communications', 'media@quarrystone.example', 'Investors:', 'Callum Ashgrove',
    'ir@quarrystone.example', 'More News From Quarrystone Financial Group, Inc.', ...bMore, 'Back to Newsroom', 'Social Media Profiles', ...bSocial,
    'Hashtags', '#communitybanking', '#QSFG', 'Release Versions', 'English', ...bFoot, '© 2026 Business Wire, Inc.',
  ],
};
