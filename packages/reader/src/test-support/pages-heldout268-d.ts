import { links, ps, type TestPage, texts } from './page-kit.js';
import { ukwa } from './pages-heldout268-d2.js';

/**
 * Held-out batch 268, file d: a Library of Congress Web Archives (OpenWayback) capture of a federal agency's news release on the
 * U.S. Web Design System (the OpenWayback banner with the capture date, collection and "Close"/"Help" links, the usa-banner
 * "An official website", the header and nav, breadcrumb, the release with "FOR IMMEDIATE RELEASE", date and contact, the "###"
 * end mark, a "Related releases" list, the sign-up block and the agency footer) and, from file d2, a UK Web Archive capture.
 */
const ts = '20161104153022';
const orig = 'https://www.fwra.gov/news/2016/11/grants-restore-river-access';
const title = 'Waterways Agency Awards $18 Million to Restore Public River Access in Six States';
const p = [
  `WASHINGTON — The Waterways Recreation Agency today announced $18 million in grants to restore boat launches,
fishing piers and shoreline trails damaged by flooding along rivers in six states.`,
  `The awards go to 23 projects selected from 61 applications submitted by state agencies, counties and tribal governments.
Each project will reopen public access to a stretch of river that has been closed or restricted since the floods of 2015.`,
  `"When a boat ramp washes out, a town loses more than a place to put in a canoe," said Agency Director Carmen Whitlow. "It loses
visitors, bait shops, guides and the weekends that families spend on the water. These grants put those places back."`,
  'Projects funded in this round include:',
  'Rebuilding the Millers Ford boat launch and parking area on the Ossawa River, $1.2 million',
  'Replacing two accessible fishing piers at Grand Bend State Recreation Area, $860,000',
  'Restoring 4.5 miles of riverside trail between Haskett and Lone Elm, $2.1 million',
  `Recipients must complete construction within three years and keep the sites open to the public at no charge for at least
25 years. At least 30 percent of each project's cost will be met by state, local or tribal funds.`,
  `State officials welcomed the awards. In several of the six states, the flood-damaged sites were the only public access
points on long stretches of river, and anglers and outfitters had been driving an hour or more to reach open water. Local
governments that applied in this round but were not selected will receive written feedback on their applications and are
encouraged to apply again.`,
  `The agency will open the next round of applications in spring 2017. Eligible applicants can find guidance and the scoring
criteria on the agency's grants page.`,
];
const menu = ['About Us', 'Funding Programs', 'Recreation Areas', 'Safety', 'Newsroom', 'Contact'];
const crumbs = ['Home', 'Newsroom', 'News Releases'];
const rel = ['Agency Reopens Three Recreation Areas After Flood Repairs', 'Boating Safety Week Begins May 21'];
const foot = ['Accessibility', 'FOIA', 'No FEAR Act', 'Privacy Policy', 'Inspector General', 'USA.gov'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Federal Waterways Recreation Agency</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="dcterms.date" content="2016-11-03">
<link rel="stylesheet" href="https://webarchive.loc.gov/all/${ts}cs_/${orig.replace('/news/2016/11/grants-restore-river-access', '')}/css/uswds.min.css">
<script type="text/javascript">var wbPrefix = "https://webarchive.loc.gov/all/"; var wbCurrentUrl = "${orig}";</script>
<script type="text/javascript" src="https://webarchive.loc.gov/static/js/disclaim-element.js"></script>
<script type="text/javascript" src="https://webarchive.loc.gov/static/js/graph-calc.js"></script></head>
<body class="page-node-type-news-release">
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp" style="display:none; position:relative;padding:0 5px;min-height:70px;min-width:800px; z-index:9000;">
<div id="wm-ipp-inside" style="position:fixed;padding:0!important;margin:0!important;width:97%;min-width:780px;border:5px solid #000;border-top:none;
background-image:url(https://webarchive.loc.gov/images/toolbar/wm_tb_bk_trns.png);text-align:center;">
<table style="border-collapse:collapse;margin:0;padding:0;width:800px;"><tbody><tr>
<td style="padding:10px;vertical-align:top;min-width:110px;"><a href="https://webarchive.loc.gov/" title="Library of Congress Web Archives"
style="background-color:transparent;border:none;"><img src="https://webarchive.loc.gov/images/loc-logo.png" alt="Library of Congress Web Archives"
border="0"></a></td>
<td style="padding:0!important;text-align:center;vertical-align:top;width:100%;"><table style="border-collapse:collapse;margin:0 auto;"><tbody><tr>
<td style="padding:3px 0;" colspan="2"><span class="wm-loc-label">Archived Web Site</span>
<form target="_top" method="get" action="https://webarchive.loc.gov/all/query" name="wmtb" id="wmtb" style="margin:0!important;display:inline;">
<input type="text" name="url" id="wmtbURL" value="${orig}" style="width:400px;font-size:11px;"><input type="hidden" name="type" value="urlquery">
<input type="submit" value="Go"></form></td></tr>
<tr><td style="vertical-align:bottom;padding:5px 0 0 0!important;"><a href="https://webarchive.loc.gov/all/*/${orig}" style="color:#33f;font-size:11px;">
<strong>4 captures</strong></a><div style="color:#666;font-size:11px;">3 Nov 16 - 12 Jan 17</div></td>
<td style="font-size:11px;color:#666;padding:5px 0 0 10px!important;">Captured <strong>Nov 4, 2016</strong> · Collection:
<a href="https://www.loc.gov/collections/united-states-government-web-archive/">United States Government Web Archive</a></td></tr></tbody></table></td>
<td style="text-align:right;padding:5px;width:65px;font-size:11px!important;"><a href="#close" onclick="document.getElementById('wm-ipp').style.display='none';"
style="display:block;padding-right:18px;">Close</a><a href="https://www.loc.gov/programs/web-archiving/about-this-program/" style="display:block;
padding-right:18px;">Help</a></td></tr></tbody></table></div></div>
<script type="text/javascript">var wmDisclaimBanner = document.getElementById("wm-ipp"); if(wmDisclaimBanner) { wmDisclaimBanner.style.display="block";
}</script>
<!-- END WAYBACK TOOLBAR INSERT -->
<a class="usa-skipnav" href="#main-content">Skip to main content</a>
<section class="usa-banner" aria-label="Official government website"><div class="usa-accordion"><header class="usa-banner-header"><div class="usa-grid">
<img src="https://webarchive.loc.gov/all/${ts}im_/https://www.fwra.gov/img/favicons/favicon-57.png" alt="U.S. flag">
<p>An official website of the United States government</p><button class="usa-accordion-button usa-banner-button" aria-expanded="false">
<span class="usa-banner-button-text">Here's how you know</span></button></div></header></div></section>
<header class="usa-header usa-header-extended" role="banner"><div class="usa-navbar"><div class="usa-logo" id="extended-logo"><em class="usa-logo-text">
<a href="https://webarchive.loc.gov/all/${ts}/https://www.fwra.gov/" title="Home">Federal Waterways Recreation Agency</a></em></div>
<button class="usa-menu-btn">Menu</button></div><nav role="navigation" class="usa-nav"><ul class="usa-nav-primary usa-accordion">${links(menu)}</ul></nav>
</header>
<main id="main-content" class="usa-grid usa-section"><div class="usa-width-two-thirds">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol class="usa-breadcrumb__list">${links(crumbs, 'usa-breadcrumb__list-item')}</ol></nav>
<article class="news-release node--type-news-release"><div class="release-label">FOR IMMEDIATE RELEASE</div>
<div class="release-meta"><span class="release-date">November 3, 2016</span><div class="release-contact">Contact: Dale Ferrante, 202-555-0148,
press@fwra.gov</div></div>
<h1 class="page-title">${title}</h1>
<div class="field--name-body">
${ps(p.slice(0, 4))}
<ul>${p
  .slice(4, 7)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
${ps(p.slice(7))}
<p class="text-center">###</p></div></article></div>
<aside class="usa-width-one-third sidebar"><div class="block-related"><h3>Related releases</h3><ul>${links(rel)}</ul></div>
<div class="block-signup"><h3>Get email updates</h3><p>Sign up to receive news releases from the agency.</p><a class="usa-button" href="#">Sign up</a></div>
</aside>
</main>
<footer class="usa-footer usa-footer-medium" role="contentinfo"><div class="usa-footer-primary-section"><ul class="usa-footer-nav">${links(foot)}</ul></div>
<div class="usa-footer-secondary_section"><p>Federal Waterways Recreation Agency, 1400 Independence Ave SW, Washington, DC 20250</p></div></footer>
</body></html>`;
export const loc: TestPage = {
  name: 'heldout268-loc-openwayback-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(p),
  bylines: ['November 3, 2016', 'Contact: Dale Ferrante, 202-555-0148, press@fwra.gov'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Archived Web Site', '4 captures', '3 Nov 16 - 12 Jan 17', 'Captured Nov 4, 2016 · Collection: United States Government Web Archive', 'Close',
    'Help', 'Skip to main content', 'An official website of the United States government', "Here's how you know",
    'Federal Waterways Recreation Agency', 'Menu', ...menu, 'News Releases', 'FOR IMMEDIATE RELEASE', '###', 'Related releases', ...rel,
    'Get email updates', 'Sign up to receive news releases from the agency.', 'Sign up', ...foot,
    'Federal Waterways Recreation Agency, 1400 Independence Ave SW, Washington, DC 20250',
  ],
};

export const HELDOUT268_D: readonly TestPage[] = [loc, ukwa];
