import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, type Sec, secHeads, secParas } from './pages-heldout469-kit.js';

/**
 * Held-out batch 469, file c: a volunteer sign-up page hosted on EveryAction (NGP VAN's at.js form with a header markup
 * block), and a ballot measure explainer on a civic wiki running MediaWiki (Vector 2022) with an infobox and a table.
 */
const eTitle = 'Volunteer with Team Okoro';
const eBody = [
  j(
    'This campaign is powered by people. Whether you have one evening or every Saturday until November, there is a place for',
    'you on Team Okoro. Tell us how you would like to help and an organizer near you will be in touch within two days.',
  ),
  'Our next volunteer orientation is on Tuesday, September 8, at 6:30 p.m. at the Lakeview Library community room.',
];
const eActs = ['Knock on doors', 'Make phone calls', 'Write postcards', 'Host a house party', 'Put a sign in my yard', 'Help on Election Day'];
const eFields = ['First Name', 'Last Name', 'Email', 'Mobile Phone', 'Postal Code'];
const eHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Volunteer with Team Okoro</title><meta property="og:title" content="Volunteer with Team Okoro">
<meta property="og:description" content="Sign up to volunteer for Adaeze Okoro for Mayor.">
<link rel="stylesheet" href="https://static.everyaction.com/ea-actiontag/at.min.css">
<script type="text/javascript" src="https://static.everyaction.com/ea-actiontag/at.js" crossorigin="anonymous"></script>
<style>.at{font-family:"Work Sans",sans-serif}.at .btn-at-primary{background:#e4572e}</style></head>
<body class="ngp-hosted-page"><div class="ngp-form" data-form-url="https://secure.everyaction.com/v1/Forms/kZr8x2"
data-fastaction-endpoint="https://fastaction.ngpvan.com"
data-inline-errors="true" data-fastaction-nologin="true" data-databag-endpoint="https://profile.ngpvan.com" data-databag="everybody">
<form method="POST" class="at" novalidate><div class="at-inner"><div class="at-form-header">
<header class="HeaderHtml at-markup"><img src="https://d1aqhv4sn5kxtx.cloudfront.net/actiontag/at-okoro-banner.jpg" alt="Adaeze Okoro for Mayor">
<h1>${eTitle}</h1>${ps(eBody)}</header></div>
<fieldset class="at-fieldset ContactInformation"><legend class="at-legend">Contact Information</legend>
<div class="at-row FirstName LastName">${eFields
  .slice(0, 2)
  .map((f) => `<label class="at-text ${f.replace(/ /g, '')}">${f}<input type="text" name="${f.replace(/ /g, '')}" required></label>`)
  .join('')}</div>
<div class="at-row EmailAddress">${eFields
  .slice(2)
  .map((f) => `<label class="at-text ${f.replace(/ /g, '')}">${f}<input type="text" name="${f.replace(/ /g, '')}"></label>`)
  .join('')}</div>
<div class="at-row SmsSubscribeMobilePhone"><label class="at-check"><input type="checkbox" name="SmsSubscribeMobilePhone">
<span class="at-checkbox-title-container"><span class="at-checkbox-title">Send me text messages. Msg &amp; data rates may apply. Text STOP to quit.</span>
</span></label></div></fieldset>
<fieldset class="at-fieldset ActivistCodes"><legend class="at-legend">How would you like to help?</legend><div class="at-row">${eActs
  .map(
    (t, i) =>
      `<label class="at-check"><input type="checkbox" name="ActivistCodes" value="${900 + i}"><span class="at-checkbox-title-container"><span
class="at-checkbox-title">${t}</span></span></label>`,
  )
  .join('\n')}</div></fieldset>
<div class="at-form-submit clearfix"><input type="submit" value="Sign Up" class="at-submit btn-at btn-at-primary"></div>
<footer class="FooterHtml at-markup"><p>Paid for by Okoro for Lakeview. Not authorized by any candidate committee other than Okoro for Lakeview.</p></footer>
</div></form></div>
<div class="ngp-hosted-footer"><p>Powered by <a href="https://www.everyaction.com/">EveryAction</a></p><a
href="https://www.ngpvan.com/privacy-policy/">Privacy Policy</a></div>
</body></html>`;
const everyAction: TestPage = {
  name: 'heldout469-everyaction-volunteer',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: eBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Contact Information', ...eFields, 'Send me text messages. Msg & data rates may apply. Text STOP to quit.', 'How would you like to help?', ...eActs,
    'Paid for by Okoro for Lakeview. Not authorized by any candidate committee other than Okoro for Lakeview.', 'Powered by EveryAction', 'Privacy Policy',
  ],
};

const mTitle = 'Marlow County Measure R (2026)';
const mLead = [
  j(
    '<b>Marlow County Measure R</b>, also called the <b>Library and Parks Parcel Tax</b>, is a local ballot measure that will appear',
    'on the November 3, 2026, ballot in <a href="/wiki/Marlow_County">Marlow County</a>. If approved, it would levy a tax of $68 a year',
    'on each parcel of land for twelve years to fund the county library system and county parks.',
  ),
];
const mSecs: Sec[] = [
  {
    h: 'Background',
    p: [
      j(
        'The Marlow County Library closed four of its eleven branches in 2024 after a fall in sales tax revenue. The county parks',
        'department cut weekend staff at Tamsin Lake and Heron Point the same year. The Board of Supervisors placed Measure R on the',
        'ballot by a 4–1 vote on June 16, 2026.',
      ),
    ],
  },
  {
    h: 'Provisions',
    p: [
      j(
        'The measure would raise an estimated $9.3 million a year. At least 60 percent of the money would go to the library, which',
        'would reopen its closed branches and restore Sunday hours. The rest would go to park maintenance, lifeguards and trail repair.',
      ),
      j(
        'Homeowners aged 65 and older and owners of parcels with no buildings under two acres could apply for an exemption. A',
        'citizens oversight committee of seven members would publish an audit each year.',
      ),
    ],
  },
  {
    h: 'Fiscal impact',
    p: ['The county auditor estimated the revenue in the first three years as follows.'],
  },
  {
    h: 'Support and opposition',
    p: [
      j(
        'The measure is supported by the Friends of the Marlow County Library, the county firefighters association and three of the',
        'five supervisors. The Marlow County Taxpayers Association opposes it, arguing that the library should be funded from the',
        'general fund.',
      ),
    ],
  },
  {
    h: 'Path to the ballot',
    p: [j('Because Measure R is a special tax, it requires a two-thirds supermajority vote to pass, under Article XIII C of the state', 'constitution.')],
  },
];
const mRows = [
  ['2027', '$9.3 million', '$5.6 million', '$3.7 million'],
  ['2028', '$9.5 million', '$5.7 million', '$3.8 million'],
  ['2029', '$9.7 million', '$5.8 million', '$3.9 million'],
];
const mInfo = [
  ['Election date', 'November 3, 2026'],
  ['Type', 'Parcel tax'],
  ['Referred by', 'Board of Supervisors'],
  ['Vote required', 'Two-thirds'],
];
const mHead = (h: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>` +
  `<a href="/w/index.php?title=Marlow_County_Measure_R_(2026)&amp;action=edit" title="Edit section: ${h}"><span>edit</span></a>` +
  `<span class="mw-editsection-bracket">]</span></span></div>`;
const mSec = (s: Sec): string =>
  `${mHead(s.h)}\n${ps(s.p)}${
    s.h === 'Fiscal impact'
      ? `\n<table
class="wikitable"><tbody>
<tr><th>Year</th><th>Total</th><th>Library</th><th>Parks</th></tr>
${mRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`
      : ''
  }`;
const mNav = ['Main page', 'Recent changes', 'Random article', 'Help'];
const mCats = ['2026 local ballot measures', 'Marlow County', 'Parcel taxes'];
const mFoot = ['Privacy policy', 'About Civipedia', 'Disclaimers', 'Mobile view'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Civipedia</title>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgPageName":"Marlow_County_Measure_R_(2026)","wgTitle":"${mTitle}",
"wgNamespaceNumber":0});});</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit this page"
href="/w/index.php?title=Marlow_County_Measure_R_(2026)&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt
ns-0 ns-subject page-Marlow_County_Measure_R_2026 skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<label class="vector-dropdown-label" aria-label="Main menu"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><ul
class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Civipedia</span></a></div>
<div class="vector-header-end"><div id="p-search" class="vector-search-box-vue vector-search-box" role="search"><form action="/w/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Civipedia" aria-label="Search Civipedia"><button
class="cdx-button cdx-search-input__end-button">Search</button>
</form></div><nav class="vector-user-links"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<div class="vector-pinnable-header-label">Contents</div><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>${mSecs
  .map(
    (s, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${s.h.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${s.h}</span></div></a></li>`,
  )
  .join('')}</ul>
</div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(['Article', 'Talk'], 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'vector-tab-noicon mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Civipedia, the local elections wiki</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Measure R</th></tr>${mInfo
  .map(
    (r) => `<tr><th class="infobox-label">${r[0]}</th><td
class="infobox-data">${r[1]}</td></tr>`,
  )
  .join('')}</tbody></table>
${ps(mLead)}
<meta property="mw:PageProp/toc">
${mSecs.map(mSec).join('\n')}
<!-- NewPP limit report Parsed by mw1402 Cached time: 20261003142201 -->
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>:
<ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 3 October 2026, at 14:22.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License 4.0.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":143});});</script></body></html>`;
const mediaWiki: TestPage = {
  name: 'heldout469-mediawiki-measure',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: secHeads(mSecs),
  body: texts([...mLead, ...secParas(mSecs).slice(0, 4), ...mRows.map((r) => r.join(' ')), ...secParas(mSecs).slice(4)]),
  bylines: ['This page was last edited on 3 October 2026, at 14:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...mNav, 'Civipedia', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', 'Article', 'Talk', 'Read',
    'Edit', 'View history', 'From Civipedia, the local elections wiki', 'Measure R', ...mInfo.flat(), 'Categories', ...mCats,
    'Text is available under the Creative Commons Attribution-ShareAlike License 4.0.', ...mFoot,
  ],
};

export const HELDOUT469_C: readonly TestPage[] = [everyAction, mediaWiki];
