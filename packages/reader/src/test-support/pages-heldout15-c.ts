import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 15, file c: a project's "What's new" changelog on Read the Docs, built by MkDocs with its built-in
 * readthedocs theme (side nav with search, breadcrumbs, "Edit on GitHub", Previous/Next, versions flyout, "Built with
 * MkDocs ..."), and a city's news item on a Granicus-style government site (alert banner, translate widget, govDelivery
 * "Subscribe to email updates", "Share & Bookmark", contact box, footer).
 */
const mdIntro = [
  'This page lists the user-facing changes in each release of tidemark. For the full commit history, see the ' +
    'repository; for upgrade steps between major versions, see the migration guide.',
];
const md24 = [
  'The <code>tidemark watch</code> command now debounces file events, so saving a file from an editor that writes it ' + 'twice triggers a single rebuild.',
  'Station files can declare a <code>timezone</code> key. Predictions are still computed in UTC but printed in the station’s local time.',
  'Harmonic constituents are cached between runs in the user cache directory, which makes repeated predictions for ' +
    'the same station about four times faster.',
];
const md24Fix = [
  'Fixed a rounding error that could shift a predicted high water by one minute when the interval crossed midnight.',
  'The CSV exporter no longer writes a trailing empty line on Windows.',
  'Stations south of the equator no longer report the spring and neap labels the wrong way round in the weekly summary.',
];
const md24Note = [
  'Python 3.9 is no longer supported. The minimum version is now 3.10, because the new cache relies on the standard ' +
    'library’s improved type annotations and we did not want to maintain a second code path for one release.',
];
const md23 = [
  'Added the <code>--datum</code> option to choose between chart datum and mean sea level in printed heights.',
  'Plots use the colour-blind safe palette by default. The old palette is available as <code>--palette classic</code>.',
  'The station search now matches names without accents, so “Leixoes” finds Leixões.',
];
const md23Break = [
  'The deprecated <code>predict_all</code> function has been removed. Call <code>predict</code> with a list of ' +
    'stations instead; it returns the same table and runs the stations in parallel.',
];
const mdNav = ['Home', 'Getting started', 'Station files', 'Command line', 'Python API', 'Migration guide', 'What’s new', 'Contributing'];
const mdToc = ['2.4.0 (2025-05-12)', 'New features', 'Bug fixes', 'Removed', '2.3.0 (2025-02-03)', 'Breaking changes'];
const mdCode = `<pre class="highlight">
<code class="language-python"><span class="kn">from</span> <span class="nn">tidemark</span> <span class="kn">import</span> predict
table = predict([<span class="s2">"Leixoes"</span>, <span class="s2">"Brest"</span>], days=<span class="mi">7</span>)</code></pre>`;
const li = (xs: readonly string[]): string => `<ul>\n${xs.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`;
const mkHtml = `<!DOCTYPE html>
<html class="writer-html5" lang="en" ><head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="https://tidemark.readthedocs.example/en/latest/changelog/" />
<link rel="shortcut icon" href="../img/favicon.ico" /><title>What’s new - tidemark</title>
<link rel="stylesheet" href="../css/theme.css" /><link rel="stylesheet" href="../css/theme_extra.css" />
<script>var mkdocs_page_name = "What’s new";var mkdocs_page_input_path = "changelog.md";var mkdocs_page_url = "/en/latest/changelog/";</script>
<script src="../js/jquery-3.6.0.min.js" defer></script><script src="/_/static/javascript/readthedocs-doc-embed.js" async></script></head>
<body class="wy-body-for-nav" role="document"><div class="wy-grid-for-nav">
<nav data-toggle="wy-nav-shift" class="wy-nav-side stickynav"><div class="wy-side-scroll"><div class="wy-side-nav-search">
<a href=".." class="icon icon-home"> tidemark</a><div role="search"><form id ="rtd-search-form" class="wy-form" action="../search.html" method="get">
<input type="text" name="q" placeholder="Search docs" aria-label="Search docs" title="Type search term here" /></form></div></div>
<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu"><ul>
${mdNav
  .map((t) =>
    t === 'What’s new'
      ? `<li class="toctree-l1 current"><a class="reference internal current" href="./">${t}</a>
