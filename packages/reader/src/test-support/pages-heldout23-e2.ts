import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 23, file e2: a Wikivoyage destination article on the Vector 2022 skin (jump link, the header with the main
 * menu dropdown and its navigation portlets, search and personal tools, the sidebar table of contents with "(Top)" and section
 * numbers, the page banner with the name over the image, the hidden first heading, geo breadcrumbs, the article / discussion /
 * read / edit / history tabs, the Kartographer map with its caption, h2 sections with [edit] links, listings with map markers,
 * phone, hours, price, "(updated ...)" metadata and edit buttons, the article-status box, categories and the footer).
 */
const wvTitle = 'Port Aldwen';
const wvLead = [
  '<b>Port Aldwen</b> is a small harbour town on the coast of <a href="/wiki/Ceredigion">Ceredigion</a> in mid-Wales. Once a ' +
    'busy port for slate and herring, it is now a quiet base for coastal walks, dolphin watching and some of the best fish and ' +
    'chips on Cardigan Bay.',
];
type Section = { h: string; ps?: string[]; list?: string[]; sub?: [string, string[]][] };
const li = (marker: number | null, name: string, rest: string, content: string): string =>
  `${
    marker === null
      ? ''
      : `<span class="listing-marker"><a class="mw-kartographer-maplink" data-zoom="17">
<span class="mw-kartographer-maplink-marker" style="background: #228B22;">${marker}</span></a></span> `
  }` + `<span class="listing-name"><bdi class="fn org listing-name">${name}</bdi></span>${rest}. <span class="listing-content">${content}</span>`;
