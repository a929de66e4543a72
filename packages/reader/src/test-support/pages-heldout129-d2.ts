import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 129, file d2: an Ars Technica security story on the 2024 site (the header with "Sections", "Forum",
 * "Subscribe", "Search" and "Sign In", the hidden sections menu, the category link, dek, the "Text settings" popover with its
 * hidden options, the byline with date and comment count, the lead figure with caption and credit, the post content with h2
 * subheads, a list, a command in a code block and ad wrappers, the author mini-bio, the comments button, the prev/next
 * stories, the "Most Read" rail and the footer with its blurb and legal text).
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);
const aTitle = 'Critical flaw in Harbinger NAS boxes let attackers wipe drives without a password';
const aDek = 'Patch now: The bug has been exploited in the wild since at least September, researchers say.';
const aP1 = paras(`
Harbinger Systems, which makes network-attached storage devices popular with small offices and home users, has released firmware updates
fixing a critical vulnerability that allowed attackers on the Internet to erase drives without logging in.

The flaw, tracked as CVE-2025-48117, carries a severity rating of 9.8 out of 10. It resides in the web interface that Harbinger’s HOS
operating system uses for remote management. By sending a specially crafted request to a maintenance endpoint, an attacker could bypass
authentication and run commands with root privileges, according to an
<a href="https://www.harbinger.example/security/advisories/HSA-2025-11">advisory</a> published Monday.

Researchers at security firm Ironvale, who discovered the bug, said they had seen it exploited against at least 1,900 devices since
mid-September. In most cases, the attackers deleted every volume on the device and left a text file demanding payment in cryptocurrency
for the “return” of the data—which, as far as the researchers could tell, had never been copied off the device in the first place.

“This is extortion without the effort of actually stealing anything,” Ironvale researcher Noor Haddad told Ars. “Victims pay because they
don’t have backups, and the attackers are betting they won’t check.”`);
const aH1 = 'Who is affected';
const aP2 = ['The vulnerability affects every Harbinger model running the following versions of HOS:'];
const aList = ['HOS 5.0.0 through 5.0.6', 'HOS 5.1.0 through 5.1.3', 'HOS 4.9.x on devices that have remote access enabled'];
const aP3 = paras(`
Fixed versions are HOS 5.0.7 and 5.1.4. Harbinger said the 4.9 branch reached end of life in June and will not receive a patch; owners
of older devices that cannot run HOS 5 are advised to turn off remote access entirely.

Owners can check which version they are running from the control panel or by connecting over SSH and running:`);
const aCode = 'hos-info --version';
const aP4 = paras(`
Devices are only exposed if their management interface is reachable from the Internet, either because the owner turned on Harbinger’s
remote access service or forwarded the port on their router. A scan by Ironvale last week found about 42,000 such devices online, roughly a
third of them still running vulnerable firmware.`);
const aH2 = 'A familiar pattern';
const aP5 = paras(`
NAS devices have been a favorite target for ransomware groups for years, because they tend to hold exactly the files their owners care
about most and are rarely updated. Harbinger patched two other authentication bypass flaws in 2023, and one of those was also exploited
before a fix was available.

Ironvale said it reported the bug to Harbinger on September 22, shortly after spotting the first attacks in honeypot logs. Harbinger
released the fixes on October 31 and published its advisory four days later, a delay Haddad called “longer than we’d like given active
exploitation.”

In a statement, Harbinger said it had “worked as quickly as possible to develop, test, and distribute a fix across more than 30 models”
and that customers with automatic updates enabled would already have received it.

Anyone with a Harbinger device exposed to the Internet should update immediately and check the device’s logs for requests to the
<code>/maint/</code> path. And, as ever, the best protection against this kind of attack is an offline backup the attacker can’t reach.`);
const aSections = ['AI', 'Biz & IT', 'Cars', 'Culture', 'Gaming', 'Health', 'Policy', 'Science', 'Security', 'Space', 'Tech', 'Feature', 'Reviews'];
const aText = [
  'Text settings',
  'Story text',
  'Size',
  'Small',
  'Standard',
  'Large',
  'Width *',
  'Wide',
  'Links',
  'Orange',
  '* Subscribers only',
  'Learn more',
  'Minimize to nav',
];
const aCaption = 'A Harbinger four-bay NAS of the kind affected by the vulnerability.';
const aCredit = 'Credit: Harbinger Systems';
const aBio =
  'Marta Lindgren is a senior security reporter at Ars Technica. She covers malware, data breaches, and the people who find the bugs. ' +
  'She lives in Minneapolis.';