<ul class="current">${mdToc.map((h) => `<li class="toctree-l2"><a class="reference internal" href="#x">${h}</a></li>`).join('')}</ul>
</li>`
      : `<li class="toctree-l1"><a class="reference internal" href="../x/">${t}</a></li>`,
  )
  .join('\n')}
</ul></div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" role="navigation" aria-label="Mobile navigation menu">
<i data-toggle="wy-nav-top" class="fa fa-bars"></i><a href="..">tidemark</a></nav>
<div class="wy-nav-content"><div class="rst-content"><div role="navigation" aria-label="breadcrumbs navigation">
<ul class="wy-breadcrumbs"><li><a href=".." class="icon icon-home" aria-label="Docs"></a></li><li class="breadcrumb-item active">What’s new</li>
<li class="wy-breadcrumbs-aside"><a href="https://github.com/tidemark-dev/tidemark/edit/main/docs/changelog.md" class="icon icon-github"> Edit on GitHub</a>
</li></ul><hr/></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="section" itemprop="articleBody">
<h1 id="whats-new">What’s new</h1>
${ps(mdIntro)}
<h2 id="240-2025-05-12">2.4.0 (2025-05-12)</h2>
<h3 id="new-features">New features</h3>
${li(md24)}
<h3 id="bug-fixes">Bug fixes</h3>
${li(md24Fix)}
<h3 id="removed">Removed</h3>
${ps(md24Note)}
<h2 id="230-2025-02-03">2.3.0 (2025-02-03)</h2>
<h3 id="new-features_1">New features</h3>
${li(md23)}
<h3 id="breaking-changes">Breaking changes</h3>
${ps(md23Break)}
${mdCode}
</div></div><footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer Navigation">
<a href="../migration/" class="btn btn-neutral float-left" title="Migration guide"><span class="icon icon-circle-arrow-left"></span> Previous</a>
<a href="../contributing/" class="btn btn-neutral float-right" title="Contributing">Next <span class="icon icon-circle-arrow-right"></span></a></div>
<hr/><div role="contentinfo"><p>Copyright © 2023-2025 the tidemark developers</p></div>
Built with <a href="https://www.mkdocs.org/">MkDocs</a> using a <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a> provided by
<a href="https://readthedocs.org">Read the Docs</a>.
</footer></div></div></section></div>
<div class="rst-versions" role="note" aria-label="Versions"><span class="rst-current-version" data-toggle="rst-current-version">
<span><a href="https://github.com/tidemark-dev/tidemark" class="fa fa-github" style="color: #fcfcfc"> GitHub</a></span>
<span><a href="../migration/" style="color: #fcfcfc">« Previous</a></span>
<span><a href="../contributing/" style="color: #fcfcfc">Next »</a></span></span></div>
<script src="../js/theme_extra.js" defer></script><script src="../js/theme.js" defer></script><script src="../search/main.js" defer></script>
<script>window.onload = function () { SphinxRtdTheme.Navigation.enable(true); };</script>
</body></html>`;
const mkdocs: TestPage = {
  html: mkHtml,
  name: 'heldout15-mkdocs-changelog',
  kind: 'docs',
  // a changelog's list items are its body; the code example is in neither list, the sentence before it is body; the
  // second "New features" heading repeats the first (headings keep both, in order); the side-nav toc repeats the headings
  // and is in neither list; the nav's "What's new" is the title itself and is left out, and the project name "tidemark"
  // and the nav's "Migration guide" / "Station files" are words of the body: left out
  title: 'What’s new',
  headings: ['2.4.0 (2025-05-12)', 'New features', 'Bug fixes', 'Removed', '2.3.0 (2025-02-03)', 'New features', 'Breaking changes'],
  body: [...texts(mdIntro), ...texts(md24), ...texts(md24Fix), ...texts(md24Note), ...texts(md23), ...texts(md23Break)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mdNav.filter((t) => !['What’s new', 'Migration guide', 'Station files'].includes(t)), 'Edit on GitHub', 'Previous', 'Next',
    'Copyright © 2023-2025 the tidemark developers', 'Built with MkDocs using a theme provided by Read the Docs.', 'GitHub', '« Previous', 'Next »',
  ],
};

