import { type TestPage, texts } from './page-kit.js';
import {
  type SePost,
  seAnswer,
  seAnswersHeader,
  seCookie,
  seCookieTexts,
  sePost,
  sePostTexts,
  seYourAnswer,
  seYourAnswerTexts,
} from './pages-heldout119-se.js';

/**
 * Held-out batch 119, file f3: an Ask Ubuntu question with two answers as a signed-out visitor saves it (the Stack Exchange
 * top bar with the site switcher dialog, the dismissable "Anybody can ask a question" hero for anonymous visitors, the left
 * sidebar, the question header, the shared Stack Exchange post layout from file se with comments and the accepted mark, "Your
 * Answer" for guests, the "Not the answer you're looking for?" notice, the sidebar with The Overflow Blog, Featured on Meta,
 * Linked, Related and Hot Network Questions, the footer with the Canonical trademark line and the OneTrust cookie banner).
 */
const auTitle = 'Wi-Fi keeps dropping every few minutes after upgrading to 24.04';
const code = (s: string): string => `<pre class="lang-bash s-code-block"><code class="hljs language-bash">${s}</code></pre>`;
const auQ = [
  'Since upgrading from 22.04 to 24.04 last week, my laptop’s Wi-Fi connection drops every five to ten minutes. The network icon still shows ' +
    'it as connected, but nothing loads for about thirty seconds, and then it recovers on its own.',
  'The card is an Intel AX211 and it worked perfectly on 22.04 with the same router. This is what <code>journalctl</code> shows when it happens:',
  'I’ve already tried turning off power saving in NetworkManager and restarting the router, and other devices on the same network are fine. ' +
    'What else can I try?',
];
const auQCode = code(`iwlwifi 0000:00:14.3: Microcode SW error detected. Restarting 0x0.
iwlwifi 0000:00:14.3: Start IWL Error Log Dump:
wlp0s20f3: deauthenticating from 3c:84:6a:1f:20:9e by local choice (Reason: 3=DEAUTH_LEAVING)`);
const auA1 = [
  'The log shows the firmware resetting the card after a failed power-state change. On some AX2xx cards with the 24.04 kernel this is ' +
    'caused by the driver’s own power management, not NetworkManager’s, so turning power saving off in NetworkManager doesn’t help.',
  'Disable it at the driver level by creating a config file:',
  'Then rebuild the initramfs and reboot:',
  'If that fixes it, you can leave it in place. You’ll lose a little battery life, usually less than five percent in my experience.',
];
const auA2 = [
  'Another thing worth checking is whether your router uses WPA3 or a mixed WPA2/WPA3 mode. Some routers handle group key renewal badly in ' +
    'mixed mode, and the drop happens at exactly the renewal interval.',
  'If the disconnects are suspiciously regular, set the router to WPA2 only for a day as a test. If the drops stop, look for a firmware update ' +
    'for the router before you change anything on the laptop. The renewal interval is usually shown on the router’s wireless security page.',
];
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const question: SePost = {
  id: 1532208,
  score: '14',
  user: 'Arun Pillai',
  rep: '243',
  badges: [0, 1, 6],
  date: 'Oct 14, 2025 at 19:48',
  edited: 'Oct 14, 2025 at 20:03',
  tags: ['networking', 'wireless', 'intel-wireless', '24.04'],
  body: `${ps(auQ.slice(0, 2))}\n${auQCode}\n${ps(auQ.slice(2))}`,
  comments: [
    { id: 2731004, score: '1', user: 'karolina.w', date: 'Oct 14, 2025 at 20:11', text: 'Does it still happen if you connect to the 2.4 GHz band only?' },
    { id: 2731029, user: 'Arun Pillai', date: 'Oct 14, 2025 at 20:26', text: '@karolina.w yes, it’s the same on both bands.' },
  ],
};
const answer1: SePost = {
  id: 1532240,
  score: '22',
  user: 'Sebastián Ortúzar',
  rep: '31.6k',
  badges: [6, 44, 97],
  date: 'Oct 14, 2025 at 21:02',
  accepted: true,
  body: `${ps(auA1.slice(0, 2))}\n${code('echo "options iwlwifi power_save=0" | sudo tee /etc/modprobe.d/iwlwifi-nopower.conf')}\n${ps(auA1.slice(2, 3))}
${code('sudo update-initramfs -u\nsudo reboot')}\n${ps(auA1.slice(3))}`,
  comments: [{ id: 2731388, score: '3', user: 'Arun Pillai', date: 'Oct 16, 2025 at 8:15', text: 'This worked, no drops for two days now. Thank you!' }],
};
const answer2: SePost = {
  id: 1532517,
  score: '4',
  user: 'mhenriksen',
  rep: '1,877',
  badges: [0, 4, 19],
  date: 'Oct 15, 2025 at 11:37',
  body: ps(auA2),
  comments: [],
};
const auHero = [
  'Ask Ubuntu is a question and answer site for Ubuntu users and developers. It only takes a minute to sign up.',
  'Sign up to join this community',
  'Anybody can ask a question',
  'Anybody can answer',
  'The best answers are voted up and rise to the top',
];
const auSwitcher = [
  'current community',
  'Ask Ubuntu',
  'help',
  'chat',
  'Ask Ubuntu Meta',
  'your communities',
  'Sign up or log in to customize your list.',
  'more stack exchange communities',
  'company blog',
];
const auNav = ['Home', 'Questions', 'Tags', 'Users', 'Unanswered'];
const auTeams = ['Teams', 'Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Try Teams for free', 'Explore Teams'];
const auBlog = ['The Overflow Blog', 'How a small team rebuilt its data pipeline in a weekend', 'Podcast: the quiet work of maintaining open source'];
const auMeta = ['Featured on Meta', 'Changes to the moderation queue for new users', 'Should we allow questions about interim releases?'];
const auLinked = [['5', 'How do I turn off Wi-Fi power management permanently?']];
const auRelated = [
  ['31', 'Wireless keeps disconnecting on Intel AX200'],
  ['12', 'Wi-Fi drops after resume from suspend'],
  ['7', 'How to read iwlwifi error logs?'],
];
const auHot = [
  'Why do some trains still use diesel engines under the wires?',
  'What is the earliest known recipe for bread with yeast?',
  'Is it rude to decline a coffee after a job interview?',
];
const auFootCols: [string, string[]][] = [
  ['Ask Ubuntu', ['Tour', 'Help', 'Chat', 'Contact', 'Feedback']],
  [
    'Company',
    ['Stack Overflow', 'Teams', 'Advertising', 'Talent', 'About', 'Press', 'Legal', 'Privacy Policy', 'Terms of Service', 'Cookie Settings', 'Cookie Policy'],
  ],
  ['Stack Exchange Network', ['Technology', 'Culture & recreation', 'Life & arts', 'Science', 'Professional', 'Business', 'API', 'Data']],
];
const auSocial = ['Blog', 'Facebook', 'Twitter', 'LinkedIn', 'Instagram'];
const auTrademark = 'Ubuntu and the circle of friends logo are trade marks of Canonical Limited and are used under licence.';
const side = (head: string, items: readonly string[]): string => `<li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600">${head}</li>
${items
  .map(
    (t) => `<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item wmn0 ow-break-word"><a href="https://meta.askubuntu.com/q/1"
