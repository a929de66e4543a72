import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout308-kit.js';

/**
 * Held-out batch 308, file e: an app's release notes on a GitHub Releases page (global header, repository header with
 * counters and tabs, release header with Latest label and author, markdown body, Assets box, reactions, footer) and a VPN
 * provider's blog post on HubSpot CMS (hs_cos_wrapper spans, author and date meta, tags, subscribe form, related posts,
 * HubSpot comments, HubSpot cookie banner).
 */
const hTitle = 'Linkwise 4.2.0';
const hIntro = ['This release brings offline message drafts, a redesigned call screen and a long list of fixes for Android 15 and 16.'];
const hNew = [
  'Drafts are now saved on the device and sent automatically when you are back online.',
  'The call screen has larger buttons and shows network quality during Wi-Fi and mobile calls.',
  'You can now pin up to five chats to the top of the list.',
  'Voice messages can be played at 1.5x and 2x speed.',
];
const hFixed = [
  'Fixed notifications arriving late on phones with aggressive battery saving.',
  'Fixed a crash when sharing a photo larger than 40MB.',
  'Fixed the keyboard covering the message box on some foldable phones.',
  'Fixed group call audio cutting out when switching from Wi-Fi to 5G.',
];
const hNotes = [
  j('Android 9 is no longer supported. Users on Android 9 keep version 4.1.3, which will receive security fixes until the end of', 'September 2026.'),
  'Thanks to everyone who reported bugs in the beta channel, and to our three new contributors.',
];
const hHeadings = ["What's new", 'Bug fixes', 'Upgrade notes'];
const hAssets = ['linkwise-4.2.0-release.apk', 'linkwise-4.2.0-release.aab', 'Source code (zip)', 'Source code (tar.gz)'];
const hGlobal = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const hTabs = ['Code', 'Issues', 'Pull requests', 'Actions', 'Security', 'Insights'];
const hHtml = `<!DOCTYPE html><html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8">
<title>Release ${hTitle} · linkwise-app/linkwise-android · GitHub</title><meta name="description" content="${hIntro[0]}">
<meta property="og:site_name" content="GitHub"><meta property="og:type" content="object">
<meta name="route-pattern" content="/:user_id/:repository/releases/tag/*name">
<link crossorigin="anonymous" rel="stylesheet" href="https://github.githubassets.example/assets/primer-react-4f1d.css">
<script type="application/json" data-target="react-partial.embeddedData">{"props":{"repo":"linkwise-android","owner":"linkwise-app"}}</script></head>
<body class="logged-out env-production page-responsive"><div class="logged-out env-production page-responsive" style="word-wrap: break-word;">
<a href="#start-of-content" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner"><nav aria-label="Global"
class="HeaderMenu-nav"><ul class="d-lg-flex list-style-none">${links(hGlobal, 'HeaderMenu-item')}
</ul></nav><a href="/login" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a><a href="/signup" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign
up</a></header>
<div class="application-main" data-commit-hovercards-enabled><main id="js-repo-pjax-container"><div id="repository-container-header" class="pt-3
hide-full-screen"><div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5"><div class="flex-auto min-width-0 width-fit">
<div class="AppHeader-context-full"><strong itemprop="name" class="mr-1"><a href="/linkwise-app">linkwise-app</a> / <a href="/linkwise-app/linkwise-android">
linkwise-android</a></strong><span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline"><li><a class="btn-sm btn" href="/login">Notifications</a></li><li><a class="btn-sm btn"
href="/login">Fork <span class="Counter">214</span></a></li><li><a class="btn-sm btn" href="/login">Star <span class="Counter">3.1k</span></a></li></ul></div>
<nav class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5" aria-label="Repository">
<ul class="UnderlineNav-body list-style-none">${links(hTabs, 'd-inline-flex')}</ul></nav></div>
<div class="container-xl clearfix new-discussion-timeline px-3 px-md-4 px-lg-5"><div id="repo-content-pjax-container" class="repository-content ">
<nav aria-label="Breadcrumb" class="mb-5"><ol class="breadcrumb">${links(['Releases'], 'breadcrumb-item')}<li class="breadcrumb-item
breadcrumb-item-selected">v4.2.0</li></ol></nav>
<section aria-labelledby="hd-8a1c3f"><div class="Box"><div class="Box-body"><div class="d-flex flex-md-row flex-column"><div class="d-flex flex-row flex-1 mb-3
wb-break-word"><div class="flex-1" data-pjax="#repo-content-pjax-container"><h1 data-view-component="true" class="d-inline mr-3">${hTitle}</h1>
<span data-view-component="true" class="Label Label--success Label--large v-align-text-bottom d-none d-md-inline-block">Latest</span></div></div></div>
<div class="d-flex flex-row flex-items-center mb-3 flex-wrap"><img class="avatar avatar-small circle" src="https://avatars.githubusercontent.example/u/4418"
alt="@mira-osei" width="20" height="20"><a class="color-fg-default text-bold" href="/mira-osei">mira-osei</a>
<span class="color-fg-muted">released this</span> <relative-time class="no-wrap" datetime="2026-03-05T15:22:41Z" prefix="">05 Mar 15:22</relative-time>
<span class="ml-1">· <a href="/linkwise-app/linkwise-android/compare/v4.2.0...main">37 commits</a> to main since this release</span></div>
<div data-pjax="true" data-test-selector="body-content" data-view-component="true" class="markdown-body my-3">${ps(hIntro)}
<h2>${hHeadings[0]}</h2><ul>${lis(hNew)}</ul><h2>${hHeadings[1]}</h2><ul>${lis(hFixed)}</ul><h2>${hHeadings[2]}</h2>${ps(hNotes)}</div></div>
<div class="Box-footer"><div class="mb-3"><details open class="details-reset Details-element"><summary><span class="f3 text-bold d-inline mr-3">Assets</span>
<span title="4" data-view-component="true" class="Counter">4</span></summary>
<ul data-view-component="true">${links(hAssets, 'Box-row d-flex')}</ul></details></div>
<div class="d-flex flex-items-center"><div class="comment-reactions-options"><button class="social-reaction-summary-item">👍 48</button>
<button class="social-reaction-summary-item">🎉 21</button></div><span class="color-fg-muted ml-2">56 people reacted</span></div></div></div></section>
</div></div></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex flex-justify-center">
<span>© 2026 GitHub, Inc.</span></div><nav aria-label="Footer"><ul>${links(['Terms', 'Privacy', 'Status', 'Docs', 'Manage cookies'])}</ul></nav></footer>
</div></body></html>`;
const github: TestPage = {
  name: 'heldout308-github-releases-notes',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHeadings,
  body: texts([...hIntro, ...hNew, ...hFixed, ...hNotes]),
  bylines: ['mira-osei', '05 Mar 15:22'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hGlobal, 'Sign in', 'linkwise-app', 'Public', 'Notifications',
    'Fork', '214', 'Star', '3.1k', ...hTabs, 'Releases', 'v4.2.0', 'Latest', 'released this', '37 commits', 'to main since this release', 'Assets', ...hAssets,
    '56 people reacted', 'Footer', '© 2026 GitHub, Inc.', 'Terms', 'Privacy', 'Status', 'Docs', 'Manage cookies',
  ],
};

