import { links, type TestPage, texts } from './page-kit.js';
import { steamGuide } from './pages-heldout188-f2.js';

/**
 * Held-out batch 188, file f: a Mozilla Add-ons (addons.mozilla.org) extension page (the header with the visually hidden site
 * name, "Extension Workshop", "Developer Hub", "Log in", the section links with the "More…" menu and the search form, the
 * "not actively monitored" notice above the header card, the h1 holding the name and the "by" author span, the summary, the
 * get-Firefox button, the metadata cards, the star-count bars, screenshots, the "About this extension" card whose description
 * is text with <br> line breaks and bold lines, "Rate your experience", "Report this add-on", "Permissions and data", "More
 * information" with its dl rows, "Release notes", the "More extensions by" rail and the Mozilla footer).
 */
const amName = 'Margin Notes';
const amSummary = 'Write private notes on any web page and find them again when you come back. Notes never leave your computer.';
const amDesc = [
  'Margin Notes lets you pin a short note to any page you visit: a reminder about why you saved a recipe, a thought about an article, ' +
    'the name of the person who sent you a link. The next time you open that page, your notes are there in a small tab at the side.',
  '<b>Why another notes add-on?</b>',
  'Most annotation tools want you to make an account and send every note to a server. Margin Notes keeps everything in Firefox’s ' +
    'own local storage. There is no account, no sync service and no analytics. If you want your notes on another computer, export ' +
    'them to a file and import them there.',
  '<b>What you can do</b>',
  'Pin notes to a whole page, or select text first to attach a note to that passage.',
  'Search all your notes from the toolbar button, by word or by website.',
  'Give notes one of five colours, and filter by colour.',
  'Export everything as a Markdown or JSON file, and import it again.',
  '<b>Good to know</b>',
  'Notes are matched to pages by address. If a site changes its addresses, open the toolbar list and use “Move notes” to reattach ' +
    'them. Notes attached to a passage fall back to the whole page if the passage has been edited.',
  'Notes are stored per Firefox profile. Private windows can read your notes but never save new ones, so nothing you write in a ' +
    'private window is kept after you close it. Deleting the add-on deletes your notes, so export them first if you want to keep them.',
  '<b>Permissions</b>',
  'Margin Notes asks to read and change data on all websites because it has to draw the note tab on every page you open. It only ' +
    'reads the page address and, when you attach a note to a passage, the selected text. It asks to download files only so that it ' +
    'can save your exports, and to show notifications only to confirm that an export or import has finished.',
  'Margin Notes is free and open source. Bug reports and translations are very welcome on the support site.',
];
const amListStart = 4;
const amListEnd = 8;
const amNav = ['Extension Workshop', 'Developer Hub', 'Log in'];
const amSections = ['Explore', 'Extensions', 'Themes', 'More…'];
const amMore = ['for Firefox', 'Dictionaries & Language Packs', 'Other Browser Sites', 'Add-ons for Android'];
const amNotice = 'This add-on is not actively monitored for security by Mozilla. Make sure you trust it before installing.';
const amMeta = [
  ['3,127', 'Users'],
  ['94', 'Reviews'],
  ['4.6 Stars', 'Average rating'],
] as const;
const amBars = [
  ['5', '71'],
  ['4', '15'],
  ['3', '4'],
  ['2', '1'],
  ['1', '3'],
] as const;
const amInfo = [
  ['Version', '3.0.4'],
  ['Size', '212.6 KB'],
  ['Related Categories', 'Bookmarks'],
  ['License', 'Mozilla Public License 2.0'],
  ['Privacy Policy', 'Read the privacy policy for this add-on'],
  ['Version History', 'See all versions'],
] as const;
const amLinks = ['Homepage', 'Support site', 'Support Email'];
const amPerms = ['Access your data for all websites', 'Download files and read and modify the browser’s download history', 'Display notifications to you'];
const amNotes = 'Fixed notes disappearing on pages with a # in the address. Export now includes the page title.';
const amByAuthor = [
  ['Quiet Clipboard', '1,044 users'],
  ['Reading Ruler', '688 users'],
] as const;
const amFootCols = ['Add-ons', 'Firefox', 'Browsers', 'Products'];
const amFoot = [
  'About',
  'Firefox Add-ons Blog',
  'Extension Workshop',
  'Developer Policies',
  'Community Blog',
  'Forum',
  'Report a bug',
  'Review Guide',
  'Desktop',
  'Mobile',
  'Enterprise',
  'VPN',
  'Relay',
  'Monitor',
];
const amLegal = ['Privacy', 'Cookies', 'Legal'];
const amLicence =
  'Except where otherwise noted, content on this site is licensed under the Creative Commons Attribution Share-Alike License v3.0 or any later version.';
