import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 13, file c: an incident report on an Atlassian Statuspage-style status page (incident name, affected
 * components, update rows with "Posted ... ago" stamps, postmortem, "Subscribe to Updates", "Powered by") and a XenForo 2
 * thread (member cards, quotes with "Click to expand...", reactions, "You must log in or register to reply here.").
 */
const spTitle = 'Delayed webhook deliveries in the EU region';
const spPostmortem = [
  'On March 5, between 07:48 and 10:31 UTC, webhook deliveries for accounts hosted in our EU region were delayed. At the worst point, ' +
    'about 40 percent of events waited more than 20 minutes before their first delivery attempt. No events were lost, and every delayed ' +
    'event was delivered in its original order by 11:05 UTC. Customers in the US and APAC regions were not affected.',
  'The delay began when a routine database maintenance job ran on the primary node of the EU delivery queue. The job rebuilt an index on ' +
    'the table that tracks pending attempts, and while it ran, queries that pick the next batch of events slowed from a few milliseconds to ' +
    'several seconds. Our delivery workers use a fixed pool of connections, so the slow queries held every connection and new events piled up.',
  'Our alerting fired at 07:56, but it measured the age of the oldest event in each customer queue rather than across the region, so ' +
    'the first alerts were routed as low priority. The on-call engineer escalated at 08:20 once several customers reported delays.',
  'After stopping the maintenance job at 09:02, we found the half-built index had left the planner choosing a sequential scan. We dropped ' +
    'it, analyzed the table and doubled the worker pool to drain the backlog, which was cleared by 10:31.',
  'We are making the following changes:',
];
const spChanges = [
  'Index maintenance on delivery tables now runs only on replicas that are promoted after the rebuild, never on a live primary.',
  'Delivery workers will keep a reserved set of connections for the batch query so that other slow queries cannot starve it.',
  'We have added a region-wide alert on the age of the oldest pending event, paged at high priority after five minutes.',
  'The status page will now be updated within 15 minutes of an alert that affects delivery times, even before we know the cause.',
];
const spUpdates: [string, string, string][] = [
  [
    'Resolved',
    'This incident has been resolved. All delayed webhook events have been delivered, and delivery times in the EU region are normal.',
    '3 days ago. Mar 05, 2025 - 11:12',
  ],
  [
    'Monitoring',
    'A fix has been applied and the backlog is draining. New events are being delivered within a few seconds; older events ' +
      'will be delivered in order over the next hour.',
    '3 days ago. Mar 05, 2025 - 10:34',
  ],
  [
    'Identified',
    'We have identified a slow database query on the EU delivery queue and stopped the maintenance job that caused it. We are ' +
      'working to restore normal query times.',
    '3 days ago. Mar 05, 2025 - 09:05',
  ],
  [
    'Investigating',
    'We are investigating reports of delayed webhook deliveries for some customers in the EU region. Events are being ' + 'queued and will be delivered.',
    '3 days ago. Mar 05, 2025 - 08:24',
  ],
];
const spHtml = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Hookline Status - ${spTitle}</title><meta name="description" content="Hookline's Status Page - ${spTitle}.">
<meta property="og:title" content="Hookline Status - ${spTitle}"><meta property="og:url" content="https://status.hookline.io/incidents/q8m2x7v4k1lt">
<link rel="alternate" type="application/atom+xml" href="https://status.hookline.io/history.atom">
<link rel="stylesheet" media="screen" href="https://dka575ofm4ao0.cloudfront.net/assets/status/status_manifest-5f1b.css">
<script>var pageColorData = {"blue":"#3498DB","border":"#E0E0E0","body_background":"#ffffff","font":"#333333","green":"#2FCC66"};</script>
<style>.layout-content.status .masthead{background-color:#1c2b3a}.incident-name.impact-major{color:#e67e22}</style></head>
<body class="status incident index"><div class="layout-content status status-incident">
<div class="masthead-container basic"><div class="masthead has-logo"><div class="logo-container"><a href="https://hookline.io">
<img src="https://dka575ofm4ao0.cloudfront.net/pages-transactional_logos/retina/227711/hookline.png" alt="Hookline Logo"></a></div>
<div class="updates-dropdown-container"><a class="show-updates-dropdown" href="#">Subscribe to Updates</a>
<div class="updates-dropdown" style="display:none;"><div class="updates-dropdown-nav"><a href="#" class="subscribe-tab email">Email</a>
<a href="#" class="subscribe-tab sms">SMS</a><a href="#" class="subscribe-tab webhook">Webhook</a><a href="#" class="subscribe-tab rss">Atom/RSS</a></div>
<div class="updates-dropdown-section" id="updates-dropdown-email"><div class="directions">Get email notifications whenever Hookline
<strong>creates</strong>, <strong>updates</strong> or <strong>resolves</strong> an incident.</div><form action="/subscriptions" method="post">
<label for="email">Email address:</label><input type="text" name="email" id="email"><button class="flat-button">Subscribe via Email</button>
<div class="small">This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</div></form></div>
<div class="updates-dropdown-section" id="updates-dropdown-sms" style="display:none;">
<div class="directions">Get text message notifications whenever Hookline <strong>creates</strong> or <strong>resolves</strong> an incident.</div>
<form action="/subscriptions" method="post"><label for="phone-country">Country code:</label>
<select id="phone-country" name="phone_country"><option value="us">United States (+1)</option><option value="gb">United Kingdom (+44)</option></select>
<label for="phone-number">Phone number:</label><input type="text" name="phone_number" id="phone-number">
<button class="flat-button">Subscribe via Text Message</button></form></div>
<div class="updates-dropdown-section" id="updates-dropdown-webhook" style="display:none;">
<div class="directions">Get webhook notifications whenever Hookline <strong>creates</strong> an incident, <strong>updates</strong> an incident,
<strong>resolves</strong> an incident or <strong>changes</strong> a component status.</div>
<form action="/subscriptions" method="post"><label for="endpoint">Webhook URL:</label><input type="text" name="endpoint" id="endpoint">
<button class="flat-button">Subscribe to Notifications</button></form></div>
<div class="updates-dropdown-section" id="updates-dropdown-rss" style="display:none;">Get the <a href="/history.atom">Atom Feed</a> or
<a href="/history.rss">RSS Feed</a>.</div></div></div></div></div>
<div class="container"><div class="page-title"><div class="incident-name impact-major">${spTitle}</div>
<div class="subheader impact-major">Incident Report for <a class="color-secondary" href="https://status.hookline.io">Hookline</a></div></div>
<div class="incident-updates-container">
<div class="row update-row"><div class="update-title span3 font-large">Postmortem</div><div class="update-body span9">
<div class="postmortem-body">
${ps(spPostmortem)}
<ul>${spChanges.map((s) => `<li>${s}</li>`).join('\n')}</ul></div>
<div class="update-timestamp font-small color-secondary">Posted <span class="ago">3 days ago</span>. Mar 07, 2025 - 16:40 UTC</div></div></div>
${spUpdates
  .map(
    ([label, text, when]) =>
      `<div class="row update-row">\n<div class="update-title span3 font-large">${label}</div>\n<div class="update-body span9">\n` +
      `<span class="whitespace-pre-wrap">${text}</span>\n<div class="update-timestamp font-small color-secondary">Posted ${when} UTC</div></div></div>`,
  )
  .join('\n')}
<div class="row components-affected font-small color-secondary border-color">This incident affected: Webhook Delivery (EU) and Event API (EU).</div></div></div>
<div class="page-footer border-color font-small"><a href="/" class="color-secondary">← Current Status</a>
<a href="https://www.atlassian.com/software/statuspage?utm_campaign=status.hookline.io" class="powered-by">Powered by Atlassian Statuspage</a></div>
</div><script src="https://dka575ofm4ao0.cloudfront.net/assets/status/status_manifest-9c1e.js"></script></body></html>`;
const statusPage: TestPage = {
  html: spHtml,
  name: 'heldout13-statuspage-incident',
  kind: 'blog',
  // hard calls: the page has no heading elements; the postmortem and every update's text are the article (the timeline is
  // what a reader summarizes), the update labels (Postmortem, Resolved, ...) are neither (each heads its own text, a status
  // word a reader keeps with it); the "Posted ..." stamps are bylines; the affected-components line is furniture (a
  // page-template line, not prose), like the subscribe dropdown, "Incident Report for Hookline" and the footer links.
  // Round 12: the subscribe tab's one word "Webhook" is no furniture snippet, as batches 4, 7 and 12 did for one-word
  // snippets that are words of the title or body (the title "Delayed webhook deliveries in the EU region" holds it)
  title: spTitle,
  headings: [],
  body: [...texts(spPostmortem), ...texts(spChanges), ...spUpdates.map(([, t]) => t)],
  bylines: ['Posted 3 days ago. Mar 07, 2025 - 16:40 UTC', ...spUpdates.map(([, , w]) => `Posted ${w} UTC`)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe to Updates', 'Email', 'SMS', 'Atom/RSS', 'Get email notifications whenever Hookline creates, updates or resolves an incident.',
    'Email address:', 'Subscribe via Email', 'Get text message notifications whenever Hookline creates or resolves an incident.', 'Country code:',
    'United States (+1)', 'United Kingdom (+44)', 'Phone number:', 'Subscribe via Text Message', 'Webhook URL:', 'Subscribe to Notifications',
    'Get webhook notifications whenever Hookline creates an incident, updates an incident, resolves an incident or changes a component status.',
    'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
    'Get the Atom Feed or RSS Feed.', 'Incident Report for Hookline', 'This incident affected: Webhook Delivery (EU) and Event API (EU).',
    '← Current Status', 'Powered by Atlassian Statuspage',
  ],
};

const xfTitle = 'Bandsaw drifting on resaw cuts - tried everything I can think of';
interface XfPost {
  id: number;
  user: string;
  title: string;
  joined: string;
  messages: string;
  score: string;
  date: string;
  quote?: [string, number, string];
  paras: string[];
  reacts?: string;
}
const xfPosts: XfPost[] = [
  {
    id: 81204,
    user: 'cedar_and_sawdust',
    title: 'Member',
    joined: 'Jun 14, 2021',
    messages: '212',
    score: '96',
    date: 'Feb 11, 2025',
    paras: [
      'I have a 14 inch bandsaw with a riser block and I am trying to resaw some 7 inch wide white oak into bookmatched panels for a cabinet ' +
        'door. Every cut wanders. It starts out fine, then about halfway down the board the blade leans toward the fence and I end up with a ' +
        'slab that is 3/8 thick at the top and barely 1/4 at the bottom.',
      'So far I have re-tensioned the blade, set the guide blocks with a dollar bill, squared the table to the blade and tried angling the ' +
        'fence to match the drift. The blade is a 1/2 inch 6 TPI that came with the saw. Any ideas before I give up and send these to the planer?',
    ],
    reacts: 'HandPlaneHank',
  },
  {
    id: 81211,
    user: 'HandPlaneHank',
    title: 'Well-known member',
    joined: 'Mar 3, 2016',
    messages: '8,941',
    score: '5,317',
    date: 'Feb 11, 2025',
    quote: ['cedar_and_sawdust', 81204, 'The blade is a 1/2 inch 6 TPI that came with the saw.'],
    paras: [
      'There is your problem, or most of it. The blades that ship with these saws are usually soft and dull by the time you have done a few ' +
        'test cuts. A 3 TPI hook tooth blade clears sawdust from a deep cut much better, and a blade that cannot clear its gullets will push ' +
        'itself sideways.',
      'Also, a barrel-shaped cut like you describe, where the board is thicker at one face, is usually a tension problem rather than drift. ' +
        'Most 14 inch saws with a riser cannot tension a 1/2 inch blade properly. Try a 3/8 blade with the tension gauge one setting higher.',
    ],
    reacts: 'cedar_and_sawdust, Marguerite_T and 2 others',
  },
  {
    id: 81230,
    user: 'Marguerite_T',
    title: 'Active member',
    joined: 'Nov 20, 2019',
    messages: '1,604',
    score: '1,122',
    date: 'Feb 12, 2025',
    paras: [
      'Agree on the blade. One more thing to check is where the blade rides on the upper wheel. If the tracking puts the gullets off the ' +
        'crown of the tire, the blade wants to steer. Set the tracking so the deepest part of the gullet sits right on the crown, then redo ' +
        'your guides.',
      'And slow your feed rate down. In oak that wide I feed about as fast as the sawdust comes out of the bottom guide, no faster.',
    ],
  },
  {
    id: 81302,
    user: 'cedar_and_sawdust',
    title: 'Member',
    joined: 'Jun 14, 2021',
    messages: '212',
    score: '96',
    date: 'Feb 15, 2025',
    paras: [
      'Update for anyone who finds this later. I bought a 3/8 inch 3 TPI hook blade, centered the gullets on the crown as Marguerite ' +
        'suggested and took the tension up a notch past the mark for 1/2 inch. The first cut on a 7 inch board came out within a ' +
        'sixty-fourth top to bottom.',
      'I also stopped angling the fence. With the new blade the drift was so small that a straight fence square to the table works fine. ' +
        'Thanks all, the panels are glued up now.',
    ],
    reacts: 'HandPlaneHank and Marguerite_T',
  },
];
const xfSimilar = [
  ['Best blade for resawing walnut on a 14" saw?', 'Replies: 18'],
  ['Riser block worth it?', 'Replies: 27'],
];
const xfQuote = (q: [string, number, string]): string =>
  `<blockquote data-attributes="member: 2290" data-quote="${q[0]}" data-source="post: ${q[1]}" class="bbCodeBlock bbCodeBlock--expandable ` +
  `bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=${q[1]}" class="bbCodeBlock-sourceJump" ` +
  `rel="nofollow" data-xf-click="attribution">${q[0]} said:</a></div>\n<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent ` +
  `js-expandContent ">${q[2]}</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div>
</blockquote>`;
const xfPost = (p: XfPost, n: number): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}"
data-content="post-${p.id}" id="js-post-${p.id}"><span class="u-anchorTarget" id="post-${p.id}"></span><div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user" itemscope itemtype="https://schema.org/Person">
<div class="message-avatar"><div class="message-avatar-wrapper"><a href="/members/${p.user}.${p.id % 977}/" class="avatar avatar--m"
data-user-id="${p.id % 977}"><img src="/data/avatars/m/0/${p.id % 977}.jpg" alt="${p.user}" class="avatar-u${p.id % 977}-m"></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.user}/" class="username" itemprop="name">${p.user}</a></h4>
<h5 class="userTitle message-userTitle" itemprop="jobTitle">${p.title}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl>
<dl class="pairs pairs--justified"><dt>Messages</dt><dd>${p.messages}</dd></dl><dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>${p.score}</dd>
</dl></div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/bandsaw-drifting.61207/post-${p.id}" rel="nofollow">
<time class="u-dt" dir="auto" data-date-string="${p.date}">${p.date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="/posts/${p.id}/share" class="message-attribution-gadget"
title="Share" aria-label="Share"><i class="fa--xf far fa-share-alt"></i></a></li><li><a href="/threads/bandsaw-drifting.61207/post-${p.id}">#${n}</a></li>
</ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote">
<div class="bbWrapper">${p.quote ? xfQuote(p.quote) : ''}${p.paras.join('<br />\n<br />\n')}</div></article></div></div><footer class="message-footer">${
  p.reacts
    ? `<div class="reactionsBar js-reactionsList is-active"><a class="reactionsBar-link" href="/posts/${p.id}/reactions">
<bdi>${p.reacts}</bdi></a></div>`
    : ''
}</footer></div></div></div></article>`;
const xfHtml = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-14" data-logged-in="false">
<head><meta charset="utf-8"><title>${xfTitle} | Sawdust Junction Forums</title><meta name="description" content="I have a 14 inch bandsaw with a riser block">
<meta property="og:site_name" content="Sawdust Junction Forums"><meta property="og:type" content="website"><meta property="og:title" content="${xfTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${xfTitle}",
"datePublished":"2025-02-11T19:42:10-0500",
"author":{"@type":"Person","name":"cedar_and_sawdust"},"interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":3}}</script>
<script>window.XF = window.XF || {}; XF.config = {"userId":0,"enablePush":false,"url":{"fullBase":"https://forum.sawdustjunction.com/"}};</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top"><header class="p-header" id="header"><div class="p-header-inner">
<div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/sj/logo.png" alt="Sawdust Junction Forums"></a></div></div></header>
<div class="p-navSticky p-navSticky--primary"><nav class="p-nav"><ul class="p-nav-list">${links(['Forums', "What's new", 'Media', 'Members'], 'p-navEl')}</ul>
<div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link--logIn">Log in</a>
<a href="/register/" class="p-navgroup-link--register">Register</a></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
<li><a href="/forums/#tools-machinery.3">Tools &amp; Machinery</a></li><li><a href="/forums/power-tools.14/">Power Tools</a></li></ul>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">${xfTitle}</h1></div><div class="p-description">
<ul class="listInline listInline--bullet">
<li><span class="u-srOnly">Thread starter</span> <a href="/members/cedar_and_sawdust.227/" class="username u-concealed">cedar_and_sawdust</a></li>
<li><span class="u-srOnly">Start date</span> <time class="u-dt">Feb 11, 2025</time></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="block block--messages"><div class="block-container lbContainer">
<div class="block-body js-replyNewMessageContainer">
${xfPosts.map((p, i) => xfPost(p, i + 1)).join('\n')}
</div></div></div><div class="block-outer block-outer--after"><div class="block-outer-opposite">
<a href="/login/" class="button--link button">You must log in or register to reply here.</a>
</div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><div class="structItemContainer">
${xfSimilar
  .map(
    ([t, r]) => `<div class="structItem structItem--thread"><div class="structItem-title"><a href="/threads/x/">${t}</a></div>
<div class="structItem-minor">Forum: Power Tools</div><dl class="pairs pairs--justified"><dt>${r}</dt></dl></div>`,
  )
  .join('\n')}
</div></div></div></div><div class="shareButtons">
<span class="shareButtons-label">Share:</span>${links(['Facebook', 'X', 'Reddit', 'Email', 'Share Link'], 'shareButtons-button')}</div></div></div></div></div>
<footer class="p-footer" id="footer"><ul class="p-footer-linkList">${links(['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'RSS'])}</ul>
<div class="p-footer-copyright">Community platform by XenForo® © 2010-2025 XenForo Ltd.</div></footer></div>
<script src="/js/xf/preamble.min.js?_v=4f1a9e2c"></script></body></html>`;
const forumThread: TestPage = {
  html: xfHtml,
  name: 'heldout13-xenforo-thread',
  kind: 'forum',
  // hard calls: every post's text is body; the quoted sentence repeats the first post (so it is body already) and its
  // "... said:" attribution and "Click to expand..." are furniture; usernames and post dates are bylines; member-card
  // titles, "Joined / Messages / Reaction score" and their values, reaction names, post numbers and similar threads furniture
  title: xfTitle,
  headings: [],
  body: xfPosts.flatMap((p) => p.paras),
  bylines: ['cedar_and_sawdust', 'HandPlaneHank', 'Marguerite_T', 'Feb 11, 2025', 'Feb 12, 2025', 'Feb 15, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Forums', "What's new", 'Media', 'Members', 'Log in', 'Register', 'Tools & Machinery', 'Power Tools', 'Thread starter', 'Start date', 'Member',
    'Well-known member', 'Active member', 'Joined', 'Messages', 'Reaction score', 'Jun 14, 2021', 'Mar 3, 2016', 'Nov 20, 2019', '8,941', '5,317',
    '#1', '#2', '#3', '#4', 'cedar_and_sawdust said:', 'Click to expand...', 'cedar_and_sawdust, Marguerite_T and 2 others', 'HandPlaneHank and Marguerite_T',
    'You must log in or register to reply here.', 'Similar threads', ...xfSimilar.flat(), 'Forum: Power Tools', 'Share:', 'Facebook', 'X', 'Reddit',
    'Email', 'Share Link', 'Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'RSS', 'Community platform by XenForo® © 2010-2025 XenForo Ltd.',
  ],
};

export const HELDOUT13_C: readonly TestPage[] = [statusPage, forumThread];