const aPrev = 'The Android update that bricked some phones is being pulled';
const aNext = 'Why your router’s firmware probably hasn’t been updated in years';
const aMost = [
  'New battery chemistry promises EV range of 600 miles, but there’s a catch',
  'A years-old Linux bug let any user become root on millions of servers',
  'This is the clearest picture yet of a planet forming around a distant star',
  'Streaming service raises prices for the third time in two years',
  'Review: A mechanical keyboard that finally fixes the noise problem',
];
const aBlurb = 'Ars Technica has covered technology, science and the policies that shape them for readers who want the details, not just the headline.';
const aFoot = [
  'About Us',
  'Staff Directory',
  'Newsletters',
  'Ars Videos',
  'General FAQ',
  'RSS Feeds',
  'Contact us',
  'Advertise with us',
  'Reprints',
  'Do Not Sell My Personal Information',
];
const aLegal =
  '© 2025 Condé Nast. All rights reserved. Use of and/or registration on any portion of this site constitutes acceptance of our User ' +
  'Agreement and Privacy Policy and Cookie Statement. Ars Technica may earn compensation on sales from links on this site.';
const aPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const aAd = (n: number): string => `<div class="ad-wrapper is-fullwidth is-mobile"><div class="ad-wrapper-inner"><div class="ad ad--mid-content"
id="ars-mid-${n}"></div></div></div>`;
const aHtml = `<!DOCTYPE html>
<html lang="en-US" class="dark:bg-gray-700"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Critical flaw in Harbinger NAS boxes let attackers wipe drives without a password - Ars Technica</title>
<meta name="description" content="${aDek}"><meta property="og:title" content="${aTitle}"><meta property="og:site_name" content="Ars Technica">
<meta name="parsely-author" content="Marta Lindgren"><meta name="parsely-section" content="Security">
<link rel="canonical" href="https://arstechnica.example/security/2025/11/critical-flaw-in-harbinger-nas-boxes-let-attackers-wipe-drives/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}","description":"${aDek}",
"datePublished":"2025-11-04T15:15:21+00:00","author":[{"@type":"Person","name":"Marta Lindgren"}],
"publisher":{"@type":"Organization","name":"Ars Technica"}}</script>
<script>window.ars={"postId":2123987,"section":"security","subscriber":false,"textSettings":{"size":"standard","width":"standard"}};</script>
<link rel="stylesheet" href="https://cdn.arstechnica.example/wp-content/themes/ars-v9/dist/app.5e9c1d.css"></head>
<body class="single single-post postid-2123987 bg-gray-100 dark:bg-gray-700"><header class="site-header sticky top-0 z-50 bg-gray-100">
<div class="mx-auto flex max-w-6xl items-center justify-between px-4"><a href="/" class="site-logo" aria-label="Ars Technica home"><svg
aria-hidden="true"></svg></a>
<nav class="flex items-center gap-4" aria-label="Main"><button class="sections-toggle font-impact uppercase" aria-expanded="false">Sections</button>
<a class="font-impact uppercase" href="/civis/">Forum</a><a class="font-impact uppercase" href="/store/product/subscriptions/">Subscribe</a>
<button class="search-toggle" aria-label="Search"><span class="sr-only">Search</span></button><a class="font-impact"
href="/civis/login/">Sign In</a></nav></div>
<div class="sections-menu hidden" id="sections-menu"><ul class="grid grid-cols-3 gap-2">${links(aSections, 'font-impact text-lg uppercase')}</ul></div></header>
<main id="main" class="mx-auto max-w-6xl px-4"><article class="double-column h-entry post-2123987 post type-post status-publish format-standard">
<header class="article-header mb-5"><div class="mb-2"><a class="font-impact text-sm uppercase text-orange-400" href="/security/">Security</a></div>
<h1 class="dusk:text-gray-100 mb-3 font-serif text-3xl font-bold leading-none text-gray-700 md:text-5xl">${aTitle}</h1>
<p class="text-gray-550 dark:text-gray-250 my-3 font-serif text-xl leading-tighter md:text-2xl">${aDek}</p>
<div class="text-settings-wrapper relative"><button class="text-settings-toggle font-impact text-xs uppercase" aria-haspopup="true">${aText[0]}</button>
<div class="text-settings-popover hidden" role="menu"><div class="font-impact uppercase">${aText[1]}</div><div><span>${aText[2]}</span>
<button>${aText[3]}</button><button>${aText[4]}</button><button>${aText[5]}</button></div><div><span>${aText[6]}</span><button>${aText[4]}</button>
<button>${aText[7]}</button></div><div><span>${aText[8]}</span><button>${aText[4]}</button><button>${aText[9]}</button></div>
<p class="text-xs">${aText[10]}</p><a href="/store/product/subscriptions/">${aText[11]}</a><button class="minimize-to-nav">${aText[12]}</button></div></div>
<div class="byline font-impact text-sm uppercase"><a class="author-link" href="/author/marta-lindgren/">Marta Lindgren</a> –
<time datetime="2025-11-04T15:15:21+00:00">Nov 4, 2025 10:15 am</time> | <a class="comments-link" href="#comments"><span class="comment-count">112</span></a>
</div></header>
<figure class="ars-lightbox-item intro-image"><img alt="A black four-bay NAS enclosure"
src="https://cdn.arstechnica.example/wp-content/uploads/2025/11/harbinger-nas.jpg">
<figcaption class="font-impact text-xs"><div class="caption">${aCaption}</div><div class="ars-credit">${aCredit}</div></figcaption></figure>
<div class="post-content post-content-double">
${aPs(aP1.slice(0, 3))}
${aAd(1)}
${aPs(aP1.slice(3))}
<h2>${aH1}</h2>
${aPs(aP2)}
<ul>${aList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${aPs(aP3)}
<pre><code>${aCode}</code></pre>
${aPs(aP4)}
${aAd(2)}
<h2>${aH2}</h2>
${aPs(aP5)}
</div>
<div class="author-mini-bio flex gap-3"><img class="rounded-full" alt="Photo of Marta Lindgren" src="https://cdn.arstechnica.example/authors/lindgren.jpg">
<div><a class="font-impact uppercase" href="/author/marta-lindgren/">Marta Lindgren</a><span
class="font-impact text-xs uppercase">Senior Security Reporter</span>
<p class="text-sm">${aBio}</p></div></div>
<div id="comments" class="comments-button"><a class="font-impact uppercase" href="/civis/threads/critical-flaw-in-harbinger-nas.1509876/">112 Comments</a></div>
<nav class="prev-next grid grid-cols-2" aria-label="More stories"><a href="/gadgets/2025/11/android-update-pulled/"><span
class="font-impact uppercase">Prev story</span>
<span class="font-serif">${aPrev}</span></a><a href="/information-technology/2025/11/router-firmware/"><span class="font-impact uppercase">Next story</span>
<span class="font-serif">${aNext}</span></a></nav></article>
<aside class="sidebar most-read"><h2 class="font-impact uppercase">Most Read</h2><ol>
${aMost
  .map(
    (t, i) => `<li class="flex"><img alt="Listing image for story ${i + 1} in Most Read" src="https://cdn.arstechnica.example/mr-${i}.jpg">
