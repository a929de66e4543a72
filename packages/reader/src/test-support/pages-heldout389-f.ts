import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, outside } from './pages-heldout389-kit.js';

/**
 * Held-out batch 389, file f: a laptop service manual topic published as Oxygen WebHelp Responsive from DITA (publication
 * header, topic breadcrumb, side TOC, task body with prerequisites, steps and result, related links, footer) and a phone
 * question with an accepted solution on a Khoros (Lithium) community board (kudos, ranks, badges, "Solved!" notice).
 */
const oTitle = 'Removing the keyboard assembly';
const oShort = 'Follow this procedure to remove the keyboard assembly from the Orrin ProBook 15 G3.';
const oPre = ['Follow the procedure in Before working inside your computer.', 'Remove the base cover.', 'Remove the battery.'];
const oAbout = j(
  'The keyboard is held to the palm-rest assembly by 22 M1.6x1.5 screws and a strip of double-sided tape along the top edge. The',
  'keyboard backlight cable and the keyboard cable both connect to the system board through the same opening.',
);
const oSteps = [
  'Open the latch and disconnect the keyboard cable and the keyboard-backlight cable from the system board.',
  'Peel the keyboard cables from the palm-rest assembly, noting how they are routed.',
  'Remove the 22 M1.6x1.5 screws that secure the keyboard to the palm-rest assembly.',
  'Using a plastic scribe, release the keyboard along its top edge, starting from the left corner.',
  'Lift the keyboard off the palm-rest assembly, feeding the cables through the slot.',
];
const oCaution = j(
  'The keyboard cables are fragile. Lift the latch before pulling a cable, and do not pull on the cable itself, or the connector',
  'may be damaged.',
);
const oAbout2 = j(
  'Before you begin, note the position of the cable routing channels on the palm-rest assembly, as the cables must be routed in the',
  'same way when the keyboard is installed again. Work on a clean, flat and non-conductive surface, and keep the removed screws in',
  'order: screws of a different length can damage the keyboard membrane if fitted in the wrong holes.',
);
const oResult = 'The keyboard assembly is removed. To install it again, follow the steps in reverse order.';
const oToc = ['Working inside your computer', 'Removing and installing components', 'Base cover', 'Battery', 'Keyboard', 'System board', 'Troubleshooting'];
const oHtml = `<!DOCTYPE html><html lang="en-us"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="description" content="${oShort}"><meta name="wh-path2root" content="../../"><meta name="wh-toc-id" content="keyboard-d43e1290">
<meta name="DC.type" content="task"><meta name="DC.format" content="XHTML"><meta name="DC.identifier" content="GUID-7F11A2C3-KEYBOARD">
<title>${oTitle} | Orrin ProBook 15 G3 Service Manual</title><link rel="stylesheet" type="text/css"
href="../../oxygen-webhelp/app/topic-page.css?buildId=2026021104">
<script type="text/javascript" src="../../oxygen-webhelp/app/options/properties.js?buildId=2026021104"></script>
<script>var wh = {"buildId":"2026021104","directory":{"topic":"topics/keyboard"}};</script></head>
<body id="GUID-7F11A2C3-KEYBOARD" class="wh_topic_page frmBody">
<header class="navbar navbar-default wh_header"><div class="container-fluid"><div class="wh_header_flex_container navbar-nav navbar-expand-md navbar-dark">
<div class="wh_logo_and_publication_title_container"><div class="wh_logo_and_publication_title"><a href="../../index.html" class=" wh_publication_title ">Orrin
ProBook 15 G3 Service Manual</a></div></div><div class="wh_top_menu_and_indexterms_link collapse navbar-collapse"><nav class="wh_top_menu">
<ul>${links(['Regulatory model', 'Specifications', 'Software'])}</ul></nav></div></div></div></header>
<div class="wh_search_input navbar-form wh_topic_page_search search" role="form"><form id="searchForm" action="../../search.html"><input type="search"
placeholder="Search" class="wh_search_textfield" id="textToSearch" name="searchQuery"><button type="submit"
class="wh_search_button">Search</button></form></div>
<div class="container-fluid" id="wh_topic_container"><div class="row"><nav role="navigation" id="wh_publication_toc"
class="col-lg-3 col-md-3 col-sm-12 d-none d-md-block
publication-toc"><div id="wh_publication_toc_content"><ul>${links(oToc, 'topicref')}</ul></div></nav>
<div class="col-lg-9 col-md-9 col-sm-12" id="wh_topic_body"><div class="wh_tools d-print-none"><div data-tooltip-position="bottom" class="wh_breadcrumb">
<ol class="d-print-none"><li><span class="home"><a href="../../index.html"><span>Home</span></a></span></li><li><div class="topicref"><div class="title"><a
href="components.html">Removing and installing components</a></div></div></li><li class="active"><div class="topicref"><div class="title"><a
href="keyboard.html">Keyboard</a></div></div></li></ol></div>
<div class="wh_right_tools"><button class="wh_hide_highlight" title="Toggle search highlights"></button><button class="webhelp_expand_collapse_sections">Expand
all</button><div class="wh_print_link print d-none d-md-inline-block"><button onClick="window.print()" title="Print this page">Print</button></div></div></div>
<div class=" wh_topic_content body "><main role="main"><article class="topic task nested0" aria-labelledby="ariaid-title1" id="GUID-7F11A2C3-KEYBOARD">
<h1 class="title topictitle1" id="ariaid-title1">${oTitle}</h1><div class="body taskbody"><p class="shortdesc">${oShort}</p>
<section class="section prereq" id="prereq"><div class="tasklabel"><h2 class="sectiontitle tasklabel">Prerequisites</h2></div><ol class="ol" id="ol_pre">
${lis(oPre, 'li')}</ol></section>
<section class="section context" id="context"><div class="tasklabel"><h2 class="sectiontitle tasklabel">About this task</h2></div><p class="p">${oAbout}</p>
<p class="p">${oAbout2}</p>
<figure class="fig fignone"><div class="figbody"><img class="image" src="../images/keyboard-screws.png"
alt=""></div><figcaption><span class="fig--title-label">Figure
1. </span>Keyboard screw locations</figcaption></figure></section>
<section><div class="tasklabel"><h2 class="sectiontitle tasklabel">Steps</h2></div><ol class="ol steps">
${oSteps.map((t, i) => `<li class="li step stepexpand" id="step_${i}"><span class="ph cmd">${t}</span></li>`).join('\n')}</ol></section>
<div class="caution note note_caution"><span class="note__title">CAUTION:</span> <p class="p">${oCaution}</p></div>
<section class="section result"><div class="tasklabel"><h2 class="sectiontitle tasklabel">Results</h2></div><p class="p">${oResult}</p></section></div>
<nav role="navigation" class="related-links"><div class="linklist relinfo reltasks"><strong>Related tasks</strong><br><ul class="linklist">
${links(['Installing the keyboard assembly', 'Removing the palm-rest assembly'], 'link')}</ul></div></nav></article></main></div>
<div class="wh_topic_label d-print-none">Document revision A03 · Published 2026-02-11</div></div></div></div>
<footer class="navbar navbar-default wh_footer"><div class="footer-container text-center"><p>© 2026 Orrin Computing Co. All rights reserved.</p>
<p><a href="../../legal.html">Legal information</a> · <a href="../../feedback.html">Documentation feedback</a></p></div></footer>
<script type="text/javascript" src="../../oxygen-webhelp/app/topic-page.js?buildId=2026021104"></script></body></html>`;
const webhelpBody = texts([oShort, ...oPre, oAbout, oAbout2, ...oSteps, oCaution, oResult]);
const webhelp: TestPage = {
  name: 'heldout389-oxygen-webhelp-service-manual',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: ['Prerequisites', 'About this task', 'Steps', 'Results'],
  body: webhelpBody,
  bylines: ['Document revision A03 · Published 2026-02-11'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside(webhelpBody, [
    'Orrin ProBook 15 G3 Service Manual', 'Regulatory model', 'Specifications', 'Software', 'Search', ...oToc, 'Home', 'Expand all', 'Print',
    'Figure 1. Keyboard screw locations', 'CAUTION:', 'Related tasks', 'Installing the keyboard assembly', 'Removing the palm-rest assembly',
    '© 2026 Orrin Computing Co. All rights reserved.', 'Legal information', 'Documentation feedback',
  ]),
};

const kTitle = 'Tessa S9 stuck on boot logo after update';
const kQ = [
  j(
    'Since last night’s software update my Tessa S9 restarts, shows the logo for about a minute and then restarts again. It never',
    'gets to the lock screen. I have tried holding the power button for 30 seconds. The phone is not rooted and has plenty of storage.',
  ),
  'Is there any way to fix this without losing my photos? I do not think the last backup finished.',
];
const kA1 = [
  j(
    'Hi, sorry you are dealing with this. A boot loop straight after an update is usually caused by the system cache left over from',
    'the old version. Wiping the cache partition does not touch your photos or apps, so try that first:',
  ),
  '<ol><li>Turn the phone off. If it keeps restarting, hold Power and Volume Down for 10 seconds until the screen goes black.</li>' +
    '<li>Immediately hold Power and Volume Up together until the recovery menu appears.</li>' +
    '<li>Use the volume keys to select Wipe cache partition and press Power to confirm.</li>' +
    '<li>Select Reboot system now. The first start can take up to ten minutes.</li></ol>',
  j(
    'If it still loops, do not choose Factory reset yet. Book a visit at a service centre: they can often reinstall the software',
    'without erasing your data.',
  ),
];
const kSteps = [
  'Turn the phone off. If it keeps restarting, hold Power and Volume Down for 10 seconds until the screen goes black.',
  'Immediately hold Power and Volume Up together until the recovery menu appears.',
  'Use the volume keys to select Wipe cache partition and press Power to confirm.',
  'Select Reboot system now. The first start can take up to ten minutes.',
];
const kReply2 = j(
  'Adding to this for anyone who finds the thread later: if the recovery menu shows "No command" with a robot icon, hold Power and',
  'press Volume Up once, then let go of both. That gets you into the real menu. On my S9 the cache wipe took about a minute, and the',
  'first boot afterwards sat on the logo long enough that I almost gave up. Be patient with it.',
);
const kReply = 'That worked! It took about eight minutes on the first boot and everything is still there. Thank you so much.';
const kNav = ['Community Home', 'Phones', 'Tablets', 'Wearables', 'Events'];
const kCrumbs = ['Tessa Community', 'Phones', 'Tessa S Series'];
const kRelated = ['S9 battery drains overnight after update', 'Recovery menu will not open on S8', 'Phone restarts when charging'];
const kMsg = (id: number, user: string, rank: string, date: string, body: string, kudos: string, solution: boolean): string => `<div
class="lia-message-view-wrapper lia-js-data-messageUid-${id}${solution ? ' lia-list-row-thread-solved' : ''}" data-lia-message-uid="${id}">
<div class="MessageView lia-message-view-forum-message lia-component-forums-widget-message-view"><div class="lia-quilt-row lia-quilt-row-header">
<div class="lia-message-author-with-avatar"><span class="UserName lia-user-name lia-user-rank-${rank.replace(/ /g, '-')}">
<a class="lia-link-navigation lia-page-link
lia-user-name-link" href="/t5/user/viewprofilepage/user-id/${id}"><span class="login-bold">${user}</span></a></span>
<div class="lia-message-author-rank lia-component-author-rank">${rank}</div></div>
<div class="lia-message-post-date lia-component-post-date-last-edited"><span class="DateTime"><span class="local-date">${date}</span></span></div></div>
${solution ? '<div class="lia-message-solution-label">Solution</div>' : ''}
<div class="lia-message-body-wrapper lia-component-message-view-widget-body"><div class="lia-message-body"><div class="lia-message-body-content">
${body}</div></div></div><div class="lia-quilt-row lia-quilt-row-footer"><div class="lia-button-image-kudos-wrapper"><span class="MessageKudosCount
lia-component-kudos-widget-message-kudos-count">${kudos}</span> <a class="lia-button-image-kudos-give" href="#">Kudos</a></div>
<a class="lia-link-navigation reply-action-link lia-button lia-button-secondary" href="#">Reply</a></div></div></div>`;
const kHtml = `<!DOCTYPE html><html prefix="og: http://ogp.me/ns#" dir="ltr" lang="en" class="no-js"><head><title>
Solved: ${kTitle} - Tessa Community</title><meta content="Since last night’s software update my Tessa S9 restarts." name="description"/>
<meta content="width=device-width, initial-scale=1.0" name="viewport"/><link rel="canonical" href="https://community.tessa.example/t5/phones/td-p/2290114"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${kTitle}","
answerCount":3}}</script>
<script>LITHIUM.CommunityJsonObject = {"Validation":{"image.description":true},"User":{"isAnonymous":true},"Page":{"name":"ForumTopicPage"}};</script>
<link href="/skins/4412/0AF1/responsive_peak.css" rel="stylesheet" type="text/css"/></head>
<body class="lia-board lia-user-status-anonymous ForumTopicPage lia-body" id="lia-body"><div id="ForumTopicPage" class="lia-page"><center>
<div class="MinimumWidthContainer"><div class="min-width-wrapper"><div class="min-width"><div class="lia-content">
<div class="lia-quilt lia-quilt-forum-topic-page">
<div class="lia-quilt-row lia-quilt-row-header"><header class="tessa-global-header"><a href="/"
class="tessa-logo">Tessa</a><ul class="tessa-nav">${links(kNav)}</ul>
<a href="/t5/user/userloginpage" class="login-link lia-link-navigation">Sign In</a></header>
<div class="BreadCrumb crumb-line lia-breadcrumb lia-component-common-widget-breadcrumb">
<ul class="lia-list-standard-inline">${links(kCrumbs, 'lia-breadcrumb-node crumb')}</ul>
</div></div><div class="lia-quilt-row lia-quilt-row-main"><div class="lia-quilt-column lia-quilt-column-18 lia-quilt-column-left">
<div class="lia-message-subject-banner lia-component-forums-widget-message-subject-banner"><h1 class="lia-message-subject-banner lia-message-subject">
<span class="lia-thread-solved-badge">Solved!</span> <span class="message-subject">${kTitle}</span></h1></div>
<div class="lia-thread-topic-navigation"><a href="#">Go to solution</a> <span class="lia-thread-views">1,482 Views</span></div>
${kMsg(4410, 'marisol_q', 'Explorer', '03-04-2026 10:12 PM', ps(kQ), '2', false)}
<div class="lia-accepted-solution-header"><h2>Accepted Solutions</h2></div>
${kMsg(4412, 'Anders_TessaHelp', 'Community Moderator', '03-05-2026 08:01 AM', kA1.map((p) => (p.startsWith('<') ? p : `<p>${p}</p>`)).join('\n'), '31', true)}
<div class="lia-component-reply-list"><h2 class="lia-replies-header">3 REPLIES</h2>
${kMsg(4420, 'marisol_q', 'Explorer', '03-05-2026 09:47 AM', `<p>${kReply}</p>`, '4', false)}
${kMsg(4431, 'j_okonkwo_ve', 'Contributor', '03-06-2026 07:20 PM', `<p>${kReply2}</p>`, '12', false)}</div>
<div class="lia-quick-reply"><a href="/t5/user/userloginpage" class="lia-button lia-button-primary">Sign in to reply</a></div></div>
<div class="lia-quilt-column lia-quilt-column-06 lia-quilt-column-right"><div class="lia-panel lia-panel-standard RelatedTopics">
<div class="lia-panel-heading-bar">
<span class="lia-panel-heading-bar-title">Related Content</span></div><ul>${links(kRelated)}</ul></div>
<div class="lia-panel lia-panel-standard lia-labels"><span class="lia-panel-heading-bar-title">Labels</span><ul>${links(['OS update', 'S9'])}</ul></div>
</div></div><div class="lia-quilt-row lia-quilt-row-footer"><footer class="tessa-footer">
<ul>${links(['Community Guidelines', 'Terms of Use', 'Privacy Notice'])}</ul>
<p>Copyright © 2026 Tessa Mobile. All rights reserved.</p></footer></div></div></div></div></div></div></center></div>
<div id="cookie-notice" class="cookie-notice" role="dialog"><p>We use cookies to run this community and to measure how it is used.</p><button>Accept</button>
<button>Cookie settings</button></div></body></html>`;
const khorosBody = texts([...kQ, ...kA1.filter((p) => !p.startsWith('<')), ...kSteps, kReply, kReply2]);
const khoros: TestPage = {
  name: 'heldout389-khoros-community-solution',
  kind: 'forum',
  html: kHtml,
  title: `Solved! ${kTitle}`,
  headings: [],
  body: khorosBody,
  bylines: ['marisol_q', '03-04-2026 10:12 PM', 'Anders_TessaHelp', '03-05-2026 08:01 AM', '03-05-2026 09:47 AM', 'j_okonkwo_ve', '03-06-2026 07:20 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside(khorosBody, [
    'Tessa', ...kNav, 'Sign In', 'Tessa Community', 'Tessa S Series', 'Go to solution', '1,482 Views', 'Explorer', 'Community Moderator', 'Kudos', 'Reply',
    'Contributor', 'Accepted Solutions', 'Solution', '3 REPLIES', 'Sign in to reply', 'Related Content', ...kRelated, 'Labels', 'OS update',
    'Community Guidelines', 'Terms of Use', 'Privacy Notice', 'Copyright © 2026 Tessa Mobile. All rights reserved.',
    'We use cookies to run this community and to measure how it is used.', 'Accept', 'Cookie settings',
  ]),
};

export const HELDOUT389_F: readonly TestPage[] = [webhelp, khoros];
