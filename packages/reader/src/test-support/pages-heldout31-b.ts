import { links, type TestPage, texts } from './page-kit.js';
import { invisionTopic } from './pages-heldout31-b2.js';

/**
 * Held-out batch 31, file b: a XenForo 2.3 thread (JSON-LD in the head, the "JavaScript is disabled" noscript block, the
 * header with logo, nav tabs, "Log in" and "Register", breadcrumbs, the title with its thread prefix, "Thread starter" and
 * "Start date" line, the messages with the user cell (name, user title, joined, messages, reaction score, location), the
 * attribution with date and "#n", quotes with "said:" and "Click to expand...", "Last edited", the reactions bars, the
 * "You must log in" block, share buttons, "Similar threads", the footer and the cookie notice).
 */
interface XfPost {
  id: number;
  user: string;
  date: string;
  time: string;
  quote?: { user: string; post: number; text: string };
  paras: string[];
  edited?: string;
  reactions?: { kind: string; who: string };
}
const xfTitle = 'Heat pump short cycling every 10 minutes when it’s above 8°C';
const xfUsers: Record<string, [string, string, string, string, string]> = {
  Calum_R: ['New member', 'Sep 22, 2025', '9', '4', 'Perthshire'],
  jo_flowtemp: ['Well-known member', 'Jan 8, 2019', '3,412', '2,870', 'Leeds'],
  PeteA: ['Well-known member', 'Feb 17, 2021', '1,106', '934', 'Shropshire'],
};
const xfPosts: XfPost[] = [
  {
    id: 412870,
    user: 'Calum_R',
    date: 'Nov 3, 2025',
    time: '8:14 AM',
    paras: [
      'Our 7 kW air source heat pump was fitted in September and has been fine through the cold snaps, but on milder days it starts, ' +
        'runs for about ten minutes, stops for five and starts again, all day long. The app shows the flow temperature overshooting by ' +
        'four or five degrees each time before it switches off.',
      'The installer set it up with weather compensation and no buffer tank. We have underfloor heating downstairs on eight loops and ' +
        'radiators upstairs, all with thermostatic valves. Is this normal in mild weather, or is something set up wrong? I am worried ' +
        'about wear on the compressor.',
    ],
  },
  {
    id: 412883,
    user: 'jo_flowtemp',
    date: 'Nov 3, 2025',
    time: '9:02 AM',
    paras: [
      'Some cycling in mild weather is normal, because at 10°C outside the house simply needs less heat than the unit can make at its ' +
        'lowest speed. Ten minutes on and five off is more than I would like, though.',
      'Two things usually make it worse. The first is thermostatic valves closing down loops, which shrinks the volume of water the ' +
        'pump can push its heat into. The second is a heating curve that is too steep, so the target flow temperature is higher than the ' +
        'house needs. What are your curve settings, and how many of the underfloor loops are on room thermostats?',
    ],
    reactions: { kind: 'Like', who: '<bdi>Calum_R</bdi>, <bdi>PeteA</bdi> and 2 others' },
  },
  {
    id: 412901,
    user: 'Calum_R',
    date: 'Nov 3, 2025',
    time: '12:47 PM',
    quote: {
      user: 'jo_flowtemp',
      post: 412883,
      text: 'What are your curve settings, and how many of the underfloor loops are on room thermostats?',
    },
    paras: [
      'The curve runs from 45°C at minus 3 outside to 30°C at 15 outside. All eight loops have their own thermostat, and the bedroom ' +
        'radiators upstairs are turned down to 3.',
    ],
  },
  {
    id: 412915,
    user: 'PeteA',
    date: 'Nov 3, 2025',
    time: '2:31 PM',
    paras: [
      'That is your problem, or most of it. With eight separate room stats, on a mild afternoon half the loops will be closed at any ' +
        'moment, and the pump is trying to dump its minimum output into a fraction of the system. Before you change anything else, open ' +
        'the underfloor loops fully, keep one thermostat in the main living space, and let the heating curve do the work.',
      'I did exactly this last winter on a similar setup and went from three starts an hour to about one start every two hours on mild days.',
    ],
    reactions: { kind: 'Informative', who: '<bdi>Calum_R</bdi>, <bdi>jo_flowtemp</bdi> and 6 others' },
  },
  {
    id: 412938,
    user: 'jo_flowtemp',
    date: 'Nov 3, 2025',
    time: '5:10 PM',
    quote: {
      user: 'PeteA',
      post: 412915,
      text:
        'Before you change anything else, open the underfloor loops fully, keep one thermostat in the main living space, and let the ' +
        'heating curve do the work.',
    },
    paras: [
      'Agree with Pete. I would also drop the curve by a couple of degrees at the mild end. If the rooms stay comfortable at 27°C flow ' +
        'when it is 15°C outside, there is no reason to push 30°C.',
    ],
    reactions: { kind: 'Like', who: '<bdi>PeteA</bdi>' },
  },
  {
    id: 413377,
    user: 'Calum_R',
    date: 'Nov 10, 2025',
    time: '7:55 PM',
    paras: [
      'Update after a week. I opened all the loops, turned the bedroom radiators up to 5 and lowered the mild end of the curve to 27°C. ' +
        'On Saturday, with 11°C outside, the pump ran for almost three hours without stopping, and the house stayed at the same ' +
        'temperature as before.',
      'Electricity use for the week is down about twelve percent on the week before, although the weather was kinder too, so I will not ' +
        'claim all of that. Thanks both, this forum has saved me a call-out fee.',
    ],
    edited: 'Nov 10, 2025',
    reactions: { kind: 'Love', who: '<bdi>PeteA</bdi>, <bdi>jo_flowtemp</bdi> and 3 others' },
  },
  {
    id: 413402,
    user: 'PeteA',
    date: 'Nov 10, 2025',
    time: '9:20 PM',
    paras: ['Nice result. Keep an eye on it when the frosts come back, you may need to nudge the cold end of the curve up a little.'],
  },
];
const xfTime = (date: string, time: string, prop = ''): string =>
  `<time class="u-dt" dir="auto" datetime="2025-11-${date.replace(/\D*(\d+),.*/, '$1').padStart(2, '0')}T${time.slice(0, -3).padStart(5, '0')}:00+0000"
 data-date="${date}" data-time="${time}"
 title="${date} at ${time}"${prop}>${date}</time>`;
