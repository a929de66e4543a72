import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 158, file d2: a Microsoft Tech Community discussion on the Khoros Aurora (React) platform (the community
 * header with "Sign In", "Register", breadcrumbs, the board's tag line, the topic message with author rank, date, "Solved"
 * badge, labels and the "Accepted Solution" marker on a reply, kudos counts, "Reply" buttons, the "Share" menu, the rails of
 * related content and "Discover Community Hubs", and the Microsoft footer with its privacy links).
 */
const tcTitle = 'Shared mailbox calendar not showing in new Outlook for some users';
const tcQ = [
  'We moved about 300 users to the new Outlook for Windows last month. Most of them can see the shared "Front Desk" calendar ' +
    'without any issue, but around 40 users only get an empty calendar with the message that the folder could not be loaded.',
  'All of them have Full Access and Send As on the mailbox, granted through the same security group. Classic Outlook and Outlook ' +
    'on the web both show the calendar for the same users. We removed and re-added the permissions and waited 48 hours, with no change.',
  'Has anyone seen this, and is there a fix besides moving the affected users back to classic Outlook?',
];
const tcR1 = [
  'We had exactly this. In our case the affected users had the shared calendar added manually in classic Outlook at some point, ' +
    'and that old entry was synced to new Outlook as a broken link. Removing the calendar from the list in new Outlook and ' +
    'adding it again through "Add calendar", "Add from directory" fixed it for every one of them.',
  'You can check quickly in Outlook on the web: if the user sees the calendar twice there, once under "People\'s calendars" and ' +
    'once under "Other calendars", it is the same problem.',
];
const tcR2 = [
  'Thank you, this was it. 37 of the 40 users had the duplicate entry. We wrote a short note for the service desk and removed ' +
    'and re-added it for each of them. The other three turned out to be missing from the security group after a sync error.',
];
const tcR3 = ['Good to know. Does the re-added calendar survive a profile reset? We sometimes reset profiles when troubleshooting.'];
const tcR4 = ['It does for us: the entry is stored in the mailbox, not in the local profile, so it comes back after a reset.'];
const tcTop = [
  'Skip to content',
  'Tech Community',
  'Community Hubs',
  'Products',
  'Topics',
  'Blogs',
  'Events',
  'Microsoft Learn',
  'Lounge',
  'Register',
  'Sign In',
];
const tcCrumbs = ['Microsoft Community Hub', 'Communities', 'Products', 'Microsoft 365', 'Outlook'];
const tcBoard = ['Outlook', 'Forum Discussion', 'Solved'];
const tcBadges = [
  'Copper Contributor',
  'Iron Contributor',
  'Brass Contributor',
  'Accepted Solution',
  'Like',
  'Reply',
  'Share',
  '3 Likes',
  '1 Like',
  '12 Likes',
  'Tags:',
  'new outlook',
  'shared mailbox',
  'calendar',
];
const tcRail = [
  'Related Content',
  'New Outlook does not load delegated calendars after update',
  'Shared mailbox folders missing in Outlook for Mac',
  'Calendar permissions reset after migration',
  'Discover Community Hubs',
  'Microsoft 365',
  'Exchange',
  'Windows',
  'Intune and Configuration Manager',
];
const tcFoot = [
  "What's new",
  'Microsoft Store',
  'Education',
  'Business',
  'Developer & IT',
  'Company',
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
const msg = (id: string, who: string, rank: string, when: string, ps: readonly string[], likes: string, solution = false, reply = ''): string => `<div
class="styles_lia-g-message-box__tF27w${solution ? ' styles_lia-solution__3a9Pd' : ''}" data-testid="MessageView" id="message-${id}">
${solution ? `<div class="styles_lia-solution-badge__k2Qx" data-testid="AcceptedSolutionBadge">${tcBadges[3]}</div>` : ''}
<div class="styles_lia-g-message-header__p8GM" data-testid="MessageHeader">
<a class="UserLink_lia-user-name-link__FR2Yx" href="/users/${who.toLowerCase()}/${id}"
data-testid="userLink"><span class="UserLink_lia-user-name__7mGA">${who}</span></a>
<span class="UserRank_lia-user-rank__yeo" data-testid="userRank">${rank}</span>
<span class="DateTime_lia-date__Cq7Z" data-testid="messageTime"><time datetime="2025-11-05T10:00:00Z">${when}</time></span>
${reply ? `<span class="MessageReplyTo_lia-reply-to__b1Q">${reply}</span>` : ''}</div>
<div class="styles_lia-g-message-body__0kmV" data-testid="MessageViewBody"><div class="styles_message-body__8ZbF lia-g-message-body">
${ps.map((p) => `<p>${p}</p>`).join('\n')}</div></div><div class="styles_lia-g-message-footer__Qq1" data-testid="MessageFooter">
<button class="KudosButton_lia-button__q8kZ" data-testid="kudosButton">${tcBadges[4]}</button><span data-testid="kudosCount">${likes}</span>
<button class="btn btn-secondary" data-testid="replyButton">${tcBadges[5]}</button></div></div>`;
const tcHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${tcTitle} | Microsoft Community Hub</title>
<meta name="description" content="${tcQ[0]?.slice(0, 140).replace(/"/g, '&quot;')}"><meta property="og:site_name" content="TECHCOMMUNITY.MICROSOFT.COM">
<meta property="og:type" content="article">
<link rel="canonical" href="https://techcommunity.microsoft.example/discussions/outlookgeneral/shared-mailbox-calendar/4299817">
<link rel="stylesheet" href="/_next/static/css/aurora-5e2c.css">
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"messageId":"4299817"}}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${tcTitle}","author":{"@type":"Person",
"name":"Margit_Solberg"},"datePublished":"2025-11-04T08:31:00Z"}</script></head><body><div id="__next">
<a class="styles_lia-skip-link__wFk" href="#main-content">${tcTop[0]}</a><header class="styles_lia-header__YdZ" data-testid="CommunityHeader">
<a href="/" class="styles_lia-logo__RmZ"><span>${tcTop[1]}</span></a><nav aria-label="Main" data-testid="NavigationLinks">
<ul>${links(tcTop.slice(2, 9), 'NavLink')}</ul></nav>
<div data-testid="HeaderActions"><a href="/t5/s/gxcuf89792/auth/oidcss/sso_login_redirect/provider/default?referer=%2F" class="btn btn-link">${tcTop[9]}</a>
<a href="/sso_login" class="btn btn-primary">${tcTop[10]}</a></div></header>
<main id="main-content"><nav aria-label="breadcrumbs" data-testid="Breadcrumb"><ol class="breadcrumb">${links(tcCrumbs, 'breadcrumb-item')}</ol></nav>
<div class="styles_lia-board-banner__x4" data-testid="BoardBanner"><h2 class="styles_lia-board-title__Zq">${tcBoard[0]}</h2><span>${tcBoard[1]}</span></div>
<div class="row"><div class="col-md-8" data-testid="MainColumn"><div data-testid="TopicMessage"><div class="styles_lia-topic-header__ZP">
<span class="badge badge-success" data-testid="SolvedBadge">${tcBoard[2]}</span>
<h1 class="styles_lia-subject__6k" data-testid="messageSubject">${tcTitle}</h1></div>
${msg('4299817', 'Margit_Solberg', tcBadges[0] ?? '', 'Nov 04, 2025', tcQ, tcBadges[7] ?? '')}
<div data-testid="TagView"><span>${tcBadges[10]}</span>${['new outlook', 'shared mailbox', 'calendar']
  .map((t) => `<a href="/tag/${t}" class="TagView_lia-tag__U">${t}</a>`)
  .join('')}</div>
