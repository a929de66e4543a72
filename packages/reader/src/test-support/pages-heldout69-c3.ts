import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 69, file c3: a Vanilla Forums (Higher Logic Vanilla) question discussion on a software vendor's support
 * community (Foundation title bar with nav and sign-in, breadcrumbs, the "Answered" tag, the question with author, role
 * and date, the "Answers" box that repeats the accepted answer, the "Comments" list with role titles, post counts,
 * "Answer ✓" tags and reaction buttons, the guest "Sign In or Register to comment" note, the side panel (ask button, guest
 * box, "In this Discussion", categories with counts, popular tags), the footer and a OneTrust cookie banner).
 */
interface VnPost {
  id: number;
  user: string;
  role: string;
  posts: string;
  date: string;
  full: string;
  accepted?: boolean;
  likes?: string;
  html: string;
}
const vnTitle = 'Bank feed stopped importing transactions after the bank changed its login';
const vn1 = [
  'Our bank feed for the business current account at Northfield Bank hasn’t imported anything since 24 September. The connection ' +
    'page still shows it as active with a green tick, but the newest transaction in Ledgerline is from the 23rd.',
  'The only thing that changed around then is that Northfield moved everyone to a new online banking login with an app-based ' +
    'approval step. I’ve tried “Refresh now” several times and it just spins and then says the feed is up to date.',
  'Do I need to set the feed up again from scratch? I’m worried about getting duplicate transactions if I do.',
];
const vn2a = [
  'Hi Ellie, thanks for the clear description. When a bank moves to a new login, the old authorisation usually stays “active” on ' +
    'our side even though the bank has stopped sending data, which is exactly what you’re seeing.',
  'You don’t need to delete the feed. Instead:',
];
const vn2Steps = [
  'Go to <b>Banking › Bank connections</b> and open the Northfield Bank connection.',
  'Choose <b>Reconnect</b> (not Remove) and sign in with your new login, approving the request in the Northfield app.',
  'Once it’s connected, choose <b>Import from date</b> and pick 23 September.',
];
const vn2b = [
  'Transactions that are already in Ledgerline are matched on date, amount and reference, so you won’t get duplicates. Anything ' +
    'that does slip through will show up under the “Possible duplicates” filter on the bank account page.',
];
const vn3 = ['That worked. Reconnected, imported from the 23rd, and three weeks of transactions came in with no duplicates. Thank you!'];
const vn4 = [
  'Same problem here with Northfield, and reconnecting fixed it for me too. Worth knowing that the approval request in their app ' +
    'expires after about two minutes, so have your phone ready before you click Reconnect.',
];
const vnPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const vnAnswer = `${vnPs(vn2a)}\n<ol>${vn2Steps.map((s) => `<li>${s}</li>`).join('\n')}</ol>\n${vnPs(vn2b)}`;
const vnQ: VnPost = { id: 4412, user: 'ellie_fraser', role: 'Member', posts: '6', date: 'October 2', full: 'October 2, 2025 8:14AM', html: vnPs(vn1) };
const vnComments: VnPost[] = [
  {
    id: 18823,
    user: 'RaviD_Ledgerline',
    role: 'Community Manager',
    posts: '1,203',
    date: 'October 2',
    full: 'October 2, 2025 10:41AM',
    accepted: true,
    likes: '9',
    html: vnAnswer,
  },
  { id: 18829, user: 'ellie_fraser', role: 'Member', posts: '6', date: 'October 3', full: 'October 3, 2025 7:55AM', likes: '2', html: vnPs(vn3) },
  { id: 18911, user: 'mkowalczyk', role: 'Member', posts: '31', date: 'October 9', full: 'October 9, 2025 4:20PM', likes: '5', html: vnPs(vn4) },
];
const vnReacts = (
  p: VnPost,
): string => `<div class="Reactions"><span class="Flag ToggleFlyout"><a href="#" class="ReactButton ReactButton-Flag" title="Flag" rel="nofollow" role="button">
<span class="ReactSprite ReactFlag"></span> <span class="ReactLabel">Flag</span></a></span><span class="ReactMenu"><span class="ReactButtons">
<a href="/react/comment/like?id=${p.id}" title="Like" class="ReactButton ReactButton-Like" rel="nofollow" role="button" data-reaction="like">
<span class="ReactSprite ReactLike"></span>
${p.likes ? `<span class="Count">${p.likes}</span>` : ''}<span class="ReactLabel">Like</span></a>
<a href="/react/comment/helpful?id=${p.id}" title="Helpful" class="ReactButton ReactButton-Helpful" rel="nofollow" role="button">
<span class="ReactSprite ReactHelpful"></span><span class="ReactLabel">Helpful</span></a>
</span></span><a href="#" class="ReactButton Quote" role="button"><span class="ReactSprite ReactQuote"></span> <span class="ReactLabel">Quote</span></a></div>`;
const vnHeader = (p: VnPost): string => `<div class="Item-Header${p.id === vnQ.id ? ' DiscussionHeader' : ' CommentHeader'}"><div class="AuthorWrap">
<span class="Author"><a title="${p.user}" href="/profile/${p.user}" class="PhotoWrap js-userCard" data-userid="${p.id}">
<img src="/uploads/userpics/${p.id}.png" alt="${p.user}" class="ProfilePhoto ProfilePhotoMedium"></a>
<a href="/profile/${p.user}" class="Username js-userCard" data-userid="${p.id}">${p.user}</a></span>
<span class="AuthorInfo"><span class="MItem RoleTitle">${p.role}</span> <span class="MItem PostCount">Posts: <b>${p.posts}</b></span></span></div>
<div class="Meta ${p.id === vnQ.id ? 'DiscussionMeta' : 'CommentMeta CommentInfo'}"><span class="MItem DateCreated">
<a href="/discussion/comment/${p.id}#Comment_${p.id}" class="Permalink" rel="nofollow">
<time title="${p.full}" datetime="2025-10-02T08:14:35+00:00">${p.date}</time></a>
</span>${p.id === vnQ.id ? ' <span class="MItem Category">in <a href="/categories/bank-feeds">Bank Feeds</a></span>' : ''}
${p.accepted ? '<span class="Tag QnA-Tag-Accepted" title="Accepted Answer">Answer ✓</span>' : ''}</div></div>`;
const vnComment = (
  p: VnPost,
): string => `<li class="Item ItemComment Role_${p.role.replace(' ', '')}${p.accepted ? ' QnA-Item-Accepted' : ''}" id="Comment_${p.id}">
<div class="Comment"><div class="Options"></div>${vnHeader(p)}<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">${p.html}</div>
${vnReacts(p)}</div></div></div></li>`;
const vnNav = ['Discussions', 'Categories', 'Product Ideas', 'Help Centre', 'Status'];
const vnCats = [
  ['Getting Started', '1.2K'],
  ['Bank Feeds', '3.4K'],
  ['Invoices & Quotes', '2.1K'],
  ['Payroll', '980'],
  ['VAT & Tax', '1.6K'],
];
const vnTags = ['bank feeds', 'reconciliation', 'making tax digital', 'payroll', 'invoices'];
const vnGuest = ['Welcome to the Ledgerline Community!', 'It looks like you’re new here. Sign in or register to ask a question.'];
const vnCookie =
  'We use cookies to make this site work, to understand how it is used and to personalise content. You can accept all cookies or choose which ones to allow.';
