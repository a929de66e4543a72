import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 180, file b2: a Linode (Akamai) docs guide on linode.com/docs (the Akamai/Linode header with "Products",
 * "Solutions", "Marketplace", "Pricing", "Partners", "Docs", "Log in" and "Sign up", the docs sub-nav, breadcrumbs, the
 * published/updated byline with the author, the free-credit promo box and "Contribute on GitHub" / report links before
 * the text, the "In this guide" toc, the sudo shortguide note, the "More Information" section with its standard
 * disclaimer, the "originally published" line, the "Related" guides list, the footer and the TrustArc cookie bar).
 */
const lnTitle = 'Use logrotate to Manage Log Files on Ubuntu 24.04';
const lnIntro = [
  'Log files grow until they fill the disk unless something trims them. <code>logrotate</code> is the standard tool for that on ' +
    'Ubuntu: it renames, compresses and eventually deletes old logs on a schedule you set, and can tell a service to reopen its ' +
    'log file afterwards.',
];
const lnH1 = 'Before You Begin';
const lnSteps = [
  'If you have not already done so, create a Linode account and Compute Instance. See our Getting Started with Linode and ' +
    'Creating a Compute Instance guides.',
  'Follow our Setting Up and Securing a Compute Instance guide to update your system and create a limited user account.',
];
const lnNote =
  'This guide is written for a non-root user. Commands that require elevated privileges are prefixed with <code>sudo</code>. ' +
  'If you’re not familiar with the <code>sudo</code> command, see the Users and Groups guide.';
