import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 86, file b2: a Mozilla Support (SUMO) knowledge-base article for Firefox (the survey announcement bar,
 * the Protocol navigation with "Sign In/Up", breadcrumbs whose last item repeats the title, the product sidebar with the
 * "Customize this article" OS and version selectors, "Table of Contents" and "Related Articles", OS-specific blocks of the
 * article of which the macOS ones are hidden with display:none, a note box, "Was this article helpful?" with its hidden
 * follow-up survey, "These fine people helped write this article:", the volunteer box and the Mozilla footer).
 */
const mzTitle = 'Save pages to read later with the Firefox reading shelf';
const mzIntro = [
  'The reading shelf keeps a list of pages that you want to come back to, separate from your bookmarks and open tabs. Pages on ' +
    'the shelf are saved for offline reading, so you can read them on a train or a plane without a connection.',
  'This article explains how to add pages to the shelf, read them later and clear them out when you’re done.',
];
const mzH = ['Add a page to the reading shelf', 'Read saved pages', 'Remove pages from the shelf', 'Offline copies and storage'];
const mzAdd = ['There are two ways to add the page you’re on:'];
const mzAddList = [
  'Click the shelf icon at the right end of the address bar.',
  'Right-click anywhere on the page and select <span class="menuitem">Save to Reading Shelf</span> from the context menu.',
];
const mzAddMac = [
  'Click the shelf icon at the right end of the address bar.',
  'Hold down the <span class="key">control</span> key while you click the page and select <span class="menuitem">Save to Reading ' +
    'Shelf</span> from the context menu.',
];
const mzAdd2 = ['A page saved to the shelf shows a small check mark on the shelf icon. Click the icon again to remove the page.'];
const mzRead = [
  'Click the menu button <span class="button">≡</span> to open the menu panel.',
  'Click <span class="menuitem">Reading Shelf</span>. The shelf opens in the sidebar.',
  'Click a page to open it in the current tab.',
];
const mzReadKey = [
  'You can also open the shelf with the keyboard shortcut <span class="key">Ctrl</span> + <span class="key">Shift</span> + ' + '<span class="key">S</span>.',
];
const mzReadKeyMac = [
  'You can also open the shelf with the keyboard shortcut <span class="key">command</span> + <span class="key">Shift</span> + ' + '<span class="key">S</span>.',
];
const mzRead2 = [
  'Pages open in Reader View when Firefox can simplify them. Use the Reader View toolbar to change the font size and colours, or ' +
    'to have the page read aloud.',
];
const mzNote =
  '<strong>Note:</strong> If you’re signed in to your Mozilla account, the list of pages on your shelf is synced to your other ' +
  'devices. Only the list is synced; each device downloads its own offline copy the first time you open the shelf there.';
