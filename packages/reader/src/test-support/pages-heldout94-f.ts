import { links, type TestPage, texts } from './page-kit.js';
import { stackOverflow } from './pages-heldout94-f2.js';
import { type XfPost, xfPost } from './pages-heldout94-f3.js';

/**
 * Held-out batch 94, file f: a Tom's Hardware forum thread on XenForo 2 (the Future header, the XenForo nav with "Log in" /
 * "Register", section links, breadcrumbs, the "Question" prefix label on the h1, thread starter, start date and tags, the
 * "Watch" button, five posts rendered by file f3 with user titles and extras, a quoted post, a "Last edited" line, a
 * signature, the "Solution" label and reactions, the solution box under the first post, "You must log in or register to
 * reply here.", "Similar threads", the share bar, the XenForo and Future footers and the consent banner) and, from file f2,
 * a Stack Overflow question with answers.
 */
const thTitle = 'CPU idles at 60°C after BIOS update, is that normal?';
// biome-ignore format: the post records are packed several fields to a line to keep the file short
const thPosts: XfPost[] = [
  {
    id: 23111234, n: 1, user: 'tallowmere', title: 'Commendable', joined: 'Mar 2, 2021', messages: '48', score: '9', points: '35', time: 'Oct 11, 2025',
    iso: '2025-10-11T21:14:02-0500',
    paras: [
      'Hi all. I updated the BIOS on my Vantor B650 Edge board last night because the changelog mentioned better memory compatibility. Since ' +
        'then my CPU sits at around 58 to 62°C at idle on the desktop, where before it was 38 to 42°C. Fans are louder too.',
      'Nothing else changed. Same Corvid 240 AIO, same case, same room. Under load in games it goes to about 85°C, which is also higher than ' +
        'before. Should I roll back, or is this just how the new BIOS reports temperatures?',
      'Specs: 8-core CPU, Vantor B650 Edge, 32GB DDR5-6000, Corvid 240 AIO, 850W PSU, Windows 11.',
    ],
    edited: 'Last edited: Oct 11, 2025',
  },
  {
    id: 23111241, n: 2, user: 'Nyx_Arden', title: 'Titan', joined: 'Jun 14, 2016', messages: '21,406', score: '3,912', points: '24,790', time: 'Oct 11, 2025',
    iso: '2025-10-11T21:40:18-0500',
    paras: [
      'BIOS updates often reset settings to defaults. Check two things: whether the fan curve for the pump header has gone back to a silent or ' +
        'standard profile, and whether any automatic overclocking option got switched on.',
      'Also, what does HWiNFO show for core voltage at idle? If it is sitting above 1.3V with nothing running, that would explain it.',
    ],
  },
  {
    id: 23111248, n: 3, user: 'tallowmere', title: 'Commendable', joined: 'Mar 2, 2021', messages: '48', score: '9', points: '35', time: 'Oct 12, 2025',
    iso: '2025-10-12T08:03:51-0500',
    quote: { user: 'Nyx_Arden', text: 'Also, what does HWiNFO show for core voltage at idle?' },
    paras: [
      'Around 1.35V, and it barely moves. The pump header was set to “Standard” so I changed it back to full speed, which is what the AIO ' +
        'manual says to use. That took a couple of degrees off but it is still high.',
    ],
  },
  {
    id: 23111262, n: 4, user: 'kestrelrig', title: 'Champion', joined: 'Sep 9, 2018', messages: '7,215', score: '1,404', points: '9,870', time: 'Oct 12, 2025',
    iso: '2025-10-12T09:27:40-0500', solution: true, reactions: 'tallowmere and Nyx_Arden',
    paras: [
      'That voltage is the giveaway. On the newer Vantor BIOS releases “Performance Boost” defaults to Enabled after a reset, and it raises the ' +
        'voltage and boost limits even at idle. Go to Advanced, then CPU Configuration, set Performance Boost to Disabled, and save.',
      'While you are in there, check that the power plan in Windows is Balanced rather than High Performance. A clean BIOS update sometimes ' +
        'flips the chipset driver settings as well.',
    ],
    signature: 'Main rig: 12-core CPU | 64GB DDR5 | 360mm AIO | Before posting, list your full specs please.',
  },
  {
    id: 23111270, n: 5, user: 'tallowmere', title: 'Commendable', joined: 'Mar 2, 2021', messages: '48', score: '9', points: '35', time: 'Oct 12, 2025',
    iso: '2025-10-12T10:12:09-0500',
    paras: [
      'That was it. Performance Boost had turned itself on. With it disabled I am back to 40°C at idle and the voltage drops to under 1V when ' +
        'nothing is running. Thanks both, marking this as solved.',
    ],
  },
];
const thNav = ['Forums', 'What’s new', 'Members', 'Log in', 'Register', 'Search'];
const thSection = ['New posts', 'Search forums'];
const thCrumbs = ['Hardware', 'CPUs'];
const thTags = ['bios', 'cpu temperature', 'idle temps'];
const thSimilar = [
  'CPU temps jumped 15 degrees after Windows update',
  'AIO pump running at full speed after BIOS reset',
  'High idle voltage on B650, is this safe?',
];
const thShare = ['Share:', 'Facebook', 'X', 'Reddit', 'Pinterest', 'Tumblr', 'WhatsApp', 'Email', 'Link'];
const thXfFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const thFuture = [
  'Tom’s Hardware is part of Future US Inc, an international media group and leading digital publisher. Visit our corporate site.',
  'Contact Future’s experts',
  'Terms and conditions',
  'Cookies policy',
  'Accessibility Statement',
  'Advertise with us',
  'About us',
  'Careers',
  '© Future US, Inc. Full 7th Floor, 130 West 42nd Street, New York, NY 10036.',
];
const thConsent = [
  'We value your privacy',
  'We and our partners use cookies to store and access personal data such as browsing data.',
  'Accept all',
  'Reject all',
  'Manage preferences',
];
const thSolutionBox = `<section class="message-solution block-row block-row--separated"><h3 class="message-solution-title"><span
class="label label--green">Solution</span></h3>
<blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-title"><a href="/goto/post?id=23111262" class="bbCodeBlock-sourceJump">kestrelrig
said:</a>
</div><div class="bbCodeBlock-content">${thPosts[3]?.paras[0]}</div></blockquote><a href="/goto/post?id=23111262" class="button--link button">Jump to
solution</a></section>`;
const thHtml = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" class="has-no-js template-thread_view" data-xf="2.3" data-app="public" data-template="thread_view"
data-container-key="node-12"
data-content-key="thread-3871234" data-logged-in="false" data-cookie-prefix="xf_"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1">
<title>Question - CPU idles at 60°C after BIOS update, is that normal? | Tom's Hardware Forum</title>
<link rel="canonical" href="https://forums.tomshardware.com/threads/cpu-idles-at-60c-after-bios-update-is-that-normal.3871234/">
<meta property="og:site_name" content="Tom's Hardware Forum"><meta property="og:type" content="website"><meta property="og:title"
content="Question - ${thTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","@id":"https://forums.tomshardware.com/threads/3871234/",
"headline":"${thTitle}","datePublished":"2025-10-12T02:14:02+00:00","author":{"@type":"Person","name":"tallowmere"},
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":4}}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=5&amp;l=1&amp;d=1760100000">
<script src="/js/xf/preamble.min.js?_v=8c1f2a"></script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image">
<a href="https://www.tomshardware.com/"><img src="/styles/toms/logo.svg" alt="Tom's Hardware Forum" width="220" height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><ul
class="p-nav-list js-offCanvasNavSource">
${thNav
  .slice(0, 3)
  .map((t, i) => `<li><div class="p-navEl${i === 0 ? ' is-selected' : ''}"><a href="/${i}/" class="p-navEl-link" data-nav-id="n${i}">${t}</a></div></li>`)
  .join(
    '\n',
  )}</ul><div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--logIn"
