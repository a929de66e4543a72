import { links, type TestPage, texts } from './page-kit.js';
import { invisionTopic } from './pages-heldout62-b2.js';

/**
 * Held-out batch 62, file b: a Vanilla Forums (Higher Logic Vanilla) Q&A discussion on a brand community, a Foundation-style
 * React title bar over the legacy discussion template (breadcrumbs, "Answered" tag, page title with options, the question
 * with author, role title and date, reactions, the "Best Answer" box that repeats the accepted comment, the comment list with
 * "Accepted Answer" marks, signatures, the guest comment prompt, the "Howdy, Stranger!" panel, categories with counts, "In
 * this Discussion", gdn.meta script and the footer).
 */
const vfTitle = 'Power readings dropped about 20 watts after trainer firmware 5.1';
const vfQ = [
  'Since my trainer updated to firmware 5.1 on Saturday, every ride in Cadence shows my power about 20 watts lower than before ' +
    'for the same effort. My heart rate and perceived effort are exactly where they were, so I doubt I got weaker over a weekend.',
  'I compared a 20-minute steady block from last week with one from yesterday: 231 watts average before the update, 209 after, ' +
    'with heart rate within two beats. Same bike, same tyre pressure, same fan setup as always.',
  'Is this a known issue with the new firmware, or do I need to recalibrate something?',
];
const vfC1 = [
  'I noticed the same drop on my direct-drive trainer, closer to 15 watts in my case. Did you do a spindown after the update? ' +
    'Mine asked for one, but I skipped it for the first week.',
];
const vfC2 = [
  'Thanks for the detailed numbers, they help a lot. Firmware 5.1 resets the stored calibration on some trainer models, and until ' +
    'a new spindown is done the trainer falls back to a factory value that reads low for most riders.',
  'Please try this:',
];
const vfC2List = [
  'Ride for ten minutes to warm the trainer up first, since a cold unit gives a different result.',
  'Open Settings, then Devices, select your trainer and tap Calibrate.',
  'Follow the prompts to reach 35 km/h, then stop pedalling until the flywheel stops.',
];
const vfC2b = ['If your numbers are still off after a fresh spindown, reply here with your trainer model and serial number and we will look into it.'];
const vfC3 = [
  'That was it. I warmed up, did the spindown, and tonight the same 20 minutes came out at 228 watts at the same heart rate. ' +
    'Marking your answer as accepted.',
  'It would be nice if the app warned you after a firmware update that the calibration was reset, though. I only noticed because ' +
    'I keep a spreadsheet of my efforts.',
];
const vfC4 = ["Agreed, and you're not the first to say so. A reminder after firmware updates is planned for the next app release."];
const vfNav = ['Home', 'Categories', 'Discussions', 'Events', 'Help Center'];
const vfCats: [string, string][] = [
  ['Getting Started', '412'],
  ['Trainers &amp; Power', '1.2K'],
  ['Training Plans', '803'],
  ['Feature Requests', '2.1K'],
  ['Announcements', '57'],
];
const vfFoot = ['Cadence Labs', 'Privacy Policy', 'Terms of Service', 'Community Guidelines', 'Cookie Settings'];
const vfReact = `<div class="Reactions"><span class="Flag ToggleFlyout"><a href="#" class="FlagReactButton" title="Flag" rel="nofollow"
 role="button"><span class="ReactSprite ReactFlag"></span> <span class="ReactLabel">Flag</span></a></span>
<a href="#" title="Like" class="ReactButton ReactButton-Like" rel="nofollow" role="button"><span class="ReactSprite reactions-like"></span>
<span class="ReactLabel">Like</span></a>
<a href="#" title="Insightful" class="ReactButton ReactButton-Insightful" rel="nofollow" role="button"><span class="ReactLabel">Insightful</span></a>
<a href="#" title="Awesome" class="ReactButton ReactButton-Awesome" rel="nofollow" role="button"><span class="ReactLabel">Awesome</span></a></div>`;

