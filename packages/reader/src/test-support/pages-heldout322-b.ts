import { links, ps, type TestPage, texts } from './page-kit.js';
import { squarespaceYoga } from './pages-heldout322-b2.js';
import { j } from './pages-heldout322-kit.js';

/**
 * Held-out batch 322, file b: a Strava-style club post, a trail-running club's write-up of its winter relay (global header,
 * club header with member count and join button, club tabs, post header with the author and date, kudos and comment counts,
 * two comments, "Give Kudos" / "Comment" / "Share" actions, a "Recent Posts" rail, the cookie banner and the footer) and, from
 * file b2, a yoga studio's class page on Squarespace 7.1. The post's comments are furniture.
 */
const sTitle = 'Winter Relay write-up: four legs, one lost glove and a club record';
const sBody = [
  j(
    'Sunday’s Coldcombe Winter Relay was the biggest turnout we have ever had for a club race: eleven teams of four, forty-four runners,',
    'and at least as many people standing at the changeover field in the sleet holding flasks and spare socks. Thank you all.',
  ),
  j(
    'For anyone who missed the briefing, the relay is four legs of roughly 7 km each, all starting and finishing at the old quarry',
    'car park. Leg one is the long climb to the beacon, leg two the fast forestry tracks, leg three the boggy valley bottom, and leg',
    'four the return over the ridge, which this year came with a headwind that nobody will forget in a hurry.',
  ),
  j(
    'The headline result is that our mixed team of Ellis, Roya, Tobin and Fen set a new club record of 2:31:48, taking almost four',
    'minutes off the 2023 time. Fen closed the gap on the last descent from third to first, which is the most exciting finish I have',
    'watched from that car park. The women’s A team were second in their category despite Roya’s sister having to run leg three',
    'with one glove after the other blew into the reservoir.',
  ),
  'A few things we learned that are worth passing on for next year:',
  j(
    'Hand over at the timing tent, not at the gate. Two teams lost a minute each because the incoming runner and the outgoing runner',
    'were waiting for each other in different places.',
  ),
  j(
    'The ridge leg needs a proper windproof jacket, not a gilet. Several of you came in properly cold, and the marshals were right to',
    'hold the last runners at the cairn until the squall passed.',
  ),
  j(
    'The Thursday recce runs made a real difference. Every team that sent someone on the recce finished without a wrong turn, and',
    'the two teams that did not both went the wrong way at the sheepfold.',
  ),
  j(
    'Full splits are in the club results spreadsheet, and the photos from the changeover field are going up in the club gallery over',
    'the next few days. If you took pictures, drop them in the shared folder and tag yourselves.',
  ),
  j('Next up is the spring handicap on the 22nd. Entries open on Friday, and we still need two more volunteers for the finish funnel.', 'See you on the hill.'),
];
const sList = sBody.slice(4, 7);
const sParas = [...sBody.slice(0, 4), ...sBody.slice(7)];
const sNav = ['Dashboard', 'Training', 'Maps', 'Challenges', 'Clubs', 'Subscription'];
const sTabs = ['Overview', 'Recent Activity', 'Posts', 'Events', 'Members'];
const sComments: readonly (readonly [string, string, string])[] = [
  ['Roya Mendel', '2 days ago', 'The glove is still in the reservoir. I will be back for it in summer.'],
  ['Ivo Sandell', '1 day ago', 'Brilliant write-up. Put me down for the finish funnel on the 22nd.'],
];
const sRecent = ['Spring handicap: entries and start groups', 'Thursday recce runs: new meeting point', 'Kit swap at the clubhouse'];
const sFoot = ['About', 'Careers', 'Press', 'Business', 'Partner Centre', 'Support', 'Terms', 'Privacy Policy', 'Community Standards'];
const sHtml = `<!DOCTYPE html>
<html class="logged-in feed3p0 old-login strava-clubs" lang="en-GB" xmlns:fb="http://www.facebook.com/2008/fbml">
<head><meta charset="UTF-8"><title>${sTitle} | Coldcombe Fell Runners | Strava</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport">
<meta content="Coldcombe Fell Runners on Strava: Winter Relay write-up." name="description">
<meta content="Strava" property="og:site_name"><meta content="article" property="og:type">
<link rel="stylesheet" media="screen" href="https://web-assets.strava.example/assets/strava-app-icons-2d17ad.css" />
<link rel="stylesheet" media="screen" href="https://web-assets.strava.example/assets/strava-orion-73ab01.css" />
<script>window.StravaSentry = { enabled: true }; window.currentAthlete = { id: 58120331, premium: false };</script>
<meta name="csrf-param" content="authenticity_token" /><meta name="csrf-token" content="qU7kX3-tokenless-placeholder" />
</head><body><a class="sr-only" href="#view">Skip to content</a><div class="view">
<header id="global-header"><nav class="nav-bar container" role="navigation"><div class="branding logo-sm"><a class="branding-content centered-vertically"
href="/dashboard" title="Return to the Strava home page"><span class="sr-only">Strava</span></a></div>
<ul class="global-nav nav-group">${links(sNav, 'nav-item drop-down-menu accessible-nav-dropdown')}</ul>
<ul class="user-nav nav-group"><li class="nav-item upgrade"><a class="button btn-signup" href="/subscribe">Start Trial</a></li></ul></nav></header>
<div id="view" class="page container"><div class="club-header row"><div class="spans11 offset1"><div class="club-avatar"><img alt="Coldcombe Fell Runners"
src="https://dgalywyr863hv.cloudfront.example/pictures/clubs/88412/large.jpg"></div>
<h2 class="club-name text-title1">Coldcombe Fell Runners</h2><ul class="inline-stats club-stats"><li><span class="location">Coldcombe, Cumbria</span></li>
<li><a href="/clubs/88412/members"><b>1,284</b> Members</a></li></ul>
<div class="club-actions"><a class="button btn-primary" data-method="post" href="/clubs/88412/join">Join</a></div></div></div>
<ul class="tabs club-tabs">${links(sTabs, 'tab')}</ul>
<div class="row"><div class="spans11 offset1"><div class="post-show" data-react-class="ClubPost" data-react-props="{&quot;postId&quot;:6619204}">
<div class="post-container"><div class="post-header"><div class="avatar avatar-athlete avatar-md"><img alt="Hattie Roswell" class="avatar-img"
src="https://dgalywyr863hv.cloudfront.example/pictures/athletes/3314/medium.jpg"></div>
<div class="post-info"><a class="athlete-name minimal" href="/athletes/3314">Hattie Roswell</a><div class="timestamp text-caption1"
title="Monday, 9 February 2026 at 18:22">9 February 2026</div></div></div>
<h1 class="post-title text-title2">${sTitle}</h1>
<div class="post-body text-body" data-testid="post-body">
${ps(sParas.slice(0, 4))}
<ul>${sList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(sParas.slice(4))}
</div>
<div class="post-media"><div class="photo-grid"><img alt="Photo" src="https://dgtzuqphqg23d.cloudfront.example/relay-changeover.jpg"></div></div>
<div class="post-footer"><div class="social-stats"><a class="kudos-count" href="#kudos">38 kudos</a> <a class="comments-count" href="#comments">2 comments</a>
</div><div class="social-actions"><button class="btn btn-default btn-sm js-add-kudo" title="Give Kudos">Give Kudos</button>
<button class="btn btn-default btn-sm js-add-comment" title="Comment">Comment</button>
<button class="btn btn-default btn-sm js-share" title="Share">Share</button></div></div>
<div id="comments" class="comments"><ul class="list-comments">
${sComments
  .map(
    ([who, when, text]) => `<li class="comment"><div class="avatar avatar-athlete avatar-sm"></div><div class="comment-content"><div class="comment-header">
