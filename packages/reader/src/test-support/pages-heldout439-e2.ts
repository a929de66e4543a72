import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout439-kit.js';

/**
 * Held-out batch 439, file e2: a plumbers' forum thread on phpBB 3.3 (prosilver: header with site description, quick links and
 * login, navbar breadcrumbs, topic title, action bar with "Post Reply", pagination and search box, four posts each with the
 * post profile, "by ... » date" author line, post body with a quote and a code block, signature, the jump box, "Who is
 * online" and the footer). The posts are the body.
 */
const fTitle = 'Combi losing pressure overnight, no visible leaks';
const fPost1 = [
  j(
    'Customer has a six-year-old combi, drops from 1.5 bar to about 0.5 overnight, every night. Filled it up three times this week. I have',
    'checked every radiator valve, the filling loop and all the visible pipework under the boiler. Nothing wet anywhere, no stains on ceilings.',
  ),
  'PRV discharge pipe goes out through the wall so I cannot easily tell if it is weeping. Expansion vessel charge not checked yet. Where would you start?',
];
const fPost2Quote = 'PRV discharge pipe goes out through the wall so I cannot easily tell if it is weeping.';
const fPost2 = [
  j(
    'That would be my first suspect. Tape a small freezer bag over the end of the discharge pipe outside and leave it overnight. If there',
    'is water in it in the morning, you have found your leak.',
  ),
  j(
    'Nine times out of ten on a combi that age the PRV is weeping because the expansion vessel has lost its charge. The pressure spikes',
    'when the system heats up, the PRV lifts a little, and you lose water you never see.',
  ),
];
const fPost3 = [
  j(
    'Agree with the above. Check the vessel with the system drained down to zero, not with it under pressure, or the reading means nothing.',
    'Should be around 1 bar on most of these. Quick check I use:',
  ),
];
const fCode = j(
  '1. Isolate boiler, drain CH to 0 bar',
  '\n2. Read vessel Schrader valve with a tyre gauge',
  '\n3. Pump to 1.0 bar, refill system to 1.2 bar cold',
);
const fPost3b = [
  'If the vessel will not hold charge, the diaphragm has gone and it needs replacing. On some models that is a boiler-out job, so price accordingly.',
];
const fPost4 = [
  'Update for anyone finding this later. Bag on the discharge pipe was half full by morning. Vessel read 0.2 bar.',
  j(
    'Recharged it to 1 bar and it held for two days, then dropped again, so the diaphragm is split. Fitted an external vessel on the return',
    'and a new PRV while I was at it. Pressure has stayed at 1.3 cold and 1.8 hot for a week now. Thanks all.',
  ),
];
const fQuick = ['Unanswered topics', 'Active topics', 'Search', 'Members', 'The team'];
const fCrumbs = ['Board index', 'Heating & Boilers', 'Combi Boilers'];
const fSigs = ['Gas Safe 551203 · Leeds & Wakefield', 'Retired heating engineer, still learning'];
const prof = (name: string, rank: string, posts: string, joined: string): string => `<dl class="postprofile" id="profile${posts}">
<dt class="has-profile-rank has-avatar"><div class="avatar-container"><a href="./memberlist.php?mode=viewprofile&amp;u=${posts}" class="avatar">
<img class="avatar" src="./download/file.php?avatar=${posts}.png" width="90" height="90" alt="User avatar"></a></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${posts}" class="username">${name}</a></dt>
<dd class="profile-rank">${rank}</dd><dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${posts}">${posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${joined}</dd></dl>`;
const post = (id: number, name: string, date: string, subject: string, content: string, sig = ''): string => `<div id="p${id}" class="post has-profile bg${
  (id % 2) + 1
}">
<div class="inner">PROFILE<div class="postbody"><div id="post_content${id}"><h3><a href="#p${id}">${subject}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${id}" title="Reply with quote" class="button button-icon-only"><span>Quote</span></a>
</li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${id}#p${id}" title="Post"><span class="imageset icon_post_target">Post</span></a>
<span class="responsive-hide">by
<strong><a href="./memberlist.php?mode=viewprofile" class="username">${name}</a></strong> » </span><time datetime="2026-03-02T19:41:00+00:00">${date}</time></p>
<div class="content">${content}</div>${sig === '' ? '' : `<div id="sig${id}" class="signature">${sig}</div>`}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div><hr class="divider">`;
const p1 = post(90411, 'dmcallister', 'Mon Mar 02, 2026 7:41 pm', fTitle, ps(fPost1), fSigs[0]).replace(
  'PROFILE',
  prof('dmcallister', 'Registered User', '1204', 'Sat Jun 09, 2018 8:02 am'),
);
const fHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" /><title>${fTitle} - Pipework Forum</title>
<link rel="canonical" href="https://www.pipeworkforum.example/viewtopic.php?t=48213">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=42" rel="stylesheet">
</head><body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Pipework Forum</h1>
<p>Trade discussion for plumbing and heating engineers</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>
<input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" placeholder="Search…" />
</fieldset></form>
</div></div></div><div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu"><a href="#" class="dropdown-trigger"><span>Quick links</span></a>
<div class="dropdown"><ul class="dropdown-contents" role="menu">${links(fQuick, 'separator')}</ul></div></li>
<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><span>FAQ</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem"><span>Login</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
${fCrumbs
  .map(
    (c) => `<li class="breadcrumbs"><span class="crumb"><a href="./viewforum.php" itemprop="item"><span itemprop="name">${c.replace('&', '&amp;')}</span></a>
</span></li>`,
  )
  .join('\n')}</ul></div></div></div><a id="start_here" class="anchor"></a>
