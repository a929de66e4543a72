import { links, type TestPage, texts } from './page-kit.js';
import { phpbbTopic } from './pages-heldout62-d2.js';
import { comment, comments, edited, menu, user, votes } from './pages-heldout62-d3.js';

/**
 * Held-out batch 62, file d: a Server Fault question with two answers, as Stack Exchange serves it to a logged-out visitor
 * in 2025 (top bar, left nav, the question header with "Ask Question" and Asked/Modified/Viewed, the vote cells with their
 * hidden labels, the question with a code block and a list, tags, the post menu, the "asked"/"answered"/"edited" user cards
 * with reputation and badge counts, comments with their scores, users and dates, "2 Answers" with the sort select, the
 * accepted mark, the guest answer form, "Not the answer you're looking for?", the sidebar with Teams ad, blog and meta
 * posts, related and hot network questions, the footer and the cookie consent banner); its markup pieces are in file d3.
 */
const sfTitle = 'SMB copies to a file server over a site-to-site VPN fail at around 2 GB';
const sfQ1 = [
  'We have two offices connected by a site-to-site IPsec VPN between two firewalls. Users in the branch office copy large video ' +
    'files to a share on a Windows Server 2022 file server at head office. Small files copy fine, but any copy bigger than about ' +
    '2 GB fails partway through with:',
];
const sfQCode = 'Error 0x8007003B: An unexpected network error occurred.';
const sfQ2 = [
  'The failure point varies between 1.6 GB and 2.3 GB. Copies between two machines inside head office never fail, and copying ' +
    'the same files over the VPN with <code>robocopy /z</code> succeeds, just slowly.',
  'Things I have already checked:',
];
const sfQList = [
  'No errors or drops on the switch ports on either side.',
  'The tunnel stays up during the copy, and the firewall logs show no rekey at the time of the failure.',
  'SMB signing is required by policy on the server, and disabling it for a test made no difference.',
];
const sfQ3 = ['What should I look at next?'];
const sfQC1 =
  'What is the MTU on the tunnel interface, and do the firewalls clamp the TCP MSS? Long sustained transfers are usually where ' +
  'fragmentation problems show up first.';
const sfQC2 = "@MarekDvořák The tunnel MTU is 1400 on both ends. I can't see any MSS setting in the config, so I assume it is not clamped.";
const sfA1 = [
  'With an MTU of 1400 on the tunnel and no MSS clamping, the two hosts negotiate a TCP maximum segment size based on their own ' +
    '1500-byte interfaces. Most packets still get through because the firewall fragments them, but some paths in between drop ' +
    'fragments, and over a long transfer enough segments are lost that SMB gives up and resets the session.',
  'The fix is to clamp the MSS on both firewalls so that segments fit inside the tunnel. For a 1400-byte tunnel MTU, an MSS of ' +
    '1360 leaves room for the IP and TCP headers:',
];
const sfA1Code = `set vpn ipsec site-to-site-peer 203.0.113.10 tunnel 0 tcp-mss 1360
set firewall options mss-clamp interface vti0 mss 1360`;
const sfA1b = ['After the change, run a large copy again and watch the fragmentation counters on the firewall; they should stay flat during the transfer.'];
const sfA1C1 = 'That was it. Set the MSS to 1360 on both firewalls and copied a 14 GB file twice without a failure. Thank you!';
const sfA2 = [
  'Worth adding for anyone who finds this later: if you cannot change the firewall config, you can lower the MTU on the network ' +
    'adapter of the server instead, but that affects all traffic from the server, not just the VPN, so it is a workaround rather than a fix.',
  'Also check whether SMB compression is enabled on Windows Server 2022. It does not cause this problem, but it makes large ' +
    'copies over a slow link noticeably faster once the underlying issue is fixed.',
];
const sfTags = ['windows-server-2022', 'vpn', 'smb', 'mtu', 'ipsec'];
const sfNav = ['Home', 'Questions', 'Unanswered', 'Tags', 'Chat', 'Users'];
const sfHot = [
  'Why does my RAID rebuild slow down at night?',
  'Is it safe to delete old Windows Update files from WinSxS?',
  'How do I rotate a TLS certificate without restarting HAProxy?',
];
const sfRelated = [
  'Large file transfers over IPsec VPN stall after a few minutes',
  'SMB share slow over site-to-site VPN, fast locally',
  'How to find the correct MSS for a GRE tunnel?',
];
const sfFoot = ['Tour', 'Help', 'Chat', 'Contact', 'Feedback', 'Stack Overflow', 'Teams', 'Advertising', 'Talent', 'About', 'Press', 'Legal'];
const sfFoot2 = ['Privacy Policy', 'Terms of Service', 'Cookie Settings', 'Cookie Policy'];
const p = (paras: readonly string[]): string => paras.map((t) => `<p>${t}</p>`).join('\n');

