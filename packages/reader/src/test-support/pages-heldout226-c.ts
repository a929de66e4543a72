import { links, type TestPage, texts } from './page-kit.js';
import { distroRelease } from './pages-heldout226-c2.js';

/**
 * Held-out batch 226, file c: a Chrome Releases post on Blogger (the blog header and description, the post's h2 title,
 * its date header, the post body with the security-fix list, the "Labels:" line and share buttons, the sidebar with the
 * search box, the labels list and the archive, the "Google" footer with privacy and terms) and, from file c2, a Linux
 * distribution's release announcement on its news page.
 */
const chTitle = 'Stable Channel Update for Desktop';
const chDate = 'Tuesday, March 16, 2027';
const chP1 = [
  'The Chrome team is delighted to announce the promotion of Chrome 149 to the stable channel for Windows, Mac and Linux. ' +
    'This will roll out over the coming days/weeks.',
  'Chrome 149.0.7611.52 contains a number of fixes and improvements -- a list of changes is available in the Log. Watch out ' +
    'for upcoming Chrome and Chromium blog posts about new features and big efforts delivered in 149.',
];
const chH1 = 'Security Fixes and Rewards';
const chP2 = [
  'Note: Access to bug details and links may be kept restricted until a majority of users are updated with a fix. We will also ' +
    'retain restrictions if the bug exists in a third party library that other projects similarly depend on, but haven’t yet fixed.',
  'This update includes 9 security fixes. Below, we highlight fixes that were contributed by external researchers. Please see ' +
    'the Chrome Security Page for more information.',
];
const chFixes = [
  '[$25000][401882731] High CVE-2027-1180: Use after free in Dawn. Reported by Ottilie Brandvold on 2027-02-03',
  '[$15000][402119460] High CVE-2027-1181: Type Confusion in V8. Reported by Kwame Asante-Boakye of Ridgeline Security Lab on 2027-02-09',
  '[$7000][399607215] Medium CVE-2027-1182: Inappropriate implementation in Autofill. Reported by Sun Meiling on 2027-01-21',
  '[$3000][403557011] Medium CVE-2027-1183: Insufficient policy enforcement in Downloads. Reported by Rafael Quintero on 2027-02-14',
  '[$1000][400871342] Low CVE-2027-1184: Incorrect security UI in Omnibox. Reported by Hedda Lindqvist on 2027-01-28',
  '[TBD][404001278] Low CVE-2027-1185: Out of bounds read in PDFium. Reported by Aditya Menon on 2027-02-20',
];
const chP3 = [
  'We would also like to thank all security researchers that worked with us during the development cycle to prevent security ' +
    'bugs from ever reaching the stable channel.',
  'As usual, our ongoing internal security work was responsible for a wide range of fixes:',
];
const chFixes2 = ['[405220911] Various fixes from internal audits, fuzzing and other initiatives'];
const chP4 = [
  'Many of our security bugs are detected using AddressSanitizer, MemorySanitizer, UndefinedBehaviorSanitizer, Control Flow ' + 'Integrity, libFuzzer, or AFL.',
  'Interested in switching release channels? Find out how here. If you find a new issue, please let us know by filing a bug. ' +
    'The community help forum is also a great place to reach out for help or learn about common issues.',
];
const chSign = 'Lorenzo Vescovi';
const chSign2 = 'Google Chrome';
const chLabels = ['Desktop Update', 'Stable updates'];
const chShare = ['Share on Twitter', 'Share on Facebook'];
const chSide = ['Search This Blog', 'Labels', 'Archive', 'Feed', 'Follow'];
const chSideLabels = [
  'Beta updates',
  'Chrome OS',
  'Chrome for Android',
  'Chrome for iOS',
  'Desktop Update',
  'Dev updates',
  'Extended Stable updates',
  'LTS',
  'Stable updates',
];
const chArchive = ['2027', 'Mar', 'Feb', 'Jan', '2026', '2025'];
const chFooter = ['Google', 'Privacy', 'Terms'];
const chHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en"><head><meta content="width=device-width, initial-scale=1" name="viewport">
<title>Chrome Releases: Stable Channel Update for Desktop</title><meta content="blogger" name="generator">
<link href="https://chromereleases.googleblog.com/2027/03/stable-channel-update-for-desktop_16.html" rel="canonical">
<meta content="Chrome Releases: Stable Channel Update for Desktop" property="og:title">
<link rel="alternate" type="application/atom+xml" title="Chrome Releases - Atom" href="https://chromereleases.googleblog.com/feeds/posts/default">
<link href="https://www.blogger.com/static/v1/widgets/2975350028-css_bundle_v2.css" rel="stylesheet" type="text/css">
<script type="text/javascript">var _gaq = _gaq || [];</script></head>
<body class="variant-google-chrome"><div class="navbar section" id="navbar" name="Navbar"><div class="widget Navbar" id="Navbar1"></div></div>
<div class="header-outer"><div class="header section" id="header"><div class="widget Header" id="Header1"><div class="header-inner">
<a href="https://chromereleases.googleblog.com/" style="display: block"><img alt="Chrome Releases" height="50"
src="https://blogger.googleusercontent.com/img/chrome-releases.png"></a>
<div class="descriptionwrapper"><p class="description"><span>Release updates from the Chrome team</span></p></div></div></div></div></div>
<div class="main-outer"><div class="columns"><div class="main-inner"><div class="column-center-inner"><div class="main section" id="main">
<div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="post" itemscope itemtype="http://schema.org/BlogPosting"><h2 class="title" itemprop="name"><a
href="https://chromereleases.googleblog.com/2027/03/stable.html"
itemprop="url" title="Stable Channel Update for Desktop">${chTitle}</a></h2>
<div class="post-header"><div class="published"><span class="publishdate" itemprop="datePublished">${chDate}</span></div></div>
<div class="post-body"><div class="post-content post-original" itemprop="articleBody"><script type="text/template">
<p>The Chrome team is delighted to announce the promotion of Chrome 149 to the stable channel</p></script><noscript>
<p>The Chrome team is delighted to announce the promotion of Chrome 149 to the stable channel</p></noscript>
<span style="font-family: arial;">${chP1[0]}</span><div><span style="font-family: arial;"><br></span></div>
<div><span style="font-family: arial;">Chrome 149.0.7611.52 contains a number of fixes and improvements -- a list of changes is available in the
<a href="https://chromium.googlesource.com/chromium/src/+log/148.0.7560.110..149.0.7611.52?pretty=fuller&amp;n=10000">Log</a>. Watch out for upcoming
<a href="https://chrome.blogspot.com/">Chrome</a> and <a href="https://blog.chromium.org/">Chromium</a> blog posts about new features and big efforts
delivered in 149.</span></div><div><br></div>
<div><span style="font-family: arial;"><b>${chH1}</b></span></div><div><br></div>
<div><span style="font-family: arial;">${chP2[0]}</span></div><div><br></div>
<div><span style="font-family: arial;">This update includes <a href="https://chromereleases.googleblog.com/search/label/Desktop%20Update">9</a>
security fixes.
Below, we highlight fixes that were contributed by external researchers. Please see the <a href="https://www.chromium.org/Home/chromium-security">Chrome
Security Page</a> for more information.</span></div><div><br></div>
${chFixes.map((f) => `<div><span style="font-family: arial;">${f}</span></div>`).join('\n')}
<div><br></div><div><span style="font-family: arial;">${chP3[0]}</span></div><div><br></div>
<div><span style="font-family: arial;">${chP3[1]}</span></div>
${chFixes2.map((f) => `<div><span style="font-family: arial;">${f}</span></div>`).join('\n')}<div><br></div>
<div><span style="font-family: arial;">${chP4[0]}</span></div><div><br></div>
<div><span style="font-family: arial;">Interested in switching release channels? Find out how <a
href="https://www.chromium.org/getting-involved/dev-channel">here</a>.
If you find a new issue, please let us know by <a href="https://crbug.com/">filing a bug</a>. The <a
href="https://support.google.com/chrome/community">community
help forum</a> is also a great place to reach out for help or learn about common issues.</span></div><div><br></div>
<div><span style="font-family: arial;">${chSign}</span></div><div><span style="font-family: arial;">${chSign2}</span></div>
</div></div>
<div class="share"><span class="gplus-share social-wrapper" data-href="https://plus.google.com/share"><img alt="${chShare[0]}"
src="https://www.gstatic.com/images/icons/material/system/2x/post_twitter_black_24dp.png"></span>
<span class="twitter-custom social-wrapper"><a href="https://twitter.com/intent/tweet" title="${chShare[0]}"><img alt="${chShare[0]}"></a></span>
<span class="fb-custom social-wrapper"><a href="https://www.facebook.com/sharer.php" title="${chShare[1]}"><img alt="${chShare[1]}"></a></span></div>
<div class="post-footer"><div class="cmt_iframe_holder"></div><span class="labels-caption">Labels:</span>
<span class="labels">${chLabels
  .map(
    (l) => `<a class="label" href="https://chromereleases.googleblog.com/search/label/${l}"
rel="tag">${l}</a>`,
  )
  .join(' , ')}</span></div>
