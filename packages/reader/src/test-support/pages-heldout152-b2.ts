import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 152, file b2: a phpBB 3.3 prosilver topic on a vintage audio repair board, as a guest saves it (the
 * headerbar with the board name and description, "Skip to content", the search box, the navbar with Quick links, FAQ,
 * Register and Login, the breadcrumbs, the h2 topic title, the action bars with "Post Reply", "Topic tools" and the post
 * count, posts with their h3 subjects ("Re: ..."), "by ... » date" author lines, profile columns with rank, post count,
 * joined date and location, <br>-separated post text, a quote, attachment boxes with file sizes and view / download counts,
 * signatures, the "Last edited by" notice, "Return to", "Jump to", "Who is online", the footer navbar and copyright, and
 * the cookieconsent banner).
 */
const bbTitle = 'Hum on left channel only after recapping a Harwick SA-200';
interface BbPost {
  id: string;
  user: string;
  rank: string;
  posts: string;
  joined: string;
  location: string;
  date: string;
  iso: string;
  segs: readonly string[];
  quote?: readonly [string, string, string] | undefined;
  attach?: readonly (readonly [string, string, string, boolean])[] | undefined;
  sig?: string | undefined;
  edited?: string | undefined;
}
const bbPosts: readonly BbPost[] = [
  {
    id: '38211',
    user: 'dynaquad',
    rank: 'Solder Apprentice',
    posts: '87',
    joined: 'Sat Mar 12, 2022 4:03 pm',
    location: 'Loughborough',
    date: 'Tue Feb 11, 2025 6:22 pm',
    iso: '2025-02-11T18:22:41+00:00',
    segs: [
      'Evening all,',
      'I have just finished recapping a Harwick SA-200 integrated amplifier from 1978. Every electrolytic on the power supply and ' +
        'driver boards was replaced with the same values, and I fitted new bridge rectifier diodes while I was in there.',
      'Since then there is a steady 100 Hz hum on the left channel only. It is there with the volume at zero and does not change with ' +
        'the input selector. The right channel is silent. Before the recap both channels were quiet, but the balance control ' +
        'crackled, which is the only reason I opened it up.',
      'I have attached a photo of the power supply board and the list of caps I took out. Any ideas where to look first?',
    ],
    attach: [
      ['SA200_psu_board.jpg', '(201.3 KiB) Viewed 388 times', '9912', true],
      ['SA200_cap_list.pdf', '(64.8 KiB) Downloaded 71 times', '9913', false],
    ],
    sig: 'Harwick SA-200, Thorne TD150, Lowther-ish cabinets that my wife tolerates.',
  },
  {
    id: '38214',
    user: 'valvebert',
    rank: 'Site Admin',
    posts: '6204',
    joined: 'Mon Oct 02, 2006 9:15 am',
    location: 'Hebden Bridge',
    date: 'Tue Feb 11, 2025 8:03 pm',
    iso: '2025-02-11T20:03:10+00:00',
    segs: [
      '100 Hz rather than 50 Hz points at the supply side rather than an earth loop, which is good news. The first thing I would ' +
        'check is the polarity of the big filter cap on the left rail. On the SA-200 the two main caps sit side by side facing ' +
        'opposite ways, and the board print is hard to read under the old glue.',
      'Second thing: the ground return from C401 goes to the board through a single solder tag. Those tags crack if you rock the ' +
        'board while desoldering, and a cracked one gives you exactly this symptom on one channel.',
    ],
  },
  {
    id: '38229',
    user: 'dynaquad',
    rank: 'Solder Apprentice',
    posts: '87',
    joined: 'Sat Mar 12, 2022 4:03 pm',
    location: 'Loughborough',
    date: 'Wed Feb 12, 2025 7:47 pm',
    iso: '2025-02-12T19:47:55+00:00',
    quote: ['valvebert', 'Tue Feb 11, 2025 8:03 pm', 'Those tags crack if you rock the board while desoldering'],
    segs: [
      'Polarity is correct, I checked it against the service manual twice. But you were right about the tag. There is a hairline ' +
        'crack right round the joint on the left channel ground, see the close-up.',
      'I reflowed it and the hum has dropped a lot, but I can still hear it with my ear next to the tweeter.',
    ],
    attach: [['tag_crack_closeup.jpg', '(143.9 KiB) Viewed 251 times', '9930', true]],
    sig: 'Harwick SA-200, Thorne TD150, Lowther-ish cabinets that my wife tolerates.',
  },
  {
    id: '38233',
    user: 'Sparky_Lou',
    rank: 'Valve Veteran',
    posts: '2119',
    joined: 'Thu Jun 18, 2009 11:40 am',
    location: 'Cardiff',
    date: 'Wed Feb 12, 2025 9:31 pm',
    iso: '2025-02-12T21:31:02+00:00',
    segs: [
      'That last bit of hum may just be the original design. These were never dead quiet. Measure the AC voltage across the speaker ' +
        'terminals with nothing plugged in; if it is under a couple of millivolts I would leave it alone.',
      'If it is more than that, check that the caps you fitted on the driver board are the same type as the originals. A general ' +
        'purpose cap where the factory used a low ESR one will let ripple through on that board.',
    ],
  },
  {
    id: '38240',
    user: 'dynaquad',
    rank: 'Solder Apprentice',
    posts: '87',
    joined: 'Sat Mar 12, 2022 4:03 pm',
    location: 'Loughborough',
    date: 'Thu Feb 13, 2025 8:55 pm',
    iso: '2025-02-13T20:55:19+00:00',
    segs: [
      '1.4 mV on the left and 0.9 mV on the right. I can live with that, and with music playing I cannot hear it from the sofa.',
      'Thanks both. I will put the cap list up in the library thread in case anyone else takes one of these on.',
    ],
    sig: 'Harwick SA-200, Thorne TD150, Lowther-ish cabinets that my wife tolerates.',
    edited: 'Last edited by dynaquad on Thu Feb 13, 2025 9:10 pm, edited 1 time in total.',
  },
];
const bbCrumbs = ['Board index', 'Restoration and Repair', 'Amplifiers and Receivers'];
const bbNav = ['Quick links', 'Unanswered topics', 'Active topics', 'Search', 'The team', 'FAQ', 'Login', 'Register'];
const bbBar = ['Post Reply', 'Topic tools', 'Print view', '5 posts • Page 1 of 1'];
const bbJump = ['Jump to', 'Restoration and Repair', '↳   Valves and Valve Amps', '↳   Turntables', 'Listening Room', '↳   System Pictures'];
const bbFoot = ['Contact us', 'The team', 'Delete cookies', 'All times are UTC', 'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms'];
const bbCookie = ['This website uses cookies to ensure you get the best experience on our website.', 'Learn more', 'Got it!'];
const bbIcon = (n: string): string => `<i class="icon fa-${n} fa-fw" aria-hidden="true"></i>`;
const bbActions = (
  pos: string,
): string => `<div class="action-bar bar-${pos}"><a href="./posting.php?mode=reply&amp;t=4821" class="button" title="Post a reply">
<span>${bbBar[0]}</span> ${bbIcon('reply')}</a><div class="dropdown-container dropdown-button-control topic-tools"><span title="${bbBar[1]}"
class="button button-secondary dropdown-trigger dropdown-select">${bbIcon('wrench')}<span class="caret">${bbIcon('sort-down')}</span></span>
<div class="dropdown"><div class="pointer"><div class="pointer-inner"></div></div><ul class="dropdown-contents"><li><a
href="./viewtopic.php?t=4821&amp;view=print"
title="${bbBar[2]}" accesskey="p">${bbIcon('print')}<span>${bbBar[2]}</span></a></li></ul></div></div>${
  pos === 'top'
    ? `<div class="search-box" role="search"><form method="get" id="topic-search" action="./search.php"><fieldset><input class="inputbox search tiny"
