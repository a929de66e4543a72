import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout402-kit.js';

/**
 * Held-out batch 402, file e: a MacUpdate app page (header menu, breadcrumbs, app header with version, developer and rating,
 * download button with the "Safe & Verified" badge, Overview and What's new sections, the specs sidebar, Alternatives rail,
 * user reviews, the newsletter box and footer) and a Chocolatey community package page, a short main text page (package
 * header with the approved status, the choco install box, the package description with Features and Package Parameters,
 * the sidebar with owners, authors, statistics and dependencies, the version history table, files list, the virus scan
 * line, the Disqus discussion block and the footer).
 */
const uTitle = 'Loomkeeper';
const uOver = [
  j(
    'Loomkeeper is a menu bar utility that keeps your windows where you put them. Arrange a workspace once, for writing, for',
    'video calls or for editing photos, and it can be recalled with a shortcut, a click in the menu bar, or automatically when you',
    'plug in a particular display.',
  ),
  j(
    'Layouts remember the size and position of every window, which screen it sat on, and even which browser tabs were open. When',
    'an app is not running, Loomkeeper launches it and waits for its window before moving it into place.',
  ),
  'What you can do with Loomkeeper:',
];
const uList = [
  'Snap windows to halves, thirds and custom grids with the keyboard',
  'Save unlimited layouts and switch between them from the menu bar',
  'Trigger layouts when a display, dock or audio device is connected',
  'Hide everything except the frontmost app with a single shortcut',
];
const uOver2 = [
  j(
    'Loomkeeper is light on resources and sits quietly in the menu bar until you need it. It needs the accessibility permission to',
    'move other windows, and explains on first launch exactly why and how to grant it.',
  ),
  j(
    'A free trial unlocks every feature for fourteen days. After that, a single licence covers all the Macs you use yourself, and',
    'updates within the same major version are included.',
  ),
];
const uNewH = "What's new in version 3.2";
const uNew = [
  j(
    'Layouts can now include full-screen apps and Stage Manager groups. The settings window has been redesigned with a live preview',
    'of every layout, and the grid editor supports uneven columns.',
  ),
  'Fixed: windows of some older apps no longer jump back after being moved, and the shortcut recorder accepts the function keys again.',
];
const uMenu = ['Mac Apps', 'Categories', 'Deals', 'Blog', 'Sign in'];
const uCrumbs = ['Home', 'Productivity', 'Window Management', 'Loomkeeper'];
const uSpec = ['Version', 'Size', 'Developer', 'License', 'OS', 'Architecture', 'Date'];
const uAlt = ['Panekeep', 'Gridmoor Window Manager', 'Latchbay'];
const uFoot = ['About MacUpdate', 'Contact us', 'Advertise', 'Terms of Service', 'Privacy Policy', 'Cookie Policy'];
const uHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Loomkeeper for Mac: Free Download + Review [Latest Version]</title>
<meta name="description" content="Download Loomkeeper for Mac free. Save and recall window layouts from the menu bar."><meta property="og:site_name"
content="MacUpdate">
<link rel="canonical" href="https://www.macupdate.com/app/mac/66120/loomkeeper"><link rel="stylesheet" href="/build/app.9c1e.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"Loomkeeper","operatingSystem":"macOS",
"softwareVersion":"3.2","author":{"@type":"Organization","name":"Threadwell Apps"},"datePublished":"2026-03-05"}</script>
<script>window.__MU_STATE__={"appId":66120,"platform":"mac"};</script></head>
<body class="mu_body"><header class="mu_header"><a class="mu_header__logo" href="/">MacUpdate</a><nav class="mu_header__nav"><ul>${links(
  uMenu,
  'mu_header__item',
)}
</ul></nav></header><div class="mu_container"><nav class="mu_breadcrumbs"><ol>${links(uCrumbs, 'mu_breadcrumbs__item')}</ol></nav>
<div class="mu_app_page"><section class="mu_app_header"><img class="mu_app_header_icon" src="/images/icons/66120.png" alt="Loomkeeper icon">
<div class="mu_app_header_info"><h1 class="mu_app_header_title">${uTitle}</h1><span class="mu_app_header_version">3.2</span>
<p class="mu_app_header_developer">by <a href="/developer/threadwell-apps">Threadwell Apps</a></p>
<div class="mu_app_header_rating"><span class="mu_rating_value">4.5</span><span class="mu_rating_count">(41 reviews)</span></div></div>
<div class="mu_app_header_download"><a href="/app/mac/66120/loomkeeper/download" class="mu_button mu_button--download">Download</a>
<span class="mu_badge">Safe &amp; Verified</span><span class="mu_price">Free Trial · $14.99</span></div></section>
<div class="mu_app_content"><section class="mu_app_overview mu_description"><h2 class="mu_section_title">Overview</h2>${ps(uOver)}
<ul>${lis(uList)}</ul>${ps(uOver2)}</section>
<section class="mu_app_whats_new"><h2 class="mu_section_title">${uNewH}</h2><span class="mu_updated">Updated on March 5, 2026</span>${ps(uNew)}</section>
<div class="mu_ad"><span>Advertisement</span></div>
<section class="mu_reviews"><h2 class="mu_section_title">Loomkeeper Reviews</h2><div class="mu_review"><span class="mu_review_author">bramblebyte</span>
<span class="mu_review_date">Feb 12, 2026</span><p class="mu_review_text">Does exactly one thing and does it well. Display triggers are worth the price
alone.</p>
</div><a href="#" class="mu_button">Write a review</a></section></div>
<aside class="mu_app_sidebar"><section class="mu_specs"><h3>Specs</h3><dl>${uSpec
  .map(
    (k, i) =>
      `<dt>${k}</dt><dd>${['3.2', '11.8 MB', 'Threadwell Apps', 'Free Trial', 'macOS 12.0 or later', 'Intel 64, Apple Silicon', 'March 5, 2026'][i]}</dd>`,
  )
  .join('')}</dl></section>