<a class="minimal" href="/athletes/1">${who}</a> <time class="timestamp text-caption2">${when}</time></div><p class="comment-text">${text}</p></div></li>`,
  )
  .join('\n')}</ul>
<form class="comment-form"><textarea placeholder="Add a comment, @ to mention" name="text"></textarea><button class="btn btn-primary btn-sm"
type="submit">Post</button></form></div></div></div></div>
<aside class="spans5 sidebar"><div class="section"><h3 class="text-title3">Recent Posts</h3><ul class="list-stats">${links(sRecent, 'recent-post')}</ul>
<a class="minimal" href="/clubs/88412/posts">View all posts</a></div></aside></div></div>
<footer id="global-footer" role="contentinfo"><div class="container"><div class="footer-links"><ul>${links(sFoot)}</ul></div>
<div class="copyright">© 2026 Strava</div></div></footer></div>
<div class="cookie-banner" id="cookie-banner" role="dialog" aria-live="polite"><p class="text-caption1">We use cookies and similar technologies to
provide our services, analyse traffic and personalise content. Read more in our Cookie Policy.</p>
<div class="cookie-banner-actions"><button class="btn btn-primary btn-xs" id="accept-cookies">Accept</button><button class="btn btn-default btn-xs"
id="reject-cookies">Reject</button><a href="/legal/cookie_policy">Manage settings</a></div></div>
<script src="https://web-assets.strava.example/assets/packs/js/club_posts-5c1a.js"></script></body></html>`;
const stravaClub: TestPage = {
  name: 'heldout322-strava-club-post',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([...sParas.slice(0, 4), ...sList, ...sParas.slice(4)]),
  bylines: ['Hattie Roswell', '9 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...sNav, 'Start Trial', 'Coldcombe Fell Runners', 'Coldcombe, Cumbria', '1,284', 'Members', 'Join', ...sTabs, '38 kudos',
    '2 comments', 'Give Kudos', 'Comment', 'Share', ...sComments.flat(), 'Post', 'Recent Posts', ...sRecent, 'View all posts', ...sFoot, '© 2026 Strava',
    'We use cookies and similar technologies to provide our services, analyse traffic and personalise content. Read more in our Cookie Policy.',
    'Accept', 'Reject', 'Manage settings',
  ],
};

export const HELDOUT322_B: readonly TestPage[] = [stravaClub, squarespaceYoga];
