import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 226, file c2: a Linux distribution's release announcement on its Debian-style static news page (the
 * header with logo, the top nav and search box, the "You are here" breadcrumb, the h1, the dateline, the announcement with
 * its "What's new", "Upgrading" and "About" sections and the contact block, and the footer with "Back to the ... homepage",
 * the "This page is also available in the following languages" list, the contact line and "Last Modified").
 */
const lxTitle = 'Larchmont Linux 9 "Wren" released';
const lxDate = 'March 6th, 2027';
const lxP1 = [
  'After 23 months of development, the Larchmont project is proud to present its new stable version 9 (code name "Wren"), ' +
    'which will be supported for the next five years thanks to the combined work of the Larchmont Security team and the ' +
    'Larchmont Long Term Support team.',
  'Larchmont 9 "Wren" ships with several desktop environments, including Plasma 6.5, GNOME 49, Xfce 4.22 and a refreshed ' +
    'version of our own lightweight Heron desktop. This release contains over 17,200 new packages, for a total count of ' +
    '71,480 packages, while over 6,900 packages have been removed as obsolete.',
];
const lxH1 = 'What’s new in Wren';
const lxList = [
  'The Linux kernel 6.16 series, with improved support for recent laptops and ARM single-board computers.',
  'An installer that can now set up full-disk encryption with a TPM-sealed key, with a passphrase as fallback.',
  'Official support for the riscv64 architecture, alongside amd64, arm64, armhf, ppc64el and s390x.',
  'The <code>apt</code> 3.1 package manager, with a clearer solver and colour output by default.',
  'Reproducible builds for 97 percent of the packages in the main archive.',
];
const lxP2 = [
  'The i386 architecture is no longer supported as an installation target. Existing 32-bit libraries remain available for ' +
    'running older software on 64-bit systems.',
];
const lxH2 = 'Upgrading from Larchmont 8';
const lxP3 = [
  'Upgrades from Larchmont 8 "Tern" are handled automatically by the apt package management tool for most configurations. ' +
    'As always, Larchmont systems may be upgraded painlessly, in place, without any forced downtime, but it is strongly ' +
    'recommended to read the release notes as well as the installation guide for possible issues.',
  'The release notes will be further improved and translated to additional languages in the weeks after the release.',
];
const lxH3 = 'Want to give it a try?';
const lxP4 = [
  'If you simply want to try Larchmont 9 "Wren" without installing it, you can use one of the available live images, which ' +
    'load and run the complete operating system in a read-only state from your computer’s memory. Images are provided for ' +
    'the amd64 and arm64 architectures and are available for DVDs, USB sticks and netboot setups.',
];
const lxH4 = 'About Larchmont';
const lxP5 = [
  'Larchmont is a free operating system, developed by thousands of volunteers from all over the world who collaborate via ' +
    'the Internet. The Larchmont project’s key strengths are its volunteer base, its dedication to the Larchmont Social Contract ' +
    'and free software, and its commitment to provide the best operating system possible.',
];
const lxH5 = 'Contact Information';
const lxP6 = ['For further information, please visit the Larchmont web pages at https://www.larchmont.example/ or send mail to ' + 'press@larchmont.example.'];
const lxNav = ['About Larchmont', 'Getting Larchmont', 'Support', 'Developers’ Corner'];
const lxCrumbs = ['Larchmont', 'News', 'News from 2027', 'News -- Larchmont 9 "Wren" released'];
const lxLangs = [
  'български (Bəlgarski)',
  'Català',
  'dansk',
  'Deutsch',
  'español',
  'français',
  'Italiano',
  'Nederlands',
  'polski',
  'Português',
  'Русский (Russkij)',
  'suomi',
  'svenska',
  'Türkçe',
  '中文(简)',
];
const lxFooter = [
  'Back to the Larchmont Project homepage.',
  'This page is also available in the following languages:',
  'How to set the default document language',
  'See our contact page to get in touch. Web site source code is available.',
  'Last Modified: Sat, Mar 6 19:02:11 UTC 2027',
  'Last Built: Sun, Mar 7 08:40:04 UTC 2027',
  'Copyright © 2027 LPI and others; See license terms',
  'Larchmont is a trademark of Larchmont Public Interest, Inc.',
];
const lxHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Larchmont -- News -- Larchmont 9 "Wren" released</title>
<link rel="author" href="mailto:webmaster@larchmont.example"><meta name="Description" content="Larchmont 9 Wren released">
<meta name="Generator" content="WML 2.32.0"><meta name="Modified" content="2027-03-06 19:02:11">
<meta name="viewport" content="width=device-width"><link href="../../larchmont.css" rel="stylesheet" type="text/css">
<link href="../../larchmont-en.css" rel="stylesheet" type="text/css" media="all"><link rel="alternate" type="application/rss+xml" title="RSS"
href="https://www.larchmont.example/News/news"><script src="../../search.js" async></script></head>
<body><div id="header"><div id="upperheader"><div id="logo"><a href="../../" title="Larchmont Home"><img src="../../Pics/larchmont-logo.png"
alt="Larchmont" width="50" height="61"></a></div><p class="section"><a href="../../News/">NEWS</a></p>
<div id="searchbox"><form name="p" method="get" action="https://search.larchmont.example/cgi-bin/omega"><p><input type="hidden" name="DB" value="en">
<input name="P" value="" size="14"><input type="submit" value="Search"></p></form></div></div>
<div id="navbar"><p class="hidecss"><a href="#content">Skip Quicknav</a></p><ul>${links(lxNav)}</ul></div>
<p id="breadcrumbs"><span class="breadcrumb">You are here:</span> <a href="../../">${lxCrumbs[0]}</a> / <a href="../">${lxCrumbs[1]}</a> /
<a href="./">${lxCrumbs[2]}</a> / ${lxCrumbs[3]}</p></div>
<div id="content"><h1>${lxTitle}</h1>
<p><strong>${lxDate}</strong></p>
${ps(lxP1)}
<h2>${lxH1}</h2>
<ul>${lxList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(lxP2)}
<h2>${lxH2}</h2>
${ps(lxP3)}
<h2>${lxH3}</h2>
${ps(lxP4)}
<h2>${lxH4}</h2>
${ps(lxP5)}
<h2>${lxH5}</h2>
<p>For further information, please visit the Larchmont web pages at <a href="https://www.larchmont.example/">https://www.larchmont.example/</a> or send
mail to press@larchmont.example.</p>
</div>
<div id="footer"><hr class="hidecss"><p>${(lxFooter[0] ?? '').replace('Larchmont Project homepage', '<a href="../../">Larchmont Project homepage</a>')}</p>
<div id="pageLang"><div id="langSelector"><p>${lxFooter[1]}</p><div id="langContainer">
${lxLangs.map((l) => `<a href="./20270306.${l.slice(0, 2)}.html" title="${l}" hreflang="x" lang="x" rel="alternate">${l}</a>`).join('\n')}</div>
<p><a href="../../intro/cn#langChoice">${lxFooter[2]}</a></p></div></div><hr>
<div id="footermap"><!--UdmComment--><p><strong><a href="/">Home</a></strong></p><ul id="footermap-cola">${links(lxNav)}</ul><!--/UdmComment--></div>
<div id="fineprint"><p>See our <a href="../../contact">contact page</a> to get in touch. Web site source code is <a
href="https://salsa.larchmont.example/webmaster-team/webwml">available</a>.</p>
<p class="lastmod">${lxFooter[4]}</p><p class="lastmod">${lxFooter[5]}</p>
<p class="copyright">Copyright © 2027 <a href="https://www.lpi.example/">LPI</a> and others; See <a href="../../license" rel="copyright">license terms</a></p>
<p>${lxFooter[7]}</p></div></div></body></html>`;
export const distroRelease: TestPage = {
  html: lxHtml,
  name: 'heldout226-larchmont-release-announcement',
  kind: 'news',
  // the "About" and "Contact Information" sections are part of the announcement as the project publishes it, so they are
  // headings and body; the nav item "About Larchmont" repeats that heading and is left out of the furniture
  title: lxTitle,
  headings: [lxH1, lxH2, lxH3, lxH4, lxH5],
  body: texts([...lxP1, ...lxList, ...lxP2, ...lxP3, ...lxP4, ...lxP5, ...lxP6]),
  bylines: [lxDate],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'NEWS', 'Skip Quicknav', ...lxNav.slice(1), 'You are here:', ...lxCrumbs.slice(1), ...lxLangs, ...lxFooter, 'Home',
  ],
};
