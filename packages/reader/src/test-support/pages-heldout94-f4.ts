import { links } from './page-kit.js';

/**
 * Held-out batch 94, file f4: Stack Overflow markup for the question page of file f2 (vote cells, post bodies, tags, post
 * menus, user cards, comments and "Add a comment"; the top bar, left sidebar, right sidebar with the blog, meta, related and
 * hot-network widgets, the RSS dialog, the footer and the consent banner), with their furniture texts.
 */
export interface SoComment {
  text: string;
  user: string;
  date: string;
  score: string;
}
export interface SoPost {
  id: number;
  score: string;
  html: string;
  tags?: string[];
  action: string;
  time: string;
  user: string;
  rep: string;
  badges: string[];
  edited?: { time: string; user: string };
  comments: SoComment[];
  verb: string;
  accepted?: boolean;
}
const badgeNames = ['gold', 'silver', 'bronze'];
const badges = (b: readonly string[]): string =>
  b
    .map((n, i) => {
      const kind = badgeNames[i + 3 - b.length];
      return `<span title="${n} ${kind} badges" aria-hidden="true"><span class="badge${i + 4 - b.length}"></span><span class="badgecount">${n}</span></span>
<span class="v-visible-sr">${n} ${kind} badges</span>`;
    })
    .join('');
const userCard = (
  action: string,
  time: string,
  user: string,
  rep: string,
  b: readonly string[],
  owner: boolean,
): string => `<div class="post-signature${owner ? ' owner' : ''}
flex--item"><div class="user-info user-hover"><div class="user-action-time">${action} <span title="2024-03-03 09:12:44Z"
class="relativetime">${time}</span></div>
<div class="user-gravatar32"><a href="/users/${user.length}/${user}"><div class="gravatar-wrapper-32"><img
src="https://i.sstatic.example/${user.length}.png" alt="${user}'s user avatar"
width="32" height="32" class="bar-sm"></div></a></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a
href="/users/${user.length}/${user}">${user}</a>
<div class="-flair"><span class="reputation-score" title="reputation score" dir="ltr">${rep}</span>${badges(b)}</div></div></div></div>`;
const comment = (c: SoComment, i: number, postId: number): string => `<li id="comment-${postId + i}" class="comment js-comment" data-comment-id="${postId + i}"
data-comment-score="${c.score || 0}"><div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score js-comment-edit-hide">${
  c.score ? `<span title="number of 'useful comment' votes received" class="cool">${c.score}</span>` : ''
}</div></div><div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${c.text}</span>
<div class="d-inline-flex ai-center">– <a href="/users/${c.user.length}" class="comment-user">${c.user}</a></div> <span class="comment-date" dir="ltr"><a
class="comment-link"
href="#comment${postId + i}"><span title="License: CC BY-SA 4.0" class="relativetime-clean">${c.date}</span></a></span></div></div></li>`;
const svgBtn = (cls: string, label: string): string =>
  `<button class="${cls} flex--item s-btn s-btn__muted s-btn__outlined bar-pill s-btn__icon" aria-pressed="false" aria-label="${label}"><svg aria-hidden="true"
class="svg-icon" width="18" height="18" viewBox="0 0 18 18"><path d="M1 12h16L9 4z"></path></svg></button>`;
export const soPostBody = (
  p: SoPost,
): string => `<div class="post-layout"><div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column
ai-center gs4 fc-black-300" data-post-id="${p.id}">${svgBtn('js-vote-up-btn', 'Up vote')}<div
class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font
fw-bold fs-subheading py4" itemprop="upvoteCount" data-value="${p.score}">${p.score}</div>${svgBtn('js-vote-down-btn', 'Down vote')}
<button class="js-saves-btn s-btn s-btn__unset c-pointer py4" type="button" aria-label="Save this ${p.verb}."><svg aria-hidden="true"
class="fc-black-500 svg-icon iconBookmark"
width="18" height="18" viewBox="0 0 18 18"><path d="M3 17V3c0-1.1.9-2 2-2h8a2 2 0 0 1 2 2v14l-6-4z"></path></svg></button>${
  p.accepted
    ? `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" title="Loading when this answer was accepted…" tabindex="0" role="note"
