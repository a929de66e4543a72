import { links } from './page-kit.js';

/**
 * Held-out batch 91, file d3: the chrome of the Stack Overflow question page in file d2 (the top bar with the products
 * popover, the left navigation with the Teams promo, the "Your Answer" box of a signed-out visitor, the right sidebar with
 * The Overflow Blog, Featured on Meta, Linked, Related and Hot Network Questions, the footer and the OneTrust cookie
 * banner) and its furniture texts.
 */
const products = [
  ['Stack Overflow for Teams', 'Where developers &amp; technologists share private knowledge with coworkers'],
  ['Advertising', 'Reach devs &amp; technologists worldwide about your product, service or employer brand'],
  ['Knowledge Solutions', 'Data licensing offering for businesses to build and improve AI tools and models'],
  ['Labs', 'The future of collective knowledge sharing'],
];
const leftNav = ['Home', 'Questions', 'Tags', 'Chat', 'Users', 'Companies', 'Collectives', 'Explore Collectives', 'Teams'];
const teams = ['Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Try Teams for free', 'Explore Teams'];
const answerBox = [
  'Your Answer',
  'Thanks for contributing an answer to Stack Overflow!',
  'Please be sure to answer the question. Provide details and share your research!',
  'But avoid …',
  'Asking for help, clarification, or responding to other answers.',
  'Making statements based on opinion; back them up with references or personal experience.',
  'To learn more, see our tips on writing great answers.',
  'Sign up or log in',
  'Sign up using Google',
  'Sign up using Email and Password',
  'Post as a guest',
  'Name',
  'Email',
  'Required, but never shown',
  'Post Your Answer',
  'Discard',
  'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.',
  'Start asking to get answers',
  'Find the answer to your question by asking.',
  'Ask question',
  'Explore related questions',
  'See similar questions with these tags.',
];
const blog = [
  'The Overflow Blog',
  'What a year of AI pair programming did to our code review queue',
  'Why your flaky tests are a data problem',
  'Featured on Meta',
  'Results of the 2025 moderator election',
  'Updates to the comment flagging workflow',
];
const linked = ['Linked', 'Improve INSERT-per-second performance of SQLite', 'SQLite: update rows from another table'];
const related = [
  'Related',
  'How do I UPDATE from a SELECT in SQL Server?',
  'Why is my SQLite query slow with an OR in the WHERE clause?',
  'SQLite UPDATE with JOIN',
  'Speed up a correlated subquery in SQLite',
];
const hot = [
  'Hot Network Questions',
  'Is it safe to run a dryer vent through an unheated attic?',
  'Why do some old maps show California as an island?',
  'How can I stop my sourdough starter smelling of nail polish?',
  'More hot questions',
];
const feed = ['Question feed', 'Subscribe to RSS', 'To subscribe to this RSS feed, copy and paste this URL into your RSS reader.'];
const footer = [
  'Stack Overflow',
  'Questions',
  'Help',
  'Chat',
  'Products',
  'Teams',
  'Advertising',
  'Talent',
  'Company',
  'About',
  'Press',
  'Work Here',
  'Legal',
  'Privacy Policy',
  'Terms of Service',
  'Contact Us',
  'Cookie Settings',
  'Cookie Policy',
  'Stack Exchange Network',
  'Technology',
  'Culture & recreation',
  'Life & arts',
  'Science',
  'Professional',
  'Business',
  'API',
  'Data',
  'Blog',
  'Facebook',
  'Twitter',
  'LinkedIn',
  'Instagram',
];
const legal = 'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA . rev 2025.10.14.35612';
const cookie = [
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance with our Cookie ' +
    'Policy.',
  'Accept all cookies',
  'Necessary cookies only',
  'Customize settings',
];
const sideList = (items: readonly string[]): string => `<div class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600">${items[0]}</div>
${items
  .slice(1)
  .map(
    (t) => `<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"><svg aria-hidden="true" class="va-text-top svg-icon iconPencilSm"
width="14" height="14" viewBox="0 0 14 14"><path d="m11.1 1.71 1.13 1.12c.2.2.2.51 0 .71L11.1 4.7 9.21 2.86l1.17-1.15c.2-.2.51-.2.71 0"></path></svg></div>
<div class="flex--item wmn0 ow-break-word"><a href="https://stackoverflow.blog/2025/10/0${t.length % 9}/" class="js-gps-track">${t}</a></div></li>`,
  )
  .join('\n')}`;
const qList = (items: readonly string[], id: string): string => `<div class="module sidebar-${id}"><h4 id="h-${id}">${items[0]}</h4><div class="${id}">
${items
  .slice(1)
  .map(
    (t, i) => `<div class="spacer js-gps-track"><a href="/q/${7000000 + i * 131}" title="Question score (highest is best)"><div class="answer-votes
