import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 42, file b2: a phpBB 3.3 topic on a custom, non-prosilver style (a subsilver2-like table layout ported to
 * 3.3: header with site title and search, quick links, FAQ, Register and Login, breadcrumbs, topic title, action bar with
 * "Post Reply", topic tools and "Search this topic…", the Author / Message table with "Post subject:" and "Posted:" rows, a
 * profile cell per post (avatar, rank, Joined, Posts, Location), signatures, "Top" rows, a quote box, the bottom sort form,
 * "Return to", "Jump to", Who is online, forum permissions, the footer with style credit and the cookieconsent banner).
 */
const bbTitle = 'Grundig 3088: loud hum after recapping';
const bb1 = [
  'I have just finished recapping a Grundig 3088 that I picked up at a car boot sale last summer. Before the work it played ' +
    'quietly with a faint hum. Now it plays loudly and clearly, but there is a strong 100 Hz hum on all bands, even with the ' +
    'volume right down.',
  'I replaced every paper capacitor and the two main smoothing electrolytics in the can with new 50 µF parts mounted ' +
    'underneath the chassis. The old can is still in place but disconnected. The rectifier is the original EZ80 and the HT ' +
    'measures 265 V at the first smoothing cap.',
  'Does anyone recognise this? I have checked my wiring against the service sheet three times now.',
];
const bb2 = [
  'A hum that does not change with the volume control almost always comes from the power supply rather than the audio stages. ' +
    'My first guess would be the earth returns of your new capacitors. On many German sets of that era the chassis earth is not ' +
    'one point, and the negative of the smoothing can was returned to a particular tag near the rectifier.',
  'If you moved the negatives to any convenient chassis point, charging currents now flow through the chassis and you get ' +
    'exactly this. Try temporarily taking both negatives back to the tag the old can used.',
];
const bbQuote = 'Try temporarily taking both negatives back to the tag the old can used.';
const bb3 = [
  'That was it, or most of it. I had earthed the second capacitor to a solder tag by the output transformer because it was ' +
    'easier to reach. Moving it back to the tag by the rectifier took the hum down to a faint murmur that you can only hear ' +
    'with your ear on the speaker.',
  'There is still a little left on the FM band only. Could that be something else?',
];
const bb4 = [
  'Faint hum on FM only is often heater-cathode leakage in the FM front end valve, an ECC85 in that set. Swap it for a known ' +
    'good one before you go looking for anything else. A tired ECC85 is very common in sets of that age because the front end ' +
    'runs warm.',
  'Also check for a hum balance pot on the heater chain. Some of the 3088 chassis came with one and some did not.',
];
const bb5 = [
  'Swapped the ECC85 and the last of the hum has gone. For anyone finding this later: earth the smoothing caps where the ' +
    'originals were, and try a fresh ECC85 before chasing anything else on FM.',
  'Thanks both. Next job is the magic eye, which has about as much green left in it as a lawn in November.',
];
interface Author {
  name: string;
  rank: string;
  joined: string;
  posts: string;
  location: string;
  sig: string;
}
const pete: Author = {
  name: 'wireless_pete',
  rank: 'Member',
  joined: 'Sun Jun 09, 2024 10:15 pm',
  posts: '37',
  location: 'Lincolnshire',
  sig: 'Currently on the bench: Grundig 3088, Philips BX998A and far too many valves.',
};
const marta: Author = { name: 'Marta K', rank: 'Moderator', joined: 'Mon Jan 05, 2009 7:42 pm', posts: '6812', location: 'Bremen', sig: '' };
const vh: Author = {
  name: 'valvehead_nl',
  rank: 'Senior Member',
  joined: 'Thu Oct 22, 2015 1:03 pm',
  posts: '1940',
  location: 'Utrecht',
  sig: 'If it glows, it goes.',
};
const post = (id: number, row: string, a: Author, subject: string, when: string, body: string): string => `<tr class="${row}">
<td align="center" valign="middle"><a name="p${id}"></a><b class="postauthor"${a.rank === 'Moderator' ? ' style="color: #00AA00"' : ''}>${a.name}</b></td>
<td width="100%" height="25"><table width="100%" cellspacing="0"><tr><td class="gensmall" width="100%"><div style="float: left;">&nbsp;<b>Post subject:</b>
<a href="#p${id}">${subject}</a></div><div style="float: right;"><a href="./viewtopic.php?p=${id}#p${id}"><img
 src="./styles/subway/imageset/icon_post_target.gif"
 width="12" height="9" alt="Post" title="Post"></a><b>Posted:</b> ${when}&nbsp;</div></td></tr></table></td></tr>
<tr class="${row}"><td valign="top" class="profile"><table cellspacing="4" align="center" width="150"><tr><td><img src="./download/file.php?avatar=${id}.jpg"
 width="90" height="90" alt="User avatar"></td></tr><tr><td class="postdetails">${a.rank}</td></tr></table>
<span class="postdetails"><br><b>Joined:</b> ${a.joined}<br><b>Posts:</b> ${a.posts}<br><b>Location:</b> ${a.location}</span></td>
<td valign="top"><table width="100%" cellspacing="5"><tr><td><div class="postbody" id="post_content${id}">${body}</div><br clear="all"><br>
${a.sig ? `<div class="postbody signature" id="sig${id}">_________________<br>${a.sig}</div>` : ''}</td></tr></table></td></tr>
<tr class="${row}"><td class="profile"><strong><a href="#wrapheader">Top</a></strong></td><td><div class="gensmall" style="float: left;">&nbsp;
<a href="./memberlist.php?mode=viewprofile&amp;u=${id % 97}"><img src="./styles/subway/imageset/en/icon_user_profile.gif" alt="Profile"
 title="Profile"></a>&nbsp;</div>
<div class="gensmall" style="float: right;"><a href="./posting.php?mode=quote&amp;p=${id}"><img src="./styles/subway/imageset/en/icon_post_quote.gif"
 alt="Reply with quote" title="Reply with quote"></a>&nbsp;</div></td></tr>
<tr><td class="spacer" colspan="2" height="1"><img src="./styles/subway/theme/images/spacer.gif" alt="" width="1" height="1"></td></tr>`;
const br = (a: readonly string[]): string => a.join('<br>\n<br>\n');
const re = `Re: ${bbTitle}`;
const bbPerms = [
  'You <strong>cannot</strong> post new topics in this forum',
  'You <strong>cannot</strong> reply to topics in this forum',
  'You <strong>cannot</strong> edit your posts in this forum',
  'You <strong>cannot</strong> delete your posts in this forum',
  'You <strong>cannot</strong> post attachments in this forum',
];
const bbHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${bbTitle} - The Valve Radio Workshop</title>
<link href="./styles/subway/theme/stylesheet.css?assets_version=91" rel="stylesheet">
<link href="./assets/css/font-awesome.min.css?assets_version=91" rel="stylesheet">
<link href="./assets/cookieconsent/cookieconsent.min.css?assets_version=91" rel="stylesheet">
<!--[if lte IE 9]><link href="./styles/subway/theme/tweaks.css?assets_version=91" rel="stylesheet"><![endif]-->
<link href="./ext/phpbb/viglink/styles/all/theme/viglink.css?assets_version=91" rel="stylesheet" media="screen"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr">
<a name="top"></a><div id="wrapheader"><div id="logodesc"><table width="100%" cellspacing="0"><tr>
<td><a href="./index.php"><img src="./styles/subway/imageset/site_logo.gif" width="170" height="94" alt="" title=""></a></td>
<td width="100%" align="center"><h1>The Valve Radio Workshop</h1><span
 class="gen">Restoring, repairing and listening to vintage tube radios</span></td></tr></table></div>