aria-label="Accepted">
<div class="ta-center"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg" width="36" height="36" viewBox="0 0 36 36"><path
d="m6 14 8 8L30 6v8L14 30l-8-8v-8z"></path></svg></div></div>`
    : ''
}<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/${p.id}/timeline" aria-label="Timeline"><svg aria-hidden="true"
class="mln2 mr0 svg-icon
iconHistory" width="19" height="18" viewBox="0 0 19 18"></svg></a></div></div>
<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${p.html}
</div>${
  p.tags
    ? `<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul
class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">
${p.tags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag"
rel="tag">${t}</a></li>`,
  )
  .join('')}</ul></div></div></div>`
    : ''
}<div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2"
data-post-id="${p.id}">
<div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/a/${p.id}" rel="nofollow"
class="js-share-link js-gps-track">Share</a></div>
<div class="flex--item"><a href="/posts/${p.id}/edit" class="js-suggest-edit-post js-gps-track">Improve this ${p.verb}</a></div><div
class="flex--item"><button type="button"
class="s-btn s-btn__link js-follow-post js-gps-track">Follow</button></div></div></div></div>${
  p.edited ? userCard('edited', p.edited.time, p.edited.user, '9,870', ['3', '21', '48'], false) : ''
}${userCard(p.action, p.time, p.user, p.rep, p.badges, true)}</div></div></div>
<span class="d-none" itemprop="commentCount">${p.comments.length}</span><div class="post-layout--right js-post-comments-component"><div
id="comments-${p.id}" class="comments
js-comments-container bt bc-black-200 mt12" data-post-id="${p.id}"><ul class="comments-list js-comments-list" data-canpost="false">
${p.comments.map((c, i) => comment(c, i, p.id)).join('\n')}</ul></div><div id="comments-link-${p.id}" data-rep="50" data-anon="true"><a
class="js-add-link comments-link
disabled-link" title="Use comments to ask for more information or suggest improvements. Avoid answering questions in comments." href="#" role="button">Add a
comment</a></div></div></div>`;
export const soAnswer = (
  p: SoPost,
): string => `<a name="${p.id}"></a><div id="answer-${p.id}" class="answer js-answer${p.accepted ? ' accepted-answer js-accepted-answer' : ''}"
data-answerid="${p.id}" data-parentid="78093311" data-score="${p.score}" itemprop="${p.accepted ? 'acceptedAnswer' : 'suggestedAnswer'}" itemscope
itemtype="https://schema.org/Answer">${soPostBody(p)}</div>`;
const soTop = ['Skip to main content', 'Stack Overflow', 'About', 'Products', 'For Teams', 'Log in', 'Sign up'];
const soLeft = ['Home', 'Questions', 'Tags', 'Challenges', 'Chat', 'Articles', 'Users', 'Companies', 'Collectives'];
const soLeftTeams = [
  'Communities for your favorite technologies. Explore all Collectives',
  'Teams',
  'Ask questions, find answers and collaborate at work with Stack Overflow for Teams.',
  'Try Teams for free',
  'Explore Teams',
];
const soBlog = ['The Overflow Blog', 'What we learned from a year of answering questions with a search bar', 'How small teams keep their docs honest'];
const soMeta = ['Featured on Meta', 'Results of the autumn moderator election', 'Updates to the review queue badge thresholds'];
const soRelated = [
  ['Related', ''],
  ['1203', 'How to group by a column and keep rows with missing values'],
  ['87', 'Why does value_counts not show NaN?'],
  ['45', 'pandas pivot_table drops rows when index contains None'],
];
const soHot = [
  'Hot Network Questions',
  'Why do some recipes use both baking soda and baking powder?',
  'Is it rude to decline a colleague’s code review request?',
  'How do I stop a cast iron pan from rusting between uses?',
  'more hot questions',
];
const soRss = ['Question feed', 'Subscribe to RSS', 'To subscribe to this RSS feed, copy and paste this URL into your RSS reader.'];
// biome-ignore format: the texts are packed several to a line to keep the file short
const soForm = [
  'Reminder: Answers generated by artificial intelligence tools are not allowed on Stack Overflow. Learn more', 'Your Answer',
  'Thanks for contributing an answer to Stack Overflow!', 'Please be sure to answer the question. Provide details and share your research!',
  'But avoid …', 'Asking for help, clarification, or responding to other answers.',
  'Making statements based on opinion; back them up with references or personal experience.',
  'To learn more, see our tips on writing great answers.', 'Sign up or log in', 'Sign up using Google', 'Sign up using Email and Password',
  'Post as a guest', 'Name', 'Email', 'Required, but never shown', 'Post Your Answer', 'Discard',
  'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.',
  'Start asking to get answers', 'Find the answer to your question by asking.', 'Ask question', 'Explore related questions',
  'See similar questions with these tags.',
];
// biome-ignore format: the texts are packed several to a line to keep the file short
const soFoot = [
  'Questions', 'Help', 'Chat', 'Products', 'Teams', 'Advertising', 'Talent', 'Company', 'About', 'Press', 'Work Here', 'Legal', 'Privacy Policy',
  'Terms of Service', 'Contact Us', 'Cookie Settings', 'Cookie Policy', 'Stack Exchange Network', 'Technology', 'Culture & recreation',
  'Life & arts', 'Science', 'Professional', 'Business', 'API', 'Data', 'Blog', 'Facebook', 'Twitter', 'LinkedIn', 'Instagram',
];
const soCopy = 'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA . rev 2025.10.14.35012';
const soConsent = [
  'Your privacy',
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance ' +
    'with our Cookie Policy.',
  'Accept all cookies',
  'Necessary cookies only',
  'Customize settings',
];
export const soFurniture = (posts: readonly SoPost[]): string[] => [
  ...soTop,
  ...soLeft,
  ...soLeftTeams,
  ...posts.flatMap((p) => [p.score, ...(p.tags ?? []), `Improve this ${p.verb}`, p.rep, ...p.badges]),
  ...posts.flatMap((p) => p.comments.map((c) => c.score)).filter((s) => s !== ''),
  'Share',
  'Follow',
  'Add a comment',
  '9,870',
  ...soBlog,
  ...soMeta,
  ...soRelated.flat().filter((s) => s !== ''),
  ...soHot,
  ...soRss,
  ...soForm,
  ...soFoot,
  soCopy,
  ...soConsent,
];
export const soChrome = (title: string, main: string): string => `<!DOCTYPE html>
<html class="html__responsive" lang="en"><head><title>python - ${title} - Stack Overflow</title>
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content="website">
<meta property="og:site_name" content="Stack Overflow"><meta name="twitter:title" property="og:title" itemprop="name" content="${title}">
<link rel="canonical" href="https://stackoverflow.com/questions/78093311/pandas-groupby-silently-drops-rows-where-the-key-is-nan">
<script src="https://ajax.googleapis.example/ajax/libs/jquery/3.7.1/jquery.min.js"></script><script defer
src="https://cdn.sstatic.example/Js/stub.en.js?v=5f1c"></script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Shared/stacks.css?v=4a1f"><link rel="stylesheet"
href="https://cdn.sstatic.example/Sites/stackoverflow/primary.css?v=9b2e">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question",
"name":"${title}","answerCount":3,"upvoteCount":27,"dateCreated":"2024-03-03T09:12:44","author":{"@type":"Person","name":"harriet_q"},
"acceptedAnswer":{"@type":"Answer","upvoteCount":41,"author":{"@type":"Person","name":"Lindqvist"}}}}</script>
<script>StackExchange.init({"locale":"en","serverTime":1760432000,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.com",
"networkMetaHostname":"meta.stackexchange.com"});</script>
</head><body class="question-page unified-theme"><div id="notify-container"></div><div id="custom-header"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#content" class="s-topbar--skip-link">${soTop[0]}</a>
<div class="s-topbar--menu-btn"><a href="#" role="menuitem" aria-label="Site menu" aria-haspopup="true" aria-controls="left-sidebar"
class="left-sidebar-toggle js-left-sidebar-toggle">
<span></span></a></div><a class="s-topbar--logo js-gps-track" href="https://stackoverflow.com"><span class="-img _glyph">${soTop[1]}</span></a>
<ol class="s-navigation" role="presentation">${soTop
  .slice(2, 5)
  .map((t) => `<li><a href="#" class="s-navigation--item js-gps-track">${t}</a></li>`)
  .join('')}</ol><form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off"><div
