import { links, type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout703-kit.js';

/**
 * Held-out batch 703, file f: a thread on a sole traders' forum run on vBulletin 4.2 (postbit legacy with user cards,
 * signatures, a quote, similar threads and posting permissions), and an old.reddit.com thread with a self post, nested
 * comments, user flair, vote scores and the subreddit sidebar.
 */
const vTitle = 'Sole trader to limited company at £52k profit - worth it?';
type VPost = { id: number; user: string; title: string; date: string; time: string; card: string[]; quote?: [string, string]; paras: string[]; sig?: string };
const vPosts: VPost[] = [
  {
    id: 58812,
    user: 'joinerjim',
    title: 'Senior Member',
    date: '02-26-2027',
    time: '08:47 PM',
    card: ['Join Date', 'Mar 2014', 'Location', 'Stockport', 'Posts', '1,862'],
    paras: [
      j(
        'Been a sole trader joiner for eleven years. Profit last year was about £52k after expenses and it looks like this year will be',
        'similar or a bit higher. My accountant has mentioned going limited a couple of times but never really pushed it.',
      ),
      j(
        'Mate at the pub reckons he saves "thousands" by paying himself a small salary and the rest as dividends. Is that still true with',
        'the way dividend tax has gone? Anyone done the switch recently and was it worth the hassle?',
      ),
    ],
    sig: 'Jim - bespoke staircases and joinery, Stockport and south Manchester',
  },
  {
    id: 58815,
    user: 'Ledger_Lou',
    title: 'Super Moderator',
    date: '02-26-2027',
    time: '09:32 PM',
    card: ['Join Date', 'Aug 2011', 'Location', 'Macclesfield', 'Posts', '9,410'],
    quote: ['joinerjim', 'Is that still true with the way dividend tax has gone?'],
    paras: [
      j(
        'Short answer: the saving is much smaller than it used to be. At £52k profit, once you pay corporation tax at 19% and then',
        'dividend tax on what you take out, the difference compared with being a sole trader is usually somewhere between £1,000 and',
        '£2,500 a year, depending on how much you leave in the company.',
      ),
      j(
        'Against that you have higher accountancy fees (budget £1,200 to £2,000 a year for a limited company), a bit more admin, and the',
        'money belongs to the company, not you. If you need every penny of the £52k to live on, it is rarely worth it.',
      ),
      j(
        'Where it does make sense is if you can leave profit in the company for a few years, or you are going after bigger contracts',
        'where clients prefer to deal with a limited company.',
      ),
    ],
    sig: 'Chartered accountant. Forum posts are general information, not advice for your situation.',
  },
  {
    id: 58821,
    user: 'sparkymatt',
    title: 'Junior Member',
    date: '02-27-2027',
    time: '07:15 AM',
    card: ['Join Date', 'Jan 2026', 'Posts', '14'],
    paras: [
      j(
        'I switched in 2025 at about £60k. Honestly it saved me less than I expected, maybe £1,500 the first year, and I spent half of that',
        'on the accountant. The bit I did like was being able to leave money in the company when I had a good year and take it out in a',
        'quieter one.',
      ),
      j('One thing nobody told me: your mortgage lender will want two years of company accounts, so if you are planning to move house,', 'think about timing.'),
    ],
  },
  {
    id: 58840,
    user: 'joinerjim',
    title: 'Senior Member',
    date: '02-27-2027',
    time: '06:58 PM',
    card: ['Join Date', 'Mar 2014', 'Location', 'Stockport', 'Posts', '1,862'],
    paras: [
      j(
        'Cheers both, that is really helpful. We are looking at remortgaging next year, so sounds like I should stay as I am for now and',
        'revisit it after. Will ask my accountant to run the actual numbers.',
      ),
    ],
    sig: 'Jim - bespoke staircases and joinery, Stockport and south Manchester',
  },
];
const vSimilar: [string, string, string, string][] = [
  ['IR35 and going limited as a sparky', 'sparkymatt', '6', '01-14-2027'],
  ['Dividends vs salary 2026/27 - worked example', 'Ledger_Lou', '31', '11-02-2026'],
];
const vPerms = ['You may not post new threads', 'You may not post replies', 'You may not post attachments', 'You may not edit your posts'];
const vCodes = ['BB code is On', 'Smilies are On', '[IMG] code is Off', '[VIDEO] code is On', 'HTML code is Off'];
const vFoot = ['Contact Us', 'SoleTraderTalk', 'Archive', 'Privacy Statement', 'Top'];
const vPost = (p: VPost, i: number): string => `<li class="postbitlegacy postbitim postcontainer old" id="post_${p.id}">
<div class="posthead"><span class="postdate old"><span class="date">${p.date},&nbsp;<span class="time">${p.time}</span></span></span>
<span class="nodecontrols"><a name="post${p.id}" href="showthread.php?4471-Sole-trader-to-limited-company&amp;p=${p.id}#post${p.id}"
class="postcounter">#${i + 1}</a>
<a id="postcount${p.id}" name="${i + 1}"></a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><div class="popupmenu memberaction">
<a class="username offline popupctrl" href="member.php?22${i}-${p.user}" title="${p.user} is offline"><strong>${p.user}</strong></a>
<ul class="popupbody popuphover memberaction_body"><li class="left"><a href="member.php?22${i}-${p.user}" class="siteicon_profile">View Profile</a></li>
<li class="right"><a href="search.php?do=finduser&amp;userid=22${i}" class="siteicon_forum" rel="nofollow">View Forum Posts</a></li></ul></div>
<img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="${p.user} is offline" border="0" /></div>
<span class="usertitle">${p.title}</span>
<a class="postuseravatar" href="member.php?22${i}-${p.user}" title="${p.user} is offline"><img src="image.php?u=22${i}&amp;dateline=1400000000"
alt="${p.user}'s Avatar" title="${p.user}'s Avatar" /></a><hr />
<dl class="userinfo_extra">${p.card.map((c, k) => (k % 2 === 0 ? `<dt>${c}</dt>` : `<dd>${c}</dd>`)).join(' ')}</dl><div class="imlinks"></div></div>
<div class="postbody"><div class="postrow${p.sig === undefined ? '' : ' has_after_content'}">${i === 0 ? `<h2 class="title icon">${vTitle}</h2>` : ''}
<div class="content"><div id="post_message_${p.id}"><blockquote class="postcontent restore ">${
  p.quote === undefined
    ? ''
    : `<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container"></div>
<div class="bbcode_postedby"><img title="Originally Posted" class="inlineimg" src="images/misc/quote_icon.png" alt="Originally Posted" /> Originally Posted by
<strong>${p.quote[0]}</strong> <a href="showthread.php?p=58812#post58812" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost-right.png"
alt="View Post" /></a></div><div class="message">${p.quote[1]}</div></div></div></div>`
}${p.paras.join('<br />\n<br />\n')}</blockquote></div></div></div>
${
  p.sig === undefined
    ? ''
    : `<div class="after_content"><blockquote class="signature restore"><div
class="signaturecontainer">${p.sig}</div></blockquote></div>`
}
<div class="cleardiv"></div></div></div>
<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><img style="display:none" id="progress_${p.id}"
src="images/misc/progress.gif"
alt="" /><a id="qrwq_${p.id}" class="newreply" href="newreply.php?do=newreply&amp;p=${p.id}" rel="nofollow" title="Reply With Quote"><img id="quoteimg_${p.id}"
src="clear.gif" alt="Reply With Quote" /> Reply With Quote</a></span><span class="postlinking"></span></div></div><hr /></li>`;
const vHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en" id="vbulletin_html"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta id="e_vb_meta_bburl" name="vb_meta_bburl" content="https://www.soletradertalk.co.uk/forums" />
<base href="https://www.soletradertalk.co.uk/forums/" /><!--[if IE]></base><![endif]--><meta name="generator" content="vBulletin 4.2.5" />
<script type="text/javascript" src="clientscript/yui/yuiloader-dom-event/yuiloader-dom-event.js?v=425"></script>
<script type="text/javascript"><!--
var SESSIONURL = ""; var SECURITYTOKEN = "guest"; var IMGDIR_MISC = "images/misc"; var vb_disable_ajax = parseInt("0", 10);
// --></script>
<link rel="stylesheet" type="text/css" href="clientscript/vbulletin_css/style00002l/main-rollup.css?d=1700311204" />
<title> Sole trader to limited company at £52k profit - worth it?</title>
<meta name="description" content="Been a sole trader joiner for eleven years. Profit last year was about £52k after expenses" />
<link rel="canonical" href="showthread.php?4471-Sole-trader-to-limited-company-at-%C2%A352k-profit-worth-it" />
<link rel="stylesheet" type="text/css" href="clientscript/vbulletin_css/style00002l/showthread-rollup.css?d=1700311204" /></head>
<body><div class="above_body"><div id="header" class="floatcontainer doc_header">
<div><a name="top" href="forum.php" class="logo-image"><img src="images/misc/stt_logo.png" alt="SoleTraderTalk - Powered by vBulletin" /></a></div>
<div id="toplinks" class="toplinks"><ul class="nouser"><li><a href="register.php" rel="nofollow">Register</a></li><li><a rel="help" href="faq.php">Help</a></li>
<li><form id="navbar_loginform" action="login.php?do=login" method="post"><fieldset id="logindetails" class="logindetails"><div><div>
<input type="text" class="textbox default-value" name="vb_login_username" id="navbar_username" size="10" accesskey="u" tabindex="101" value="User Name" />
<input type="password" class="textbox" tabindex="102" name="vb_login_password" id="navbar_password" size="10" />
<input type="submit" class="loginbutton" tabindex="104" value="Log in" accesskey="s" /></div></div></fieldset>
<div id="remember" class="remember"><label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1" id="cb_cookieuser_navbar"
class="cb_cookieuser_navbar" accesskey="c" tabindex="103" /> Remember Me?</label></div></form></li></ul></div><hr /></div>
<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer"><li class="selected" id="vbtab_forum"><a class="navtab"
href="forum.php">Forum</a>
<ul class="floatcontainer"><li id="vbflink_newposts"><a href="search.php?do=getnew&amp;contenttype=vBForum_Post">New Posts</a></li><li><a
href="faq.php">FAQ</a></li>
<li><a href="calendar.php">Calendar</a></li><li class="popupmenu" id="vbmenu_community"><a href="javascript://" class="popupctrl">Community</a></li>
<li class="popupmenu" id="vbmenu_actions"><a href="javascript://" class="popupctrl">Forum Actions</a></li>
<li class="popupmenu" id="vbmenu_qlinks"><a href="javascript://" class="popupctrl">Quick Links</a></li></ul></li>
<li id="vbtab_whatsnew"><a class="navtab" href="activity.php">What's New?</a></li></ul>
<div id="globalsearch" class="globalsearch"><form action="search.php?do=process" method="post" id="navbar_search" class="navbar_search">
<span class="textboxcontainer"><span><input type="text" value="" name="query" class="textbox" tabindex="99"/></span></span>
<span class="buttoncontainer"><span><input type="image" class="searchbutton" src="images/buttons/search.png" name="submit" tabindex="100"
/></span></span></form>
<ul class="navbar_advanced_search"><li><a href="search.php?search_type=1&amp;contenttype=vBForum_Post" accesskey="4">Advanced
Search</a></li></ul></div></div></div>
<div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php" accesskey="1">
<img src="images/misc/navbit-home.png" alt="Home" /></a></li><li class="navbit"><a href="forum.php">Forum</a></li>
<li class="navbit"><a href="forumdisplay.php?3-Money-amp-Tax">Money &amp; Tax</a></li><li class="navbit"><a href="forumdisplay.php?12-Tax-amp-Accounts">Tax
&amp;
Accounts</a></li><li class="navbit lastnavbit"><span> ${vTitle}</span></li></ul><hr /></div>
<div id="ad_global_below_navbar"><div class="ad-label">Advertisement</div><ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px"
data-ad-client="ca-pub-0000000000000000" data-ad-slot="4410"></ins></div>
<div id="notices" class="notices"><ol><li class="restore" id="navbar_notice_1">If this is your first visit, be sure to check out the <a href="faq.php"
target="_blank"><b>FAQ</b></a> by clicking the link above. You may have to <a href="register.php" target="_blank"><strong>register</strong></a> before you can
post:
click the register link above to proceed. To start viewing messages, select the forum that you want to visit from the selection below.</li></ol></div>
<div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?4471-Sole-trader-to-limited-company"
title="Reload this Page">${vTitle}</a></span>
</h1></div>
<div id="thread_controls" class="thread_controls toolsmenu"><div><ul id="postlist_popups" class="postlist_popups popupgroup">
<li class="popupmenu" id="threadtools"><h6><a class="popupctrl" href="javascript://">Thread Tools</a></h6></li>
<li class="popupmenu searchthread menusearch" id="searchthread"><h6><a class="popupctrl" href="javascript://">Search Thread</a></h6></li>
<li class="popupmenu" id="displaymodes"><h6><a class="popupctrl" href="javascript://">Display</a></h6></li></ul></div></div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">
${vPosts.map(vPost).join('\n')}
</ol></div>
<div id="below_postlist" class="noinlinemod below_postlist"><div class="navlinks"><strong>«</strong> <a href="showthread.php?4470&amp;goto=nextoldest"
rel="nofollow">Previous Thread</a> | <a href="showthread.php?4472&amp;goto=nextnewest" rel="nofollow">Next Thread</a> <strong>»</strong></div></div>
<div id="thread_info" class="thread_info block"><h4 class="threadinfohead blockhead">Thread Information</h4><div id="thread_onlineusers"
class="thread_info_block blockbody formcontrols"><div class="inner_block"><h5>Users Browsing this Thread</h5><div><p>There are currently 1 users browsing this
thread. <span class="shade">(0 members and 1 guests)</span></p></div></div></div>
<div id="similar_threads"><h4 class="threadinfohead blockhead">Similar Threads</h4><div id="similar_threads_list" class="thread_info_block blockbody">
<ol class="similar_threads">${vSimilar
  .map(
    ([t, by, n, d]) => `<li class="floatcontainer"><div class="titleblock"><h6><a href="showthread.php?40" title="${t}">${t}</a>
</h6><div class="starter_forum">By <a href="member.php?221">${by}</a> in forum <a href="forumdisplay.php?12-Tax-amp-Accounts">Tax &amp; Accounts</a></div></div>
<div class="dateblock"><span class="shade">Replies:</span> ${n}<div class="starter_forum"><span class="shade">Last Post:</span> ${d}, <span class="time">10:02
AM</span>
</div></div></li>`,
  )
  .join('\n')}</ol></div></div></div>
<div class="options_block_container"><div class="options_block"><h4 class="collapse blockhead options_correct">Posting Permissions</h4>
<div class="thread_info_block blockbody formcontrols floatcontainer options_correct"><div id="forumrules" class="info_subblock"><ul class="youcandoblock">
${vPerms.map((t) => `<li>${t.replace('may not', '<strong>may not</strong>')}</li>`).join('')}<li>&nbsp;</li></ul>
<div class="bbcodeblock"><ul>${vCodes.map((t) => `<li>${t}</li>`).join('')}</ul><p class="rules_link"><a href="misc.php?do=showrules" target="_blank">Forum
Rules</a>
</p></div></div></div></div></div>
<div id="footer" class="floatcontainer footer"><ul id="footer_links" class="footer_links">${links(vFoot)}</ul></div></div>
<div class="below_body"><div id="footer_time" class="shade footer_time">All times are GMT. The time now is <span class="time">09:41 AM</span>.</div>
<div id="footer_copyright" class="shade footer_copyright">Powered by <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin®</a> Version 4.2.5 <br />
Copyright © 2027 vBulletin Solutions Inc. All rights reserved.</div></div>
<script type="text/javascript"><!--
vBulletin.register_control("vB_Popup", "threadtools");
// --></script></body></html>`;
const vbulletin: TestPage = gold({
  name: 'heldout703-vbulletin-going-limited',
  kind: 'forum',
  html: vHtml,
  title: vTitle,
  headings: [],
  body: texts(vPosts.flatMap((p) => [...(p.quote === undefined ? [] : [p.quote[1]]), ...p.paras])),
  bylines: vPosts.flatMap((p) => [p.user, `${p.date}, ${p.time}`]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Register', 'Help', 'Remember Me?', 'Forum', 'New Posts', 'FAQ', 'Calendar', 'Community', 'Forum Actions', 'Quick Links', 'What\'s New?',
    'Advanced Search', 'Money & Tax', 'Tax & Accounts', 'Advertisement',
    j(
      'If this is your first visit, be sure to check out the FAQ by clicking the link above. You may have to register before you can post: click',
      'the register link above to proceed. To start viewing messages, select the forum that you want to visit from the selection below.',
    ),
    'Thread:', 'Thread Tools', 'Search Thread', 'Display', ...vPosts.flatMap((p, i) => [`#${i + 1}`, p.title, ...p.card,
...(p.sig === undefined ? [] : [p.sig])]),
    'View Profile', 'View Forum Posts', 'Originally Posted by joinerjim', 'Reply With Quote', 'Previous Thread', 'Next Thread', 'Thread Information',
    'Users Browsing this Thread', 'There are currently 1 users browsing this thread. (0 members and 1 guests)', 'Similar Threads',
    ...vSimilar.flatMap(([t, by, n, d]) => [t, `By ${by} in forum Tax & Accounts`, `Replies: ${n}`, `Last Post: ${d}, 10:02 AM`]), 'Posting Permissions',
    ...vPerms, ...vCodes, 'Forum Rules', ...vFoot, 'All times are GMT. The time now is 09:41 AM.', 'Powered by vBulletin® Version 4.2.5',
    'Copyright © 2027 vBulletin Solutions Inc. All rights reserved.',
  ],
});

const rTitle = 'Offer: £6k more salary but 3% pension match instead of 8% - how do I compare?';
const rSelf = [
  j(
    'Currently on £41,000 with my employer putting 8% into my pension (I put in 5%). Got an offer from another company for £47,000 but',
    'they only do 3% employer / 5% employee.',
  ),
  j(
    'Everything else is roughly the same: similar commute, 25 days holiday, both hybrid. The new role is a step up in title and I think',
    'the work would be more interesting.',
  ),
  'On paper £6k is a lot more but I have a feeling the pension difference eats a chunk of it. How do people actually compare these? I am 31 if that matters.',
];
type RComment = { id: string; user: string; flair?: string; op?: boolean; score: number; when: string; paras: string[]; list?: string[]; kids: RComment[] };
const rComments: RComment[] = [
  {
    id: 'kx1a',
    user: 'MrsSpreadsheet',
    flair: 'Chartered accountant',
    score: 412,
    when: '5 hours ago',
    paras: ['Rough numbers, ignoring salary sacrifice:'],
    list: ['Current: £41,000 salary + 8% employer pension (£3,280) = £44,280', 'New: £47,000 salary + 3% employer pension (£1,410) = £48,410'],
    kids: [
      {
        id: 'kx2b',
        user: 'throwaway_pmo',
        op: true,
        score: 88,
        when: '4 hours ago',
        paras: ['This is really helpful, thank you. So after tax I am still ahead, just by less than it looks?'],
        kids: [
          {
            id: 'kx3c',
            user: 'MrsSpreadsheet',
            flair: 'Chartered accountant',
            score: 120,
            when: '4 hours ago',
            paras: [
              j(
                'Yes. The extra £6k of salary is worth roughly £4,000 after income tax and NI, and you lose about £1,870 a year of employer',
                'pension, which goes in untaxed. So call it £2,000 to £2,500 a year better off, plus the pension you give up.',
              ),
              'Also check whether the new place does salary sacrifice. If so, your own 5% goes in before NI too, which helps a bit.',
            ],
            kids: [],
          },
        ],
      },
    ],
  },
  {
    id: 'kx4d',
    user: 'quietcompounder',
    score: 97,
    when: '3 hours ago',
    paras: [
      j(
        'Also: ask them. Lots of companies have some room on pension even when the salary band is fixed. "I am excited about the role, but',
        'moving from 8% to 3% is a big drop for me. Is there any flexibility?" costs you nothing.',
      ),
    ],
    kids: [],
  },
  {
    id: 'kx5e',
    user: 'Bramblewick',
    score: 41,
    when: '2 hours ago',
    paras: [
      j(
        "Don't forget the title bump. Your next move after this one will probably be based on £47k, not £41k. That compounds over the rest of",
        'your career far more than 5% of pension for a couple of years.',
      ),
    ],
    kids: [],
  },
];
const flat = (cs: RComment[]): RComment[] => cs.flatMap((c) => [c, ...flat(c.kids)]);
const rAll = flat(rComments);
const rSr = ['popular', 'all', 'random', 'users'];
const rBar = ['pics', 'news', 'worldnews', 'funny', 'todayilearned', 'gaming'];
const rButtons = ['permalink', 'embed', 'save', 'report', 'reply'];
const rRules = ['No referral or affiliate links.', 'Be civil. Disagree with the idea, not the person.', 'No requests for personal financial advice by DM.'];
const rFootCols: [string, string[]][] = [
  ['about', ['blog', 'advertising', 'careers']],
  ['help', ['site rules', 'Reddit help center', 'reddiquette', 'mod guidelines', 'contact us']],
  ['apps & tools', ['Reddit for iPhone', 'Reddit for Android', 'mobile website']],
];
const rComment = (c: RComment): string => `<div class=" thing id-t1_${c.id} noncollapsed   comment " id="thing_t1_${c.id}" onclick="click_thing(this)"
data-fullname="t1_${c.id}" data-type="comment" data-gildings="0" data-subreddit="CareerMoneyUK" data-subreddit-prefixed="r/CareerMoneyUK"
data-subreddit-type="public" data-author="${c.user}" data-replies="${c.kids.length}" data-permalink="/r/CareerMoneyUK/comments/1b2c3d/offer/${c.id}/">
<p class="parent"><a name="${c.id}"></a></p><div class="midcol unvoted"><div class="arrow up login-required access-required" data-event-action="upvote"
role="button" aria-label="upvote" tabindex="0"></div><div class="arrow down login-required access-required" data-event-action="downvote" role="button"
aria-label="downvote" tabindex="0"></div></div><div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand"
onclick="return togglecomment(this)">[–]</a><a href="https://old.reddit.com/user/${c.user}"
class="author${c.op === true ? ' submitter' : ''} may-blank">${c.user}</a>${
  c.flair === undefined ? '' : `<span class="flair " title="${c.flair}">${c.flair}</span>`
}<span class="userattrs">${
  c.op === true
    ? `[<a class="submitter" title="submitter"
href="/r/CareerMoneyUK/comments/1b2c3d/offer/">S</a>]`
    : ''
}</span>&#32;<span
class="score unvoted" title="${c.score}">${c.score} points</span>&#32;<time title="Tue Mar 3 2027 UTC" datetime="2027-03-03T10:00:00+00:00"
class="live-timestamp">${c.when}</time></p><form action="#" class="usertext warn-on-unload" onsubmit="return post_form(this, 'editusertext')"
id="form-t1_${c.id}"><input type="hidden" name="thing_id" value="t1_${c.id}"/><div class="usertext-body may-blank-within md-container "><div class="md">
${c.paras.map((p) => `<p>${p}</p>`).join('\n')}${c.list === undefined ? '' : `<ul>\n${c.list.map((l) => `<li>${l}</li>`).join('\n')}\n</ul>`}
</div></div></form><ul class="flat-list buttons">${rButtons
  .map(
    (b, i) => `<li${i === 0 ? ' class="first"' : ''}><a href="javascript:void(0)"
data-event-action="${b}" class="${b === 'permalink' ? 'bylink' : 'access-required'}" rel="nofollow">${b}</a></li>`,
  )
  .join('')}</ul>
<div class="reportform report-t1_${c.id}"></div></div><div class="child">${
  c.kids.length === 0
    ? ''
    : `<div id="siteTable_t1_${c.id}" class="sitetable listing">
${c.kids.map(rComment).join('\n')}</div>`
}</div><div class="clearleft"></div></div><div class="clearleft"></div>`;
const rHtml = `<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>
<title>Offer: £6k more salary but 3% pension match instead of 8% - how do I compare? : CareerMoneyUK</title>
<meta name="keywords" content=" reddit, reddit.com, vote, comment, submit " /><meta name="description"
content="Currently on £41,000 with my employer putting 8% into my pension" />
<meta name="referrer" content="always"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<link rel='icon' href="//www.redditstatic.com/desktop2x/img/favicon/favicon-32x32.png" sizes="32x32"/>
<link rel="canonical" href="https://www.reddit.com/r/CareerMoneyUK/comments/1b2c3d/offer_6k_more_salary_but_3_pension_match_instead/" />
<meta property="og:title" content="r/CareerMoneyUK on Reddit: Offer: £6k more salary but 3% pension match instead of 8% - how do I compare?">
<meta property="og:site_name" content="reddit"><meta property="og:ttl" content="600">
<link rel="stylesheet" type="text/css" href="//www.redditstatic.com/reddit.f1b4c0a5d5b1.css" media="all">
<link rel="stylesheet" href="https://b.thumbs.redditmedia.com/Zt6k0pQmR3xB1cXy.css" title="applied_subreddit_stylesheet" type="text/css">
<script type="text/javascript" id="config">r.setup({"ajax_domain": "old.reddit.com", "post_site": "CareerMoneyUK", "logged": false, "over_18": false,
"cur_domain": "reddit.com", "is_fake": false, "renderstyle": "html", "static_root": "//www.redditstatic.com", "stats_domain": "https://stats.redditmedia.com"})
</script></head>
<body class="listing-page comments-page single-page"><div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">jump to content</a>
<div id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop" onclick="open_menu(this)"><span class="selected title">my subreddits</span></div>
<div class="sr-list"><ul class="flat-list sr-bar hover">${rSr
  .map(
    (s, i) => `<li>${i === 0 ? '' : '<span class="separator">-</span>'}<a
href="https://old.reddit.com/r/${s}/" class="choice">${s}</a></li>`,
  )
  .join('')}</ul><span class="separator">&nbsp;|&nbsp;</span><ul class="flat-list sr-bar hover"
id="sr-bar">${rBar
  .map(
    (s, i) => `<li>${i === 0 ? '' : '<span class="separator">-</span>'}<a href="https://old.reddit.com/r/${s}/"
class="choice">${s}</a></li>`,
  )
  .join('')}
</ul></div><a href="https://old.reddit.com/subreddits/" id="sr-more-link">more »</a></div></div>
<div id="header-bottom-left"><a href="/" id="header-img" class="default-header" title="">reddit.com</a>&nbsp;<span class="hover pagename redditname"><a
href="https://old.reddit.com/r/CareerMoneyUK/">CareerMoneyUK</a></span>&nbsp;<ul class="tabmenu "><li class='selected'><a
href="https://old.reddit.com/r/CareerMoneyUK/comments/1b2c3d/offer/" class="choice">comments</a></li></ul></div>
<div id="header-bottom-right"><span class="user">Want to join? <a href="https://old.reddit.com/login" class="login-required login-link">Log in</a> or <a
href="https://www.reddit.com/register/" class="login-required">sign up</a> in seconds.</span><span class="separator">|</span><ul class="flat-list hover"><li><a
href="javascript:void(0)" class="pref-lang choice">English</a></li></ul></div></div>
<div class="side"><div class='spacer'><form action="https://old.reddit.com/r/CareerMoneyUK/search" id="search" role="search"><input type="text" name="q"
placeholder="search" tabindex="20"/><input type="submit" value="" tabindex="22"/><div id="searchexpando" class="infobar"><label><input type="checkbox"
name="restrict_sr" tabindex="21"/>limit my search to r/CareerMoneyUK</label></div></form></div>
<div class='spacer'><div class="linkinfo"><div class="date"><span>this post was submitted on&#32;</span><time datetime="2027-03-03T09:12:44+00:00">03 Mar
2027</time>
</div><div class="score"><span class="number">684</span>&#32;<span class="word">points</span>&#32;(97% upvoted)</div><div
class="shortlink">shortlink:&#32;<input
type="text" value="https://redd.it/1b2c3d" readonly="readonly" id="shortlink-text"/></div></div></div>
<div class='spacer'><div class="titlebox"><h1 class="hover redditname"><a href="https://old.reddit.com/r/CareerMoneyUK/" class="hover">CareerMoneyUK</a></h1>
<span class="fancy-toggle-button subscribe-button toggle" style="" data-sr_name="CareerMoneyUK"><a class="option active add login-required"
href="#">join</a></span>
<span class="subscribers"><span class="number">212,408</span>&#32;<span class="word">readers</span></span><p class="users-online"
title="logged-in users viewing this
subreddit in the past 15 minutes"><span class="number">1,103</span>&#32;<span class="word">users here now</span></p>
<form action="#" class="usertext warn-on-unload" id="form-t5_3a1b"><div class="usertext-body may-blank-within md-container"><div class="md">
<p>Money questions about jobs, pay, pensions and careers in the
UK.</p><h3>Rules</h3><ol>${rRules.map((t) => `<li>${t}</li>`).join('\n')}</ol></div></div></form>
<div class="bottom">created by&#32;<a href="https://old.reddit.com/user/lindenwage" class="author may-blank">lindenwage</a><span class="age">a community
for&#32;<time
datetime="2018-01-09T12:00:00+00:00">9 years</time></span></div></div></div></div>
<a name="content"></a><div class="content" role="main"><div class='spacer'><style>body >.content .link .rank, .rank-spacer { width: 1.1ex }</style>
<div id="siteTable" class="sitetable linklisting"><div class=" thing id-t3_1b2c3d odd link self" id="thing_t3_1b2c3d" onclick="click_thing(this)"
data-fullname="t3_1b2c3d" data-type="link" data-author="throwaway_pmo" data-subreddit="CareerMoneyUK" data-subreddit-prefixed="r/CareerMoneyUK"
data-timestamp="1772529164000" data-url="/r/CareerMoneyUK/comments/1b2c3d/offer/" data-domain="self.CareerMoneyUK" data-comments-count="57" data-score="684"
data-promoted="false" data-nsfw="false"><p class="parent"></p><div class="midcol unvoted"><div class="arrow up login-required access-required"
data-event-action="upvote" role="button" aria-label="upvote" tabindex="0"></div><div class="score unvoted" title="684">684</div><div class="arrow down
login-required access-required" data-event-action="downvote" role="button" aria-label="downvote" tabindex="0"></div></div>
<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank " data-event-action="title"
href="/r/CareerMoneyUK/comments/1b2c3d/offer/" tabindex="1">${rTitle}</a> <span class="linkflairlabel " title="Pensions">Pensions</span> <span
class="domain">(<a href="/r/CareerMoneyUK/">self.CareerMoneyUK</a>)</span></p><div class="expando-button collapse selftext"></div>
<p class="tagline ">submitted&#32;<time title="Tue Mar 3 09:12:44 2027 UTC" datetime="2027-03-03T09:12:44+00:00" class="live-timestamp">6 hours
ago</time>&#32;by&#32;<a
href="https://old.reddit.com/user/throwaway_pmo" class="author may-blank id-t2_9k2j1">throwaway_pmo</a><span class="userattrs"></span></p>
<ul class="flat-list buttons"><li class="first"><a href="/r/CareerMoneyUK/comments/1b2c3d/offer/" data-event-action="comments" class="bylink comments may-blank"
rel="nofollow">57 comments</a></li><li class="share"><a class="post-sharing-button" href="javascript: void 0;">share</a></li><li class="link-save-button
save-button login-required"><a href="#">save</a></li><li><form action="/post/hide" method="post" class="state-button hide-button"><span><a
href="javascript:void(0)" data-event-action="hide">hide</a></span></form></li><li class="report-button login-required"><a href="javascript:void(0)"
class="reportbtn access-required" data-event-action="report">report</a></li><li class="crosspost-button"><a class="post-crosspost-button"
href="javascript: void 0;">crosspost</a></li></ul><div class="reportform report-t3_1b2c3d"></div></div>
<div class="expando"><form action="#" class="usertext warn-on-unload" id="form-t3_1b2c3d"><input type="hidden" name="thing_id" value="t3_1b2c3d"/>
<div class="usertext-body may-blank-within md-container "><div class="md">${rSelf.map((p) => `<p>${p}</p>`).join('\n')}</div></div></form></div></div>
<div class="child"></div><div class="clearleft"></div></div><div class="clearleft"></div></div>
<div class='commentarea'><div class="panestack-title"><span class="title">all 57 comments</span></div><div class="menuarea"><div class="spacer"><span
class="dropdown-title lightdrop">sorted by: </span><div class="dropdown lightdrop" onclick="open_menu(this)"><span
class="selected">best</span></div></div></div>
<div id="siteTable_t3_1b2c3d" class="sitetable nestedlisting">${rComments.map(rComment).join('\n')}
<div class="morechildren"><span class="morecomments"><a href="javascript:void(0)" class="button" id="more_t1_kx6f">load more comments</a>&#32;<span
class="gray">(49 replies)</span></span></div></div></div></div></div>
<div class="footer-parent"><div class="footer rounded">${rFootCols
  .map(
    ([h, items]) =>
      `<div class="col"><ul class="flat-vert hover"><li class="flat-vert title">${h.replace(
        '&',
        '&amp;',
      )}</li>${items.map((t) => `<li><a href="https://www.redditinc.com/${t.replace(/ /g, '-')}" class="choice">${t}</a></li>`).join('')}</ul></div>`,
  )
  .join('\n')}</div>
<p class="bottommenu">Use of this site constitutes acceptance of our&#32;<a href="https://www.redditinc.com/policies/user-agreement">User
Agreement</a>&#32;and&#32;<a
href="https://www.reddit.com/policies/privacy-policy">Privacy Policy</a>. © 2027 reddit inc. All rights reserved.</p><p class="bottommenu">REDDIT and the ALIEN
Logo are registered trademarks of reddit inc.</p></div>
<p class="debuginfo"><span class="icon">π</span>&nbsp;Rendered by PID 41207 on reddit-service-r2-loggedout-6d8f9c7b5-x2k4q at 2027-03-03 15:12:01.118402+00:00
running 8a7b6c5 country code: GB.</p>
<script type="text/javascript" src="//www.redditstatic.com/reddit-init.en.a1b2c3d4e5f6.js"></script></body></html>`;
const reddit: TestPage = gold({
  name: 'heldout703-oldreddit-salary-vs-pension',
  kind: 'forum',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts([...rSelf, ...rAll.flatMap((c) => [...c.paras, ...(c.list ?? [])])]),
  bylines: ['submitted 6 hours ago by throwaway_pmo', 'this post was submitted on 03 Mar 2027', ...rAll.flatMap((c) => [c.user, c.when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'jump to content', 'my subreddits', ...rSr, ...rBar, 'more »', 'reddit.com', 'CareerMoneyUK', 'comments', 'Want to join? Log in or sign up in seconds.',
    'English', 'limit my search to r/CareerMoneyUK', '684 points (97% upvoted)', 'shortlink:', 'join', '212,408 readers', '1,103 users here now',
    'Money questions about jobs, pay, pensions and careers in the UK.', 'Rules', ...rRules, 'created by', 'lindenwage', 'a community for 9 years',
    '684', 'Pensions', '(self.CareerMoneyUK)', '57 comments', 'share', 'save', 'hide', 'report', 'crosspost', 'all 57 comments', 'sorted by:', 'best',
    ...rAll.flatMap((c) => [...(c.flair === undefined ? [] : [c.flair]), `${c.score} points`]), 'S', ...rButtons, 'load more comments', '(49 replies)',
    ...rFootCols.flatMap(([h, items]) => [h, ...items]),
    'Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2027 reddit inc. All rights reserved.',
    'REDDIT and the ALIEN Logo are registered trademarks of reddit inc.',
    'Rendered by PID 41207 on reddit-service-r2-loggedout-6d8f9c7b5-x2k4q at 2027-03-03 15:12:01.118402+00:00 running 8a7b6c5 country code: GB.',
  ],
});

export const HELDOUT703_F: readonly TestPage[] = [vbulletin, reddit];
