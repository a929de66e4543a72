import { links, plain, type TestPage } from './page-kit.js';
import { type Block, gold, j, render } from './pages-heldout578-kit.js';

/**
 * Held-out batch 578, file b: a stove installer's certificate and safety explainer on Squarespace 7.1 (fluid engine sections,
 * a newsletter block and a cookie banner), and a Discourse thread on a wood burner smoking into the room.
 */
const qTitle = 'Your Stove Certificate, Explained';
const qDek = 'What the paperwork after a stove installation means, who can issue it, and why your insurer will ask for it.';
const qBlocks: Block[] = [
  qDek,
  j(
    'When we finish fitting a stove, the last thing we hand over is not the gloves or the stove tool: it is a certificate.',
    'It is easy to file it away with the manual and forget it, but it is the one document that proves the installation meets building regulations.',
  ),
  { h: 'What is a compliance certificate?' },
  j(
    'Fitting a solid fuel stove is classed as building work. Either the local council’s building control team inspects it, or the work is done by an installer',
    'registered with a competent person scheme, who can certify their own work. A registered installer notifies the council for you within 30 days,',
    'and the council then sends the homeowner a compliance certificate by post.',
  ),
  { h: 'What does it record?' },
  {
    ul: [
      'the address and the date the work was finished',
      'the make and model of the stove and its rated output',
      'the type of flue or liner, its diameter and its length',
      'the hearth construction and the distances to anything combustible',
      'the position of the carbon monoxide alarm',
    ],
  },
  { h: 'Why it matters' },
  j(
    'Home insurers increasingly ask for the certificate after a chimney fire or smoke damage claim.',
    'Solicitors ask for it when you sell, and a buyer’s surveyor',
    'will flag a stove that has none. Without it you may be asked to pay for a retrospective inspection, which can mean opening up the chimney breast.',
  ),
  { q: 'A stove without a certificate is not necessarily unsafe, but nobody can prove it is safe.' },
  { h: 'Carbon monoxide alarms' },
  j(
    'Since 2022 every new stove installation must have a working carbon monoxide alarm in the same room. Test it monthly by pressing the button,',
    'and replace the whole unit on the date printed on the back, usually after seven or ten years.',
  ),
  { h: 'Lost yours?' },
  j(
    'Your council can usually send a copy for a small fee, or we can request one from the scheme if we fitted the stove. Get in touch with the',
    'address and the approximate date of installation.',
  ),
];
const qNav = ['Stoves', 'Installation', 'Chimney Sweeping', 'Guides', 'About', 'Contact'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Your Stove Certificate, Explained — Hearthwise Installations</title><link rel="canonical" href="https://www.hearthwise.example/guides/stove-certificate">
<meta property="og:site_name" content="Hearthwise Installations"><meta itemprop="name" content="Your Stove Certificate, Explained — Hearthwise Installations">
<script type="text/javascript" crossorigin="anonymous" defer="defer" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-5a1.js">
</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {
"website":{"siteTitle":"Hearthwise Installations"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.hearthwise.example",
"name":"Hearthwise Installations","@context":"http://schema.org","@type":"WebSite"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/6512/site.css"></head>
<body id="collection-6512a" class="header--menu-open-false tweak-fixed-header-style-basic form-use-theme-colors primary-button-style-solid
tweak-global-animations-complexity-level-detailed collection-type-page view-item">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" class="">Hearthwise Installations</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Book a Survey</a></div></div></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="white"><div class="header-menu-bg theme-bg--primary"></div>
<div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder">
<div class="header-menu-nav-folder-content"><div class="container header-menu-nav-item header-menu-nav-item--collection"><a href="/stoves">
<div class="header-menu-nav-item-content">Stoves</div></a></div></div></div></nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6512b">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="6512c"><div class="content-wrapper"><div class="content">
<div data-fluid-engine="true"><div class="fluid-engine fe-6512d"><div class="fe-block fe-block-a1"><div class="sqs-block html-block sqs-block-html"
data-blend-mode="NORMAL" data-block-type="2" data-border-radii="{}" id="block-a1"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${qTitle}</h1>
<p class="sqs-html-content__lead" style="white-space:pre-wrap;">${qDek}</p></div></div></div></div>
<div class="fe-block fe-block-a2"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a2"><div class="sqs-block-content">
<div class="sqs-html-content">
${render(qBlocks.slice(1), { p: '' }).replace(/<p class="">/g, '<p style="white-space:pre-wrap;">')}
</div></div></div></div>
<div class="fe-block fe-block-a3"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-a3">
<div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="6512e">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Sweep reminders</h2><div class="newsletter-form-header-description">
<p>One email each August to remind you to book your sweep. Nothing else.</p></div></header><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3">
<label class="newsletter-form-field-label title" for="email-yui_3-field">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout" type="submit"
value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div>
<div class="form-submission-text hidden">Thank you!</div></form></div></div></div></div>
</div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" class="page-section layout-engine-section" data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><p><strong>Hearthwise Installations</strong></p><p>Unit 4, Foundry Yard, Kessington KN2 8LE</p><p>01632 960 773</p>
<p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout578-squarespace-certificate',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  ...gold(qBlocks),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Hearthwise Installations', ...qNav, 'Book a Survey', 'Sweep reminders',
    'One email each August to remind you to book your sweep. Nothing else.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Unit 4, Foundry Yard, Kessington KN2 8LE', '01632 960 773', 'Privacy', 'Terms', 'This website uses cookies to improve your experience.',
    'Accept', 'Decline',
  ],
};

const dTitle = 'Wood burner puffs smoke into the room when I open the door';
const dPosts: readonly (readonly [string, string, string, readonly string[]])[] = [
  [
    'tomwhin',
    'Nov 3',
    '2026-11-03T19:12:00Z',
    [
      j(
        'Fitted last spring, 5 kW multi-fuel into an old brick chimney with a 150 mm liner. Burns fine once it is going,',
        'but every time I open the door to add logs I get a puff of smoke in the room and the alarm nearly goes off.',
      ),
      'Logs are from a local supplier, meter says 17–19%. Any ideas before I call the fitter back?',
    ],
  ],
  [
    'ashpan_annie',
    'Nov 3',
    '2026-11-03T20:40:00Z',
    [
      j(
        'Are you opening the door straight away? Open the air control fully, crack the door a centimetre and wait ten seconds',
        'before opening it all the way. That lets the flue speed up and pull the smoke in rather than out.',
      ),
    ],
  ],
  [
    'FlueGuyDerek',
    'Nov 4',
    '2026-11-04T08:05:00Z',
    [
      j(
        'Also check whether the house is airtight. New windows or a cooker hood on full will pull against the chimney.',
        'Try it with a window open in the same room. If it stops, you need a permanent air vent, which a 5 kW stove in a newer house may need anyway.',
      ),
      'And when was it last swept? A part-blocked cowl does exactly this.',
    ],
  ],
  [
    'tomwhin',
    'Nov 6',
    '2026-11-06T21:30:00Z',
    [
      j(
        'Window trick worked straight away. The fitter came back and found the kitchen extractor was the culprit, it is on the same side of the house.',
        'He is putting a vent in the wall behind the stove next week. Thanks both!',
      ),
    ],
  ],
];
const dCrumbs = ['Stoves &amp; Flues', 'Troubleshooting'];
const dUsers = [...new Set(dPosts.map((p) => p[0]))];
const post = ([user, date, iso, paras]: (typeof dPosts)[number], i: number): string => `<div class="topic-post clearfix regular" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${user}" role="region" data-post-id="${8800 + i}" data-topic-id="4127" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${user}" data-user-card="${user}"
aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/hearthtalk.example/${user.toLowerCase()}/96/1_2.png" class="avatar"></a>
</div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${user}" data-user-card="${user}" class="">${user}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/wood-burner-puffs-smoke/4127/${i + 1}" data-share-url="/t/4127/${i + 1}"
data-post-number="${i + 1}"><span title="${iso}" data-time="1762197120000" data-format="tiny" class="relative-date">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${render(paras)}</div>
<section class="post-menu-area clearfix"><nav class="post-controls expand-post"><div class="actions"><div class="double-button">
<button class="widget-button btn-flat button-count like-count highlight-action regular-likes btn-text" title="people liked this post">
<span class="d-button-label">
${i + 2}</span></button><button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post">
<svg class="fa d-icon d-icon-d-unliked svg-icon"></svg>
</button></div><button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard">
<svg class="fa d-icon d-icon-d-post-share"></svg>
</button><button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post">
<svg class="fa d-icon d-icon-reply"></svg>
<span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Wood burner puffs smoke into the room when I open the door - Troubleshooting - HearthTalk</title>
<meta name="description" content="Fitted last spring, 5 kW multi-fuel into an old brick chimney with a 150 mm liner.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://forum.hearthtalk.example/t/wood-burner-puffs-smoke/4127">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"tomwhin"}}</script>
<link href="/stylesheets/desktop_8b3c.css?__ws=forum.hearthtalk.example" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/discourse-8a1f.js" data-discourse-entrypoint="discourse"></script></head>
<body class="crawler-disabled category-stoves-flues-troubleshooting archetype-regular">
<div class="ember-application"><div id="ember5" class="ember-view"><section id="main" class="ember-application">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title">
<a href="/" data-auto-route="true"><img src="/uploads/default/original/1X/hearthtalk-logo.png" alt="HearthTalk" id="site-logo" class="logo-big"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button" type="button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text btn-primary btn-small login-button" type="button">
<span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown">
<button class="btn no-text btn-icon icon btn-flat" aria-label="Search" title="Search"><svg class="fa d-icon d-icon-search"></svg></button></li></ul></div>
</div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet">
<div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="4127"><a href="/t/wood-burner-puffs-smoke/4127" class="fancy-title">
${dTitle}</a></h1><div class="topic-category"><div class="categories-wrapper">${dCrumbs
  .map(
    (c) => `<a class="badge-category__wrapper" href="/c/4"><span
class="badge-category --style-square"><span class="badge-category__name">${c}</span></span></a>`,
  )
  .join('\n')}</div>
<div class="list-tags"><a href="/tag/smoke" class="discourse-tag simple">smoke</a><a href="/tag/ventilation" class="discourse-tag simple">ventilation</a>
</div></div>
</div></div></div>
<div class="container posts"><div class="topic-navigation with-timeline"><div class="timeline-container"><div class="topic-timeline">
<div class="timeline-date-wrapper">
<a class="start-date">Nov 2026</a></div><div class="timeline-replies">1 / 4</div><div class="timeline-date-wrapper"><a class="now-date">3d ago</a></div></div>
</div></div>
<div class="row"><section class="topic-area" id="topic" data-topic-id="4127"><div class="posts-wrapper"><div id="main-container" class="post-stream">
${dPosts.map(post).join('\n')}
</div></div></section></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create" type="button">
<span class="d-button-label">
Reply</span></button></div></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><thead><tr>
<th class="topic-list-data default">Topic</th><th class="topic-list-data replies">Replies</th></tr></thead><tbody>
<tr class="topic-list-item"><td class="main-link">
<a href="/t/glass-blackening-overnight/3980" class="title raw-link raw-topic-link">Glass blackening overnight</a></td>
<td class="num posts-map posts"><span class="number">7</span></td></tr>
<tr class="topic-list-item"><td class="main-link">
<a href="/t/cowl-or-bird-guard/3902" class="title raw-link raw-topic-link">Cowl or bird guard for a liner?</a></td>
<td class="num posts-map posts"><span class="number">12</span></td></tr></tbody></table></div></div></div></div></div></section></div></div>
<noscript><p>This site requires JavaScript to be enabled.</p></noscript></body></html>`;
const discourse: TestPage = {
  name: 'heldout578-discourse-smoke-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p[3].map(plain)),
  bylines: [...dUsers, 'Nov 3', 'Nov 4', 'Nov 6'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...dCrumbs.map(plain), 'smoke', 'ventilation', 'Nov 2026', '1 / 4', '3d ago',
    '2', '3', '4', '5', 'Reply', 'Suggested Topics', 'Topic', 'Replies', 'Glass blackening overnight', '7', 'Cowl or bird guard for a liner?', '12',
  ],
};

export const HELDOUT578_B: readonly TestPage[] = [squarespace, discourse];
