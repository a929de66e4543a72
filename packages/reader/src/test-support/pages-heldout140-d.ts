import { links, type TestPage, texts } from './page-kit.js';
import { smfTopic } from './pages-heldout140-d2.js';

/**
 * Held-out batch 140, file d: a Vanilla Forums (keystone theme) question discussion with the Q&A addon, as a guest
 * saves it: the React title bar (logo, Discussions / Categories / Knowledge Base, search, "Sign In" / "Register"),
 * breadcrumbs, the h1 in PageTitle, the author wrap with role and rank, the meta line with date, category and the
 * "Answered ✓" tag, reaction bars, the "Best Answers" box with its "✓ Answer" label, the comments with a rich-editor quote
 * embed (name and date inside it), the "Sign In or Register to comment." note, the panel (Ask a Question, Categories
 * with counts, In this Discussion) and the footer; and, from file d2, a Simple Machines Forum topic.
 */
const vaTitle = 'Boiler short-cycling since installing the thermostat';
type Va = { id: number; user: string; role: string; rank: string; date: string; paras: string[]; quote?: boolean };
const vaQuestion: Va = {
  id: 0,
  user: 'ruthbanks',
  role: 'Member',
  rank: 'Newcomer',
  date: 'November 2',
  paras: [
    'I fitted an Oakline T3 last weekend in place of an old dial thermostat. Since then the boiler fires for about a minute, switches off ' +
      'for two or three minutes, then fires again, all evening. The house does get warm, but it is noisy and I am worried about wear on ' +
      'the boiler.',
    'The boiler is a combi, about eight years old. I used the wiring diagram from the app and the thermostat shows as online. Is there a ' +
      'setting I have missed?',
  ],
};
const vaAnswer: Va = {
  id: 91822,
  user: 'Dev_Okafor',
  role: 'Moderator',
  rank: 'Heating Expert',
  date: 'November 2',
  paras: [
    'Short-cycling after swapping a dial thermostat is nearly always the cycle rate setting. The T3 ships set for underfloor heating, ' +
      'which uses very short cycles, because that suits slow systems. A combi boiler feeding radiators wants a much slower rate.',
    'In the app, open the thermostat, then Settings, Heating system, and change the system type from “Underfloor” to “Radiators (gas)”. ' +
      'That changes the cycle rate from 12 to 6 cycles an hour. If it is still too busy after a day, you can lower it to 3 under Advanced.',
    'It is also worth checking that the boiler’s own flow temperature is not turned all the way up, since that makes it reach its target ' +
      'quickly and cut out.',
  ],
};
const vaComments: Va[] = [
  {
    id: 91840,
    user: 'ruthbanks',
    role: 'Member',
    rank: 'Newcomer',
    date: 'November 3',
    quote: true,
    paras: [
      'That was it, it was set to underfloor. Changed to radiators and it has been running in long steady bursts all morning. I also turned the ' +
        'flow temperature down a notch as you suggested. Thank you!',
    ],
  },
  {
    id: 91866,
    user: 'g_haverford',
    role: 'Member',
    rank: 'Regular',
    date: 'November 4',
    paras: [
      'Same thing happened to me with the T3 last year. It would be good if the setup wizard asked about the heating type, because the default ' +
        'is wrong for most houses with radiators.',
    ],
  },
  {
    id: 91871,
    user: 'Dev_Okafor',
    role: 'Moderator',
    rank: 'Heating Expert',
    date: 'November 4',
    paras: [
      'Agreed, and you are not the first to say so. I have passed this thread to the product team. The next firmware update is due to add a ' +
        'question about the heating system during setup, and existing thermostats set to underfloor will get a one-time prompt to confirm it.',
    ],
  },
];
const vaQuoted = 'The T3 ships set for underfloor heating, which uses very short cycles, because that suits slow systems.';
const vaNav = ['Discussions', 'Categories', 'Knowledge Base', 'Oakline Store'];
const vaCats = ['All Categories', 'Getting Started', 'Installation Help', 'App & Account', 'Product Ideas'];
const vaCounts = ['3.4K', '412', '1.1K', '907', '388'];
const vaFoot = ['Privacy Policy', 'Terms of Use', 'Community Guidelines', 'Contact Support', 'Cookie Preferences'];
const vaReactions = (
  counts: readonly string[],
): string => `<div class="Reactions"><a class="ReactButton ReactButton-Like" href="/react/discussion/like" title="Like"
rel="nofollow" role="button"><span class="ReactSprite ReactLike"></span> <span class="ReactLabel">Like</span>${
  counts[0]
    ? ` <span