const amCard = (head: string, inner: string, cls: string): string =>
  `<section class="Card ${cls}"><header class="Card-header"><div class="Card-header-text">${head}</div></header><div
class="Card-contents">${inner}</div></section>`;
const amDescHtml = [
  ...amDesc.slice(0, amListStart).map((t) => `${t}<br><br>`),
  `<ul>${amDesc
    .slice(amListStart, amListEnd)
    .map((t) => `<li>${t}</li>`)
    .join('')}</ul>`,
  ...amDesc.slice(amListEnd).map((t) => `${t}<br><br>`),
].join('\n');
const amHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charset="utf-8"><title>Margin Notes – Get this Extension for 🦊 Firefox (en-US)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Download Margin Notes for Firefox. ${amSummary}">
<meta property="og:type" content="website"><meta property="og:title" content="Margin Notes – Get this Extension for 🦊 Firefox (en-US)">
<link rel="canonical" href="https://addons.mozilla.example/en-US/firefox/addon/margin-notes/">
<link rel="stylesheet" href="https://addons-amo.cdn.mozilla.example/static-frontend/amo-2a1f4c9e.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebApplication","name":"${amName}","operatingSystem":"Firefox","version":"3.0.4",
"aggregateRating":{"@type":"AggregateRating","ratingCount":94,"ratingValue":4.6},"offers":{"@type":"Offer","price":0}}</script></head>
<body class="noscript"><div id="react-view"><div class="Page-amo Page-addon-detail"><header class="Header"><div class="Header-wrapper">
<div class="Header-content"><a class="Header-title" href="/en-US/firefox/"><span class="visually-hidden">Firefox Browser Add-ons</span></a></div>
<ul class="Header-user-and-external-links"><li><a class="Header-extension-workshop-link" href="https://extensionworkshop.example/">${amNav[0]}</a></li>
<li><a class="Header-developer-hub-link" href="/en-US/developers/">${amNav[1]}</a></li><li><a class="Button Header-authenticate-button"
href="#login">${amNav[2]}</a></li>
</ul><nav class="SectionLinks Header-SectionLinks"><ul>${amSections
  .map(
    (t) => `<li><a class="SectionLinks-link"
href="/${t.length}">${t}</a></li>`,
  )
  .join('')}</ul>
<ul class="DropdownMenu-items" hidden>${links(amMore, 'DropdownMenuItem')}</ul></nav><form class="SearchForm Header-search-form" role="search">
<label class="visually-hidden" for="AutoSearchInput-q">Search</label><input id="AutoSearchInput-q" placeholder="Find add-ons"></form></div></header>
<div class="Page-content"><div class="Addon Addon-extension"><div class="Notice Notice-warning Addon-non-recommended-warning"><div class="Notice-column">
<p class="Notice-text">${amNotice} <a href="https://support.mozilla.example/kb/add-on-badges">Learn more</a></p></div></div>
<section class="Card Addon-header-info-card Card--no-footer"><div class="Card-contents"><header class="Addon-header"><div class="Addon-info">
<div class="Addon-icon"><img class="Addon-icon-image" alt="Preview of Margin Notes" src="/icon-64.png"></div><h1 class="AddonTitle">${amName}<span
class="AddonTitle-author"> by <a href="/en-US/firefox/user/17712804/">Ines Valdivia</a></span></h1><p class="Addon-summary">${amSummary}</p>
<div class="GetFirefoxButton"><a class="Button Button--action GetFirefoxButton-button" href="https://www.mozilla.example/firefox/new/">Download Firefox and
get the
extension</a></div><a class="GetFirefoxButton-callout" href="/addon/margin-notes/file/latest.xpi">Download file</a></div></header>
<div class="AddonMeta"><div class="AddonMeta-overallRating">${amMeta
  .map(
    ([v, k]) => `<dl class="MetadataCard-list"><dd class="MetadataCard-content">${v}</dd>
<dt class="MetadataCard-title">${k}</dt></dl>`,
  )
  .join('')}</div><div class="RatingsByStar">${amBars
  .map(
    ([s, n]) => `<a class="RatingsByStar-row" href="/reviews/?score=${s}">
<div class="RatingsByStar-star">${s}</div><div class="RatingsByStar-barContainer"></div><div class="RatingsByStar-count">${n}</div></a>`,
  )
  .join('')}</div></div></div></section>
