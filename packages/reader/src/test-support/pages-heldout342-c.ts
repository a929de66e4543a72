import { links, type TestPage, texts } from './page-kit.js';
import { drupal } from './pages-heldout342-c2.js';
import { j } from './pages-heldout342-kit.js';

/**
 * Held-out batch 342, file c: a betting forum thread on vBulletin 4 (navbar, breadcrumb, "Thread:" title, thread tools, posts
 * in postbit-legacy layout with user info, post dates and counters, a quote of an earlier post, signatures, "Reply With Quote",
 * similar threads, forum footer) and, from file c2, a responsible-gambling help page on Drupal's Olivero theme.
 */
type Post = { id: number; user: string; utitle: string; joined: string; posts: string; date: string; time: string; text: string[]; sig?: string };
const vPosts: Post[] = [
  {
    id: 771201,
    user: 'ditchrunner',
    utitle: 'Senior Member',
    joined: 'Mar 2014',
    posts: '2,118',
    date: '02-14-2026',
    time: '09:12 PM',
    text: [
      j(
        'Been keeping a spreadsheet of every each-way bet I have placed in handicaps with 16 or more runners since last spring. 214 bets,',
        'and I am down 3.8 points overall, which is a lot better than my win-only bets in the same races (down 41 points).',
      ),
      j(
        'Is that just luck, or is there a real edge in taking four or five places? My gut says the extra places some firms offer on',
        'big Saturdays are where the value sits, but I would like to hear from people who have tracked it longer.',
      ),
    ],
    sig: 'Racing is a game of opinions. Mine are usually wrong.',
  },
  {
    id: 771214,
    user: 'Hollins_Gap',
    utitle: 'Member',
    joined: 'Aug 2019',
    posts: '486',
    date: '02-14-2026',
    time: '09:40 PM',
    text: [
      j(
        'The maths is simple enough: a quarter-odds each-way bet on a 20/1 shot is really two bets, and the place part is only value',
        "if the horse's true chance of placing is better than the 5/1 you are effectively getting. In a 20-runner handicap with five",
        'places, a lot of mid-priced horses do clear that bar.',
      ),
      'Where people go wrong is backing 4/1 shots each-way. The place part of that bet is almost never value.',
    ],
  },
  {
    id: 771230,
    user: 'ditchrunner',
    utitle: 'Senior Member',
    joined: 'Mar 2014',
    posts: '2,118',
    date: '02-15-2026',
    time: '08:05 AM',
    text: [
      j(
        'That matches my numbers. Nearly all of my losses came from horses priced under 6/1. The 12/1 to 25/1 band is actually in',
        'profit, helped by the extra-place offers.',
      ),
    ],
  },
  {
    id: 771248,
    user: 'Fenella M',
    utitle: 'Moderator',
    joined: 'Jan 2011',
    posts: '9,402',
    date: '02-15-2026',
    time: '10:31 AM',
    text: [
      j(
        'Good thread. One thing worth adding: the extra-place offers usually come with lower maximum stakes, and a few firms restrict',
        'accounts that only ever take them. Keep your records, as the opening post does, and remember that 214 bets is still a small sample.',
      ),
      'And a reminder to everyone that the forum rules ask you not to post bookmaker affiliate links in replies.',
    ],
    sig: 'Forum rules | Report a post | Need help? Visit our safer gambling board',
  },
  {
    id: 771263,
    user: 'quietpaddock',
    utitle: 'Junior Member',
    joined: 'Nov 2025',
    posts: '37',
    date: '02-15-2026',
    time: '01:47 PM',
    text: [
      j(
        'Newer punter here. This is the most useful thread I have read on the subject. I had been doing exactly what the second reply describes,',
        'backing short-priced favourites each-way to feel safe, and wondering why my balance only went one way. Going to start a',
        'spreadsheet this weekend and set myself a monthly limit before I do anything else.',
      ),
    ],
  },
];
const quoteOf = 'The place part of that bet is almost never value.';
const vNav = ['Forum', 'New Posts', "Today's Posts", 'FAQ', 'Calendar', 'Community'];
const vSimilar = ['Extra places: which firms actually pay out?', 'Tracking your bets: spreadsheet templates', 'Quarter odds or fifth odds in 12-runner races?'];
const post = (p: Post, i: number): string => `<li class="postbitlegacy postbitim postcontainer old" id="post_${p.id}">
<div class="posthead"><span class="postdate old"><span class="date">${p.date},&nbsp;<span class="time">${p.time}</span></span></span>
<span class="nodecontrols"><a name="post${p.id}" href="showthread.php?t=48812&amp;p=${p.id}#post${p.id}" class="postcounter">#${i + 1}</a>
<a id="postcount${p.id}" name="${i + 1}"></a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><div class="popupmenu memberaction">
<a class="username offline popupctrl" href="member.php?u=${p.id % 997}" title="${p.user} is offline"><strong>${p.user}</strong></a></div></div>
<span class="usertitle">${p.utitle}</span><hr><dl class="userinfo_extra"><dt>Join Date</dt> <dd>${p.joined}</dd> <dt>Posts</dt> <dd>${p.posts}</dd></dl></div>
<div class="postbody"><div class="postrow"><div class="content"><div id="post_message_${p.id}"><blockquote class="postcontent restore ">
${
  i === 2
    ? `<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container"></div>
<div class="bbcode_postedby"><img title="Quote" src="images/misc/quote_icon.png" alt="Quote"> Originally Posted by <strong>Hollins_Gap</strong>
<a href="showthread.php?p=771214#post771214" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost-right.png" alt="View Post"></a></div>
<div class="message">${quoteOf}</div></div></div></div>\n`
    : ''
}${p.text.join('<br>\n<br>\n')}</blockquote></div></div>
</div>${
  p.sig === undefined
    ? ''
    : `<div class="after_content"><blockquote class="signature restore"><div
