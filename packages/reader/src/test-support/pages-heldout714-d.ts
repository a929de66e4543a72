import { links, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout714-kit.js';

/**
 * Held-out batch 714, file d: a bottle warmer descaling article in a baby brand's Zendesk Guide help centre (Copenhagen theme:
 * OneTrust cookie banner, user nav, breadcrumbs, search, "Articles in this section" sidebar, author with "Updated", Follow
 * button, warning and note boxes, a table, attachments, share links, the helpfulness vote, related articles and closed
 * comments), and a family calendar app's sharing article on Help Scout Docs (navbar with collections and Contact, print link,
 * blue and yellow callouts, a roles table, the rating faces, "Still need help?", "Last updated", related articles and the
 * sidebar search and categories).
 */
const zTitle = 'How do I descale my Nestling Bottle Warmer?';
const zIntro = j(
  'Over time, minerals in tap water leave a white, chalky layer (limescale) on the heating plate of your Nestling Bottle Warmer.',
  'Limescale makes the warmer heat more slowly and less evenly, so we recommend descaling it regularly. This article explains how',
  'to descale the Nestling Bottle Warmer 2 and Bottle Warmer 2 Plus.',
);
const zWarn = j(
  '<strong>Important:</strong> Always unplug the warmer and let it cool completely before cleaning or descaling. Never put the base',
  'in water.',
);
const zNeed = ['White vinegar, or a descaler suitable for baby bottle warmers (citric acid based)', 'Clean, cool water', 'A soft, non-abrasive cloth'];
const zSteps = [
  'Unplug the warmer and make sure the heating plate is cool.',
  'Mix 50 ml of white vinegar with 100 ml of cool water, or prepare the descaler as described on its packaging.',
  'Pour the solution into the heating chamber, up to the MAX line.',
  'Plug the warmer in and press the Steam button. Let the cycle run until the warmer beeps, then unplug it.',
  'Leave the solution in the chamber for 30 minutes.',
  'Pour the solution away and wipe the heating plate with the soft cloth.',
  'Rinse the chamber twice with clean water, and run one Steam cycle with clean water only to remove any remaining vinegar smell.',
];
const zNote = j(
  '<strong>Note:</strong> The Steam button on the Bottle Warmer 2 is the button with the cloud symbol. On the Bottle Warmer 2 Plus,',
  'hold the Mode button for three seconds until the display shows dSC.',
);
const zHow = 'How often you need to descale depends on how hard your tap water is and how often you use the warmer. As a guide:';
const zTable = [
  ['Water hardness', 'Uses per day', 'Descale every'],
  ['Soft', '1 to 4', '8 weeks'],
  ['Soft', '5 or more', '4 weeks'],
  ['Hard', '1 to 4', '4 weeks'],
  ['Hard', '5 or more', '2 weeks'],
];
const zHard = j(
  'If you are not sure how hard your water is, your local water supplier can usually tell you, or you can look for white marks',
  'inside your kettle.',
);
const zStill = j(
  'Some staining on the heating plate is normal and does not affect how the warmer works. If the warmer still heats slowly after',
  'descaling, or shows the error code E2, please contact our Customer Care team with your product’s serial number, which you can',
  'find on the underside of the base.',
);
const zHeads = ['What you need', 'How to descale the warmer', 'How often should I descale?', 'Still seeing white marks?'];
const zCrumbs = ['Nestling Help Centre', 'Bottle Warmers and Sterilisers', 'Care and Cleaning'];
const zSection = [
  zTitle,
  'Cleaning the steriliser basket',
  'Can I put bottle warmer parts in the dishwasher?',
  'Why is there water under my steriliser?',
  'Descaling the Nestling Steam Steriliser',
];
const zRelated = ['Descaling the Nestling Steam Steriliser', 'What do the error codes on my bottle warmer mean?', 'Nestling Bottle Warmer 2 user manual'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8" /><link rel="canonical"
href="https://help.nestling.co.uk/hc/en-gb/articles/4410982213521-How-do-I-descale-my-Nestling-Bottle-Warmer">
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="hc:meta:server:Rk1vb2dKe3ZzQ2Y1">
<title>${zTitle} – Nestling Help Centre</title><meta content="width=device-width, initial-scale=1.0" name="viewport" />
<meta property="og:type" content="website" /><meta property="og:site_name" content="Nestling Help Centre" /><meta property="og:title" content="${zTitle}" />
<meta property="og:description" content="Over time, minerals in tap water leave a white, chalky layer (limescale) on the heating plate..." />
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-4f1b7a2e0c9d.css" media="all" id="stylesheet" />
<link rel="stylesheet" type="text/css" href="/hc/theming_assets/01HQ2ZK3N8/360001122334/style.css?digest=19873412345678" />
<script src="https://static.zdassets.com/hc/assets/en-gb.8f2c1a.js"></script>
<script type="text/javascript">HelpCenter = {}; HelpCenter.account = {"subdomain":"nestlingbaby","environment":"production","name":"Nestling"};
HelpCenter.user = {"identifier":"da39a3ee5e6b","role":"anonymous","locale":"en-gb","name":null};
HelpCenter.internal = {"current_session":{"locale":"en-gb","csrf_token":null},"base_locale":"en-gb","has_translations":true};</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="7f3c2a91-1b6e-4d0f-a8e2-nestling" charset="UTF-8"></script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat ot-bnr-w-logo" role="region" aria-label="Cookie banner"><div
class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><p
id="onetrust-policy-text">We use cookies to make our site work and to understand how you use it. You can accept all cookies or manage your choices.</p></div>
</div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie
Settings</button> <button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div></div>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="//theme.zdassets.com/theme_assets/360001122334/nestling-logo.svg"
alt="Nestling Help Centre home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list"><li><a
href="https://www.nestling.co.uk/">Shop Nestling</a></li><li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialogue" role="button"
href="/hc/en-gb/signin?return_to=https%3A%2F%2Fhelp.nestling.co.uk%2Fhc%2Fen-gb%2Farticles%2F4410982213521">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location"><ol
class="breadcrumbs">${zCrumbs.map((t, i) => `<li title="${t}"><a href="/hc/en-gb${i === 0 ? '' : `/sections/36000${i}`}">${t}</a></li>`).join('\n')}</ol></nav>
<div class="search-container"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon"
aria-hidden="true"></svg><form role="search" class="search" data-search="" action="/hc/en-gb/search" accept-charset="UTF-8" method="get"><input type="hidden"
name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Search" autocomplete="off" aria-label="Search"
/></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div
class="collapsible-sidebar" aria-expanded="false"><button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title"
aria-expanded="false"></button><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div
class="collapsible-sidebar-body"><ul>${zSection
  .map(
    (t, i) =>
      `<li><a href="/hc/en-gb/articles/44109822135${20 + i}" class="sidenav-item${i === 0 ? ' current-article' : ''}"${
        i === 0 ? ' aria-current="page"' : ''
      }>${t}</a></li>`,
  )
  .join('\n')}</ul><a href="/hc/en-gb/sections/360002" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><span class="icon-agent"><svg aria-hidden="true"></svg></span><img
src="https://help.nestling.co.uk/system/photos/360/care-team.png" alt="" class="user-avatar" /></div><div class="article-meta"><a
href="/hc/en-gb/profiles/3901126540-Nestling-Customer-Care">Nestling Customer Care</a><ul class="meta-group"><li class="meta-data"><time
datetime="2027-02-18T10:22:41Z" title="2027-02-18 10:22"
data-datetime="calendar">18 February 2027 10:22</time></li><li class="meta-data">Updated</li></ul></div>
</div><div class="article-subscribe"><button class="button" data-selected="false" aria-pressed="false" title="Opens a sign-in dialogue">Follow</button></div>
</header>
<section class="article-info"><div class="article-content"><div class="article-body"><p>${zIntro}</p>
<div class="callout callout--warning"><p>${zWarn}</p></div>
<h2 id="h_01HQ3A7">${at(zHeads, 0)}</h2>
<ul>${lis(zNeed)}</ul>
<h2 id="h_01HQ3A8">${at(zHeads, 1)}</h2>
<ol>${lis(zSteps)}</ol>
<p><img src="/hc/article_attachments/4410991187345" alt="The Steam button on the Nestling Bottle Warmer 2"></p>
<div class="callout callout--note"><p>${zNote}</p></div>
<h2 id="h_01HQ3A9">${at(zHeads, 2)}</h2>
<p>${zHow}</p>
<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>${zTable
  .map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`)
  .join('\n')}</tbody></table>
<p>${zHard}</p>
<h2 id="h_01HQ3AA">${at(zHeads, 3)}</h2>
<p>${zStill}</p></div>
<div class="article-attachments"><ul class="attachments"><li class="attachment-item"><svg aria-hidden="true" class="attachment-icon"></svg><a
href="/hc/en-gb/article_attachments/4410991190022" target="_blank">Nestling_BW2_descaling_guide.pdf</a><div class="attachment-meta"><div
class="attachment-meta-item">312 KB</div><a href="/hc/en-gb/article_attachments/4410991190022"
target="_blank" class="attachment-meta-item meta-data">Download</a>
</div></li></ul></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php?title=x"
class="share-facebook" target="_blank"><svg aria-hidden="true"></svg><span class="visibility-hidden">Facebook</span></a></li><li><a
href="https://twitter.com/share?lang=en-gb" class="share-twitter"
target="_blank"><svg aria-hidden="true"></svg><span class="visibility-hidden">X</span></a></li><li><a
href="https://www.linkedin.com/shareArticle?mini=true" class="share-linkedin" target="_blank"><svg aria-hidden="true"></svg><span
class="visibility-hidden">LinkedIn</span></a></li></ul></div><div
class="article-comment-count"><svg aria-hidden="true"></svg><a class="article-comment-count-link"
href="#comments">0</a></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls"
role="group" aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up" data-helper="vote" data-item="article"
data-type="up" data-id="4410982213521" aria-label="This article was helpful" aria-pressed="false">Yes</button><button type="button" class="button article-vote
article-vote-down" data-helper="vote" data-item="article" data-type="down" data-id="4410982213521" aria-label="This article was not helpful"
aria-pressed="false">No</button></div><small class="article-votes-count"><span class="article-vote-label" data-helper="vote" data-item="article"
data-type="label" data-id="4410982213521">214 out of 251 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top<svg aria-hidden="true"></svg></a></div></footer>
<section class="article-relatives"><div data-recent-articles></div><section class="related-articles"><h2 class="related-articles-title">Related
articles</h2><ul>${links(zRelated)}</ul></section></section>
<div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview"><h2 class="comment-heading">Comments</h2><p
class="comment-callout">0 comments</p></header><p class="comment-callout">Article is closed for comments.</p></section></div>
</article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Nestling Help Centre</a><div class="footer-language-selector"><button
class="dropdown-toggle" aria-haspopup="true">English (GB)<svg aria-hidden="true"></svg></button></div><p class="footer-copyright">© Nestling Baby Ltd
2027</p></div></footer>
<script type="text/javascript">HelpCenter.account.branding = {"brand_id":360001122334};</script></body></html>`;
const zendesk: TestPage = gold({
  name: 'heldout714-zendesk-bottle-warmer',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zHeads,
  body: texts([zIntro, zWarn, ...zNeed, ...zSteps, zNote, zHow, ...zTable.map((r) => r.join(' ')), zHard, zStill]),
  bylines: ['Nestling Customer Care', '18 February 2027 10:22', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies to make our site work and to understand how you use it. You can accept all cookies or manage your choices.',
    'Cookie Settings', 'Accept All Cookies', 'Shop Nestling', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zSection,
    'See more', 'Follow', 'Nestling_BW2_descaling_guide.pdf', '312 KB', 'Download', 'Facebook', 'X', 'LinkedIn', '0',
    'Was this article helpful?', 'Yes', 'No', '214 out of 251 found this helpful', 'Have more questions?', 'Return to top', 'Related articles',
    ...zRelated, 'Comments', '0 comments', 'Article is closed for comments.', 'English (GB)', '© Nestling Baby Ltd 2027',
  ],
});

const hTitle = 'Share your family calendar with a co-parent or caregiver';
const hIntro = j(
  'Hearthly works best when everyone who looks after your children can see the same calendar. You can invite a co-parent,',
  'grandparent, nanny or babysitter to your family, and choose exactly what each person can see and change.',
);
const hPlans = 'Sharing is available on all plans. Hearthly Free includes up to 3 members in a family; Hearthly Plus has no limit.';
const hSteps = [
  'Open Hearthly and tap <strong>Family</strong> at the bottom of the screen.',
  'Tap <strong>Members</strong>, then <strong>Invite someone</strong>.',
  'Enter their email address or phone number.',
  'Choose a role for them (see the table below) and tap <strong>Send invite</strong>.',
];
const hAfter = j(
  'They will get a link that opens Hearthly, or takes them to the app store if they do not have it yet. Once they accept, you',
  'will see them in your member list with a green dot.',
);
const hRoles = 'Each member has one of three roles. You can change a member’s role at any time from <strong>Family › Members</strong>.';
const hTable = [
  ['Role', 'Can see', 'Can add and edit events', 'Can manage members'],
  ['Parent', 'Everything', 'Yes', 'Yes'],
  ['Caregiver', 'Events they are invited to, plus shared lists', 'Only their own events', 'No'],
  ['Viewer', 'Events they are invited to', 'No', 'No'],
];
const hCo = j(
  '<strong>Co-parenting across two homes?</strong> Give both parents the Parent role and turn on <strong>Separate households</strong>',
  'in Family settings. Each parent can then keep private events that the other household does not see.',
);
const hHide = j(
  'Sometimes you will want to keep an event private, like a surprise party or a medical appointment. Open the event, tap',
  '<strong>Visibility</strong>, and choose <strong>Parents only</strong>. Caregivers and viewers will see the time as busy, without',
  'any details.',
);
const hRemove = j(
  'Go to <strong>Family › Members</strong>, tap the person’s name, and tap <strong>Remove from family</strong>. They will lose access',
  'straight away, and any events they created will stay on your calendar.',
);
const hHeads = ['Invite someone to your family', 'Choose the right role', 'Hide an event from caregivers', 'Remove someone from your family'];
const hNav = ['Home', 'Help', 'Billing'];
const hRelated = ['Set up separate households', 'Invite links are not arriving', 'Change who can see an event', 'Leave a family'];
const hCats = ['Getting Started', 'Family Sharing', 'Calendar and Events', 'Lists and Chores', 'Notifications', 'Account and Privacy'];
const hHtml = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${hTitle} - Hearthly Help Center</title><meta name="viewport" content="width=device-width, maximum-scale=1" />
<meta name="apple-mobile-web-app-capable" content="yes" /><meta name="description" content="You can invite a co-parent, grandparent, nanny or babysitter
to your family, and choose exactly what each person can see and change." />
<link rel="canonical" href="https://help.hearthly.app/article/48-share-your-family-calendar" />
<meta property="og:site_name" content="Hearthly Help Center" /><meta property="og:title" content="${hTitle}" /><meta property="og:type" content="article" />
<meta name="twitter:card" content="summary" /><meta name="twitter:title" content="${hTitle}" />
<link href="//d3eto7onm69fcz.cloudfront.net/assets/stylesheets/launch-1771402877.css" rel="stylesheet" type="text/css" />
<style>#fullArticle .callout-blue { border-color: #2b7bb9; } .navbar .brand img { max-height: 40px; }</style>
<script src="//d3eto7onm69fcz.cloudfront.net/assets/javascripts/app4.min.js?1771402877"></script>
<script>!function(e,t,n){function a(){var e=t.getElementsByTagName("script")[0],n=t.createElement("script");n.type="text/javascript",n.async=!0,
n.src="https://beacon-v2.helpscout.net",e.parentNode.insertBefore(n,e)}}(window,document,window.Beacon||function(){});
window.Beacon('init', '5d0e7a31-8c2f-4b9a-9e61-hearthly');</script></head>
<body><header id="mainNav" class="navbar"><div class="navbar-inner"><div class="container-fluid"><a class="brand" href="/"><img
src="//d33v4339jhl8k0.cloudfront.net/docs/assets/61a0f2/images/61a0f3/hearthly-logo.png" alt="Hearthly Help Center" width="180" height="40" /></a><a
class="btn btn-navbar" data-toggle="collapse" data-target=".nav-collapse"><span class="sr-only">Toggle Navigation</span><span class="icon-bar"></span><span
class="icon-bar"></span><span class="icon-bar"></span></a>
<div class="nav-collapse collapse"><nav role="navigation"><ul class="nav"><li id="home"><a href="/">${at(hNav, 0)} <b class="caret"></b></a></li><li
id="collection-1" class="active"><a href="/collection/1-help">${at(hNav, 1)}</a></li><li
id="collection-9"><a href="/collection/9-billing">${at(hNav, 2)}</a></li>
<li id="contact"><a href="#" class="contactUs" onclick="window.Beacon('open')">Contact</a> <a href="#" id="contactMobile" class="contactUs"
onclick="window.Beacon('open')">Contact</a></li></ul></nav></div></div></div></header>
<section id="contentArea" class="container-fluid"><div class="row-fluid"><section id="main-content" class="span9"><div class="contentWrapper">
<article id="fullArticle"><h1 class="title">${hTitle}</h1><a href="javascript:window.print()" class="printArticle" title="Print this article" aria-label="Print
this Article"><i class="icon-print"></i></a>
<p>${hIntro}</p>
<div class="callout-blue"><p>${hPlans}</p></div>
<h2 id="invite">${at(hHeads, 0)}</h2>
<ol>${lis(hSteps)}</ol>
<p>${hAfter}</p>
<p><img src="https://d33v4339jhl8k0.cloudfront.net/docs/assets/61a0f2/images/65f1c2/invite-screen.png" alt="The Invite someone screen in Hearthly"
style="width: 320px; max-width: 100%;"></p>
<h2 id="roles">${at(hHeads, 1)}</h2>
<p>${hRoles}</p>
<table><thead><tr>${(hTable[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${hTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>
<div class="callout-yellow"><p>${hCo}</p></div>
<h2 id="hide">${at(hHeads, 2)}</h2>
<p>${hHide}</p>
<h2 id="remove">${at(hHeads, 3)}</h2>
<p>${hRemove}</p>
</article>
<section class="articleRatings" data-article-url="https://help.hearthly.app/article/48-share-your-family-calendar"><div class="articleRatings-question">Did this
answer your question?</div><div class="articleRatings-feedback"><div class="articleRatings-feedback-rating"><button class="rateAction rating-face"
data-rating="unhappy" aria-label="Sad face"><span class="emoji">😞</span></button><button class="rateAction rating-face" data-rating="neutral"
aria-label="Neutral face"><span class="emoji">😐</span></button><button class="rateAction rating-face" data-rating="happy" aria-label="Happy face"><span
class="emoji">😃</span></button></div></div><div class="articleRatings-failure" style="display: none;">Something went wrong. Please try again.</div><div
class="articleRatings-success" style="display: none;">Thanks for the feedback</div></section>
<section class="articleFoot"><p class="help">Still need help? <a href="#" class="contactUs" onclick="window.Beacon('open')">Contact Us</a> <a href="#"
id="contactMobile" class="contactUs" onclick="window.Beacon('open')">Contact Us</a></p><time class="lu" datetime="2027-03-03T14:22:05Z">Last updated on
March 3, 2027</time></section></div>
<section class="related"><h3>Related Articles</h3><ul>${hRelated
  .map((t, i) => `<li><a href="/article/${51 + i}-${t.toLowerCase().replace(/[^a-z]+/g, '-')}"><i class="icon-article-doc"></i><span>${t}</span></a></li>`)
  .join('\n')}</ul></section></section>
<aside id="sidebar" class="span3"><form action="/search" method="GET" id="searchBar" class="sm" autocomplete="off"><input type="hidden" name="collectionId"
value="61a0f4" /><input type="text" name="query" title="search-query" class="search-query" placeholder="Search Help" value="" aria-label="Search Help" /><button
type="submit"><span class="sr-only">Toggle Search</span><i class="icon-search"></i></button><div id="serp-dd" style="display: none;" class="sb"><ul
class="result"></ul></div></form>
<h3>Categories</h3><ul class="nav nav-list">${hCats
  .map((t) => `<li${t === 'Family Sharing' ? ' class="active"' : ''}><a href="/category/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</a></li>`)
  .join('\n')}</ul></aside></div></section>
<footer><p>&copy; <a href="https://hearthly.app">Hearthly</a> 2027. <span>Powered by <a rel="nofollow noopener noreferrer"
href="https://www.helpscout.com/docs-refer/?co=Hearthly&amp;utm_source=docs&amp;utm_medium=footerlink&amp;utm_campaign=Docs+Branding" target="_blank">Help
Scout</a></span></p></footer>
<script>$(document).ready(function(){ $('.articleRatings').each(function(){ HS.Utils.Ratings.init(this); }); });</script></body></html>`;
const helpscout: TestPage = gold({
  name: 'heldout714-helpscout-family-sharing',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([hIntro, hPlans, ...hSteps, hAfter, hRoles, ...hTable.map((r) => r.join(' ')), hCo, hHide, hRemove]),
  bylines: ['Last updated on March 3, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Toggle Navigation', ...hNav, 'Contact', 'Did this answer your question?', 'Still need help?', 'Contact Us', 'Related Articles', ...hRelated,
    'Toggle Search', 'Categories', ...hCats, '© Hearthly 2027.', 'Powered by Help Scout',
  ],
});

export const HELDOUT714_D: readonly TestPage[] = [zendesk, helpscout];
