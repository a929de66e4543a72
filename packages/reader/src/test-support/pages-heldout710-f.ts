import { links, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout710-kit.js';

/**
 * Held-out batch 710, file f: a thread on a teachers' forum running MyBB 1.8 (default theme: top links, guest panel, breadcrumb
 * navigation, the thread title in the table head with no h1, thread rating, horizontal postbits with user titles and
 * statistics, a MyCode list and quote, an edit note, signatures, Find and Reply buttons, thread navigation, users browsing,
 * forum jump, related threads, footer), and a question page on Quora (the question title as a styled div, "All related" and
 * sort controls, answers with credentials, dates, views and "Upvoted by" lines, vote and share bars, a sponsored answer-style
 * ad, related questions and the sign-up dialog shown to logged-out readers).
 */
type MPost = {
  pid: number;
  user: string;
  title: string;
  posts: string;
  threads: string;
  joined: string;
  rep: string;
  date: string;
  body: string;
  sig?: string;
  edit?: string;
};
const mbTitle = 'Year 4 Number Facts Check: how are you preparing without endless drilling?';
const mbOp = [
  j(
    'Our school is doing the Year 4 Number Facts Check for the first time in June and I’m starting to feel the pressure from SLT. The',
    'check is 25 questions, six seconds each, on a tablet.',
  ),
  j(
    'I don’t want to spend every morning until June doing timed tests. Half my class already freeze when there’s a timer on the board.',
    'What are other people doing that actually works?',
  ),
  'Thanks in advance!',
];
const mbDan = ['We did it last year. Short answer: little and often, and keep the timer out of it until after Easter. Roughly what we did:'];
const mbDanList = [
  'Five minutes a day on one table at a time, with arrays and counting sticks before any recall.',
  'A weekly low-stakes quiz that the children mark themselves. No scores on the wall.',
  'Only the trickiest facts (6s, 7s, 8s) get extra time from February onwards.',
];
const mbDan2 = 'We only started using the practice app in May. By then most of them knew the facts and just needed to get used to the format.';
const mbQuote = 'Half my class already freeze when there’s a timer on the board.';
const mbOsei = [
  j(
    'This was us too. What helped was games where the speed comes from the game, not the clock: times table snap, multiplication',
    'bingo, “around the world”. They get faster without feeling tested.',
  ),
  j(
    'Also, teach the “turnaround” idea explicitly. Once they realise 7 × 8 is the same as 8 × 7, there are roughly half as many facts to',
    'learn, and they stop seeing it as a wall of 144 sums.',
  ),
];
const mbOp2 = 'These are brilliant, thank you both. Going to try the bingo tomorrow and push the timed practice back to after Easter. Will report back!';
const mbEditor = '<a href="member.php?action=profile&amp;uid=38">k_osei</a>';
const br = (paras: readonly string[]): string => paras.join('<br />\n<br />\n');
const mbPosts: MPost[] = [
  {
    pid: 10412,
    user: 'mrs_pennington',
    title: 'Member',
    posts: '48',
    threads: '9',
    joined: 'Sep 2024',
    rep: '3',
    date: '03-02-2027, 07:41 PM',
    body: br(mbOp),
    sig: 'Year 4 teacher | Coffee-powered since 2012',
  },
  {
    pid: 10415,
    user: 'DeputyDan',
    title: 'Senior Member',
    posts: '1,206',
    threads: '37',
    joined: 'Jan 2019',
    rep: '41',
    date: '03-02-2027, 08:15 PM',
    body: `${mbDan.join('')}<br />\n<ul class="mycode_list">${lis(mbDanList)}</ul>\n${mbDan2}`,
    sig: 'Deputy head, primary. Views my own, obviously.',
  },
  {
    pid: 10421,
    user: 'k_osei',
    title: 'Member',
    posts: '73',
    threads: '4',
    joined: 'Mar 2023',
    rep: '6',
    date: '03-03-2027, 06:52 AM',
    body: `<blockquote class="mycode_quote"><cite><span> (03-02-2027, 07:41 PM)</span>mrs_pennington Wrote: <a
href="https://forum.chalkface.org.uk/showthread.php?pid=10412#pid10412" class="quick_jump"></a></cite>${mbQuote}</blockquote><br />\n${br(mbOsei)}`,
    edit: '(This post was last modified: 03-03-2027, 07:05 AM by k_osei.)',
  },
  {
    pid: 10433,
    user: 'mrs_pennington',
    title: 'Member',
    posts: '48',
    threads: '9',
    joined: 'Sep 2024',
    rep: '3',
    date: '03-03-2027, 04:30 PM',
    body: mbOp2,
    sig: 'Year 4 teacher | Coffee-powered since 2012',
  },
];
const mbTop = ['Portal', 'Search', 'Member List', 'Calendar', 'Help'];
const mbCrumbs = ['Chalkface Community', 'Primary', 'Maths'];
const mbRelated: [string, string, string, string, string][] = [
  ['Times tables apps worth paying for?', 'Mr_Ridley', '14', '2,031', '02-11-2027, 09:02 PM'],
  ['Year 4 check: access arrangements for EAL pupils', 'hollyhock', '6', '884', '01-29-2027, 04:17 PM'],
  ['Fluency vs understanding in KS2 maths', 'DeputyDan', '22', '3,412', '12-14-2026, 07:55 AM'],
];
const mbFoot = ['Contact Us', 'Return to Top', 'Lite (Archive) Mode', 'Mark all forums read', 'RSS Syndication'];
const mbPost = (p: MPost, n: number): string => `<a name="pid${p.pid}" id="pid${p.pid}"></a>
<div class="post " style="" id="post_${p.pid}"><div class="post_author"><div class="author_avatar"><a
href="member.php?action=profile&amp;uid=${p.pid % 97}"><img
src="images/default_avatar.png" alt="" width="55" height="55" /></a></div><div class="author_information"><strong><span class="largetext"><a
href="https://forum.chalkface.org.uk/member.php?action=profile&amp;uid=${p.pid % 97}">${p.user}</a></span></strong> <img src="images/buddy_offline.png"
title="Offline"
alt="Offline" class="buddy_status" /><br /><span class="smalltext">${p.title}<br /><img src="images/star.png" border="0" alt="*" /><img src="images/star.png"
border="0" alt="*" /><br /></span></div><div class="author_statistics">Posts: ${p.posts}<br />Threads: ${p.threads}<br />Joined: ${p.joined}<br />Reputation:
<a href="reputation.php?uid=${p.pid % 97}"><strong class="reputation_positive">${p.rep}</strong></a></div></div>
<div class="post_content"><div class="post_head"><div class="float_right" style="vertical-align: top"><strong><a
href="showthread.php?tid=2211&amp;pid=${p.pid}#pid${p.pid}" title="${n === 1 ? mbTitle : `RE: ${mbTitle}`}">#${n}</a></strong></div><span
class="post_date">${p.date}
<span class="post_edit" id="edited_by_${p.pid}">${p.edit ? `<span class="edited_post">${p.edit.replace('k_osei', mbEditor)}</span>` : ''}</span></span></div>
<div class="post_body scaleimages" id="pid_${p.pid}">${p.body}</div><div class="post_meta" id="post_meta_${p.pid}"></div>
${p.sig ? `<div class="signature scaleimages">${p.sig}</div>` : ''}</div>
<div class="post_controls"><div class="postbit_buttons author_buttons float_left"><a href="search.php?action=finduser&amp;uid=${p.pid % 97}"
title="Find all posts
by this user" class="postbit_find"><span>Find</span></a></div><div class="postbit_buttons post_management_buttons float_right"><a
href="newreply.php?tid=2211&amp;replyto=${p.pid}" title="Quote this message in a reply"
class="postbit_quote postbit_mirage"><span>Reply</span></a></div></div></div>`;
const mbHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="en" lang="en" xmlns="http://www.w3.org/1999/xhtml"><head>
<title>${mbTitle}</title>
<link rel="alternate" type="application/rss+xml" title="Latest Threads (RSS 2.0)" href="https://forum.chalkface.org.uk/syndication.php" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><meta http-equiv="Content-Script-Type" content="text/javascript" />
<script type="text/javascript" src="https://forum.chalkface.org.uk/jscripts/jquery.js?ver=1823"></script>
<script type="text/javascript" src="https://forum.chalkface.org.uk/jscripts/general.js?ver=1827"></script>
<link type="text/css" rel="stylesheet" href="https://forum.chalkface.org.uk/cache/themes/theme1/global.css?t=1701956221" />
<link type="text/css" rel="stylesheet" href="https://forum.chalkface.org.uk/cache/themes/theme1/star_ratings.css?t=1701956221" />
<link type="text/css" rel="stylesheet" href="https://forum.chalkface.org.uk/cache/themes/theme1/showthread.css?t=1701956221" />
<script type="text/javascript"><!--
	lang.unknown_error = "An unknown error has occurred.";
	var cookieDomain = ".chalkface.org.uk"; var cookiePath = "/"; var cookiePrefix = ""; var cookieSecureFlag = "1";
	var deleteevent_confirm = "Are you sure you want to delete this event?"; var my_post_key = "b1e0c9f2a7d4e8f3a6c5b2d1e0f9a8c7";
// --></script>
<link rel="canonical" href="https://forum.chalkface.org.uk/showthread.php?tid=2211" />
<script type="text/javascript">var quickdelete_confirm = "Are you sure you want to delete this post?"; var thread_deleted = "0";</script></head>
<body><div id="container"><a name="top" id="top"></a>
<div id="header"><div id="logo"><div class="wrapper"><a href="https://forum.chalkface.org.uk/index.php"><img
src="https://forum.chalkface.org.uk/images/chalkface.png"
alt="Chalkface Community" title="Chalkface Community" /></a><ul class="menu top_links">${mbTop
  .map(
    (t) => `<li><a href="https://forum.chalkface.org.uk/${t.toLowerCase().replace(/ /g, '')}.php" class="${t.toLowerCase().replace(/ /g, '')}">${t}</a></li>`,
  )
  .join('\n')}</ul></div></div>
<div id="panel"><div class="upper"><div class="wrapper"><span class="welcome">Hello There, Guest! <a
href="https://forum.chalkface.org.uk/member.php?action=login"
onclick="$('#quick_login').modal({ fadeDuration: 250, keepelement: true, zIndex: (typeof modal_zindex !== 'undefined' ? modal_zindex : 9999) }); return false;"
class="login">Login</a> <a href="https://forum.chalkface.org.uk/member.php?action=register" class="register">Register</a></span></div></div></div></div>
<div id="content"><div class="wrapper">
<div class="navigation"><a href="https://forum.chalkface.org.uk/index.php">${mbCrumbs[0]}</a> &rsaquo; <a
href="https://forum.chalkface.org.uk/forumdisplay.php?fid=4">${mbCrumbs[1]}</a> &rsaquo; <a
href="https://forum.chalkface.org.uk/forumdisplay.php?fid=11">${mbCrumbs[2]}</a> <br /><img src="https://forum.chalkface.org.uk/images/nav_bit.png"
alt="" /><span
class="active">${mbTitle}</span></div><br />
<div class="float_left"><strong>Thread Rating:</strong></div><div class="inline_rating"><ul class="star_rating" id="rating_thread_2211"><li style="width: 100%"
class="current_rating" id="current_rating_2211">3 Vote(s) - 5 Average</li></ul></div>
<div class="float_right"><a href="newreply.php?tid=2211" class="button new_reply_button"><span>New Reply</span></a></div><br class="clear" />
<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear"><tr><td class="thead"><div style="float: right;"><span
class="smalltext"><strong><a href="javascript:void(0)" id="thread_modes">Thread Modes</a></strong></span></div><div><strong>${mbTitle}</strong></div></td></tr>
<tr><td id="posts_container"><div id="posts">
${mbPosts.map((p, i) => mbPost(p, i + 1)).join('\n')}
</div></td></tr><tr><td class="tfoot"><div class="float_right"><strong>&laquo; <a
href="showthread.php?tid=2211&amp;action=nextoldest">Next Oldest</a> | <a
href="showthread.php?tid=2211&amp;action=nextnewest">Next Newest</a> &raquo;</strong></div></td></tr></table>
<div class="float_left"><ul class="thread_tools"><li class="printable"><a href="printthread.php?tid=2211">View a Printable Version</a></li><li
class="subscription_add"><a href="usercp2.php?action=addsubscription&amp;tid=2211&amp;my_post_key=x">Subscribe to this thread</a></li></ul></div>
<div class="float_right" style="text-align: right;"><form action="forumdisplay.php" method="get"><span class="smalltext"><strong>Forum Jump:</strong></span>
<select name="fid" class="forumjump"><option value="-4">Private Messages</option><option value="4">Primary</option><option value="11" selected="selected">
-- Maths</option></select><input type="submit" class="button" value="Go" /></form></div><br class="clear" />
<br /><table border="0" cellspacing="0" cellpadding="5" class="tborder"><tr><td class="thead" colspan="5"><strong>Possibly Related Threads…</strong></td></tr>
<tr><td class="tcat" align="center"><span class="smalltext"><strong>Thread</strong></span></td><td class="tcat" align="center"><span
class="smalltext"><strong>Author</strong></span></td><td class="tcat" align="center"><span class="smalltext"><strong>Replies</strong></span></td><td
class="tcat"
align="center"><span class="smalltext"><strong>Views</strong></span></td><td class="tcat" align="center"><span class="smalltext"><strong>Last
Post</strong></span></td></tr>
${mbRelated
  .map(
    ([t, a, r, v, d]) => `<tr><td class="trow1" align="left"><a href="showthread.php?tid=${r}1">${t}</a></td><td class="trow1" align="center"><a
href="member.php?action=profile&amp;uid=${r}">${a}</a></td><td class="trow1" align="center">${r}</td><td class="trow1" align="center">${v}</td><td class="trow1"
align="right">${d}</td></tr>`,
  )
  .join('\n')}</table>
<div id="thread_modes_popup" class="popup_menu" style="display: none;"><div class="popup_item_container"><a href="showthread.php?mode=linear&amp;tid=2211"
class="popup_item">Linear Mode</a></div><div class="popup_item_container"><a href="showthread.php?mode=threaded&amp;tid=2211" class="popup_item">Threaded
Mode</a></div></div>
<br /><span class="smalltext">Users browsing this thread: 1 Guest(s)</span><br /></div></div>
<div id="footer"><div class="upper"><div class="wrapper"><ul class="menu bottom_links">${links(mbFoot)}</ul></div></div>
<div class="lower"><div class="wrapper"><span id="current_time"><strong>Current time:</strong> 03-04-2027, 09:12 AM</span><span id="copyright">Powered By <a
href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, &copy; 2002-2027 <a href="https://mybb.com" target="_blank"
rel="noopener">MyBB Group</a>.</span>
</div></div></div></div>
<div id="quick_login" class="modal" style="display: none;"><form method="post" action="https://forum.chalkface.org.uk/member.php"><table width="100%"
cellspacing="0" cellpadding="5" border="0" class="tborder"><tr><td class="thead" colspan="2"><strong>Login</strong></td></tr><tr><td class="trow1"
width="25%"><strong>Username:</strong></td><td class="trow1"><input name="quick_username" type="text" class="textbox" /></td></tr></table></form></div>
</body></html>`;
const mybb: TestPage = gold({
  name: 'heldout710-mybb-number-facts',
  kind: 'forum',
  html: mbHtml,
  title: mbTitle,
  headings: [],
  body: texts([...mbOp, ...mbDan, ...mbDanList, mbDan2, mbQuote, ...mbOsei, mbOp2]),
  bylines: [...new Set(mbPosts.flatMap((p) => [p.user, p.date])), '(This post was last modified: 03-03-2027, 07:05 AM by k_osei.)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mbTop, 'Hello There, Guest!', 'Login', 'Register', ...mbCrumbs, 'Thread Rating:', '3 Vote(s) - 5 Average', 'New Reply', 'Thread Modes',
    ...mbPosts.flatMap((p) => [p.title, `Posts: ${p.posts}`, `Threads: ${p.threads}`, `Joined: ${p.joined}`, 'Reputation:', p.rep, ...(p.sig ? [p.sig] : [])]),
    ...mbPosts.map((_, i) => `#${i + 1}`), '(03-02-2027, 07:41 PM)mrs_pennington Wrote:', 'Find', 'Reply', 'Next Oldest', 'Next Newest',
    'View a Printable Version', 'Subscribe to this thread', 'Forum Jump:', 'Private Messages', '-- Maths', 'Possibly Related Threads…', 'Thread',
    'Author', 'Replies', 'Views', 'Last Post', ...mbRelated.flatMap((r) => r).filter((t) => t !== 'DeputyDan'), 'Users browsing this thread: 1 Guest(s)',
    ...mbFoot, 'Current time:', '03-04-2027, 09:12 AM', 'Powered By MyBB, © 2002-2027 MyBB Group.',
  ],
});