const cyBody = [
  'The City of Larkfield will begin replacing lead service lines in the Orchard Park and Millbrook neighbourhoods on ' +
    'Monday, October 6, the first phase of a five-year programme to remove every known lead pipe from the city’s water system.',
  'Crews from the Public Works Department will replace the section of pipe between the water main and each home’s ' +
    'meter at no cost to residents. Work at a single address usually takes one day, and water will be shut off for ' +
    'about four hours while the new line is connected.',
  '“Our water meets every federal standard today, but lead pipes are a risk we can remove for good,” said Public Works ' +
    'Director Anita Okonkwo-Reyes. “We would rather finish this work in five years than leave it to the next generation.”',
  'Residents in the affected streets will receive a door hanger at least seven days before work begins at their ' +
    'address. Each household will also receive a free water filter certified to remove lead, along with instructions ' +
    'for flushing taps after the new line is installed.',
  'The first phase is funded by a $4.2 million low-interest loan from the state revolving fund, approved by City ' +
    'Council in June. Later phases will be paid for through a combination of federal grants and the city’s water ' +
    'utility capital budget.',
  'Residents who are unsure what their service line is made of can look up their address on the city’s online ' +
    'service line map, or request a free inspection by calling the Public Works customer line.',
];
const cyNav = ['Residents', 'Business', 'Government', 'Departments', 'How Do I...'];
const cyFoot = ['Accessibility', 'Privacy Policy', 'Site Map', 'Employment', 'Contact Us'];
const cyRelated = ['Leaf collection begins October 20', 'Fall hydrant flushing schedule announced', 'Council approves 2026 water rates'];
const cyHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lead Service Line Replacement to Begin in Orchard Park and Millbrook | Larkfield, OH</title>
<meta name="description" content="Lead service line replacement begins October 6 in Orchard Park and Millbrook.">
<meta property="og:title" content="Lead Service Line Replacement to Begin in Orchard Park and Millbrook">
<meta property="og:site_name" content="City of Larkfield">
<link rel="stylesheet" href="/Content/vision/css/layout.css?v=10.4.2"><link rel="stylesheet" href="/Content/vision/css/theme-1.css">
<script src="/Scripts/jquery-3.7.1.min.js"></script>
<script>function googleTranslateElementInit(){new
google.translate.TranslateElement({pageLanguage:'en',layout:google.translate.TranslateElement.InlineLayout.SIMPLE},'google_translate_element');}</script>
<script src="//translate.google.example/translate_a/element.js?cb=googleTranslateElementInit"></script>
<style>.vi-alert{background:#b3261e;color:#fff}.news-detail .date{color:#555}</style></head>
<body class="vi-body vi-page-news-detail"><a class="skip-link" href="#vi-main">Skip to Main Content</a>
<div id="divAlert" class="vi-alert" role="alert" aria-live="polite"><div class="vi-alert-inner"><strong>Alert:</strong>
<span>City offices will be closed Monday, October 13 for Indigenous Peoples’ Day.</span><a href="/alerts">More Alerts</a>
<button class="vi-alert-close" aria-label="Close alert">×</button></div></div>
<header id="vi-header" class="vi-header"><div class="vi-header-top"><div id="google_translate_element" class="vi-translate">
<div class="skiptranslate goog-te-gadget"><select class="goog-te-combo" aria-label="Language Translate Widget"><option value="">Select Language</option>
<option value="es">Spanish</option><option value="so">Somali</option></select></div></div>
<a class="vi-logo" href="/"><img src="/ImageRepository/Document?documentID=112" alt="City of Larkfield, Ohio home page"></a>
<form class="vi-search" role="search"><label for="vi-q" class="sr-only">Search</label><input id="vi-q" placeholder="Search..."></form></div>
<nav id="vi-mainnav" class="vi-main-nav" aria-label="Main"><ul class="vi-nav-list">${links(cyNav, 'vi-nav-item')}</ul></nav></header>
<div id="vi-breadcrumbs" class="vi-breadcrumbs"><a href="/">Home</a> <span>›</span> <a href="/news">News</a> <span>›</span> <span>Lead Service Line
Replacement</span></div>
<div class="vi-layout vi-layout-two-col"><main id="vi-main" class="vi-main"><div class="news-detail" data-news-id="2291">
<h1 class="vi-page-title">Lead Service Line Replacement to Begin in Orchard Park and Millbrook</h1>
<div class="news-meta"><span class="date">Posted on: September 22, 2025</span> <span class="news-dept">Department of Public Works</span></div>
<div class="vi-share"><span class="vi-share-label">Share &amp; Bookmark</span>
<ul class="vi-share-list">${links(['Facebook', 'X', 'Email', 'Print'], 'vi-share-item')}</ul>
<a class="vi-share-more" href="#">Press Enter to show all options, press Tab go to next option</a></div>
<figure class="news-image"><img src="/ImageRepository/Document?documentID=2291" alt="Crew replacing a water line">
<figcaption>A Public Works crew replaces a service line on Alder Street during a pilot in May.</figcaption></figure>
<div class="news-content vi-content">${ps(cyBody)}
<p class="news-contact"><strong>Media contact:</strong> Darnell Whitcombe, Communications Manager, 440-555-0148</p></div>
<div class="vi-subscribe"><a class="vi-subscribe-btn" href="https://public.govdelivery.example/accounts/OHLARK/subscriber/new?topic_id=OHLARK_22">
<span class="icon-email"></span>Subscribe to email updates</a></div>
<a class="vi-back" href="/news">Return to full list &gt;&gt;</a></div></main>
<aside class="vi-sidebar"><div class="vi-widget"><h2 class="vi-widget-title">Related News</h2><ul>${links(cyRelated, 'vi-related')}</ul></div>
<div class="vi-widget vi-widget-contact"><h2 class="vi-widget-title">Contact Us</h2><p>Department of Public Works</p>
<p>1200 Mill Street, Larkfield, OH 44001</p>
<p>Phone: 440-555-0100</p></div></aside></div>
<div class="vi-footer-stay"><h2>Stay Connected</h2>
<ul class="vi-social">${links(['Facebook page', 'Instagram', 'YouTube'], 'vi-social-item')}</ul>
<p class="vi-notify">Get news, alerts and meeting agendas by email or text.</p></div>
<footer class="vi-footer"><ul class="vi-footer-links">${links(cyFoot)}</ul>
<p class="vi-copyright">Government Websites by <a href="https://granicus.example">Granicus</a></p>
<p>© 2025 City of Larkfield, Ohio. All Rights Reserved.</p></footer>
<script src="/Scripts/vision/vi-main.js?v=10.4.2"></script>
</body></html>`;
const cityNews: TestPage = {
  html: cyHtml,
  name: 'heldout15-granicus-city-news',
  kind: 'news',
  // "Posted on: ..." is a dateline (byline), the department line beside it a byline too (the issuing author); the media
  // contact line at the end of the release is furniture (contact details, not news); the alert banner is furniture;
  // "Department of Public Works" also appears in the contact box: counted once, as byline; the nav's "Residents", the
  // breadcrumb "Home" (words of the body) and the breadcrumb's short title (part of the title) are left out
  title: 'Lead Service Line Replacement to Begin in Orchard Park and Millbrook',
  headings: [],
  body: texts(cyBody),
  bylines: ['Posted on: September 22, 2025', 'Department of Public Works'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Alert:', 'City offices will be closed Monday, October 13 for Indigenous Peoples’ Day.', 'More Alerts', 'Select Language',
    'Spanish', 'Somali', ...cyNav.filter((t) => t !== 'Residents'), 'News', 'Share & Bookmark', 'Facebook', 'Email', 'Print',
    'Press Enter to show all options, press Tab go to next option', 'A Public Works crew replaces a service line on Alder Street during a pilot in May.',
    'Media contact: Darnell Whitcombe, Communications Manager, 440-555-0148', 'Subscribe to email updates', 'Return to full list >>', 'Related News',
    ...cyRelated, 'Stay Connected', 'Facebook page', 'Instagram', 'YouTube', 'Get news, alerts and meeting agendas by email or text.',
    '1200 Mill Street, Larkfield, OH 44001', 'Phone: 440-555-0100', ...cyFoot, 'Government Websites by Granicus',
    '© 2025 City of Larkfield, Ohio. All Rights Reserved.',
  ],
};

export const HELDOUT15_C: readonly TestPage[] = [mkdocs, cityNews];
