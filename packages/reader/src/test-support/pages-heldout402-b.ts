import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout402-kit.js';

/**
 * Held-out batch 402, file b: a Microsoft Store web page built with Angular (custom elements, _ngcontent attributes, the
 * store header, product header with publisher, rating and Get button, screenshots, Description with a feature list, What's
 * new in this version, ratings, System Requirements and Additional information panels, the footer) and a Softpedia download
 * page (top menu, breadcrumbs, download box, the editor's review with its byline and section headings, the specs table,
 * user rating, related downloads, comments link and footer).
 */
const mTitle = 'Pinegrove Notes';
const mDesc = [
  j(
    'Pinegrove Notes is a notebook for people who think with a pen. Write and sketch on an endless canvas, then let the app tidy',
    'your handwriting into searchable text without ever changing how the page looks.',
  ),
  j(
    'Notebooks sync between your PC, tablet and phone, and every page keeps a full history, so an idea you rubbed out last Tuesday',
    'is only a swipe away. Pinegrove works offline and never shows adverts.',
  ),
];
const mFeat = [
  'Pressure-sensitive pens, highlighters and a lasso that moves ink and text together',
  'Handwriting search across every notebook, in twelve languages',
  'Import PDFs and lecture slides and write straight on top of them',
  'Page templates for Cornell notes, squared paper, storyboards and music staves',
  'Export to PDF, image or plain text with one click',
];
const mDesc2 = [
  j(
    'Pinegrove Notes is free for three notebooks. A Pinegrove Plus subscription removes the limit and adds audio recording that is',
    'linked to your ink: tap a word you wrote and hear what was being said at that moment.',
  ),
  j(
    'Students can share a notebook with a study group and see each other&#39;s pages appear as they are written. Teachers can hand',
    'out worksheets as notebooks and collect them back with one tap, with every answer kept in the student&#39;s own handwriting.',
  ),
  j(
    'Your notes are stored on your device and in your own cloud storage, never on our servers. Pinegrove Notes is designed to be',
    'used with a pen, but everything also works with a mouse, touch or keyboard, and the app supports screen readers and high contrast themes.',
  ),
];
const mNew = [
  j('The canvas now scrolls smoothly on high refresh rate screens, and the new ruler tool snaps to fifteen degree steps when you', 'hold the pen button.'),
  'We also fixed handwriting search for notebooks that were imported from older versions of the app.',
];
const mSysreq = ['Windows 10 version 19041.0 or higher', 'x64, ARM64', 'Pen or touch recommended'];
const mAdd = ['Published by', 'Release date', 'Approximate size', 'Age rating', 'Category', 'This app can', 'Installation', 'Supported languages'];
const mNav = ['Home', 'Apps', 'Gaming', 'Movies & TV'];
const mFoot = [
  'Download the Microsoft Store app',
  'Sitemap',
  'Contact Microsoft',
  'Privacy',
  'Manage cookies',
  'Terms of use',
  'Trademarks',
  'Safety & eco',
  'Recycling',
  'About our ads',
  '© Microsoft 2026',
];
const mHtml = `<!DOCTYPE html><html lang="en-gb" dir="ltr"><head><meta charset="utf-8">
<title>Pinegrove Notes - Free download and install on Windows | Microsoft Store</title><base href="/">
<meta name="description" content="Pinegrove Notes is a notebook for people who think with a pen.">
<meta property="og:title" content="Pinegrove Notes - Free download and install on Windows | Microsoft Store">
<meta property="og:image" content="https://store-images.s-microsoft.example/image/apps.4411.pinegrove"><meta name="ms.prod" content="MicrosoftStore">
<link rel="canonical" href="https://apps.microsoft.com/detail/9nq7pinegrove?hl=en-gb&amp;gl=GB">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"Pinegrove Notes","operatingSystem":"Windows",
"applicationCategory":"Productivity","publisher":"Birchlight
Software","aggregateRating":{"@type":"AggregateRating","ratingValue":4.6,"ratingCount":3912}}</script>
<link rel="stylesheet" href="styles.5b1d3e.css"><style ng-app-id="ng">.product-header[_ngcontent-ng-c2219] {display:grid}</style></head>
<body><app-root _nghost-ng-c1120 ng-version="17.3.2"><div _ngcontent-ng-c1120 id="cookie-banner" class="cookie-banner" role="alert">
<p _ngcontent-ng-c1120>We use optional cookies to improve your experience on our websites, such as through social media connections, and to display
personalised advertising based on your online activity.</p><button _ngcontent-ng-c1120>Accept</button><button _ngcontent-ng-c1120>Reject</button>
<button _ngcontent-ng-c1120>Manage cookies</button></div>
<store-header _ngcontent-ng-c1120 _nghost-ng-c3301><header _ngcontent-ng-c3301 class="header"><a _ngcontent-ng-c3301 href="/home" class="logo">
<span _ngcontent-ng-c3301>Microsoft Store</span></a><nav _ngcontent-ng-c3301 aria-label="Store"><ul _ngcontent-ng-c3301>${links(mNav, 'nav-item')}</ul></nav>
<sl-input _ngcontent-ng-c3301 placeholder="Search apps, games, films and more" aria-label="Search"></sl-input>
<sl-button _ngcontent-ng-c3301 variant="text">Sign in</sl-button></header></store-header>
<main _ngcontent-ng-c1120 id="main"><product-page _ngcontent-ng-c1120 _nghost-ng-c2219><div _ngcontent-ng-c2219 class="product-header">
<img _ngcontent-ng-c2219 class="product-logo" src="https://store-images.s-microsoft.example/pinegrove-logo" alt="">
<div _ngcontent-ng-c2219 class="product-info"><h1 _ngcontent-ng-c2219 id="product-title" class="typography-title-large">${mTitle}</h1>
<a _ngcontent-ng-c2219 id="publisher" class="typography-body-2" href="/search/publisher?name=Birchlight%20Software">Birchlight Software</a>
<div _ngcontent-ng-c2219 class="rating-row"><span _ngcontent-ng-c2219 class="rating-value">4.6</span><sl-rating readonly value="4.6"></sl-rating>
<span _ngcontent-ng-c2219 class="rating-count">3.9K ratings</span><span _ngcontent-ng-c2219 class="category">Productivity</span></div>
<sl-button _ngcontent-ng-c2219 variant="primary" id="getOrRemoveButton">Get</sl-button>
<p _ngcontent-ng-c2219 class="offers">Free+ Offers in-app purchases</p></div></div>
<section _ngcontent-ng-c2219 class="screenshots"><h2 _ngcontent-ng-c2219 class="typography-subtitle">Screenshots</h2>
<img _ngcontent-ng-c2219 src="https://store-images.s-microsoft.example/pinegrove-shot1" alt="Screenshot 1"></section>
<section _ngcontent-ng-c2219 class="description"><h2 _ngcontent-ng-c2219 class="typography-subtitle">Description</h2>
<div _ngcontent-ng-c2219 class="expandable-text" id="description">${ps(mDesc)}
<ul>${lis(mFeat)}</ul>
${ps(mDesc2)}</div><sl-button _ngcontent-ng-c2219 variant="text">Show more</sl-button></section>
<section _ngcontent-ng-c2219 class="whats-new"><h2 _ngcontent-ng-c2219 class="typography-subtitle">What&#39;s new in this version</h2>
${ps(mNew)}</section>
<section _ngcontent-ng-c2219 class="ratings"><h2 _ngcontent-ng-c2219 class="typography-subtitle">Ratings and reviews</h2>
<div _ngcontent-ng-c2219 class="review"><span _ngcontent-ng-c2219 class="reviewer">Hallam R.</span>
<p _ngcontent-ng-c2219 class="review-text">Replaced paper for my whole degree. The search through handwriting feels like magic.</p></div></section>
<section _ngcontent-ng-c2219 class="system-requirements"><h2 _ngcontent-ng-c2219 class="typography-subtitle">System Requirements</h2>
<h3 _ngcontent-ng-c2219>Minimum</h3><ul _ngcontent-ng-c2219>${lis(mSysreq)}</ul></section>
<section _ngcontent-ng-c2219 class="additional-info"><h2 _ngcontent-ng-c2219 class="typography-subtitle">Additional information</h2><dl _ngcontent-ng-c2219>
${mAdd
  .map(
    (k, i) =>
      `<dt>${k}</dt><dd>${
        [
          'Birchlight Software',
          '14/03/2023',
          '212.6 MB',
          'PEGI 3',
          'Productivity',
          'Access your Internet connection',
          'Get this app while signed in to your Microsoft account and install on up to ten Windows devices.',
          'English (United Kingdom) and 11 more',
        ][i]
      }</dd>`,
  )
  .join('\n')}
</dl></section></product-page></main>
<store-footer _ngcontent-ng-c1120><footer class="footer"><ul>${links(mFoot, 'footer-link')}</ul></footer></store-footer></app-root>
<script src="runtime.8e1f.js" type="module"></script><script src="main.a3c2.js" type="module"></script></body></html>`;
const msStore: TestPage = {
  name: 'heldout402-microsoft-store-app-page',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: ['Description', "What's new in this version"],
  body: texts([...mDesc, ...mFeat, ...mDesc2, ...mNew]),
  bylines: ['Birchlight Software', '14/03/2023'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use optional cookies to improve your experience on our websites, such as through social media connections, and to display personalised',
    'Accept', 'Reject', 'Manage cookies', 'Microsoft Store', ...mNav, 'Sign in', '3.9K ratings', 'Productivity', 'Get', 'Free+ Offers in-app purchases',
    'Screenshots', 'Show more', 'Ratings and reviews', 'Hallam R.', 'Replaced paper for my whole degree. The search through handwriting feels like magic.',
    'System Requirements', 'Minimum', ...mSysreq, 'Additional information', ...mAdd, '212.6 MB', 'PEGI 3', 'Access your Internet connection',
    'Get this app while signed in to your Microsoft account and install on up to ten Windows devices.', 'English (United Kingdom) and 11 more', ...mFoot,
  ],
};

