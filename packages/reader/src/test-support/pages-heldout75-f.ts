import { links, ps, type TestPage, texts } from './page-kit.js';
import { instructablesProject } from './pages-heldout75-f2.js';

/**
 * Held-out batch 75, file f: a Seasoned Advice (Stack Exchange cooking site) question with two answers (the s-topbar with
 * search, "Log in" and "Sign up", the left sidebar with the Teams promo, the question header with "Ask Question", "Asked /
 * Modified / Viewed", vote cells with hidden button labels, tags, the post menu, the "edited" and "asked"/"answered" user
 * cards with reputation and hidden badge counts, comments with scores, "Add a comment", the answers header with its sort
 * select, the accepted-answer mark, "Your Answer" with the guest sign-up form, the "Not the answer you're looking for?"
 * notice, the right sidebar with "The Overflow Blog", "Featured on Meta", "Related" and "Hot Network Questions", the footer
 * and the cookie consent banner), and an Instructables project (file f2).
 */
interface SeUser {
  name: string;
  rep: string;
  badges: string[];
}
const seTitle = 'Why does my bread crust go soft a few hours after baking?';
const seQ = [
  'I bake a basic white sourdough loaf most weekends (75% hydration, baked in a Dutch oven at 250°C for 20 minutes with the lid on and ' +
    'about 25 minutes with it off). It comes out with a lovely crackly crust, but by the evening the crust is soft and a bit leathery.',
  'I let it cool on a wire rack and then keep it in a plastic bag overnight. Is the bag the problem, or is there something I can change ' +
    'in the baking so the crust stays crisp for longer?',
];
const seQc = [
  'How long do you leave it on the rack before it goes in the bag? If it’s still warm inside, that steam has to go somewhere.',
  '@NilsFaro about two hours, so it’s mostly cool but probably not completely.',
];
const seA1 = [
  'The crust goes soft because moisture from the crumb migrates outwards as the loaf sits. A fresh loaf has a very dry crust and a very ' +
    'moist inside, and the water slowly evens out between them. That happens whatever you do; the bag just traps the moisture so the ' +
    'crust absorbs it faster.',
  'A few things slow it down:',
];
const seA1List = [
  '<strong>Bake a little longer.</strong> Another 5 to 10 minutes with the lid off, until the crust is a deep brown, drives more water ' +
    'out of the outer layer of the crumb.',
  'Leave the loaf in the switched-off oven with the door ajar for 10 minutes at the end.',
  'Cool it completely, at least three or four hours for a large loaf, before storing it.',
  'Store it cut side down on a board, or in a paper or cloth bag, rather than in plastic.',
];
const seA1b = [
  'You’ll trade some softness for a crust that stays crisp through the day. If it has gone soft anyway, five minutes in a hot oven brings it back.',
];
const seA1c = ['Baking it longer made a huge difference, thanks. I’d been pulling it out as soon as it looked golden.'];
const seA2 = [
  'To add to the other answer: a crackly crust on a high-hydration loaf is always going to be short-lived. Bakeries deal with it by ' +
    'baking twice a day, not by finding a storage trick.',
  'If you want a crust that holds up for a day or two, a lower hydration dough (around 65%) with a thicker crust will last much better ' +
    'than a very open, wet dough.',
];
const tw: SeUser = { name: 'Tomasz Wren', rep: '1,204', badges: ['3 silver badges', '12 bronze badges'] };
const pd: SeUser = { name: 'Priyanka Dhar', rep: '38.7k', badges: ['6 gold badges', '71 silver badges', '140 bronze badges'] };
const ob: SeUser = { name: 'Ollie Brandt', rep: '5,412', badges: ['1 gold badge', '19 silver badges', '44 bronze badges'] };
const ka: SeUser = { name: 'Kerstin Albright', rep: '22.1k', badges: ['4 gold badges', '45 silver badges', '98 bronze badges'] };
const seTags = ['bread', 'sourdough', 'crust', 'storage-method'];
const seNav = ['Home', 'Questions', 'Tags', 'Users', 'Unanswered'];
const seTeams = ['Teams', 'Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Try Teams for free', 'Explore Teams'];
const seMenu = ['Share', 'Improve this question', 'Follow'];
const seSort = ['Sorted by:', 'Reset to default', 'Highest score (default)', 'Date modified (newest first)', 'Date created (oldest first)'];
const seGuest = [
  'Your Answer',
  'Sign up or log in',
  'Sign up using Google',
  'Sign up using Email and Password',
  'Post as a guest',
  'Required, but never shown',
  'Post Your Answer',
  'Discard',
  'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.',
];
const seBlog = ['The Overflow Blog', 'How a small team rebuilt its search in a weekend', 'Featured on Meta', 'Community feedback on the new comment design'];
const seRelated = [
  'Related',
  'How do I keep the crust of my bread crispy?',
  'Bread goes stale overnight – how should I store it?',
  'Why is my sourdough crust too thick?',
];
const seHot = ['Hot Network Questions', 'Why do trains in the Alps still use rack railways?', 'Can a hash function have a fixed point?', 'more hot questions'];
const seFoot = [
  'Seasoned Advice',
  'Tour',
  'Help',
  'Chat',
  'Contact',
  'Feedback',
  'Company',
  'Stack Overflow',
  'Advertising',
  'Talent',
  'About',
  'Press',
  'Legal',
];
const seFoot2 = ['Privacy Policy', 'Terms of Service', 'Cookie Settings', 'Cookie Policy', 'Stack Exchange Network', 'Blog', 'Facebook', 'Twitter', 'LinkedIn'];
const seLicence = 'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2025.5.12.27641';
const seCookie = [
  'Your privacy',
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance ' +
    'with our Cookie Policy.',
  'Accept all cookies',
  'Necessary cookies only',
  'Customize settings',
];
const seVote = (
  n: string,
  q: boolean,
): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4
fc-black-300"><button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Up vote"><svg class="svg-icon iconArrowUp"
width="18" height="18"></svg></button><div class="js-vote-count flex--item d-flex fd-column ai-center fw-bold fs-subheading py4" itemprop="upvoteCount"
data-value="${n}">${n}</div><button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-label="Down vote"><svg class="svg-icon iconArrowDown"
width="18" height="18"></svg></button>${
  q ? '' : '<div class="js-accepted-answer-indicator flex--item fc-green-700 py6" role="note" aria-label="Accepted"></div>'
}
</div></div>`;
const seSig = (verb: string, when: string, u: SeUser, owner = true): string => `<div class="post-signature${owner ? ' owner' : ''} flex--item">
<div class="user-info user-hover"><div class="user-action-time">${verb} <span title="${when}" class="relativetime">${when}</span></div>
<div class="user-gravatar32"><a href="/users/1/${u.name.toLowerCase().replace(' ', '-')}"><img src="https://i.sstatic.net/avatar.png"
alt="${u.name}'s user avatar"
width="32" height="32"></a></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/1">${u.name}</a>
<div class="-flair"><span class="reputation-score" title="reputation score" dir="ltr">${u.rep}</span>${u.badges
  .map(
    (b) => `<span title="${b}" aria-hidden="true"><span class="badge"></span><span class="badgecount">${b.split(' ')[0]}</span></span>
<span class="v-visible-sr">${b}</span>`,
  )
  .join('')}</div></div></div></div>`;
const seComments = (items: readonly [string, string, string, string][]): string => `<div class="comments js-comments-container bt bc-black-075 mt12">
<ul class="comments-list js-comments-list">${items
  .map(
    ([score, text, user, when]) => `<li class="comment js-comment" data-comment-score="${score}"><div class="js-comment-actions comment-actions">
<div class="comment-score js-comment-score">${
      score === '0'
        ? ''
        : `<span title="number of 'useful comment' votes received"
class="cool">${score}</span>`
    }</div></div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${text}</span>
<div class="d-inline-flex ai-center">– <a href="/users/2" class="comment-user">${user}</a></div>
<span class="comment-date" dir="ltr"><span class="relativetime-clean">${when}</span></span></div></div></li>`,
  )
  .join('\n')}</ul></div><div><a class="js-add-link comments-link" href="#" role="button">Add a comment</a></div>`;
const sePost = (kind: string, id: string, votes: string, body: string, sigs: string, comments: string): string => `<div class="${kind}" id="${id}">
<div class="post-layout">${seVote(votes, kind === 'question')}<div class="postcell post-layout--right"><div class="s-prose js-post-body"
itemprop="text">${body}</div>
${
  kind === 'question'
    ? `<div class="mt24 mb12"><div class="post-taglist"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${seTags
        .map((t) => `<li class="d-inline mr4"><a href="/questions/tagged/${t}" class="post-tag" rel="tag">${t}</a></li>`)
        .join('')}</ul></div></div>`
    : ''
}
<div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2"><div
class="d-flex gs8 s-anchors
s-anchors__muted fw-wrap"><div class="flex--item"><a href="/q/1" class="js-share-link">Share</a></div><div class="flex--item"><a
href="/posts/1/edit">Improve this
${kind}</a></div><div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post">Follow</button></div></div></div></div>${sigs}</div>
</div><div class="post-layout--right js-post-comments-component">${comments}</div></div></div>`;
const seHtml = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive"><head><title>baking - Why does my bread crust go soft a few hours after baking? -
Seasoned Advice</title><meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
<meta property="og:type" content="website"><meta property="og:site_name" content="Seasoned Advice"><link rel="canonical"
href="https://cooking.stackexchange.com/questions/120344/why-does-my-bread-crust-go-soft">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Shared/stacks.css?v=0d6ad8b0e2b2"><script
src="https://cdn.sstatic.net/Js/stub.en.js?v=e8a2f1c3b8de"></script>
<script>StackExchange.init({"locale":"en","serverTime":1747060000,"routeName":"Questions/Show","site":{"name":"Seasoned Advice","id":49}});</script></head>
<body class="question-page unified-theme"><div id="notify-container"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle"
role="menuitem"
aria-label="Menu"><span></span></a><a class="s-topbar--logo" href="https://cooking.stackexchange.com"><span class="-img _glyph">Seasoned Advice</span></a>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar"><input name="q" type="text" placeholder="Search on Seasoned Advice…"
aria-label="Search" class="s-input s-input__search js-search-field"></form>
<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar"><li><a href="/users/login"
class="s-topbar--item s-btn s-btn__filled"
rel="nofollow">Log in</a></li><li><a href="/users/signup" class="s-topbar--item s-btn s-btn__primary" rel="nofollow">Sign up</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar ps-relative"><nav class="left-sidebar--sticky-container"
role="navigation"
aria-label="Primary"><ol class="nav-links">${links(seNav, 'ps-relative')}</ol><div class="left-sidebar--teams"><div class="fs-fine">${seTeams[0]}</div>
<p class="fs-caption">${seTeams[1]}</p><a href="https://stackoverflow.co/teams/" class="s-btn s-btn__filled">${seTeams[2]}</a>
<a href="https://stackoverflow.co/teams/" class="s-link">${seTeams[3]}</a></div></nav></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a
href="/questions/120344/why-does-my-bread-crust-go-soft" class="question-hyperlink">${seTitle}</a></h1><div class="ml12 aside-cta flex--item"><a
href="/questions/ask"
class="ws-nowrap s-btn s-btn__primary">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8" title="2022-03-03 14:05:19Z"><span
class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2022-03-03T14:05:19">3 years, 2 months ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span
class="fc-black-400 mr2">
Modified</span> <a href="?lastactivity" class="s-link s-link__inherit">1 year, 4 months ago</a></div><div class="flex--item ws-nowrap mb8"
title="Viewed 12,408 times">
<span class="fc-black-400 mr2">Viewed</span> 12k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers">
${sePost(
  'question',
  'question',
  '23',
  ps(seQ),
  `${seSig('edited', 'Mar 4, 2022 at 9:00', ka, false)}${seSig('asked', 'Mar 3, 2022 at 14:05', tw)}`,
  seComments([
    ['2', seQc[0]!, 'Nils Faro', 'Mar 3, 2022 at 15:20'],
    ['0', seQc[1]!, 'Tomasz Wren', 'Mar 3, 2022 at 16:02'],
  ]),
)}
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0"
data-answercount="2">2 Answers <span style="display:none;" itemprop="answerCount">2</span></h2></div><div class="flex--item"><div
class="d-flex fd-column lh-sm">
<label class="flex--item fs-caption" for="answer-sort">${seSort[0]}</label><a class="js-sort-preference-change s-link flex--item fs-fine d-none"
href="#">${seSort[1]}</a>
</div><div class="flex--item s-select"><select id="answer-sort">${seSort
  .slice(2)
  .map((o) => `<option>${o}</option>`)
  .join('\n')}</select></div></div></div></div>
${sePost(
  'answer js-answer accepted-answer',
  'answer-120346',
  '31',
  `${ps(seA1)}<ul>${seA1List.map((t) => `<li>${t}</li>`).join('\n')}</ul>${ps(seA1b)}`,
  `${seSig('edited', 'Mar 5, 2022 at 8:12', pd, false)}${seSig('answered', 'Mar 3, 2022 at 17:41', pd)}`,
  seComments([['1', seA1c[0]!, 'Tomasz Wren', 'Mar 6, 2022 at 10:30']]),
)}
${sePost('answer js-answer', 'answer-120351', '9', ps(seA2), seSig('answered', 'Mar 4, 2022 at 8:55', ob), seComments([]))}
<form id="post-form" class="js-add-answer-component" action="/questions/120344/answer/submit" method="post"><h2 class="space">${seGuest[0]}</h2>
<div class="js-wz-element"><div class="wmd-container"><textarea id="wmd-input" name="post-text"
class="wmd-input s-input bar0 js-post-body-field"></textarea></div></div>
<div class="form-item new-login-left"><h2>${seGuest[1]}</h2><a class="s-btn s-btn__icon s-btn__google">${seGuest[2]}</a><a class="s-btn">${seGuest[3]}</a></div>
<div class="form-item new-login-right"><h2>${seGuest[4]}</h2><label for="display-name" class="s-label">Name</label><input id="display-name" type="text">
<label for="m-address" class="s-label">Email</label><p class="s-description">${seGuest[5]}</p><input id="m-address" type="email"></div>
<div class="form-submit"><button id="submit-button" class="s-btn s-btn__primary" type="submit">${seGuest[6]}</button><button
class="s-btn s-btn__danger">${seGuest[7]}</button></div>
<div class="js-general-error d-none"></div><p class="ps-relative fc-black-500">${seGuest[8]}</p></form>
<h2 class="bottom-notice" data-loc="1">Not the answer you're looking for? Browse other questions tagged ${seTags
  .map((t) => `<a href="/questions/tagged/${t}" class="post-tag" rel="tag">${t}</a>`)
  .join(' ')} or <a href="/questions/ask">ask your own question</a>.</h2></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow"
aria-label="The Overflow Blog">
<ul class="d-block p0 m0"><li class="s-sidebarwidget--header">${seBlog[0]}</li><li><a href="https://stackoverflow.blog/2025/05/08/">${seBlog[1]}</a></li>
<li class="s-sidebarwidget--header">${seBlog[2]}</li><li><a href="https://cooking.meta.stackexchange.com/q/4211">${seBlog[3]}</a></li></ul></div>
<div class="module sidebar-related"><h4 id="h-related">${seRelated[0]}</h4><div class="related js-gps-related-questions">${seRelated
  .slice(1)
  .map(
    (t, i) => `<div class="spacer"><a href="/q/${i}"><div class="answer-votes answered-accepted">${[14, 6, 3][i]}</div></a><a href="/questions/${i}"