class="Count">${counts[0]}</span>`
    : ''
}</a>
<a class="ReactButton ReactButton-Insightful" title="Insightful" rel="nofollow" role="button"><span class="ReactSprite ReactInsightful"></span> <span
class="ReactLabel">Insightful</span>${counts[1] ? ` <span class="Count">${counts[1]}</span>` : ''}</a><a class="ReactButton Quote" title="Quote" rel="nofollow"
role="button"><span class="ReactSprite ReactQuote"></span> <span class="ReactLabel">Quote</span></a><a class="ReactButton ReactButton-Flag" title="Flag"
rel="nofollow"
role="button"><span class="ReactSprite ReactFlag"></span> <span class="ReactLabel">Flag</span></a></div>`;
const vaAuthor = (c: Va): string => `<div class="AuthorWrap"><span class="Author"><a title="${c.user}" href="/profile/${c.user}" class="PhotoWrap"><img
src="https://us.v-cdn.example/images/defaulticon.png" alt="${c.user}" class="ProfilePhoto ProfilePhotoMedium" data-fallback="avatar" loading="lazy"></a>
<a href="/profile/${c.user}" class="Username js-userCard" data-userid="${c.user.length}">${c.user}</a></span><span class="AuthorInfo"><span class="MItem
RoleTitle">${c.role}
</span> <span class="MItem Rank">${c.rank}</span></span></div>`;
const vaComment = (
  c: Va,
  accepted: boolean,
  counts: readonly string[],
): string => `<li class="Item ItemComment Role_${c.role}${accepted ? ' QnA-Item-Accepted' : ''}"
id="Comment_${c.id}"><div class="Comment"><div class="Options"></div><div class="Item-Header CommentHeader">${vaAuthor(c)}<div class="Meta CommentMeta
CommentInfo">
<span class="MItem DateCreated"><a href="/discussion/comment/${c.id}/#Comment_${c.id}" class="Permalink" name="Item_${c.id}" rel="nofollow"><time
title="${c.date}, 2025 9:02PM" datetime="2025-11-02T21:02:44+00:00">${c.date}</time></a></span>${
  accepted ? '<span class="MItem -QnA-Item-Accepted-Label QnA-Box-Accepted"><span class="Tag QnA-Tag QnA-Tag-Accepted">✓ Answer</span></span>' : ''
}</div></div><div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">${
  c.quote
    ? `<div class="embedExternal embedQuote"><div class="embedExternal-content"><article class="embedText-body embedQuote"><div class="embedText-main">
