import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 70, file e2: a Mozilla Support (SUMO) knowledge-base article (skip link, the Protocol header with its
 * "Explore Help Articles" / "Ask the Community" / "Contribute" menus and "Sign In/Up", breadcrumbs ending in the title, the
 * product badge and "Table of Contents" sidebar, article meta with the last-updated date and the helpfulness share, the article
 * options menu, a warning and a note section, showfor blocks for Windows / Linux and macOS, the helpful vote, the contributors
 * line, the volunteer card, "Related Articles" with summaries, and the Mozilla footer with language select and licence text).
 */
const mzTitle = 'Clear cookies and site data for one website';
const mzIntro =
  'Websites store cookies and other data on your computer so they can remember you between visits, keep you signed in and save ' +
  'your preferences. If a site is behaving oddly, for example a page won’t load properly or you keep being signed out, clearing ' +
  'the data for that one site often fixes it without touching anything else.';
const mzWarn =
  'Clearing a site’s data signs you out of it and may remove things you saved there without an account, such as a shopping ' +
  'basket or documents kept for offline use.';
const mzH1 = 'Clear data from the address bar';
const mzBar = 'This is the quickest way when you are on the site that’s causing problems.';
const mzSteps1 = [
  'Click the padlock icon to the left of the address.',
  'Click <span class="menu">Clear cookies and site data…</span>',
  'In the dialog that opens, click <span class="button">Remove</span>.',
];
const mzBarAfter = 'Reload the page. If the site still doesn’t work, clear its cached files as well, using the method in the next section.';
const mzH2 = 'Clear data in Settings';
const mzSteps2 = [
  'Click the menu button <span class="button">☰</span> and select <span class="menu">Settings</span>.',
  'Select the <span class="menu">Privacy &amp; Security</span> panel and go to the <em>Cookies and Site Data</em> section.',
  'Click the <span class="button">Manage Data…</span> button. The Manage Cookies and Site Data dialog will appear.',
  'In the <span class="menu">Search websites</span> field, type the name of the site whose data you want to remove.',
  'Select the site and click <span class="button">Remove Selected</span>, then click <span class="button">Save Changes</span>.',
];
const mzWin = 'To go straight to these settings, type <code>about:preferences#privacy</code> in the address bar and press <span class="key">Enter</span>.';
const mzMac = 'To go straight to these settings, type <code>about:preferences#privacy</code> in the address bar and press <span class="key">Return</span>.';
const mzNote = 'Clearing data for one site doesn’t affect your history, bookmarks or saved passwords.';
const mzH3 = 'Stop a site from setting cookies';
const mzBlock =
  'If you never want a site to store data, go back to <em>Cookies and Site Data</em>, click <span class="button">Manage ' +
  'Exceptions…</span>, type the site’s address and click <span class="button">Block</span>. Some sites won’t work properly ' +
  'when they can’t set cookies, so only do this for sites you don’t need to sign in to.';
const mzExplore = ['Firefox', 'Firefox for Android', 'Firefox for iOS', 'Thunderbird', 'Mozilla VPN', 'Browse all products'];
const mzCommunity = ['Ask a Question', 'View all forums'];
const mzContribute = ['Answer questions in the forum', 'Write help articles', 'Localize help content'];
const mzCrumbs = ['Support', 'Browse', 'Firefox', 'Protect your privacy'];
const mzContributors = ['marten.v', 'lucia_r', 'TobiK', 'jsantos'];
const mzRelated: [string, string][] = [
  ['Enhanced Tracking Protection in Firefox for desktop', 'Learn how Firefox blocks trackers and other harmful scripts by default.'],
  ['Websites say cookies are blocked - Unblock them', 'What to do when a site tells you that it needs cookies to work.'],
];
const mzFootCols: [string, string[]][] = [
  ['Get Help', ['Browse All Products', 'Ask a Question', 'Contact Support']],
  ['Contribute', ['Contributor Discussions', 'Contributor Tools']],
];
const mzLegal = ['Website Privacy Notice', 'Cookies', 'Legal', 'Community Participation Guidelines'];
const mzFootText =
  'Visit Mozilla Corporation’s not-for-profit parent, the Mozilla Foundation. Portions of this content are ©1998–2026 by ' +
  'individual mozilla.org contributors. Content available under a Creative Commons license.';
const mzMenu = (title: string, items: readonly string[]): string =>
  `<li class="mzp-c-menu-category mzp-has-drop-down mzp-js-expandable"><a class="mzp-c-menu-title" href="#" aria-haspopup="true">${title}</a>` +
  `<div class="mzp-c-menu-panel"><div class="mzp-c-menu-panel-container"><ul
 class="mzp-c-menu-item-list sumo-nav--sublist">${links(items, 'mzp-c-menu-item')}</ul>` +
  `</div></div></li>`;
const mzHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr" class="no-js" data-gtm-container-id="GTM-NMMZQ3S"><head><meta charset="utf-8">
<title>${mzTitle} | Firefox Help</title><meta name="description" content="Websites store cookies and other data on your computer so they can remember you.">
<link rel="canonical" href="https://support.mozilla.org/en-US/kb/clear-cookies-and-site-data-for-one-website">
<link rel="alternate" hreflang="de" href="https://support.mozilla.org/de/kb/cookies-und-website-daten-fuer-eine-website-loeschen">
<link rel="stylesheet" href="/static/screen-sumo.4f1b2c7d.css"><script src="/static/gtm-snippet.1a2b3c.js"></script></head>
<body class="html-ltr document" data-ga-content-group="kb-article" data-ga-products="/firefox/" data-ga-topics="/privacy-and-security/"
 data-ga-article-locale="/en-US/">
<a href="#main-content" class="sumo-skip-link">Skip to main content</a>
<header class="sumo-nav"><div class="sumo-nav--container"><div class="sumo-nav--logo"><a href="/en-US/"><img src="/static/sumo/img/sumo-logo.3bd0d6b1.svg"
 alt="Mozilla Support Logo"></a></div><button class="sumo-nav--mobile-search-toggle" aria-label="Search">
<svg width="24" height="24" viewBox="0 0 24 24"><path d="M9.5 3a6.5 6.5 0 0 1 6.5 6.5"></path></svg></button>
<nav class="sumo-nav--main-nav" aria-label="Main menu"><ul class="mzp-c-menu-category-list sumo-nav--list">
${mzMenu('Explore Help Articles', mzExplore)}${mzMenu('Ask the Community', mzCommunity)}${mzMenu('Contribute', mzContribute)}</ul></nav>
<div class="sumo-nav--search"><form action="/en-US/search/" method="get" class="simple-search-form"><input type="search" name="q" class="searchbox"
 placeholder="Search Support" aria-label="Search Support"></form></div><div class="sumo-nav--login"><a class="sumo-nav--link"
 href="/en-US/users/auth">Sign In/Up</a></div>