class="s-topbar--searchbar--input-group">
<input name="q" type="text" role="combobox" placeholder="Search…" value="" autocomplete="off" maxlength="240"
class="s-input s-input__search js-search-field" aria-label="Search">
</div></form><nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar"><li role="none"><a
href="https://stackoverflow.com/users/login"
class="s-topbar--item s-btn s-btn__outlined ws-nowrap js-gps-track" rel="nofollow">${soTop[5]}</a></li><li role="none"><a
href="https://stackoverflow.com/users/signup"
class="s-topbar--item s-btn s-btn__filled ws-nowrap js-gps-track" rel="nofollow">${soTop[6]}</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div
class="left-sidebar--sticky-container js-sticky-leftnav">
<nav role="navigation"><ol class="nav-links">${soLeft
  .map(
    (t) => `<li class="${t === 'Questions' ? 'youarehere' : 'ps-relative'}"><a href="/${t.toLowerCase()}" class="pl8 js-gps-track nav-links--link"><div
class="d-flex ai-center">
<div class="flex--item truncate">${t}</div></div></a></li>`,
  )
  .join('\n')}</ol><p class="fs-caption">Communities for your favorite technologies. <a href="/collectives-all">Explore all Collectives</a></p>
<div class="nav-links--header">${soLeftTeams[1]}</div><p class="fs-caption">${soLeftTeams[2]}</p><a href="https://stackoverflow.co/teams/"
class="s-btn s-btn__primary">${soLeftTeams[3]}</a>
<a href="https://stackoverflow.co/teams/" class="s-link">${soLeftTeams[4]}</a></nav></div></div>
<div id="content" class="snippet-hidden"><div class="inner-content clearfix">${main}
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div
class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16"><ul class="d-block p0 m0">
<li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex">${soBlog[0]}</li>${soBlog
  .slice(1)
  .map(
    (t) =>
      `<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item wmn0 ow-break-word"><a href="https://stackoverflow.blog/x"
class="js-gps-track">${t}</a></div></li>`,
  )
  .join('')}