const sfHtml = `<!DOCTYPE html>
<html class="html__responsive html__unpinned-leftnav" lang="en"><head><title>windows server 2022 - ${sfTitle} - Server Fault</title>
<link rel="shortcut icon" href="https://cdn.sstatic.net/Sites/serverfault/Img/favicon.ico?v=e2c9e7d0d1b1">
<meta property="og:type" content="website"><meta property="og:title" content="${sfTitle}">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Shared/stacks.css?v=f8a1b2c3d4e5">
<script>StackExchange.init({"locale":"en","serverTime":1762291200,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.com",
"site":{"name":"Server Fault","description":"Q&amp;A for system and network administrators"},"user":{"fkey":"","isAnonymous":true}});</script>
</head>
<body class="question-page unified-theme floating-content"><div id="notify-container"></div><div id="custom-header"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><a href="#content" class="s-topbar--skip-link">Skip to main content</a><div class="s-topbar--container">
<a href="https://serverfault.com" class="s-topbar--logo js-gps-track"><span class="-img _glyph">Server Fault</span></a>
<ol class="s-navigation" role="presentation"><li><a href="https://stackoverflow.co/" class="s-navigation--item">About</a></li>
<li><a href="#" class="s-navigation--item js-products-menu" aria-controls="products-popover">Products</a></li>
<li><a href="https://stackoverflow.co/teams/" class="s-navigation--item">For Teams</a></li></ol>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off"><div class="s-topbar--searchbar--input-group">
<input name="q" type="text" role="combobox" placeholder="Search…" aria-label="Search" maxlength="240" class="s-input s-input__search
 js-search-field"></div></form>
<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar"><li role="none"><a href="/users/login" class="s-topbar--item s-btn
 s-btn__filled ws-nowrap js-gps-track" role="menuitem">Log in</a></li><li role="none"><a href="/users/signup" class="s-topbar--item s-btn s-btn__primary
 ws-nowrap"
 role="menuitem">Sign up</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div
 class="left-sidebar--sticky-container
 js-sticky-leftnav"><nav role="navigation"><ol class="nav-links">${links(sfNav, 'ps-relative')}</ol></nav>
<div class="ps-relative"><h2 class="fs-fine tt-uppercase ml8 mt16 mb4 fc-black-400">Teams</h2><p class="fs-caption">Ask questions, find answers and
 collaborate at work
 with Stack Overflow for Teams.</p><a href="https://stackoverflowteams.com/teams/create/free" class="s-btn s-btn__filled s-btn__xs">Try Teams for free</a>
<a href="https://stackoverflow.co/teams/" class="s-btn s-btn__link s-btn__xs">Explore Teams</a></div></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><link itemprop="image"
 href="https://cdn.sstatic.net/Sites/serverfault/Img/apple-touch-icon.png">
<div class="inner-content clearfix"><div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item
 fl1">
<a href="/questions/1170421/smb-copies-to-a-file-server-over-a-site-to-site-vpn-fail-at-around-2-gb" class="question-hyperlink">${sfTitle}</a></h1>
<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><div class="ml-auto"><a class="ws-nowrap s-btn s-btn__filled"
 href="/questions/ask">Ask Question</a></div></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8" title="2025-03-04 13:58:22Z"><span class="fc-black-400
 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2025-03-04T13:58:22">8 months ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400
 mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit" title="2025-03-06 11:05:37Z">8 months ago</a></div><div class="flex--item ws-nowrap mb8" title="Viewed
 2,143 times">
<span class="fc-black-400 mr2">Viewed</span> 2k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="1170421" data-position-on-page="0"
 id="question">
<div class="js-zone-container zone-container-main"><div id="dfp-tlb" class="everyonelovesstackoverflow mb8 adsbygoogle"></div></div>
<div class="post-layout">${votes(7, 'question')}<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${p(sfQ1)}
<pre class="lang-none s-code-block"><code class="hljs language-plaintext">${sfQCode}</code></pre>
${p(sfQ2)}
<ul>${sfQList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${p(sfQ3)}
</div><div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul class="ml0 list-ls-none
 js-post-tag-list-wrapper d-inline">${sfTags
   .map(
     (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag"
 title="show questions tagged '${t}'" rel="tag">${t}</a></li>`,
   )
   .join('')}</ul></div></div></div>
