import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 86, file f2: a university IT knowledge-base article in a TeamDynamix client portal (skip link, the
 * service-alert banner, the university header, the portal nav with "Sign In" and search, breadcrumbs whose last item
 * repeats the title, the title with tags, the article body with screenshots, a note and the templated "Need more help?"
 * contact box at its end, "Was this helpful?", the Details panel with article ID, created and modified times, the action
 * buttons, "Related Articles" and "Related Services / Offerings", and the university footer).
 */
const itTitle = 'Connect to eduroam on Windows 11';
const itH = ['Overview', 'Before you begin', 'Connect to eduroam', 'Troubleshooting'];
const itOverview = [
  'eduroam is the secure wireless network for students, faculty and staff. It encrypts everything you send over the air, and the ' +
    'same login works at thousands of other universities and research institutions around the world.',
  'These instructions are for Windows 11. If you connected to eduroam before with an old password, forget the network first ' +
    '(see <a href="#troubleshooting">Troubleshooting</a> below).',
];
const itBefore = [
  'Make sure you know your NetID and password. Your NetID is the part of your Ashford email address before the @ sign.',
  'Make sure Windows is up to date. Older versions of Windows may not trust the network’s security certificate.',
  'If you are setting up a university-owned laptop, it may already be configured. Check with your department’s IT contact before ' + 'changing its settings.',
];
const itSteps = [
  'Select the network icon at the right end of the taskbar.',
  'Select the arrow next to the <strong>Wi-Fi</strong> button to see the list of available networks.',
  'Select <strong>eduroam</strong>, then select <strong>Connect</strong>.',
  'When prompted, enter your full Ashford email address (for example, <em>jdoe@ashford.example</em>) as the user name, and your ' + 'NetID password.',
  'If Windows asks whether you want to continue connecting, check that the server name is <strong>radius.ashford.example</strong> ' +
    'and select <strong>Connect</strong>.',
  'Wait a few seconds. When the network shows <strong>Connected, secured</strong>, you are online.',
];
const itNote =
  '<strong>Note:</strong> Use your full email address, not just your NetID. Signing in with only your NetID works on campus but ' +
  'fails when you visit other eduroam institutions.';
