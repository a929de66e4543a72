import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 62, file e2: a Microsoft Tech Community discussion on the 2025 platform (Khoros Aurora, a Next.js app with
 * CSS-module class names and data-testid attributes), saved from the browser: the site header with its menus, "Register" and
 * "Sign In", breadcrumbs, the topic with "Solved" badge, author card with rank, date, body, tags, like button, reply count,
 * the "Solution" callout, the reply list with sort, each reply with "replied to", rank, MVP badge, "Solution" badge, like
 * count and "Reply" button, the "Related Content" rail, the share menu, the Microsoft footer, the cookie banner and the
 * __NEXT_DATA__ script with the topic's escaped HTML).
 */
const tcTitle = 'Conditional formatting rules keep multiplying when I copy rows in a shared workbook';
const tcP1 = [
  'We keep a shared tracking workbook for our warehouse team. Column F has a single conditional formatting rule that turns ' +
    'overdue dates red. After a few weeks of people copying and inserting rows, the Conditional Formatting Rules Manager now lists ' +
    'over 1,200 rules, most of them duplicates with slightly different ranges, and the file has become slow to open.',
  'I can delete the duplicates by hand, but they come back within days. Is there a way to stop Excel from creating them in the first place?',
];
const tcR1 = [
  'This happens because copying a row copies its formatting, conditional formatting included, and Excel then keeps the copied ' +
    'rule as a separate rule for the new range instead of merging it with the original. Over time you get one fragment for every paste.',
  'Two things help:',
];
const tcR1List = [
  'Turn the data into a table (Ctrl+T). A conditional formatting rule applied to a whole table column extends automatically to ' +
    'new rows, so people can add rows at the bottom without copying anything.',
  'Ask people to paste values only (Ctrl+Shift+V in Excel for the web, or Paste Special &gt; Values in the desktop app) when ' + 'they copy from another row.',
];
const tcR1b = [
  'To clean up what is already there, delete all the rules on the sheet and create the one rule again, applied to the whole ' + 'column of the table.',
];
const tcR2 = [
  'Converting to a table did it. I cleared all the rules, made the range a table and set the rule once on the Due column. Two ' +
    'weeks later there is still only one rule. Thank you!',
];
const tcR3 = [
  'Same experience here. One more tip: if you use Office Scripts or macros to add rows, make them insert table rows rather than ' +
    'copy an existing row, otherwise the scripts recreate the problem on their own.',
];
const tcNav = ['Communities', 'Products', 'Topics', 'Blogs', 'Events', 'Skills Hub', 'Community'];
const tcCrumbs = ['Home', 'Microsoft 365', 'Excel', 'Excel'];
const tcRelated = [
  'Conditional formatting not applied to new rows added by Power Automate',
  'How to copy a sheet without duplicating named ranges?',
  'Workbook very slow after years of use: how to find the cause',
];
// biome-ignore format: the footer columns are packed several to a line to keep the file short
const tcFoot: [string, string[]][] = [
  ["What's new", ['Surface Pro', 'Surface Laptop', 'Microsoft 365', 'Windows 11 apps']],
  ['Microsoft Store', ['Account profile', 'Download Center', 'Returns', 'Order tracking']],
  ['Education', ['Microsoft in education', 'Devices for education']],
  ['Business', ['Microsoft Cloud', 'Microsoft Security', 'Dynamics 365']],
  ['Developer & IT', ['Azure', 'Microsoft Developer', 'Microsoft Learn']],
  ['Company', ['Careers', 'About Microsoft', 'Company news', 'Privacy at Microsoft']],
];
const tcLegal = [
  'Your Privacy Choices',
  'Consumer Health Privacy',
  'Sitemap',
  'Contact Microsoft',
  'Privacy',
  'Manage cookies',
  'Terms of use',
  'Trademarks',
  'Safety & eco',
  'About our ads',
  '© Microsoft 2025',
];
const p = (paras: readonly string[]): string => paras.map((t) => `<p>${t}</p>`).join('');
type TcMsg = {
  id: number;
  user: string;
  rank: string;
  time: string;
  iso: string;
  body: string;
  likes: number;
  to?: string;
  badge?: string;
  solution?: boolean;
};
const author = (m: TcMsg): string => `<div class="UserAvatarName_lia-user-item__Z2m8k" data-testid="UserAvatarName"><a class="UserAvatar_lia-link__1xq4e"
 href="/users/${m.user.toLowerCase()}/${m.id}" aria-label="View Profile of ${m.user}" tabindex="-1"><img class="UserAvatar_lia-user-avatar__Kb8ps" alt=""
 src="https://techcommunity.microsoft.com/t5/s/gxcuf89792/m_assets/avatars/default/avatar-${m.id % 9}.svg"></a><div class="UserAvatarName_lia-user-name__M1v2a">
<a data-testid="userLink" class="UserLink_lia-user-name-link__8VqzT" href="/users/${m.user.toLowerCase()}/${m.id}">${m.user}</a>${m.badge ?? ''}
<span data-testid="userRank" class="UserRank_lia-user-rank__z7Xh2">${m.rank}</span></div></div>`;
const when = (m: TcMsg): string => `<span class="DateTime_lia-date__D6hq2" data-testid="messageTime"><span title="${m.iso}">${m.time}</span></span>`;
const footer = (
  m: TcMsg,
): string => `<div class="MessageView_lia-message-footer__J9kq3"><div data-testid="KudosButton" class="KudosButton_lia-kudos__5Dw2n"><button
 class="KudosButton_lia-kudos-button__q9L0m" aria-label="Like" type="button"><span class="KudosButton_lia-kudos-icon__Rp3s0"></span></button><span
 data-testid="kudosCount"
 class="KudosButton_lia-kudos-count__tU8vx">${m.likes}</span><span class="KudosButton_lia-kudos-text__a0oQj">${m.likes === 1 ? 'Like' : 'Likes'}</span></div>
<button type="button" class="btn btn-link MessageReplyButton_lia-reply-button__cX7Bq" data-testid="replyButton">Reply</button></div>`;
const reply = (m: TcMsg): string => `<li class="ThreadedReplyList_lia-reply-item__7Vbnm" data-testid="ThreadedReplyListItem"><article data-testid="MessageView"
 class="MessageView_lia-message__x0lZf MessageView_lia-forum-reply__p3Lx0${m.solution === true ? ' MessageView_lia-accepted-solution__4Rrw1' : ''}"
 id="M${m.id}">
<header class="MessageView_lia-message-header__z4Fk2">${author(m)}<div class="MessageView_lia-message-meta__w9PxD"><span
 class="MessageView_lia-replied-to__Hh5a0">replied to
 <a href="#M${m.id - 1}">${m.to}</a></span>${when(m)}</div>${
   m.solution === true
     ? `<span class="AcceptedSolutionBadge_lia-solution-badge__3kVy8"
 data-testid="AcceptedSolutionBadge">Solution</span>`
     : ''
 }</header>
<div data-testid="messageBodyContent" class="MessageBody_lia-g-message-body__4kVjL">${m.body}</div>${footer(m)}</article></li>`;
const harald: TcMsg = {
  id: 4391220,
  user: 'HaraldJensen',
  rank: 'Silver Contributor',
  time: 'Mar 11, 2025',
  iso: 'Mar 11, 2025 11:05 AM',
  likes: 7,
  body: `${p(tcR1)}<ul>${tcR1List.map((t) => `<li>${t}</li>`).join('')}</ul>${p(tcR1b)}`,
  to: 'NadiaPetrov',
  solution: true,
  badge: '<span class="UserBadge_lia-badge__Mv9s1" title="MVP">MVP</span>',
};
const tcReplies = [
  reply(harald),
  reply({
    id: 4391221,
    user: 'NadiaPetrov',
    rank: 'Copper Contributor',
    time: 'Mar 25, 2025',
    iso: 'Mar 25, 2025 02:18 PM',
    likes: 2,
    body: p(tcR2),
    to: 'HaraldJensen',
  }),
  reply({
    id: 4391222,
    user: 'm_ferreira',
    rank: 'Brass Contributor',
    time: 'Apr 02, 2025',
    iso: 'Apr 02, 2025 08:47 AM',
    likes: 1,
    body: p(tcR3),
    to: 'NadiaPetrov',
  }),
].join('\n');
const op: TcMsg = { id: 4391219, user: 'NadiaPetrov', rank: 'Copper Contributor', time: 'Mar 11, 2025', iso: 'Mar 11, 2025 09:42 AM', likes: 3, body: p(tcP1) };
const esc = (s: string): string => s.split('<').join('\\u003c').split('>').join('\\u003e').split('"').join('\\"');

const tcHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charset="utf-8"><title>${tcTitle} | Microsoft Community Hub</title>
<meta name="description" content="We keep a shared tracking workbook for our warehouse team. Column F has a single conditional formatting rule">
<meta property="og:type" content="article"><link rel="canonical"
 href="https://techcommunity.microsoft.com/discussions/excelgeneral/conditional-formatting-rules-keep-multiplying/4391219">
<link rel="stylesheet" href="/t5/s/gxcuf89792/_next/static/css/5b2f3e0c1a9d.css" data-n-g=""></head>
<body><div id="__next"><div class="App_lia-g-app__VtP2x"><a class="SkipLink_lia-skip-link__Rq3lN" href="#main-content">Skip to content</a>
<header class="NavbarWidget_lia-g-navbar__aU3Kd" data-testid="NavbarWidget"><a href="https://www.microsoft.com" class="NavbarWidget_lia-microsoft-logo__p4Zb1"
 aria-label="Microsoft"></a><a href="/" class="NavbarWidget_lia-community-title__b1Zx0">Microsoft Community Hub</a><nav aria-label="Main"><ul
 class="NavbarWidget_lia-nav-list__6FjzD">${links(tcNav, 'NavbarWidget_lia-nav-item__s8RkC')}</ul></nav>
<div class="NavbarWidget_lia-user-actions__8Jpxo"><button type="button" class="SearchButton_lia-search-toggle__kZw1c" aria-label="Search">Search</button>
<a href="/t5/s/gxcuf89792/auth/oidcss/sso_login_redirect/provider/default?referer=%2Fdiscussions%2Fexcelgeneral" class="btn btn-secondary">Register</a>
<a href="/t5/s/gxcuf89792/auth/oidcss/sso_login_redirect/provider/default" class="btn btn-primary">Sign In</a></div></header>
<main id="main-content" class="App_lia-g-main__kS7xq"><nav aria-label="breadcrumbs" class="Breadcrumb_lia-breadcrumb__b3mRs"><ol>
${tcCrumbs.map((c, i) => `<li class="Breadcrumb_lia-breadcrumb-item__E7nWu"><a href="/${i}">${c}</a></li>`).join('')}</ol></nav>
<div class="ThreePanelLayout_lia-g-layout__gh8Z1"><div class="ThreePanelLayout_lia-main-panel__3mWfQ">
<article data-testid="ForumMessageView" class="MessageView_lia-message__x0lZf MessageView_lia-forum-topic__k2Uq8" id="M${op.id}">
<div class="MessageSubject_lia-subject-wrap__0pQxZ"><span class="MessageSolvedBadge_lia-solved-badge__d8Tt2" data-testid="MessageSolvedBadge">Solved</span>
<h1 class="MessageSubject_lia-subject-h1__h6Ppf" data-testid="MessageSubject">${tcTitle}</h1></div>
<header class="MessageView_lia-message-header__z4Fk2">${author(op)}${when(op)}<div data-testid="MessageActionMenu"
 class="MessageActionMenu_lia-action-menu__2nHn3">