<div class="embedText-header"><a href="/profile/Dev_Okafor" class="embedQuote-userLink"><span class="embedQuote-userName">Dev_Okafor</span></a><a
href="/discussion/comment/91822" class="embedText-dateLink"><time class="embedText-date" datetime="2025-11-02T20:51:10+00:00">November 2, 2025
8:51PM</time></a></div>
<div class="embedQuote-content embedText-content userContent"><p>${vaQuoted}</p></div></div></article></div></div>`
    : ''
}${c.paras.map((p) => `<p>${p}</p>`).join('\n')}</div>${vaReactions(counts)}</div></div></div></li>`;
const vaHtml = `<!DOCTYPE html>
<html lang="en" class="isLoaded"><head><title>${vaTitle} — Oakline Community</title><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"><link rel="canonical"
href="https://community.oakline.example/discussion/5510/boiler">
<meta property="og:site_name" content="Oakline Community"><meta name="twitter:title" property="og:title" content="${vaTitle}">
<meta name="description" property="og:description" content="I fitted an Oakline T3 last weekend in place of an old dial thermostat.">
<meta property="og:url" content="https://community.oakline.example/discussion/5510/boiler-short-cycling-since-installing-the-thermostat">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${vaTitle}","answerCount":3,
"dateCreated":"2025-11-02T20:15:31+00:00","author":{"@type":"Person","name":"ruthbanks"},"acceptedAnswer":{"@type":"Answer","author":{"@type":"Person",
"name":"Dev_Okafor"}}}}</script>
<link rel="stylesheet" href="https://community.oakline.example/dist/v2/forum/entries/index.min.css?h=6a2bd8">
<script>gdn=window.gdn||{};gdn.meta={"DiscussionID":5510};</script>
<script src="https://community.oakline.example/dist/v2/forum/entries/forum.min.js?h=6a2bd8" defer></script></head>
<body id="vanilla_discussion_index" class="Vanilla Discussion isDesktop index Section-Discussion Section-Category-installation-help hasReactTitleBar">
<div id="page" class="Frame"><div class="Frame-top"><div class="Frame-header"><div id="titleBar" data-react="titleBar"><header class="titleBar"><div
class="titleBar-bgContainer"></div><div class="titleBar-container container"><div class="titleBar-bar"><a href="#MainContent" class="skipToContent">Skip to
content</a>
<a class="titleBar-logoContainer" href="/"><span class="sr-only">Oakline Community</span><img class="titleBar-logo" src="https://us.v-cdn.example/logo.png"
alt="Oakline"></a>
<nav class="titleBar-nav"><ul class="headerNavigation">${links(vaNav, 'headerNavigation-item')}</ul></nav><div class="titleBar-rightFlexBasis"><form
role="search"
class="compactSearch"><button class="searchBar-submitButton" type="submit" aria-label="Search"><span class="sr-only">Search</span></button></form><a
class="titleBar-guestButton titleBar-button" href="/entry/signin">Sign In</a><a class="titleBar-guestButton titleBar-button isPrimary"
href="/entry/register">Register</a>
</div></div></div></header></div></div></div>
<div class="Frame-body"><div class="Frame-content"><div class="Container"><div class="Frame-contentWrap"><div class="Frame-details"><div class="Frame-row">
<nav class="BreadcrumbsBox" aria-label="Breadcrumb"><span class="Breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList"><span class="CrumbLabel
CrumbLabel-HomeCrumb
HomeCrumb"><a href="/" itemprop="item"><span itemprop="name">Home</span></a></span> <span class="Crumb">›</span> <span class="CrumbLabel
Category-installation-help Last">
<a href="/categories/installation-help" itemprop="item"><span itemprop="name">Installation Help</span></a></span></span></nav>
<main class="Content MainContent" id="MainContent"><div class="MessageList Discussion"><div class="PageTitle"><div
class="Options"></div><h1>${vaTitle}</h1></div>
<div id="Item_0" class="Item ItemDiscussion Role_Member pageBox"><div class="Discussion"><div class="Item-Header DiscussionHeader">${vaAuthor(vaQuestion)}
<div class="Meta DiscussionMeta"><span class="MItem DateCreated"><a href="/discussion/5510/boiler" class="Permalink" rel="nofollow"><time title="November 2,
2025 8:15PM"
datetime="2025-11-02T20:15:31+00:00">${vaQuestion.date}</time></a></span> <span class="MItem Category">in <a href="/categories/installation-help">Installation
Help</a></span>
<span class="MItem MItem-Resolved"><span class="Tag QnA-Tag QnA-Tag-Answered">Answered ✓</span></span></div></div><div class="Item-BodyWrap"><div
class="Item-Body">
<div class="Message userContent">${vaQuestion.paras.map((p) => `<p>${p}</p>`).join('\n')}</div>${vaReactions(['2', ''])}</div></div></div></div></div>
<div class="CommentsWrap"><div class="DataBox DataBox-AcceptedAnswers"><h2 class="CommentHeading">Best Answers</h2><ul class="MessageList DataList
AcceptedAnswers pageBox">
${vaComment(vaAnswer, true, ['9', '4'])}</ul></div>
<div class="DataBox DataBox-Comments"><h2 class="CommentHeading">Answers</h2><ul class="MessageList DataList Comments pageBox">
${vaComments.map((c, i) => vaComment(c, false, i === 0 ? ['1', ''] : i === 1 ? ['3', ''] : ['6', '2'])).join('\n')}</ul></div><div class="P PagerWrap"><div
class="Pager PagerLinkCount-1"
aria-label="Pagination - Comments"></div></div></div>
<div class="Foot Closed"><div class="Note Closed SignInOrRegister"><a href="/entry/signin" class="Popup">Sign In</a> or <a href="/entry/register">Register</a>
to comment.</div>
</div></main>
<aside class="Panel Panel-main"><div class="BoxButtons BoxNewDiscussion"><a href="/post/question" class="Button Primary Action NewDiscussion">Ask a
Question</a></div>
<div class="Box BoxCategories"><h4 aria-level="2">Categories</h4><ul class="PanelInfo PanelCategories">${vaCats
  .map(
    (t, i) =>
      `<li class="ClearFix"><a href="/categories/${i}" class="ItemLink"><span class="Aside"><span class="Count">${vaCounts[i]}</span></span>
