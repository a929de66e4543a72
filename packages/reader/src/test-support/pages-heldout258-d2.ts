import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, uniq } from './pages-heldout258-kit.js';

/**
 * Held-out batch 258, file d2: a Vanilla Forums (2.x, Q&A plugin) question on a smart-home maker's support community: a
 * short question with an accepted answer and two more comments (site menu, breadcrumbs, the Panel with New Discussion,
 * categories and "In this Discussion", the h1 page title, author wraps with role titles and dates, "in Category" meta,
 * Flag / Quote reactions, the QnA accepted-answer label, "Sign In or Register to comment", the consent banner and footer).
 */
const vTitle = 'Nestwell T4 thermostat drops off Wi-Fi every night since firmware 4.2';
const vQ = [
  j(
    'Since the thermostat updated itself to firmware 4.2 last week, it disconnects from my Wi-Fi at some point every night and only',
    'comes back when I restart it from the menu. Heating still follows the schedule, but the app shows it as offline all morning.',
  ),
  'Router is a dual-band mesh system, nothing else in the house has this problem. Anyone else seeing this?',
];
const vA = [
  j(
    'Thanks for the report, we have been able to reproduce this. Firmware 4.2 changed how the T4 handles a band change when a mesh',
    'system moves it from the 5 GHz to the 2.4 GHz network overnight, and some mesh routers do exactly that during their nightly',
    'optimisation. A fix is in testing now for firmware 4.2.1.',
  ),
  'Until it is released, either of these works around it:',
  'Turn off the nightly channel or band optimisation in your mesh router app.',
  'Or create a separate 2.4 GHz-only network name and join the thermostat to that.',
  'I will post in this thread when 4.2.1 starts rolling out.',
];
const vC1 = [
  j(
    'Same problem here with a different brand of mesh router. Turning off the nightly optimisation fixed it for me, three nights in a',
    'row without a disconnect now.',
  ),
];
const vC2 = [
  j(
    'Update: firmware 4.2.1 is rolling out from today. It installs overnight, and you can check the version under Settings, then',
    'Device info. Once you have it, you can switch your router optimisation back on.',
  ),
];
type VItem = { id: string; user: string; role: string; date: string; full: string; html: string; accepted?: boolean };
const vItems: VItem[] = [
  {
    id: 'Comment_88120',
    user: 'Calla_Reyes',
    role: 'Nestwell Staff',
    date: 'March 3',
    full: 'March 3, 2026 9:41AM',
    html: `${ps(vA.slice(0, 2))}<ol>${lis(vA.slice(2, 4))}</ol>${ps(vA.slice(4))}`,
    accepted: true,
  },
  { id: 'Comment_88142', user: 'thermal_tom', role: 'Member', date: 'March 4', full: 'March 4, 2026 8:03PM', html: ps(vC1) },
  { id: 'Comment_88301', user: 'Calla_Reyes', role: 'Nestwell Staff', date: 'March 9', full: 'March 9, 2026 11:15AM', html: ps(vC2) },
];
const author = (
  user: string,
  role: string,
): string => `<div class="AuthorWrap"><span class="Author"><a title="${user}" href="/profile/${user}" class="PhotoWrap">
<img src="https://us.v-cdn.example/nestwell/userpics/${user}.png" alt="${user}" class="ProfilePhoto ProfilePhotoMedium" /></a>
<a href="/profile/${user}" class="Username">${user}</a></span><span class="AuthorInfo"><span class="MItem RoleTitle">${role}</span></span></div>`;
const reactions = `<div class="Reactions"><span class="ReactMenu"><span class="ReactButtons">
<a href="#" class="ReactButton ReactButton-Flag" title="Flag" rel="nofollow">
<span class="ReactSprite ReactFlag"></span> <span class="ReactLabel">Flag</span></a></span></span> <a href="#" class="ReactButton Quote" rel="nofollow">
<span class="ReactSprite ReactQuote"></span> <span class="ReactLabel">Quote</span></a></div>`;
const vItem = (
  c: VItem,
  i: number,
): string => `<li class="Item ItemComment Role_Member${c.accepted ? ' QnA-Item-Accepted' : ''}" id="${c.id}"><div class="Comment">
${c.accepted ? '<div class="QnA-Accepted-Label"><span class="Tag QnA-Tag-Accepted">Accepted Answer</span></div>' : ''}
<div class="Item-Header CommentHeader">${author(c.user, c.role)}<div class="Meta CommentMeta CommentInfo"><span class="MItem DateCreated"><a
href="/discussion/comment/${c.id.slice(8)}/#${c.id}" class="Permalink" name="Item_${i + 1}" rel="nofollow"><time title="${c.full}"
datetime="2026-03-03T09:41:00+00:00">${c.date}</time></a></span></div></div><div class="Item-BodyWrap"><div class="Item-Body">
<div class="Message userContent">${c.html}</div>${reactions}</div></div></div></li>`;
const vMenu = ['Discussions', 'Categories', 'Best Of', 'Sign In', 'Register'];
const vCats = ['Thermostats', 'Smart Plugs', 'Cameras', 'Product Announcements'];
const vHtml = `<!DOCTYPE html>
<html lang="en"><head><title>${vTitle} — Nestwell Community</title><meta charset="utf-8" />
<link rel="canonical" href="https://community.nestwell.example/discussion/5512/t4-drops-off-wifi-since-firmware-4-2" />
<meta property="og:site_name" content="Nestwell Community" /><meta name="twitter:card" content="summary" /><meta property="og:title" content="${vTitle}" />
<meta name="description" content="Since the thermostat updated itself to firmware 4.2 last week, it disconnects from my Wi-Fi at some point every night." />
<link rel="stylesheet" href="/dist/forum/style.min.css?v=2.8" media="all" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${vTitle}","answerCount":3,
"dateCreated":"2026-03-02T18:12:45+00:00","author":{"@type":"Person","name":"hearth_and_home"},"acceptedAnswer":{"@type":"Answer",
"dateCreated":"2026-03-03T09:41:00+00:00","author":{"@type":"Person","name":"Calla_Reyes"}}}}</script>
<script>gdn=window.gdn||{};gdn.meta={"DiscussionID":5512,"Category":"Thermostats",
"Vanilla_Comments_AutoOffset":true,"ui":{"siteName":"Nestwell Community"}};</script>
</head><body id="vanilla_discussion_index" class="Vanilla Discussion isDesktop index Section-Discussion Section-Category-thermostats">
<div id="Frame"><div class="Head" id="Head"><div class="Row"><strong class="SiteTitle"><a href="/">Nestwell Community</a></strong>
<div class="SiteSearch"><form method="get" action="/search"><input type="text" id="Form_Search" name="Search" value="" placeholder="Search" class="InputBox" />
<input type="submit" id="Form_Go" class="Button" value="Go" /></form></div><ul class="SiteMenu">${links(vMenu)}</ul></div></div>
<div id="Body"><div class="Row"><div class="BreadcrumbsWrapper"><span class="Breadcrumbs" itemscope itemtype="http://data-vocabulary.org/Breadcrumb">
<span class="CrumbLabel HomeCrumb"><a href="/" itemprop="url"><span itemprop="title">Home</span></a></span> <span class="Crumb">›</span>
<span class="CrumbLabel Category-thermostats Last"><a href="/categories/thermostats" itemprop="url"><span itemprop="title">Thermostats</span></a></span>
</span></div>
<div class="Column PanelColumn" id="Panel"><div class="BoxButtons BoxNewDiscussion">
<a href="/post/discussion/thermostats" class="Button Primary Action NewDiscussion">
Ask a Question</a></div><div class="Box BoxCategories"><h4 aria-level="2">Categories</h4>
<ul class="PanelInfo PanelCategories">${links(vCats, 'ClearFix')}</ul></div>
<div class="Box InThisConversation"><h4>In this Discussion</h4><ul class="PanelInfo">${links(['hearth_and_home', 'Calla_Reyes', 'thermal_tom'])}</ul></div>
</div>
<div class="Column ContentColumn" id="Content"><div class="MessageList Discussion"><div class="PageTitle"><div class="Options"></div><h1>${vTitle}</h1></div>
<div id="Item_0" class="Item ItemDiscussion"><div class="Discussion"><div class="Item-Header DiscussionHeader">${author('hearth_and_home', 'Member')}
<div class="Meta DiscussionMeta"><span class="MItem DateCreated"><a href="/discussion/5512/" class="Permalink" rel="nofollow"><time title="March 2, 2026 6:12PM"
datetime="2026-03-02T18:12:45+00:00">March 2</time></a></span> <span class="MItem Category">in <a href="/categories/thermostats">Thermostats</a></span>
<span class="MItem QnA-Tag-Answered"><span class="Tag">Answered ✓</span></span></div></div><div class="Item-BodyWrap"><div class="Item-Body">
<div class="Message userContent">${ps(vQ)}</div>${reactions}</div></div></div></div></div>
<div class="CommentsWrap"><div class="DataBox DataBox-Comments"><h2 class="CommentHeading">Comments</h2><ul class="MessageList DataList Comments">
${vItems.map(vItem).join('\n')}
</ul></div><div class="P PagerWrap"><div class="Pager PagerLinkCount-1"><span class="Previous Pager-nav">«</span><a href="#" class="Highlight">1</a>
<span class="Next Pager-nav">»</span></div></div><div class="Foot Closed"><div class="Note Closed SignInOrRegister">
<a href="/entry/signin" class="Popup">Sign In</a> or
<a href="/entry/register">Register</a> to comment.</div></div></div></div></div></div>
<div id="Foot"><div class="Row"><a href="https://vanillaforums.example" class="PoweredByVanilla"
title="Community Software by Vanilla Forums">Powered by Vanilla</a>
<ul class="FootLinks"><li><a href="/page/terms">Terms of Use</a></li><li><a href="/page/privacy">Privacy</a></li><li>
<a href="https://www.nestwell.example">Nestwell.example</a>
</li></ul></div></div></div>
<div id="consent-banner" class="ConsentBanner" role="dialog">
<p>Nestwell uses cookies to run this community and, with your permission, to measure how it is used.</p>
<button class="Button Primary">Allow all</button> <button class="Button">Only necessary</button></div>
<script src="/js/library/jquery.js?v=2.8"></script><script>gdn.definition = function(k){return gdn.meta[k];};</script></body></html>`;
export const vanilla: TestPage = {
  name: 'heldout258-vanilla-forum',
  kind: 'forum',
  html: vHtml,
  title: vTitle,
  headings: [],
  body: texts([...vQ, ...vA, ...vC1, ...vC2]),
  bylines: ['hearth_and_home', 'Calla_Reyes', 'thermal_tom', 'March 2', 'March 3', 'March 4', 'March 9'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Nestwell Community', ...vMenu, 'Home', 'Ask a Question', ...vCats, 'In this Discussion', 'Member', 'Nestwell Staff', 'Answered ✓', 'Comments',
    'Accepted Answer', 'Flag', 'Quote', 'Sign In or Register to comment.', 'Powered by Vanilla', 'Terms of Use', 'Privacy', 'Nestwell.example',
    'Nestwell uses cookies to run this community and, with your permission, to measure how it is used.', 'Allow all', 'Only necessary',
  ]),
};