const wvSections: Section[] = [
  {
    h: 'Understand',
    ps: [
      'The town grew up around a narrow tidal harbour at the mouth of the Afon Aldwen. In the 19th century schooners loaded slate ' +
        'here for Liverpool and Dublin, and the long terraces of painted houses along the quay date from that boom.',
      'Today the population is around 1,800, rising sharply in summer when holiday cottages fill up. Out of season many cafés ' +
        'and shops close or open only at weekends, so check ahead between November and March.',
    ],
  },
  {
    h: 'Get in',
    sub: [
      ['By train', ['The nearest station is Aberystwyth, 14 miles north, with trains from Shrewsbury and Birmingham roughly every two hours.']],
      ['By bus', ['Bus T5 runs between Aberystwyth and Cardigan and stops on the main road above the harbour, about hourly in the daytime.']],
    ],
  },
  {
    h: 'See',
    list: [
      li(
        1,
        'Aldwen Maritime Museum',
        ', Quay Street, ☎ +44 1970 555 0142',
        'A former sail loft with ship models, photographs of the slate trade ' +
          'and a reconstructed fisherman’s cottage. Small but well done. Open Apr–Oct, daily 10:00–17:00; £6, children free',
      ),
      li(
        2,
        'Craig y Frân headland',
        '',
        'A 20-minute walk south of the harbour along the coast path. Bottlenose dolphins are often seen ' +
          'from the benches near the old coastguard lookout, especially on a rising tide.',
      ),
    ],
  },
  {
    h: 'Eat',
    list: [
      li(
        3,
        'The Slate Quay Chippy',
        ', 4 Quay Street',
        'Queues out of the door in August, and worth it. Fish is landed in the harbour ' +
          'when the boats are out. Takeaway only; eat on the sea wall. Cod and chips about £11',
      ),
      li(
        4,
        'Caffi’r Harbwr',
        ', Harbour Square',
        'Bright café in the old harbour master’s office, with Welsh cakes, crab sandwiches ' + 'and good coffee. Closed Mondays in winter',
      ),
    ],
  },
  {
    h: 'Sleep',
    list: [
      li(
        5,
        'Ty Capten Guest House',
        ', 12 Marine Terrace, ☎ +44 1970 555 0198',
        'Five rooms in a captain’s house on the front, three with ' + 'sea views. Generous breakfasts. Doubles from £95',
      ),
    ],
  },
  {
    h: 'Go next',
    list: [
      '<a href="/wiki/Aberystwyth">Aberystwyth</a> — university town with a pier, a cliff railway and the National Library of Wales.',
      '<a href="/wiki/New_Quay">New Quay</a> — busier harbour village to the south, with boat trips to see dolphins and seals.',
    ],
  },
];
const wvMenu = ['Main page', 'Travel destinations', 'Star articles', 'Random page', 'Recent changes', 'Travellers’ pub', 'Help'];
const wvCrumbs = ['Europe', 'Britain and Ireland', 'United Kingdom', 'Wales', 'Ceredigion'];
const wvTabs = ['Article', 'Discussion', 'Read', 'Edit', 'View history'];
const wvCats = ['Usable cities', 'Ceredigion', 'Has map markers', 'Has custom banner'];
const wvFoot = ['Privacy policy', 'About Wikivoyage', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const wvStatus =
  'This city travel guide to Port Aldwen is a usable article. It has information on how to get there and on restaurants and ' +
  'hotels. An adventurous person could use this article, but please feel free to improve it by editing the page.';
const wvLicence = 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.';
const editLink = (h: string, n: number): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Port_Aldwen&amp;action=edit&amp;section=${n}" ` +
  `title="Edit section: ${h}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span>`;
const listingTail =
  ' <span class="listing-metadata"><span class="listing-metadata-items">&nbsp;<span class="listing-lastedit">(updated Mar 2025)</span></span></span>' +
  '<span class="listing-edit-button noprint"> <span class="mw-editsection">[<a href="#">edit</a>]</span></span>';
let sectionNo = 0;
const renderSection = (s: Section): string => {
  sectionNo++;
  const head = `<div class="mw-heading mw-heading2"><h2 id="${s.h.replace(/ /g, '_')}">${s.h}</h2>${editLink(s.h, sectionNo)}</div>`;
  const ps = (s.ps ?? []).map((p) => `<p>${p}</p>`).join('\n');
  const list = s.list ? `<ul>${s.list.map((t) => `<li><bdi class="vcard">${t}${s.h === 'Go next' ? '' : listingTail}</bdi></li>`).join('\n')}</ul>` : '';
  const sub = (s.sub ?? [])
    .map(([h, p]) => {
      sectionNo++;
      return `<div class="mw-heading mw-heading3"><h3 id="${h.replace(/ /g, '_')}">${h}</h3>${editLink(h, sectionNo)}</div>
${p.map((x) => `<p>${x}</p>`).join('')}`;
    })
    .join('\n');
  return `${head}\n${ps}${list}${sub}`;
};
const wvToc = wvSections.map(
  (s, i) => `<li id="toc-${s.h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1">
<a href="#${s.h.replace(/ /g, '_')}" class="vector-toc-link">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${s.h}</span></div></a></li>`,
);
const wvHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Port Aldwen – Travel guide at Wikivoyage</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Port_Aldwen","wgTitle":"Port Aldwen","wgCurRevisionId":4982177,"wgArticleId":188204,"wgIsArticle":true,"wgAction":"view",
"wgCoordinates":{"lat":52.2841,"lon":-4.2263},"wgPageContentModel":"wikitext"};RLPAGEMODULES=["ext.kartographer.link","ext.wikivoyage.pagebanner"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.kartographer.style%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta property="og:title" content="Port Aldwen – Travel guide at Wikivoyage"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Port_Aldwen rootpage-Port_Aldwen
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown" title="Main menu">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true">
<span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header">
<div class="vector-pinnable-header-label">Main menu</div><button class="vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-unpin-button">hide</button></div><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
${wvMenu.map((t) => `<li class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`).join('')}
</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/enwikivoyage.svg" alt="" width="50" height="50">
<span class="mw-logo-container"><img class="mw-logo-wordmark" alt="Wikivoyage"
src="/static/images/mobile/copyright/wikivoyage-wordmark-en.svg"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/w/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Wikivoyage" aria-label="Search Wikivoyage"><button class="cdx-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>
<li id="pt-createaccount"><a href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login"><a href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${wvToc.join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading" style="display:none"><span class="mw-page-title-main">Port Aldwen</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${wvTabs
  .slice(0, 2)
  .map((t) => `<li class="vector-tab-noicon"><a href="#"><span>${t}</span></a></li>`)
  .join('')}</ul></nav>
<nav aria-label="Views"><ul>${wvTabs
  .slice(2)
  .map((t) => `<li class="vector-tab-noicon"><a href="#"><span>${t}</span></a></li>`)
  .join('')}</ul></nav><div class="vector-dropdown" title="More options"><span class="vector-dropdown-label-text">Tools</span></div></div>
<div id="bodyContent" class="vector-body"><div id="contentSub"><div id="mw-content-subtitle"><span class="ext-geocrumbs-breadcrumbs">${wvCrumbs
  .map((t) => `<bdi><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></bdi>`)
  .join(' &gt; ')}</span></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="noprint wpb-topbanner"><h1 class="wpb-name">Port Aldwen</h1>
<span class="mw-default-size"><img src="//upload.wikimedia.example/wikipedia/commons/port-aldwen-banner.jpg"
class="wpb-banner-image" alt="" width="2100" height="300"></span>
<div class="wpb-iconbox"><a href="/wiki/Wikivoyage:Usable_article" title="Usable article">Usable</a></div></div>
<figure class="mw-kartographer-container mw-halign-right"><a class="mw-kartographer-map" data-lat="52.2841" data-lon="-4.2263" data-zoom="14"
href="/wiki/Special:Map/14/52.2841/-4.2263/en">
<img src="https://maps.wikimedia.example/img/osm-intl,14,52.2841,-4.2263,300x300.png" alt="Map" width="300" height="300"></a>
<figcaption>Map of Port Aldwen</figcaption></figure>
${wvLead.map((p) => `<p>${p}</p>`).join('\n')}
${wvSections.map(renderSection).join('\n')}
<div class="article-status noprint"><span class="article-status-icon"></span>${wvStatus}</div>
</div></div><div id="catlinks" class="catlinks" data-mw="interface">
<div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>:
<ul>${wvCats.map((t) => `<li><a href="/wiki/Category:${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></div></div></div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 28 October 2025, at 19:42.</li><li id="footer-info-copyright">${wvLicence}</li></ul>
<ul id="footer-places">${wvFoot.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></footer></div></body></html>`;
export const wikivoyagePage: TestPage = {
  html: wvHtml,
  name: 'heldout23-wikivoyage-destination',
  kind: 'wiki',
  // the lead, each section's paragraphs and the listings (name, address, phone, then the description, as one list item each:
  // the listing is the guide's text) are the body; the map markers' numbers, the listings' "(updated Mar 2025)" metadata and
  // [edit] buttons are not; the h2 and h3 section titles are the headings; the banner's name repeats the title; the last-edited
  // line is the dateline (a byline); the jump link, main menu, logo, search, personal tools, the contents sidebar ("(Top)"; its
  // entries are the headings' words: left out), the tabs, geo breadcrumbs, "Usable" icon, the map caption, "edit" links, the
  // article-status box, categories, licence line and footer are furniture; "Ceredigion" (crumb, category) is listed once
  title: wvTitle,
  headings: wvSections.flatMap((s) => [s.h, ...(s.sub ?? []).map(([h]) => h)]),
  body: [
    ...texts(wvLead),
    ...wvSections.flatMap((s) => [...texts(s.ps ?? []), ...texts(s.list ?? []).map((t) => t.replace(/^\d+ /, '')), ...(s.sub ?? []).flatMap(([, p]) => p)]),
  ],
  bylines: ['This page was last edited on 28 October 2025, at 19:42.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...wvMenu, 'Search', 'Create account', 'Log in', 'Contents', '(Top)',
    ...wvTabs, 'Tools', ...wvCrumbs.filter((t) => t !== 'Ceredigion'), 'Usable', 'Map of Port Aldwen', 'edit', '(updated Mar 2025)', wvStatus,
    'Categories', ...wvCats, wvLicence, ...wvFoot,
  ],
};