type VfItem = { id: string; user: string; role: string; date: string; iso: string; body: string; cls?: string; extra?: string; sig?: string };
const vfItem = (c: VfItem): string => `<li class="Item ItemComment ${c.cls ?? ''}" id="Comment_${c.id}"><div class="Comment">
<div class="Options"><span class="ToggleFlyout OptionsMenu"><span class="OptionsTitle" title="Options">Options</span>
<span class="SpFlyoutHandle"></span></span></div>
<div class="Item-Header CommentHeader"><div class="AuthorWrap"><span class="Author"><a title="${c.user}" href="/profile/${c.user}" class="PhotoWrap js-userCard"
 aria-label="User: &quot;${c.user}&quot;" data-userid="${c.id.slice(0, 3)}"><img src="https://us.v-cdn.net/6038122/uploads/userpics/n${c.id}.png"
 alt="${c.user}"
 class="ProfilePhoto ProfilePhotoMedium"></a><a href="/profile/${c.user}" class="Username js-userCard" data-userid="${c.id.slice(0, 3)}">${c.user}</a></span>
<span class="AuthorInfo"><span class="MItem RoleTitle">${c.role}</span></span></div>
<div class="Meta CommentMeta CommentInfo"><span class="MItem DateCreated"><a href="/discussion/comment/${c.id}/#Comment_${c.id}" class="Permalink"
 name="Item_${c.id}" rel="nofollow"><time title="${c.iso}" datetime="${c.iso}">${c.date}</time></a></span>${c.extra ?? ''}</div></div>
<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">
${c.body}
</div>${c.sig ?? ''}${vfReact}</div></div></div></li>`;
const p = (paras: readonly string[]): string => paras.map((t) => `<p>${t}</p>`).join('\n');
const accepted = `<div class="DiscussionInfo"><span class="QnA-Box QnA-Accepted"><span class="Tag QnA-Tag-Accepted">Accepted Answer</span></span></div>`;
const staffSig = `<div class="Signature UserSignature userContent"><p>Cadence Support Team · Help Center: help.cadence.example</p></div>`;
const answer: VfItem = {
  id: '33918',
  user: 'CadenceSupport_Ana',
  role: 'Cadence Staff',
  date: 'March 13',
  iso: '2025-03-13T09:20:44+00:00',
  body: `${p(vfC2)}\n<ol>\n${vfC2List.map((t) => `<li>${t}</li>`).join('\n')}\n</ol>\n${p(vfC2b)}`,
  cls: 'Role_Staff QnA-Item-Accepted',
  extra: `<span class="MItem"><a href="#" class="Hijack QnA-Accepted">Answer ✓</a></span>`,
  sig: staffSig,
};

