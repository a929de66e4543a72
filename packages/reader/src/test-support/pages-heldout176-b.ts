import { links, ps, type TestPage, texts } from './page-kit.js';
import { sonosPage } from './pages-heldout176-b2.js';

/**
 * Held-out batch 176, file b: a Garmin forums (Telligent / Verint Community) thread (the Garmin global header and forum
 * nav, the breadcrumb, the thread-start fragment with the h1, author and "Not Answered" state, the thread's action links,
 * the replies list with "Sort by" links, a "Verified Answer" reply, vote controls and "Reply" / "Cancel" links, the
 * "Related" rail and the Garmin footer) and, from file b2, a Sonos community (inSided) topic.
 */
const gTitle = 'Quartzline 2 track log has gaps of several minutes under tree cover';
const gP1 = [
  'I bought a Quartzline 2 in September for hiking and it has mostly been great, but my recorded tracks have gaps where it ' +
    'draws a straight line between two points several minutes apart. It only seems to happen in thick forest.',
  'Yesterday on a six hour walk I counted four gaps, the longest about seven minutes. The unit shows a good signal with five ' +
    'bars at the start, and I am recording with the Auto interval and Most Often setting. Software is version 4.30.',
  'Is this normal for this device in woodland, or is something set up wrong? My old unit never did this on the same paths.',
];
const gR1 = [
  'Check which satellite system you have selected. Out of the box mine was on GPS only. Under Setup, Sensors, Satellite, ' +
    'switching to Multi-GNSS made a big difference in the forest for me, at the cost of some battery life.',
];
const gR2 = ['Thank you, it was on GPS only. I will switch it and report back after the weekend.'];
const gR3 = [
  'Thanks for the report. Along with Multi-GNSS, please set the recording interval to Time and one second for a test walk. ' +
    'The Auto setting can drop points when the position is uncertain, which shows up as straight lines under heavy cover.',
  'If the gaps continue with both changes, send the GPX file and the unit serial number to Product Support and mention this ' +
    'thread so the team can look at the raw data.',
];
const gR4 = [
  'Update for anyone who finds this later: with Multi-GNSS and a one second interval I walked the same route on Sunday and got ' +
    'no gaps at all. Battery went from full to 71 percent over five and a half hours, which is fine for me.',
  'I also turned off the battery saver setting that lowers the satellite update rate. Not sure it mattered, but I will leave it off for longer walks.',
];
const gTop = ['Shop', 'Explore', 'Support', 'Sign In', 'Cart'];
const gForumNav = ['Forums', 'Sports & Fitness', 'Outdoor Recreation', 'Automotive', 'Aviation', 'Marine'];
const gCrumbs = ['Forums', 'Outdoor Recreation', 'Handheld GPS', 'Quartzline Series'];
const gRelated = [
  'Track recording stops after sleep mode',
  'Multi-GNSS vs GPS only battery test',
  'Quartzline 2 firmware 4.30 release notes discussion',
  'Compass drifts after calibration',
];
const gFoot = ['Customer Service', 'Site Map', 'Careers', 'Privacy', 'Cookie Policy', 'Terms of Use', 'Security'];
const gCopy = 'Copyright © 1996-2025 Garmin Ltd. or its subsidiaries.';
const gUser = (
  n: string,
  id: number,
): string => `<div class="author header"><div class="avatar"><a href="/members/${n.toLowerCase()}" class="internal-link view-user-profile">
<img src="https://forums.garmin.com/cfs-file/__key/system/images/anonymous.gif" alt="${n}" width="32" height="32" border="0"></a></div>
<div class="meta"><span class="user-name"><a href="/members/${n.toLowerCase()}" class="internal-link view-user-profile" data-userid="${id}">${n}</a></span>
</div></div>`;
const gReply = (n: string, id: number, ago: string, body: string, votes: string, answer = false): string => `<li class="threaded content-item"
data-id="${id * 3}" data-key="${id}"><div class="content full threaded-reply-content${answer ? ' answer verified' : ''}">
${gUser(n, id)}
${answer ? '<div class="answer-label verified"><span class="value">Verified Answer</span></div>' : ''}
<div class="content">${body}</div>
<div class="actions footer"><div class="navigation-list ui-links" data-direction="horizontal"><ul>
<li class="navigation-list-item date"><a href="/thread/${id}" class="internal-link view-post"><span class="attribute-value ui-agodate">${ago}</span></a></li>
<li class="navigation-list-item vote"><span class="vote-up" title="Up">Up</span><span class="vote-count">${votes}</span><span class="vote-down"
title="Down">Down</span></li>
<li class="navigation-list-item"><a href="#" class="reply">Reply</a></li><li class="navigation-list-item"><a href="#" class="cancel">Cancel</a></li>
</ul></div></div></div></li>`;
const gHtml = `<!DOCTYPE html>
<html lang="en-US" class="direction-ltr"><head><meta charset="utf-8"><title>${gTitle} - Quartzline Series - Handheld GPS - Garmin Forums</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${texts(gP1)[0]}">
<meta property="og:title" content="${gTitle}"><meta property="og:type" content="article"><meta name="GENERATOR" content="Telligent Community 12">
<link rel="canonical"
href="https://forums.garmin.com/outdoor-recreation/outdoor-recreation/f/quartzline-series/412908/${gTitle.toLowerCase().replace(/ /g, '-')}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${gTitle}",
"answerCount":4,"author":{"@type":"Person","name":"hollowridge_walker"},"dateCreated":"2025-10-18T08:14:00Z"}}</script>
<link rel="stylesheet" href="https://forums.garmin.com/cfs-file/__key/system/theme/garmin-responsive.css">
<script src="https://forums.garmin.com/Utility/jquery/jquery.js"></script><script>jQuery.telligent.evolution.site.configure({});</script></head>
<body><div class="single-column" id="telligent-site"><header class="gh__header"><a class="gh__logo" href="https://www.garmin.com/">
<span class="gh__sr">Garmin</span></a>
<nav class="gh__nav"><ul>${links(gTop, 'gh__nav-item')}</ul></nav></header>
<div class="header-fragments"><div class="content-fragment navigation-custom"><ul class="navigation-list">${links(gForumNav, 'navigation-list-item')}</ul></div>
<div class="content-fragment breadcrumbs"><div class="breadcrumbs"><span class="breadcrumb-list">
${gCrumbs.map((c) => `<span class="crumb group"><a href="/${c.length}">${c.replace(/&/g, '&amp;')}</a></span><span class="separator">/</span>`).join('\n')}
</span></div></div></div>
<div class="layout"><div class="layout-content content-left-sidebar-right"><div class="layout-region content" data-region="content">
<div class="content-fragment thread-start no-wrapper with-spacing" id="fragment-2042"><div class="content-fragment-content">
<div class="content full with-author text forum-thread"><h1 class="name">${gTitle}</h1>
${gUser('hollowridge_walker', 88213)}
<div class="content"><div class="thread-state not-answered"><span class="value">Not Answered</span></div>
${ps(gP1)}
</div><div class="actions footer"><div class="navigation-list ui-links" data-direction="horizontal"><ul>
<li class="navigation-list-item date"><span class="attribute-value ui-agodate">25 days ago</span></li>
<li class="navigation-list-item"><a href="#" class="internal-link subscribe">Subscribe</a></li><li class="navigation-list-item"><a href="#">Share</a></li>
<li class="navigation-list-item"><a href="#" class="ui-links-more">More</a></li><li class="navigation-list-item"><a href="#">Cancel</a></li></ul></div></div>
</div></div></div>
<div class="content-fragment thread-replies no-wrapper" id="fragment-2043"><div class="content-fragment-header"><h2>Replies</h2></div>
<div class="sort"><div class="navigation-list ui-links" data-direction="horizontal"><ul><li class="navigation-list-item"><a href="#"
class="selected">Sort by votes</a></li>
<li class="navigation-list-item"><a href="#">Sort by date</a></li></ul></div></div>
<ul class="content-list threaded">
${gReply('Dennis_K', 30127, '24 days ago', ps(gR1), '3')}
${gReply('hollowridge_walker', 88213, '24 days ago', ps(gR2), '0')}
${gReply('Garmin-Ingrid', 4410, '23 days ago', ps(gR3), '5', true)}
${gReply('hollowridge_walker', 88213, '21 days ago', ps(gR4), '2')}
</ul></div></div>
<div class="layout-region right-sidebar" data-region="right-sidebar"><div class="content-fragment related-content"><div class="content-fragment-header">
<h2>Related</h2></div><ul class="content-list">${links(gRelated, 'content-item')}</ul></div></div></div></div>
<footer class="gf__footer"><ul>${links(gFoot, 'gf__link')}</ul><p class="gf__copyright">${gCopy}</p></footer></div></body></html>`;
const garmin: TestPage = {
  name: 'heldout176-garmin-telligent-forum',
  kind: 'forum',
  html: gHtml,
  // the thread's "Not Answered" state, "Verified Answer" label, vote controls and counts, the "Replies" header, sort links,
  // related threads, menus, breadcrumb and footer are furniture; user names and the "ago" dates are bylines
  title: gTitle,
  headings: [],
  body: texts([...gP1, ...gR1, ...gR2, ...gR3, ...gR4]),
  bylines: ['hollowridge_walker', 'Dennis_K', 'Garmin-Ingrid', '25 days ago', '24 days ago', '23 days ago', '21 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Garmin', ...gTop, ...gForumNav, 'Quartzline Series', 'Handheld GPS', 'Not Answered', 'Subscribe', 'Share', 'More', 'Cancel', 'Replies',
    'Sort by votes', 'Sort by date', 'Up', 'Down', '3', '5', '2', 'Verified Answer', 'Reply', 'Related', ...gRelated, ...gFoot, gCopy,
  ],
};

export const HELDOUT176_B: readonly TestPage[] = [garmin, sonosPage];
