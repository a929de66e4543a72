import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout308-kit.js';

/**
 * Held-out batch 308, file a: a broadband provider's incident page on Atlassian Statuspage (masthead, subscribe dropdown,
 * update rows with status labels and "Posted" stamps, components affected, footer) and a phone carrier's help article on
 * Zendesk Guide's Copenhagen theme (header, breadcrumbs, search, section sidebar, author meta, share list, votes, related).
 */
const sTitle = 'Slow speeds and dropped connections for fibre customers in Calder Vale';
const sUpdates = [
  j(
    'This incident has been resolved. Our engineers replaced the failed line card at the Calder Vale exchange and moved all affected',
    'customers back onto their usual route by 14:05. Speeds have been back to normal for more than three hours and we have seen no',
    'further drops. If your connection is still slow, please restart your router once before contacting us, as some routers hold on to',
    'the temporary route until they reconnect.',
  ),
  j(
    'A fix has been put in place and we are monitoring the results. Traffic from the Calder Vale, Brindle Cross and Otterby Lane cabinets',
    'is now running through the repaired equipment. Most customers should see full speeds again; a small number may need to restart',
    'their router. We will keep this incident open until we are confident the connection is stable through the evening peak.',
  ),
  j(
    'We have identified the cause. A line card at the Calder Vale exchange started reporting errors at about 06:40, and the backup',
    'route that took over has far less capacity, which is why speeds fell so sharply when people started working from home. A',
    'replacement card is on its way to site from our Haddon depot and an engineer will fit it as soon as it arrives. Home phone',
    'calls over broadband may also sound choppy until then.',
  ),
  j(
    'We are investigating reports of slow speeds and connections dropping for Northwake Fibre customers in the Calder Vale area. Our',
    'network team is looking at the exchange now. You do not need to report this fault separately, and there is no need to book an',
    'engineer visit: the problem is in our network, not in your home. We will post the next update within an hour.',
  ),
];
const sLabels = ['Resolved', 'Monitoring', 'Identified', 'Investigating'];
const sStamps = ['Mar 14, 2026 - 17:20 GMT', 'Mar 14, 2026 - 14:12 GMT', 'Mar 14, 2026 - 09:03 GMT', 'Mar 14, 2026 - 07:26 GMT'];
const sAgo = ['4 hours ago', '7 hours ago', '12 hours ago', '14 hours ago'];
const sRow = (i: number): string => `<div class="row update-row">
<div class="update-title span3 font-large">${sLabels[i]}</div>
<div class="update-body span9"><span class="whitespace-pre-wrap">${sUpdates[i]}</span></div>
<div class="update-timestamp font-small color-secondary">Posted <span class="ago" data-datetime-unix="177347${i}000000">${sAgo[i]}</span>.
<span>${sStamps[i]}</span></div></div>`;
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Northwake Broadband Status - ${sTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="Northwake Broadband's Status Page - ${sTitle}.">
<meta property="og:title" content="${sTitle}"><meta property="og:type" content="website"><meta property="og:site_name" content="Northwake Broadband">
<meta name="twitter:card" content="summary">
<link rel="stylesheet" media="all" href="https://dka575ofm4ao0.cloudfront.example/assets/status_manifest-6c9e1b.css">
<script>window.pageColorData = {"blue":"#2f80c7","green":"#2fcc66","yellow":"#f1c40f","orange":"#e67e22","red":"#e74c3c"};</script>
<script src="https://dka575ofm4ao0.cloudfront.example/assets/status/status_manifest-2fd0a1.js"></script></head>
<body class="status incident no-sections"><div class="layout-content status status-incident">
<div class="masthead-container basic"><div class="masthead has-logo"><div class="logo-container">
<a href="https://status.northwake.example"><img src="https://dka575ofm4ao0.cloudfront.example/pages-transactional_logos/nw.png"
alt="Northwake Broadband Logo"></a></div>
<div class="updates-dropdown-container"><div class="show-updates-dropdown btn btn-primary" aria-haspopup="true">Subscribe to Updates</div>
<div class="updates-dropdown" role="dialog" style="display:none"><div class="updates-dropdown-nav">
<a class="updates-dropdown-nav-item" href="#subscribe-modal-email">Email</a><a class="updates-dropdown-nav-item" href="#subscribe-modal-sms">Text message</a>
<a class="updates-dropdown-nav-item" href="#subscribe-modal-rss">Atom/RSS</a></div>
<div class="updates-dropdown-section" id="updates-dropdown-email"><div class="directions">Get email notifications whenever Northwake Broadband
creates, updates or resolves an incident.</div><form action="/subscriptions"><input type="email" class="full-width" placeholder="Email address">
<button class="btn btn-primary">Subscribe via Email</button></form></div></div></div></div></div>
<div class="container"><div class="page-title">
<h1 class="incident-name impact-major">${sTitle}</h1>
<div class="subheader impact-major">Incident Report for <strong>Northwake Broadband</strong></div></div>
<div class="incident-updates-container">
${[0, 1, 2, 3].map(sRow).join('\n')}
</div>
<div class="row components-affected font-small color-secondary border-color">This incident affected: Fibre Broadband (Calder Vale exchange) and Home
Phone.</div>
<div class="page-footer border-color font-small"><a class="color-secondary" href="/">← Current Status</a>
<span class="powered-by"><a href="https://www.atlassian.example/software/statuspage?utm_campaign=status.northwake.example">Powered by Atlassian
Statuspage</a></span></div></div>
<div class="custom-footer-container"><p>Northwake Broadband Ltd, Unit 4, Holme Park, Leyburn. Call us on 0800 046 2211.</p></div>
</div><script>$(function(){ new HRB.CORE.Statuspage.Incident({"code":"k8x2m1q0vz"}); });</script></body></html>`;
const statusPage: TestPage = {
  name: 'heldout308-atlassian-statuspage-incident',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts(sUpdates),
  bylines: [...sAgo, ...sStamps],
  furniture: [
    'Subscribe to Updates',
    'Text message',
    'Atom/RSS',
    'Get email notifications whenever Northwake Broadband creates, updates or resolves an incident.',
    'Subscribe via Email',
    'Incident Report for Northwake Broadband',
    ...sLabels,
    'This incident affected: Fibre Broadband (Calder Vale exchange) and Home Phone.',
    '← Current Status',
    'Powered by Atlassian Statuspage',
    'Northwake Broadband Ltd, Unit 4, Holme Park, Leyburn. Call us on 0800 046 2211.',
  ],
};

const zTitle = 'Set up Wi-Fi Calling on your phone';
const zIntro = [
  j(
    'Wi-Fi Calling lets you make and receive calls and texts over a Wi-Fi network when your mobile signal is weak, for example in a',
    'basement flat or a stone-walled cottage. Calls use your normal Kestrel Mobile number and come out of your plan allowance in the',
    'same way as calls over the mobile network, so there is nothing extra to pay.',
  ),
];
const zBefore = [
  'a Kestrel Mobile pay monthly or SIM-only plan (Pay As You Go is supported on iPhone only)',
  'a phone that supports Wi-Fi Calling on our network, running the latest software update',
  'an emergency address saved in the Kestrel app, so that 999 calls made over Wi-Fi can be located',
];
const zIphone = [
  'Open Settings and tap Phone.',
  'Tap Wi-Fi Calling and turn on Wi-Fi Calling on This iPhone.',
  'Confirm your emergency address when asked, then wait up to two minutes for the setting to activate.',
];
const zAndroid = [
  'Open the Phone app and tap the three-dot menu, then Settings.',
  'Tap Calls or Call settings, then Wi-Fi Calling, and switch it on.',
  'If the option is missing, restart your phone with the SIM inside and check again after an hour.',
];
const zMid = [
  j(
    'Once it is working you will see "Kestrel Wi-Fi" or a small Wi-Fi symbol next to the signal bars. Your phone decides on its own',
    'whether to use Wi-Fi or the mobile network, and it will hand a call over to 4G or 5G if you walk out of Wi-Fi range, as long',
    'as there is mobile coverage where you are going.',
  ),
];
const zTrouble = [
  j(
    'If calls drop or sound robotic, the Wi-Fi connection is usually the cause. Move closer to your router, and if you use a VPN or a',
    'work network, try a home network instead, because some firewalls block the ports Wi-Fi Calling needs. Restarting your router',
    'clears most problems. If the setting still will not turn on after 24 hours, reply to our chat in the app and we will refresh',
    'your line.',
  ),
];
const zHeadings = ['Before you start', 'On iPhone', 'On Android', 'If Wi-Fi Calling is not working'];
const zSide = ['Set up Wi-Fi Calling on your phone', 'Turn on VoLTE and 5G', 'Use your phone abroad', 'Set up visual voicemail'];
const zRelated = ['Why can I not make calls indoors?', 'Update your emergency address', 'Check coverage at your postcode'];
const zCrumbs = ['Kestrel Mobile Help', 'Calls and texts', 'Calling features'];
const zFoot = ['Contact us', 'Accessibility', 'Privacy and cookies', 'Terms and conditions'];
const zHtml = `<!DOCTYPE html><html dir="ltr" lang="en-GB"><head><meta charset="utf-8">
<title>${zTitle} – Kestrel Mobile Help</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport"><meta name="description" content="Wi-Fi Calling lets you make and receive calls">
<link rel="canonical" href="https://help.kestrelmobile.example/hc/en-gb/articles/360021774512-Set-up-Wi-Fi-Calling-on-your-phone">
<meta property="og:type" content="website"><meta property="og:site_name" content="Kestrel Mobile Help"><meta property="og:title" content="${zTitle}">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-6a1f0.css" media="all">
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"kestrelmobile"}; HelpCenter.user = {"role":"anonymous"};</script>
<script src="//static.zdassets.example/hc/assets/en-gb.3b8d.js"></script></head>
<body class="community-enabled"><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="/hc/theming_assets/kestrel-logo.svg" alt="Kestrel Mobile Help
Centre home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a href="https://kestrelmobile.example/shop">Shop</a></li><li><a href="https://kestrelmobile.example/my-account">My account</a></li>
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-gb/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs">${zCrumbs.map((c) => `<li title="${c}"><a href="/hc/en-gb">${c}</a></li>`).join('\n')}</ol></nav>
<div class="search-container"><form role="search" class="search" data-search="" action="/hc/en-gb/search" method="get">
<input type="search" name="query" id="query" placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><button type="button" class="collapsible-sidebar-toggle" aria-expanded="false"></button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
<div class="collapsible-sidebar-body"><ul>${links(zSide)}</ul><a href="/hc/en-gb/sections/3600041" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="/hc/avatars/team.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/40213-Rosa-Quennell">Rosa Quennell</a>
<ul class="meta-group"><li class="meta-data"><time datetime="2026-01-22T10:14:02Z" title="2026-01-22 10:14" data-datetime="relative">January 22,
2026 10:14</time></li>
<li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button" rel="nofollow" role="button" data-auth-action="signin" href="/hc/en-gb/articles/360021774512/subscription">Follow</a>
</header><section class="article-info"><div class="article-content"><div class="article-body">
${ps(zIntro)}
<h2>${zHeadings[0]}</h2><p>You need:</p><ul>${lis(zBefore)}</ul>
<h2>${zHeadings[1]}</h2><ol>${lis(zIphone)}</ol>
<h2>${zHeadings[2]}</h2><ol>${lis(zAndroid)}</ol>
${ps(zMid)}
<h2>${zHeadings[3]}</h2>
${ps(zTrouble)}
</div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share">
<li><a href="https://www.facebook.example/share.php?title=Wi-Fi" class="share-facebook" aria-label="Facebook">Facebook</a></li>
<li><a href="https://twitter.example/share?lang=en" class="share-twitter" aria-label="X Corp">X Corp</a></li>
<li><a href="https://www.linkedin.example/shareArticle" class="share-linkedin" aria-label="LinkedIn">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group"><button type="button" class="button article-vote article-vote-up" aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down" aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">214 out of 259 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div class="related-articles" data-recent-articles><h2 class="related-articles-title">Related articles</h2>
<ul>${links(zRelated)}</ul></div></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Kestrel Mobile</a><ul class="footer-links">${links(zFoot)}</ul>
<p class="footer-legal">Kestrel Mobile Ltd is registered in England and Wales, company number 09912204.</p></div></footer>
<div id="cookie-banner" class="cookie-consent" role="dialog"><p>We use cookies to make our Help Centre work and to understand how you use it.</p>
<button class="button-primary">Accept cookies</button><button class="button">Manage preferences</button></div>
<script>HelpCenter.internal.showOnlyVisibleArticles();</script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout308-zendesk-copenhagen-help',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zHeadings,
  body: texts([...zIntro, 'You need:', ...zBefore, ...zIphone, ...zAndroid, ...zMid, ...zTrouble]),
  bylines: ['Rosa Quennell', 'January 22, 2026 10:14', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Shop', 'My account', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zSide.slice(1), 'See more',
    'Follow', 'Facebook', 'X Corp', 'LinkedIn', 'Was this article helpful?', '214 out of 259 found this helpful', 'Have more questions?', 'Return to top',
    'Related articles', ...zRelated, ...zFoot, 'Kestrel Mobile Ltd is registered in England and Wales, company number 09912204.',
    'We use cookies to make our Help Centre work and to understand how you use it.', 'Accept cookies', 'Manage preferences',
  ],
};

export const HELDOUT308_A: readonly TestPage[] = [statusPage, zendesk];