const sTitle = 'Quayside FTP 5.4.2';
const sIntro = [
  j(
    'Moving files to a web server is one of those chores that every site owner meets sooner or later, and most FTP clients have',
    'not changed their look in twenty years. Quayside FTP tries to make the job calmer without hiding the details power users want.',
  ),
];
const sH = ['Streamlined setup and a familiar layout', 'Transfers that survive a bad connection', 'A few rough edges'];
const sSec1 = [
  j(
    'The installer is small and offers no bundled extras. On first launch, a short wizard asks for a host, user name and protocol,',
    'and tests the connection before saving it. FTP, FTPS and SFTP are all supported, and keys can be imported from an agent.',
  ),
  j(
    'The main window keeps the classic two-pane view, local files on the left and the server on the right, with a transfer queue',
    'along the bottom. Drag and drop works in both directions, and a breadcrumb bar above each pane makes deep folders easy to climb out of.',
  ),
];
const sSec2 = [
  j(
    'Where Quayside stands out is resilience. In our tests on a throttled hotel network, large uploads that dropped halfway simply',
    'resumed once the link came back, and the queue remembered its place even after the program was closed.',
  ),
  'Other touches we liked during testing:',
];
const sList = [
  'folder comparison that highlights files changed on either side',
  'bandwidth limits per site, handy on shared connections',
  'a built-in editor that uploads a file each time it is saved',
];
const sSec3 = [
  j(
    'The interface scales poorly on very small laptop screens, where the queue panel eats into the file lists, and the search box',
    'only looks at the current folder. Neither is a deal breaker, but both are worth knowing before you commit.',
  ),
  j(
    'All in all, Quayside FTP is a dependable, quiet tool that gets out of the way, and its free edition covers everything most',
    'people need to keep a website in sync.',
  ),
  j(
    'A paid edition adds scheduled synchronisation and scripting, but we did not feel held back by the free version at any point',
    'during a week of daily use.',
  ),
];
const sMenu = ['Windows', 'Drivers', 'Games', 'Mac', 'Linux', 'Scripts', 'Mobile', 'Webapps', 'News'];
const sCrumbs = ['Softpedia', 'Windows', 'Internet', 'FTP Clients', 'Quayside FTP'];
const sRel = ['HarbourSync FTP Server', 'Wherry Transfer Manager', 'FileBarge Portable'];
const sSpec = ['LICENSE TYPE:', 'OS:', 'FILE SIZE:', 'DEVELOPER:', 'CATEGORY:'];
const sFoot = ['About Softpedia', 'Privacy Policy', 'Terms of Use', 'Advertise', 'Contact'];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Download Quayside FTP 5.4.2</title>
<meta name="description" content="Download Quayside FTP 5.4.2 - A calm FTP, FTPS and SFTP client with resumable transfers and folder comparison">
<meta property="og:site_name" content="Softpedia"><link rel="canonical" href="https://www.softpedia.com/get/Internet/FTP-Clients/Quayside-FTP.shtml">
<link rel="stylesheet" href="https://www.softpedia-static.example/base_v4.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"SoftwareApplication","name":"Quayside FTP","softwareVersion":"5.4.2",
"operatingSystem":"Windows 11 / 10","applicationCategory":"Internet","review":{"@type":"Review","author":{"@type":"Person","name":"Mirela Tanase"}}}</script>
<script>var spjs_prog_id=337104; var sp_ad_slots=["ad_top","ad_side"];</script></head>
<body class="spbody"><div id="sjmp"><div class="main-header"><div class="container"><a href="/" class="sp-logo">Softpedia</a>
<ul class="fl mainmenu">${links(sMenu, 'menuitem')}</ul><form class="search_form"><input type="text" placeholder="Search"></form></div></div>
<div class="container"><div class="grid_48 dlcls"><div class="ad" id="ad_top"><span class="adlabel">ADVERTISEMENT</span></div>
<div class="grid_48 breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${sCrumbs
  .map(
    (c) =>
      `<span itemprop="itemListElement" itemscope
itemtype="https://schema.org/ListItem"><a itemprop="item" href="#"><span itemprop="name">${c}</span></a></span>`,
  )
  .join(' &gt; ')}</div>