${t.replace('&', '&amp;')}</a></li>`,
  )
  .join('\n')}</ul></div>
<div class="Box BoxInThisDiscussion"><h4 aria-level="2">In this Discussion</h4><ul class="PanelInfo">${['ruthbanks', 'Dev_Okafor', 'g_haverford']
  .map(
    (u) => `<li><a class="PhotoWrap PhotoWrapSmall" href="/profile/${u}"><img src="https://us.v-cdn.example/d.png" alt="${u}" class="ProfilePhotoSmall"></a>
<a class="UserLink BlockTitle" href="/profile/${u}">${u}</a></li>`,
  )
  .join('\n')}</ul></div></aside></div></div></div></div></div></div>
<div class="Frame-footer"><footer class="Footer"><div class="Container"><ul class="Footer-links">${links(vaFoot)}</ul><p class="Footer-copy">© 2025 Oakline
Heating Ltd.</p>
<div class="vanillaByline"><a href="https://vanillaforums.example">Powered by Vanilla</a></div></div></footer></div></div>
<div id="modals"></div><script>gdn.meta.ui={"siteTitle":"Oakline Community"};</script></body></html>`;
const vanilla: TestPage = {
  html: vaHtml,
  name: 'heldout140-vanilla-qna-discussion',
  kind: 'forum',
  // the question, the accepted answer and the comments are body; the quote embed (with its name and date) is in neither
  // list; user names and dates are bylines; roles, ranks, "Answered ✓", "✓ Answer", reactions and counts are furniture
  title: vaTitle,
  headings: [],
  body: texts([...vaQuestion.paras, ...vaAnswer.paras, ...vaComments.flatMap((c) => c.paras)]),
  bylines: ['ruthbanks', 'Dev_Okafor', 'g_haverford', 'November 2', 'November 3', 'November 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Oakline Community', ...vaNav, 'Search', 'Sign In', 'Register', 'Home', 'Member', 'Newcomer', 'Moderator',
    'Heating Expert', 'Regular', 'Answered ✓', 'Like', 'Insightful', 'Quote', 'Flag', 'Best Answers', '✓ Answer', 'Answers',
'Sign In or Register to comment.',
    'Ask a Question', ...vaCats, ...vaCounts, 'In this Discussion', ...vaFoot, '© 2025 Oakline Heating Ltd.', 'Powered by Vanilla',
  ],
};

export const HELDOUT140_D: readonly TestPage[] = [vanilla, smfTopic];