class="js-gps-track">${t}</a></div></li>`,
  )
  .join('\n')}`;
const qlist = (id: string, head: string, items: string[][]): string =>
  `<div class="module ${id}"><h4 id="h-${id}">${head}</h4><div class="${id} js-gps-related-questions">${items
    .map(
      ([
        n,
        t,
      ]) => `<div class="spacer"><a href="/q/${n}" title="Question score (highest is best)"><div class="answer-votes answered-accepted default">${n}</div></a>
<a href="/questions/${n}" class="question-hyperlink">${t}</a></div>`,
    )
    .join('\n')}</div></div>`;
const auHtml = `<!DOCTYPE html>
<html class="html__responsive " lang="en"><head><title>networking - Wi-Fi keeps dropping every few minutes after upgrading to 24.04 - Ask Ubuntu</title>
<link rel="shortcut icon" href="https://cdn.sstatic.net/Sites/askubuntu/Img/favicon.ico?v=928dfb7c2e7e"><link rel="canonical"
href="https://askubuntu.com/questions/1532208/wi-fi-keeps-dropping">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content="website">
<meta property="og:site_name" content="Ask Ubuntu"><meta itemprop="name" content="${auTitle}"><meta name="twitter:card" content="summary"><meta
name="twitter:domain" content="askubuntu.com">
<script src="https://ajax.googleapis.com/ajax/libs/jquery/1.12.4/jquery.min.js"></script><script
src="https://cdn.sstatic.net/Js/stub.en.js?v=8a2f6a5e8e6c"></script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Sites/askubuntu/primary.css?v=5c7e3b9a1d2f">
<script>StackExchange.init({"locale":"en","serverTime":1762070400,"routeName":"Questions/Show","site":{"name":"Ask Ubuntu","description":"Q&A for Ubuntu users
and developers",
"isNoticesTabEnabled":true,"styleCodeWithHighlightjs":true},"user":{"fkey":"","isAnonymous":true}});</script></head>
<body class="question-page unified-theme"><div id="notify-container"></div><header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container">
<a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-label="Open menu" aria-controls="left-sidebar"
aria-expanded="false"><span></span></a>
<a class="s-topbar--logo js-gps-track" href="https://askubuntu.com"><span class="-img _glyph">Ask Ubuntu</span></a><form id="search" role="search"
action="/search"
class="s-topbar--searchbar js-searchbar" autocomplete="off"><div class="s-topbar--searchbar--input-group"><input name="q" type="text" role="combobox"
placeholder="Search on Ask Ubuntu…"
value="" aria-label="Search" class="s-input s-input__search h100 js-search-field"></div></form><nav class="h100 ml-auto overflow-x-auto pr12"><ol
class="s-topbar--content" role="menubar">
<li role="none"><a href="https://stackexchange.com" class="s-topbar--item js-site-switcher-button js-gps-track" aria-label="Site switcher"
title="A list of all 183 Stack Exchange sites"
role="menuitem"><svg aria-hidden="true" class="svg-icon iconStackExchange"></svg></a></li><li role="none"><a href="https://askubuntu.com/users/login?ssrc=head"
class="s-topbar--item s-topbar--item__unset s-btn s-btn__outlined ws-nowrap js-gps-track" role="menuitem">Log in</a></li><li role="none"><a
href="https://askubuntu.com/users/signup?ssrc=head"
class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__filled ws-nowrap js-gps-track" role="menuitem">Sign up</a></li></ol></nav>
<div class="topbar-dialog siteSwitcher-dialog dno" role="menu"><div class="header fw-wrap"><h3 class="flex--item"><a
href="https://askubuntu.com">${auSwitcher[0]}</a></h3></div>
<div class="modal-content bg-powder-050 current-site-container"><ul class="current-site"><li class="d-flex"><div class="fl1"><a href="https://askubuntu.com"
class="current-site-link site-link js-gps-track d-flex gs8 gsx">${auSwitcher[1]}</a></div><div class="related-links"><a
href="https://askubuntu.com/help">${auSwitcher[2]}</a>
<a href="https://chat.stackexchange.com?tab=site&amp;host=askubuntu.com">${auSwitcher[3]}</a></div></li><li class="related-site"><a
href="https://meta.askubuntu.com">${auSwitcher[4]}</a></li>
</ul></div><div class="header" id="your-communities-header"><h3>${auSwitcher[5]}</h3></div><div class="modal-content" id="your-communities-section"><div
class="call-to-login">
<a href="https://askubuntu.com/users/signup?ssrc=site_switcher" class="login-link js-gps-track">Sign up</a> or <a
href="https://askubuntu.com/users/login?ssrc=site_switcher"
class="login-link js-gps-track">log in</a> to customize your list.</div></div><div class="header"><h3><a
href="https://stackexchange.com/sites">${auSwitcher[7]}</a></h3>
<a href="https://stackoverflow.blog" class="fr">${auSwitcher[8]}</a></div></div></div></header>
<div class="js-dismissable-hero ps-relative fc-black-600 py16 z-nav-fixed fs-body2 bg-black-050 bb bc-black-100"><div
class="d-flex ps-relative ai-center mx-auto w100 wmx12">
<div class="flex--item wmx4 mr48"><h2 class="fs-headline1 fw-bold">${auHero[0]}</h2><a href="/users/signup?ssrc=hero"
class="s-btn s-btn__filled">${auHero[1]}</a></div>
${auHero
  .slice(2)
  .map((t) => `<div class="flex--item d-flex ai-center"><svg aria-hidden="true" class="svg-spot spotEarth"></svg><div class="flex--item">${t}</div></div>`)
  .join('')}<button class="s-btn s-btn__muted s-btn__icon js-dismiss ps-absolute t8 r8" title="Dismiss" aria-label="Dismiss"><svg
class="svg-icon iconClear"></svg></button></div></div>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div
class="left-sidebar--sticky-container js-sticky-leftnav">
<nav role="navigation"><ol class="nav-links">${auNav
  .map(
    (t) => `<li class="ps-relative${t === 'Questions' ? ' youarehere' : ''}"><a href="/${t === 'Home' ? '' : t.toLowerCase()}"
