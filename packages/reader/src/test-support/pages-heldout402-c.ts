import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout402-kit.js';

/**
 * Held-out batch 402, file c: a SourceForge project summary page (header menu, breadcrumbs, project masthead with the
 * "Brought to you by" line, download button, tabs, description, features list, project activity, categories, license,
 * user ratings and reviews, the additional details sidebar, a newsletter box and the footer) and an F-Droid app page (the
 * Jekyll site's header menu and language picker, package header with an h3 name and summary, anti-features, description,
 * the links list, the packages list with versions and "Added on" dates, and the footer).
 */
const fTitle = 'Kelpforge';
const fDesc = [
  j(
    'Kelpforge is a free, cross-platform tool for turning folders of scanned pages into clean, searchable PDF books. It was written',
    'for archives and small libraries that scan in bulk and need consistent output without paying for a licence on every desk.',
  ),
  j(
    'Point Kelpforge at a folder, pick a profile, and it straightens, crops and cleans every page, runs text recognition, and',
    'assembles the result with a table of contents built from the page headings it finds.',
  ),
];
const fFeat = [
  'Automatic deskew, margin detection and background cleaning',
  'Text recognition in forty languages through pluggable engines',
  'Batch profiles that can be shared between machines as plain files',
  'Command-line mode for running on a server overnight',
  'PDF/A output for long-term preservation',
  'Page-range splitting for bound volumes with several titles',
];
const fDesc2 = [
  j(
    'Kelpforge is written in Rust with a small Qt front end, and runs on Windows, macOS and most Linux distributions. Releases are',
    'signed, and nightly builds are available for people who want to test new engines before they reach a stable release.',
  ),
  j(
    'The project began in a county record office that needed to publish thousands of parish registers and could not afford the',
    'commercial tools. It is now used by volunteer groups on four continents, and most new profiles are contributed by them.',
  ),
  j(
    'Help is available on the mailing list and in the project wiki, which has a step-by-step guide to choosing scanner settings,',
    'a list of tested scanners, and advice on storing the master images alongside the finished books.',
  ),
];
const fMenu = ['Join/Login', 'Business Software', 'Open Source Software', 'For Vendors', 'Blog', 'About', 'More'];
const fCrumbs = ['Home', 'Browse', 'Office/Business', 'Document Management', 'Kelpforge'];
const fTabs = ['Summary', 'Files', 'Reviews', 'Support', 'Wiki', 'Tickets', 'Code'];
const fCats = ['Document Management', 'OCR', 'Scanning'];
const fRel = ['Paperweir Scan Suite', 'Shoalreader OCR', 'Mudflat PDF Tools'];
const fFoot = [
  'Terms',
  'Privacy',
  'Opt Out',
  'Advertise',
  'Site Status',
  'Create a Project',
  'Open Source Software',
  'Business Software',
  'Top Downloaded Projects',
];
const fHtml = `<!doctype html><html class="no-js" lang="en"><head><meta charset="utf-8">
<title>Kelpforge download | SourceForge.net</title><meta name="description" content="Download Kelpforge for free. Turn folders of scanned pages into
searchable PDF books.">
<meta property="og:site_name" content="SourceForge"><meta property="og:title" content="Kelpforge"><meta name="twitter:card" content="summary">
<link rel="canonical" href="https://sourceforge.net/projects/kelpforge/"><link rel="stylesheet"
href="https://a.fsdn.example/allura/nf/1771/_ew_/theme/sftheme/css/forge.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"SoftwareApplication","name":"Kelpforge","operatingSystem":["Windows","Mac","Linux"],
"applicationCategory":"Document Management","aggregateRating":{"@type":"AggregateRating","ratingValue":4.8,"ratingCount":22}}</script>
<script>SF.Ads.init({ "page_type": "pg_project", "project": "kelpforge" });</script></head>
<body id="pg_project" class="summary"><div id="busy-spinner"></div><header class="sandiego"><nav class="main-nav"><a class="sf-logo" href="/">SourceForge</a>
<ul class="header-nav-menulist">${links(fMenu, 'main-nav-item')}</ul><form class="m-search-form"><input type="text" placeholder="Search for software or
solutions">
</form></nav></header>
<div id="page-body" class="l-page-body"><div class="l-two-column-page"><div class="l-content-column"><nav class="breadcrumbs"><ul itemscope
itemtype="http://schema.org/BreadcrumbList">${links(fCrumbs, 'breadcrumb-item')}</ul></nav>
<article class="main project-masthead"><div class="project-header"><div class="project-icon"><img alt="Kelpforge Icon" src="/icons/kelpforge.png"></div>
<div class="title"><h1 itemprop="name">${fTitle}</h1><h2 class="summary">Turn folders of scanned pages into searchable PDF books</h2>
<p class="as-h3 brought-by">Brought to you by: <a href="/u/oriel-dunmore/">oriel-dunmore</a>, <a href="/u/tamsin-v/">tamsin-v</a></p></div></div>
<section class="project-info"><div class="stars-container"><a href="#reviews"><span class="rating-stars">5.0</span> 22 Reviews</a></div>
<div class="stats"><p class="dls">Downloads: <b>1,284</b> This Week</p><p class="last-update">Last Update: <time
datetime="2026-02-18">2026-02-18</time></p></div>
<a class="button green big download" href="/projects/kelpforge/files/latest/download" title="Download Kelpforge 2.1.0">Download</a>
<a class="button sf-button-blue" href="/projects/kelpforge/files/">Get Updates</a>
<div class="share"><a href="#" class="share-twitter">Share This</a></div></section>
<nav class="project-tabs"><ul>${links(fTabs, 'tab')}</ul></nav>
<section id="main-content"><div class="description" id="project-description" itemprop="description">${ps(fDesc)}</div>
<section class="features" id="project-features"><h3>Features</h3><ul class="features">${lis(fFeat)}</ul></section>
<div class="description">${ps(fDesc2)}</div>
<section class="project-activity"><h3>Project Activity</h3><ul class="activity"><li>oriel-dunmore released /2.1.0/kelpforge-2.1.0-win64.zip</li>
<li>tamsin-v committed [r4410] Fix crash on TIFF files with empty strips</li></ul><a href="/p/kelpforge/activity/">See All Activity &gt;</a></section>
<section class="project-categories"><h4>Categories</h4><ul>${links(fCats, 'cat')}</ul><h4>License</h4><p>GNU General Public License version 3.0
(GPLv3)</p></section>
<section id="reviews" class="reviews"><h3>User Ratings</h3><div class="ratings">5.0 out of 5 stars</div><h3>User Reviews</h3>
<div class="review"><p class="review-txt">Saved our parish archive weeks of work. The batch profiles are brilliant.</p><span class="review-author">Posted by
<a href="/u/hollyn/">hollyn</a> 2026-01-12</span></div><a href="/projects/kelpforge/reviews/new" class="button">Write a Review</a></section>
</section></article></div>
<aside class="l-side-column m-sidebar-widget"><div class="m-sidebar-widget"><h3>Additional Project Details</h3><dl>
<dt>Operating Systems</dt><dd>Windows, Mac, Linux</dd><dt>Languages</dt><dd>English, German, Portuguese</dd><dt>Programming Language</dt><dd>Rust</dd>
<dt>Registered</dt><dd>2019-06-30</dd></dl></div><div class="m-sidebar-widget related"><h3>Related Projects</h3><ul>${links(fRel)}</ul></div>
<div class="m-sidebar-widget newsletter"><h3>Get latest updates about Open Source Projects, Conferences and News.</h3>
<input type="email" placeholder="Email Address"><button>Sign Up</button><p class="fine-print">No, Thank you</p></div>
<div class="sf-ad"><span class="ad-label">Ad</span><a href="#">Secure file transfer for teams. Try Bargehold free for 30 days.</a></div></aside></div></div>
<footer class="sandiego"><ul>${links(fFoot, 'footer-item')}</ul><p class="copyright">© 2026 Slashdot Media. All Rights Reserved.</p></footer>
<div id="cmpbox" class="cmpbox" role="dialog"><p>This website stores data such as cookies to enable essential site functionality, as well as marketing,
personalization, and analytics.</p><a class="cmpboxbtnyes">Accept All</a><a class="cmpboxbtnno">Reject All</a></div></body></html>`;
const sourceForge: TestPage = {
  name: 'heldout402-sourceforge-project-page',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['Features'],
  body: texts([...fDesc, ...fFeat, ...fDesc2]),
  bylines: ['Brought to you by:', 'oriel-dunmore', 'tamsin-v', 'Last Update:', '2026-02-18'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SourceForge', ...fMenu, ...fCrumbs.slice(0, -1), 'Turn folders of scanned pages into searchable PDF books', '22 Reviews', 'Downloads:', '1,284',
    'This Week',
    'Download', 'Get Updates', 'Share This', ...fTabs, 'Project Activity', 'oriel-dunmore released /2.1.0/kelpforge-2.1.0-win64.zip',
    'tamsin-v committed [r4410] Fix crash on TIFF files with empty strips', 'See All Activity >', 'Categories', ...fCats, 'License',
    'GNU General Public License version 3.0 (GPLv3)', 'User Ratings', '5.0 out of 5 stars', 'User Reviews',
    'Saved our parish archive weeks of work. The batch profiles are brilliant.', 'hollyn', 'Write a Review', 'Additional Project Details',
    'Operating Systems', 'Windows, Mac, Linux', 'English, German, Portuguese', 'Programming Language', 'Registered', 'Related Projects', ...fRel,
    'Get latest updates about Open Source Projects, Conferences and News.', 'Sign Up', 'No, Thank you',
    'Secure file transfer for teams. Try Bargehold free for 30 days.', ...fFoot, '© 2026 Slashdot Media. All Rights Reserved.', 'Accept All', 'Reject All',
  ],
};