<div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16">${menu('question')}
${user('asked', 'Mar 4 at 13:58', 'Ruth Abernathy', '1,203', [0, 9, 21], 48231)}</div></div></div>
<span class="d-none" itemprop="commentCount">2</span>
${comments(comment(1580331, '3', sfQC1, 'Marek Dvořák', 'Mar 4 at 14:20') + comment(1580347, '', sfQC2, 'Ruth Abernathy', 'Mar 4 at 15:02'))}</div></div>
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1">
<h2 class="mb0" data-answercount="2">2 Answers <span style="display:none;" itemprop="answerCount">2</span></h2></div>
<div class="flex--item"><div class="d-flex g4 gsx ai-center sm:fd-column sm:ai-start"><div class="d-flex fd-column ai-end sm:ai-start"><label
 class="flex--item fs-caption"
 for="answer-sort-dropdown-select-menu">Sorted by:</label><a class="js-sort-preference-change s-link flex--item fs-fine d-none"
 href="?answertab=scoredesc#tab-top">
Reset to default</a></div><div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected="selected">Highest
 score (default)
</option><option value="modifieddesc">Date modified (newest first)</option><option value="createdasc">Date created (oldest
 first)</option></select></div></div></div></div></div>
<a name="1170442"></a><div id="answer-1170442" class="answer js-answer accepted-answer js-accepted-answer" data-answerid="1170442" data-parentid="1170421"
 data-score="14"
 itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><div class="post-layout">${votes(14, 'answer', true)}
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${p(sfA1)}
<pre class="lang-none s-code-block"><code class="hljs language-plaintext">${sfA1Code}</code></pre>
${p(sfA1b)}
</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><time itemprop="dateCreated" datetime="2025-03-04T16:31:09"></time>${menu('answer')}
${edited('Mar 5 at 10:12')}${user('answered', 'Mar 4 at 16:31', 'Marek Dvořák', '38.2k', [4, 41, 77], 91205)}</div></div></div>
${comments(comment(1580402, '2', sfA1C1, 'Ruth Abernathy', 'Mar 5 at 9:47'))}</div></div>
<a name="1170517"></a><div id="answer-1170517" class="answer js-answer" data-answerid="1170517" data-parentid="1170421" data-score="3"
 itemprop="suggestedAnswer"
 itemscope itemtype="https://schema.org/Answer"><div class="post-layout">${votes(3, 'answer')}<div class="answercell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">
${p(sfA2)}
</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8
 gsy">${menu('answer')}${user('answered', 'Mar 6 at 11:05', 'J. Whitcombe', '2,871', [0, 12, 30], 7731)}
</div></div></div>${comments('')}</div></div>
<form id="post-form" action="/questions/1170421/answer/submit" method="post" class="js-add-answer-component post-form"><h2 class="space"
 id="your-answer-header">
Your Answer</h2><div class="d-flex fd-column gs8 gsy"><div class="js-general-error general-error d-none"></div></div>
<div class="ps-relative"><div class="form-item"><p class="fs-body1">Sign up or <a href="/users/login?returnurl=%2fquestions%2f1170421">log in</a></p>
<button class="s-btn s-btn__icon s-btn__google bar-md ba bc-black-225">Sign up using Google</button>
<button class="s-btn s-btn__icon s-btn__github bar-md ba bc-black-225">Sign up using Email and Password</button></div>
<div class="form-item"><h2>Post as a guest</h2><label for="display-name" class="s-label">Name</label><input id="display-name" type="text" class="s-input">
<label for="m-address" class="s-label">Email</label><p class="s-description">Required, but never shown</p><input id="m-address" type="text"
 class="s-input"></div></div>
<div class="form-submit d-flex gsx gs4"><button class="flex--item s-btn s-btn__filled" type="submit" id="submit-button">Post Your Answer</button>
<button class="flex--item s-btn s-btn__danger discard-answer dno">Discard</button></div>
<p class="privacy-policy-agreement">By clicking “Post Your Answer”, you agree to our <a href="https://stackoverflow.com/legal/terms-of-service/public">terms
 of service</a>
 and acknowledge you have read our <a href="https://stackoverflow.com/legal/privacy-policy">privacy policy</a>.</p></form>
<h2 class="bottom-notice" data-loc="1">Not the answer you're looking for? Browse other questions tagged <ul class="ml0 list-ls-none js-post-tag-list-wrapper
 d-inline">
${sfTags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag"
 rel="tag">${t}</a></li>`,
  )
  .join('')}</ul>
 or <a href="/questions/ask">ask your own question</a>.</h2></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors
 s-anchors__grayscale mb16">
<ul class="d-block p0 m0"><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text">The Overflow Blog</li>
<li class="s-sidebarwidget--item"><a href="https://stackoverflow.blog/2025/11/04/" class="js-gps-track">What we learned from a year of on-call
 rotations</a></li>
<li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text">Featured on Meta</li><li class="s-sidebarwidget--item"><a
 href="https://meta.stackexchange.com/q/1"
 class="js-gps-track">Results of the 2025 moderator election</a></li></ul></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions">
${sfRelated
  .map(
    (t, i) => `<div class="spacer"><a href="/q/${i}" title="Vote score"><div class="answer-votes answered-accepted">${12 - i * 4}</div></a><a
 href="/questions/${i}" class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}