<section class="mu_alternatives"><h3>Loomkeeper Alternatives</h3><ul>${links(uAlt, 'mu_alt')}</ul></section>
<section class="mu_newsletter"><h3>Stay up to date with the best Mac apps</h3><input type="email" placeholder="Email
address"><button>Subscribe</button></section>
</aside></div></div>
<footer class="mu_footer"><ul>${links(uFoot, 'mu_footer__item')}</ul><p>© 2026 MacUpdate. All rights reserved.</p></footer>
<div class="mu_cookie_banner"><p>We use cookies to personalise content and ads and to analyse our traffic.</p><button>Got it</button></div></body></html>`;
const macUpdate: TestPage = {
  name: 'heldout402-macupdate-app-page',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: ['Overview', uNewH],
  body: texts([...uOver, ...uList, ...uOver2, ...uNew]),
  bylines: ['Threadwell Apps', 'Updated on March 5, 2026', 'March 5, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'MacUpdate', ...uMenu, ...uCrumbs.slice(0, -1), '(41 reviews)', 'Download', 'Safe & Verified', 'Free Trial · $14.99', 'Advertisement', 'Loomkeeper Reviews',
    'bramblebyte', 'Feb 12, 2026', 'Does exactly one thing and does it well. Display triggers are worth the price alone.', 'Write a review', 'Specs',
    ...uSpec.filter((k) => k.length > 2), '11.8 MB', 'macOS 12.0 or later', 'Intel 64, Apple Silicon', 'Loomkeeper Alternatives', ...uAlt,
    'Stay up to date with the best Mac apps',
    'Subscribe', ...uFoot, '© 2026 MacUpdate. All rights reserved.', 'We use cookies to personalise content and ads and to analyse our traffic.', 'Got it',
  ],
};

const cTitle = 'Slipway CLI';
const cDesc = [
  j(
    'Slipway is a command-line tool for building and publishing static documentation sites. It reads a folder of Markdown files,',
    'applies a theme and writes plain HTML that can be served from any web server or object store.',
  ),
];
const cFeat = [
  'Incremental builds that only rewrite pages whose sources changed',
  'Full-text search index generated at build time, with no server needed',
  'Versioned documentation with a version picker in every theme',
  'Link checking that fails the build on broken internal links',
];
const cParamsIntro = ['The following package parameters can be set:'];
const cParams = [
  '/NoPath - do not add the Slipway folder to the system PATH',
  '/InstallDir: - install to a folder of your choosing instead of the default one',
  '/NoShim - skip creating the slipway shim in the Chocolatey bin folder',
];
const cParamsEx = [
  j(
    'These parameters can be passed to the installer with the use of <code>--params</code>. For example:',
    '<code>choco install slipway --params="\'/NoPath /InstallDir:C:\\tools\\slipway\'"</code>',
  ),
  'After installing, open a new terminal so that the changed PATH is picked up, then run slipway init inside an empty folder to start a site.',
];
const cNav = ['Why Chocolatey', 'Solutions', 'Services', 'Docs', 'Pricing', 'Community Packages', 'Blog'];
const cSide = ['Owners', 'Authors', 'Copyright', 'Tags', 'Release Notes', 'Dependencies'];
const cVer = ['Slipway CLI 0.14.2', 'Slipway CLI 0.14.1', 'Slipway CLI 0.13.0'];
const cFoot = ['Chocolatey Software, Inc.', 'Company', 'Contact', 'Legal', 'Privacy', 'Terms of Use', 'Newsletter'];
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Chocolatey Software | Slipway CLI 0.14.2</title>
<meta name="description" content="Slipway is a command-line tool for building and publishing static documentation sites.">
<meta property="og:title" content="Slipway CLI 0.14.2"><link rel="canonical" href="https://community.chocolatey.org/packages/slipway">
<link rel="stylesheet" href="/Content/dist/chocolatey.slim.min.css"><script>window.dataLayer=window.dataLayer||[];</script></head>
<body><div id="topNav"><div class="announcement-bar">Chocolatey Fest 2026 — call for speakers now open</div><nav class="navbar navbar-expand-xl">
<a class="navbar-brand" href="/">Chocolatey</a><ul class="navbar-nav">${links(cNav, 'nav-item')}</ul><a class="btn btn-primary" href="/account/login">Sign
In</a>
</nav></div><main id="mainContent" class="container"><section id="packageHeader" class="d-flex package-header"><img class="package-icon"
src="/content/packageimages/slipway.png"
alt="Slipway CLI"><div><h1 class="mb-0">${cTitle}</h1><p class="package-version">0.14.2</p>
<div class="alert alert-success" role="alert"><strong>Package Approved</strong> This package was approved by moderator fernhollow on 02 Mar 2026.</div>
<div class="alert alert-info"><strong>Virus Scan Results</strong> The package files have been scanned and none were found to be malicious.</div></div></section>
<div class="row"><div class="col-md-8"><section id="installCommand" class="card"><div class="card-header">To install Slipway CLI, run the following command from
the command line or from PowerShell:</div><div class="card-body"><pre><code>choco install slipway</code></pre>
<button class="btn btn-sm copy-command">Copy Command</button></div></section>
<section id="description" class="package-description"><h2 class="sr-only">Description</h2><div class="markdown">${ps(cDesc)}
<h2>Features</h2><ul>${lis(cFeat)}</ul>
<h2>Package Parameters</h2>${ps(cParamsIntro)}<ul>${lis(cParams)}</ul>${ps(cParamsEx)}</div></section>
<section id="files" class="card"><div class="card-header"><h3>Files</h3></div><ul class="list-unstyled"><li>tools\\chocolateyinstall.ps1</li>
<li>tools\\VERIFICATION.txt</li></ul></section>
<section id="versionhistory" class="card"><div class="card-header"><h3>Version History</h3></div><table
class="table"><thead><tr><th>Version</th><th>Downloads</th>
<th>Last Updated</th><th>Status</th></tr></thead><tbody>${cVer
  .map(
    (v, i) =>
      `<tr><td><a href="#">${v}</a></td><td>${['412', '1,903', '2,288'][i]}</td><td>${['3/2/2026', '1/20/2026', '11/4/2025'][i]}</td><td>Approved</td></tr>`,
  )
  .join('')}</tbody></table></section>
<section id="discussion" class="card"><div class="card-header"><h3>Discussion for the Slipway CLI Package</h3></div><p>Ground Rules:</p>
<ul><li>This discussion is only about Slipway CLI and the Slipway CLI package. If you have feedback for Chocolatey, please contact the Google Group.</li></ul>
<div id="disqus_thread"></div><script>var disqus_shortname = 'chocolatey';</script></section></div>
<aside class="col-md-4 package-sidebar"><dl>${cSide
  .map(
    (k, i) =>
      `<dt>${k}</dt><dd>${
        [
          'fernhollow, quillan-ops',
          'Slipway contributors',
          '© 2024-2026 Slipway contributors',
          'slipway static-site docs cli',
          'Release notes are on the project changelog',
          'No dependencies',
        ][i]
      }</dd>`,
  )
  .join('')}</dl><div class="stats"><p>4,603 Downloads</p><p>412 Downloads of v 0.14.2</p><p>Last Update: 02 Mar 2026</p></div>
<a href="#" class="btn btn-outline-secondary">Report Abuse</a><a href="#" class="btn btn-outline-secondary">Download Package</a></aside></div></main>
<footer class="footer"><ul>${links(cFoot, 'footer-link')}</ul><p>Copyright © 2017-2026 Chocolatey Software, Inc. All rights reserved.</p></footer>
<div id="cookieNotice" class="cookie-notice"><p>Chocolatey uses cookies to enhance the user experience of the
site.</p><button>Accept</button></div></body></html>`;
const chocolatey: TestPage = {
  name: 'heldout402-chocolatey-package-page',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['Features', 'Package Parameters'],
  body: texts([...cDesc, ...cFeat, ...cParamsIntro, ...cParams, ...cParamsEx]),
  bylines: ['This package was approved by moderator fernhollow on 02 Mar 2026.', 'Last Update: 02 Mar 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Chocolatey Fest 2026 — call for speakers now open', ...cNav, 'Sign In', 'Package Approved', 'Virus Scan Results',
    'The package files have been scanned and none were found to be malicious.', 'the command line or from PowerShell:', 'Copy Command', 'Files',
    'tools\\chocolateyinstall.ps1', 'tools\\VERIFICATION.txt', 'Version History', ...cVer, 'Downloads', 'Last Updated', 'Status', '1,903', '3/2/2026',
    'Discussion for the Slipway CLI Package', 'Ground Rules:',
    'This discussion is only about Slipway CLI and the Slipway CLI package.', ...cSide, 'fernhollow, quillan-ops', 'Slipway contributors',
    '© 2024-2026 Slipway contributors', 'slipway static-site docs cli', 'Release notes are on the project changelog', 'No dependencies', '4,603 Downloads',
    '412 Downloads of v 0.14.2', 'Report Abuse', 'Download Package', ...cFoot, 'Copyright © 2017-2026 Chocolatey Software, Inc. All rights reserved.',
    'Chocolatey uses cookies to enhance the user experience of the site.', 'Accept',
  ],
};

export const HELDOUT402_E: readonly TestPage[] = [macUpdate, chocolatey];