const dTitle = 'Saltmarsh Weather';
const dDesc = [
  j(
    'Saltmarsh Weather is a forecast app that asks for nothing. It has no account, no location tracking in the background and no',
    'trackers of any kind: you add the places you care about by name, and it fetches forecasts from open meteorological services.',
  ),
  j(
    'The main screen shows the next twelve hours as a simple strip of temperature, wind and rain, with a longer seven-day view one',
    'swipe away. Coastal places also get wave height and the times of high and low water.',
  ),
  'Highlights:',
];
const dList = [
  'Hourly and daily forecasts from several open data providers, chosen per place',
  'Rain radar built from public tiles, cached for offline use',
  'Home screen widgets in three sizes, with a high-contrast theme',
  'Weather warnings shown as notifications, with quiet hours',
  'Works with a fixed location for people who keep location services off',
];
const dDesc2 = [
  j(
    'Saltmarsh Weather is a community project. Translations are welcome through the project page, and bug reports are best filed',
    'with the app version and the name of the place that showed the problem.',
  ),
  j(
    'The app needs the internet permission to download forecasts and nothing else. Forecast data comes from public services that do',
    'not require a key; their terms of use are listed in the settings screen, together with the date each source was last updated.',
  ),
  j(
    'If you move between places often, pin the ones you use most and they will stay at the top of the list. Old forecasts are',
    'removed after a day, so the app stays small even after months of use.',
  ),
];
const dMenu = ['Apps', 'Browse', 'Docs', 'About', 'Donate', 'Search'];
const dLinks = ['Source Code', 'Issue Tracker', 'Translate', 'Changelog', 'Donate'];
const dHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Saltmarsh Weather | F-Droid - Free and Open Source Android App Repository</title>
<meta name="description" content="Private weather forecasts with no trackers"><meta property="og:title" content="Saltmarsh Weather">
<meta property="og:site_name" content="F-Droid - Free and Open Source Android App Repository">
<link rel="alternate" type="application/rss+xml" title="F-Droid" href="https://f-droid.org/en/feed.xml">
<link rel="stylesheet" href="/css/main.css?v=d41d8cd9"><link rel="icon" href="/assets/favicon.ico"></head>
<body><header class="site-header"><div class="site-wrapper"><div class="site-header--content"><a class="site-title" href="/en/">
<img class="site-logo" src="/assets/fdroid-logo-text.svg" alt="F-Droid"></a><nav class="site-nav"><div class="nav-links"><ul>${links(dMenu, 'nav-link')}</ul>
</div><div class="lang-chooser"><select><option>English</option><option>Deutsch</option><option>Français</option></select></div></nav></div></div></header>
<div class="site-wrapper"><div class="article-area"><div id="full-width-content">
<div class="package"><header class="package-header"><img class="package-icon" src="/repo/icons-640/org.saltmarsh.weather.png" alt="package icon">
<div class="package-title"><h3 class="package-name">${dTitle}</h3><div class="package-summary">Private weather forecasts with no trackers</div>
<p class="package-license">GPL-3.0-only</p></div></header>
<div class="package-anti-features"><p>This app has features you may not like.</p><ul class="package-antifeatures"><li class="package-antifeature">
<p class="package-antifeature-name">Non-Free Network Services</p><p class="package-antifeature-reason">This app promotes or depends entirely on a non-free
network
service.</p></li></ul></div>
<div class="package-description">${dDesc.join('<br><br>')}
<br><br>${dList.map((x) => `* ${x}`).join('<br>')}<br><br>${dDesc2.join('<br><br>')}</div>
<div class="package-screenshots"><img src="/repo/org.saltmarsh.weather/en-US/phoneScreenshots/1.png" alt="screenshot"></div>
<h3>Links</h3><ul class="package-links">${links(dLinks, 'package-link')}</ul>
<h3>Packages</h3><div class="package-versions"><p>Although APK downloads are available below to give you the choice, you should be aware that by
installing that way you will not receive update notifications and it's a less secure way to download. We recommend that you install the F-Droid client
and use that.</p><a class="button" href="/F-Droid.apk">Download F-Droid</a>
<ul class="package-versions-list">${['2.6.1', '2.6.0']
  .map(
    (v, i) => `<li class="package-version" id="${v}"><div class="package-version-header"><a name="${v}"></a><b>Version ${v}</b> (${26010 - i * 10})
<span class="package-version-added">Added on ${['2026-02-11', '2026-01-19'][i]}</span></div><p class="package-version-requirement">This version requires
Android 8.0 or newer.</p><p class="package-version-source">It is built and signed by F-Droid, and guaranteed to correspond to this source tarball.</p>
<p class="package-version-download"><a href="/repo/org.saltmarsh.weather_${26010 - i * 10}.apk">download apk ${['4.1', '4.0'][i]} MiB</a></p></li>`,
  )
  .join('\n')}</ul></div></div></div></div></div>
