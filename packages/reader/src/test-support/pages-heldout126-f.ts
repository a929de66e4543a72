import type { TestPage } from './page-kit.js';
import { Art, anchor, amp } from './pages-heldout126-kit.js';
import { djangoPage } from './pages-heldout126-f2.js';

/**
 * Held-out batch 126, file f: a Zendesk Guide help center article in the Copenhagen theme (as saved: skip link, the header
 * with "Submit a request" and "Sign in" and its mobile copy, breadcrumbs and search, the "Articles in this section" sidebar,
 * the author avatar with name, relative time and "Updated", the "Follow" button, share links, the vote box with its count,
 * "Have more questions?", "Return to top", related and recently viewed articles, the closed comments box, the footer and
 * "Powered by Zendesk") and, from file f2, a Django documentation topic page.
 */
const title = 'How do I pause my subscription?';
const h2 = (t: string): string => `<h2 id="h_01J${anchor(t).slice(0, 6).toUpperCase()}">${t}</h2>`;
const art = new Art()
  .p([
    `You can pause your Brightloop subscription for up to 8 weeks at a time. While it's paused we won't send boxes or charge your card, and
your saved recipes, preferences and delivery address stay exactly as they are.`,
  ])
  .h('Pausing in the app', h2)
  .list(
    [
      'Open the Brightloop app and tap <strong>Account</strong>.',
      'Tap <strong>Subscription</strong>, then <strong>Pause deliveries</strong>.',
      'Choose how many weeks to pause for, from 1 to 8.',
      "Tap <strong>Confirm pause</strong>. We'll email you the date your deliveries restart.",
    ],
    '<ol>',
    '</ol>',
  )
  .p([
    `Your account page will show a <strong>Paused</strong> badge until the pause ends. If you have a box already scheduled for this week,
the app will tell you before you confirm whether it can still be stopped.`,
  ])
  .h('Pausing on the website', h2)
  .p([
    `Sign in at brightloop.example, go to <strong>My plan</strong> and select <strong>Pause deliveries</strong>. The options are the same as in
the app.`,
    `<strong>Note:</strong> If you signed up through a workplace benefit, your plan is managed by your employer and the pause option won't
appear. Please contact your benefits team instead.`,
  ])
  .h('When does the pause start?', h2)
  .p([
    `Changes made before 11:59 pm on Wednesday apply to the following week's box. If you pause after that, the box that's already being
packed will still be delivered and charged as usual.`,
    'You can check the exact dates on the <strong>My plan</strong> page under <strong>Upcoming deliveries</strong>.',
  ])
  .h('Ending a pause early', h2)
  .p([
    `To restart sooner, go to <strong>My plan</strong> and select <strong>Resume now</strong>. Your next box will arrive on your usual delivery
day, as long as you resume before the Wednesday cut-off.`,
    'You can also change the length of a pause at any time while it is running, for example to add two more weeks while you are away.',
  ])
  .h('Pausing or cancelling?', h2)
  .p(['If you need a break for longer than 8 weeks, you can pause again when the first pause ends. Cancelling is different:'])
  .list([
    'Cancelling ends your plan, and any credits or discounts on your account expire after 30 days.',
    'Your recipe history and saved favourites are kept for a year in case you come back.',
    'Gift cards you have already redeemed stay on your account and never expire.',
  ]);