data-xf-click="overlay"><span class="p-navgroup-linkText">${thNav[3]}</span></a><a href="/register/" class="p-navgroup-link p-navgroup-link--register">
<span class="p-navgroup-linkText">${thNav[4]}</span></a></div><div class="p-navgroup p-discovery"><a href="/search/"
class="p-navgroup-link p-navgroup-link--search"
aria-label="Search" title="Search"><i aria-hidden="true"></i><span class="p-navgroup-linkText">${thNav[5]}</span></a></div></div></div></nav></div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller"><ul class="p-sectionLinks-list">${links(thSection)}</ul></div></div>
<div class="p-body"><div class="p-body-inner"><div class="p-breadcrumbs-wrapper"><ul class="p-breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Forums</span></a></li>
${thCrumbs
  .map(
    (t) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/${t}/" itemprop="item"><span
itemprop="name">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div><noscript class="js-jsWarning"><div class="blockMessage blockMessage--important">JavaScript is disabled. For a better experience, please enable
JavaScript in
your browser before proceeding.</div></noscript>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value"><span class="label label--blue" dir="auto">Question</span><span
class="label-append">&nbsp;</span>${thTitle}</h1>
</div><div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i>
<span class="u-srOnly">Thread starter</span> <a href="/members/tallowmere/" class="username u-concealed" dir="auto">tallowmere</a></li><li><i
class="fa--xf far fa-clock"
aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span> <a href="/threads/3871234/" class="u-concealed"><time class="u-dt" dir="auto"
datetime="2025-10-11T21:14:02-0500">Oct 11, 2025</time></a></li><li><i class="fa--xf far fa-tags" aria-hidden="true" title="Tags"></i><span
class="u-srOnly">Tags</span>
${thTags.map((t) => `<a href="/tags/${t.replace(/ /g, '-')}/" class="tagItem" dir="auto">${t}</a>`).join(' ')}</li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-type="post"
data-href="/inline-mod/">
<div class="block-outer"><div class="block-outer-opposite"><div class="buttonGroup"><a href="/threads/3871234/watch" class="button--link button"
data-xf-click="switch-overlay">
<span class="button-text">Watch</span></a></div></div></div><div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${xfPost(thPosts[0] as XfPost)}
${thSolutionBox}
${thPosts.slice(1).map(xfPost).join('\n')}
</div></div><div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button--wrap button"
data-xf-click="overlay">
<span class="button-text">You must log in or register to reply here.</span></a></div></div></div>
<div class="block" data-widget-key="similar_threads"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><ul
class="structItemContainer">
${thSimilar
  .map(
    (t, i) => `<li class="structItem structItem--thread"><span class="label label--blue">Question</span> <a href="/threads/s${i}/"
class="structItem-title">${t}</a></li>`,
  )
  .join('\n')}
</ul></div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic"><span class="shareButtons-label">${thShare[0]}</span>
<div class="shareButtons-buttons">${thShare
  .slice(1)
  .map(
    (t) => `<a class="shareButtons-button shareButtons-button--brand" href="#" target="_blank" rel="noopener"><i aria-hidden="true"></i><span>${t}</span></a>`,
  )
  .join('')}</div></div></div></div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(thXfFoot)}</ul></div></div><div class="p-footer-copyright">Community platform by XenForo® © 2010-2025 XenForo Ltd.</div></div></footer>
<div class="future-footer"><p>${thFuture[0]}</p><ul>${links(thFuture.slice(1, 8))}</ul><p>${thFuture[8]}</p></div></div>
<div class="consent-banner" role="dialog"
aria-label="Consent"><h2>${thConsent[0]}</h2><p>${thConsent[1]}</p><button>${thConsent[2]}</button><button>${thConsent[3]}</button>
<button>${thConsent[4]}</button></div>
<script>XF.ready(function () { XF.config.url.fullBase = "https://forums.tomshardware.com/"; });</script></body></html>`;
const toms: TestPage = {
  name: 'heldout94-tomshardware-xenforo-forum',
  kind: 'forum',
  html: thHtml,
  // every post is body, a paragraph an entry (the posts break paragraphs with <br>); the quoted post and the solution box's
  // copy of the answer are in neither list; the "Question" prefix label, user titles, extras, signature, "Solution" labels,
  // post numbers, reactions and buttons are furniture; names, post dates and the "Last edited" line are bylines
  title: thTitle,
  headings: [],
  body: texts(thPosts.flatMap((p) => p.paras)),
  bylines: ['tallowmere', 'Nyx_Arden', 'kestrelrig', 'Oct 11, 2025', 'Oct 12, 2025', 'Last edited: Oct 11, 2025'],
  furniture: [
    ...new Set([
      ...thNav,
      ...thSection,
      ...thCrumbs,
      'Question',
      ...thTags,
      'Watch',
      ...thPosts.flatMap((p) => [p.title, p.joined, p.messages, p.score, p.points, `#${p.n}`]),
      'Joined',
      'Messages',
      'Reaction score',
      'Points',
      'Nyx_Arden said:',
      'kestrelrig said:',
      'Click to expand...',
      'Solution',
      'Jump to solution',
      thPosts[3]?.signature ?? '',
      'Like',
      'Reply',
      'Report',
      'tallowmere and Nyx_Arden',
      'You must log in or register to reply here.',
      'Similar threads',
      ...thSimilar,
      ...thShare,
      ...thXfFoot,
      'Community platform by XenForo® © 2010-2025 XenForo Ltd.',
      ...thFuture,
      ...thConsent,
    ]),
  ],
};

export const HELDOUT94_F: readonly TestPage[] = [toms, stackOverflow];