type QAnswer = {
  name: string;
  cred: string;
  date: string;
  upvotedBy?: string;
  paras: string[];
  list?: string[];
  after?: string[];
  views: string;
  votes: string;
  comments: string;
};
const qTitle = 'How can I help my 9-year-old who says she hates reading?';
const qAnswers: QAnswer[] = [
  {
    name: 'Dalia Okoro',
    cred: 'Reading specialist in public elementary schools for 19 years',
    date: 'Updated Mar 2',
    upvotedBy: 'Upvoted by Carmen Ruiz, M.Ed. Literacy Education, Eastfield College (2016)',
    paras: [
      j(
        'First, a reassuring thing: at nine, “I hate reading” almost never means a child hates stories. It usually means reading',
        'feels hard, or boring, or like a chore someone else is in charge of. Your job is to figure out which one.',
      ),
      j(
        'If it feels hard, talk to her teacher and ask directly whether she is reading at grade level and whether her decoding has',
        'been assessed. A surprising number of kids who “hate reading” at this age are quietly struggling with longer words and',
        'have become very good at hiding it.',
      ),
      'If it feels boring or like a chore, try these:',
    ],
    list: [
      'Let her choose, including graphic novels, joke books and books you think are too easy.',
      'Read aloud to her, even though she can read on her own. Stop at the exciting parts.',
      'Drop the reading logs and minute counts at home if you can. Nothing kills reading faster than a timer.',
      'Audiobooks count. Really.',
    ],
    after: ['Give it a few months. Most kids come back to reading when it stops being a battle.'],
    views: '8.4K views',
    votes: '412',
    comments: '19',
  },
  {
    name: 'Tom Feeney',
    cred: 'Dad of three, former reluctant reader',
    date: 'Feb 27',
    paras: [
      j(
        'My son was exactly like this at nine. What finally worked was a series about a kid detective that his older cousin liked.',
        'We didn’t push it, we just left the first book on the kitchen table. He read all eleven in a month.',
      ),
      'Find out what the kids she looks up to are reading. Peer pressure is a powerful thing, and for once it can work in your favor.',
    ],
    views: '2.9K views',
    votes: '156',
    comments: '4',
  },
  {
    name: 'Harriet Lowell',
    cred: 'Children’s librarian at Fenwick Public Library',
    date: 'Mar 3',
    paras: [
      j(
        'Librarian here. Bring her to the library and let her ask a librarian for a recommendation without you standing next to her.',
        'Kids will tell us things about what they like that they won’t tell their parents, and we love this exact challenge.',
      ),
    ],
    views: '1.1K views',
    votes: '88',
    comments: '2',
  },
];
const qRelated = [
  'What are the best book series for reluctant readers aged 8–10?',
  'Should I make my child read every day?',
  'Is it bad if my 10-year-old only reads graphic novels?',
  'How do I know if my child has dyslexia?',
];
const qFoot = ['About', 'Careers', 'Privacy', 'Terms', 'Contact', 'Languages', 'Your Ad Choices', 'Press'];
const qP = (t: string): string =>
  `<p class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start" style="box-sizing: border-box; margin: 0px 0px 1em;"><span>${t}</span></p>`;