const crumbPath = (i: number): string => (i === 0 ? '' : `${i === 1 ? 'categories' : 'sections'}/36010${i}`);
const header = ['Skip to main content', 'Submit a request', 'Sign in'];
const crumbs = ['Brightloop Help Center', 'Billing & subscriptions', 'Managing your plan'];
const section = ['How do I change my delivery day?', 'Can I skip a single week?', 'How do I cancel my subscription?', 'Why was I charged twice?', 'See more'];
const author = ['Nadia Okonkwo', '1 month ago', 'Updated'];
const votes = ['Was this article helpful?', 'Yes', 'No', '38 out of 52 found this helpful', 'Have more questions?', 'Return to top'];
const related = ['Related articles', 'How do I change my box size?', 'What happens to my credits if I cancel?', 'Delivery days and cut-off times'];
const recent = ['Recently viewed articles', 'Can I skip a single week?'];
const langs = ['English (US)', 'Français', 'Deutsch'];
const comments = ['Comments', '0 comments', 'Article is closed for comments.'];
const html = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><!-- v26896 --><title>${title} &ndash; Brightloop Help Center</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content=""><meta name="description" content="You can pause your
Brightloop subscription
for up to 8 weeks at a time."><meta property="og:image" content="https://theme.zdassets.example/theme_assets/1184552/brightloop-og.png"><meta property="og:type"
content="website"><meta property="og:site_name" content="Brightloop Help Center"><meta property="og:title" content="${title}"><meta property="og:description"
content="You can pause your Brightloop subscription for up to 8 weeks at a time."><meta property="og:url"
content="https://help.brightloop.example/hc/en-us/articles/4410092387715-How-do-I-pause-my-subscription">
<link rel="canonical" href="https://help.brightloop.example/hc/en-us/articles/4410092387715-How-do-I-pause-my-subscription">
<link rel="alternate" hreflang="en-us" href="https://help.brightloop.example/hc/en-us/articles/4410092387715-How-do-I-pause-my-subscription">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-3d3f1c2b.css" media="all"><link rel="stylesheet"
href="https://theme.zdassets.example/theme_assets/1184552/8e1b6f0c2a.css" media="all"><link rel="icon" type="image/png"
href="https://theme.zdassets.example/favicon.png">
<script src="//static.zdassets.example/hc/assets/jquery-ed472032c65bb4295993684c673d706a.js"></script><meta content="width=device-width,
initial-scale=1.0" name="viewport">
<script type="text/javascript" src="https://theme.zdassets.example/theme_assets/1184552/script.js"></script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">${header[0]}</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="https://theme.zdassets.example/theme_assets/1184552/logo.png"
alt="Brightloop Help Center home page"></a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation">
<ul class="user-nav-list"><li><a class="submit-a-request" href="/hc/en-us/requests/new">${header[1]}</a></li><li><a class="sign-in" rel="nofollow"
data-auth-action="signin" title="Opens a dialog" role="button"
href="/hc/en-us/signin?return_to=%2Fhc%2Fen-us%2Farticles%2F4410092387715">${header[2]}</a></li></ul></nav>
</div><div class="nav-wrapper-mobile"><button class="menu-button-mobile" aria-controls="user-nav-mobile" aria-expanded="false"
aria-label="Toggle navigation menu">
<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" class="icon-menu"><path fill="none" stroke="currentColor"
d="M1.5 3.5h13m-13 4h13m-13 4h13"></path></svg></button><nav class="menu-list-mobile" id="user-nav-mobile" aria-expanded="false"><ul
class="menu-list-mobile-items">
<li class="item"><a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-us/signin">${header[2]}</a></li><li
class="nav-divider"></li>
<li class="item"><a class="submit-a-request" href="/hc/en-us/requests/new">${header[1]}</a></li><li class="nav-divider"></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs">
${crumbs.map((t, i) => `<li title="${amp(t)}"><a href="/hc/en-us/${crumbPath(i)}">${amp(t)}</a></li>`).join('\n')}
</ol></nav><div class="search-container"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12
12" class="search-icon"
aria-hidden="true"><circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"></circle></svg><form role="search" class="search" data-search=""
action="/hc/en-us/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off"><input
type="search" name="query"
id="query" placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">
<button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button><h2 id="section-articles-title"
class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul><li><a
href="/hc/en-us/articles/4410092387715-How-do-I-pause-my-subscription" class="sidenav-item current-article">${title}</a></li>
${section
  .slice(0, 4)
  .map((t, i) => `<li><a href="/hc/en-us/articles/44100923877${20 + i}" class="sidenav-item">${t}</a></li>`)
  .join('\n')}</ul><a href="/hc/en-us/sections/360102" class="article-sidebar-item">${section[4]}</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${title}" class="article-title">${title}</h1>