class="pl8 js-gps-track nav-links--link">
<div class="d-flex ai-center"><div class="flex--item truncate">${t}</div></div></a></li>`,
  )
  .join(
    '',
  )}</ol></nav><div class="ps-relative px8 pt16 pb8 bt bc-black-100"><h3 class="fs-body1 fw-bold">${auTeams[0]}</h3><p class="fs-caption">${auTeams[1]}</p>
<a href="https://try.stackoverflow.co/why-teams/" class="s-btn s-btn__filled s-btn__xs w100 mb8">${auTeams[2]}</a><a href="https://stackoverflow.co/teams/"
class="s-btn s-btn__link
s-btn__xs w100">${auTeams[3]}</a></div></div></div><div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope
itemtype="https://schema.org/Question">
<div class="inner-content clearfix"><div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name"
class="fs-headline1 ow-break-word mb8 flex--item fl1">
<a href="/questions/1532208/wi-fi-keeps-dropping" class="question-hyperlink">${auTitle}</a></h1><div
class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end">
<div class="ml-auto"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div></div><div
class="d-flex fw-wrap pb8 mb16 bb bc-black-225">
<div class="flex--item ws-nowrap mr16 mb8" title="2025-10-14 19:48:51Z"><span class="fc-black-400 mr2">Asked</span><time itemprop="dateCreated"
datetime="2025-10-14T19:48:51">19 days ago</time>
</div><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span><a href="?lastactivity" class="s-link s-link__inherit">17 days
ago</a></div>
<div class="flex--item ws-nowrap mb8" title="Viewed 2,361 times"><span class="fc-black-400 mr2">Viewed</span>2k times</div></div><div id="mainbar" role="main"
aria-label="question and answers">
<div class="question js-question" data-questionid="1532208" data-position-on-page="0" data-score="14"
id="question">${sePost(question, 'question', 'askubuntu')}</div>
<div id="answers"><a name="tab-top"></a>${seAnswersHeader(2, '/questions/1532208/wi-fi-keeps-dropping')}
${seAnswer(answer1, 'askubuntu', 1)}
${seAnswer(answer2, 'askubuntu', 2)}
${seYourAnswer}
<h2 class="bottom-notice" data-loc="1"><div>Not the answer you're looking for? Browse other questions tagged <a href="/questions/tagged/networking"
class="s-tag post-tag">networking</a>
<a href="/questions/tagged/wireless" class="s-tag post-tag">wireless</a> or <a href="/questions/ask">ask your own question</a>.</div></h2></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div
class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16">
<ul class="d-block p0 m0">${side(auBlog[0]!, auBlog.slice(1))}${side(auMeta[0]!, auMeta.slice(1))}</ul></div>
${qlist('linked', 'Linked', auLinked)}${qlist('sidebar-related', 'Related', auRelated)}
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot"
class="js-gps-track s-link s-link__inherit">Hot Network Questions</a>
</h4><ul>${auHot
  .map(
    (t) => `<li><div class="favicon favicon-travel" title="Travel Stack Exchange"></div><a href="https://travel.stackexchange.com/q/1"