<button type="button" class="btn btn-icon" aria-label="Show menu for discussion" aria-haspopup="true"></button></div></header>
<div data-testid="messageBodyContent" class="MessageBody_lia-g-message-body__4kVjL">${op.body}</div>
<div class="MessageTags_lia-tags__Q9vLp" data-testid="MessageTags"><span class="MessageTags_lia-tags-label__N1xbc">Tags:</span><ul><li><a data-testid="tagLink"
 href="/tag/excel">excel</a></li><li><a data-testid="tagLink" href="/tag/Formatting">Formatting</a></li><li><a data-testid="tagLink"
 href="/tag/Excel%20for%20web">Excel for
 web</a></li></ul></div>${footer(op)}
<div class="MessageView_lia-reply-count__s3PvV" data-testid="MessageRepliesCount">3 Replies</div></article>
<section class="AcceptedSolutions_lia-accepted-solutions__G8nVd" data-testid="AcceptedSolutionsWidget"><h2
 class="AcceptedSolutions_lia-title__u0Wcy">Solution</h2>
<div class="AcceptedSolutions_lia-solution-preview__D4eBk"><a href="/users/haraldjensen/4391220">HaraldJensen</a> <span>${when(harald)}</span><p>This happens
 because
 copying a row copies its formatting, conditional formatting included, and Excel then keeps the copied rule as a separate rule … </p><a href="#M4391220"
 class="AcceptedSolutions_lia-view-link__R2sNn">View Full Solution</a></div></section>
<section class="ThreadedReplyList_lia-replies__Bn7Ye" data-testid="ThreadedReplyList"><div class="ThreadedReplyList_lia-header__8pP3s"><h2
 class="ThreadedReplyList_lia-title__g0Hk3">
3 Replies</h2><div class="SortMenu_lia-sort__9hMx4"><span>Sort By</span><button type="button" class="btn btn-link dropdown-toggle" aria-haspopup="true">Oldest
 to Newest
</button></div></div><ul class="ThreadedReplyList_lia-list__F3x7v">
${tcReplies}
</ul></section></div>
<aside class="ThreePanelLayout_lia-side-panel__L2yQm"><section class="RelatedContent_lia-related__hX0j8" data-testid="RelatedContentWidget"><h2>Related
 Content</h2>
