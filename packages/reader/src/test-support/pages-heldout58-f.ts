import { links, type TestPage, texts } from './page-kit.js';
import { moinMoin } from './pages-heldout58-f2.js';

/**
 * Held-out batch 58, file f: a page of a community organisation's XWiki (Flamingo skin: the top bar with the drawer button,
 * logo, global search and "Log-in", the application drawer, the breadcrumb, the Edit and "More actions" menus, the title with
 * "Last modified by ... on ...", the content with an info box, a {{toc}}, lists and a roles table, the tags line, "Created by
 * ... on ...", the Comments/Attachments/History/Information tabs with two comments and the add-comment form, the left
 * navigation panel and the footer with licence and version).
 */
const xwTitle = 'Running the Spring Seed Swap';
const xwLead = [
  'The spring seed swap is the network’s biggest event of the year. Around 300 people come to the Millbrook community hall on the first Saturday ' +
    'in March to trade seeds, pick up free seedlings and ask our growers for advice. This page explains how the swap is organised, so that new ' +
    'volunteers know what to expect and what to do.',
];
const xwInfo = 'The 2026 swap is on Saturday 7 March, 10:00–14:00. Volunteer sign-up closes on 20 February.';
const xwH = ['Six weeks before', 'Setting up the hall', 'Volunteer roles', 'On the day', 'Afterwards'];
const xwBefore = [
  'Book the hall and confirm that the caretaker will open it at 08:00.',
  'Ask member gardens to hold seed packing sessions; each garden aims for 200 packets.',
  'Send the poster to libraries, garden centres and the parish newsletter.',
  'Order labels and paper envelopes (we use about 1,000 of each).',
];
const xwSetup = [
  'Volunteers arrive at 08:30. Tables are laid out in four zones: vegetables, flowers and herbs, fruit and trees, and a “mystery seeds” table for ' +
    'unlabelled donations. Each zone needs at least two people, one of whom should be an experienced grower who can answer questions.',
  'The welcome desk by the door hands every visitor a token for five packets. Visitors who bring their own seeds to share receive extra tokens, ' +
    'one for each packet they donate.',
];
const xwDay = [
  'Keep an eye on the vegetable table, which always empties first. We hold back about a third of the tomato, bean and squash packets and put them ' +
    'out at 12:00 so that late arrivals do not leave empty-handed.',
  'Record donations on the tally sheet at each table. The numbers help us decide which varieties to grow for next year’s swap.',
];
const xwAfter = [
  'Pack unclaimed seeds into the labelled crates and take them to the store at Hollins Lane. Leftover seedlings can go to the school gardens on our ' +
    'list. Please send your tally sheets to the events coordinator within a week.',
];
const xwComments = [
  ['Joan Bexley', '2025/03/04 18:40', 'Worth adding that the hall’s side door sticks in wet weather. We lost ten minutes at setup this year.'],
  ['Ruth Okafor', '2025/03/05 09:12', 'Good point, Joan. I’ve added it to the caretaker checklist on the Hall bookings page.'],
] as const;
const xwDrawer = ['Home', 'Volunteer Handbook', 'Events', 'Member Gardens', 'Sandbox', 'Help', 'Applications', 'Blog', 'Dashboard'];
const xwMore = ['Print preview', 'Export', 'Source', 'Children', 'Attachments', 'History', 'Information'];
const xwNav = ['Volunteer Handbook', 'Hall bookings', 'Running the Spring Seed Swap', 'Safeguarding', 'Events', 'Member Gardens'];
const xwHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en" data-xwiki-paged-media="paper" data-xwiki-reference="xwiki:Handbook.Spring Seed \
Swap.WebHome" data-xwiki-document="Handbook.Spring Seed Swap.WebHome" data-xwiki-wiki="xwiki" data-xwiki-space="Handbook.Spring Seed Swap" \
data-xwiki-page="WebHome" data-xwiki-isnew="false" data-xwiki-version="14.1" \
data-xwiki-rest-url="/rest/wikis/xwiki/spaces/Handbook/spaces/Spring%20Seed%20Swap/pages/WebHome" data-xwiki-locale="" \
data-xwiki-form-token="Qd7v2n0aTOl3rYq1" data-xwiki-action="view">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>${xwTitle} (Volunteer Handbook) - Greenway Gardens Network</title><meta \
name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" type="text/css" href="/bin/skin/skins/flamingo/style.min.css?cache-version=1739880122000&amp;colorTheme=FlamingoThemes.Iceberg" \
media="all">
<script src="/webjars/wiki%3Axwiki/requirejs/2.3.7/require.min.js?r=1" data-wysiwyg="true"></script><script \
src="/resources/uicomponents/widgets/tree.min.js?cache-version=1739880122000" defer="defer"></script>
<script>require(['jquery'], function($) { $(function() { $('#tmDrawerActivator').attr('aria-expanded', 'false'); }); });</script></head>
<body id="body" class="skin-flamingo wiki-xwiki space-Handbook.Spring_Seed_Swap viewbody hideright panel-left-width-Medium panel-right-width-Medium drawer-nav">
<div id="xwikimaincontainer"><div id="xwikimaincontainerinner"><div id="menuview"><nav class="navbar navbar-default actionmenu" aria-label="Main"><div \
class="container-fluid"><div class="navbar-header">
<button class="btn btn-primary navbar-btn" data-toggle="drawer" aria-controls="tmDrawer" aria-expanded="false" id="tmDrawerActivator" title="Open the \
application panel"><span class="fa fa-bars" aria-hidden="true"></span><span class="sr-only">Open the application panel</span></button>
<div id="companylogo"><a href="/bin/view/Main/" title="Home" rel="home" class="navbar-brand"><img src="/bin/download/FlamingoThemes/Iceberg/logo.svg?rev=1.1" \
alt="Greenway Gardens Network"></a></div></div>
<div id="xwikimainmenu"><ul class="nav navbar-nav navbar-right" id="globalmenu"><li class="navbar-form"><form class="form-inline" id="globalsearch" \
action="/bin/view/Main/Search" role="search"><label class="hidden" for="headerglobalsearchinput">Search</label><input type="text" name="text" \
placeholder="search..." id="headerglobalsearchinput" class="form-control"><button type="submit" class="btn" title="Search"><span class="fa fa-search" \
aria-hidden="true"></span></button></form></li>
<li><a href="/bin/login/XWiki/XWikiLogin?xredirect=%2Fbin%2Fview%2FHandbook%2FSpring%2520Seed%2520Swap%2F" rel="nofollow" id="tmLogin">Log-in</a></li></ul>\
</div></div></nav></div>
<div class="drawer-nav" id="tmDrawer" role="navigation" aria-label="Application panel"><ul class="drawer-menu">${links(xwDrawer, 'drawer-menu-item')}</ul></div>
<div id="headerglobal"></div><div id="contentcontainer"><div id="contentcontainerinner"><div class="leftsidecolumns"><div id="contentcolumn"><div class="main">
<div id="hierarchy_breadcrumb" class="hierarchy"><ol id="hierarchy" class="breadcrumb breadcrumb-expandable"><li class="wiki dropdown"><a \
href="/bin/view/Main/"><span class="fa fa-home" aria-hidden="true"></span><span class="sr-only">Home</span></a></li><li class="space"><a \
href="/bin/view/Handbook/">Volunteer Handbook</a></li><li class="document active"><a href="/bin/view/Handbook/Spring%20Seed%20Swap/">${xwTitle}</a></li></ol>\
</div>
<div id="contentmenu" class="actionmenu"><div class="btn-toolbar" role="toolbar"><div class="btn-group" id="tmEdit"><a class="btn btn-default" \
href="/bin/edit/Handbook/Spring%20Seed%20Swap/WebHome" title="Edit"><span class="fa fa-pencil" aria-hidden="true"></span> Edit</a></div>
<div class="btn-group" id="tmMoreActions"><button class="btn btn-default dropdown-toggle" data-toggle="dropdown" title="More actions"><span class="fa \
fa-ellipsis-v" aria-hidden="true"></span><span class="sr-only">More actions</span></button><ul class="dropdown-menu dropdown-menu-right">${links(xwMore)}</ul>\
</div></div></div>
<div id="document-title"><h1>${xwTitle}</h1></div><div id="document-info"><div class="xdocLastModification">Last modified by <a \
href="/bin/view/XWiki/RuthOkafor">Ruth Okafor</a> on 2026/02/18 14:22</div></div><hr>
<div id="xwikicontent" class="col-xs-12">
${xwLead.map((p) => `<p>${p}</p>`).join('')}
<div class="box infomessage"><span class="icon-block"><span class="fa fa-info-circle" aria-hidden="true"></span></span><div>${xwInfo}</div></div>
<ul class="wikitoc"><li><span class="wikilink"><a href="#HSixweeksbefore">Six weeks before</a></span></li><li><span class="wikilink"><a \
href="#HSettingupthehall">Setting up the hall</a></span><ul><li><span class="wikilink"><a href="#HVolunteerroles">Volunteer roles</a></span></li></ul></li><li>\
<span class="wikilink"><a href="#HOntheday">On the day</a></span></li><li><span class="wikilink"><a href="#HAfterwards">Afterwards</a></span></li></ul>
<h2 id="HSixweeksbefore" class="wikigeneratedid"><span>${xwH[0]}</span></h2><ol>${xwBefore.map((t) => `<li>${t}</li>`).join('')}</ol>
<h2 id="HSettingupthehall" class="wikigeneratedid"><span>${xwH[1]}</span></h2>${xwSetup.map((p) => `<p>${p}</p>`).join('')}
<h3 id="HVolunteerroles" class="wikigeneratedid"><span>${xwH[2]}</span></h3><table><tbody><tr><th scope="col">Role</th><th scope="col">Volunteers</th><th \
scope="col">Contact</th></tr><tr><td>Welcome desk</td><td>3</td><td>Tomasz</td></tr><tr><td>Zone hosts</td><td>8</td><td>Ruth</td></tr><tr><td>Teas and \
cakes</td><td>4</td><td>Joan</td></tr><tr><td>Set-up and clear-up</td><td>6</td><td>Tomasz</td></tr></tbody></table>
<h2 id="HOntheday" class="wikigeneratedid"><span>${xwH[3]}</span></h2>${xwDay.map((p) => `<p>${p}</p>`).join('')}
<h2 id="HAfterwards" class="wikigeneratedid"><span>${xwH[4]}</span></h2>${xwAfter.map((p) => `<p>${p}</p>`).join('')}
</div><div class="clearfloats"></div>
<div class="doc-tags" id="xdocTags"><span class="fa fa-tag" aria-hidden="true"></span> Tags: <span class="tag-wrapper"><span class="tag"><a \
href="/bin/view/Main/Tags?do=viewTag&amp;tag=events">events</a></span></span> <span class="tag-wrapper"><span class="tag"><a \
href="/bin/view/Main/Tags?do=viewTag&amp;tag=volunteers">volunteers</a></span></span></div>
<div class="xdocCreation">Created by <a href="/bin/view/XWiki/TomaszWielgosz">Tomasz Wielgosz</a> on 2024/03/02 09:15</div>
<div id="xwikidata"><div id="docextrapanes"><div class="xwikitabbar" role="tablist"><ul class="nav nav-tabs"><li id="Commentstab" class="active" \
role="presentation"><a id="Comments" href="#Comments" role="tab" aria-selected="true">Comments (2)</a></li><li id="Attachmentstab" role="presentation"><a \
id="Attachments" href="#Attachments" role="tab">Attachments (1)</a></li><li id="Historytab" role="presentation"><a id="History" href="#History" role="tab">\
History</a></li><li id="Informationtab" role="presentation"><a id="Information" href="#Information" role="tab">Information</a></li></ul></div>
<div id="Commentspane" class="xwikiintracontent" role="tabpanel"><div id="commentscontent" class="xwikiintracontent"><div id="_comments">\
${xwComments
  .map(
    (c, i) => `<div class="reply" id="xwikicomment_${i}"><div class="media"><div class="media-left"><img class="avatar" \
src="/bin/skin/resources/icons/xwiki/noavatar.png" alt="${c[0]}"></div><div class="media-body"><div class="commentheader"><span class="commentauthor"><a \
href="/bin/view/XWiki/${c[0].replace(' ', '')}">${c[0]}</a></span> <span class="commentdate">${c[1]}</span> <span class="commenttool commentpermalink"><a \
class="permalink" href="#xwikicomment_${i}" title="Permalink to this comment"><span class="fa fa-link" aria-hidden="true"></span></a></span></div><div \
class="commentcontent"><p>${c[2]}</p></div><div class="commentactions"><a class="commentreply" href="#">Reply</a></div></div></div></div>`,
  )
  .join('')}</div>