<div id="menubar"><table width="100%" cellspacing="0"><tr><td class="genmed"><a href="./ucp.php?mode=login">Login</a>&nbsp; &nbsp;
<a href="./ucp.php?mode=register">Register</a></td><td class="genmed" align="right"><a href="/app.php/help/faq">FAQ</a>&nbsp; &nbsp;
<a href="./search.php">Search</a>&nbsp; &nbsp;<a href="./memberlist.php">Members</a>&nbsp; &nbsp;<a
 href="./memberlist.php?mode=team">The team</a></td></tr></table></div>
<div id="datebar"><table width="100%" cellspacing="0"><tr><td class="gensmall"></td>
<td class="gensmall" align="right">It is currently Sat Mar 01, 2025 10:12 am<br></td></tr></table></div></div>
<div id="wrapcentre"><form method="get" action="./search.php" id="search-box" role="search"><input class="post" type="search" name="keywords" size="20"
 placeholder="Search…"><input class="btnlite" value="Go" type="submit"></form>
<table class="tablebg" width="100%" cellspacing="1" cellpadding="0" style="margin-top: 5px;"><tr><td class="row1">
<p class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
<a href="./index.php" itemprop="item"><span itemprop="name">Board index</span></a><meta itemprop="position" content="1"></span> » <span
 itemprop="itemListElement"
 itemscope itemtype="https://schema.org/ListItem"><a href="./viewforum.php?f=3" itemprop="item"><span itemprop="name">Repairs &amp; Restoration</span></a>
