import { links, type TestPage, texts } from './page-kit.js';
import { productHunt } from './pages-heldout31-f2.js';

/**
 * Held-out batch 31, file f: a Microsoft Tech Community discussion on Khoros Aurora in 2025 (the Microsoft header with
 * "Skip to main content", the community nav and "Sign In", breadcrumbs, the topic with "Solved" badge and "Go to Solution",
 * the author card with rank and date, the message body with a code sample, tags, the "Like" kudos buttons and counts,
 * "Reply", the replies list with its sort menu, "Solution" banner on the accepted reply, "Show Parent Replies", "Related
 * Content", "Share", the universal footer and the Microsoft cookie consent banner).
 */
interface MsPost {
  id: number;
  user: string;
  rank: string;
  date: string;
  title: string;
  paras: (string | { code: string })[];
  likes: number;
  solution?: boolean;
  parent?: boolean;
}
const msTitle = 'XLOOKUP returns #N/A for values that look identical in both sheets';
const msPosts: MsPost[] = [
  {
    id: 4371190,
    user: 'Dana_Whitcombe',
    rank: 'Copper Contributor',
    date: 'Jan 14, 2025',
    title: 'Jan 14, 2025 8:52 AM',
    likes: 2,
    paras: [
      'I am matching order numbers between an export from our warehouse system and a sheet our finance team maintains. XLOOKUP finds ' +
        'about two thirds of them and returns #N/A for the rest, even though I can see the same order number in both sheets. If I ' +
        'retype one of the failing numbers by hand in the finance sheet, that row starts working.',
      'The formula is a plain =XLOOKUP(A2, Export!B:B, Export!F:F). Both columns are formatted as Text. I have already tried TRIM on ' +
        'the lookup value, with no change. What else could make two values that look the same fail to match?',
    ],
  },
  {
    id: 4371236,
    user: 'Riya_Menon',
    rank: 'Brass Contributor',
    date: 'Jan 14, 2025',
    title: 'Jan 14, 2025 9:20 AM',
    likes: 3,
    paras: [
      'Check the length of a failing value in both sheets with =LEN(A2) and =LEN(Export!B2). If the export side is one character ' +
        'longer, there is an invisible character in there, often a non-breaking space at the end. TRIM does not remove those.',
    ],
  },
  {
    id: 4371262,
    user: 'Dana_Whitcombe',
    rank: 'Copper Contributor',
    date: 'Jan 14, 2025',
    title: 'Jan 14, 2025 9:41 AM',
    likes: 0,
    parent: true,
    paras: ['You are right, the export values are one character longer. =CODE(RIGHT(Export!B2)) returns 160.'],
  },
  {
    id: 4371305,
    user: 'Peter_Lindgaard',
    rank: 'MVP',
    date: 'Jan 14, 2025',
    title: 'Jan 14, 2025 10:18 AM',
    likes: 11,
    solution: true,
    parent: true,
    paras: [
      'Character 160 is the non-breaking space, and many web-based exports put one after each value. TRIM only removes ordinary ' +
        'spaces (character 32), so it leaves the 160s alone.',
      'You can clean the values inside the formula without touching the export:',
      { code: '=XLOOKUP(A2, TRIM(SUBSTITUTE(Export!B2:B5000, CHAR(160), " ")), Export!F2:F5000)' },
      'Limit the ranges to the rows you actually use rather than whole columns, because the SUBSTITUTE has to run over every cell in ' +
        'the range. If the export is refreshed often, a better long-term fix is to load it through Power Query and apply Trim and ' +
        'Clean there, or to replace CHAR(160) once with Find and Replace after each import (type Alt+0160 in the Find box).',
    ],
  },
  {
    id: 4372018,
    user: 'Dana_Whitcombe',
    rank: 'Copper Contributor',
    date: 'Jan 15, 2025',
    title: 'Jan 15, 2025 7:06 AM',
    likes: 1,
    parent: true,
    paras: [
      'That fixed it: all 4,812 rows match now. I went with Power Query in the end, since the export arrives every morning. Thank ' +
        'you both, I would never have found a character I cannot see.',
    ],
  },
  {
    id: 4372140,
    user: 'Riya_Menon',
    rank: 'Brass Contributor',
    date: 'Jan 15, 2025',
    title: 'Jan 15, 2025 8:30 AM',
    likes: 0,
    parent: true,
    paras: ['Glad it is sorted. Power Query is the right call for a daily file.'],
  },
];
const msBody = (p: MsPost): string =>
  p.paras
    .map((b) =>
      typeof b === 'string' ? `<p>${b}</p>` : `<pre class="lia-code-sample language-excel-formula"><code>${b.code.replace(/"/g, '&quot;')}</code></pre>`,
    )
    .join('\n');