<a class="font-serif" href="/most-read/${i}/">${t}</a></li>`,
  )
  .join('\n')}</ol>
<div class="ad-wrapper ad-wrapper--sidebar"><div class="ad ad--sidebar" id="ars-sidebar-1"></div></div></aside></main>
<footer class="site-footer bg-gray-700 text-gray-100"><p class="footer-blurb">${aBlurb}</p><ul
class="footer-links">${links(aFoot, 'font-impact uppercase')}</ul>
<p class="footer-legal text-xs">${aLegal}</p><a class="text-xs" href="/ad-choices/">Ad Choices</a></footer>
<script src="https://cdn.arstechnica.example/wp-content/themes/ars-v9/dist/app.5e9c1d.js" defer></script></body></html>`;
export const arsTechnica: TestPage = {
  html: aHtml,
  name: 'heldout129-ars-technica-news-article',
  kind: 'news',
  // the dek is body and the command in the code block is in neither list; the author and the date are bylines; the hidden
  // sections menu and text-settings options, the category, comment count, caption and credit, the author mini-bio, prev/next
  // stories, "Most Read", nav and footer are furniture ("Security" is both the category and a section)
  title: aTitle,
  headings: [aH1, aH2],
  body: texts([aDek, ...aP1, ...aP2, ...aList, ...aP3, ...aP4, ...aP5]),
  bylines: ['Marta Lindgren', 'Nov 4, 2025 10:15 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sections', 'Forum', 'Subscribe', 'Search', 'Sign In', ...aSections, ...aText, '112', aCaption, aCredit, 'Senior Security Reporter', aBio,
    '112 Comments', 'Prev story', aPrev, 'Next story', aNext, 'Most Read', ...aMost, aBlurb, ...aFoot, aLegal, 'Ad Choices',
  ],
};
