import { links, type TestPage, texts } from './page-kit.js';
import { dellPage } from './pages-heldout168-f2.js';

/**
 * Held-out batch 168, file f: a Cisco configuration guide chapter on cisco.com (the global header with its menus, the
 * breadcrumb, the book title and "Updated" date, the "Book Contents" panel, the download box with PDF, ePub and MOBI links,
 * the "Bias-Free Language" box, the "Chapter Contents" list, "Print" and "Save", a restriction list and a numbered task with a
 * command table, "Was this Document Helpful?", the "Contact Cisco" box and the footer) and, from file f2, a Dell support
 * knowledge-base article.
 */
const csTitle = 'Configuring Storm Control';
const csH1 = 'Restrictions for Storm Control';
const csL1 = [
  'Storm control is supported only on physical interfaces; it cannot be configured on port channels or on their member ports.',
  'Only one suppression level can be set for each traffic type on an interface.',
  'Storm control on the uplink modules is measured in packets per second only.',
];
const csH2 = 'Information About Storm Control';
const csP2 = [
  'Storm control prevents traffic on a LAN from being disrupted by a broadcast, multicast or unknown unicast storm on one of the ' +
    'physical interfaces. A storm occurs when packets flood the LAN, creating excessive traffic and degrading network performance. ' +
    'Errors in the protocol-stack implementation, mistakes in network configuration, or users issuing a denial-of-service attack ' +
    'can cause a storm.',
  'Storm control monitors the incoming traffic level over a one-second interval and compares it with the level you configure. ' +
    'When the traffic exceeds the rising threshold, the switch blocks that type of traffic until the level falls below the ' +
    'falling threshold. You can also configure the switch to shut the port down or send an SNMP trap instead.',
];
const csH3 = 'How to Configure Storm Control';
const csP3 = ['Beginning in privileged EXEC mode, follow these steps to configure storm control on an interface:'];
const csRows = [
  ['Enters global configuration mode.'],
  ['Specifies the interface to be configured and enters interface configuration mode.'],
  ['Configures broadcast storm control with a rising threshold of 20 percent and a falling threshold of 10 percent of the ' + 'interface bandwidth.'],
  ['Sends an SNMP trap when a storm is detected, instead of only filtering the traffic.'],
  ['Returns to privileged EXEC mode.'],
];
const csCmds = ['configure terminal', 'interface gigabitethernet1/0/7', 'storm-control broadcast level 20 10', 'storm-control action trap', 'end'];
const csP4 = [
  'To verify the configuration, enter <code>show storm-control</code> with the interface name. The output lists each traffic type ' +
    'with its thresholds and the current level, and shows <code>Blocking</code> in the state column while traffic is being dropped.',
  'If a port keeps reaching its threshold, check the attached device before raising the level. A looped cable between two access ' +
    'ports in the same VLAN is the most common cause of broadcast storms on access switches.',
];
const csNav = ['Products and Services', 'Solutions', 'Support', 'Learn', 'Explore Cisco', 'How to Buy', 'Partners Home', 'Partner Program'];
const csCrumbs = ['Home', 'Support', 'Product Support', 'Switches', 'Cisco Cordoba 4800 Series Switches', 'Configuration Guides'];
const csBook = 'Security Configuration Guide, Cisco IOS XE Tilden 17.18.x (Cordoba 4800 Switches)';
const csBookNav = [
  'Book Contents',
  'Book Title',
  'Configuring Port-Based Traffic Control',
  'Configuring Storm Control',
  'Configuring Protected Ports',
  'Configuring Port Blocking',
];
const csDl = [
  'Download',
  'Print',
  'Save',
  'Book PDF (4.1 MB)',
  'PDF - This Chapter (1.1 MB)',
  'View with Adobe Reader on a variety of devices',
  'ePub (2.3 MB)',
  'View in various apps on iPhone, iPad, Android, Sony Reader, or Windows Phone',
  'Mobi (Kindle) (2.0 MB)',
  'View on Kindle device or Kindle app on multiple devices',
];
const csUpdated = 'Updated: August 4, 2025';
const csBias = [
  'Bias-Free Language',
  'The documentation set for this product strives to use bias-free language. For the purposes of this documentation set, bias-free is ' +
    'defined as language that does not imply discrimination based on age, disability, gender, racial identity, ethnic identity, ' +
    'sexual orientation, socioeconomic status, and intersectionality.',
  'Learn more about how Cisco is using Inclusive Language.',
];
const csChap = ['Chapter: Configuring Storm Control', 'Chapter Contents'];
const csHelp = ['Was this Document Helpful?', 'Yes', 'No', 'Feedback'];
const csContact = ['Contact Cisco', 'Open a Support Case', '(Requires a Cisco Service Contract)'];
const csFoot = ['About Cisco', 'Contact Us', 'Careers', 'Meet our Partners', 'Terms & Conditions', 'Privacy Statement', 'Cookies', 'Trademarks'];
const csHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charset="utf-8">
<title>Security Configuration Guide - Configuring Storm Control [Cisco Cordoba 4800 Series Switches] - Cisco</title>
<meta name="description" content="Configuring Storm Control"><meta name="date" content="2025-08-04"><meta name="contentType" content="Configuration Guides">
<meta name="concept" content="Cisco Cordoba 4800 Series Switches"><meta name="accessLevel" content="Guest"><meta name="viewport"
content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/etc/designs/cdc/fw/w/cl/c-dom.min.css"><script src="/etc/designs/cdc/fw/w/cl/c-dom.min.js"></script>
<script src="//www.cisco.example/c/dam/cdc/t/ctm.js"></script><script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle",
"headline":"Configuring Storm Control","dateModified":"2025-08-04","publisher":{"@type":"Organization","name":"Cisco"}}</script></head>
<body class="cdc-fw"><div id="fw-skiplinks"><a href="#fw-content">Skip to main content</a><a href="#fw-search">Skip to search</a>
<a href="#fw-footer-v2">Skip to footer</a></div><header id="fw-hdr"><div id="fw-mb"><div class="mb-logo"><a href="/"><span class="sr-only">Cisco</span></a>
</div>
<nav id="fw-mb-nav" aria-label="Main"><ul>${links(csNav, 'mb-nav-item')}</ul></nav><div id="fw-search"><input type="search" placeholder="Search"
aria-label="Search">
</div><div class="fw-profile"><a href="/login">Log in</a></div></div></header>
<main id="fw-content"><div class="breadcrumbs" role="navigation"><ul>${links(csCrumbs, 'crumb')}</ul></div>
<div class="docHeaderComponent"><h1 id="fw-pagetitle" class="pageTitle">${csBook}</h1><div class="doc-updated">${csUpdated}</div>
<div class="actions"><a class="printpage" href="#">${csDl[1]}</a><a class="savepage" href="#">${csDl[2]}</a>
<div class="dlpanel"><button class="dl-toggle">${csDl[0]}</button><ul class="dl-menu" hidden>
${[
  [3, 5],
  [6, 7],
  [8, 9],
]
  .map(([a = 0, b = 0]) => `<li><a href="#">${csDl[a]}</a><p class="dl-sub">${csDl[b]}</p></li>`)
  .join('\n')}