<div class="Addon-details"><div class="Addon-main-content">
${amCard('Screenshots', '<ol class="ScreenShots-list"><li><img alt="" src="/s1.png"></li></ol>', 'Addon-screenshots')}
${amCard('About this extension', `<div class="AddonDescription-contents">${amDescHtml}</div>`, 'AddonDescription ShowMoreCard')}
${amCard(
  'Rate your experience',
  `<p class="AddonReviewCard-prompt">How are you enjoying <b>${amName}</b>?</p><a class="Button Button--action" href="#login">Log in to
rate this extension</a><p class="RatingManager-legend">There are no ratings yet</p>`,
  'AddonReviewManager',
)}
<div class="ReportAbuseButton"><a class="Button Button--neutral" href="/feedback/addon/margin-notes/">Report this add-on</a></div>
${amCard(
  'Permissions and data',
  `<a href="https://support.mozilla.example/kb/permission-request-messages-firefox-extensions">Learn more</a><p class="PermissionsCard-subhead">
Required permissions:</p><ul class="PermissionsCard-list">${amPerms.map((t) => `<li class="Permission">${t}</li>`).join('')}</ul>`,
  'PermissionsCard',
)}
${amCard(
  'More information',
  `<dl class="AddonMoreInfo-dl"><dt>Add-on Links</dt><dd><ul>${links(amLinks)}</ul></dd>${amInfo.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}
<dt>Last updated</dt><dd>9 days ago (Nov 6, 2025)</dd><dt>Add to collection</dt><dd><select><option>Select a collection…</option></select></dd></dl>`,
  'AddonMoreInfo',
)}
${amCard('Release notes for 3.0.4', `<div class="AddonDescription-version-notes">${amNotes}</div>`, 'AddonDescription-version-notes-card')}</div>
${amCard(
  'More extensions by Ines Valdivia',
  `<ul class="AddonsCard-list">${amByAuthor
    .map(
      ([n, u]) => `<li class="SearchResult"><h2 class="SearchResult-name"><a
href="/addon/${u.length}">${n}</a></h2><div class="SearchResult-users">${u}</div></li>`,
    )
    .join('')}</ul>`,
  'AddonsByAuthorsCard',
)}</div></div></div>
<footer class="Footer"><div class="Footer-wrapper"><a class="Footer-mozilla-logo-link" href="https://www.mozilla.example/"><span class="visually-hidden">Go to
Mozilla’s
homepage</span></a>${amFootCols.map((t) => `<h4 class="Footer-links-header">${t}</h4>`).join('')}<ul>${links(amFoot)}</ul><ul
class="Footer-legal-links">${links(amLegal)}
</ul><p class="Footer-copyright">${amLicence}</p><div class="LanguagePicker"><label for="lang-picker">Change language</label><select id="lang-picker">
<option>English (US)</option></select></div></div></footer></div></div>
<script src="https://addons-amo.cdn.mozilla.example/static-frontend/amo-2a1f4c9e.js" async></script></body></html>`;
const amo: TestPage = {
  html: amHtml,
  name: 'heldout188-mozilla-addons-docs',
  kind: 'docs',
  // the summary under the title is body (a dek) and so is every line of the description, its bold lines included (the
  // description field has no headings); the h1 also holds " by Ines Valdivia", the byline, and "Last updated" is a byline;
  // the notice, metadata, star bars, card headers, permissions, more-information rows, release notes, the "More extensions
  // by" rail and footer are furniture
  title: amName,
  headings: [],
  body: texts([amSummary, ...amDesc]),
  bylines: ['by Ines Valdivia', '9 days ago (Nov 6, 2025)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Firefox Browser Add-ons', ...amNav, ...amSections, ...amMore, 'Search', amNotice, 'Learn more', 'Download Firefox and get the extension',
    'Download file', ...amMeta.flat(), ...amBars.flat(), 'Screenshots', 'About this extension', 'Rate your experience', 'How are you enjoying Margin Notes?',
    'Log in to rate this extension', 'There are no ratings yet', 'Report this add-on', 'Permissions and data', 'Required permissions:', ...amPerms,
    'More information', 'Add-on Links', ...amLinks, ...amInfo.flat(), 'Last updated', 'Add to collection', 'Select a collection…', 'Release notes for 3.0.4',
    amNotes, 'More extensions by Ines Valdivia', ...amByAuthor.flat(), 'Go to Mozilla’s homepage', ...amFootCols, ...amFoot, ...amLegal, amLicence,
    'Change language', 'English (US)',
  ],
};

export const HELDOUT188_F: readonly TestPage[] = [amo, steamGuide];
