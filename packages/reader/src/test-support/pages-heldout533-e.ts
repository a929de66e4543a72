import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, finish, j, lis, rowText, tr } from './pages-heldout533-kit.js';

/**
 * Held-out batch 533, file e: a hosting co-operative's members wiki on MediaWiki (Vector 2022) with mail server settings, a
 * sticky table of contents, edit links, a wikitable and categories, and a small registrar's transfer guide in an old
 * table layout (font tags, spacer images, a left navigation column, bold lines as section heads).
 */
const mTitle = 'Mail server settings';
const mBody = [
  j(
    "This page lists the settings for connecting a mail client to the co-operative's mail servers. They apply to every member",
    'mailbox, whatever domain it is on. Use your full email address as the username.',
  ),
  'Incoming mail',
  'Use IMAP where you can, so that the same folders show on every device. POP3 is still offered for members who keep mail offline.',
  'Outgoing mail',
  j(
    'Sending always needs authentication with the same username and password as incoming mail. Port 25 is blocked for members on',
    'home connections by most Dutch providers, so use 587 or 465.',
  ),
  'Troubleshooting',
  'If the client says the certificate does not match, check that the server name is <code>mail.hofwerk.coop</code> and not your own domain.',
  'If sending fails with error 535, the password is wrong or the mailbox has been suspended for unpaid dues.',
  'Clients older than 2016 may not support TLS 1.2; upgrade them or use webmail.',
];
const mCols = ['Protocol', 'Server', 'Port', 'Security'];
const mIn = [
  ['IMAP', 'mail.hofwerk.coop', '993', 'SSL/TLS'],
  ['POP3', 'mail.hofwerk.coop', '995', 'SSL/TLS'],
];
const mOut = [
  ['SMTP', 'mail.hofwerk.coop', '587', 'STARTTLS'],
  ['SMTP', 'mail.hofwerk.coop', '465', 'SSL/TLS'],
];
const mMenu = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTabs = ['Page', 'Discussion', 'Read', 'View source', 'View history', 'Tools'];
const mFoot = ['Privacy policy', 'About Hofwerk members wiki', 'Disclaimers'];
const mHead = (t: string, n: number): string => `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Mail_server_settings&amp;action=edit&amp;section=${n}" title="Edit section: ${t}">
<span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;
const mTable = (rows: readonly string[][]): string => `<table class="wikitable"><tbody><tr>${mCols.map((c) => `<th>${c}</th>`).join('')}</tr>
${rows.map(tr).join('\n')}</tbody></table>`;
const mToc = ['(Top)', at(mBody, 1), at(mBody, 3), at(mBody, 5)]
  .map(
    (t, i) => `<li id="toc-${i}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}">
<div class="vector-toc-text">${i === 0 ? '' : `<span class="vector-toc-numb">${i}</span>`}<span>${t}</span></div></a></li>`,
  )
  .join('\n');
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Hofwerk members wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Mail_server_settings","wgTitle":"Mail server settings","wgCurRevisionId":812,"wgCategories":["Email","Member services"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.3"><meta name="robots" content="max-image-preview:standard"><meta name="viewport" content="width=1120">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" title="Hofwerk members wiki (en)">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Mail_server_settings
rootpage-Mail_server_settings
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container">
<header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon
mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header vector-main-menu-pinnable-header"><div class="vector-pinnable-header-label">
Main menu</div></div><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mMenu, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/resources/assets/hofwerk.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">Hofwerk members wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
<a href="/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Hofwerk members wiki [f]" accesskey="f">
<span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Hofwerk members wiki" aria-label="Search Hofwerk members wiki"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div><nav class="vector-user-links" aria-label="Personal tools">
<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><ul class="vector-menu-content-list"><li id="pt-createaccount-2"
class="user-links-collapsible-item
mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item
mw-list-item"><a href="/index.php?title=Special:UserLogin" accesskey="o"><span>Log in</span></a></li></ul></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">${mToc}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/Mail_server_settings"
title="View the content page [c]"><span>${at(mTabs, 0)}</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Mail_server_settings&amp;action=edit&amp;redlink=1" rel="discussion"
title="Discussion about the content page (page does not exist) [t]"><span>${at(mTabs, 1)}</span></a></li></ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list">${mTabs
  .slice(2, 5)
  .map((t) => `<li class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Mail_server_settings"><span>${t}</span></a></li>`)
  .join('')}</ul></div></div></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown
