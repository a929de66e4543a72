import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout546-kit.js';

/**
 * Held-out batch 546, file e: a Discourse forum thread about service of papers on a roommate (rendered Ember markup with the
 * timeline and suggested topics), and a notary services company's news post on HubSpot CMS about remote notarization.
 */
const dTitle = 'Process server left papers with my roommate. Does that count as being served?';
const dPosts: { user: string; date: string; paras: string[] }[] = [
  {
    user: 'tmaddox',
    date: 'Mar 3',
    paras: [
      j(
        'I came home last night and my roommate handed me an envelope a process server had given her at the door. It is a',
        'summons from small claims court about a security deposit dispute with my old landlord. I was never handed anything myself.',
      ),
      'Is that actually valid service? And if it is, when does my time to respond start?',
    ],
  },
  {
    user: 'sandra_serves',
    date: 'Mar 3',
    paras: [
      j(
        'Registered process server here (Linden County). In most places, yes, that can be valid. It is called substituted service:',
        'the server can leave the papers with an adult who lives at your home, and then usually has to mail you a second copy too.',
      ),
      j('The key words are “lives at”. Your roommate lives there, so it probably counts. If it had been a guest or a delivery driver,', 'it would not.'),
    ],
  },
  {
    user: 'tmaddox',
    date: 'Mar 4',
    paras: ['Thanks. Nothing has come in the mail yet. Should I wait for the mailed copy before doing anything?'],
  },
  {
    user: 'Helen_K',
    date: 'Mar 4',
    paras: [
      j(
        'Please don’t wait. Courts usually count your deadline from the date the mailed copy is sent, not when it arrives, and small',
        'claims deadlines are short. Look at the top of the summons for the hearing date and call the clerk’s office to ask how they',
        'calculate it for substituted service.',
      ),
      'The free clinic at the courthouse runs Tuesdays and Thursdays, 9 to 12, if you want someone to look at the papers with you.',
    ],
  },
];
const dSugg = [
  ['Landlord kept my deposit for “cleaning”, can I sue?', 'Housing & Tenancy', '14', '2d'],
  ['Served at work in front of my boss. Is that allowed?', 'Courts & Procedure', '9', '5d'],
];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Housing &amp; Tenancy - Carrow Legal Help Community</title>
<meta name="description" content="I came home last night and my roommate handed me an envelope a process server had given her at the door.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 4b1c2d3e">
<link rel="canonical" href="https://community.carrowlegalhelp.example/t/process-server-left-papers-with-my-roommate/4412">
<meta property="og:site_name" content="Carrow Legal Help Community"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"tmaddox"},
"datePublished":"2026-03-03T22:14:09Z","interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":3}}</script>
<link href="/stylesheets/desktop_d1a2b3c4.css?__ws=community.carrowlegalhelp.example" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/discourse-7c1d2e.js"></script><meta id="data-discourse-setup" data-cdn=""
data-base-url="https://community.carrowlegalhelp.example"></head>
<body class="crawler archetype-regular category-housing-tenancy docked"><section id="main" class="ember-application">
<div id="ember3" class="ember-view"><div class="discourse-root"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title">
<a href="/" data-auto-route="true"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/clhc-logo.png" alt="Carrow Legal Help Community"></a>
</div></div><div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text" type="button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text" type="button">
<svg class="fa d-icon d-icon-user svg-icon" aria-hidden="true"><use href="#user"></use></svg><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><a href="/search" title="Search" class="icon btn-flat"
aria-label="Search"><svg class="fa d-icon d-icon-search svg-icon" aria-hidden="true"></svg></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet">
<div class="container"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="4412">
<a href="/t/process-server-left-papers-with-my-roommate/4412" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/housing-tenancy/6"><span data-category-id="6" class="badge-category"
style="--category-badge-color:#3AB54A"><span class="badge-category__name">Housing &amp; Tenancy</span></span></a>
<div class="list-tags"><a href="/tag/service-of-process" class="discourse-tag simple">service-of-process</a></div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="4412"><div class="posts-wrapper"><div class="post-stream">
${dPosts
  .map(
    (p, i) => `<div class="topic-post clearfix regular" data-post-number="${i + 1}"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}"
role="region" data-post-id="${18230 + i}" data-topic-id="4412" data-user-id="${40 + i}" class="boxed onscreen-post"><div class="row">
<div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/${p.user}/48/1.png" class="avatar"></a></div></div><div class="topic-body clearfix">
<div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/${p.user}"
data-user-card="${p.user}">${p.user}</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="widget-link post-date"
href="/t/process-server-left-papers-with-my-roommate/4412/${i + 1}"><span title="${p.date}, 2026" data-time="1772576049000"
class="relative-date">${p.date}</span>
</a></div></div></div><div class="regular contents"><div class="cooked">${ps(p.paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls">
<div class="actions"><div class="double-button"><button class="btn-count btn btn-flat" title="number of people who liked this post">${
      i === 3 ? 4 : i === 1 ? 2 : ''
    }</button>
<button class="btn toggle-like like btn-icon no-text btn-flat" title="like this post"></button></div><button class="btn reply btn-icon-text btn-flat"
title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`,
  )
  .join('\n')}