class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot"
class="s-link s-link__inherit">${seHot[0]}</a></h4>
<ul>${links(seHot.slice(1, 3))}</ul><a href="#" class="show-more js-show-more">${seHot[3]}</a></div></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav"><ul>${links(seFoot)}</ul>
<ul>${links(seFoot2)}</ul></nav><p class="md:mb0">${seLicence}</p></div></footer>
<div class="js-consent-banner" role="dialog" aria-labelledby="cookie-title"><h2 id="cookie-title">${seCookie[0]}</h2><p>${seCookie[1]}</p>
<button class="s-btn s-btn__primary js-accept-cookies">${seCookie[2]}</button><button class="s-btn s-btn__filled js-reject-cookies">${seCookie[3]}</button>
<button class="s-btn s-btn__link js-cookie-settings">${seCookie[4]}</button></div></body></html>`;
const seasonedAdvice: TestPage = {
  html: seHtml,
  name: 'heldout75-stackexchange-cooking-qa',
  kind: 'forum',
  // the question, both answers (the accepted one's list too) and all three comments are body; user names, "asked", "answered"
  // and "edited" times (with their verbs) and comment times are bylines; "Asked", "Modified" and "Viewed" lines, vote counts,
  // hidden badge texts, reputation, tags, post menus, comment scores, "Add a comment", the answers header and sort, the guest
  // answer form, the bottom notice, sidebars, footer and cookie banner are furniture
  title: seTitle,
  headings: [],
  body: texts([...seQ, ...seQc, ...seA1, ...seA1List, ...seA1b, ...seA1c, ...seA2]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Tomasz Wren', 'Kerstin Albright', 'Priyanka Dhar', 'Ollie Brandt', 'Nils Faro', 'edited Mar 4, 2022 at 9:00', 'asked Mar 3, 2022 at 14:05',
    'Mar 3, 2022 at 15:20', 'Mar 3, 2022 at 16:02', 'edited Mar 5, 2022 at 8:12', 'answered Mar 3, 2022 at 17:41', 'Mar 6, 2022 at 10:30',
    'answered Mar 4, 2022 at 8:55',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log in', 'Sign up', ...seNav, ...seTeams, 'Ask Question', 'Asked', '3 years, 2 months ago', 'Modified', '1 year, 4 months ago', 'Viewed', '12k times',
    '23', '31', '9', ...seTags, ...seMenu, 'Improve this answer', ...[tw, pd, ob, ka].flatMap((u) => [u.rep, ...u.badges]), '2', '1', 'Add a comment',
    '2 Answers', ...seSort, ...seGuest, 'Name', 'Email', "Not the answer you're looking for? Browse other questions tagged", 'ask your own question', ...seBlog,
    ...seRelated, '14', '6', '3', ...seHot, ...seFoot, ...seFoot2, seLicence, ...seCookie,
  ],
};

export const HELDOUT75_F: readonly TestPage[] = [seasonedAdvice, instructablesProject];