const xfQuote = (q: NonNullable<XfPost['quote']>): string => `<blockquote data-attributes="member: ${q.user.length}" data-quote="${q.user}"
 data-source="post: ${q.post}" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title">
<a href="/goto/post?id=${q.post}" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution" data-content-selector="#post-${q.post}">
${q.user} said:</a></div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">${q.text}</div>
<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`;
const xfPost = (p: XfPost, i: number): string => {
  const [title, joined, msgs, score, loc] = xfUsers[p.user]!;
  return `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}" data-content="post-${p.id}" id="js-post-${p.id}"
 itemscope itemtype="https://schema.org/Comment" itemid="https://forum.homeheattalk.example/posts/${p.id}/"><span class="u-anchorTarget" id="post-${p.id}">
</span><div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope
 itemtype="https://schema.org/Person"><div class="message-avatar"><div class="message-avatar-wrapper"><a href="/members/${p.user.toLowerCase()}.${p.id}/"
 class="avatar avatar--m" data-user-id="${p.id}" data-xf-init="member-tooltip"><img src="/data/avatars/m/${p.id}.jpg" alt="${p.user}"
 class="avatar-u${p.id}-m" width="96" height="96" loading="lazy"></a></div></div><div class="message-userDetails"><h4 class="message-name">
<a href="/members/${p.user.toLowerCase()}/" class="username " dir="auto" data-xf-init="member-tooltip"><span itemprop="name">${p.user}</span></a></h4>
<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${title}</h5></div><div class="message-userExtras">
<dl class="pairs pairs--justified"><dt>Joined</dt><dd>${joined}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>${msgs}</dd></dl>
<dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>${score}</dd></dl><dl class="pairs pairs--justified"><dt>Location</dt>
<dd><a href="/misc/location-info?location=${loc}" rel="nofollow noreferrer" target="_blank" class="u-concealed">${loc}</a></dd></dl></div>
<span class="message-userArrow"></span></section></div><div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline "><li class="u-concealed">
<a href="/threads/heat-pump-short-cycling.48211/post-${p.id}" rel="nofollow" itemprop="url">${xfTime(p.date, p.time, ' itemprop="datePublished"')}</a>
</li></ul><ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="/threads/heat-pump-short-cycling.48211/post-${p.id}"
 class="message-attribution-gadget" data-xf-init="share-tooltip" aria-label="Share" rel="nofollow"><i class="fa--xf far fa-share-alt"
 aria-hidden="true"></i></a></li><li><a href="/threads/heat-pump-short-cycling.48211/post-${p.id}" rel="nofollow">#${i + 1}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-${p.id}"
 data-lb-caption-desc="${p.user} &middot; ${p.date} at ${p.time}"><article class="message-body js-selectToQuote"><div itemprop="text">
<div class="bbWrapper">${p.quote ? xfQuote(p.quote) : ''}${p.paras.join('<br>\n<br>\n')}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div>
</article></div>${
    p.edited ? `<div class="message-lastEdit">Last edited: <time class="u-dt" dir="auto" datetime="2025-11-10T20:03:00+0000">${p.edited}</time></div>` : ''
  }</div><footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="/threads/heat-pump-short-cycling.48211/reply?quote=${p.id}" class="actionBar-action actionBar-action--reply" title="Reply, quoting this message"
 rel="nofollow" data-xf-click="quote">Reply</a></div></div>${
   p.reactions
     ? `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small"
 data-reaction-id="1"><i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" loading="lazy"
 width="16" height="16" class="reaction-sprite js-reaction" alt="${p.reactions.kind}" title="${p.reactions.kind}"></span></li></ul><span
 class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/${p.id}/reactions" data-xf-click="overlay" data-cache="false"
 rel="nofollow">${p.reactions.who}</a></div>`
     : '<div class="reactionsBar js-reactionsList "></div>'
 }<div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div></footer></div></div></div></article>`;
};
const xfNav = ['Home', 'Forums', 'What’s new', 'Members'];
const xfCrumbs = ['Home', 'Forums', 'Heating and Hot Water', 'Heat Pumps'];
const xfShare = ['Facebook', 'X', 'Bluesky', 'Reddit', 'WhatsApp', 'Email', 'Share Link'];
const xfSimilar: [string, string, string, string][] = [
  ['Buffer tank or no buffer tank with underfloor heating?', 'Tom Eddis', 'Oct 2, 2025', 'Replies 18 Views 2K'],
  ['Defrost cycles every 40 minutes in damp weather', 'greyhouse', 'Jan 19, 2025', 'Replies 7 Views 880'],
  ['Best settings for weather compensation on a Midea 10 kW', 'ianw', 'Mar 4, 2025', 'Replies 25 Views 4K'],
];
const xfFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'RSS'];
const xfLd = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'DiscussionForumPosting',
  '@id': 'https://forum.homeheattalk.example/threads/heat-pump-short-cycling.48211/',
  headline: xfTitle,
  articleBody: xfPosts[0]!.paras[0],
  articleSection: 'Heat Pumps',
  author: { '@type': 'Person', name: 'Calum_R' },
  datePublished: '2025-11-03T08:14:00+00:00',
  interactionStatistic: { '@type': 'InteractionCounter', interactionType: 'https://schema.org/CommentAction', userInteractionCount: 6 },
});
const xfHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-14"
 data-content-key="thread-48211" data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-thread_view">