class="signaturecontainer">${p.sig}</div></blockquote></div>`
}
</div></div>
<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><a id="qrwq_${p.id}" class="newreply" href="newreply.php?p=${p.id}"
rel="nofollow" title="Reply With Quote">Reply With Quote</a></span></div></div><hr></li>`;
const vHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en" id="vbulletin_html"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta id="e_vb_meta_bburl" name="vb_meta_bburl" content="https://forum.paddockchat.example">
<base href="https://forum.paddockchat.example/"><meta name="generator" content="vBulletin 4.2.5">
<script type="text/javascript" src="clientscript/yui/yuiloader-dom-event/yuiloader-dom-event.js?v=425"></script>
<script type="text/javascript">var SESSIONURL = ""; var SECURITYTOKEN = "guest"; var IMGDIR_MISC = "images/misc"; var vb_disable_ajax = parseInt("0",
10);</script>
<link rel="stylesheet" type="text/css" href="css.php?styleid=4&amp;langid=1&amp;d=1700000000&amp;td=ltr&amp;sheet=bbcode.css,editor.css,postbit.css">
<meta name="description" content="Been keeping a spreadsheet of every each-way bet I have placed in handicaps with 16 or more runners since last spring.">
<title>Each-way betting in big-field handicaps: value or a mug's game?</title></head>
<body>
<div class="above_body"><div id="header" class="floatcontainer doc_header"><div><a name="top" href="forum.php" class="logo-image">
<img src="images/misc/paddockchat-logo.png" alt="The Paddock Chat - Powered by vBulletin"></a></div>
<div id="toplinks" class="toplinks"><ul class="nouser"><li><a href="register.php" rel="nofollow">Register</a></li><li><a href="#"
rel="help">Help</a></li></ul></div></div>
<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer">${links(vNav, 'navtab')}</ul></div></div>
<div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php" accesskey="1">
<img src="images/misc/navbit-home.png" alt="Home"></a></li><li class="navbit"><a href="forum.php">The Paddock Chat</a></li>
<li class="navbit"><a href="forumdisplay.php?f=12">Horse Racing</a></li><li class="navbit"><a href="forumdisplay.php?f=31">Betting Strategy</a></li>
<li class="navbit lastnavbit"><span>Each-way betting in big-field handicaps</span></li></ul><hr></div>
<div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?t=48812" title="Reload this Page">Each-way betting in big-field handicaps:
value or a mug&#39;s game?</a></span></h1></div>
<div id="thread_controls" class="thread_controls toolsmenu"><div><ul id="postlist_popups" class="postlist_popups popupgroup"><li class="popupmenu"
id="threadtools">
<h6><a class="popupctrl" href="javascript://">Thread Tools</a></h6></li><li class="popupmenu"><h6><a class="popupctrl"
href="javascript://">Display</a></h6></li></ul></div></div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">
${vPosts.map(post).join('\n')}
</ol></div>
<div id="similar_threads" class="block"><h4 class="collapse blockhead options_correct">Similar Threads</h4><div class="blockbody"><ol class="similar_threads">
${links(vSimilar, 'floatcontainer')}</ol></div></div>
<div class="navlinks"><strong>«</strong> <a href="showthread.php?t=48811&amp;goto=nextoldest" rel="nofollow">Previous Thread</a> | <a
href="showthread.php?t=48812&amp;goto=nextnewest"
rel="nofollow">Next Thread</a> <strong>»</strong></div></div>
<div class="below_body"><div id="footer_time" class="shade footer_time">All times are GMT. The time now is <span class="time">11:04 AM</span>.</div>
<div id="footer_copyright" class="shade footer_copyright">Powered by vBulletin® Version 4.2.5<br>Copyright © 2026 vBulletin Solutions Inc. All rights
reserved.</div>
<div id="footer_morecopyright" class="shade footer_copyright">Members must be 18 or over. The Paddock Chat does not take bets.</div></div>
</body></html>`;
const vb4: TestPage = {
  name: 'heldout342-vbulletin4-betting-forum-thread',
  kind: 'forum',
  html: vHtml,
  title: "Thread: Each-way betting in big-field handicaps: value or a mug's game?",
  headings: [],
  body: texts(vPosts.flatMap((p) => p.text)),
  bylines: [...new Set(vPosts.flatMap((p) => [p.user, `${p.date}, ${p.time}`]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Register', 'Help', ...vNav, 'The Paddock Chat', 'Horse Racing', 'Betting Strategy', 'Each-way betting in big-field handicaps', 'Thread Tools', 'Display',
    'Senior Member', 'Member', 'Moderator', 'Junior Member', 'Join Date', 'Posts', 'Mar 2014', '2,118', 'Aug 2019', '486', 'Jan 2011', '9,402', 'Nov 2025',
'Originally Posted by',
    'Racing is a game of opinions. Mine are usually wrong.', 'Forum rules | Report a post | Need help? Visit our safer gambling board', 'Reply With Quote',
    'Similar Threads', ...vSimilar, 'Previous Thread', 'Next Thread', 'All times are GMT. The time now is 11:04 AM.',
    'Powered by vBulletin® Version 4.2.5', 'Copyright © 2026 vBulletin Solutions Inc. All rights reserved.',
    'Members must be 18 or over. The Paddock Chat does not take bets.',
  ],
};

export const HELDOUT342_C: readonly TestPage[] = [vb4, drupal];
