import { type TestPage, texts } from './page-kit.js';
import { googleIssue } from './pages-heldout47-c2.js';

/**
 * Held-out batch 47, file c: a Chromium issue on Monorail's server-rendered detail page, as saved pages of it show it (the
 * monobar with the project thumbnail and tabs, the search row, the issue header with star and summary, "Starred by" and
 * "Reported by", the metadata column with labels, the description in a pre with the bug wizard's fields and an attachment,
 * comments with role labels, "Comment N by" headers and update boxes, bugdroid's and sheriffbot's notices, "Sign in to add a
 * comment" and the footer links).
 */
const mnTitle = 'Scrolling a position:sticky header inside a scroll-snap container jitters on macOS trackpads';
const mnHeads = ['Steps to reproduce the problem:', 'What is the expected behavior?', 'What went wrong?'];
const mnSteps = [
  '1. Open the attached sticky-snap.html on a MacBook with a trackpad.',
  '2. Scroll the list slowly with two fingers.',
  '3. Watch the blue header at the top of each section.',
];
const mnExpected = 'The header stays pinned to the top of the scroller while its section is visible, as it does when scrolling with a mouse wheel.';
const mnWrong =
  'The header shakes up and down by a few pixels during the scroll and jumps back into place when the scroll ends. After a fast ' +
  'flick it sometimes disappears for a frame. The page is a settings screen in our web app, and several customers have ' +
  'reported it as "the page flickers".';