const vfHtml = `<!DOCTYPE html>
<html lang="en" class="js"><head><meta charset="utf-8"><title>${vfTitle} — Cadence Community</title>
<meta property="og:type" content="article"><meta property="og:title" content="${vfTitle}">
<link rel="canonical" href="https://community.cadence.example/discussion/4821/power-readings-dropped-about-20-watts-after-trainer-firmware-5-1">
<link rel="stylesheet" href="https://community.cadence.example/dist/v2/layouts/chunks/addons/dashboard/vanilla.css?h=9d1c7e">
<script>gdn=window.gdn||{};gdn.meta={"DiscussionID":4821,"Category":"Trainers & Power","CategoryID":7,"LastCommentID":33940,"TransportError":"A fatal
 error occurred while processing the request.","Signedin":false,"ui":{"siteName":"Cadence Community","orgName":"Cadence Labs"}};</script>
</head>
<body id="vanilla_discussion_index" class="Vanilla Discussion isDesktop index  Section-Discussion Section-Category-trainers-power">
<div id="page" class="Frame"><div class="Frame-top"><div class="Frame-header"><div id="titleBar" data-react="title-bar-hamburger">
<header class="titleBar titleBar-isSticky" data-testid="titleBar"><div class="titleBar-bar"><div class="container"><div class="titleBar-inner">
<a href="/" class="titleBar-logoLink" aria-label="Vanilla"><img src="https://us.v-cdn.net/6038122/uploads/logo-cadence.svg" alt="Cadence Community"></a>
<nav class="titleBar-nav"><ul class="titleBarNav-items">${links(vfNav, 'titleBarNav-item')}</ul></nav>
<div class="titleBar-extraMeBoxIcons"><button type="button" class="searchBar-button" title="Search">Search</button>
<a href="/entry/signin?Target=discussion%2F4821" class="titleBar-button">Sign In</a><a href="/entry/register" class="titleBar-button
 titleBar-buttonRegister">Register</a>
</div></div></div></div></header></div></div></div>
<div class="Frame-body"><div class="Frame-content"><div class="Container"><div class="Frame-contentWrap"><div class="Frame-details"><div class="Frame-row">
<main class="Content MainContent">
<div class="BreadcrumbsBox"><span class="Breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList"><span class="CrumbLabel CrumbLabel-HomeCrumb">
<a href="/" itemprop="item"><span itemprop="name">Home</span></a></span> <span class="Crumb">›</span> <span class="CrumbLabel Category-trainers-power">
<a href="/categories/trainers-power"><span itemprop="name">Trainers &amp; Power</span></a></span></span></div>
<div class="MessageList Discussion"><div id="Item_0" class="PageTitle"><div class="Options"><span class="Bookmark" title="Bookmark"><a href="#"
 class="Hijack Bookmark" rel="nofollow"><span class="Bookmark-label">Bookmark</span></a></span></div>
<h1>${vfTitle}</h1><div class="DiscussionTags"><span class="Tag QnA-Tag-Answered" title="Answered">Answered ✓</span></div></div>
<div id="Discussion_4821" class="Item ItemDiscussion noPhotoWrap pageBox"><div class="Discussion"><div class="Item-Header DiscussionHeader">
<div class="AuthorWrap"><span class="Author"><a title="velo_sanne" href="/profile/velo_sanne" class="PhotoWrap js-userCard" data-userid="918"><img
 src="https://us.v-cdn.net/6038122/uploads/userpics/n918.png" alt="velo_sanne" class="ProfilePhoto ProfilePhotoMedium"></a><a href="/profile/velo_sanne"
 class="Username js-userCard" data-userid="918">velo_sanne</a></span> <span class="AuthorInfo"><span class="MItem RoleTitle">Member</span></span></div>
<div class="Meta DiscussionMeta"><span class="MItem DateCreated"><a href="/discussion/4821/power-readings" class="Permalink" rel="nofollow"><time
 title="March 12, 2025 6:41PM" datetime="2025-03-12T18:41:07+00:00">March 12</time></a></span> <span class="MItem Category"> in <a
 href="/categories/trainers-power">Trainers &amp; Power</a></span></div></div>
<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">
${p(vfQ)}
</div>${vfReact}</div></div></div></div></div>
<div class="DataBox DataBox-AcceptedAnswers"><span class="BeforeCommentHeading"></span><h2 class="CommentHeading">Best Answer</h2>
<ul class="MessageList DataList AcceptedAnswers pageBox">
${vfItem({ ...answer, cls: `${answer.cls} ItemComment-isAccepted` })}
</ul></div>
<div class="CommentsWrap"><span class="BeforeCommentHeading"><div class="PageControls Top"><span class="Pager"></span></div></span>
<div class="DataBox DataBox-Comments"><h2 class="CommentHeading">Answers</h2><ul class="MessageList DataList Comments pageBox">
${vfItem({ id: '33911', user: 'Joost_R', role: 'Member', date: 'March 12', iso: '2025-03-12T21:02:19+00:00', body: p(vfC1) })}
${vfItem({ ...answer, extra: `${answer.extra}${accepted}` })}
${vfItem({ id: '33932', user: 'velo_sanne', role: 'Member', date: 'March 13', iso: '2025-03-13T20:47:51+00:00', body: p(vfC3), cls: 'Mine' })}
${vfItem({ ...answer, id: '33940', date: 'March 14', iso: '2025-03-14T08:05:12+00:00', body: p(vfC4), cls: 'Role_Staff', extra: '' })}
</ul></div><div class="P PagerWrap"><div class="PageControls Bottom"><span id="PagerAfter" class="Pager"><span class="Previous Pager-nav">«</span>
<a href="#" class="Highlight">1</a><span class="Next Pager-nav">»</span></span></div></div></div>
<div class="Foot Closed"><div class="Note Closed SignInOrRegister"><a href="/entry/signin" class="Popup">Sign In</a> or
 <a href="/entry/register">Register</a> to comment.</div></div></main>
<aside class="Panel Panel-main"><div class="Box GuestBox"><h4>Howdy, Stranger!</h4><p>It looks like you're new here. Sign in or register to get started.</p>
<div class="P"><a href="/entry/signin" class="Button Primary SignInPopup" rel="nofollow">Sign In</a> <a href="/entry/register" class="Button ApplyButton"
 rel="nofollow">Register</a></div></div>
<div class="Box BoxCategories"><h4>Categories</h4><ul class="PanelInfo PanelCategories">
${vfCats
  .map(
    ([c, n]) => `<li class="ClearFix Depth1"><a href="/categories/${n}" class="ItemLink"><span class="Aside"><span class="Count">${n}</span></span>
 ${c}</a></li>`,
  )
  .join('\n')}
</ul></div>
<div class="Box InThisConversation"><h4>In this Discussion</h4><ul class="PanelInfo">
${['velo_sanne', 'Joost_R', 'CadenceSupport_Ana']
  .map(
    (u) => `<li><a href="/profile/${u}" class="UserLink"><span
 class="Username">${u}</span></a></li>`,
  )
  .join('\n')}
</ul></div></aside></div></div></div></div></div></div>
<div class="Frame-footer"><footer class="vanillaFooter"><div class="container"><ul class="footer-links">${links(vfFoot)}</ul>
<p class="footer-copy">© 2025 Cadence Labs. Cadence is not affiliated with any trainer manufacturer.</p></div></footer></div></div>
<script src="https://community.cadence.example/api/v2/locales/en/translations.js?h=9d1c7e"></script>
<script src="https://community.cadence.example/dist/v2/forum/entries/forum.min.js?h=9d1c7e" defer></script>
</body></html>`;
const vanillaDiscussion: TestPage = {
  html: vfHtml,
  name: 'heldout62-vanilla-discussion',
  kind: 'forum',
  // the question and every comment are body (the staff answer with its steps as list items; its copy in the "Best Answer" box
  // repeats it: the text counted once); usernames and dates are bylines ("In this Discussion" repeats the names); role titles,
  // the staff signature, "Accepted Answer", the "Answered ✓" tag, reactions, options, "Bookmark", the
  // "Best Answer" and "Answers" headings, pager, the sign-in note, the guest box, categories with counts, breadcrumbs, title bar and
  // footer are furniture; the "in" of the category line and the pager's "1", "«" and "»" are in neither list; the accepted
  // mark "Answer ✓" is a word of the body ("Marking your answer as accepted"): left out
  title: vfTitle,
  headings: [],
  body: [...texts(vfQ), ...texts(vfC1), ...texts(vfC2), ...vfC2List, ...texts(vfC2b), ...texts(vfC3), ...texts(vfC4)],
  bylines: ['velo_sanne', 'Joost_R', 'CadenceSupport_Ana', 'March 12', 'March 13', 'March 14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vfNav, 'Search', 'Sign In', 'Register', 'Bookmark', 'Answered ✓', 'Member', 'Flag', 'Like', 'Insightful', 'Awesome', 'Best Answer',
    'Cadence Staff', 'Accepted Answer', 'Cadence Support Team · Help Center: help.cadence.example', 'Options', 'Answers', 'to comment.',
    'Howdy, Stranger!', "It looks like you're new here. Sign in or register to get started.", ...vfCats.map(([c]) => c.replace('&amp;', '&')),
    'In this Discussion', ...vfFoot, '© 2025 Cadence Labs. Cadence is not affiliated with any trainer manufacturer.',
  ],
};

export const HELDOUT62_B: readonly TestPage[] = [vanillaDiscussion, invisionTopic];