<div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a href="./viewtopic.php?t=48213">${fTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=48213" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="search-box" role="search"><input class="inputbox search tiny" type="search" placeholder="Search this topic…" /></div>
<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${p1}
${post(
  90415,
  'Tap_and_Die',
  'Mon Mar 02, 2026 8:20 pm',
  `Re: ${fTitle}`,
  `<blockquote cite="./viewtopic.php?p=90411#p90411"><div><cite>
<a href="./memberlist.php?mode=viewprofile">dmcallister</a> wrote: <a href="./viewtopic.php?p=90411#p90411">↑</a></cite>${fPost2Quote}</div></blockquote>
${ps(fPost2)}`,
).replace('PROFILE', prof('Tap_and_Die', 'Moderator', '8841', 'Tue Jan 15, 2013 6:12 pm'))}
${post(
  90422,
  'oldboilerman',
  'Mon Mar 02, 2026 9:03 pm',
  `Re: ${fTitle}`,
  `${ps(fPost3)}<div class="codebox"><p>Code: <a href="#" class="codebox-selectall">Select all</a></p>
<pre><code>${fCode}</code></pre></div>${ps(fPost3b)}`,
  fSigs[1],
).replace('PROFILE', prof('oldboilerman', 'Senior Member', '3371', 'Wed Oct 21, 2015 10:40 am'))}
${post(90517, 'dmcallister', 'Thu Mar 05, 2026 6:58 pm', `Re: ${fTitle}`, ps(fPost4), fSigs[0]).replace(
  'PROFILE',
  prof('dmcallister', 'Registered User', '1205', 'Sat Jun 09, 2018 8:02 am'),
)}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=48213" class="button"><span>Post Reply</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return">
<a href="./viewforum.php?f=12" class="left-box arrow-left" accesskey="r">Return to “Combi Boilers”</a></p>
<div class="jumpbox dropdown-container"><span class="button-label">Jump to</span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 14 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner">
<ul id="nav-footer" class="nav-footer linklist">
<li class="rightside"><a href="./ucp.php?mode=delete_cookies">Delete cookies</a></li><li class="rightside">All times are <span title="UTC">UTC</span></li>
</ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB
Limited</span></p>
<p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy">Privacy</a> | <a class="footer-link"
href="./ucp.php?mode=terms">Terms</a></p>
</div></div></div><script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=42"></script></body></html>`;
export const phpbb: TestPage = {
  name: 'heldout439-phpbb-forum',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts([...fPost1, fPost2Quote, ...fPost2, ...fPost3, fCode, ...fPost3b, ...fPost4]),
  bylines: [
    'dmcallister',
    'Mon Mar 02, 2026 7:41 pm',
    'Tap_and_Die',
    'Mon Mar 02, 2026 8:20 pm',
    'oldboilerman',
    'Mon Mar 02, 2026 9:03 pm',
    'Thu Mar 05, 2026 6:58 pm',
    'dmcallister wrote:',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pipework Forum', 'Trade discussion for plumbing and heating engineers', 'Skip to content', 'Quick links', ...fQuick, 'FAQ', 'Login', 'Register',
    ...fCrumbs, 'Post Reply', '4 posts • Page 1 of 1', `Re: ${fTitle}`, 'Quote', 'Registered User', 'Moderator', 'Senior Member', 'Posts:', '1204', '1205',
    '8841',
    '3371', 'Joined:', 'Sat Jun 09, 2018 8:02 am', 'Tue Jan 15, 2013 6:12 pm', 'Wed Oct 21, 2015 10:40 am', ...fSigs, 'Code:', 'Select all', 'Top', 'Post',
    'Return to “Combi Boilers”', 'Jump to', 'Who is online', 'Users browsing this forum: No registered users and 14 guests', 'Delete cookies',
    'All times are UTC', 'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms',
  ],
};