const mnAnswers = ['Did this work before? Yes 74.0.3729.169', 'Does this work in other browsers? Yes'];
const mnDesc = `UserAgent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/75.0.3770.80 Safari/537.36

${mnHeads[0]}
${mnSteps.join('\n')}

${mnHeads[1]}
${mnExpected}

${mnHeads[2]}
${mnWrong}

${mnAnswers[0]}

${mnAnswers[1]}

Chrome version: 75.0.3770.80  Channel: stable
OS Version: OS X 10.14.5
Flash Version: 
`;
type MnComment = { n: number; who: string; bot?: boolean; member: boolean; date: string; tip: string; updates: string[]; text: string };
const mnComments: MnComment[] = [
  {
    n: 1,
    who: 'ds...@chromium.org',
    member: true,
    date: 'Jun 4, 2019',
    tip: 'Tue Jun  4 10:12:33 2019',
    updates: ['<b>Status:</b> Assigned', '<b>Owner:</b> wk...@chromium.org', '<b>Components:</b> Blink&gt;Scroll', '<b>Labels:</b> -Pri-3 Pri-2 M-77'],
    text:
      "Able to reproduce on 75.0.3770.80 and on today's Canary, 77.0.3826.0, with the attached file on macOS 10.14.5. Not " +
      'reproducible on Windows 10 with a precision touchpad or on Linux.\n\nBisect range: r661920 to r662011. The likely suspect ' +
      'is r661987, which moved scroll snapping for trackpad gestures to the compositor thread. Assigning to the author of that change.',
  },
  {
    n: 2,
    who: 'wk...@chromium.org',
    member: true,
    date: 'Jun 5, 2019',
    tip: 'Wed Jun  5 16:40:09 2019',
    updates: ['<b>Status:</b> Started'],
    text:
      'Thanks for the bisect. The snap animation now runs on the compositor, but sticky position offsets are still computed on ' +
      'the main thread from the last committed scroll offset. During a trackpad scroll the two disagree for a frame or two, which ' +
      'is the jitter you see. A mouse wheel scroll takes a different path that does not animate, so it is not affected.\n\nThe ' +
      'fix is to let the compositor update sticky offsets during snap animations, as it already does for ordinary scrolls. A ' +
      'change is up for review.',
  },
  {
    n: 3,
    who: 'bugdroid@chromium.org',
    bot: true,
    member: true,
    date: 'Jun 11, 2019',
    tip: 'Tue Jun 11 18:09:52 2019',
    updates: [],
    text:
      'The following revision refers to this bug:\n  <a href="https://chromium.googlesource.com/chromium/src.git/+/3fa2c1d07e">' +
      'https://chromium.googlesource.com/chromium/src.git/+/3fa2c1d07e</a>\n\ncommit 3fa2c1d07e\nAuthor: wk...@chromium.org\n' +
      'Date: Tue Jun 11 18:04:17 2019\n\n[scroll-snap] Update sticky offsets on the compositor during snap animations\n\n' +
      'Bug: 968214\nChange-Id: I8c0b5f2e91d4a7c3\nCr-Commit-Position: refs/heads/master@{#668102}\n\n' +
      '[modify] https://crrev.com/3fa2c1d07e/cc/trees/layer_tree_impl.cc',
  },
  {
    n: 4,
    who: 'wk...@chromium.org',
    member: true,
    date: 'Jun 12, 2019',
    tip: 'Wed Jun 12 08:31:45 2019',
    updates: ['<b>Status:</b> Fixed', '<b>Labels:</b> Merge-Request-76'],
    text:
      'Fixed on trunk; it should be in Canary 77.0.3830.0 and later. Requesting a merge to M76, since the regression shipped in ' +
      'M75 and trackpad users on macOS are most of the people affected.',
  },
  {
    n: 5,
    who: 'sheriffbot@chromium.org',
    bot: true,
    member: true,
    date: 'Jun 12, 2019',
    tip: 'Wed Jun 12 09:05:11 2019',
    updates: ['<b>Labels:</b> -Merge-Request-76 Merge-Review-76 Hotlist-Merge-Review'],
    text:
      'This bug requires manual review: M76 has already been promoted to the beta branch, so this requires manual review\n' +
      'Please contact the milestone owner if you have questions.\nOwners: am...@chromium.org (Android), ds...@chromium.org (Desktop)',
  },
  {
    n: 6,
    who: 'am...@chromium.org',
    member: true,
    date: 'Jun 13, 2019',
    tip: 'Thu Jun 13 17:22:38 2019',
    updates: ['<b>Labels:</b> -Merge-Review-76 Merge-Approved-76'],
    text: 'Approved for M76, branch 3809. Please merge before Monday so that it makes the next beta.',
  },
  {
    n: 7,
    who: 'ar...@gmail.com',
    member: false,
    date: 'Jun 20, 2019',
    tip: 'Thu Jun 20 07:48:02 2019',
    updates: [],
    text: 'Confirmed fixed in 76.0.3809.46 beta on the same MacBook. Thank you for the quick turnaround, our support inbox is grateful.',
  },
];
const mnPeople = mnComments.filter((c) => !c.bot);
const mnCan = ['All issues', 'Open issues', 'Open and owned by me', 'Open and reported by me', 'Open and starred by me', 'New issues', 'Issues to verify'];
const mnFoot = ['About Monorail', 'User Guide', 'Release Notes', 'Feedback on Monorail', 'Terms', 'Privacy'];
const mnComment = (c: MnComment) => `<div class="" id="hc${c.n}">
<div class="cursor_off vt issuecomment">
<div class="issuecommentheader"><span class="author">${c.member ? '<span class="role_label">Project Member</span>' : ''}
<h3 class="not_styled_as_heading"><a name="c${c.n}" id="c_ts15${c.n}" href="/p/chromium/issues/detail?id=968214#c${c.n}">Comment ${c.n}</a>
by <a style="white-space: nowrap" href="/u/${c.n}4a21/">${c.who}</a></span>,
<span class="date" title="${c.tip} UTC">${c.date}</span></h3></div>
<div class="issuecommentbody" tabIndex="0">
${c.updates.length > 0 ? `<table class="updates"><tr><td class="box-inner">${c.updates.join('<br>')}<br></td></tr></table>\n` : ''}<pre class="issue_text">
${c.text}
</pre>
</div></div></div>
<div class="hidden" id="hc${c.n}-deleted"></div>`;
const mnHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<link rel="icon" type="image/vnd.microsoft.icon" href="/static/images/monorail.ico">
<script type="text/javascript" nonce="k2PZ0a1yV7e">
 var CS_env = {"absoluteBaseUrl": "https://bugs.chromium.org", "app_version": "2019-06-19.412a7f", "loggedInUserEmail": null,
   "login_url": "https://accounts.google.com/ServiceLogin", "projectName": "chromium", "token": null};