<meta itemprop="position" content="2"></span> » <span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="./viewforum.php?f=7"
 itemprop="item"><span itemprop="name">German Sets</span></a><meta itemprop="position" content="3"></span></p>
<p class="datetime">All times are <span title="Europe/London">UTC</span></p></td></tr></table><br>
<div id="pageheader"><h2><a class="titles" href="./viewtopic.php?t=4412">${bbTitle}</a></h2></div><br clear="all"><br>
<div id="pagecontent"><table width="100%" cellspacing="1"><tr><td align="left" valign="middle" nowrap="nowrap">
<a href="./posting.php?mode=reply&amp;t=4412"><img src="./styles/subway/imageset/en/button_topic_reply.gif" alt="Post a reply" title="Post a reply"></a></td>
<td class="nav" valign="middle" nowrap="nowrap">&nbsp;Page <strong>1</strong> of <strong>1</strong><br></td>
<td class="gensmall" nowrap="nowrap">&nbsp;[ 5 posts ]&nbsp;</td>
<td class="gensmall" width="100%" align="right" nowrap="nowrap"><form method="get" id="topic-search" action="./search.php">
<input class="post" type="search" name="keywords" size="20" placeholder="Search this topic…"><input class="btnlite" type="submit"
 value="Go"></form></td></tr></table>
<table class="tablebg" width="100%" cellspacing="1"><tr><td class="cat"><table width="100%" cellspacing="0"><tr>
<td class="nav" nowrap="nowrap">&nbsp;<a href="./viewtopic.php?t=4412&amp;view=print" title="Print view">Print view</a></td>
<td class="nav" align="right" nowrap="nowrap"><a href="./viewtopic.php?f=7&amp;t=4398&amp;view=previous">Previous topic</a> |
<a href="./viewtopic.php?f=7&amp;t=4419&amp;view=next">Next topic</a>&nbsp;</td></tr></table></td></tr></table>
<table class="tablebg" width="100%" cellspacing="1"><tr><th>Author</th><th>Message</th></tr>
${post(51230, 'row1', pete, bbTitle, 'Tue Feb 11, 2025 6:43 pm', br(bb1))}
${post(51234, 'row2', marta, re, 'Tue Feb 11, 2025 8:15 pm', br(bb2))}
${post(
  51251,
  'row1',
  pete,
  re,
  'Wed Feb 12, 2025 9:02 am',
  `<div class="quotetitle">Marta K wrote: <a href="./viewtopic.php?p=51234#p51234" data-post-id="51234">↑</a>
</div><div class="quotecontent">${bbQuote}</div><br>${br(bb3)}`,
)}
${post(51263, 'row2', vh, re, 'Wed Feb 12, 2025 2:37 pm', br(bb4))}
${post(51302, 'row1', pete, re, 'Fri Feb 14, 2025 7:20 pm', br(bb5))}
<tr align="center"><td class="cat" colspan="2"><form name="viewtopic" method="post" action="./viewtopic.php?t=4412"><span
 class="gensmall">Display posts from previous:</span>