vector-page-tools-dropdown"><label for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button"><span class="vector-dropdown-label-text">
${at(mTabs, 5)}</span></label></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div><div id="siteSub" class="noprint">From Hofwerk members wiki</div></div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">${ps([at(mBody, 0)])}
<meta property="mw:PageProp/toc">
${mHead(at(mBody, 1), 1)}${ps([at(mBody, 2)])}${mTable(mIn)}
${mHead(at(mBody, 3), 2)}${ps([at(mBody, 4)])}${mTable(mOut)}
${mHead(at(mBody, 5), 3)}<ul>${lis(mBody.slice(6))}</ul>
<!-- NewPP limit report Parsed by mw-web.hofwerk Cached time: 20260903112004 --></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://wiki.hofwerk.coop/index.php?title=Mail_server_settings&amp;oldid=812">
https://wiki.hofwerk.coop/index.php?title=Mail_server_settings&amp;oldid=812</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/Category:Email" title="Category:Email">Email</a></li><li><a href="/Category:Member_services"
title="Category:Member services">Member services</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 3 September 2026,
at 11:20.</li><li id="footer-info-copyright">Content is available under <a class="external"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot, 'mw-list-item')}</ul><ul id="footer-icons" class="noprint">
<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88"
height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":88});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout533-mediawiki-mail-settings',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [at(mBody, 1), at(mBody, 3), at(mBody, 5)],
  body: texts([at(mBody, 0), at(mBody, 2), ...mIn.map(rowText), at(mBody, 4), ...mOut.map(rowText), ...mBody.slice(6)]),
  bylines: ['This page was last edited on 3 September 2026, at 11:20.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mMenu, 'Hofwerk members wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)',
    ...mTabs, 'From Hofwerk members wiki', 'edit', 'Categories', 'Email', 'Member services',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