<div class="article-author"><div class="avatar article-avatar"><span class="icon-agent"></span><img
src="https://help.brightloop.example/system/photos/nadia.png"
alt="" class="user-avatar"></div><div class="article-meta"><a href="/hc/en-us/profiles/39118204417-Nadia-Okonkwo">${author[0]}</a><ul class="meta-group">
<li class="meta-data"><time datetime="2025-02-04T10:41:17Z" title="2025-02-04 10:41" data-datetime="relative">${author[1]}</time></li><li
class="meta-data">${author[2]}</li>
</ul></div></div><a class="article-subscribe" title="Opens a sign-in dialog" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false"
href="/hc/en-us/articles/4410092387715/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">${art.html}</div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php?title=How+do+I+pause"
class="share-facebook" aria-label="Facebook"><svg width="12" height="12" viewBox="0 0 12 12"><path fill="currentColor" d="M6 0a6 6 0 0 0-1
11.9V7.7"></path></svg></a></li>
<li><a href="https://twitter.com/share?lang=en&amp;text=How+do+I+pause" class="share-twitter" aria-label="X Corp"><svg width="12"
height="12" viewBox="0 0 12 12">
<path fill="currentColor" d="M.0 0h3l3 4 3-4h3"></path></svg></a></li><li><a href="https://www.linkedin.com/shareArticle?mini=true" class="share-linkedin"
aria-label="LinkedIn"><svg width="12" height="12" viewBox="0 0 12 12"><path fill="currentColor" d="M10.8 0H1.2C.5 0 0 .5 0
1.1"></path></svg></a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">${votes[0]}</h2><div class="article-votes-controls" role="group"
aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up" data-auth-action="signin"
aria-label="This article was helpful"
aria-pressed="false">${votes[1]}</button><button type="button" class="button article-vote article-vote-down" data-auth-action="signin"
aria-label="This article was not helpful" aria-pressed="false">${votes[2]}</button></div><small class="article-votes-count"><span
class="article-vote-label">${votes[3]}
</span></small></div><div class="article-more-questions">${votes[4]} <a href="/hc/en-us/requests/new">${header[1]}</a></div><div class="article-return-to-top">
<a href="#article-container">${votes[5]}<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16"
class="article-return-to-top-icon"
aria-hidden="true"><path fill="none" stroke="currentColor" d="M4 10l3.6-3.6c.2-.2.5-.2.7 0L12 10"></path></svg></a></div></footer>
<div class="article-relatives"><div data-recent-articles><section class="recent-articles"><h2>${recent[0]}</h2><ul class="recent-articles-list"><li><a
href="/hc/en-us/articles/4410092387721">${recent[1]}</a></li></ul></section></div><div data-related-articles><section class="related-articles"><h2
class="related-articles-title">${related[0]}</h2><ul>${related
  .slice(1)
  .map((t, i) => `<li><a href="/hc/en-us/related/click?data=BAh7Cj${i}" rel="nofollow">${t}</a></li>`)
  .join('\n')}</ul></section></div></div>
<div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview"><h2 class="comment-heading">${comments[0]}</h2>
<p class="comment-callout">${comments[1]}</p></header><p class="comment-callout">${comments[2]}</p></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">${crumbs[0]}</a><div class="footer-language-selector"><div
class="dropdown language-selector">
<button class="dropdown-toggle" aria-haspopup="true">${langs[0]}<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12"
focusable="false" viewBox="0 0 12 12"
class="dropdown-chevron-icon"><path fill="none" stroke="currentColor" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"></path></svg></button><span class="dropdown-menu
dropdown-menu-end" role="menu">${langs
  .slice(1)
  .map((t) => `<a href="/hc/change_language/${t.slice(0, 2).toLowerCase()}?return_to=%2Fhc%2Fen-us" dir="ltr" rel="nofollow" role="menuitem">${t}</a>`)
  .join('')}</span></div></div></div></footer>
<div class="powered-by-zendesk"><svg xmlns="http://www.w3.org/2000/svg" width="26" height="26" focusable="false" viewBox="0 0 26 26"><path fill="currentColor"
d="M12 8.2v14.5H0z"></path></svg><a
href="https://www.zendesk.example/service/help-center/?utm_source=helpcenter&amp;utm_medium=poweredbyzendesk" target="_blank"
rel="nofollow">Powered by Zendesk</a></div>
<script src="//static.zdassets.example/hc/assets/en-us.bbb3d4d87d0b571a9a1b.js"></script><script type="text/javascript">HelpCenter = {}; HelpCenter.account =
{"subdomain":"brightloop","environment":"production","name":"Brightloop"};
HelpCenter.user = {"identifier":"da39a3ee","locale":"en-us","name":null,"role":"anonymous"};
HelpCenter.internal = {"asset_url":"//static.zdassets.example/hc/assets/","current_session":{"locale":"en-us","csrf_token":null}};</script>
<script src="//static.zdassets.example/hc/assets/moment-3b62525bdab669e7b8a7d8d7a8d7.js"></script>
<script src="//static.zdassets.example/hc/assets/hc_enduser-9f1c4c1b2b0b4c1f.js"></script></body></html>`;
const zendeskPage: TestPage = {
  name: 'heldout126-zendesk-help-center-docs',
  kind: 'docs',
  html,
  // the author name, the relative time and "Updated" are bylines; the "Note:" paragraph is body; the sidebar entry of the
  // current article repeats the title and is left out; the vote count, related and recently viewed titles and the closed
  // comments box are furniture
  title,
  headings: art.headings,
  body: art.body,
  bylines: author,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([...header, ...crumbs, 'Articles in this section', ...section, 'Follow', ...votes,
    ...related, ...recent, ...comments, ...langs, 'Powered by Zendesk']),
  ],
};
export const HELDOUT126_F: readonly TestPage[] = [zendeskPage, djangoPage];