class="question-hyperlink">${t}</a></li>`,
  )
  .join('')}
</ul><a href="#" class="show-more js-show-more js-gps-track">more hot questions</a></div><div id="feed-link"><a href="/feeds/question/1532208"
title="Feed of this question and its answers">
<svg aria-hidden="true" class="fc-orange-400 svg-icon iconRss"></svg>Question feed</a></div></div></div></div></div></div>
<footer id="footer" class="site-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav">${auFootCols
  .map(
    ([h, items]) =>
      `<div class="site-footer--col"><h5 class="-title"><a href="https://askubuntu.com">${h}</a></h5><ul class="-list">${items
        .map((t) => `<li><a href="https://askubuntu.com/${t.replace(/\W+/g, '-')}" class="js-gps-track -link">${t.replace('&', '&amp;')}</a></li>`)
        .join('')}</ul></div>`,
  )
  .join('\n')}</nav><div class="site-footer--copyright fs-fine md:mt24"><ul class="-list -social md:mb8">${auSocial
  .map((t) => `<li><a class="-link js-gps-track" href="https://${t.toLowerCase()}.com/stackexchange">${t}</a></li>`)
  .join('')}</ul><p class="md:mb0">${auTrademark}</p><p class="md:mb0">Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under <span
class="td-underline">
<a href="https://stackoverflow.com/help/licensing">CC BY-SA</a></span> . <span id="svnrev">rev 2025.11.3.36812</span></p></div></div></footer>
${seCookie('Stack Exchange')}
<script>StackExchange.ready(function(){StackExchange.question.init({showAnswerHelp:true,totalCommentCount:3,shareUrl:"https://askubuntu.com/q/1532208",
questionId:1532208});});</script>
</body></html>`;
export const askUbuntuQuestion: TestPage = {
  html: auHtml,
  name: 'heldout119-askubuntu-question',
  kind: 'forum',
  // as on the Stack Overflow page: the question, both answers and every comment are body, code blocks in neither list; the
  // anonymous hero, the site switcher, the "Not the answer you're looking for?" notice and the trademark line are furniture
  title: auTitle,
  headings: [],
  body: texts([...auQ, ...question.comments.map((c) => c.text), ...auA1, ...answer1.comments.map((c) => c.text), ...auA2]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'asked Oct 14, 2025 at 19:48', 'Arun Pillai', 'edited Oct 14, 2025 at 20:03', 'karolina.w', 'Oct 14, 2025 at 20:11', 'Oct 14, 2025 at 20:26',
    'answered Oct 14, 2025 at 21:02', 'Sebastián Ortúzar', 'Oct 16, 2025 at 8:15', 'answered Oct 15, 2025 at 11:37', 'mhenriksen',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Log in', 'Sign up', ...auSwitcher, ...auHero, ...auNav, ...auTeams, 'Ask Question', ...sePostTexts('question'), ...sePostTexts('answer'), '14', '22',
    '4', '243', '31.6k', '1,877', '1 silver badge', '6 bronze badges', '6 gold badges', 'networking', 'wireless', 'intel-wireless', '2 Answers', 'Sorted by:',
    'Reset to default', 'Highest score (default)', ...seYourAnswerTexts,
    'Not the answer you\'re looking for? Browse other questions tagged networking wireless or ask your own question.',
    ...auBlog, ...auMeta, 'Linked', ...auLinked.map(([, t]) => t!), 'Related', ...auRelated.map(([, t]) => t!), 'Hot Network Questions', ...auHot,
    'more hot questions', 'Question feed', ...auFootCols.flatMap(([h, items]) => [h, ...items]), ...auSocial, auTrademark, ...seCookieTexts('Stack Exchange'),
    ]),
  ],
};