const tTitle = 'Transferring your domain to Kerrow Names';
const tBody = [
  j(
    'Transferring a domain to us is simple and keeps your web site and email running the whole time. The transfer fee of $8.95',
    'includes one extra year of registration, added on to your current expiry date.',
  ),
  'Step 1 - Prepare your domain',
  j(
    'Ask your current registrar to remove the registrar lock and to send you the authorization (EPP) code. Make sure the',
    'administrative contact email address is correct, because we send the confirmation there.',
  ),
  'Step 2 - Order the transfer',
  j(
    'Enter your domain in the transfer box on our home page, type in the EPP code and pay for the transfer. You can transfer up to',
    '50 domains in one order.',
  ),
  'Step 3 - Confirm by email',
  j(
    'We email the administrative contact a link to confirm the transfer. Once you confirm, the transfer normally completes within',
    '5 days. You will receive a second email from us when it is done.',
  ),
  'Which domains can be transferred?',
  '.com, .net, .org, .info, .biz and .us can be transferred online. For .uk and .ca domains please contact our support desk.',
  j(
    'Domains registered less than 60 days ago, or within 60 days of a previous transfer, cannot be transferred. This is a rule of',
    'the registries, not of Kerrow Names.',
  ),
];
const tHeads = [1, 3, 5, 7];
const tLeft = ['Home', 'Register a Domain', 'Transfer a Domain', 'Renew', 'WHOIS Lookup', 'Web Hosting', 'Support', 'Contact Us'];
const tFoot = ['Home', 'Register', 'Transfer', 'Renew', 'WHOIS', 'Support', 'Privacy', 'Terms'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Kerrow Names - Domain Transfers - Cheap Domain Names, Web Hosting</title>
<meta name="keywords" content="domain transfer, transfer domain, cheap domain transfer, epp code, kerrow">
<meta name="description" content="Transfer your domain name to Kerrow Names for only $8.95 a year.">
<link rel="stylesheet" href="/style.css" type="text/css">
<script language="JavaScript" type="text/javascript">function MM_swapImage(){var i,j=0,x,a=MM_swapImage.arguments;document.MM_sr=new Array;}</script>
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-118204-1']); _gaq.push(['_trackPageview']);</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="3" bgcolor="#003366">
<table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td><a href="/"><img src="/images/logo.gif" width="220" height="48" border="0"
alt="Kerrow Names"></a></td><td align="right"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">Domain names from $7.49/yr
&nbsp;|&nbsp; <a href="/account/" class="toplink">My Account</a></font></td></tr></table></td></tr>
<tr><td colspan="3" bgcolor="#E8EEF4"><form name="search" method="post" action="/check.cgi" style="margin:0"><table border="0" cellpadding="4"
cellspacing="0"><tr>
<td><font face="Verdana" size="2"><b>Find your domain:</b></font></td><td>www.<input type="text" name="domain" size="24"></td><td><select name="tld">
<option>.com</option><option>.net</option><option>.org</option></select></td><td><input type="submit" value="Search"></td></tr></table></form></td></tr>
<tr><td width="160" valign="top" bgcolor="#F2F2F2"><img src="/images/spacer.gif" width="160" height="10"><br>
<table width="150" border="0" cellspacing="0" cellpadding="3" align="center">${tLeft
  .map(
    (t) => `<tr><td class="leftnav"><img src="/images/arrow.gif" width="7" height="7"> <a href="/${t.toLowerCase().replace(/ /g, '')}.html"
class="navlink">${t}</a></td></tr>`,
  )
  .join('\n')}</table><br><table width="150" border="1" bordercolor="#CCCCCC" cellspacing="0" cellpadding="4" align="center"><tr><td bgcolor="#FFFFCC">
<font face="Verdana" size="1"><b>Special offer!</b><br>Free email forwarding with every domain.</font></td></tr></table><br>
<div align="center"><img src="/images/secure-seal.gif" width="100" height="50" alt="Secured by SSL"></div></td>
<td width="10"><img src="/images/spacer.gif" width="10" height="1"></td>
<td width="610" valign="top"><br><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="pagetitle">
<font face="Verdana, Arial, Helvetica, sans-serif" size="4" color="#003366"><b>${tTitle}</b></font></td></tr>
<tr><td><img src="/images/hr.gif" width="600" height="3"></td></tr><tr><td class="bodytext"><font face="Verdana, Arial, Helvetica, sans-serif" size="2">
${tBody.map((b, i) => (tHeads.includes(i) ? `<p><b><font color="#CC6600">${b}</font></b><br>` : `${tHeads.includes(i - 1) ? '' : '<p>'}${b}</p>`)).join('\n')}
<p><a href="/transfer.cgi"><img src="/images/btn-transfer.gif" width="160" height="32" border="0" alt="Transfer now"></a></p>
<p><font size="1"><a href="#top">Back to top</a></font></p></font></td></tr></table></td></tr>
<tr><td colspan="3" bgcolor="#003366" align="center"><font face="Verdana" size="1" color="#FFFFFF">${tFoot
  .map((t) => `<a href="/${t.toLowerCase()}.html" class="footlink">${t}</a>`)
  .join(' | ')}<br>Copyright &copy; 2001-2026 Kerrow Names Ltd. All rights reserved.</font></td></tr></table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout533-table-layout-transfer',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tHeads.map((i) => at(tBody, i)),
  body: texts(tBody.filter((_, i) => !tHeads.includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Domain names from $7.49/yr', 'My Account', 'Find your domain:', 'www.', ...tLeft, 'Special offer!', 'Free email forwarding with every domain.',
    'Back to top', ...tFoot, 'Copyright © 2001-2026 Kerrow Names Ltd. All rights reserved.',
  ],
};

export const HELDOUT533_E: readonly TestPage[] = [mediawiki, tableLayout].map(finish);