<div class="main_content"><div class="grid_36 pagecontent" itemscope itemtype="https://schema.org/SoftwareApplication">
<h1 itemprop="name">${sTitle}</h1><h2 class="sanscond curent_version">A calm FTP, FTPS and SFTP client with resumable transfers and folder comparison</h2>
<div class="fl prodhead"><div class="dllinkbox2"><a href="#" class="dlbtn" id="dls_click">DOWNLOAD NOW</a>
<div class="dlinfo">2,418 downloads · Added on: March 4, 2026 · Updated on: March 4, 2026</div></div>
<div class="clean100"><a href="/progClean/Quayside-FTP-Clean-337104.html">100% CLEAN</a> report malware</div></div>
<div class="grid_36 app_descr" id="rev"><div class="fl rev_meta"><span class="sanscond">REVIEW BY</span>
<a href="/editors/mirela-tanase" class="author" rel="author">Mirela Tanase</a><span class="revdate">March 4, 2026</span></div>
<div itemprop="description" class="description">${ps(sIntro)}
<h3>${sH[0]}</h3>
${ps(sSec1)}
<h3>${sH[1]}</h3>
${ps(sSec2)}
<ul>${lis(sList)}</ul>
<h3>${sH[2]}</h3>
${ps(sSec3)}</div>
<div class="tags">Filed under <a href="#">Transfer client</a> <a href="#">SFTP</a> <a href="#">File transfer</a></div></div>
<div class="grid_36 specs" id="specifications"><h4 class="sanscond">Quayside FTP was reviewed by Mirela Tanase</h4><table class="specs">
${sSpec
  .map((k, i) => `<tr><td class="spec-k">${k}</td><td>${['Freeware', 'Windows 11 / Windows 10', '14.2 MB', 'Harling Quay Software', 'Internet'][i]}</td></tr>`)
  .join('\n')}