const itTrouble = ['If you can’t connect, or you changed your password recently, forget the network and connect again:'];
const itForget = [
  'Open <strong>Settings</strong> and select <strong>Network &amp; internet</strong> &gt; <strong>Wi-Fi</strong>.',
  'Select <strong>Manage known networks</strong>.',
  'Find <strong>eduroam</strong> in the list and select <strong>Forget</strong>.',
  'Follow the steps in <a href="#connect">Connect to eduroam</a> again.',
];
const itTrouble2 = [
  'If you still can’t connect, join the <strong>Ashford-Guest</strong> network, which doesn’t need a login, and use it to check ' +
    'that your password works at <a href="https://password.ashford.example">password.ashford.example</a>.',
];
const itHelp = [
  'Need more help?',
  'Contact the IT Service Desk at 555-0142 or itsupport@ashford.example, or visit us in Room 110 of Penrose Library, Monday to ' + 'Friday, 8 a.m. to 6 p.m.',
];
const itAlert = 'Planned maintenance: Canvas will be unavailable on Saturday, October 18, from 6 a.m. to 10 a.m.';
const itNav = ['Home', 'Services', 'Knowledge Base', 'Service Status', 'Ask a Question'];
const itCrumbs = ['Knowledge Base', 'Network and Wi-Fi', 'Wireless'];
const itTags = ['eduroam', 'wifi', 'wireless', 'windows'];
const itVote = ['Was this helpful?', 'Yes', 'No', '0 reviews'];
const itActions = ['Print Article', 'Subscribe', 'Copy link', 'Ask a Question about this article'];
const itDetails = ['Details', 'Article ID:', '2817', 'Created', 'Modified'];
const itRelated = ['Connect to eduroam on macOS', 'Connect to eduroam on iPhone and iPad', 'Register a game console for the wired network'];
const itServices = ['Wireless Network Access'];
const itFoot = ['Privacy Statement', 'Accessibility', 'Non-discrimination Notice', 'Emergency Information', 'Report a Problem with This Site'];
const itUni = ['Ashford State University', 'Information Technology Services', '© 2025 Ashford State University'];
const itLis = (a: readonly string[]): string => a.map((p) => `<li>${p}</li>`).join('\n');
const itPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const itId = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const itShot = (file: string, alt: string): string => `<p><img src="/TDPortal/Images/Viewer?fileName=${file}&amp;beidInt=51" alt="${alt}"
style="width: 480px; height: auto; border: 1px solid #ccc;"></p>`;
const itHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Article - ${itTitle}</title><meta name="robots" content="index, follow"><meta property="og:title" content="${itTitle}">
<link rel="stylesheet" href="/TDPortal/Content/bootstrap-3.4.1/css/bootstrap.min.css?v=25.4.1">
<link rel="stylesheet" href="/TDClient/51/Portal/Content/theme.css">
<script src="/TDPortal/Content/Scripts/jquery/3.7.1/jquery.min.js"></script>
<script>var TeamDynamix = {Client: {appId: 51, isAuthenticated: false, kbArticleId: 2817}};</script></head>
<body><a href="#mainContent" class="sr-only sr-only-focusable">Skip to main content</a><div id="divMainContent">
<div class="alert alert-warning tdx-portal-alert" role="alert"><span class="fa fa-exclamation-triangle" aria-hidden="true"></span> ${itAlert}</div>
<div id="ctl00_ctl00_divCustomHeader" class="tdx-custom-header"><div class="container"><a href="https://www.ashford.example"><img
src="/TDPortal/Images/Viewer?fileName=ashford-wordmark.png&amp;beidInt=51" alt="Ashford State University"></a><span
class="header-unit">Information Technology Services</span></div></div>
<nav id="themed-nav" class="navbar navbar-default themed-nav" aria-label="Client portal"><div class="container"><ul class="nav navbar-nav">
${itNav.map((t) => `<li${t === 'Knowledge Base' ? ' class="active"' : ''}><a href="/TDClient/51/Portal/${itId(t)}">${t}</a></li>`).join('\n')}</ul>
<form class="navbar-form navbar-right" role="search" action="/TDClient/51/Portal/Shared/Search"><label for="SiteSearch-text" class="sr-only">Search
the client portal</label><input id="SiteSearch-text" type="text" class="form-control" placeholder="Search the client portal"></form>
<ul class="nav navbar-nav navbar-right"><li><a href="/TDClient/51/Portal/Login.aspx">Sign In</a></li></ul></div></nav>
<div id="divContent" class="container"><ul class="breadcrumb">
${itCrumbs.map((t) => `<li><a href="/TDClient/51/Portal/KB/?CategoryID=${t.length}">${t}</a></li>`).join('')}
<li class="active">${itTitle}</li></ul>
<div class="row gutter-top"><div class="col-md-9" id="mainContent"><h1 id="ctl00_ctl00_cpContent_cpContent_lblArticleTitle">${itTitle}</h1>
<div class="gutter-bottom" id="divTags"><span class="fa fa-tags" aria-hidden="true"></span><span class="sr-only">Tags</span>
${itTags.map((t) => `<a class="label label-tag" href="/TDClient/51/Portal/KB/Search?Tag=${t}">${t}</a>`).join('\n')}</div>
<div id="ctl00_ctl00_cpContent_cpContent_divBody" class="ke-content-article">
<h2 id="${itId(itH[0]!)}">${itH[0]}</h2>
${itPs(itOverview)}
<h2 id="${itId(itH[1]!)}">${itH[1]}</h2>
<ul>${itLis(itBefore)}</ul>
<h2 id="connect">${itH[2]}</h2>
<ol>${itLis(itSteps.slice(0, 3))}</ol>
${itShot('eduroam-win11-networks.png', 'The Wi-Fi list in Windows 11 with eduroam selected')}
<ol start="4">${itLis(itSteps.slice(3))}</ol>
<div class="alert alert-info">${itNote}</div>
<h2 id="troubleshooting">${itH[3]}</h2>
${itPs(itTrouble)}
<ol>${itLis(itForget)}</ol>
${itPs(itTrouble2)}
<div class="kb-contact-snippet well"><h3>${itHelp[0]}</h3><p>${itHelp[1]}</p></div>
</div>
<div id="divVoting" class="gutter-top"><div class="vote-label">${itVote[0]}</div><div class="btn-group"><button type="button" class="btn btn-default"
id="btnVoteYes">${itVote[1]}</button><button type="button" class="btn btn-default" id="btnVoteNo">${itVote[2]}</button></div>
<span class="text-muted vote-count">${itVote[3]}</span></div></div>
<div class="col-md-3"><div class="btn-toolbar gutter-bottom" role="toolbar">
${itActions.map((t) => `<button type="button" class="btn btn-default btn-sm">${t}</button>`).join('\n')}</div>
<div class="panel panel-default"><div class="panel-heading"><h2 class="panel-title">${itDetails[0]}</h2></div><div class="panel-body"><dl>
<dt>${itDetails[1]}</dt><dd>${itDetails[2]}</dd><dt>${itDetails[3]}</dt><dd>Tue 3/5/24 2:14 PM</dd><dt>${itDetails[4]}</dt><dd>Mon 10/13/25 9:02 AM</dd>
</dl></div></div>
<div class="panel panel-default"><div class="panel-heading"><h2 class="panel-title">Related Articles (3)</h2></div><ul class="list-group">
${links(itRelated, 'list-group-item')}</ul></div>
<div class="panel panel-default"><div class="panel-heading"><h2 class="panel-title">Related Services / Offerings (1)</h2></div><ul class="list-group">
${links(itServices, 'list-group-item')}</ul></div></div></div></div>
<footer id="tdx-custom-footer" class="tdx-footer"><div class="container"><p class="footer-name">${itUni[0]}</p><p>${itUni[1]} · 200 College Avenue,
Ashford</p><ul class="footer-links">${links(itFoot)}</ul><p class="footer-copy">${itUni[2]}</p></div></footer></div>
<script src="/TDPortal/Content/Scripts/tdx/dist/TDJSFramework.compiled.min.js?v=25.4.1"></script></body></html>`;

export const universityIt: TestPage = {
  name: 'heldout86-university-teamdynamix-kb-docs',
  kind: 'docs',
  // the note is body; the "Need more help?" contact box is the portal's templated snippet at the end of every article and
  // is furniture; screenshot alt texts are in neither list; "Created" / "Modified" times are bylines, their labels and the
  // article ID furniture; the last breadcrumb repeats the title and is left out
  html: itHtml,
  title: itTitle,
  headings: itH,
  body: texts([...itOverview, ...itBefore, ...itSteps, itNote, ...itTrouble, ...itForget, ...itTrouble2]),
  bylines: ['Tue 3/5/24 2:14 PM', 'Mon 10/13/25 9:02 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      'Skip to main content', itAlert, ...itUni.slice(1), ...itNav, 'Search the client portal', 'Sign In', ...itCrumbs, 'Tags', ...itTags, ...itHelp,
      ...itVote, ...itActions, ...itDetails, 'Related Articles (3)', ...itRelated, 'Related Services / Offerings (1)', ...itServices, itUni[0]!,
      '200 College Avenue, Ashford', ...itFoot,
    ]),
  ],
};