const mzRemove = [
  'Pages that you’ve finished reading move to the <em>Read</em> section at the bottom of the shelf. To remove a page straight ' +
    'away, hover over it in the sidebar and click the <span class="button">X</span> button next to it.',
  'To clear the whole shelf:',
];
const mzClear = [
  'Click the menu button <span class="button">≡</span> and select <span class="menuitem">Settings</span>.',
  'Select the <span class="menuitem">Privacy &amp; Security</span> panel.',
  'Scroll down to the <em>Reading Shelf</em> section and click <span class="button">Clear Shelf…</span>.',
];
const mzStorage = [
  'Each saved page takes up about as much space as the page does in your browser cache, usually less than 2 MB. Firefox keeps ' +
    'offline copies of up to 200 pages. When the shelf is full, the oldest pages in the <em>Read</em> section are removed first.',
  'Offline copies are deleted when you clear your browsing data for the site that the page came from, but the page stays on the ' +
    'shelf and is downloaded again the next time you open it.',
];
const mzSurvey = ['Help us improve Mozilla Support. Take our two-minute survey.', 'Take the survey', 'No thanks'];
const mzNav = ['Explore Help Articles', 'Community Forum', 'Ask a Question', 'Contribute'];
const mzOs = ['Windows 10', 'Windows 8', 'Windows 7', 'macOS', 'Linux'];
const mzVersions = ['Firefox 145', 'Firefox 144', 'Firefox 143'];
const mzRelated = ['Reader View for clutter-free web pages', 'Bookmarks in Firefox', 'Use Firefox offline'];
const mzVote = ['Was this article helpful?', 'Yes', 'No'];
const mzVoteHidden = [
  'Thank you! We hope this article was helpful.',
  'Did you have a problem with this article?',
  'It’s confusing.',
  'It’s outdated.',
  'It doesn’t solve my problem.',
  'Submit',
];
const mzPeople = ['tarn_moz', 'Lindqvist', 'ebowe', 'kestrel.j'];
const mzVolunteer = ['Volunteer', 'Grow and share your expertise with others. Answer questions and improve our knowledge base.', 'Learn More'];
const mzFoot: [string, string[]][] = [
  ['Get Help', ['Firefox', 'Firefox for Android', 'Firefox for iOS', 'Mozilla VPN', 'Thunderbird']],
  ['Contribute', ['Answer questions', 'Write articles', 'Localize content']],
  ['Mozilla', ['About', 'Contact Us', 'Privacy', 'Cookies', 'Legal', 'Community Participation Guidelines']],
];
const mzFootText = [
  'Visit Mozilla Corporation’s not-for-profit parent, the Mozilla Foundation.',
  'Portions of this content are ©1998–2025 by individual mozilla.org contributors. Content available under a Creative Commons license.',
];
const mzLis = (a: readonly string[]): string => a.map((p) => `<li>${p}</li>`).join('\n');
const mzPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const mzId = (t: string): string => `w_${t.toLowerCase().replace(/[^a-z]+/g, '-')}`;
const mzFor = (os: string, inner: string): string => `<div class="for" data-for="${os}"${os === 'mac' ? ' style="display: none;"' : ''}>\n${inner}\n</div>`;
const mzFootCol = ([h, items]: [string, string[]]): string => `<div class="mzp-c-footer-section"><h2 class="mzp-c-footer-heading">${h}</h2>
<ul class="mzp-c-footer-list">${links(items)}</ul></div>`;
const mzHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr" class="no-js" data-gtm-container-id="GTM-NMKKF2M" data-ga-content-group="kb-article"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${mzTitle} | Firefox Help</title><meta name="description" content="Keep a list of pages to read later, even offline.">
<meta property="og:title" content="${mzTitle} | Firefox Help"><meta property="og:site_name" content="Mozilla Support">
<link rel="canonical" href="https://support.mozilla.example/en-US/kb/reading-shelf-save-pages-read-later">
<link rel="stylesheet" href="/static/screen-sumo.2f9c1a7e.css"><script src="/static/gtm-snippet.bundle.js" async></script>
<script type="application/json" class="data" id="kb-data">{"product":"firefox","topics":["browse","tips"],"document_id":84213,"locale":"en-US"}</script>
</head>
<body class="html-ltr kb-document document" data-readonly="false" data-ga-article-locale="en-US" data-ga-products="/firefox/" data-for-os="win">
<div id="announce-banner" class="announce-bar mzp-c-notification-bar mzp-t-click"><p>${mzSurvey[0]}</p>
<a class="mzp-c-button mzp-t-secondary mzp-t-md" href="https://survey.mozilla.example/sumo">${mzSurvey[1]}</a>
<button class="mzp-c-notification-bar-button" type="button">${mzSurvey[2]}</button></div>
<header class="mzp-c-navigation sumo-nav" data-ga-click-type="navigation"><div class="mzp-c-navigation-l-content sumo-nav--container">
<a class="sumo-nav--logo" href="/en-US/"><img src="/static/sumo/img/mozilla-support.5d8b2c0e.svg" alt="Mozilla Support Logo"></a>
<div class="mzp-c-navigation-items sumo-nav--list-wrap" id="main-navigation"><nav class="mzp-c-menu mzp-is-basic" aria-label="Main">
<ul class="mzp-c-menu-category-list sumo-nav--list">${links(mzNav, 'mzp-c-menu-category sumo-nav--item')}</ul></nav>
<div class="sumo-nav--search"><form action="/en-US/search" method="get" class="simple-search-form" role="search"><input type="search" name="q"
class="searchbox" placeholder="Search Support" aria-label="Search Support"></form></div>
<div class="sumo-nav--auth"><a class="sumo-button button-sm" href="/en-US/users/auth">Sign In/Up</a></div></div></div></header>
<div class="sumo-page-section--inner"><div class="sumo-page-section breadcrumbs-section"><nav class="breadcrumbs" aria-label="Breadcrumbs">
<ol id="main-breadcrumbs" class="breadcrumbs--list"><li><a href="/en-US/">Support</a></li><li><a href="/en-US/products/firefox">Firefox</a></li>
<li><a href="/en-US/products/firefox/browse">Browse</a></li><li>${mzTitle}</li></ol></nav></div></div>
<main role="main" class="sumo-page-section--inner"><div class="sumo-l-two-col sidebar-on-left align-center">
<aside id="sidebar" class="sumo-l-two-col--sidebar"><div class="product-title"><img class="product-title--icon" alt="Firefox logo"
src="/static/products/img/product_placeholder.png"><div class="product-title--text"><h2 class="sumo-page-subheading">Firefox</h2>
<p class="sumo-page-subtitle">Browse</p></div></div>
<div class="document--aside-showfor"><h3 class="sidebar-subheading">Customize this article</h3>
<div class="mzp-c-field-control"><label for="id_os" class="visually-hidden">Operating system</label><select id="id_os" data-ui-type="os">
${mzOs.map((t, i) => `<option value="os${i}"${i === 0 ? ' selected' : ''}>${t}</option>`).join('\n')}</select></div>
<div class="mzp-c-field-control"><label for="id_ver" class="visually-hidden">Firefox version</label><select id="id_ver" data-ui-type="version">
${mzVersions.map((t, i) => `<option value="fx${145 - i}"${i === 0 ? ' selected' : ''}>${t}</option>`).join('\n')}</select></div></div>
<nav class="toc-nav" aria-label="Table of Contents"><h3 class="sidebar-subheading">Table of Contents</h3><ul class="sidebar-nav--list">
${mzH.map((t) => `<li><a href="#${mzId(t)}">${t}</a></li>`).join('\n')}</ul></nav>
<section class="sidebar-related"><h3 class="sidebar-subheading">Related Articles</h3><ul class="related-documents">
${links(mzRelated, 'related-documents--item')}</ul></section></aside>
<article class="sumo-l-two-col--main wiki-doc" id="document-content" data-document-id="84213">
<div class="document--header"><h1 class="sumo-page-heading">${mzTitle}</h1></div>
<section id="doc-content" class="document--content" data-ga-click-type="article-link">
${mzPs(mzIntro)}
<h2 id="${mzId(mzH[0]!)}">${mzH[0]}</h2>
${mzPs(mzAdd)}
${mzFor('win,linux', `<ul>${mzLis(mzAddList)}</ul>`)}
${mzFor('mac', `<ul>${mzLis(mzAddMac)}</ul>`)}
${mzPs(mzAdd2)}
<h2 id="${mzId(mzH[1]!)}">${mzH[1]}</h2>
<ol>${mzLis(mzRead)}</ol>
${mzFor('win,linux', mzPs(mzReadKey))}
${mzFor('mac', mzPs(mzReadKeyMac))}
<p><img class="wiki-image frameless" alt="Fx145-ReadingShelf-Sidebar" src="https://assets-prod.sumo.mozilla.example/kb/shelf-sidebar.png" width="520"></p>
${mzPs(mzRead2)}
<section class="note"><p>${mzNote}</p></section>
<h2 id="${mzId(mzH[2]!)}">${mzH[2]}</h2>
${mzPs(mzRemove)}
<ol>${mzLis(mzClear)}</ol>
<h2 id="${mzId(mzH[3]!)}">${mzH[3]}</h2>
${mzPs(mzStorage)}
</section>
<div class="document-vote"><form class="document-vote--form helpful-form" action="/en-US/kb/reading-shelf/vote" method="post">
<input type="hidden" name="csrfmiddlewaretoken" value="k3Jx"><h4 class="document-vote--heading">${mzVote[0]}</h4>
<div class="document-vote--buttons"><button class="sumo-button button-sm helpful-button" name="helpful" value="Yes">${mzVote[1]}</button>
<button class="sumo-button button-sm not-helpful-button" name="not-helpful" value="No">${mzVote[2]}</button></div></form>
<div class="document-vote--survey" hidden><p class="survey-thanks">${mzVoteHidden[0]}</p><p>${mzVoteHidden[1]}</p><ul class="survey-reasons">
${mzVoteHidden
  .slice(2, 5)
  .map((t) => `<li><label><input type="radio" name="unhelpful-reason">${t}</label></li>`)
  .join('\n')}</ul>
