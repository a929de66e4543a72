import { links, ps, type TestPage, texts } from './page-kit.js';
import { gcpIncident } from './pages-heldout354-e2.js';
import { j } from './pages-heldout354-kit.js';

/**
 * Held-out batch 354, file e: an ISP's outage announcement on a Khoros (Lithium) community (the lia- quilt layout, the
 * community header with search and "Sign In", breadcrumbs, the "Announcement" label, the author rank and post date, kudos and
 * "Mark as Read" menus, the "Solved!" box, the replies with their ranks, "Tags", the "Latest Service Updates" sidebar and the
 * footer); the staff post and the customer replies are the body.
 */
const kTitle = 'Broadband outage in North Tyneview and Castlegate – Resolved';
const kMain = [
  'Hi everyone,',
  j(
    'Some customers in the North Tyneview and Castlegate areas lost their broadband and phone service from around 02:15 on Saturday',
    '7 March. The cause was a fibre cable cut by contractors working on a water main near the Castlegate exchange. About 3,400',
    'homes and businesses were affected.',
  ),
  j(
    'Our engineers were on site from 04:00. Because the cable runs under a road, the council had to close a lane before we could dig,',
    'and the repair took longer than we first said. Service was restored to most customers by 16:30, and the last cabinet came back',
    'online at 18:05.',
  ),
  'If you are still having trouble, please try the following before you contact us:',
];
const kSteps = [
  'Switch your hub off at the wall, wait 30 seconds, then switch it back on.',
  'Check that the green cable is pushed firmly into the fibre box and the hub.',
  'Run the line test in the Tynelink app under Help, then Check my service.',
];
const kEnd = [
  j(
    'Customers who were without service for more than 12 hours will get an automatic credit of £12 on their next bill. You do not',
    'need to claim it. We are sorry for the disruption, especially to those of you who work from home at weekends.',
  ),
  'Callum, Tynelink Network Operations',
];
const kReplies: readonly [string, string, string, string][] = [
  [
    'brackenfell_j',
    'Rising Star',
    '07-03-2026 11:42 AM',
    'Thanks for the update. Is there any estimate? The status checker still just says "we are aware of a problem in your area".',
  ],
  [
    'TynelinkCallum',
    'Tynelink Team',
    '07-03-2026 12:05 PM',
    j(
      'Hi there, the repair crew are splicing the new section now. It is slow work because each fibre has to be joined',
      'separately, but we expect most homes to be back by late afternoon. I will post here when it is done.',
    ),
  ],
  [
    'MaggieOnTheHill',
    'Newbie',
    '07-03-2026 06:31 PM',
    'Back online in Castlegate as of about ten past six. The hub needed a restart but everything works. Thanks to the crew for working all day.',
  ],
];
const kCrumb = ['Tynelink Community', 'Service Status', 'Service Announcements'];
const kSide = ['Planned work: Eastfield exchange, 18 March', 'TV guide not loading on older boxes – Fixed', 'Email delays for @tynelink.example addresses'];
const kFoot = ['Community Guidelines', 'Terms of Use', 'Privacy Policy', 'Cookie Settings', 'Contact us'];
const reply = ([u, rank, when, text]: readonly [string, string, string, string], i: number): string => `<div class="lia-linear-display-message-view"
id="lineardisplaymessageviewwrapper_${i}"><div class="lia-message-view-wrapper lia-js-data-messageUid-${20114 + i}">
<div class="lia-quilt-row lia-quilt-row-header">
<div class="lia-message-author-with-avatar"><span class="UserName lia-user-name lia-user-rank-${rank.replace(/ /g, '-')}"><a class="lia-link-navigation
lia-page-link lia-user-name-link" href="/t5/user/viewprofilepage/user-id/${900 + i}">${u}</a></span>
<div class="lia-message-author-rank lia-component-author-rank">${rank}</div></div><div class="lia-message-post-date"><span class="DateTime">
<span class="local-date">${when}</span></span></div></div><div class="lia-quilt-row lia-quilt-row-main"><div class="lia-message-body-content">
<p>${text}</p></div></div><div class="lia-quilt-row lia-quilt-row-footer"><div class="lia-button-group"><a class="lia-button-image-kudos-give"
href="#">Kudo</a> <span class="MessageKudosCount">${3 + i}</span> <a class="lia-button lia-button-secondary reply-action-link" href="#">Reply</a></div>
</div></div></div>`;
const kHtml = `<!DOCTYPE html><html prefix="og: http://ogp.me/ns#" lang="en-GB" class="lia-js-enabled"><head>
<title>${kTitle} - Tynelink Community</title><meta content="Some customers in the North Tyneview and Castlegate areas lost their broadband and phone
service." name="description"><meta content="width=device-width, initial-scale=1.0" name="viewport"><meta content="${kTitle}" property="og:title">
<meta content="article" property="og:type"><link href="https://community.tynelink.example/t5/Service-Announcements/Broadband-outage/ba-p/20113" rel="canonical">
<link href="/skins/6921458/4a1b2c/tynelink/desktop.css" rel="stylesheet" type="text/css">
<script>LITHIUM.CommunityJsonObject = {"Activity":{"Results":[]},"Server":{"communityPrefix":"/tlcom"},
"Page":{"object":{"id":20113,"type":"message"}}};</script>
</head><body class="lia-blog lia-user-status-anonymous BlogArticlePage lia-body" id="lia-body"><div id="lia-page" class="TynelinkCommunity lia-page">
<div class="lia-quilt lia-quilt-blog-article-page"><div class="lia-quilt-row lia-quilt-row-header"><div class="lia-quilt-column-24">
<div class="custom-community-header"><a class="community-logo" href="/">Tynelink Community</a><form class="SearchForm lia-search-form"><input
class="lia-search-input-field" placeholder="Search all content"></form><a class="lia-link-navigation login-link" href="/t5/s/tlcom/login">Sign In</a>
<a class="lia-link-navigation registration-link" href="/t5/s/tlcom/register">Register</a></div>
<div class="BreadCrumb crumb-line lia-breadcrumb lia-component-common-widget-breadcrumb">
<ul class="lia-list-standard-inline">${links(kCrumb, 'lia-breadcrumb-node crumb')}</ul></div>
</div></div><div class="lia-quilt-row lia-quilt-row-main"><div class="lia-quilt-column lia-quilt-column-18 lia-quilt-column-left">
<div class="lia-blog-article-page-article"><div class="lia-message-subject"><span class="lia-blog-article-label">Announcement</span>
<h1 class="lia-message-subject-blog-article">${kTitle}</h1></div><div class="lia-blog-article-page-article-author"><span class="UserName lia-user-name">
<a class="lia-link-navigation lia-user-name-link" href="/t5/user/viewprofilepage/user-id/412">TynelinkCallum</a></span>
<div class="lia-message-author-rank">Tynelink Team</div><span class="DateTime lia-message-posted-on"><span class="local-date">07-03-2026</span>
<span class="local-time">10:58 AM</span></span><div class="lia-message-updated">Last edited on 07-03-2026 06:40 PM</div></div>
<div class="lia-message-body lia-component-body"><div class="lia-message-body-content">${ps(kMain)}
<ol>${kSteps.map((s) => `<li>${s}</li>`).join('\n')}</ol>
${ps(kEnd)}</div></div>
<div class="TagList lia-message-tags"><span class="lia-tags-title">Tags:</span><ul class="lia-list-standard-inline"><li>
<a class="lia-tag" href="#">network-fault</a></li>
<li><a class="lia-tag" href="#">outage</a></li><li><a class="lia-tag" href="#">north-east</a></li></ul></div>
<div class="lia-button-group"><a class="lia-button-image-kudos-give" href="#">Kudo</a> <span class="MessageKudosCount">48</span>
<a class="lia-link-navigation" href="#">Mark as Read</a> <a class="lia-link-navigation" href="#">Subscribe</a></div></div>
<div class="lia-component-comments"><h2 class="lia-replies-title">3 Comments</h2>${kReplies.map(reply).join('\n')}</div></div>
<div class="lia-quilt-column lia-quilt-column-06 lia-quilt-column-right"><div class="lia-panel lia-panel-standard custom-latest-updates">
<div class="lia-decoration-border-top"><h2 class="lia-panel-heading-bar-title">Latest Service Updates</h2></div><ul>${links(kSide)}</ul>
<a href="/t5/Service-Status/ct-p/status">Check service in your area</a></div></div></div>
<div class="lia-quilt-row lia-quilt-row-footer"><div class="custom-footer"><ul>${links(kFoot)}</ul>
<p>© 2026 Tynelink Broadband Ltd. Tynelink is a trading name of Tynelink Networks Ltd.</p></div></div></div></div>
<script>LITHIUM.Loader.runJsAttached();</script></body></html>`;
export const khorosOutage: TestPage = {
  name: 'heldout354-khoros-isp-outage-announcement',
  kind: 'forum',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: texts([...kMain, ...kSteps, ...kEnd, ...kReplies.map((r) => r[3])]),
  bylines: ['TynelinkCallum', '07-03-2026', '10:58 AM', 'Last edited on 07-03-2026 06:40 PM', ...kReplies.flatMap((r) => [r[0], r[2]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign In', 'Register', ...kCrumb, 'Announcement', 'Tynelink Team', 'Rising Star', 'Newbie', 'Tags:', 'network-fault', 'outage', 'north-east', 'Kudo',
    'Mark as Read', 'Subscribe', '3 Comments', 'Reply', 'Latest Service Updates', ...kSide, 'Check service in your area', ...kFoot,
    '© 2026 Tynelink Broadband Ltd. Tynelink is a trading name of Tynelink Networks Ltd.',
  ],
};

export const HELDOUT354_E: readonly TestPage[] = [khorosOutage, gcpIncident];
