import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout530-kit.js';

/**
 * Held-out batch 530, file f: a repair technician's blog post on Hugo (PaperMod theme, with a table of contents, a code
 * block, tags and post navigation), and a repair guide on a MediaWiki wiki (Vector 2022, with an infobox and categories).
 */
const uTitle = 'Fixing a ThinkPad that charges but will not turn on';
const uA = [
  j(
    'This one came in last week from a small accounting office we support: a three-year-old ThinkPad that showed the orange',
    'charging light but did nothing when you pressed the power button. No fan, no keyboard light, nothing on an external',
    'monitor. The owner had already tried a different charger.',
  ),
  j(
    'Here is the order I work through on these, cheapest and quickest checks first. Most of the time the fix is one of the first',
    'three steps and the laptop never needs to leave the desk.',
  ),
];
const uSecs: [string, string[], string[]][] = [
  [
    'Step 1: the emergency reset hole',
    [
      j(
        'Most ThinkPads have a pinhole on the bottom marked with a small battery symbol. Unplug the charger, push a straightened',
        'paper clip in for ten seconds, then plug the charger back in and try the power button. This cuts power to the embedded',
        'controller, which can hang after a bad sleep or a firmware update.',
      ),
      'On this laptop, it did nothing. On the next three I see, it will probably fix two of them.',
    ],
    [],
  ],
  [
    'Step 2: check the charger is really talking',
    [
      j(
        'A USB-C charger that lights the LED is not necessarily delivering power. I plug in a USB-C power meter between charger and',
        'laptop. If it sits at 5V and never moves up to 20V, the laptop and charger are not agreeing on power, and the fault is usually',
        'in the port or the power chip behind it.',
      ),
    ],
    [],
  ],
  [
    'Step 3: look at the battery from the BIOS',
    [
      j(
        'If you can get the machine to start with the internal battery disabled (some models let you do this from the BIOS on the',
        'next boot), check the battery health and cycle count. On Linux, the same numbers are a single command away:',
      ),
      'On this laptop the battery read as 0% and "not charging" with a design capacity mismatch, which was the clue.',
    ],
    [],
  ],
  [
    'Step 4: open it up',
    [
      j(
        'With the bottom cover off, I disconnect the internal battery and the coin cell for a full minute. Then I reconnect only the',
        'charger. This laptop started straight away, which pointed at the main battery holding the controller in a protection state.',
      ),
    ],
    ['Disconnect the charger before you open the case.', 'Unplug the battery connector with a plastic spudger, never a screwdriver.', 'Wait a full minute.'],
  ],
  [
    'The fix',
    [
      j(
        'A new battery, $74 from our supplier, and twenty minutes of labour. I updated the BIOS and the embedded controller firmware',
        'while it was open, because Lenovo fixed a battery-reporting bug in a later release.',
      ),
      j(
        'If you run a small office, the lesson is boring but useful: when a laptop with an old battery starts acting strangely,',
        'replace the battery before you replace the laptop.',
      ),
    ],
    [],
  ],
];
const uCode = 'upower -i /org/freedesktop/UPower/devices/battery_BAT0 | grep -E "state|percentage|capacity"';
const uNav = ['Posts', 'Archive', 'Tags', 'About', 'Search'];
const uTags = ['thinkpad', 'battery', 'troubleshooting'];
const uSec = (
  s: (typeof uSecs)[number],
  i: number,
): string => `<h2 id="step-${i + 1}">${s[0]}<a hidden class="anchor" aria-hidden="true" href="#step-${i + 1}">#</a></h2>
${ps(i === 2 ? s[1].slice(0, 1) : s[1])}${
  i === 2
    ? `<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-bash" data-lang="bash"><span class="line">
