import { links, ps, type TestPage, texts } from './page-kit.js';
import { elementorGuide } from './pages-heldout251-d2.js';
import { j } from './pages-heldout251-kit.js';

/**
 * Held-out batch 251, file d: a coast guard sector's public notice on a DNN (DotNetNuke) government template (skin
 * header, mega menu, breadcrumb, the DnnModule article with its "Release Date" and notice number, a data table of buoy
 * positions, the contact box, related notices module and footer) and, from file d2, an emergency-management agency's
 * preparedness guide built with Elementor.
 */
const cTitle = 'Temporary Discontinuance of Larkhaven Channel Lighted Buoys 7 and 9';
const cBody = [
  j(
    'The Coast Guard advises mariners that Larkhaven Channel Lighted Buoys 7 and 9 will be',
    'temporarily discontinued from March 16 through April 10, 2026, while the channel is dredged to its authorized depth of 38 feet.',
  ),
  j(
    'A dredge and two support barges will work in the channel between the turning basin and the Pell Point range. Mariners are urged to',
    'transit at no-wake speed, to keep at least 300 feet from the dredge pipeline and to monitor VHF-FM channels 13 and 16 for updates.',
  ),
  'The affected aids to navigation and their temporary replacements are listed below.',
  'Larkhaven Channel Lighted Buoy 7 (LLNR 3315): 41-22-18.4N, 071-04-52.1W: Discontinued, replaced by unlighted can 7A',
  'Larkhaven Channel Lighted Buoy 9 (LLNR 3320): 41-22-41.0N, 071-04-33.7W: Discontinued, no replacement',
  'Pell Point Range Front Light (LLNR 3330): 41-23-02.5N, 071-04-11.9W: In service, no change',
  j(
    'Mariners should not rely solely on any single aid to navigation and should use all available means to fix their position. Report any',
    'discrepancy in an aid to navigation to the sector command center at 555-019-7750.',
  ),
];
const row = (t: string): string =>
  `<tr>${t
    .split(': ')
    .map((c) => `<td>${c}</td>`)
    .join(' ')}</tr>`;
const cMenu = ['Home', 'Units', 'News', 'Missions', 'Boating Safety', 'Contact Us'];
const cCrumbs = ['Sector Larkhaven', 'Public Notices'];
const cRelated = ['Safety Zone: Halden Harbor Fireworks, July 4', 'Seasonal Buoy Relief Schedule 2026', 'Drawbridge Operation: Quarry Creek Bascule'];
const cFoot = ['Accessibility', 'FOIA', 'No FEAR Act', 'Privacy Policy', 'Link Disclaimer', 'Site Map'];
const cHtml = `<!DOCTYPE html>
<html lang="en-US"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><title>${cTitle} &gt; Sector Larkhaven &gt; Public
Notices</title>
<meta id="MetaDescription" name="DESCRIPTION" content="Larkhaven Channel Lighted Buoys 7 and 9 will be temporarily discontinued for dredging.">
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW"><link href="/Portals/_default/skins/afpimsskin/skin.css" type="text/css" rel="stylesheet">
<script src="/Resources/libraries/jQuery/03_07_01/jquery.js"></script><script>var dnn = dnn || {}; dnn.setVar('tabId', '41822');</script></head>
<body id="Body"><form method="post" action="/Public-Notices/Article/4421/" id="Form"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE"
id="__VIEWSTATE" value="/wEPDwUKLTQ2"></div>
<div id="skip"><a href="#maincontent">Skip to main content (Press Enter).</a></div><div class="official-banner"><p>An official website of the United
States government</p></div>
<header id="dnn_header" class="header"><div class="container"><a id="dnn_dnnLOGO_hypLogo" href="/"><img src="/Portals/10/logo.png" alt="Sector Larkhaven"></a>
<nav id="dnn_MainMenu" class="navbar"><ul class="nav navbar-nav">${links(cMenu, 'dropdown')}</ul></nav></div></header>
<div id="maincontent" class="container"><div class="breadcrumb-wrap"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb"><ol class="breadcrumb">${links(cCrumbs)}</ol>
</span></div>
<div class="row"><div id="dnn_ContentPane" class="col-md-8 contentPane"><div class="DnnModule DnnModule-ArticleCS DnnModule-5533"><a name="5533"></a>
<div class="adetail"><div class="category"><a href="/Public-Notices/">Local Notice to Mariners</a></div>
<h1 class="maintitle">${cTitle}</h1><div class="info"><span class="date">Release Date: March 9, 2026</span> <span class="notice-number">Notice Number:
LNM 11/26</span></div>
<div class="body">
${ps(cBody.slice(0, 3))}
<table class="table table-bordered"><caption>Affected aids to navigation</caption><thead><tr><th>Aid</th><th>Position</th><th>Status</th></tr></thead>
<tbody>${cBody.slice(3, 6).map(row).join('\n')}</tbody></table>
<p>${cBody[6]}</p></div>
<div class="share"><span>Share</span> <a href="#" class="facebook">Facebook</a> <a href="#" class="twitter">X</a> <a href="#" class="email">Email</a>
<a href="#" class="print">Print</a></div></div></div></div>
<div id="dnn_RightPane" class="col-md-4 rightPane"><div class="DnnModule DnnModule-HTML"><div class="contact-box"><h3>Waterways Management</h3>
<p>Sector Larkhaven Waterways Management Division</p><p>Phone: 555-019-7700</p><p>Hours: Monday to Friday, 7:30 a.m. to 4 p.m.</p></div></div>
<div class="DnnModule DnnModule-ArticleCSList"><h3>Related Notices</h3><ul>${links(cRelated)}</ul><a href="/Public-Notices/">All Public Notices</a></div>
</div></div></div>
<footer id="dnn_footer"><div class="container"><ul class="footer-links">${links(cFoot)}</ul><p>Sector Larkhaven, 1 Pell Point Road, Larkhaven, OS 60977</p>
</div></footer></form><script src="/DesktopModules/ArticleCS/Resources/article.js"></script></body></html>`;
const dnnNotice: TestPage = {
  name: 'heldout251-dnn-coast-guard-public-notice',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts([...cBody.slice(0, 3), ...cBody.slice(3, 6).map((t) => t.split(': ').join(' ')), cBody[6] ?? '']),
  bylines: ['Release Date: March 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content (Press Enter).', 'An official website of the United States government', ...cMenu, ...cCrumbs, 'Local Notice to Mariners',
    'Notice Number: LNM 11/26', 'Affected aids to navigation', 'Share', 'Facebook', 'Email', 'Print', 'Waterways Management',
    'Sector Larkhaven Waterways Management Division', 'Phone: 555-019-7700', 'Hours: Monday to Friday, 7:30 a.m. to 4 p.m.', 'Related Notices',
    ...cRelated, 'All Public Notices', ...cFoot, 'Sector Larkhaven, 1 Pell Point Road, Larkhaven, OS 60977',
  ],
};

export const HELDOUT251_D: readonly TestPage[] = [dnnNotice, elementorGuide];