</table><div class="sysreq"><b>SYSTEM REQUIREMENTS</b><ul><li>.NET Framework 4.8</li></ul></div>
<div class="user_rating">USER RATING <span class="urvalue">4.3/5</span> 27 votes</div></div>
<div class="grid_36 comments"><a href="#comments" class="showcomments">Load comments</a></div></div>
<div class="grid_12 sidebar"><div class="ad" id="ad_side"><span class="adlabel">ADVERTISEMENT</span></div><div class="relbox"><h4>Related downloads</h4>
<ul>${links(sRel, 'relitem')}</ul></div><div class="newsletter"><p>Get the Softpedia weekly newsletter with the best new downloads</p>
<input type="email" placeholder="Your email"><button>Subscribe</button></div></div></div></div></div>
<div id="footer"><ul>${links(sFoot)}</ul><p>© 2001 - 2026 Softpedia. All rights reserved.</p></div>
<div class="cmp-banner" id="qc-cmp2-ui"><p>We value your privacy. We and our partners store and access information on your device.</p>
<button>AGREE</button><button>MORE OPTIONS</button></div></div></body></html>`;
const softpedia: TestPage = {
  name: 'heldout402-softpedia-download-page',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...sSec1, ...sSec2, ...sList, ...sSec3]),
  bylines: ['REVIEW BY', 'Mirela Tanase', 'March 4, 2026', 'Added on: March 4, 2026', 'Updated on: March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sMenu, ...sCrumbs.slice(0, -1), 'ADVERTISEMENT', 'A calm FTP, FTPS and SFTP client with resumable transfers and folder comparison', 'DOWNLOAD NOW',
    '2,418 downloads', '100% CLEAN', 'report malware', 'Filed under', 'Transfer client', 'File transfer', 'Quayside FTP was reviewed by Mirela Tanase',
    ...sSpec, 'Freeware', 'Windows 11 / Windows 10', '14.2 MB', 'Harling Quay Software', 'SYSTEM REQUIREMENTS', '.NET Framework 4.8', 'USER RATING', '4.3/5',
    '27 votes', 'Load comments', 'Related downloads', ...sRel, 'Get the Softpedia weekly newsletter with the best new downloads', 'Subscribe', ...sFoot,
    '© 2001 - 2026 Softpedia. All rights reserved.', 'We value your privacy. We and our partners store and access information on your device.', 'AGREE',
    'MORE OPTIONS',
  ],
};

export const HELDOUT402_B: readonly TestPage[] = [msStore, softpedia];