<span class="cl">${uCode.replace(/"/g, '&quot;')}</span></span></code></pre></div>${ps(s[1].slice(1))}`
    : ''
}${s[2].length > 0 ? `<ol>${lis(s[2])}</ol>` : ''}`;
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow"><title>Fixing a ThinkPad that charges but will not turn on | Bench Notes</title>
<meta name="keywords" content="thinkpad, battery, troubleshooting">
<meta name="description" content="The order I work through when a laptop shows a charge light and nothing else.">
<meta name="author" content="Tomasz Reyes"><link rel="canonical" href="https://benchnotes.dev/posts/thinkpad-no-power/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
 as="style">
<meta name="generator" content="Hugo 0.125.4"><script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${uTitle}",
"datePublished":"2025-05-18T08:00:00+00:00","author":[{"@type":"Person","name":"Tomasz Reyes"}]}</script>
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://benchnotes.dev/" accesskey="h" title="Bench Notes (Alt + H)">Bench Notes</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)">
<svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18"></svg></button></div></div>
<ul id="menu">${links(uNav)}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://benchnotes.dev/">Home</a>&nbsp;»&nbsp;<a
 href="https://benchnotes.dev/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${uTitle}</h1>
<div class="post-meta"><span title="2025-05-18 08:00:00 +0000 UTC">May 18, 2025</span>&nbsp;·&nbsp;5 min&nbsp;·&nbsp;Tomasz Reyes</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>${uSecs
  .map(([h], i) => `<li><a href="#step-${i + 1}" aria-label="${h}">${h}</a></li>`)
  .join('')}</ul></div></details></div>
<div class="post-content">${ps(uA)}
${uSecs.map(uSec).join('\n')}</div>
<footer class="post-footer"><ul class="post-tags">${uTags.map((t) => `<li><a href="https://benchnotes.dev/tags/${t}/">${t}</a></li>`).join('')}</ul>
<nav class="paginav"><a class="prev" href="https://benchnotes.dev/posts/label-printer-drivers/"><span class="title">« Prev</span><br>
<span>Label printers and the driver that would not die</span></a><a class="next" href="https://benchnotes.dev/posts/office-wifi-survey/">
<span class="title">Next »</span><br>
<span>A cheap Wi-Fi survey for a two-floor office</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="https://x.com/intent/tweet/?text=Fixing">
<svg viewBox="0 0 512 512"></svg></a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share on linkedin" href="https://www.linkedin.com/shareArticle?mini=true">
<svg viewBox="0 0 512 512"></svg></a></li></ul>
</footer></article></main>
<footer class="footer"><span>&copy; 2025 <a href="https://benchnotes.dev/">Bench Notes</a>
</span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer"
 target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6"></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script></body></html>`;
const hugoPost: TestPage = {
  name: 'heldout530-hugo-thinkpad-no-power',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: uSecs.map(([h]) => h),
  body: [...uA, ...uSecs.flatMap(([, p, l]) => [...p, ...l])],
  bylines: ['May 18, 2025 · 5 min · Tomasz Reyes'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bench Notes', ...uNav, 'Home', 'Table of Contents', ...uTags, '« Prev', 'Label printers and the driver that would not die', 'Next »',
    'A cheap Wi-Fi survey for a two-floor office', '© 2025 Bench Notes', 'Powered by Hugo & PaperMod',
  ],
};

const mTitle = 'Kestrel Aero 13 battery replacement';
const mIntro = j(
  'This guide covers replacing the internal battery of the <a href="/wiki/Kestrel_Aero_13" title="Kestrel Aero 13">Kestrel Aero 13</a>',
  '(models KA13-2021 and KA13-2022). The battery is held by screws and two adhesive strips, so no heat is needed, but the',
  'ribbon cable for the trackpad runs across it and is easy to tear.',
);
const mTools = ['T5 Torx screwdriver', 'Plastic spudger or opening pick', 'Replacement battery KB-4410 (51 Wh)', 'Tweezers'];
const mSteps = [
  'Shut the laptop down fully (not sleep) and unplug the charger.',
  'Remove the ten T5 screws from the bottom cover. The two screws nearest the hinge are shorter; keep them apart.',
  'Starting at the front edge, release the clips with the spudger and lift the cover away.',
  'Disconnect the battery connector by lifting it straight up from the board.',
  'Flip up the locking flap on the trackpad ribbon cable connector and slide the cable out.',
  'Remove the four battery screws, pull the adhesive strips out slowly, and lift the battery out.',
  'Fit the new battery, reconnect the trackpad cable and battery, and refit the cover.',
];
const mNotes = [
  j(
    'After the swap, charge the laptop to 100% before first use. The battery gauge may read wrongly for the first two or three',
    'cycles while the controller learns the new cell.',
  ),
  j(
    'Swollen batteries must not be punctured or bent. If the old battery is swollen, remove it as gently as possible and take it',
    'to a battery recycling point; do not put it in household waste.',
  ),
];
const mHeads = ['Tools and parts', 'Procedure', 'Notes'];
const mInfo = [
  ['Difficulty', 'Moderate'],
  ['Time', '20–30 minutes'],
  ['Device', 'Kestrel Aero 13'],
];
const mTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const mFoot = ['Privacy policy', 'About RepairWiki', 'Disclaimers', 'Mobile view'];
const mh = (h: string): string => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Kestrel_Aero_13_battery_replacement&amp;action=edit" title="Edit section: ${h}">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Kestrel Aero 13 battery replacement - RepairWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Kestrel_Aero_13_battery_replacement","wgTitle":"Kestrel Aero 13 battery replacement","wgCurRevisionId":18224,
"wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.1"><link rel="canonical" href="https://wiki.repairhub.org/wiki/Kestrel_Aero_13_battery_replacement"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject
 page-Kestrel_Aero_13_battery_replacement
 rootpage-Kestrel_Aero_13_battery_replacement skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown" title="Main menu">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox"
 class="vector-dropdown-checkbox" aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox"
 class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span
 class="vector-dropdown-label-text">Main menu</span></label></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">RepairWiki</strong></span></a></div><div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box">
<form action="/index.php" id="searchform"><div id="simpleSearch">
<input type="search" name="search" placeholder="Search RepairWiki" aria-label="Search RepairWiki"
 id="searchInput"></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="pt-createaccount" class="mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container">
<div id="vector-toc" class="vector-toc">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div>
</a></li>
${mHeads
  .map(
    (h, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${mTabs
  .slice(0, 2)
  .map((t) => `<li class="mw-list-item"><a href="#"><span>${t}</span></a></li>`)
  .join('')}</ul></nav>
<nav aria-label="Views"><ul>${mTabs
  .slice(2)
  .map((t) => `<li class="mw-list-item"><a href="#"><span>${t}</span></a></li>`)
  .join('')}</ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From RepairWiki</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-title">Repair guide</th></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('\n')}</tbody></table>
<p>${mIntro}</p>
${mh(mHeads[0] ?? '')}<ul>${lis(mTools)}</ul>
${mh(mHeads[1] ?? '')}<ol>${lis(mSteps)}</ol>
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:KA13_battery.jpg" class="mw-file-description">
<img src="/images/thumb/4/4e/KA13_battery.jpg/300px-KA13_battery.jpg"
 class="mw-file-element" width="300" height="200"></a><figcaption>The trackpad ribbon cable (circled) runs over the battery.</figcaption></figure>
${mh(mHeads[2] ?? '')}${ps(mNotes)}
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
 href="https://wiki.repairhub.org/index.php?title=Kestrel_Aero_13_battery_replacement&amp;
oldid=18224">https://wiki.repairhub.org/index.php?title=Kestrel_Aero_13_battery_replacement&amp;oldid=18224</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Laptop_battery_guides">Laptop battery guides</a></li><li><a href="/wiki/Category:Kestrel">Kestrel</a></li></ul></div></div>
</div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 March 2025, at 14:22.</li>
<li id="footer-info-copyright">Content is available under <a class="external"
 href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot, 'mw-list-item')}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawikiGuide: TestPage = {
  name: 'heldout530-mediawiki-battery-guide',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([mIntro, ...mTools, ...mSteps, ...mNotes]),
  bylines: ['This page was last edited on 3 March 2025, at 14:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'RepairWiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)', ...mTabs, 'From RepairWiki', 'Repair guide',
    ...mInfo.flatMap(([k, v]) => (k === 'Device' ? [k] : [k ?? '', v ?? ''])), 'edit',
    'The trackpad ribbon cable (circled) runs over the battery.',
 'Retrieved from "https://wiki.repairhub.org/index.php?title=Kestrel_Aero_13_battery_replacement&oldid=18224"',
    'Categories', 'Laptop battery guides', 'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT530_F: readonly TestPage[] = [hugoPost, mediawikiGuide];