const qAnswer = (a: QAnswer, i: number): string => `<div class="q-box dom_annotate_question_answer_item_${i} qu-borderAll qu-borderColor--raised
qu-boxShadow--small qu-mb--small qu-bg--raised" style="box-sizing: border-box; border-radius: 8px;"><div
class="q-box qu-pt--medium qu-px--medium qu-pb--tiny"><div
class="q-flex qu-alignItems--flex-start"><div class="q-box qu-mr--small"><div class="q-relative"><img class="q-image qu-display--block" style="border-radius:
50%;" src="https://qph.cf2.quoracdn.net/main-thumb-${i}-50-abc.jpeg" alt="Profile photo for ${a.name}" width="36" height="36"></div></div><div class="q-box
qu-flex--auto"><div class="q-text qu-dynamicFontSize--small qu-bold qu-color--gray_dark qu-passColorToLinks"><span class="q-box"><a class="q-box
Link___StyledBox-t2xg9c-0 dFkjrQ puppeteer_test_link qu-cursor--pointer qu-hover--textDecoration--underline"
href="https://www.quora.com/profile/${a.name.replace(/ /g, '-')}"
target="_top"><span>${a.name}</span></a></span><span class="q-text qu-dynamicFontSize--small qu-color--gray_light qu-ml--tiny"> · </span><button
class="q-click-wrapper
qu-active--textDecoration--none qu-tapHighlight--white qu-cursor--pointer qu-hover--textDecoration--underline" role="button" tabindex="0"><span class="q-text
qu-dynamicFontSize--small qu-color--blue_dark">Follow</span></button></div><div class="q-text qu-dynamicFontSize--small qu-color--gray_light
qu-passColorToLinks"><span class="q-box"><span class="CssComponent__CssInlineComponent-sc-1oskqb9-1 UserCredential___StyledCssInlineComponent-lsmoq4-0
dRHmsU">${a.cred}</span></span><span class="q-text qu-mx--tiny"> · </span><a class="q-box Link___StyledBox-t2xg9c-0 dFkjrQ answer_timestamp qu-cursor--pointer
qu-hover--textDecoration--underline" href="https://www.quora.com/How-can-I-help-my-9-year-old-who-says-she-hates-reading/answer/${a.name.replace(/ /g, '-')}"
target="_top">${a.date}</a></div></div></div>${
  a.upvotedBy
    ? `<div class="q-text qu-dynamicFontSize--small qu-color--gray_light qu-mt--tiny"><span class="q-box"><span>${a.upvotedBy}</span></span></div>`
    : ''
}</div>
<div class="q-box spacing_log_answer_content puppeteer_test_answer_content" style="box-sizing: border-box;"><div class="q-relative qu-overflow--hidden"
style="box-sizing: border-box;"><div class="q-text qu-wrap qu-userSelect--text" style="box-sizing: border-box;">${a.paras.map(qP).join('')}${
  a.list ? `<ul class="q-box qu-pl--medium">${lis(a.list, 'q-relative')}</ul>` : ''
}${(a.after ?? []).map(qP).join('')}</div></div></div>
<div class="q-text qu-dynamicFontSize--small qu-color--gray_light qu-px--medium qu-mt--small"><span>${a.views}</span><span
class="q-inline qu-mx--tiny">·</span><button
class="q-click-wrapper qu-cursor--pointer" role="button" tabindex="0"><span class="q-text qu-color--gray_light">View upvotes</span></button></div>
<div class="q-flex qu-justifyContent--space-between qu-alignItems--center qu-px--medium qu-py--tiny"><div class="q-flex qu-alignItems--center"><div
class="q-flex qu-borderRadius--pill qu-bg--gray_ultralight"><button class="q-click-wrapper puppeteer_test_votable_upvote_button" aria-label="Upvote"
role="button" tabindex="0"><span class="q-text qu-dynamicFontSize--small qu-medium qu-color--gray">Upvote</span><span class="q-text qu-mx--tiny">·</span><span
class="q-text qu-dynamicFontSize--small qu-medium qu-color--gray">${a.votes}</span></button><button class="q-click-wrapper" aria-label="Downvote"
role="button" tabindex="0"></button></div><button class="q-click-wrapper qu-ml--small" aria-label="Comments" role="button" tabindex="0"><span class="q-text
qu-dynamicFontSize--small qu-medium qu-color--gray">${a.comments}</span></button><button class="q-click-wrapper qu-ml--small" aria-label="Share" role="button"
tabindex="0"></button></div><button class="q-click-wrapper" aria-label="More" role="button" tabindex="0"></button></div></div>`;
const qAd = `<div class="q-box qu-borderAll qu-borderColor--raised qu-boxShadow--small qu-mb--small qu-bg--raised dom_annotate_ad_promoted_answer"
style="box-sizing: border-box; border-radius: 8px;"><div class="q-box qu-pt--medium qu-px--medium"><div class="q-text qu-dynamicFontSize--small qu-bold
qu-color--gray_dark">Sponsored by Lexora Learning</div><div class="q-text qu-dynamicFontSize--small qu-color--gray_light">Online reading tutors for ages
6–12.</div></div><div class="q-box qu-px--medium qu-pt--small"><div class="q-text qu-bold qu-dynamicFontSize--large">Is your child falling behind in
reading?</div><div class="q-text qu-mt--tiny">Our certified tutors build confidence with one-on-one online lessons. Book a free first session today.</div>
</div><div class="q-flex qu-justifyContent--flex-end qu-px--medium qu-py--small"><a class="q-box qu-borderRadius--pill qu-bg--blue qu-color--white
qu-px--medium" href="https://ad.quora.com/click?id=lexora-7712" rel="nofollow" target="_blank">Learn More</a></div></div>`;
const qHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How can I help my 9-year-old who says she hates reading? - Quora</title>
<meta name="description" content="Answer (1 of 3): First, a reassuring thing: at nine, “I hate reading” almost never means a child hates stories.">
<meta property="og:title" content="How can I help my 9-year-old who says she hates reading?"><meta property="og:site_name" content="Quora">
<meta property="og:type" content="website"><link rel="canonical" href="https://www.quora.com/How-can-I-help-my-9-year-old-who-says-she-hates-reading">
<link rel="stylesheet" href="https://qsf.cf2.quoracdn.net/-4-ans_frontend_assets.css.main.css-26-b91e0c7d2f1a4e3c.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${qTitle}","answerCount":3,
"dateCreated":"2027-02-26T18:22:05.000Z","suggestedAnswer":[{"@type":"Answer","author":{"@type":"Person","name":"Dalia Okoro"},"upvoteCount":412}]}}</script>
<script type="text/javascript">window.ansFrontendGlobals = window.ansFrontendGlobals || {}; window.ansFrontendGlobals.settings = {"isLoggedIn":false,
"viewerUid":0,"pageType":"question","gtmId":"GTM-QRA77"};</script></head>
<body><div id="root"><div class="q-box" style="box-sizing: border-box;"><div class="q-box qu-bg--raised qu-borderBottom qu-fixed qu-width--100%"><div
class="q-flex qu-alignItems--center qu-px--small" style="height: 50px;"><a class="q-box qu-mr--small" href="https://www.quora.com" aria-label="Quora
home"><svg width="90" height="30" aria-hidden="true"></svg></a><div class="q-flex"><a class="q-box" href="https://www.quora.com" aria-label="Home"></a><a
class="q-box" href="https://www.quora.com/following" aria-label="Following"></a><a class="q-box" href="https://www.quora.com/answer" aria-label="Answer"></a><a
class="q-box" href="https://www.quora.com/spaces" aria-label="Spaces"></a><a class="q-box" href="https://www.quora.com/notifications"
aria-label="Notifications"></a></div><div class="q-box qu-flex--auto"><input class="q-input qu-px--small" placeholder="Search Quora" type="text"></div><button
class="q-click-wrapper qu-borderRadius--pill qu-px--medium" role="button" tabindex="0"><span class="q-text qu-medium">Try Quora+</span></button><button
class="q-click-wrapper qu-borderRadius--pill qu-bg--red qu-color--white qu-px--medium" role="button" tabindex="0"><span class="q-text qu-medium">Add
question</span></button></div></div>
<div class="q-box qu-pt--large"><div class="q-flex qu-justifyContent--center"><div class="q-box" style="width: 616px;">
<div class="q-box qu-borderAll qu-bg--raised qu-mb--small qu-p--medium"><div class="q-text puppeteer_test_question_title" style="box-sizing: border-box;
font-size: 21px; font-weight: bold;"><span class="q-box qu-userSelect--text"><span>${qTitle}</span></span></div><div class="q-flex qu-mt--small"><a
class="q-box qu-mr--small" href="https://www.quora.com/topic/Parenting"><div class="q-text qu-color--gray_light">Parenting</div></a><a class="q-box
qu-mr--small" href="https://www.quora.com/topic/Reading-activity"><div class="q-text qu-color--gray_light">Reading (activity)</div></a></div></div>
<div class="q-flex qu-justifyContent--space-between qu-mb--small"><button class="q-click-wrapper" role="button" tabindex="0"><div class="q-text qu-bold">All
related (38)</div></button><button class="q-click-wrapper" role="button" tabindex="0"><div class="q-text qu-color--gray">Sort</div><div class="q-text
qu-bold">Recommended</div></button></div>
${qAnswer(qAnswers[0] as QAnswer, 0)}
${qAd}
${qAnswers
  .slice(1)
  .map((a, i) => qAnswer(a, i + 1))
  .join('\n')}