const msMessage = (p: MsPost, i: number): string => `<div class="${i === 0 ? 'MessageViewStandard_lia-message__Fc7yq' : 'ThreadedReplyItem_lia-reply__p1Xw2'}"
 data-testid="${i === 0 ? 'StandardMessageView' : 'ThreadedReplyItem'}" id="M${p.id}">${
   p.solution
     ? '<div class="AcceptedSolutionBanner_lia-solution-banner__3kQeT" data-testid="AcceptedSolutionBanner"><svg class="PneIcon_lia-icon__kR3l" ' +
       'aria-hidden="true"><use href="#check-circle"></use></svg><span>Solution</span></div>'
     : ''
 }<div class="styles_lia-g-message-header__vB1tQ"><div class="UserAvatarName_lia-user-item__V0iB1" data-testid="UserAvatarName"><a
 class="UserAvatar_lia-user-avatar-link__6iX9z" href="/users/${p.user.toLowerCase()}/${p.id % 99991}" aria-hidden="true" tabindex="-1"><img
 class="UserAvatar_lia-user-avatar__Ls0t1" src="https://techcommunity.microsoft.com/t5/s/gxcuf89792/m_assets/avatars/default/avatar-${i + 3}.svg" alt=""
 width="40" height="40"></a><div class="UserAvatarName_lia-user-name-rank__qzX0w"><a class="UserLink_lia-user-link__gSS7e" data-testid="userLink"
 href="/users/${p.user.toLowerCase()}/${p.id % 99991}"><span class="UserName_lia-user-name__rp0Mn" data-testid="userName">${p.user}</span></a><span
 class="UserRank_lia-user-rank__xP5cV" data-testid="userRank">${p.rank}</span></div></div><span class="DateTime_lia-date__mY3zA" data-testid="messageTime"><span
 title="${p.title}">${p.date}</span></span></div>
${i === 0 ? `<h1 class="MessageSubject_lia-subject-large__k2Jw5" data-testid="messageSubject">${msTitle}</h1>` : ''}
<div class="MessageBody_lia-g-message-body__Qm4eU" data-testid="MessageBody"><div class="lia-message-body-content">${msBody(p)}</div></div>${
  i === 0
    ? `<div class="TagView_lia-tags__wLr0B" data-testid="TagView"><span class="TagView_lia-tags-label__2tB7c">Tags:</span>
<ul>${links(msTags, 'TagView_lia-tag__K1a2p')}</ul></div>`
    : ''
}<div class="MessageActions_lia-message-actions__1vYkE" data-testid="MessageActions"><button type="button" class="KudosButton_lia-kudos-button__rN2Yo"
 data-testid="kudosButton" aria-label="Like" aria-pressed="false"><svg aria-hidden="true"><use href="#thumbs-up"></use></svg><span>Like</span></button>${
   p.likes > 0
     ? `<a class="KudosCount_lia-kudos-count__9ZaXy" data-testid="KudosCount" href="/kudos/messages/${p.id}">${p.likes} Like${p.likes === 1 ? '' : 's'}</a>`
     : ''
 }<button type="button" class="MessageActions_lia-reply-button__uE7mR" data-testid="replyButton">Reply</button>${
   p.parent ? '<button type="button" class="ThreadedReplyItem_lia-parent-button__0QyLk">Show Parent Replies</button>' : ''
 }</div></div>`;