<ul>${links(tcRelated, 'RelatedContent_lia-item__Vq1Fs')}</ul></section>
<section class="ShareWidget_lia-share__c7Uok"><h2>Share</h2><button type="button" aria-label="Share to LinkedIn">LinkedIn</button><button type="button"
 aria-label="Share to Facebook">Facebook</button><button type="button" aria-label="Share to X">X</button><button type="button" aria-label="Copy link">Copy
 link</button>
</section></aside></div></main>
<footer class="c-uhff context-uhf" role="contentinfo" data-m="{&quot;cN&quot;:&quot;Uhf footer_cont&quot;}"><nav class="c-uhff-nav" aria-label="Footer
 Resource links">
${tcFoot
  .map(
    ([h, items]) => `<div class="c-uhff-nav-group"><div class="c-heading-4" role="heading" aria-level="2">${h.replace('&', '&amp;')}</div><ul
 class="c-list f-bare">${links(items)}</ul></div>`,
  )
  .join('\n')}
</nav><div class="c-uhff-base"><a class="c-uhff-link c-uhff-lang-selector" href="https://www.microsoft.com/en-us/locale">English (United States)</a><nav
 aria-label="Microsoft
 corporate links"><ul class="c-list f-bare">${links(tcLegal)}</ul></nav></div></footer>
<div id="wcpConsentBannerCtrl" class="_23tra1HsiiP6cT-Cka-ycB" role="alert" dir="ltr"><div class="_1Upc2NjY8AlDn177YoVj8y"><p>We use optional cookies to
 improve your
 experience on our websites, such as through social media connections, and to display personalized advertising based on your online activity. If you reject
 optional
 cookies, only cookies necessary to provide you the services will be used.</p></div><div class="_2j0fmugLb1FgYz6KPuB91w"><button type="button"
 class="_1XuCi2WhiqeWRUVp3pnFG3 erL690_8JwUW-R4bJRcfl">Accept</button><button type="button" class="_1XuCi2WhiqeWRUVp3pnFG3
 erL690_8JwUW-R4bJRcfl">Reject</button><button
 type="button" class="_1XuCi2WhiqeWRUVp3pnFG3">Manage cookies</button></div></div>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"apolloState":{"ForumTopicMessage:message:${op.id}":{"__typename":"ForumTopicMessage",
"uid":${op.id},"subject":"${tcTitle}",
"body":"${esc(op.body)}","repliesCount":3,"solved":true}}}},"page":"/forums/ForumMessagePage","buildId":"a7Q2x9LmPq"}</script>
<script src="/t5/s/gxcuf89792/_next/static/chunks/main-1c9e2a7b.js" defer></script>
</body></html>`;
export const techCommunityThread: TestPage = {
  html: tcHtml,
  name: 'heldout62-techcommunity-thread',
  kind: 'forum',
  // the question and the three replies are body, the two tips as list items; usernames (the topic's, each reply's and its
  // "replied to" name) and dates are bylines ("replied to" in neither); ranks, the MVP badge, the "Solved" and "Solution"
  // badges, the "Solution" box with its excerpt (the excerpt repeats the answer: in neither), "View Full Solution", tags,
  // like counts with "Like"/"Likes", "Reply" buttons, "3 Replies", sort, the share panel, "Related Content", header, nav,
  // breadcrumbs, the Microsoft footer and the cookie banner are furniture; the breadcrumbs' "Excel" (twice), the footer's
  // "Microsoft 365" and the tags "excel" and "Formatting" are words of the title or body: left out; the __NEXT_DATA__ script repeats the question
  title: tcTitle,
  headings: [],
  body: [...texts(tcP1), ...texts(tcR1), ...texts(tcR1List), ...texts(tcR1b), ...texts(tcR2), ...texts(tcR3)],
  bylines: ['NadiaPetrov', 'HaraldJensen', 'm_ferreira', 'Mar 11, 2025', 'Mar 25, 2025', 'Apr 02, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Microsoft Community Hub', ...tcNav, 'Search', 'Register', 'Sign In', 'Home', 'Solved', 'Copper Contributor', 'Silver Contributor',
    'Brass Contributor', 'MVP', 'Tags:', 'Excel for web', 'Likes', 'Like', 'Reply', '3 Replies', 'Solution', 'View Full Solution', 'Sort By',
    'Oldest to Newest', 'Related Content', ...tcRelated, 'Share', 'LinkedIn', 'Facebook', 'X', 'Copy link',
    ...tcFoot.flatMap(([h, items]) => [h, ...items.filter((t) => t !== 'Microsoft 365')]), 'English (United States)', ...tcLegal,
    'We use optional cookies to improve your experience on our websites, such as through social media connections, and to display personalized advertising ' +
      'based on your online activity. If you reject optional cookies, only cookies necessary to provide you the services will be used.',
    'Accept', 'Reject',
  ],
};