answered-accepted">${(i + 3) * 7}</div></a><a href="/questions/${7000000 + i * 131}/${id}" class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}</div></div>`;
export const soHeader = `<header class="s-topbar ps-fixed t0 l0 js-top-bar"><a href="#content" class="s-topbar--skip-link">Skip to main content</a>
<div class="s-topbar--container"><a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-haspopup="true" aria-controls="left-sidebar"
aria-expanded="false"><span></span></a><a class="s-topbar--logo js-gps-track" href="https://stackoverflow.com"><span class="-img _glyph">Stack Overflow</span>
</a>
<ol class="s-navigation" role="presentation"><li class="md:d-none"><a href="https://stackoverflow.co/" class="s-navigation--item js-gps-track">About</a></li>
<li><a href="#" class="s-navigation--item js-gps-track js-products-menu" aria-controls="products-popover">Products</a></li><li class="md:d-none"><a
href="https://stackoverflow.co/internal/" class="s-navigation--item js-gps-track">For Teams</a></li></ol><div class="s-popover ws2 mtn2 p0"
id="products-popover"
role="menu" aria-hidden="true"><div class="s-popover--arrow"></div><ol class="list-reset s-anchors s-anchors__inherit">${products
  .map(
    ([t, d]) => `<li class="m6"><a href="https://stackoverflow.co/teams/" class="bar-sm p6 d-block h:bg-black-150 js-gps-track"><span class="fs-body1