<form action="/bin/commentadd/Handbook/Spring%20Seed%20Swap/WebHome" method="post" id="AddComment"><fieldset class="expanded"><legend>Add comment</legend><div \
class="commentavatar"><img class="avatar" src="/bin/skin/resources/icons/xwiki/noavatar.png" alt=""></div><label for="XWiki.XWikiComments_comment">\
Comment</label><textarea id="XWiki.XWikiComments_comment" rows="5" cols="80" name="XWiki.XWikiComments_comment"></textarea><div class="commentcaptcha">Your \
name <input type="text" name="XWiki.XWikiComments_author"></div><input type="submit" value="Add comment" class="btn btn-primary"></fieldset></form></div></div>
<div id="Attachmentspane" class="xwikiintracontent hidden" role="tabpanel"><div id="attachmentscontent"><p class="attachment-name">\
seed-swap-poster-2026.pdf</p><p>Version 1.2 by Ruth Okafor, 1.4 MB</p></div></div></div></div>
</div></div>
<div id="leftPanels" class="panels left panel-width-Medium" role="complementary"><div class="panel expanded PanelsNavigation"><h2 class="xwikipaneltitle">\
Navigation</h2><div class="xwikipanelcontents"><div class="xtree" data-responsive="true"><ul class="jstree-container-ul">${links(xwNav, 'jstree-node')}</ul>\
</div></div></div></div>
</div><div class="clearfloats"></div></div></div>
<footer id="footerglobal"><div id="xwikilicence">Content on this wiki is shared under the Creative Commons Attribution-ShareAlike 4.0 licence.</div><div \
id="xwikiplatformversion"><a href="https://extensions.xwiki.org?id=org.xwiki.platform:xwiki-platform-distribution-war:17.10.2">XWiki 17.10.2</a></div></footer>\
</div></div>
<script>require(['jquery'], function($) { $(document).on('xwiki:dom:loaded', function() { $('#Commentstab').trigger('click'); }); });</script>
</body></html>`;
const xwiki: TestPage = {
  html: xwHtml,
  name: 'heldout58-xwiki',
  kind: 'wiki',
  // body: the lead, the info box (a callout of the page: body, it has no label word), the checklist items and the section
  // paragraphs; headings are the h2/h3s in order ("Volunteer roles" heads a table only: kept, the table is in neither list);
  // the {{toc}} repeats the headings (left out); "Last modified by ... on ...", "Created by ... on ..." and each comment's
  // author and time are the page's author/date lines: bylines; the comments (a discussion under the page, not the page) are
  // furniture with the tabs, the add-comment form, the tags, attachment pane, breadcrumb, menus, drawer, navigation panel and
  // footer; the title's breadcrumb and panel entries repeat the title (left out), "Home" and "Volunteer Handbook" are listed
  // once; the tags "events" and "volunteers" and the menu entries "Events", "Member Gardens" and "Help" are words of the
  // body: left out
  title: xwTitle,
  headings: xwH,
  body: [...texts(xwLead), xwInfo, ...xwBefore, ...texts(xwSetup), ...texts(xwDay), ...texts(xwAfter)],
  bylines: ['Last modified by Ruth Okafor on 2026/02/18 14:22', 'Created by Tomasz Wielgosz on 2024/03/02 09:15', ...xwComments.flatMap((c) => [c[0], c[1]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open the application panel', 'Search', 'Log-in', ...xwDrawer.filter((t) => !['Events', 'Member Gardens', 'Help'].includes(t)), 'Edit', 'More actions',
    ...xwMore.filter((t) => t !== 'History'), 'Tags:', 'Comments (2)', 'Attachments (1)', 'History', ...xwComments.map((c) => c[2]), 'Reply', 'Add comment',
    'Comment', 'Your name', 'seed-swap-poster-2026.pdf', 'Version 1.2 by Ruth Okafor, 1.4 MB', 'Navigation', 'Hall bookings', 'Safeguarding',
    'Content on this wiki is shared under the Creative Commons Attribution-ShareAlike 4.0 licence.', 'XWiki 17.10.2',
  ],
};

export const HELDOUT58_F: readonly TestPage[] = [xwiki, moinMoin];
