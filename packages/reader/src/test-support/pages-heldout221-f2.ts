import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 221, file f2: a residents' forum thread on a local XenForo 2 board (the header with the forum name, the nav
 * tabs and the "Log in" / "Register" links, breadcrumbs, the thread title with its starter and start date, the page nav,
 * posts with the user's name, title, joined / messages / reaction score / location extras, the post time and number, a
 * quoted post, reactions and the Report / Like / Reply actions, "You must log in or register to reply here.", the share
 * buttons, "Similar threads", the cookie notice and the footer).
 */
type Post = {
  user: string;
  title: string;
  joined: string;
  msgs: string;
  score: string;
  loc: string;
  time: string;
  num: string;
  paras: string[];
  quote?: string;
};
const xfTitle = 'Proposed apartments on the old Hadley Mill site – planning board hearing on the 19th';
const xfPosts: Post[] = [
  {
    user: 'riverwalk_ken',
    title: 'Well-known member',
    joined: 'Mar 4, 2016',
    msgs: '2,311',
    score: '4,870',
    loc: 'Lower Falls',
    time: 'Nov 2, 2025',
    num: '#1',
    paras: [
      'For anyone who has not seen the legal notice in the Courier: a developer has applied to build 148 apartments on the old Hadley Mill ' +
        'site on Water Street. The planning board hearing is Wednesday the 19th at 7 p.m. in the high school auditorium, since they expect a crowd.',
      'The plans are on the town website under Planning Board, Pending Applications. The short version is four buildings, four stories each, ' +
        'with 190 parking spaces, a public path along the river, and 15 percent of the units set aside as affordable.',
      'I am not for or against it yet. Mostly I want people to read the actual plans before the hearing instead of arguing about rumors.',
    ],
  },
  {
    user: 'MarthaQ',
    title: 'Member',
    joined: 'Aug 19, 2021',
    msgs: '87',
    score: '142',
    loc: 'Hadley',
    time: 'Nov 2, 2025',
    num: '#2',
    paras: [
      'Thank you for posting this. My biggest worry is traffic on Water Street. It is already backed up at school drop-off, and 190 more ' +
        'cars will not help. Does the application include a traffic study?',
    ],
  },
  {
    user: 'riverwalk_ken',
    title: 'Well-known member',
    joined: 'Mar 4, 2016',
    msgs: '2,311',
    score: '4,870',
    loc: 'Lower Falls',
    time: 'Nov 2, 2025',
    num: '#3',
    quote: 'Does the application include a traffic study?',
    paras: [
      'It does, appendix C. They estimate about 95 extra trips in the morning peak hour and propose a left-turn lane into the site. Whether ' +
        'you believe their numbers is another question, and the board can ask for a peer review at the applicant’s expense.',
    ],
  },
  {
    user: 'Tom Delacroix',
    title: 'Active member',
    joined: 'Jan 7, 2019',
    msgs: '512',
    score: '1,004',
    loc: 'Mill Hill',
    time: 'Nov 3, 2025',
    num: '#4',
    paras: [
      'I am going to be the one who says it: we need the housing. My son and his wife both work in town and cannot find anything to rent ' +
        'under $2,200. That mill has been empty and fenced off since 2009. I would rather see people living there than another decade of ' +
        'broken windows.',
      'That said, four stories right on the river seems like a lot. I would like to see them step the buildings down toward the water.',
    ],
  },
  {
    user: 'Ines Barros',
    title: 'New member',
    joined: 'Oct 30, 2025',
    msgs: '3',
    score: '5',
    loc: 'Hadley',
    time: 'Nov 4, 2025',
    num: '#5',
    paras: [
      'Does anyone know if the site has been cleaned up? My understanding is the mill used dyes for decades and the soil was contaminated. ' +
        'I would want to know that has been dealt with before anyone moves in, especially families.',
    ],
  },
  {
    user: 'MarthaQ',
    title: 'Member',
    joined: 'Aug 19, 2021',
    msgs: '87',
    score: '142',
    loc: 'Hadley',
    time: 'Nov 4, 2025',
    num: '#6',
    paras: [
      'Ines, there is a state environmental report attached to the application. It says the worst soil was removed in 2018 and the rest ' +
        'will be capped under the buildings and parking lots. The state has to sign off before any building permits are issued. I am ' +
        'planning to ask about it at the hearing.',
    ],
  },
];
const xfNav = ['Home', 'Forums', 'What’s new', 'Members', 'Local Events'];
const xfCrumbs = ['Forums', 'Hadley Town Talk', 'Planning, Zoning & Development'];
const xfActions = ['Report', 'Like', 'Reply'];
const xfReact = ['Like', 'Love', 'Haha', 'Wow'];
const xfSimilar: [string, string, string][] = [
  ['Water Street sidewalk project – when does it start?', 'Started by MarthaQ', 'Replies: 14'],
  ['Town meeting warrant: zoning change for Route 12 corridor', 'Started by riverwalk_ken', 'Replies: 37'],
  ['Anyone remember the Hadley Mill when it was still running?', 'Started by OldTimer52', 'Replies: 61'],
];
const xfCookie = 'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.';
const xfFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'RSS'];
const xfPost = (
  p: Post,
  i: number,
): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}" data-content="post-${9000 + i}"
id="js-post-${9000 + i}" itemscope itemtype="https://schema.org/Comment"><span class="u-anchorTarget" id="post-${9000 + i}"></span><div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person"><div
class="message-avatar">
<div class="message-avatar-wrapper"><a href="/members/${p.user.length}/" class="avatar avatar--m avatar--default" data-user-id="${p.user.length}"><span
class="avatar-u"
role="img" aria-label="${p.user}">${p.user.charAt(0)}</span></a></div></div><div class="message-userDetails"><h4 class="message-name"><a
href="/members/${p.user.length}/"
class="username" dir="auto" data-user-id="${p.user.length}" itemprop="name">${p.user}</a></h4><h5 class="userTitle message-userTitle" dir="auto"
itemprop="jobTitle">${p.title}</h5>
</div><div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl><dl class="pairs
pairs--justified"><dt>Messages</dt>
<dd>${p.msgs}</dd></dl><dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>${p.score}</dd></dl><dl class="pairs pairs--justified"><dt>Location</dt>
<dd><a href="/misc/location-info?location=${p.loc}" rel="nofollow noreferrer" target="_blank" class="u-concealed">${p.loc}</a></dd></dl></div>
<span class="message-userArrow"></span></section></div><div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header
class="message-attribution
message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/hadley-mill.4471/post-${9000 + i}"
rel="nofollow"
itemprop="url"><time class="u-dt" dir="auto" datetime="2025-11-0${2 + Math.floor(i / 2)}T19:14:00-0500" itemprop="datePublished">${p.time}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="#" class="message-attribution-gadget" rel="nofollow">Share</a></li>
<li><a href="#" rel="nofollow">${p.num}</a></li></ul></header><div class="message-content js-messageContent"><div class="message-userContent lbContainer
js-lbContainer">
<article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${
  p.quote
    ? `<blockquote data-attributes="member: 88" data-quote="MarthaQ"
class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="#"
class="bbCodeBlock-sourceJump">MarthaQ said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${p.quote}</div><div class="bbCodeBlock-expandLink js-expandLink"><a
role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`
    : ''
}${p.paras.join('<br>\n<br>\n')}</div></div></article></div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">${xfActions
  .map((t) => `<a href="#" class="actionBar-action actionBar-action--${t.toLowerCase()}">${t}</a>`)
  .join('')}</div></div><div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small"><img