<footer class="site-footer"><div class="site-wrapper"><div class="site-footer--content"><p>Code of Conduct</p><p>Terms of Use</p>
<p>This website is licensed under AGPLv3 or later. Content is licensed under CC-BY-SA 3.0 or later.</p><p>Donate</p></div></div></footer></body></html>`;
const fdroid: TestPage = {
  name: 'heldout402-f-droid-app-page',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts([...dDesc, ...dList.map((x) => `* ${x}`), ...dDesc2]),
  bylines: ['Added on 2026-02-11', 'Added on 2026-01-19'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dMenu, 'English', 'Deutsch', 'Français', 'Private weather forecasts with no trackers', 'GPL-3.0-only', 'This app has features you may not like.',
    'Non-Free Network Services', 'This app promotes or depends entirely on a non-free network service.', 'Links', ...dLinks, 'Packages',
    'Although APK downloads are available below to give you the choice', 'Download F-Droid', 'Version 2.6.1', 'Version 2.6.0',
    'This version requires Android 8.0 or newer.', 'It is built and signed by F-Droid, and guaranteed to correspond to this source tarball.',
    'download apk 4.1 MiB', 'download apk 4.0 MiB', 'Code of Conduct', 'Terms of Use',
    'This website is licensed under AGPLv3 or later. Content is licensed under CC-BY-SA 3.0 or later.',
  ],
};

export const HELDOUT402_C: readonly TestPage[] = [sourceForge, fdroid];