</div></div>
<div class="blog-pager" id="blog-pager"><a class="home-link" href="https://chromereleases.googleblog.com/">Home</a></div></div></div></div></div>
<div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-top"><div class="widget BlogSearch" id="BlogSearch1">
<h2 class="title">${chSide[0]}</h2><form action="https://chromereleases.googleblog.com/search"><input class="gsc-input" name="q"
type="text"></form></div></div>
<div class="sidebar section" id="sidebar"><div class="widget Label" id="Label1"><div class="tab"><h2>${chSide[1]}</h2></div><div class="widget-content
list-label-widget-content">
<ul>${links(chSideLabels)}</ul></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><div class="tab"><h2>${chSide[2]}</h2></div><div class="widget-content"><ul
class="hierarchy">${links(chArchive)}</ul></div></div>
<div class="widget HTML" id="HTML1"><div class="tab"><h2>${chSide[3]}</h2></div><div class="widget-content"><a
href="https://chromereleases.googleblog.com/feeds/posts/default">
<img alt="" src="https://www.gstatic.com/images/icons/material/system/2x/rss_grey600_24dp.png"></a></div></div>
<div class="widget HTML" id="HTML2"><div class="tab"><h2>${chSide[4]}</h2></div><div class="widget-content"><a href="https://twitter.com/ChromeReleases">
<img alt="Follow @ChromeReleases" src="https://www.gstatic.com/images/icons/material/system/2x/post_twitter_black_24dp.png"></a></div></div></div></aside></div>
</div></div>
<div class="google-footer-outer footer-outer"><div class="google-footer-inner"><a href="https://www.google.com/"><img alt="${chFooter[0]}"
src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_dark_color_84x28dp.png"></a>
<ul class="google-footer-links"><li><a href="https://www.google.com/">${chFooter[0]}</a></li><li><a
href="https://www.google.com/policies/privacy/">${chFooter[1]}</a></li>
<li><a href="https://www.google.com/policies/terms/">${chFooter[2]}</a></li></ul></div></div>
<script src="https://www.blogger.com/static/v1/widgets/3566091532-widgets.js" type="text/javascript"></script></body></html>`;
const chrome: TestPage = {
  html: chHtml,
  name: 'heldout226-chrome-releases-post',
  kind: 'news',
  // the post body is a run of <div><span> lines, not <p>s; the bold "Security Fixes and Rewards" line is its one section
  // heading; the sign-off lines are bylines; the template and noscript copies of the opening line are in neither list
  title: chTitle,
  headings: [chH1],
  body: texts([...chP1, ...chP2, ...chFixes, ...chP3, ...chFixes2, ...chP4]),
  bylines: [chDate, chSign, chSign2],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Release updates from the Chrome team', 'Labels:', ...chLabels, 'Home', ...chSide, ...chSideLabels.filter((l) => !chLabels.includes(l)),
    ...chArchive, ...chFooter,
  ],
};

export const HELDOUT226_C: readonly TestPage[] = [chrome, distroRelease];