src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
class="reaction-sprite" alt="${xfReact[i % 4]}" title="${xfReact[i % 4]}"></span></li></ul><a class="reactionsBar-link"
href="#">${i + 2} reactions</a></div></footer></div></div></div></article>`;
const xfHtml = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-14" data-content-key="thread-4471"
data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-thread_view"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1">
<title>Proposed apartments on the old Hadley Mill site – planning board hearing on the 19th | Hadley Town Talk</title><link rel="canonical"
href="https://forum.hadleytowntalk.example/threads/hadley-mill.4471/"><meta property="og:site_name" content="Hadley Town Talk"><meta property="og:type"
content="website">
<meta property="og:title" content="${xfTitle}"><script
type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${xfTitle}",
"author":{"@type":"Person","name":"riverwalk_ken"},"datePublished":"2025-11-02T19:14:00-05:00","interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":5}}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1730000000">
<script>window.XF = {"config":{"cookie":{"path":"/","domain":"","prefix":"xf_"}}};</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top"><header class="p-header" id="header"><div class="p-header-inner"><div
class="p-header-content">
<div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/hadley/logo.png" width="180" height="36" alt="Hadley Town
Talk"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><button type="button" class="button
button--plain
p-nav-menuTrigger" aria-label="Toggle expanded navigation"><i aria-hidden="true"></i></button><div class="p-nav-scroller hScroller"><div
class="hScroller-scroll">
<ul class="p-nav-list js-offCanvasNavSource">${links(xfNav, 'p-navEl')}</ul></div></div><div class="p-nav-opposite"><div class="p-navgroup p-account
p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" rel="nofollow"><span class="p-navgroup-linkText">Log in</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" rel="nofollow"><span
class="p-navgroup-linkText">Register</span></a></div>
<div class="p-navgroup p-discovery"><a href="/whats-new/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--whatsnew" aria-label="What's new"></a>
<a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" aria-label="Search"><span
class="p-navgroup-linkText">Search</span></a></div></div>
</div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${xfCrumbs
  .map(
    (t, i) =>
      `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/${i}/" itemprop="item"><span