const vTitle = 'Do you still need a VPN on your home Wi-Fi?';
const vHeadings = ['What your home network already protects', 'Where a VPN still helps', 'When to leave it off'];
const vP1 = [
  j(
    'A few years ago the advice was simple: turn on your VPN whenever you go online. Today almost every website uses encrypted',
    'HTTPS, and most routers ship with WPA3 security, so it is fair to ask whether a VPN still adds anything at home.',
  ),
  j('The short answer is that it depends on who you are trying to keep out. Here is how we think about it at Tunnelfox.'),
];
const vP2 = [
  j(
    'HTTPS hides the content of the pages you visit from anyone on your network, and a strong Wi-Fi password keeps strangers off it.',
    'What neither hides is the list of sites you visit. Your broadband provider can see the domain names you look up and the',
    'addresses you connect to, and in several countries providers are allowed to keep that record for a year.',
  ),
];
const vP3 = [
  'Hiding your browsing history from your broadband provider.',
  'Getting around throttling, where a provider slows down video or gaming traffic at busy times.',
  'Protecting smart devices that send data without encryption, if your router can run the VPN for the whole network.',
];
const vP4 = [
  j(
    'A VPN adds a small delay, and some services, including several banks and streaming apps, block VPN connections or ask for',
    'extra checks. Split tunnelling lets you send those apps outside the tunnel while keeping everything else inside.',
  ),
  j(
    'If you only use your home network for everyday browsing and trust your provider, you may not need a VPN running all the time.',
    'But switching it on costs nothing, and the habit pays off the first time you join a café or hotel network.',
  ),
];
const vQuote = 'Encryption on the web protects what you say; a VPN protects who you are talking to.';
const vRelated = ['What is split tunnelling?', 'WPA3 explained for non-experts', 'How we audit our no-logs policy'];
const vNav = ['Features', 'Pricing', 'Download', 'Blog', 'Help centre'];
const vHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${vTitle}</title><meta name="description" content="A VPN at home">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article"><meta name="generator" content="HubSpot">
<link rel="stylesheet" href="https://www.tunnelfox.example/hubfs/hub_generated/template_assets/1/8841/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${vTitle}","author":{"name":"Selma Akinde"}}</script>
<script>var hsVars = {"portal_id":4417208,"app_hs_base_url":"https://app.hubspot.example","content_id":19920311743,"page_id":19920311743};</script></head>
<body><div class="body-wrapper hs-content-id-19920311743 hs-blog-post hs-blog-id-8821340213">
<div data-global-resource-path="tunnelfox/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__logo"><a href="/">Tunnelfox</a></div>
<nav class="menu" aria-label="Main menu"><ul class="menu__wrapper no-list">${links(vNav, 'menu__item menu__item--depth-1')}</ul></nav>
<a class="button header__button" href="/pricing">Get Tunnelfox</a></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${vTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/selma-akinde">Selma Akinde</a><time datetime="2026-03-02 09:00:00" class="blog-post__timestamp">Mar 2,
2026 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(vP1)}
<h2>${vHeadings[0]}</h2>${ps(vP2)}<blockquote><p>${vQuote}</p></blockquote>
<h2>${vHeadings[1]}</h2><ul>${lis(vP3)}</ul><h2>${vHeadings[2]}</h2>${ps(vP4)}</span></div>
<div class="blog-post__tags"><span>Topics:</span> <a class="blog-post__tag-link" href="/blog/tag/privacy">Privacy</a>,
<a class="blog-post__tag-link" href="/blog/tag/home-networking">Home networking</a></div></article>
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form"><h3 class="form-title">Subscribe to the Tunnelfox blog</h3>
<form class="hs-form"><input type="email" name="email" placeholder="Email"><input type="submit" class="hs-button primary large" value="Subscribe"></form></div>
<section class="blog-related-posts"><h2>Related posts</h2><ul>${links(vRelated, 'blog-related-posts__post')}</ul></section>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<div class="section post-footer"><div id="comments-listing" class="new-comments"><div class="comment"><p class="comment-from">Jonah Bright</p>
<div class="comment-body"><p>Good point about smart plugs. Mine phones home every ten minutes.</p></div>
<p class="comment-date">Mar 3, 2026</p></div></div></div></div></section></div></div></main>
<footer class="footer"><ul>${links(['About us', 'Privacy policy', 'Transparency report', 'Careers'])}</ul><p>© 2026 Tunnelfox AS, Bergen</p></footer>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region"><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><a id="hs-eu-confirmation-button" role="button">Accept</a><a id="hs-eu-decline-button"
role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout308-hubspot-cms-blog',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: vHeadings,
  body: texts([...vP1, ...vP2, vQuote, ...vP3, ...vP4]),
  bylines: ['Selma Akinde', 'Mar 2, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...vNav, 'Get Tunnelfox', 'Topics:', 'Privacy', 'Home networking', 'Subscribe to the Tunnelfox blog', 'Related posts',
    ...vRelated, 'Jonah Bright', 'Good point about smart plugs. Mine phones home every ten minutes.', 'Mar 3, 2026', 'About us', 'Privacy policy',
    'Transparency report', 'Careers', '© 2026 Tunnelfox AS, Bergen',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT308_E: readonly TestPage[] = [github, hubspot];