<button type="submit" class="sumo-button">${mzVoteHidden[5]}</button></div></div>
<section class="document--contributors"><p class="document--contributors-label">These fine people helped write this article:</p>
<ul class="contributors--list">${mzPeople.map((t) => `<li><a href="/en-US/user/${t}/">${t}</a></li>`).join('\n')}</ul></section>
<section class="sumo-card volunteer-card"><h3 class="sumo-card-heading">${mzVolunteer[0]}</h3><p>${mzVolunteer[1]}</p>
<a class="sumo-button primary-button" href="/en-US/contribute">${mzVolunteer[2]}</a></section>
</article></div></main>
<footer class="mzp-c-footer"><div class="mzp-l-content"><nav class="mzp-c-footer-primary"><div class="mzp-c-footer-primary-logo">
<a href="https://www.mozilla.example/">Mozilla</a></div><div class="mzp-c-footer-sections">
${mzFoot.map(mzFootCol).join('\n')}</div></nav>
<nav class="mzp-c-footer-secondary"><div class="mzp-c-language-switcher"><label for="mzp-c-language-switcher-select">Language</label>
<select id="mzp-c-language-switcher-select"><option value="en-US" selected>English</option><option value="de">Deutsch</option>
<option value="fr">Français</option></select></div><div class="mzp-c-footer-legal"><p class="mzp-c-footer-license">${mzFootText[0]}<br>
${mzFootText[1]}</p></div></nav></div></footer>
<script src="/static/sumo.1c3e77ab.js"></script><script src="/static/showfor.80f2e4d9.js"></script></body></html>`;

export const mozillaSupport: TestPage = {
  name: 'heldout86-mozilla-support-docs',
  kind: 'docs',
  // the article is shown for Windows: the macOS blocks (display:none) are in neither list; the screenshot's alt text is in
  // neither list; the note box is body; the last breadcrumb repeats the title and the "Table of Contents" entries repeat the
  // headings, so both are left out; the contributors' user names are bylines
  html: mzHtml,
  title: mzTitle,
  headings: mzH,
  body: texts([...mzIntro, ...mzAdd, ...mzAddList, ...mzAdd2, ...mzRead, ...mzReadKey, ...mzRead2, mzNote, ...mzRemove, ...mzClear, ...mzStorage]),
  bylines: mzPeople,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      ...mzSurvey, ...mzNav, 'Sign In/Up', 'Support', 'Firefox', 'Browse', 'Customize this article', 'Operating system', ...mzOs, 'Firefox version',
      ...mzVersions, 'Table of Contents', 'Related Articles', ...mzRelated, ...mzVote, ...mzVoteHidden, 'These fine people helped write this article:',
      ...mzVolunteer, 'Mozilla', ...mzFoot.flatMap(([h, items]) => [h, ...items]), 'Language', 'English', 'Deutsch', 'Français', ...mzFootText,
    ]),
  ],
};