itemprop="name">${t.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('')}</ul>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">${xfTitle}</h1></div><div class="p-description"><ul class="listInline
listInline--bullet">
<li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span> <a href="/members/13/"
class="username u-concealed"
dir="auto" data-user-id="13">riverwalk_ken</a></li><li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span
class="u-srOnly">Start date</span>
<a href="/threads/hadley-mill.4471/" class="u-concealed"><time class="u-dt" dir="auto"
datetime="2025-11-02T19:14:00-0500">Nov 2, 2025</time></a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post"
data-href="/inline-mod/">
<div class="block-outer"><div class="block-outer-opposite"><div class="buttonGroup"><a href="/threads/hadley-mill.4471/watch" class="button--link button"
rel="nofollow">
<span class="button-text">Watch</span></a></div></div></div><div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${xfPosts.map(xfPost).join('\n')}</div></div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><div class="blockMessage blockMessage--none"><a href="/login/"
class="button--link button" rel="nofollow">
<span class="button-text">You must log in or register to reply here.</span></a></div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic"><span class="shareButtons-label">Share:</span><div
class="shareButtons-buttons">
${['Facebook', 'X', 'Reddit', 'Email', 'Link']
  .map(
    (t) => `<a class="shareButtons-button shareButtons-button--brand" href="#"><i
aria-hidden="true"></i><span>${t}</span></a>`,
  )
  .join('')}
</div></div></div>
<div class="block"><div class="block-container"><h3 class="block-minorHeader">Similar threads</h3><div class="block-body"><ul
class="structItemContainer">${xfSimilar
  .map(
    ([
      t,
      s,
      r,
    ]) => `<li class="structItem structItem--thread"><div class="structItem-cell structItem-cell--main"><div class="structItem-title"><a href="#">${t}</a></div>
<div class="structItem-minor"><ul class="structItem-parts"><li>${s}</li></ul></div></div><div class="structItem-cell structItem-cell--meta"><dl
class="pairs"><dd>${r}</dd>
</dl></div></li>`,
  )
  .join('\n')}</ul></div></div></div></div></div></div>
<ul class="p-breadcrumbs p-breadcrumbs--bottom">${links(xfCrumbs.slice(0, 2))}</ul></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul
class="p-footer-linkList">${links(xfFoot)}</ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored
noopener">Community platform by XenForo<sup>®</sup>
<span class="copyright">© 2010-2025 XenForo Ltd.</span></a></div></div></footer></div>
<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer js-notices"><li class="notice js-notice notice--primary
notice--cookie" data-notice-id="-1"
data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0" data-visibility=""><div class="notice-content"><div
class="u-alignCenter">${xfCookie}</div>
<div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice" class="button--notice button"><span class="button-text">Accept</span></a>
<a href="/help/cookies" class="button--notice button button--alt"><span class="button-text">Learn more…</span></a></div></div></li></ul></div>
<script src="/js/xf/preamble.min.js?_v=2a4a1f2b"></script></body></html>`;
export const xenforoThread: TestPage = {
  name: 'heldout221-xenforo-residents-thread',
  kind: 'forum',
  html: xfHtml,
  // thread convention; the user titles, joined / messages / reaction score / location extras, post numbers, reactions and
  // actions are furniture; the quoted line and its "said:" attribution are in neither list
  title: xfTitle,
  headings: [],
  body: texts(xfPosts.flatMap((p) => p.paras)),
  bylines: ['riverwalk_ken', 'MarthaQ', 'Tom Delacroix', 'Ines Barros', 'Nov 2, 2025', 'Nov 3, 2025', 'Nov 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xfNav, 'Log in', 'Register', 'Search', ...xfCrumbs, 'Thread starter', 'Start date', 'Watch', 'Well-known member', 'Member', 'Active member',
    'New member',
    'Joined', 'Messages', 'Reaction score', 'Location', ...new Set(xfPosts.flatMap((p) => [p.joined, p.msgs, p.score, p.loc, p.num])), 'Share', ...xfActions,
    ...xfPosts.map((_, i) => `${i + 2}
reactions`), 'Click to expand...', 'You must log in or register to reply here.', 'Share:', 'Facebook', 'X', 'Reddit', 'Email',
    'Link', 'Similar threads', ...xfSimilar.flat(), ...xfFoot, 'Community platform by XenForo®', '© 2010-2025 XenForo Ltd.', xfCookie, 'Accept',
    'Learn more…',
  ],
};