<div data-testid="ShareMenu"><button>${tcBadges[6]}</button></div></div><section data-testid="ReplyList"><h3 class="styles_lia-replies-heading">4 Replies</h3>
${msg('4300102', 'Desmond_Achterberg', tcBadges[2] ?? '', 'Nov 05, 2025', texts(tcR1), tcBadges[9] ?? '', true)}
${msg('4300457', 'Margit_Solberg', tcBadges[0] ?? '', 'Nov 06, 2025', tcR2, tcBadges[8] ?? '', false, 'Desmond_Achterberg')}
${msg('4300991', 'Rahel_Tesfaye', tcBadges[1] ?? '', 'Nov 07, 2025', tcR3, '0 Likes')}
${msg('4301214', 'Desmond_Achterberg', tcBadges[2] ?? '', 'Nov 07, 2025', tcR4, tcBadges[8] ?? '', false, 'Rahel_Tesfaye')}</section></div>
<aside class="col-md-4" data-testid="SideColumn"><div data-testid="RelatedContentWidget"><h3>${tcRail[0]}</h3><ul>${links(tcRail.slice(1, 4))}</ul></div>
<div data-testid="CommunityHubsWidget"><h3>${tcRail[4]}</h3><ul>${links(tcRail.slice(5))}</ul></div></aside></div></main>
<footer class="c-uhff context-uhf" role="contentinfo" data-m='{"cN":"footer"}'><nav class="c-uhff-nav" aria-label="Footer Resource links">
${tcFoot
  .slice(0, 6)
  .map((h) => `<div class="c-uhff-nav-group"><div class="c-heading-4">${h.replace(/&/g, '&amp;')}</div></div>`)
  .join('\n')}</nav>
<div class="c-uhff-base"><ul class="c-list f-bare">${links(tcFoot.slice(6, 16))}<li>${tcFoot[16]}</li></ul></div></footer></div></body></html>`;
export const techCommunity: TestPage = {
  html: tcHtml,
  name: 'heldout158-techcommunity-solved-thread',
  kind: 'forum',
  // the question and all four replies are body; user names, dates and the "in reply to" names are bylines; ranks, the
  // "Solved" and "Accepted Solution" badges, like counts, tags and rails are furniture
  title: tcTitle,
  headings: [],
  body: [...tcQ, ...texts(tcR1), ...tcR2, ...tcR3, ...tcR4],
  bylines: ['Margit_Solberg', 'Desmond_Achterberg', 'Rahel_Tesfaye', 'Nov 04, 2025', 'Nov 05, 2025', 'Nov 06, 2025', 'Nov 07, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tcTop, ...tcCrumbs, ...tcBoard, ...tcBadges, '0 Likes', '4 Replies', ...tcRail, ...tcFoot,
  ].filter((t, i, a) => a.indexOf(t) === i),
};