<head><meta charset="utf-8"><title>${xfTitle} | HomeHeat Talk</title><meta name="description" content="${xfPosts[0]!.paras[0]!.slice(0, 150)}">
<script type="application/ld+json">${xfLd}</script><link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less&amp;s=4&amp;l=1">
<script>document.documentElement.className = document.documentElement.className.replace('has-no-js', 'has-js');</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top"><header class="p-header" id="header"><div class="p-header-inner">
<div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/homeheat/logo.svg" alt="HomeHeat Talk"
 width="200" height="36"></a></div></div></div></header><div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header">
<nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller"><ul class="p-nav-list js-offCanvasNavSource">${links(xfNav, 'p-navEl')}
</ul></div><div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--textual
 p-navgroup-link--logIn" rel="nofollow" data-xf-click="overlay"><span class="p-navgroup-linkText">Log in</span></a><a href="/register/" class="p-navgroup-link
 p-navgroup-link--textual p-navgroup-link--register" rel="nofollow"><span class="p-navgroup-linkText">Register</span></a></div>
<div class="p-navgroup p-discovery"><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" aria-label="Search"
 title="Search"><i aria-hidden="true"></i><span class="p-navgroup-linkText">Search</span></a></div></div></div></nav></div>
<div class="offCanvasMenu offCanvasMenu--nav js-headerOffCanvasMenu" aria-hidden="true"><div class="offCanvasMenu-backdrop"></div></div>
<div class="p-body"><div class="p-body-inner"><noscript><div class="blockMessage blockMessage--important blockMessage--iconic u-noJsOnly">JavaScript is
 disabled. For a better experience, please enable JavaScript in your browser before proceeding.</div></noscript>