</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot" class="js-gps-track s-link
 s-link__inherit">
Hot Network Questions</a></h4><ul>${links(sfHot)}</ul><a href="#" class="show-more js-show-more js-gps-track">more hot questions</a></div>
<div id="feed-link" class="js-feed-link"><a href="/feeds/question/1170421" title="Feed of this question and its answers">Question
 feed</a></div></div></div></div></div></div>
<footer id="footer" class="site-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav"><div class="site-footer--col">
<h5 class="-title"><a href="https://serverfault.com">Server Fault</a></h5><ul class="-list">${links(sfFoot)}</ul></div></nav>
<div class="site-footer--copyright fs-fine md:mt24"><ul class="-list">${links(sfFoot2)}</ul><p class="md:mb0">Site design / logo © 2025 Stack Exchange Inc;
 user contributions licensed under <a href="https://stackoverflow.com/help/licensing">CC BY-SA</a>. <span id="svnrev">rev
 2025.11.4.37012</span></p></div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><h2
 id="onetrust-policy-title">Your privacy</h2><p id="onetrust-policy-text">By clicking “Accept all cookies”, you agree Stack Exchange can store
 cookies on your device and disclose information in accordance with our <a href="https://stackoverflow.com/legal/cookie-policy">Cookie Policy</a>.</p><button
 id="onetrust-accept-btn-handler">
Accept all cookies</button><button id="onetrust-reject-all-handler">Necessary cookies only</button><button id="onetrust-pc-btn-handler">Customize
 settings</button>
</div></div></div>
</body></html>`;
const serverFaultQuestion: TestPage = {
  html: sfHtml,
  name: 'heldout62-serverfault-question',
  kind: 'forum',
  // the question, both answers and all three comments are body (the comments are posts of the thread, "@MarekDvořák" and all);
  // the "asked", "answered" and "edited" lines, the user names (cards and comments), the comment dates and the header's "Asked"
  // and "Modified" lines are bylines; reputation, badge counts, vote counts, comment scores, the hidden vote-cell labels, tags,
  // post menus, "Viewed 2k times", "2 Answers" with the sort select, "Add a comment", the answer form, the bottom notice, the
  // sidebar, top bar, left nav with the Teams ad, footer and cookie banner are furniture; the error line and the firewall
  // commands are code blocks: in neither list; the bare vote, score and badge counts are left out (reputations are kept), and so
  // are the tags, the nav's "Users", the top bar's "About" and the post menus' "Share", words of the title or body
  title: sfTitle,
  headings: [],
  body: [...texts(sfQ1), ...texts(sfQ2), ...sfQList, ...sfQ3, sfQC1, sfQC2, ...texts(sfA1), ...texts(sfA1b), sfA1C1, ...texts(sfA2)],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Asked 8 months ago', 'Modified 8 months ago', 'asked Mar 4 at 13:58', 'Ruth Abernathy', 'Marek Dvořák', 'Mar 4 at 14:20', 'Mar 4 at 15:02',
    'edited Mar 5 at 10:12', 'answered Mar 4 at 16:31', 'Mar 5 at 9:47', 'answered Mar 6 at 11:05', 'J. Whitcombe',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Server Fault', 'Products', 'For Teams', 'Log in', 'Sign up', ...sfNav.filter((t) => t !== 'Users'), 'Teams',
    'Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Try Teams for free', 'Explore Teams', 'Ask Question',
    'Viewed 2k times', 'Save this question.', 'Show activity on this post.', 'Improve this question', 'Follow', '1,203', 'Add a comment',
    '2 Answers', 'Sorted by:', 'Reset to default', 'Highest score (default)', 'Date modified (newest first)', 'Date created (oldest first)',
    'Save this answer.', 'Improve this answer', '38.2k', '2,871', 'Your Answer', 'Sign up using Google', 'Sign up using Email and Password',
    'Post as a guest', 'Name', 'Email', 'Required, but never shown', 'Post Your Answer', 'Discard',
    'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.',
    "Not the answer you're looking for? Browse other questions tagged", 'ask your own question', 'The Overflow Blog',
    'What we learned from a year of on-call rotations', 'Featured on Meta', 'Results of the 2025 moderator election', 'Related', ...sfRelated,
    'Hot Network Questions', ...sfHot, 'more hot questions', 'Question feed', ...sfFoot.filter((t) => !['Chat', 'Teams', 'About'].includes(t)), ...sfFoot2,
    'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA.', 'rev 2025.11.4.37012', 'Your privacy',
    'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance with our ' +
      'Cookie Policy.',
    'Accept all cookies', 'Necessary cookies only', 'Customize settings',
  ],
};

export const HELDOUT62_D: readonly TestPage[] = [serverFaultQuestion, phpbbTopic];