</div><div class="q-box qu-ml--medium" style="width: 328px;"><div class="q-box qu-borderAll qu-bg--raised qu-p--medium"><div class="q-text qu-bold
qu-borderBottom qu-pb--small">Related questions</div><div class="q-box">${qRelated
  .map((t) => `<a class="q-box qu-display--block qu-py--small" href="https://www.quora.com/${t.replace(/[^A-Za-z0-9]+/g, '-')}"><span>${t}</span></a>`)
  .join('\n')}</div><a class="q-box qu-display--block qu-mt--small" href="https://www.quora.com/search?q=reading"><div class="q-text qu-color--blue">More
related questions</div></a></div><div class="q-text qu-dynamicFontSize--xsmall qu-color--gray_light qu-mt--medium">${qFoot
  .map((t) => `<a href="https://www.quora.com/${t.toLowerCase().replace(/ /g, '-')}" class="q-box">${t}</a>`)
  .join(' · ')}<span class="q-text"> · © Quora, Inc. 2027</span></div></div></div></div>
<div class="q-fixed qu-zIndex--modal" role="dialog" aria-modal="true" style="inset: 0px; background: rgba(0, 0, 0, 0.5);"><div class="q-box qu-bg--raised
qu-borderRadius--small qu-p--large" style="max-width: 700px; margin: 10vh auto;"><div
class="q-text qu-bold qu-dynamicFontSize--xlarge qu-color--red">Quora</div><div
class="q-text qu-color--gray">A place to share knowledge and better understand the world</div><div class="q-box qu-mt--medium"><button
class="q-click-wrapper qu-borderAll qu-display--block" role="button" tabindex="0"><span class="q-text">Continue with Google</span></button><button
class="q-click-wrapper qu-borderAll qu-display--block" role="button" tabindex="0"><span class="q-text">Continue with Facebook</span></button><button
class="q-click-wrapper qu-display--block" role="button" tabindex="0"><span class="q-text qu-color--gray">Sign up with email</span></button></div><div
class="q-box qu-mt--medium"><div class="q-text qu-bold">Login</div><input class="q-input" type="email" placeholder="Your email"><input class="q-input"
type="password" placeholder="Your password"><a class="q-box" href="https://www.quora.com/forgot-password"><span class="q-text qu-color--gray_light">Forgot
password?</span></a></div></div></div></div></div>
<script type="text/javascript">window.ansFrontendGlobals.data = {"question":{"qid":190227431,"url":"/How-can-I-help-my-9-year-old-who-says-she-hates-reading",
"answerCount":3,"followerCount":27}};</script></body></html>`;
const quora: TestPage = gold({
  name: 'heldout710-quora-reluctant-reader',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts(qAnswers.flatMap((a) => [...a.paras, ...(a.list ?? []), ...(a.after ?? [])])),
  bylines: qAnswers.flatMap((a) => [a.name, a.date]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Try Quora+', 'Add question', 'Parenting', 'Reading (activity)', 'All related (38)', 'Sort', 'Recommended',
    ...qAnswers.flatMap((a) => [a.cred, ...(a.upvotedBy ? [a.upvotedBy] : []), a.views, a.votes, a.comments]), 'Follow', 'View upvotes', 'Upvote',
    'Sponsored by Lexora Learning', 'Online reading tutors for ages 6–12.', 'Is your child falling behind in reading?',
    'Our certified tutors build confidence with one-on-one online lessons. Book a free first session today.', 'Learn More', 'Related questions',
    ...qRelated, 'More related questions', ...qFoot, '© Quora, Inc. 2027', 'Quora', 'A place to share knowledge and better understand the world',
    'Continue with Google', 'Continue with Facebook', 'Sign up with email', 'Login', 'Forgot password?',
  ],
});

export const HELDOUT710_F: readonly TestPage[] = [mybb, quora];