<li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex">${soMeta[0]}</li>${soMeta
  .slice(1)
  .map(
    (t) =>
      `<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item wmn0 ow-break-word"><a href="https://meta.stackexchange.com/q/1"
class="js-gps-track">${t}</a></div></li>`,
  )
  .join('')}</ul></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions">${soRelated
  .slice(1)
  .map(
    (r) =>
      `<div class="spacer"><a href="/q/${r[0]}"><div class="answer-votes answered-accepted">${r[0]}</div></a><a href="/questions/${r[0]}"
class="question-hyperlink">${r[1]}</a></div>`,
  )
  .join('\n')}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot"
class="js-gps-track s-link s-link__inherit">${soHot[0]}</a></h4>
<ul>${links(soHot.slice(1, 4))}</ul><a href="#" class="show-more js-show-more js-gps-track">${soHot[4]}</a></div>
<div id="feed-link"><a href="/feeds/question/78093311" title="Feed of this question and its answers">${soRss[0]}</a></div>
<aside class="s-modal" id="feed-modal" role="dialog" aria-hidden="true"><div class="s-modal--dialog"><h1
class="s-modal--header">${soRss[1]}</h1><p>${soRss[2]}</p>
<input class="s-input" type="text" readonly value="https://stackoverflow.com/feeds/question/78093311"></div></aside></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav"><ul
class="-list">${links(soFoot)}</ul></nav>
<div class="site-footer--copyright fs-fine md:mt24"><p class="md:mb0">${soCopy}</p></div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><h2
id="onetrust-policy-title">${soConsent[0]}</h2>
<div id="onetrust-policy-text">${soConsent[1]}</div></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">${soConsent[2]}</button>
<button id="onetrust-reject-all-handler">${soConsent[3]}</button><button id="onetrust-pc-btn-handler">${soConsent[4]}</button></div></div></div></body></html>`;