</script>
<title>Issue 968214: ${mnTitle} - chromium - Monorail</title>
<meta name="ROBOTS" content="NOARCHIVE">
<meta name="viewport" content="width=device-width, minimum-scale=1.0">
<link type="text/css" rel="stylesheet" href="/static/css/chopsui-normal.css?version=2019-06-19.412a7f">
<link type="text/css" rel="stylesheet" href="/static/css/ph_core.css?version=2019-06-19.412a7f">
<link type="text/css" rel="stylesheet" href="/static/css/ph_detail.css?version=2019-06-19.412a7f">
</head>
<body class="">
<table id="monobar" width="100%" cellpadding="0" cellspacing="0" role="navigation">
<tr><th id="thumbnail_box"><a href="https://www.chromium.org/" target="_blank"><img src="/static/images/chromium-thumbnail.png"></a></th>
<th class="toptabs padded"><a href="/p/chromium/" title="An open-source project to help move the web forward." id="projects-dropdown">Project: chromium
<small>&#9660;</small></a>
<a href="/p/chromium/issues/list" class="active">Issues</a>
<a href="/p/chromium/people/list" class="">People</a>
<a href="/p/chromium/adminIntro" class="">Development process</a>
<a href="/p/chromium/updates/list" class="">History</a></th>
<td width="100%" id="userbar"><div style="text-align:right">
<a href="https://accounts.google.com/ServiceLogin?continue=%2Fp%2Fchromium%2Fissues%2Fdetail%3Fid%3D968214"
>Sign in</a></div></td></tr></table>
<div class="subt"><div class="issueList"><form action="/p/chromium/issues/list" method="GET" style="display:inline" id="searchform">
<a href="/p/chromium/issues/entry">New issue</a>
<span style="margin-left:2em"><label for="can">Search</label>
<select id="can" name="can">${mnCan.map((t, i) => `<option value="${i + 1}"${i === 1 ? ' selected="selected"' : ''}>${t}</option>`).join('')}</select>
<label for="searchq">for</label> <span id="qq"><input type="text" size="60" id="searchq" name="q" value="" autocomplete="off"></span>
<input type="submit" value="Search"></span>
<a href="/p/chromium/issues/advsearch" style="margin-left:.7em">Advanced search</a>
<a href="/p/chromium/issues/searchtips" style="margin-left:.7em">Search tips</a></form></div></div>
<div id="maincol">
<div id="color_control" class="closed_colors">
<table width="100%" cellpadding="0" cellspacing="0" border="0" class="issuepage" id="meta-container">
<tbody class="collapse">
<tr><td nowrap="nowrap" class="vt h3 issuemetaheader" style="min-width:8em">
<a href="detail?id=968214">Issue 968214</a></td>
<td width="90%" class="vt issueheader" style="border-right: 2px solid white"><span class="h3" style="padding-left:4px">${mnTitle}</span></td>
<td class="issueheader"></td></tr>
<tr><td nowrap="nowrap" class="issuemetaheader">Starred by 14 users</td>
<td class="issueheader" style="padding-left:6px; border-right: 2px solid white">
Reported by <a style="white-space: nowrap" href="/u/3d99a1/">ar...@gmail.com</a>,
<span class="date" title="Mon Jun  3 21:17:40 2019 UTC">Jun 3, 2019</span></td>
<td align="center" nowrap="nowrap" class="issueheader"></td></tr>
<tr><td id="issuemeta"><div id="meta-float">
<table cellspacing="0" cellpadding="0">
<tr><th align="left" style="padding-right:.3em">Status:</th><td width="100%">
<span title="Fixed = Developer made source code changes, QA should verify">Fixed</span></td></tr>
<tr><th align="left" class="vt">Owner:</th><td><a style="white-space: nowrap" href="/u/2b17c0/">wk...@chromium.org</a></td></tr>
<tr><th align="left" valign="top" style="padding-right:.3em">Closed:</th><td align="left" valign="top" width="100%">Jun 12, 2019</td></tr>
<tr><th class="vt" align="left">Cc:</th><td><a href="/u/77e0f3/">ds...@chromium.org</a> <a href="/u/c41a08/">am...@chromium.org</a></td></tr>
<tr><th align="left" valign="top" style="padding-right:.3em">Components:</th><td align="left" valign="top" width="100%">
<div><a href="list?q=component:Blink&gt;Scroll" class="fieldvalue"
title="Blink&gt;Scroll = Scrolling, scroll snap and overscroll">Blink&gt;Scroll</a></div></td></tr>
<tr><th align="left" valign="top" title="Estimated days to complete" style="padding-right:.3em">EstimatedDays:</th><td>----</td></tr>
<tr><th align="left" valign="top" title="The next action for this issue" style="padding-right:.3em">NextAction:</th><td>----</td></tr>
<tr><th align="left" valign="top" style="padding-right:.3em">OS:</th><td><a href="list?q=OS=&quot;Mac&quot;" class="fieldvalue">Mac</a></td></tr>
<tr><th align="left" valign="top" style="padding-right:.3em">Pri:</th><td><a href="list?q=Pri=&quot;2&quot;" class="fieldvalue">2</a></td></tr>
<tr><th align="left" valign="top" style="padding-right:.3em">Type:</th><td><a href="list?q=Type=&quot;Bug&quot;" class="fieldvalue">Bug</a></td></tr>
<tr><td colspan="2" class="widemeta">
<div style="padding-top:2px"><a href="list?q=label:M-77" class="label"><b>M-</b>77</a></div>
<div style="padding-top:2px"><a href="list?q=label:Merge-Approved-76" class="label"><b>Merge-</b>Approved-76</a></div>
<div style="padding-top:2px"><a href="list?q=label:Hotlist-Merge-Review" class="label"><b>Hotlist-</b>Merge-Review</a></div>
</td></tr></table>
<div class="rel_issues widemeta"><br>
<span id="user-hotlists" style="display:none"><b>Hotlists:</b><div id="user-hotlists-list"><br></div></span></div>
<br><br><div style="white-space:nowrap"><a href="https://accounts.google.com/ServiceLogin">Sign in</a> to add a comment</div>
</div></td>
<td class="vt issuedescription" width="100%" id="cursorarea" colspan="2">
<div class="cursor_off vt issuedescription" id="hc0"><div id="all-descriptions"><div id="d0">
<pre class="issue_text" tabIndex="1">
${mnDesc}</pre>
<div class="attachments"><table cellspacing="3" cellpadding="2" border="0"><tr><td width="20">
<a href="attachment?aid=392051&amp;signed_aid=p2Q"><img width="15" height="15" src="/static/images/paperclip.png" border="0"></a></td>
<td style="min-width:16em" valign="top"><b>sticky-snap.html</b><br>1.6 KB <a href="attachmentText?aid=392051" target="_blank">View</a>
<a href="attachment?aid=392051&amp;signed_aid=p2Q" download>Download</a></td></tr></table></div>
</div></div></div>
${mnComments.map(mnComment).join('\n')}
</td></tr>
<tr><td></td><td class="vt issuecomment"><div class="issuecommentheader" style="margin-bottom:1em"></div>
<span class="indicator">&#9658;</span> <a href="https://accounts.google.com/ServiceLogin">Sign in</a> to add a comment</td></tr>
</tbody></table><br>
</div></div>
<div id="footer">${mnFoot.map((t) => `<a href="/hosting/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join('\n')}</div>
<script type="text/javascript" defer src="/static/js/framework/framework-ajax.js?version=2019-06-19.412a7f" nonce="k2PZ0a1yV7e"></script>
<script type="text/javascript" nonce="k2PZ0a1yV7e">
(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();
a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
})(window,document,'script','//www.google-analytics.com/analytics.js','ga');
ga('create', 'UA-55762617-14', {'siteSpeedSampleRate': 100}); ga('set', 'dimension1', 'Not logged in'); ga('send', 'pageview');
</script>
</body>
</html>`;
const monorail: TestPage = {
  html: mnHtml,
  name: 'heldout47-monorail-issue',
  kind: 'forum',
  // title: the summary in the issue header; headings: the bug wizard's three questions, the report's sections; body: the
  // steps, the answers under "expected" and "went wrong", the two yes/no questions with their answers, and the four human
  // comments; in neither: the
  // wizard's UserAgent, Chrome version, OS and Flash lines (filled in by the form) and the commit block in bugdroid's comment
  // (a commit log, as code is); bylines: the "Reported by" line, the comment authors and dates of the human comments; furniture: the
  // monobar, search row, "Issue 968214", "Starred by", the metadata column, role labels, "Comment N" links, the update
  // boxes, the attachment, bugdroid's and sheriffbot's comments (names, dates only they carry, and texts: notices, not
  // posts), "Sign in to add a comment" and the footer; "Fixed", "Bug", "Mac", "2", "for", "People", "Cc:" and the
  // attachment's name are words of the body: left out
  title: mnTitle,
  headings: mnHeads,
  body: [...mnSteps, mnExpected, mnWrong, ...mnAnswers, ...mnPeople.flatMap((c) => texts(c.text.split('\n\n')))],
  bylines: ['Reported by ar...@gmail.com, Jun 3, 2019', ...new Set(mnPeople.flatMap((c) => [c.who, c.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Project: chromium', 'Issues', 'Development process', 'History', 'Sign in', 'New issue', 'Search', ...mnCan, 'Advanced search',
    'Search tips', 'Issue 968214', 'Starred by 14 users', 'Status:', 'Owner:', 'Closed:', 'Components:', 'Blink>Scroll', 'EstimatedDays:',
    'NextAction:', 'OS:', 'Pri:', 'Type:', 'M-77', 'Merge-Approved-76', 'Hotlist-Merge-Review', 'Hotlists:', 'to add a comment',
    '1.6 KB', 'View', 'Download', 'Project Member', ...mnComments.map((c) => `Comment ${c.n}`), 'Status: Assigned',
    'Owner: wk...@chromium.org', 'Components: Blink>Scroll', 'Status: Started',
    'Status: Fixed', 'Labels: -Pri-3 Pri-2 M-77', 'Labels: Merge-Request-76', 'Labels: -Merge-Request-76 Merge-Review-76 Hotlist-Merge-Review',
    'Labels: -Merge-Review-76 Merge-Approved-76', 'bugdroid@chromium.org', 'Jun 11, 2019', 'The following revision refers to this bug:',
    'sheriffbot@chromium.org', 'This bug requires manual review: M76 has already been promoted to the beta branch, so this requires manual review',
    'Please contact the milestone owner if you have questions.', 'Owners: am...@chromium.org (Android), ds...@chromium.org (Desktop)', ...mnFoot,
  ],
};

export const HELDOUT47_C: readonly TestPage[] = [monorail, googleIssue];