const msTags = ['Excel', 'Formulas and Functions', 'Office 365'];
const msNav = ['Home', 'Products', 'Topics', 'Blogs', 'Events', 'Microsoft Learn', 'Lounge'];
const msCrumbs = ['Home', 'Excel', 'Excel'];
const msRelated = [
  'VLOOKUP works on some rows but not others after pasting from a website',
  'Removing hidden characters from imported CSV data',
  'Power Query: Clean vs Trim, which one do I need?',
];
const msFootHeads = ['What’s new', 'Microsoft Store', 'Education', 'Business', 'Developer & IT', 'Company'];
const msFoot = ['Surface Pro', 'Microsoft 365', 'Account profile', 'Download Center', 'Microsoft in education', 'Microsoft Cloud', 'Azure', 'Careers'];
const msLegal = ['Your Privacy Choices', 'Sitemap', 'Contact Microsoft', 'Privacy', 'Manage cookies', 'Terms of use', 'Trademarks', 'About our ads'];
const msHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charset="utf-8"><title>${msTitle} | Microsoft Community Hub</title><meta name="description"
 content="I am matching order numbers between an export from our warehouse system and a sheet our finance team maintains."><link rel="canonical"
 href="https://techcommunity.microsoft.com/discussions/excelgeneral/xlookup-returns-na-for-values-that-look-identical-in-both-sheets/4371190">