type="search" name="keywords" id="search_keywords" size="20" placeholder="Search this topic…"><button class="button button-search" type="submit"
title="Search">${bbIcon('search')}<span class="sr-only">Search</span></button></fieldset></form></div>`
    : ''
}<div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div></div>`;
const bbPost = (p: BbPost, i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 ? 'bg1' : 'bg2'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank has-avatar"><div class="avatar-container"><a
href="./memberlist.php?mode=viewprofile&amp;u=${p.posts}"
class="avatar"><img class="avatar" src="./download/file.php?avatar=${p.posts}.jpg" width="90" height="90" alt="User avatar"></a></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.posts}" class="username">${p.user}</a></dt><dd class="profile-rank">${p.rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.posts}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd><dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong>
${p.location}</dd></dl><div class="postbody"><div id="post_content${p.id}"><h3 ${i === 0 ? 'class="first"' : ''}><a href="./viewtopic.php?p=${p.id}#p${p.id}">${
  i === 0 ? bbTitle : `Re: ${bbTitle}`
}</a></h3><ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only">
${bbIcon('quote-left')}<span class="sr-only">Quote</span></a></li></ul><p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}"
title="Post">
${bbIcon('file')}<span class="sr-only">Post</span></a> <span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${p.posts}"
class="username">${p.user}</a></strong> » </span><time datetime="${p.iso}">${p.date}</time></p><div class="content">${
  p.quote
    ? `<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=6204">${p.quote[0]}</a> wrote: <a href="./viewtopic.php?p=38214#p38214"
data-post-id="38214" onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a><span
class="responsive-hide">${p.quote[1]}</span></cite>${p.quote[2]}</div>
</blockquote>`
    : ''
}${p.segs.join('<br>\n<br>\n')}</div>${
  p.attach
    ? `<dl class="attachbox"><dt>Attachments</dt>${p.attach
        .map(([f, meta, id, img]) =>
          img
            ? `<dd><dl class="file"><dt class="attach-image"><img class="postimage" src="./download/file.php?id=${id}" alt="${f}" onclick="viewableArea(this);">
</dt><dd>${f} ${meta}</dd></dl></dd>`
            : `<dd><dl class="file"><dt>${bbIcon('file-o')} <a class="postlink" href="./download/file.php?id=${id}">${f}</a></dt><dd>${meta}</dd></dl></dd>`,
        )
        .join('')}</dl>`
    : ''
}${p.edited ? `<div class="notice">${p.edited}</div>` : ''}${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top">${bbIcon('chevron-circle-up')}<span class="sr-only">Top</span></a></div></div></div>
<hr class="divider">`;
const bbHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${bbTitle} - Valve &amp; Vintage Audio</title>
<link rel="canonical" href="https://forum.valveandvintage.example/viewtopic.php?t=4821">
<link href="./assets/css/font-awesome.min.css?assets_version=112" rel="stylesheet"><link href="./styles/prosilver/theme/stylesheet.css?assets_version=112"
rel="stylesheet"><link href="./assets/cookieconsent/cookieconsent.min.css?assets_version=112" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Valve &amp; Vintage Audio</h1>
<p>Restoration, repair and listening since 2006</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>
<input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value=""
placeholder="Search…"><button class="button button-search" type="submit" title="Search">${bbIcon('search')}<span class="sr-only">Search</span></button>
<a href="./search.php" class="button button-search-end" title="Advanced search">${bbIcon('cog')}<span class="sr-only">Advanced search</span></a>
</fieldset></form></div></div></div><div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger">${bbIcon('bars')}
<span>${bbNav[0]}</span></a><div class="dropdown"><div class="pointer"><div class="pointer-inner"></div></div><ul class="dropdown-contents" role="menu">
<li class="separator"></li><li><a href="./search.php?search_id=unanswered" role="menuitem">${bbIcon('file-o')}<span>${bbNav[1]}</span></a></li>
<li><a href="./search.php?search_id=active_topics" role="menuitem">${bbIcon('file-o')}<span>${bbNav[2]}</span></a></li><li class="separator"></li>
<li><a href="./search.php" role="menuitem">${bbIcon('search')}<span>${bbNav[3]}</span></a></li><li class="separator"></li>
<li><a href="./memberlist.php?mode=team" role="menuitem">${bbIcon('shield')}<span>${bbNav[4]}</span></a></li></ul></div></li>
<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem">${bbIcon('question-circle')}
<span>${bbNav[5]}</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem">
${bbIcon('power-off')}<span>${bbNav[6]}</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem">
${bbIcon('pencil-square-o')}<span>${bbNav[7]}</span></a></li></ul><ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${bbCrumbs
  .map(
    (t, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement"
itemscope><a href="./${i ? `viewforum.php?f=${i * 6}` : 'index.php'}"
itemtype="https://schema.org/Thing" itemscope itemprop="item">${i ? '' : bbIcon('home')}<span itemprop="name">${t}</span></a><meta itemprop="position"
content="${i + 1}"></span>`,
  )
  .join('\n')}</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=4821">${bbTitle}</a></h2><div class="topic-description"></div>