</div></div></section>
<div class="topic-navigation with-timeline"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper">
<div class="timeline-date-wrapper"><a class="start-date" href="#">Mar 3</a></div><div class="timeline-scroller"><div class="timeline-replies">1 / 4</div></div>
<div class="timeline-date-wrapper"><a class="now-date" href="#">Mar 4</a></div></div></div></div></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create" type="button"><span
class="d-button-label">Reply</span>
</button></div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div role="complementary" aria-labelledby="suggested-topics-title"
class="suggested-topics"><h3 id="suggested-topics-title" class="suggested-topics-title">Suggested Topics</h3><div class="topics">
<table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Activity</th></tr></thead><tbody>
${dSugg
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/x"
class="title raw-link raw-topic-link">${r[0]}</a></span><div class="link-bottom-line"><span class="badge-category__name">${r[1]}</span></div></td><td
class="num posts-map posts"><span class="number">${r[2]}</span></td><td class="num activity"><span class="relative-date">${r[3]}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/housing-tenancy/6">Housing &amp; Tenancy</a>
or <a href="/latest">view latest topics</a>.</h3></div></div></div></div></div></div>
<footer class="powered-by-discourse"><p class="powered-by-discourse__text">Powered by <a href="https://www.discourse.org">Discourse</a></p></footer>
</div></div></section>
<noscript><p>This site is best viewed with JavaScript enabled.</p></noscript></body></html>`;
const carrowForum: TestPage = {
  name: 'heldout546-discourse-substituted-service',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: ['tmaddox', 'Mar 3', 'sandra_serves', 'Mar 4', 'Helen_K'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Housing & Tenancy', 'service-of-process', '2', '4', 'Reply', '1 / 4', 'Suggested Topics', 'Topic',
    'Replies', 'Activity', ...dSugg.map((r) => at(r, 0)), 'Courts & Procedure', '14', '2d', '5d',
    'Want to read more? Browse other topics in Housing & Tenancy or view latest topics.', 'Powered by Discourse',
  ],
};

const hTitle = 'Remote Online Notarization Is Now Permanent in Lanark: What Changes on July 1';
const hBody = [
  j(
    'The temporary rules that allowed Lanark notaries to notarize documents over video since 2023 become permanent on July 1,',
    'after the legislature passed the Remote Notarial Acts Act in its spring session. For signers, the biggest change is that a',
    'remote notarization will be accepted for real estate recording without a paper “wet-ink” copy.',
  ),
  'Who can notarize remotely',
  j(
    'Only notaries who hold an active commission and have registered with the Secretary of State as remote notaries may perform',
    'remote acts. Registration requires a four-hour course, an exam and proof that the notary uses an approved platform. Notaries',
    'who registered under the temporary rules have until December 31 to complete the new course.',
  ),
  'What signers need',
  j(
    'Signers need a device with a camera and microphone, a government-issued photo ID and about 20 minutes. The platform checks',
    'the ID and asks five identity questions based on public records before the notary joins the call. Signers located outside',
    'Lanark can still use a Lanark remote notary, provided the document relates to a matter in the state.',
  ),
  'Recordings and fees',
  j(
    'Every session is recorded, and the notary must keep the recording for ten years. The maximum fee for a remote act is $25,',
    'compared with $10 for an in-person acknowledgment.',
  ),
  j(
    '“We expect most refinances in the state to close remotely within two years,” said Priya Venkat, operations director at',
    'Keystone Signing Services. “The fee cap gives people certainty about what they will pay.”',
  ),
];
const hHeads = [1, 3, 5];
const hNav = ['Services', 'Remote Notary', 'Loan Signings', 'Resources', 'Contact Us'];
const hTags = ['Remote Notarization', 'Lanark Law'];
const hRel = ['Five Documents You Can Notarize From Home', 'Apostille or Authentication? How to Tell Which You Need'];
const hCookie = j(
  'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our',
  'website and allow us to remember you.',
);
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${hTitle}</title><link rel="shortcut icon" href="https://www.keystonesigning.example/hubfs/favicon.png">
<meta name="description" content="Remote online notarization becomes permanent in Lanark on July 1. Here is what changes for signers and notaries.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="https://www.keystonesigning.example/hubfs/hub_generated/template_assets/1/1447001/1718200000/template_main.min.css">
<link rel="canonical" href="https://www.keystonesigning.example/blog/remote-online-notarization-permanent-lanark">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Marcus Elden"},
"datePublished":"2026-06-18T13:00:00Z"}</script><meta property="article:published_time" content="2026-06-18T13:00:00Z"></head>
<body><div class="body-wrapper hs-content-id-171822334455 hs-blog-post hs-blog-id-16402251234">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to
content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><span id="hs_cos_wrapper_site_logo_hs_logo_widget"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/" id="hs-link-site_logo_hs_logo_widget"><img src="/hubfs/keystone-logo.svg"
class="hs-image-widget" alt="Keystone Signing Services" width="180"></a></span></div></div>
<div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><nav class="header__navigation"
aria-label="Main menu"><ul class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/marcus-elden">Marcus Elden</a><time datetime="2026-06-18 13:00:00" class="blog-post__timestamp">Jun 18,
2026 9:00:00 AM</time>
</div><div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps([at(hBody, 0)])}
<!--more--><h2>${at(hBody, 1)}</h2>${ps([at(hBody, 2)])}
<h2>${at(hBody, 3)}</h2>${ps([at(hBody, 4)])}
<h2>${at(hBody, 5)}</h2>${ps([at(hBody, 6), at(hBody, 7)])}
<div class="hs-cta-embed hs-cta-simple-placeholder hs-cta-embed-171830"><a
href="https://cta-service-cms2.hubspot.com/web-interactives/public/v1/track/redirect?encryptedPayload=AVxigLK"
target="_blank" rel="noopener"><img alt="Book a remote notarization" loading="lazy"
src="https://no-cache.hubspot.com/cta/default/1447001/interactive-171830.png"
style="height: 100%; width: 100%; object-fit: fill"></a></div></span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="Tag1_layer"></g></svg>
${hTags.map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}" rel="tag">${t}</a>`).join(',\n')}</div>
<div class="hs-blog-social-share"><ul class="hs-blog-social-share-list"><li class="hs-blog-social-share-item hs-blog-social-share-item-twitter">
<a href="https://twitter.com/share" class="twitter-share-button">Tweet</a></li><li class="hs-blog-social-share-item hs-blog-social-share-item-linkedin">
<a href="https://www.linkedin.com/shareArticle">Share</a></li></ul></div></article>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div></div></div></section></div>
<div class="blog-related-posts"><div class="content-wrapper"><h2 class="blog-related-posts__title">Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    (t) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><a class="blog-related-posts__title-link"
href="/blog/r"><h3>${t}</h3></a></article>`,
  )
  .join('\n')}
</div></div></div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form"><h3 class="form-title">Subscribe to Keystone News</h3><div class="hbspt-form">
<form class="hs-form stacked hs-custom-form" novalidate><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label
for="email-1a2b"><span>Email</span>
<span class="hs-form-required">*</span></label><div class="input"><input id="email-1a2b" name="email" type="email" class="hs-input" required></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
<p class="footer__copyright">© 2026 Keystone Signing Services, LLC. Commissioned notaries; we do not give legal advice.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-theme="default" role="region">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"></div><div id="hs-eu-policy-wording"><p>${hCookie}</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><div id="hs-eu-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cta-embed/static-1.76/embeddableCTA.js"></script><script id="hs-script-loader" async defer
src="/hs/scriptloader/1447001.js"></script>
</body></html>`;
const keystone: TestPage = {
  name: 'heldout546-hubspot-ron-news',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: hHeads.map((i) => at(hBody, i)),
  body: texts(hBody.filter((_, i) => !hHeads.includes(i))),
  bylines: ['Marcus Elden', 'Jun 18, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav.filter((t) => t !== 'Services' && t !== 'Remote Notary'), 'Lanark Law', 'Tweet', 'Share', 'Related posts', ...hRel,
'Subscribe to Keystone News', 'Email',
    '© 2026 Keystone Signing Services, LLC. Commissioned notaries; we do not give legal advice.', hCookie, 'Accept', 'Decline',
  ],
};

export const HELDOUT546_E: readonly TestPage[] = [carrowForum, keystone];