const vnFoot = ['Ledgerline.example', 'Privacy', 'Terms of Use', 'Accessibility', 'Contact Support'];
const vnHtml = `<!DOCTYPE html>
<html lang="en" class="sticky-footer-html"><head><meta charset="utf-8"><title>${vnTitle} — Ledgerline Community</title>
<link rel="stylesheet" href="https://community.ledgerline.example/dist/v2/layouts.min.css?h=88e1d0"><meta property="og:type" content="article">
<script>gdn=window.gdn||{};gdn.meta={"DiscussionID":4412,"Category":"Bank Feeds","Path":"discussion\\/4412",
"siteSection":{"name":"Ledgerline Community"}};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${vnTitle}","answerCount":3,
"acceptedAnswer":{"@type":"Answer","author":{"@type":"Person","name":"RaviD_Ledgerline"}}}}</script></head>
<body id="vanilla_discussion_index" class="Vanilla Discussion isDesktop index Section-Discussion Section-Category-bank-feeds ThemeFoundation">
<div id="page" class="Frame"><header id="titleBar" class="titleBar"><div class="titleBar-container"><a href="/" class="titleBar-logoContainer">
<span class="titleBar-logo">Ledgerline Community</span></a><nav class="titleBarNav"><ul class="titleBarNav-items">${links(vnNav, 'titleBarNav-item')}</ul></nav>
<div class="titleBar-rightFlexBasis"><button type="button" class="titleBar-compactSearchButton" aria-label="Search"><span class="sr-only">Search</span></button>
<a class="titleBar-button" href="/entry/signin">Sign In</a><a class="titleBar-button titleBar-guestButton" href="/entry/register">Register</a></div></div>
</header>
<div class="Frame-body"><div class="Frame-content"><div class="Container"><div class="Frame-contentWrap"><div class="Frame-details">
<main class="Content MainContent" role="main"><div class="BreadcrumbsBox"><span class="Breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList">
<span class="CrumbLabel HomeCrumb"><a href="/" itemprop="item"><span itemprop="name">Home</span></a></span> <span class="Crumb">›</span>
<span class="CrumbLabel Category-bank-feeds Last"><a href="/categories/bank-feeds" itemprop="item"><span itemprop="name">Bank Feeds</span></a></span></span>
</div>
<div class="MessageList Discussion"><div class="PageTitle"><div class="Options"></div><h1>${vnTitle}</h1></div>
<div class="Item ItemDiscussion Role_Member" id="Discussion_4412"><div class="Discussion">${vnHeader(vnQ)}
<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">${vnQ.html}</div>
<div class="Tags"><span class="Tag QnA-Tag-Answered" title="Answered">Answered ✓</span></div>${vnReacts(vnQ)}</div></div></div></div></div>
<div class="DataBox DataBox-AcceptedAnswers"><span><h2 class="CommentHeading">Answers</h2></span><ul class="MessageList DataList AcceptedAnswers">
${vnComment(vnComments[0]!)}</ul></div>
<div class="CommentsWrap"><span class="BeforeCommentHeading"></span><div class="DataBox DataBox-Comments"><h2 class="CommentHeading">Comments</h2>
<ul class="MessageList DataList Comments">${vnComments.map(vnComment).join('\n')}</ul></div>
<div class="Foot Closed"><div class="Note Closed SignInOrRegister">
<a href="/entry/signin" class="Popup">Sign In</a> or <a href="/entry/register">Register</a> to comment.</div></div></div>
</main><aside class="Panel Panel-main"><div class="BoxButtons BoxNewDiscussion">
<a href="/post/question/bank-feeds" class="Button Primary Action NewDiscussion">Ask a Question</a></div>
<div class="Box GuestBox"><h4>${vnGuest[0]}</h4><p>${vnGuest[1]}</p><div class="P"><a href="/entry/signin" class="Button Primary SignInPopup">Sign In</a>
<a href="/entry/register" class="Button ApplyButton">Register</a></div></div>
<div class="Box BoxInThisDiscussion"><h4 aria-level="2" role="heading">In this Discussion</h4><ul class="PanelInfo PanelInThisDiscussion">
${[vnComments[0]!, vnComments[2]!, vnQ]
  .map(
    (p) => `<li><a class="PhotoWrap PhotoWrapSmall" href="/profile/${p.user}">