<select name="st" id="st"><option value="0" selected="selected">All posts</option><option value="1">1 day</option><option value="7">7 days</option>
<option value="14">2 weeks</option><option value="30">1 month</option><option value="365">1 year</option></select>&nbsp;<span class="gensmall">Sort by</span>
<select name="sk" id="sk"><option value="a">Author</option><option value="t" selected="selected">Post time</option><option value="s">Subject</option></select>
<select name="sd" id="sd"><option value="a" selected="selected">Ascending</option><option value="d">Descending</option></select>&nbsp;
<input class="btnlite" type="submit" value="Go" name="sort"></form></td></tr></table>
<table width="100%" cellspacing="1"><tr><td align="left" valign="middle" nowrap="nowrap"><a href="./posting.php?mode=reply&amp;t=4412">
<img src="./styles/subway/imageset/en/button_topic_reply.gif" alt="Post a reply" title="Post a reply"></a></td>
<td class="nav" valign="middle" nowrap="nowrap">&nbsp;Page <strong>1</strong> of <strong>1</strong><br></td>
<td class="gensmall" nowrap="nowrap">&nbsp;[ 5 posts ]&nbsp;</td></tr></table></div>
<div id="pagefooter"></div><br clear="all"><table class="tablebg" width="100%" cellspacing="1" cellpadding="0"><tr><td class="row1">
<p class="breadcrumbs"><a href="./viewforum.php?f=7" accesskey="r">Return to “German Sets”</a></p></td></tr></table>
<br clear="all"><table width="100%" cellspacing="1"><tr><td width="40%" valign="top" nowrap="nowrap" align="left"></td>
<td align="right" valign="top" nowrap="nowrap"><form method="get" name="jumpbox" action="./viewforum.php"><span class="gensmall">Jump to:</span>&nbsp;
<select name="f"><option value="-1">Select a forum</option><option value="-1">------------------</option><option value="2">Welcome Desk</option>
<option value="3">Repairs &amp; Restoration</option><option value="7" selected="selected">&nbsp; &nbsp;German Sets</option>
<option value="8">&nbsp; &nbsp;British Sets</option><option value="11">Test Gear &amp; Tools</option><option value="14">Buy, Sell &amp; Swap</option></select>
<input class="btnlite" type="submit" value="Go"></form></td></tr></table><br clear="all">
<table class="tablebg" width="100%" cellspacing="1"><tr><td class="cat"><h4>Who is online</h4></td></tr>
<tr><td class="row1"><p class="gensmall">Users browsing this forum: No registered users and 4 guests</p></td></tr></table><br clear="all">
<table width="100%" cellspacing="1"><tr><td align="left" valign="top"><table cellspacing="1" class="tablebg"><tr><td
 class="cat"><h4>Forum permissions</h4></td></tr>
<tr><td class="row1"><p class="gensmall">${bbPerms.join('<br>')}<br></p></td></tr></table></td></tr></table></div>
<div id="wrapfooter"><span class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited
<br>Subway style by Tomas Greer, ported to phpBB 3.3 by radiogirl<br><a href="./ucp.php?mode=privacy">Privacy</a> | <a href="./ucp.php?mode=terms">Terms</a>
<br><a href="./ucp.php?mode=delete_cookies">Delete cookies</a></span></div>
<div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="AJAX error" data-ajax-error-text="Something went wrong when processing your request."
 data-ajax-error-text-abort="User aborted request." data-ajax-error-text-timeout="Your request timed out; please try again."><div id="darken"
 class="darken">&nbsp;</div></div>
<div id="phpbb_alert" class="phpbb_alert" data-l-err="Error" data-l-timeout-processing-req="Request timed out."><a href="#" class="alert_close"></a>
<h3 class="alert_title">&nbsp;</h3><p class="alert_text"></p></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=91"></script><script src="./assets/javascript/core.js?assets_version=91"></script>
<script src="./assets/cookieconsent/cookieconsent.min.js?assets_version=91"></script>
<script>
if (typeof window.cookieconsent === "object") {
window.addEventListener("load", function(){
  window.cookieconsent.initialise({
    "palette": { "popup": { "background": "#0F538A" }, "button": { "background": "#E5E5E5" } },
    "theme": "classic",
    "content": { "message": "This website uses cookies to ensure you get the best experience on our website.", "dismiss": "Got it!",
      "href": "./ucp.php?mode=privacy", "link": "Learn more" }
  });
});
}
</script>
<div role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc"
 class="cc-window cc-banner cc-type-info cc-theme-classic cc-bottom">