const lnH2 = 'How logrotate Runs';
const lnP2 = [
  'On Ubuntu 24.04, <code>logrotate</code> is started once a day by a systemd timer rather than by cron. The main configuration ' +
    'lives in <code>/etc/logrotate.conf</code>, and each package that writes logs adds its own file under ' +
    '<code>/etc/logrotate.d/</code>.',
  'To see when the timer last ran and when it will run next, list the timer:',
];
const lnH3 = 'Write a Configuration for Your Application';
const lnP3 = [
  'Suppose an application called Harrowgate writes its logs to <code>/var/log/harrowgate/</code>. Create a file named ' +
    '<code>/etc/logrotate.d/harrowgate</code> with the following contents:',
  'Each directive controls one part of the rotation:',
];
const lnList = [
  '<code>daily</code> rotates the logs once a day. Use <code>weekly</code> or <code>monthly</code> for quieter services.',
  '<code>rotate 14</code> keeps fourteen old copies before deleting the oldest.',
  '<code>compress</code> and <code>delaycompress</code> gzip old logs, but leave the most recent copy uncompressed so a process ' +
    'still writing to it is not affected.',
  '<code>missingok</code> and <code>notifempty</code> skip the rotation quietly if the log is missing or empty.',
  '<code>postrotate</code> runs a command after rotation, here a reload that makes Harrowgate reopen its log files.',
];
const lnH4 = 'Test the Configuration';
const lnP4 = [
  'Run <code>logrotate</code> in debug mode to check the file without rotating anything. The output lists each log it would ' +
    'rotate and any errors in the configuration.',
  'When the output looks right, force a rotation once to confirm that the <code>postrotate</code> command works and that the ' +
    'application keeps writing to the new file.',
];
const lnH5 = 'More Information';
const lnP5 = [
  'You may wish to consult the following resources for additional information on this topic. While these are provided in the ' +
    'hope that they will be useful, please note that we cannot vouch for the accuracy or timeliness of externally hosted materials.',
];
const lnRes = ['logrotate manual page', 'systemd.timer documentation'];
const lnNav = ['Products', 'Solutions', 'Marketplace', 'Pricing', 'Partners', 'Docs', 'Log in', 'Sign up'];
const lnSub = ['Guides', 'Reference Architectures', 'Products', 'API', 'Blog', 'Community'];
const lnCrumbs = ['Docs Home', 'Guides', 'Linux Server Administration', 'Monitoring Logs'];
const lnPromo = ['Try this guide with a $100 credit.', 'This credit will be applied to any valid services used during your first 60 days.', 'Sign Up'];
const lnRelated = ['Using journalctl to Read systemd Logs', 'Monitor System Logs with Logwatch', 'Use Cron to Schedule Tasks for Certain Times or Intervals'];
const lnFoot = [
  'Company',
  'About Us',
  'Careers',
  'Press',
  'Legal Center',
  'Resources',
  'Docs',
  'Marketplace',
  'Community Q&A',
  'Status',
  'Cloud Computing Services',
  'Support',
  'Contact Sales',
  'Privacy Statement',
  'Cookie Preferences',
  'Accessibility',
  '© 2025 Akamai Technologies, Inc. All Rights Reserved.',
];
const lnCookie = 'We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.';
const lnPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const lnH = (t: string): string => `<h2 id="${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${t}</h2>`;
const lnPre = (
  c: string,
): string => `<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-command" data-lang="command">${c}</code></pre>
<button class="copy-code-button" aria-label="Copy code to clipboard">Copy</button></div>`;
const lnHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${lnTitle} | Linode Docs</title><meta name="description" content="Learn how to configure logrotate on Ubuntu 24.04.">
<meta name="keywords" content="logrotate,logs,ubuntu"><meta property="og:title" content="${lnTitle}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-06-12T00:00:00Z"><meta property="article:modified_time" content="2025-09-30T00:00:00Z">
<link rel="canonical" href="https://www.linode.com/docs/guides/use-logrotate-to-manage-log-files-on-ubuntu-24-04/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${lnTitle}",
"author":{"@type":"Person","name":"Tamsin Oyelaran"},"datePublished":"2025-06-12","dateModified":"2025-09-30",
"publisher":{"@type":"Organization","name":"Linode"}}</script>
<link rel="stylesheet" href="/docs/main.min.7c1f0e.css"><script src="https://consent.trustarc.com/notice?domain=linode.com&c=teconsent" async></script>
</head><body class="guides single"><div id="linode-menus"><header class="c-site-header" role="banner"><div class="c-site-header__inner">
<a class="c-site-header__logo" href="https://www.linode.com/"><span class="sr-only">Akamai Cloud</span></a>
<nav class="c-site-header__nav" aria-label="Main"><ul>${links(lnNav, 'c-site-header__item')}</ul></nav></div></header>
<nav class="docs-subnav" aria-label="Docs"><ul>${links(lnSub, 'docs-subnav__item')}</ul>
<form class="docs-search" role="search"><input type="search" placeholder="Search guides" aria-label="Search"></form></nav></div>
<div class="container mx-auto flex"><main class="w-full lg:w-3/4" id="main"><article class="content-article">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${lnCrumbs.map((t) => `<li><a href="/docs/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`).join('')}
</ol></nav><h1 class="title">${lnTitle}</h1>
<div class="byline"><span class="published">Published June 12, 2025</span> <span class="updated">Updated September 30, 2025</span>,
<span class="author">by <a href="/docs/authors/tamsin-oyelaran/">Tamsin Oyelaran</a></span></div>
<div class="docs-promo-box"><h3 class="docs-promo-box__title">Create a Linode account</h3><p>${lnPromo[0]}</p><p class="small">${lnPromo[1]}</p>
<a class="btn btn-primary" href="https://login.linode.com/signup?promo=docs100">${lnPromo[2]}</a></div>
<div class="contribute"><a href="https://github.com/linode/docs" class="contribute__link">Contribute on GitHub</a>
<p class="contribute__issue"><a href="https://github.com/linode/docs/issues/new">Report an Issue</a> | <a href="#">View File</a> | <a href="#">Edit File</a>
</p></div>
<div class="content-body">
${lnPs(lnIntro)}
${lnH(lnH1)}
<ol>${lnSteps.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>
<div class="note"><div class="note__title">Note</div><div class="note__body"><p>${lnNote}</p></div></div>
${lnH(lnH2)}
${lnPs(lnP2)}
${lnPre('systemctl list-timers logrotate.timer')}
${lnH(lnH3)}
${lnPs(lnP3.slice(0, 1))}
<div class="file-excerpt"><div class="file-excerpt__title">File: /etc/logrotate.d/harrowgate</div>
${lnPre('/var/log/harrowgate/*.log {\n    daily\n    rotate 14\n    compress\n    delaycompress\n    missingok\n    notifempty\n}')}</div>
${lnPs(lnP3.slice(1))}
<ul>${lnList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${lnH(lnH4)}
${lnPs(lnP4.slice(0, 1))}
${lnPre('sudo logrotate --debug /etc/logrotate.d/harrowgate')}
${lnPs(lnP4.slice(1))}
${lnPre('sudo logrotate --force /etc/logrotate.d/harrowgate')}
${lnH(lnH5)}
${lnPs(lnP5)}
<ul>${lnRes.map((t) => `<li><a href="https://manpages.ubuntu.example/${t.replace(/ /g, '-')}" target="_blank">${t}</a></li>`).join('\n')}</ul>
<p class="originally-published">This page was originally published on Thu, Jun 12, 2025.</p>
</div>
<section class="related-guides"><h2>Related</h2><ul>${links(lnRelated, 'related-guides__item')}</ul></section>
</article></main>
<aside class="hidden lg:block lg:w-1/4"><div class="toc"><h2 class="toc__title">In this guide</h2><ul>
${[lnH1, lnH2, lnH3, lnH4, lnH5].map((t) => `<li><a href="#${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${t}</a></li>`).join('\n')}
</ul></div></aside></div>
<footer class="c-site-footer"><ul class="c-site-footer__links">${links(lnFoot, 'c-site-footer__item')}</ul></footer>
<div id="consent_blackbar"><div id="truste-consent-track" class="truste-banner"><p id="truste-consent-text">${lnCookie}</p>
<button id="truste-consent-button">Agree and Proceed</button><button id="truste-show-consent">Cookie Preferences</button></div></div>
<script src="/docs/js/main.bundle.3b9e.js"></script></body></html>`;
export const linodeGuide: TestPage = {
  name: 'heldout180-linode-docs',
  kind: 'docs',
  html: lnHtml,
  // the sudo note and the "More Information" section (its disclaimer and resource links) are part of the guide: body; the
  // "Note" and file-excerpt labels are in neither list; published, updated, author and "originally published" are bylines
  title: lnTitle,
  headings: [lnH1, lnH2, lnH3, lnH4, lnH5],
  body: [...texts(lnIntro), ...lnSteps, ...texts([lnNote]), ...texts(lnP2), ...texts(lnP3), ...texts(lnList), ...texts(lnP4), ...lnP5, ...lnRes],
  bylines: ['Published June 12, 2025', 'Updated September 30, 2025', 'by Tamsin Oyelaran', 'This page was originally published on Thu, Jun 12, 2025.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    ...lnNav, ...lnSub, ...lnCrumbs, 'Create a Linode account', ...lnPromo, 'Contribute on GitHub', 'Report an Issue', 'View File', 'Edit File',
    'Copy', 'Related', ...lnRelated, 'In this guide', ...lnFoot, lnCookie, 'Agree and Proceed',
    ]),
  ],
};