<div class="p-breadcrumbs--parent"><ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">${xfCrumbs
  .map(
    (c, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/${i}/" itemprop="item"><span itemprop="name">${c}
</span></a><meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('')}</ul></div>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value"><span class="label label--skyBlue" dir="auto">Air source</span><span
 class="label-append">&nbsp;</span>${xfTitle}</h1></div><div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far
 fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span> <a href="/members/calum_r.9134/" class="username
 u-concealed" dir="auto" data-user-id="9134" data-xf-init="member-tooltip">Calum_R</a></li><li><i class="fa--xf far fa-clock" aria-hidden="true"
 title="Start date"></i><span class="u-srOnly">Start date</span> <a href="/threads/heat-pump-short-cycling.48211/" class="u-concealed">
${xfTime('Nov 3, 2025', '8:14 AM')}</a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post"
 data-href="/inline-mod/" data-search-target="*"><div class="block-outer"><div class="block-outer-opposite"><div class="buttonGroup"></div></div></div>
<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" data-message-selector=".js-post">
<div class="block-body js-replyNewMessageContainer">
${xfPosts.map(xfPost).join('\n')}
</div></div></div>
<div class="blockMessage blockMessage--none"><div class="block-outer"><div class="block-outer-main">You must log in or register to reply here.</div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons"><span class="shareButtons-label">Share:
</span>
<div class="shareButtons-buttons">${xfShare.map((s) => `<a class="shareButtons-button" href="#"><i aria-hidden="true"></i><span>${s}</span></a>`).join('')}
</div></div></div>
<div class="block" data-widget-key="xfes_thread_view_below_quick_reply_similar_threads"><div class="block-container"><h3 class="block-header">Similar threads
</h3><div class="block-body"><div class="structItemContainer">${xfSimilar
  .map(
    ([
      t,
      u,
      d,
      s,
    ]) => `<div class="structItem structItem--thread"><div class="structItem-cell structItem-cell--main"><div class="structItem-title"><a href="/t/">${t}</a>
</div><div class="structItem-minor"><ul class="structItem-parts"><li><a class="username" href="/m/">${u}</a></li><li class="structItem-startDate"><a
 href="/t/" rel="nofollow"><time class="u-dt">${d}</time></a></li></ul></div></div><div class="structItem-cell structItem-cell--meta">${s
   .replace(/(\d\S*)/g, '<dd>$1</dd>')
   .replace(/(Replies|Views)/g, '<dt>$1</dt>')}</div></div>`,
  )
  .join('\n')}</div></div></div></div></div></div></div>
<ul class="p-breadcrumbs p-breadcrumbs--bottom">${links(xfCrumbs)}</ul></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(xfFoot)}<li><a href="/" data-nav-id="home">Home</a></li></ul></div></div><div class="p-footer-copyright">
<a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo® © 2010-2025 XenForo Ltd.</a>
</div></div></footer></div>
<div class="u-bottomFixer js-bottomFixTarget">
<div class="notices notices--bottom_fixer notices--isMulti js-notices" data-xf-init="notices" data-type="bottom_fixer">
<ul class="notices-holder"><li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0"
 data-display-duration="0" data-auto-dismiss="0" data-visibility=""><div class="notice-content"><div class="u-alignCenter">This site uses cookies to help
 personalise content, tailor your experience and to keep you logged in if you register. By continuing to use this site, you are consenting to our use
 of cookies.</div><div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice" class="button button--notice"><span class="button-text">