${bbActions('top')}
${bbPosts.map(bbPost).join('\n')}
${bbActions('bottom')}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=12" class="left-box arrow-left" accesskey="r">
${bbIcon('angle-left')}<span>Return to “Amplifiers and Receivers”</span></a></p><div class="jumpbox dropdown-container dropdown-container-right dropdown-up
dropdown-left dropdown-button-control" id="jumpbox"><span title="Jump to" class="button button-secondary dropdown-trigger dropdown-select">
<span>${bbJump[0]}</span><span class="caret">${bbIcon('sort-down')}</span></span><div class="dropdown"><div class="pointer"><div
class="pointer-inner"></div></div>
<ul class="dropdown-contents">${bbJump
  .slice(1)
  .map((t, i) => `<li><a href="./viewforum.php?f=${i + 3}" class="jumpbox-${i % 2 ? 'sub' : 'cat'}-link"><span>${t}</span></a></li>`)
  .join('\n')}</ul></div></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer"
class="nav-footer linklist" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php" data-navbar-reference="index">${bbIcon('home')}
<span>Board index</span></a></span></li><li class="rightside">All times are <span title="UTC">UTC</span></li><li class="rightside">
<a href="./ucp.php?mode=delete_cookies" data-ajax="true" data-refresh="true" role="menuitem">${bbIcon('trash')}<span>${bbFoot[2]}</span></a></li>
<li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=team" role="menuitem">${bbIcon('shield')}<span>${bbFoot[1]}</span></a></li>
<li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=contactadmin" role="menuitem">${bbIcon('envelope')}<span>${bbFoot[0]}</span>
</a></li></ul></div></div><div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>®
Forum Software © phpBB Limited</span></p><p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy"
role="menuitem"><span class="footer-link-text">${bbFoot[5]}</span></a> | <a class="footer-link" href="./ucp.php?mode=terms" title="Terms" role="menuitem">
<span class="footer-link-text">${bbFoot[6]}</span></a></p></div><div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="AJAX error"
data-ajax-error-text="Something went wrong when processing your request." data-ajax-error-text-abort="User aborted request."><div id="darken" class="darken">
&nbsp;</div></div><div id="phpbb_alert" class="phpbb_alert" data-l-err="Error" data-l-timeout-processing-req="Request timed out."><a href="#"
class="alert_close">${bbIcon('times-circle')}</a><h3 class="alert_title">&nbsp;</h3><p class="alert_text"></p></div></div></div>
<div role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" class="cc-window cc-banner cc-type-info cc-theme-block
cc-bottom"><span id="cookieconsent:desc" class="cc-message">${bbCookie[0]} <a aria-label="learn more about cookies" role="button" tabindex="0" class="cc-link"
href="./ucp.php?mode=privacy" target="_blank">${bbCookie[1]}</a></span><div class="cc-compliance"><a aria-label="dismiss cookie message" role="button"
tabindex="0" class="cc-btn cc-dismiss">${bbCookie[2]}</a></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=112"></script><script src="./assets/javascript/core.js?assets_version=112"></script>
<script src="./assets/cookieconsent/cookieconsent.min.js?assets_version=112"></script></body></html>`;
export const phpbbTopic: TestPage = {
  html: bbHtml,
  name: 'heldout152-phpbb-prosilver-topic',
  kind: 'forum',
  // each <br><br>-separated stretch of a post is a body paragraph; the quote is in neither list; the h3 subjects of the
  // replies ("Re: ..."), profile columns, attachment names and their size / view counts, signatures, action bars, the
  // jump box, "Who is online", the footer and the cookie banner are furniture; user names, post dates and the "Last
  // edited by" notice are bylines
  title: bbTitle,
  headings: [],
  body: bbPosts.flatMap((p) => texts(p.segs)),
  bylines: ['dynaquad', 'valvebert', 'Sparky_Lou', ...bbPosts.map((p) => p.date), ...bbPosts.flatMap((p) => (p.edited ? [p.edited] : []))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Valve & Vintage Audio', 'Restoration, repair and listening since 2006', 'Skip to content', 'Search', 'Advanced search', ...bbNav, ...bbCrumbs,
    ...bbBar.filter((t) => t !== 'Topic tools'), `Re: ${bbTitle}`, 'Quote', 'Solder Apprentice', 'Site Admin', 'Valve Veteran',
    ...new Set(bbPosts.flatMap((p) => [`Posts: ${p.posts}`,
    `Joined: ${p.joined}`, `Location: ${p.location}`])), 'Attachments', ...bbPosts.flatMap((p) => (p.attach ?? []).flatMap((a) => [a[0], a[1]])),
    'Harwick SA-200, Thorne TD150, Lowther-ish cabinets that my wife tolerates.', 'Top', 'Return to “Amplifiers and Receivers”',
    ...bbJump, 'Who is online', 'Users browsing this forum: No registered users and 4 guests', ...bbFoot, ...bbCookie,
  ])],
};
