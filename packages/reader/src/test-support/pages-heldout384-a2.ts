import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout384-kit.js';

/**
 * Held-out batch 384, file a2: a Firefox Browser Add-ons (addons.mozilla.org) extension page, as the React frontend saves it:
 * the AMO header with its site links and search, the AddonTitle h1 that carries " by <author>" in a span, summary, install
 * button, AddonMeta counts, permissions card, the "About this extension" ShowMoreCard, rating card, screenshots, the "More
 * information" list, "More extensions by" rail and the Mozilla footer.
 */
const fName = 'Inkwell Highlighter';
const fSummary = 'Highlight passages on any web page, add short notes in the margin and find them again from one searchable list.';
const fBody = [
  j(
    'Inkwell turns the web into something you can mark up like a paperback. Select a sentence, press the highlighter button that appears',
    'next to it and pick one of five colours. The highlight is still there the next time you open the page, even after the site has',
    'rearranged its layout.',
  ),
  '<b>Why another highlighter?</b>',
  j(
    'I wrote Inkwell during my final year at university because the tools I tried either wanted an account, sent my reading history to',
    'a server, or lost every highlight as soon as a news site changed a single class name. Inkwell anchors each highlight to the words',
    'around it rather than to the page structure, so it survives most redesigns.',
  ),
  '<b>Features</b>',
  'Five colours with names you can change, such as "Quote", "Question" or "Check later".',
  'Margin notes of up to 500 characters, shown when you hover over the highlight.',
  'A sidebar that lists every highlight on the current page, in reading order.',
  'A library page that searches all your highlights across every site you have marked.',
  'Export to Markdown or plain text, with the page title and address above each group.',
  '<b>Where your highlights live</b>',
  j(
    "Everything is kept in the extension's own storage inside your Firefox profile. Nothing is uploaded. If you use Firefox Sync you",
    'can switch on the optional "Sync highlights" setting, which stores them in your encrypted sync data and nowhere else.',
  ),
  j(
    'The extension asks for access to your data on all websites because a highlight can be made on any page. It only reads the text',
    'you select and the few words around it, and only at the moment you highlight or reopen a page that already has highlights.',
  ),
  '<b>Known limits</b>',
  j(
    'Highlights inside PDF files opened in the built-in viewer are not supported yet. Pages that rebuild their text each time you scroll,',
    'such as some chat apps, may lose highlights; Inkwell will mark those as "could not be placed" in the library so you can still read them.',
  ),
  j("Bug reports and ideas are very welcome on the project's issue tracker. Inkwell is free software under the MPL 2.0 and will", 'stay free.'),
];
const fNav = ['Extension Workshop', 'Developer Hub', 'Register or Log in', 'Explore', 'Extensions', 'Themes', 'More…'];
const fMoreBy = ['Inkwell Reading Timer', 'Tidy Quotes'];
const fFootA = ['Add-ons', 'About', 'Firefox Add-ons Blog', 'Extension Workshop', 'Developer Hub', 'Developer Policies', 'Community Blog', 'Forum'];
const fFootB = ['Browsers', 'Desktop', 'Mobile', 'Enterprise', 'Products', 'Mozilla VPN', 'Pocket', 'Privacy', 'Cookies', 'Legal'];
const fHtml = `<!DOCTYPE html><html lang="en-US" dir="ltr"><head><meta charset="utf-8">
<title>${fName} – Get this Extension for 🦊 Firefox (en-US)</title>
<meta name="description" content="Download ${fName} for Firefox. ${fSummary}">
<meta property="og:type" content="website"><meta property="og:url" content="https://addons.mozilla.org/en-US/firefox/addon/inkwell-highlighter/">
<meta property="og:title" content="${fName} – Get this Extension for 🦊 Firefox (en-US)"><meta property="og:locale" content="en-US">
<link rel="canonical" href="https://addons.mozilla.org/en-US/firefox/addon/inkwell-highlighter/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebApplication","name":"${fName}","url":
"https://addons.mozilla.org/en-US/firefox/addon/inkwell-highlighter/","applicationCategory":"http://schema.org/OtherApplication",
"operatingSystem":"Firefox","aggregateRating":{"@type":"AggregateRating","ratingCount":96,"ratingValue":4.6},"version":"2.4.0"}</script>
<link href="/static-frontend/amo-2f8c1b.css" rel="stylesheet"></head>
<body class="noJS"><div id="react-view"><div class="App-wrapper"><div class="Page-amo"><header class="Header">
<div class="Notice Notice-warning GetFirefoxBanner"><div class="Notice-text">To use these add-ons, you'll need to download Firefox</div></div>
<div class="Header-wrapper"><div class="Header-content"><a class="Header-title" href="/en-US/firefox/">Firefox Browser Add-ons</a></div>
<ul class="Header-user-and-external-links">${links(fNav.slice(0, 3))}</ul>
<nav class="SectionLinks Header-SectionLinks"><ul class="SectionLinks-list">${links(fNav.slice(3), 'SectionLinks-item')}</ul></nav>
<form class="SearchForm Header-search-form" action="/en-US/firefox/search/"><label class="visually-hidden">Search</label>
<input class="AutoSearchInput-query" placeholder="Find add-ons" type="search"></form></div></header>
<div class="Page Page-not-homepage"><div class="Page-content"><div class="Addon Addon-extension" data-site-identifier="2411873">
<div class="Addon-header-wrapper"><section class="Card Addon-header-info-card Card--no-header"><div class="Card-contents">
<header class="Addon-header"><div class="Addon-icon"><img class="Addon-icon-image" alt="Preview of ${fName}"
src="https://addons.mozcdn.example/user-media/addon_icons/2411/2411873-64.png"></div>
<div class="Addon-info"><div class="AddonTitle-wrapper"><h1 class="AddonTitle">${fName}<span class="AddonTitle-author"> by
<a href="/en-US/firefox/user/17630254/">Odile Fenwick</a></span></h1></div>
<p class="Addon-summary">${fSummary}</p>
<div class="Badge Badge-recommended"><span class="Badge-content">Recommended</span></div>
<div class="AddonInstallButton"><a class="InstallButtonWrapper-download-link Button Button--action" href="#">Add to Firefox</a></div>
</div></header></div></section>
<section class="Card AddonMeta Card--no-header"><div class="Card-contents"><div class="AddonMeta-overallRating">
<dl class="MetadataCard"><div class="MetadataCard-list"><dd class="MetadataCard-content">8,214</dd><dt class="MetadataCard-title">Users</dt></div>
<div class="MetadataCard-list"><dd class="MetadataCard-content"><a href="/en-US/firefox/addon/inkwell-highlighter/reviews/">96</a></dd>
<dt class="MetadataCard-title"><a href="/en-US/firefox/addon/inkwell-highlighter/reviews/">Reviews</a></dt></div>
<div class="MetadataCard-list"><dd class="MetadataCard-content">4.6 Stars</dd><dt class="MetadataCard-title">4.6 out of 5</dt></div></dl>
</div></div></section></div>
<div class="Addon-details"><div class="Addon-main-content">
<section class="Card PermissionsCard Card--expanded"><header class="Card-header"><div class="Card-header-text">Permissions and data</div></header>
<div class="Card-contents"><p class="PermissionsCard-subhead">This add-on needs to:</p><ul class="PermissionsCard-list--required">
<li class="Permission">Access your data for all websites</li><li class="Permission">Display notifications to you</li></ul>
<a class="PermissionsCard-learn-more" href="https://support.mozilla.example/kb/permission-request-messages-firefox-extensions">Learn more</a></div>
</section>
<section class="Card ShowMoreCard AddonDescription ShowMoreCard--expanded"><header class="Card-header"><h2 class="Card-header-text">About this
extension</h2></header><div class="Card-contents"><div class="ShowMoreCard-contents"><div class="AddonDescription-contents">
${ps(fBody.slice(0, 3))}
${ps(fBody.slice(3, 4))}
<ul>${fBody
  .slice(4, 9)
  .map((l) => `<li>${l}</li>`)
  .join('\n')}</ul>
${ps(fBody.slice(9))}
</div></div></div></section>
<section class="Card AddonReviewCard"><header class="Card-header"><div class="Card-header-text">Rate your experience</div></header>
<div class="Card-contents"><p class="AddonReviewCard-prompt">How are you enjoying ${fName}?</p>
<a class="Button Button--action" href="/en-US/firefox/users/login">Log in to rate this extension</a>
<a class="ReportAbuseButton-show-more" href="/en-US/feedback/addon/inkwell-highlighter/">Report this add-on</a></div></section>
<section class="Card Addon-screenshots Card--no-footer"><header class="Card-header"><h2 class="Card-header-text">Screenshots</h2></header>
<div class="Card-contents"><ol class="ScreenShots-list"><li><img alt="Highlights in three colours on a news article"
src="https://addons.mozcdn.example/user-media/previews/thumbs/301/301442.png"></li></ol></div></section>
<section class="Card AddonMoreInfo"><header class="Card-header"><h2 class="Card-header-text">More information</h2></header>
<div class="Card-contents"><dl class="DefinitionList AddonMoreInfo-dl">
<dt>Add-on Links</dt><dd><ul class="AddonMoreInfo-links"><li><a href="https://inkwell.example">Homepage</a></li>
<li><a href="https://inkwell.example/issues">Support site</a></li></ul></dd>
<dt>Version</dt><dd class="AddonMoreInfo-version">2.4.0</dd><dt>Size</dt><dd class="AddonMoreInfo-filesize">188.6 KB</dd>
<dt>Last updated</dt><dd class="AddonMoreInfo-last-updated">a month ago (Jan 30, 2026)</dd>
<dt>Related Categories</dt><dd><ul class="AddonMoreInfo-related-categories-list"><li><a href="/en-US/firefox/extensions/category/other/">Other</a></li>
<li><a href="/en-US/firefox/extensions/category/search-tools/">Search Tools</a></li></ul></dd>
<dt>License</dt><dd class="AddonMoreInfo-license"><a href="https://www.mozilla.example/MPL/2.0/">Mozilla Public License 2.0</a></dd>
<dt>Version History</dt><dd><a href="/en-US/firefox/addon/inkwell-highlighter/versions/">See all versions</a></dd>
<dt>Add to collection</dt><dd><select class="CollectionManager-select"><option>Select a collection…</option></select></dd></dl></div></section>
</div><section class="Card AddonsByAuthorsCard"><header class="Card-header"><h2 class="Card-header-text">More extensions by Odile Fenwick</h2></header>
<ul class="AddonsCard-list">${links(fMoreBy, 'SearchResult')}</ul></section></div></div></div></div>
<footer class="Footer"><div class="Footer-wrapper"><div class="Footer-mozilla-link-wrapper"><a class="Footer-mozilla-link" href="https://mozilla.example/">Go to
Mozilla's homepage</a></div><section class="Footer-amo-links"><h4 class="Footer-links-header">Add-ons</h4>
<ul class="Footer-links">${links(fFootA.slice(1))}</ul></section>
<section class="Footer-links-browsers"><ul class="Footer-links">${links(fFootB)}</ul></section>
<p class="Footer-legal-text">Except where otherwise noted, content on this site is licensed under the Creative Commons Attribution Share-Alike License v3.0 or
any
later version.</p><div class="LanguagePicker"><label class="LanguagePicker-header">Change language</label><select class="LanguagePicker-selector"><option
selected>English (US)</option></select></div></div></footer></div></div></div>
<script>window.__INITIAL_STATE__ = {"addons":{"byID":{"2411873":{"slug":"inkwell-highlighter","type":"extension"}}},"api":{"lang":"en-US"}};</script>
<script async src="/static-frontend/amo-a71e3d.js"></script></body></html>`;
export const firefoxAddons: TestPage = {
  name: 'heldout384-firefox-addons-extension',
  kind: 'docs',
  html: fHtml,
  title: fName,
  headings: ['About this extension'],
  body: texts([fSummary, ...fBody]),
  bylines: ['Odile Fenwick', 'a month ago (Jan 30, 2026)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "To use these add-ons, you'll need to download Firefox", 'Firefox Browser Add-ons', ...fNav, 'Recommended', 'Add to Firefox', '8,214', 'Users',
    'Reviews', '4.6 Stars', '4.6 out of 5', 'Permissions and data', 'This add-on needs to:', 'Access your data for all websites',
    'Display notifications to you', 'Learn more', 'Rate your experience', 'How are you enjoying Inkwell Highlighter?', 'Log in to rate this extension',
    'Report this add-on', 'Screenshots', 'More information', 'Add-on Links', 'Homepage', 'Support site', 'Version', '2.4.0', 'Size', '188.6 KB',
    'Last updated', 'Related Categories', 'Other', 'Search Tools', 'License', 'Version History', 'See all versions', 'Add to collection',
    'Select a collection…', 'More extensions by Odile Fenwick', ...fMoreBy, "Go to Mozilla's homepage", ...fFootA, ...fFootB,
    'Except where otherwise noted, content on this site is licensed under the Creative Commons Attribution Share-Alike License v3.0 or any later version.',
    'Change language', 'English (US)',
  ],
};