Accept</span></a><a href="/help/cookies" class="button button--notice"><span class="button-text">Learn more…</span></a></div></div></li></ul></div></div>
<script src="/js/xf/preamble.min.js?_v=3e0b0d2f"></script></body></html>`;
const xfWho = xfPosts.flatMap((p) => (p.reactions ? [p.reactions.who.replace(/<\/?bdi>/g, '')] : [])).filter((w) => w.includes(' '));
const xenforo: TestPage = {
  html: xfHtml,
  name: 'heldout31-xenforo-thread',
  kind: 'forum',
  // the seven posts are body (each <br><br> paragraph an item), the quotes in posts 3 and 5 repeat posts 2 and 4 (in neither
  // list); names (the "Thread starter" one too) and post dates are bylines, "Last edited:" is furniture and its date a byline;
  // a quote header ("jo_flowtemp said:") is the quoted post's author line: a byline; user titles, the joined dates (a profile
  // field), message counts, reaction scores, locations, "#1"..., the reactions bars ("Calum_R, PeteA and 2 others"), nav,
  // breadcrumbs, the noscript message, "You must log in", share buttons, "Similar threads" (titles, starters, dates and
  // counts: a list of other threads), footer and cookie notice are furniture; "Home", "Forums" and "Heat Pumps" (breadcrumbs)
  // are kept; words of the posts are left out: the thread prefix "Air source" (a label, not part of the title; post 1 says
  // "air source heat pump") and the post numbers "#3", "#5", "#7"; post 5's reactions bar is "PeteA" alone (a byline already)
  title: xfTitle,
  headings: [],
  body: texts(xfPosts.flatMap((p) => p.paras)),
  bylines: ['Calum_R', 'jo_flowtemp', 'PeteA', 'Nov 3, 2025', 'Nov 10, 2025', 'jo_flowtemp said:', 'PeteA said:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xfNav, 'Log in', 'Register', 'Search', 'JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding.',
    ...xfCrumbs.slice(2), 'Thread starter', 'Start date', ...new Set(Object.values(xfUsers).flat()),
    'Joined', 'Messages', 'Reaction score', 'Location', '#1', '#2', '#4', '#6', 'Click to expand...', 'Last edited:', 'Reply',
    'Reactions:', ...xfWho, 'You must log in or register to reply here.', 'Share:', ...xfShare, 'Similar threads', ...xfSimilar.flat(), ...xfFoot,
    'Community platform by XenForo® © 2010-2025 XenForo Ltd.',
    'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
    'By continuing to use this site, you are consenting to our use of cookies.', 'Accept', 'Learn more…',
  ],
};

export const HELDOUT31_B: readonly TestPage[] = [xenforo, invisionTopic];