</div></header>
<main id="main-content" role="main" class="sumo-page-section--inner"><div class="sumo-page-section">
<nav class="breadcrumbs" aria-label="Breadcrumbs"><ol class="breadcrumbs--list">
${mzCrumbs.map((t) => `<li><a href="/en-US/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}<li>${mzTitle}</li></ol></nav></div>
<div class="sumo-page-section--inner has-sidebar"><div id="doc-sidebar" class="sidebar-nav sticky-top">
<div class="product-title"><img class="product-title--icon" src="/static/products/img/logo-firefox.svg" alt="Firefox logo"><span
 class="product-title--text">Firefox</span></div>
<nav class="sidebar-nav--toc" aria-labelledby="toc-heading"><h2 id="toc-heading" class="sidebar-subheading">Table of Contents</h2><ul class="sidebar-nav--list">
${[mzH1, mzH2, mzH3]
  .map(
    (t, i) => `<li class="toclevel-1"><a href="#w_${t.toLowerCase().replace(/ /g, '-')}"><span
 class="tocnumber">${i + 1}</span> ${t}</a></li>`,
  )
  .join('')}</ul></nav>
</div>
<article class="wiki-doc"><div class="article-title"><div class="document-heading"><h1 class="sumo-page-heading">${mzTitle}</h1>
<div class="mzp-c-menu-list mzp-t-cta mzp-t-down document-options"><button class="mzp-c-menu-list-title" aria-expanded="false">Article Options</button>
<ul class="mzp-c-menu-list-list"><li class="mzp-c-menu-list-item"><a href="/en-US/kb/clear-cookies-and-site-data-for-one-website/edit">Edit Article</a></li>
<li class="mzp-c-menu-list-item"><a href="/en-US/kb/clear-cookies-and-site-data-for-one-website/history">Show History</a></li></ul></div></div>
<ul class="document--meta-list"><li><img class="icon" src="/static/sumo/img/firefox.svg" alt=""> Firefox</li><li>Last updated: 09/30/2025</li>
<li>84% of users voted this helpful</li></ul></div>
<section id="doc-content">
<p>${mzIntro}</p>
<section class="warning"><p><strong>Warning:</strong> ${mzWarn}</p></section>
<h2 id="w_clear-data-from-the-address-bar">${mzH1}</h2>
<p>${mzBar}</p>
<ol>${mzSteps1.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<p><a href="/en-US/kb/clear-cookies-and-site-data-for-one-website#w_clear-data-from-the-address-bar" class="image"><img class="wiki-image frameless"
 src="/media/uploads/gallery/images/2025-09-30-12-04-18-8c2e1f.png" alt="Fx141ClearCookiesAndSiteData-Panel" width="380"></a></p>
<p>${mzBarAfter}</p>
<h2 id="w_clear-data-in-settings">${mzH2}</h2>
<ol>${mzSteps2.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<div class="for" data-for="win,linux"><p>${mzWin}</p></div>
<div class="for" data-for="mac" style="display: none;"><p>${mzMac}</p></div>
<section class="note"><p><strong>Note:</strong> ${mzNote}</p></section>
<h2 id="w_stop-a-site-from-setting-cookies">${mzH3}</h2>
<p>${mzBlock}</p>
</section>
<div class="document-vote"><form class="document-vote--form helpful" action="/en-US/kb/clear-cookies-and-site-data-for-one-website/vote" method="post">
<input type="hidden" name="csrfmiddlewaretoken" value="mN3pQ8v1"><h4 class="document-vote--heading">Was this article helpful?</h4>
<div class="document-vote--buttons"><button type="submit" class="btn helpful-button" name="helpful" value="Yes">Yes</button>
<button type="submit" class="btn not-helpful-button" name="not-helpful" value="No">No</button></div></form>
<p class="document-vote--wait hidden">Please wait...</p></div>
<section class="contributors"><p>These fine people helped write this article: ${mzContributors
  .map((t) => `<a href="/en-US/user/${t}/">${t}</a>`)
  .join(', ')}</p></section>
<section class="sumo-card volunteer-card"><img class="card--icon" src="/static/sumo/img/volunteer.svg" alt=""><div class="card--details">
<h3 class="card--title">Volunteer</h3><p class="card--desc">Share what you know. Answer questions in the forum and help improve these articles.</p>
<a class="sumo-card-link" href="/en-US/contribute">Learn More</a></div></section>
<section class="related-articles"><h2 class="sumo-card-heading">Related Articles</h2>
${mzRelated
  .map(
    ([t, d]) => `<article class="card"><h3 class="card--title"><a href="#">${t}</a></h3><p
 class="card--desc">${d}</p></article>`,
  )
  .join('\n')}</section>
</article></div></main>
<footer class="mzp-c-footer"><div class="mzp-l-content"><nav class="mzp-c-footer-primary"><div class="mzp-c-footer-primary-logo"><a
 href="https://www.mozilla.org/">Mozilla</a></div>
<div class="mzp-c-footer-sections">${mzFootCols
  .map(
    ([h, items]) =>
      `<section class="mzp-c-footer-section"><h2 class="mzp-c-footer-heading">${h}</h2><ul class="mzp-c-footer-list">${links(items)}</ul></section>`,
  )
  .join('')}</div></nav>
<div class="mzp-c-footer-secondary"><div class="mzp-c-language-switcher"><form method="get" action="/en-US/locales"><label
 for="mzp-c-language-switcher-select">Language</label>
<select id="mzp-c-language-switcher-select" name="lang"><option value="en-US" selected>English</option><option value="de">Deutsch</option>
<option value="fr">Français</option></select></form></div><div class="mzp-c-footer-legal"><p class="mzp-c-footer-license">${mzFootText.replace(
  'Mozilla Foundation',
  '<a href="https://foundation.mozilla.org/">Mozilla Foundation</a>',
)}</p><ul class="mzp-c-footer-terms">${links(mzLegal)}</ul></div></div></div></footer>
<script src="/static/sumo.d7e2a1c4.js"></script><script src="/static/kbox.9b8f1e2d.js"></script></body></html>`;
export const mozillaSupport: TestPage = {
  html: mzHtml,
  name: 'heldout70-mozilla-support-article',
  kind: 'docs',
  // the three h2 are the headings; intro, the warning and note sections (labels in neither list), steps and paragraphs are
  // body, and so are both showfor paragraphs (Windows / Linux and macOS: the page carries both, a script hides one); the
  // breadcrumbs' last item and the "Table of Contents" sidebar repeat title and headings: in neither list; the date after
  // "Last updated:" and the contributors' user names are bylines (author lines); the product badge and meta icon text
  // ("Firefox"), the helpfulness share, "Article Options", the vote, the volunteer card, related articles with their
  // summaries, header menus, breadcrumbs and the footer with its licence text are furniture; the footer's "Cookies" link is a
  // word of the title: left out
  title: mzTitle,
  headings: [mzH1, mzH2, mzH3],
  body: [mzIntro, mzWarn, mzBar, ...texts(mzSteps1), mzBarAfter, ...texts([...mzSteps2, mzWin, mzMac]), mzNote, ...texts([mzBlock])],
  bylines: ['09/30/2025', ...mzContributors],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Explore Help Articles', ...mzExplore, 'Ask the Community', ...mzCommunity, 'Contribute', ...mzContribute, 'Sign In/Up',
    ...mzCrumbs.filter((t) => t !== 'Firefox'), 'Table of Contents', 'Article Options', 'Edit Article', 'Show History', '84% of users voted this helpful',
    'Was this article helpful?', 'Yes', 'No', 'Please wait...', 'These fine people helped write this article:', 'Volunteer',
    'Share what you know. Answer questions in the forum and help improve these articles.', 'Learn More', 'Related Articles', ...mzRelated.flat(),
    'Mozilla', ...mzFootCols.flatMap(([h, items]) => [h, ...items]).filter((t) => t !== 'Ask a Question' && t !== 'Contribute'),
    'Language', 'English', 'Deutsch', 'Français', mzFootText, ...mzLegal.filter((t) => t !== 'Cookies'),
  ],
};