<style data-emotion="css-global">:root{--lia-bs-primary:#0f6cbd}</style></head>
<body><div id="__next"><div class="App_lia-app__kM8pV"><div id="wcpConsentBannerCtrl" class="wcp-consent-banner" role="alert" dir="ltr"><div
 class="wcp-banner-text"><svg aria-hidden="true" width="24" height="24"></svg><p id="wcpConsentBannerText">We use optional cookies to improve your
 experience on our websites and to show personalised advertising. If you reject optional cookies, only the cookies needed to run the site will be used. You
 can change your choice at any time by selecting “Manage cookies” at the bottom of the page. <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy
 Statement</a> <a href="https://aka.ms/3rdpartycookies">Third-Party Cookies</a></p></div><div class="wcp-banner-buttons"><button type="button"
 class="wcp-button">Accept</button><button type="button" class="wcp-button">Reject</button><button type="button" class="wcp-button">Manage cookies
</button></div></div><a class="SkipLink_lia-skip-link__3f0Jx" href="#main-content">Skip to main content</a><header class="Header_lia-header__2v1dA"
 data-testid="Header"><a href="https://www.microsoft.com" class="Header_lia-ms-logo__0pQ2w" aria-label="Microsoft"><img src="/logo-ms.svg" alt="Microsoft"
 width="108" height="23"></a><a class="Header_lia-community-name__fZ6bC" href="/">Tech Community</a><nav class="Header_lia-nav__q8Ld1" aria-label="Main">
<ul>${links(msNav, 'NavItem_lia-nav-item__7pS1e')}</ul></nav><button type="button" class="Header_lia-search-button__Jd2e1" aria-label="Search"><svg
 aria-hidden="true"></svg></button><a class="Header_lia-sign-in__lF0R0" href="/signin">Sign In</a></header>
<main id="main-content" class="MainContent_lia-main__R4bcx"><nav class="Breadcrumb_lia-breadcrumb__9nKf3" aria-label="breadcrumbs"><ol>${links(msCrumbs)}</ol>
</nav><div class="ThreadView_lia-thread-layout__5Ycv2"><div class="ThreadView_lia-thread-main__g3ZxP"><div class="ThreadHeader_lia-thread-header__j1Pqa">
<span class="MessageSolvedBadge_lia-solved-badge__nS9rW" data-testid="messageSolvedBadge"><svg aria-hidden="true"></svg>Solved</span><a
 class="ThreadHeader_lia-go-to-solution__Ue2pY" href="#M4371305">Go to Solution</a><span class="ThreadHeader_lia-board__J0oN8">Excel</span><div
 class="ThreadHeader_lia-thread-actions__bP7uK"><button type="button" aria-haspopup="true" aria-label="Discussion options">Discussion Options</button><ul
 class="dropdown-menu" hidden><li><a href="#">Subscribe to RSS Feed</a></li><li><a href="#">Mark Discussion as New</a></li><li><a href="#">Mark Discussion as
 Read</a></li><li><a href="#">Bookmark</a></li><li><a href="#">Subscribe</a></li><li><a href="#">Printer Friendly Page</a></li></ul></div></div>
${msMessage(msPosts[0]!, 0)}
<section class="ThreadedReplyList_lia-replies__hH8qC" data-testid="ThreadedReplyList"><div class="ThreadedReplyList_lia-replies-header__a0yV2"><h2
 class="ThreadedReplyList_lia-replies-title__0oJ7p">5 Replies</h2><div class="SortMenu_lia-sort__cZ7oE"><span>Sort By:</span><button type="button"
 aria-haspopup="true">Oldest to Newest</button></div></div>
${msPosts
  .slice(1)
  .map((p, i) => msMessage(p, i + 1))
  .join('\n')}
</section></div><aside class="ThreadView_lia-thread-side__y1Ow5"><section class="RelatedContent_lia-related__uZq2H" data-testid="RelatedContent"><h2
 class="RelatedContent_lia-related-title__5cT1n">Related Content</h2><ul>${links(msRelated, 'RelatedContent_lia-related-item__Pq1Lx')}</ul></section>
<section class="ShareWidget_lia-share__Fw0lK"><h2>Share</h2><button type="button" aria-label="Share on LinkedIn">LinkedIn</button><button type="button"
 aria-label="Share on X">X</button><button type="button" aria-label="Copy link">Copy link</button></section></aside></div></main>
<footer class="UHFFooter_lia-footer__7Pu8Q" id="uhf-footer"><nav aria-label="Footer Resource links"><div class="c-uhff-nav-row">${msFootHeads
  .map((h, i) => `<div class="c-uhff-nav-group"><h2 class="c-uhff-nav-group-heading">${h}</h2><ul>${links(msFoot.filter((_, j) => j % 6 === i))}</ul></div>`)
  .join('')}</div></nav><div class="c-uhff-base"><a class="c-uhff-link c-uhff-lang-selector" href="/locale">English (United States)</a><nav
 aria-label="Microsoft corporate links"><ul>${links(msLegal)}</ul><span>© Microsoft 2025</span></nav></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"apolloState":{"ForumTopicMessage:message:4371190":{"subject":"${msTitle}",
"kudosSumWeight":2,"repliesCount":5,"solution":{"__ref":"ForumReplyMessage:message:4371305"}}}},"__N_SSP":true},"page":"/discussions/[boardId]/[messageId]",
"query":{"boardId":"excelgeneral","messageId":"4371190"},"buildId":"24.11.0-release"}</script></body></html>`;
const techCommunity: TestPage = {
  html: msHtml,
  name: 'heldout31-microsoft-tech-community-thread',
  kind: 'forum',
  // the question and the five replies are body, the accepted solution too (its formula code sample is in neither list); the
  // posters' names and dates are bylines; ranks ("Copper Contributor", "MVP"...), "Solved", "Go to Solution", the "Solution"
  // banner, "Like" buttons and counts, "Reply", "Show Parent Replies", tags, the board name, "Discussion Options" and its
  // hidden menu, "5 Replies" with the sort menu, "Related Content", "Share", header, nav, breadcrumbs, the footer and the
  // cookie banner are furniture; "Excel" (board name, breadcrumb, tag) is a word of no post and is listed once; the
  // formula in the first post's text (=XLOOKUP(...)) is inline text of a paragraph, not a code sample: body
  title: msTitle,
  headings: [],
  body: texts(msPosts.flatMap((p) => p.paras.filter((b): b is string => typeof b === 'string'))),
  bylines: ['Dana_Whitcombe', 'Riya_Menon', 'Peter_Lindgaard', 'Jan 14, 2025', 'Jan 15, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use optional cookies to improve your experience on our websites and to show personalised advertising.',
    'If you reject optional cookies, only the cookies needed to run the site will be used.',
    'You can change your choice at any time by selecting “Manage cookies” at the bottom of the page.', 'Privacy Statement',
    'Third-Party Cookies', 'Accept', 'Reject', 'Manage cookies', 'Skip to main content', 'Tech Community', ...msNav, 'Sign In', 'Excel', 'Solved',
    'Go to Solution', 'Discussion Options', 'Subscribe to RSS Feed', 'Mark Discussion as New', 'Mark Discussion as Read', 'Bookmark', 'Subscribe',
    'Printer Friendly Page', 'Copper Contributor', 'Brass Contributor', 'MVP', 'Tags:', ...msTags.filter((t) => t !== 'Excel'), 'Like', '2 Likes',
    '3 Likes', '11 Likes', '1 Like', 'Reply', 'Show Parent Replies', '5 Replies', 'Sort By:', 'Oldest to Newest', 'Solution', 'Related Content',
    ...msRelated, 'Share', 'LinkedIn', 'X', 'Copy link', ...msFootHeads, ...msFoot, 'English (United States)',
    ...msLegal.filter((t) => t !== 'Manage cookies'), '© Microsoft 2025',
  ],
};

export const HELDOUT31_F: readonly TestPage[] = [techCommunity, productHunt];