<li><a href="#">${csDl[4]}</a></li></ul></div></div></div>
<div class="eot-layout"><nav id="eot-toc" class="bookToc" aria-label="Book"><h2 class="toc-title">${csBookNav[0]}</h2>
<ul>${links(csBookNav.slice(1), 'toc-item')}</ul></nav>
<div id="eot-doc-wrapper"><div class="biasFreeLanguage"><h3>${csBias[0]}</h3><p>${csBias[1]}</p><p><a
href="/c/en/us/about/social-justice/inclusive-language-policy.html">
${csBias[2]}</a></p></div>
<div class="chapterHeader"><h2 class="chapterTitle">${csChap[0]}</h2><div class="chapterContents"><h3>${csChap[1]}</h3><ul>
${[csH1, csH2, csH3].map((h) => `<li><a href="#${h.length}">${h}</a></li>`).join('\n')}</ul></div></div>
<section id="eot-doc-body" class="body"><h1 class="chapter-title" id="pagetitle">${csTitle}</h1>
<section class="topic"><h2 class="title">${csH1}</h2><ul>${csL1.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul></section>
<section class="topic"><h2 class="title">${csH2}</h2>${csP2.map((p) => `<p>${p}</p>`).join('\n')}</section>
<section class="topic"><h2 class="title">${csH3}</h2><p>${csP3[0]}</p>
<table class="pgwide"><thead><tr><th>Command or Action</th><th>Purpose</th></tr></thead><tbody>
${csCmds
  .map(
    (c, i) => `<tr><td><p><span class="step">Step ${i + 1}</span></p><pre class="cli">${c}</pre></td><td><p>${csRows[i]?.[0] ?? ''}</p></td>
</tr>`,
  )
  .join('\n')}
</tbody></table>${csP4.map((p) => `<p>${p}</p>`).join('\n')}</section></section>
<div class="docFeedback"><h3>${csHelp[0]}</h3><button>${csHelp[1]}</button><button>${csHelp[2]}</button><a href="#feedback">${csHelp[3]}</a></div></div>
<aside class="contact-cisco"><h3>${csContact[0]}</h3><a href="/c/en/us/support/web/tsd-cisco-worldwide-contacts.html">${csContact[1]}</a>
<p>${csContact[2]}</p></aside>
</div></main>
<footer id="fw-footer-v2"><ul>${links(csFoot)}</ul></footer></body></html>`;
const cisco: TestPage = {
  name: 'heldout168-cisco-config-guide',
  kind: 'docs',
  html: csHtml,
  // the book title (the page's h1 in the header) is furniture and the chapter's own h1 is the title; "Chapter Contents"
  // repeats the headings (entries left out); command cells are code, step labels furniture, purpose cells body
  title: csTitle,
  headings: [csH1, csH2, csH3],
  body: texts([...csL1, ...csP2, ...csP3, ...csRows.map((r) => r[0] ?? ''), ...csP4]),
  bylines: [csUpdated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to search', 'Skip to footer', ...csNav, 'Log in', ...csCrumbs, csBook, ...csDl, ...csBookNav.filter((t) => t !== csTitle),
    ...csBias, ...csChap, 'Step 1', 'Step 2', ...csHelp, ...csContact, ...csFoot,
  ],
};

export const HELDOUT168_F: readonly TestPage[] = [cisco, dellPage];