<!--googleoff: all--><span id="cookieconsent:desc" class="cc-message">This website uses cookies to ensure you get the best experience on our website.
<a aria-label="learn more about cookies" role="button" tabindex="0" class="cc-link" href="./ucp.php?mode=privacy" rel="noopener noreferrer nofollow"
 target="_blank">Learn more</a>
</span><div class="cc-compliance"><a aria-label="dismiss cookie message" role="button" tabindex="0"
 class="cc-btn cc-dismiss">Got it!</a></div><!--googleon: all--></div>
</body></html>`;
export const phpbbTopic: TestPage = {
  html: bbHtml,
  name: 'heldout42-phpbb-custom-theme',
  kind: 'forum',
  // every post is body (paragraphs split at the double <br>); the quote box in the third post ("Marta K wrote:" and the quoted
  // line) is in neither list; usernames and "Posted:" times are bylines ("Posted:" itself furniture); the "Post subject:"
  // rows (the first repeats the title, in neither; the "Re: ..." subjects furniture), ranks, Joined / Posts / Location with
  // their values, signatures with their rule, "Top", the action bars, sort form, "Return to", jump box, Who is online,
  // permissions, header, menu bar, date bar, footer with the style credit and the cookie banner (its text once) are furniture;
  // the "Go" buttons are input values, not text; the forum name "German Sets" is two body words ("German sets"): left out
  // alone, kept in "Return to “German Sets”"
  title: bbTitle,
  headings: [],
  body: [...texts(bb1), ...texts(bb2), ...texts(bb3), ...texts(bb4), ...texts(bb5)],
  // biome-ignore format: the byline texts are packed several to a line
  bylines: [
    'wireless_pete', 'Marta K', 'valvehead_nl', 'Tue Feb 11, 2025 6:43 pm', 'Tue Feb 11, 2025 8:15 pm', 'Wed Feb 12, 2025 9:02 am', 'Wed Feb 12, 2025 2:37 pm',
    'Fri Feb 14, 2025 7:20 pm',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Valve Radio Workshop', 'Restoring, repairing and listening to vintage tube radios', 'Login', 'Register', 'FAQ', 'Search', 'Members', 'The team',
    'It is currently Sat Mar 01, 2025 10:12 am', 'Board index', 'Repairs & Restoration', 'All times are', 'UTC', 'Page 1 of 1', '[ 5 posts ]',
    'Print view', 'Previous topic', 'Next topic', 'Author', 'Message', 'Post subject:', 'Posted:', re, 'Member', 'Moderator', 'Senior Member', 'Joined:',
    pete.joined, marta.joined, vh.joined, 'Posts:', '37', '6812', '1940', 'Location:', 'Lincolnshire', 'Bremen', 'Utrecht', '_________________', pete.sig,
    vh.sig, 'Top', 'Display posts from previous:', 'All posts', '1 day', '7 days', '2 weeks', '1 month', '1 year', 'Sort by', 'Post time', 'Subject',
    'Ascending', 'Descending', 'Return to “German Sets”', 'Jump to:', 'Select a forum', 'Welcome Desk', 'British Sets', 'Test Gear & Tools',
    'Buy, Sell & Swap', 'Who is online', 'Users browsing this forum: No registered users and 4 guests', 'Forum permissions', ...texts(bbPerms),
    'Powered by', 'phpBB', '® Forum Software © phpBB Limited', 'Subway style by Tomas Greer, ported to phpBB 3.3 by radiogirl', 'Privacy', 'Terms',
    'Delete cookies', 'This website uses cookies to ensure you get the best experience on our website.', 'Learn more', 'Got it!',
  ],
};