<img src="/uploads/userpics/${p.id}.png" alt="${p.user}" class="ProfilePhoto ProfilePhotoSmall">
</a> <a href="/profile/${p.user}" class="Username">${p.user}</a> <span class="Aside"><span class="LastCommentDate"><time title="${p.full}">${p.date}</time>
</span></span></li>`,
  )
  .join('\n')}
</ul></div><div class="Box BoxCategories"><h4 aria-level="2" role="heading">Categories</h4><ul class="PanelInfo PanelCategories">
${vnCats
  .map(
    ([c, n]) => `<li class="ClearFix"><a href="/categories/${c!.length}" class="ItemLink"><span class="Aside"><span class="Count">${n}</span>
</span> ${c!.replace('&', '&amp;')}</a></li>`,
  )
  .join('\n')}
</ul></div><div class="Box Tags"><h4>Popular Tags</h4><ul class="TagCloud">${links(vnTags, 'TagCloud-Item')}</ul></div></aside></div></div></div></div></div>
<footer class="Footer"><div class="Container"><ul class="footer-links">${links(vnFoot)}</ul><div class="Vanilla-PoweredBy">
<a href="https://vanillaforums.com" title="Community Software by Vanilla Forums">Powered by Vanilla</a></div></div></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner">
<div role="alertdialog" aria-describedby="onetrust-policy-text">
<div id="onetrust-policy"><div id="onetrust-policy-text">${vnCookie} <a class="ot-cookie-policy-link" href="https://ledgerline.example/cookies"
aria-label="More information about your privacy">Cookie Policy</a></div></div>
<div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div>
<script src="https://community.ledgerline.example/dist/v2/forum/runtime.min.js?h=88e1d0" defer></script></body></html>`;
export const vanillaDiscussion: TestPage = {
  html: vnHtml,
  name: 'heldout69-vanilla-forums-discussion',
  kind: 'forum',
  // the question and every comment are body, the accepted answer's steps too (it is drawn twice, in "Answers" and in
  // "Comments": the same body either way); usernames and post dates are bylines, the "In this Discussion" panel's names and
  // dates too; role titles, post counts, "Answer ✓", "Answered ✓", the category link, reaction buttons and counts, "Answers" and
  // "Comments" heads, the sign-in note, the panel (ask button, guest box, categories with counts, popular tags), nav, footer
  // and OneTrust banner are furniture; "Sign In" is words of the answer's second step: left out
  title: vnTitle,
  headings: [],
  body: [...vn1, ...vn2a, ...texts(vn2Steps), ...vn2b, ...vn3, ...vn4],
  bylines: ['ellie_fraser', 'RaviD_Ledgerline', 'mkowalczyk', 'October 2', 'October 3', 'October 9'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ledgerline Community', ...vnNav, 'Search', 'Register', '9', '2', '5', 'Home', 'Member', 'Community Manager', 'Posts: 6', 'Posts: 1,203', 'Posts: 31',
    'Answer ✓',
    'Answered ✓', 'Bank Feeds', 'Flag', 'Like', 'Helpful', 'Quote', 'Answers', 'Comments', 'to comment.', 'Ask a Question', ...vnGuest, 'In this Discussion',
    'Categories',
    ...vnCats.flat(), 'Popular Tags', ...vnTags, ...vnFoot, 'Powered by Vanilla', vnCookie,
    'Cookie Policy', 'Cookie Settings', 'Reject All', 'Accept All Cookies',
  ],
};