d-block">${t}</span>
<span class="fs-caption d-block fc-black-400">${d}</span></a></li>`,
  )
  .join('')}</ol></div><form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off"><div
class="s-topbar--searchbar--input-group"><input name="q" type="text" role="combobox" placeholder="Search…" value="" aria-label="Search"
aria-controls="top-search"
class="s-input s-input__search h100 js-search-field" maxlength="240"></div></form><nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content"
role="menubar"><li role="none"><a href="https://stackoverflow.com/users/login?ssrc=head" class="s-topbar--item s-btn s-btn__filled ws-nowrap js-gps-track"
role="menuitem" rel="nofollow">Log in</a></li><li role="none"><a href="https://stackoverflow.com/users/signup?ssrc=head" class="s-topbar--item ml4 s-btn
s-btn__primary ws-nowrap" role="menuitem" rel="nofollow">Sign up</a></li></ol></nav></div></header>`;
export const soLeft = `<div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div
class="left-sidebar--sticky-container
js-sticky-leftnav"><nav role="navigation"><ol class="nav-links">${links(leftNav, 'ps-relative')}</ol><div class="ps-relative"><div class="fs-fine tt-uppercase
ml8 mt16 mb8 fc-light">Teams</div><div class="bt bb bc-black-225 p12 pb6 fc-black-600"><strong class="fc-black-750 mb6">Now available on Stack Overflow for
Teams!
</strong><p class="mb12">${teams[0]}</p><a href="https://stackoverflowteams.com/teams/create/free" class="w100 s-btn s-btn__primary s-btn__xs bg-orange-400
js-gps-track">${teams[1]}</a><a href="https://stackoverflow.co/teams/" class="w100 s-btn s-btn__muted s-btn__xs js-gps-track">${teams[2]}</a></div></div>
</nav></div></div>`;
export const soAnswerBox = `<a name="new-answer"></a><form id="post-form" action="/questions/7912345/answer/submit" method="post" class="js-add-answer-component
post-form"><h2 class="space" id="your-answer-header">${answerBox[0]}</h2><div id="post-editor" class="post-editor js-post-editor mt0"><div class="wmd-container
mb8"><textarea id="wmd-input" name="post-text" class="wmd-input s-input bar0 js-post-body-field" data-post-type-id="2" cols="92" rows="15"
aria-labelledby="your-answer-header"
disabled data-min-length></textarea></div></div><div class="js-answer-help" style="display: none"><p>${answerBox[1]}</p><ul><li>${answerBox[2]}</li></ul><p>
${answerBox[3]}</p><ul><li>${answerBox[4]}</li><li>${answerBox[5]}</li></ul><p>${answerBox[6]}</p></div><div class="js-login-and-post"><h2 class="fs-body3
fw-normal lh-xs mb8">${answerBox[7]}</h2><div class="d-flex gsy fd-column"><button class="flex--item s-btn s-btn__icon s-btn__google">${answerBox[8]}</button>
<button class="flex--item s-btn s-btn__icon s-btn__filled">${answerBox[9]}</button></div><h2 class="fs-body3 fw-normal mt24">${answerBox[10]}</h2><div
class="d-flex fd-column gs4"><label class="s-label" for="display-name">${answerBox[11]}</label><input id="display-name" type="text" class="s-input">
<label class="s-label" for="m-address">${answerBox[12]}</label><p class="s-description">${answerBox[13]}</p><input id="m-address" type="email"
class="s-input"></div></div><div class="form-submit cbt d-flex gsx gs4"><button id="submit-button" class="flex--item s-btn s-btn__filled s-btn__icon
ws-nowrap" type="submit">${answerBox[14]}</button><button class="flex--item s-btn s-btn__danger discard-answer dno">${answerBox[15]}</button></div>
<div class="js-general-error text-left"></div><p class="s-description mt12">${answerBox[16]}</p></form><h2 class="bottom-notice fs-body2" data-loc="1">
<span>${answerBox[17]}</span>. ${answerBox[18]} <a href="/questions/ask">${answerBox[19]}</a></h2><h2 class="bottom-notice fs-body2">${answerBox[20]}</h2>
<p class="fs-body1">${answerBox[21]}</p>`;
export const soSidebar = `<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow
s-anchors s-anchors__grayscale mb16" data-tracker="cb=1"><ul class="d-block p0 m0">${sideList(blog.slice(0, 3))}${sideList(blog.slice(3))}</ul></div>
<div id="dfp-tsb" class="everyonelovesstackoverflow everyoneloves__top-sidebar"></div>${qList(linked, 'linked')}${qList(related, 'related')}
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot" class="js-gps-track s-link
s-link__inherit">${hot[0]}</a></h4><ul>${links(hot.slice(1, 4))}</ul><a href="#" class="show-more js-show-more js-gps-track">${hot[4]}</a></div>
<div id="feed-link"><div id="feed-link-text"><a href="/feeds/question/7912345" title="feed of this question and its answers"><svg aria-hidden="true"
class="fc-orange-400 svg-icon iconRss" width="18" height="18" viewBox="0 0 18 18"><path d="M3 1a2 2 0 0 0-2 2v12c0 1.1.9 2 2 2h12a2 2 0 0 0 2-2V3a2 2 0 0
0-2-2z">
</path></svg>${feed[0]}</a></div></div><div class="s-modal" id="feed-modal" aria-hidden="true"><div class="s-modal--dialog"><h1
class="s-modal--header">${feed[1]}</h1>
<p class="s-modal--body">${feed[2]}</p></div></div></div>`;
export const soFooter = `<footer id="footer" class="site-footer js-footer theme-dark__forced" role="contentinfo"><div class="site-footer--container">
<div class="site-footer--logo"><a href="https://stackoverflow.com"><svg aria-hidden="true" class="native svg-icon iconLogoGlyphMd" width="32" height="37"
viewBox="0 0 32 37"><path d="M26 33v-9h4v13H0V24h4v9z" fill="#BCBBBB"></path></svg></a></div><nav class="site-footer--nav"><ul class="-list">${links(footer)}
</ul></nav><div class="site-footer--copyright fs-fine md:mt24" itemscope itemtype="http://schema.org/Organization"><p class="md:mb0">${legal}</p></div></div>
</footer>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat" tabindex="0"
role="region"
aria-label="Cookie banner"><div role="dialog" aria-label="Privacy"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container"
class="ot-sdk-eight ot-sdk-columns"><div class="banner_logo"></div><div id="onetrust-policy"><div id="onetrust-policy-text">${cookie[0]!.replace(
  'Cookie Policy',
  '<a href="https://stackoverflow.com/legal/cookie-policy">Cookie Policy</a>',
)}</div></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button
id="onetrust-accept-btn-handler">
${cookie[1]}</button><button id="onetrust-reject-all-handler">${cookie[2]}</button><button id="onetrust-pc-btn-handler"
class="cookie-setting-link">${cookie[3]}</button>
</div></div></div></div></div></div></div>`;
const plainAmp = (t: string): string => t.replace(/&amp;/g, '&');
/** Furniture texts of the chrome above. */
export const soChromeFurniture: readonly string[] = [
  'Skip to main content',
  'Stack Overflow',
  'About',
  'Products',
  'For Teams',
  ...products.flat().map(plainAmp),
  'Log in',
  'Sign up',
  ...leftNav,
  'Now available on Stack Overflow for Teams!',
  ...teams,
  ...answerBox,
  ...blog,
  ...linked,
  ...related,
  ...hot,
  ...feed,
  ...footer,
  legal,
  ...cookie,
];
