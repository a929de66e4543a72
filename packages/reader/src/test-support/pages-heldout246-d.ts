import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout246-kit.js';
import { centralBank } from './pages-heldout246-d2.js';

/**
 * Held-out batch 246, file d: a crypto project's governance proposal on Discourse with three replies (header buttons, category
 * badge and tags, the topic map with views and likes, post controls, quoted reply, timeline, "Suggested Topics" table, the
 * "Powered by Discourse" footer) and, from file d2, a central bank's press release on Drupal.
 */
const fTitle = '[TEMP CHECK] Lower the FRL borrow cap on wstETH markets from 40k to 25k';
const fH1 = 'Summary';
const fH2 = 'Motivation';
const fH3 = 'Specification';
const fH4 = 'Next steps';
const fP1 = [
  j(
    'This temperature check proposes lowering the borrow cap for FRL against wstETH collateral from 40,000 to 25,000 FRL on all three',
    'deployments, and raising the reserve factor on the same market from 10% to 15%.',
  ),
];
const fP2 = [
  j(
    'Over the last month, two addresses have borrowed close to the full cap and moved the FRL to a single decentralised exchange pool',
    'with thin liquidity. If the FRL price spikes, liquidations of those positions would need to buy FRL from that same pool, and',
    'our simulations show slippage above 30% for a liquidation of the current size.',
  ),
  j(
    'A lower cap limits how large any one position can grow while we work with market makers on deeper liquidity. The higher reserve',
    'factor builds a buffer against the bad debt a failed liquidation could leave behind.',
  ),
];
const fSpec = ['Borrow cap, FRL on wstETH markets: 40,000 to 25,000', 'Reserve factor, FRL: 10% to 15%', 'No change to liquidation thresholds or bonuses'];
const fP3 = [
  j(
    'If this temperature check passes with a simple majority over five days, we will post an on-chain proposal with the parameter',
    'payload and the simulation report from the risk team.',
  ),
];
const fR1 = [
  j(
    'Supportive. The concentration is real, and 25k still leaves room for ordinary users. I would like to see the simulation numbers',
    'for a 20k cap as well, just so we know what we are choosing between.',
  ),
];
const fR2Quote = 'A lower cap limits how large any one position can grow';
const fR2 = [
  j(
    'It also limits how large honest positions can grow, and those are the borrowers paying us interest. I would prefer a time-boxed',
    'change: lower the cap now, and commit to reviewing it in sixty days once the new liquidity programme is running.',
  ),
];
const fR3 = ['Fair point, both of you. We will add the 20k scenario to the report and include a sixty-day review in the on-chain proposal text.'];
const fNav = ['Topics', 'Categories', 'Guidelines', 'FAQ', 'Governance portal'];
const fSugg = ['[ARFC] Onboard cbBTC as collateral on the Base deployment', 'Risk team monthly update: February 2026', 'Delegate platform: Tessera Labs'];
const post = (n: number, user: string, date: string, title: string, cooked: string, likes: string): string => `<div class="topic-post clearfix regular"
data-post-number="${n}"><article id="post_${n}" aria-label="post #${n} by @${user}" role="region" data-post-id="${4400 + n}" data-topic-id="1832"
data-user-id="${90 + n}" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar"
href="/u/${user}" data-user-card="${user}"><img alt="" width="48" height="48" src="/user_avatar/forum.ferrule.example/${user}/96/1.png" class="avatar"></a>
</div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${user}" data-user-card="${user}" class="">${user}</a></span>${
  title === '' ? '' : `<span class="user-title">${title}</span>`
}</div><div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/1832/${n}"><span title="${date}, 2026 11:14 am"
data-time="1772450000000" class="relative-date">${date}</span></a></div></div></div><div class="regular contents"><div class="cooked">
${cooked}</div><section class="post-menu-area clearfix"><nav class="post-controls collapsed-like"><div class="actions"><div class="double-button">
<button class="btn-flat button-count like-count">${likes}</button><button class="btn-flat toggle-like like" title="like this post"></button></div>
<button class="btn-flat share" title="copy a shareable link to this post"></button><button class="btn-flat reply create fade-out" title="begin composing a
reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const fHtml = `<!DOCTYPE html><html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${fTitle} - Proposals - Ferrule Governance</title><meta name="description" content="Summary This temperature check proposes lowering the borrow cap">
<meta name="generator" content="Discourse 3.4.0.beta3 - https://github.com/discourse/discourse version 4f1a9c2"><link rel="canonical"
href="https://forum.ferrule.example/t/temp-check-lower-the-frl-borrow-cap/1832"><meta property="og:site_name" content="Ferrule Governance">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"ravenna"},"datePublished":"2026-03-02T11:14:07Z"}</script>
<link href="/stylesheets/desktop_ca1a.css" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler category-proposals"><section id="main" class="ember-application"><div class="ember-view"><header class="d-header">
<div class="wrap"><div class="contents">
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img src="/uploads/logo.png" alt="Ferrule Governance"
id="site-logo" class="logo-big"></a></div></div><div class="panel"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button"><span class="d-button-label">Log In</span></button>
</span></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><div class="sidebar-sections"><ul class="sidebar-section-content">
${links(fNav, 'sidebar-section-link-wrapper')}</ul></div></div>
<div id="main-outlet"><div class="container posts"><div id="topic-title"><div class="title-wrapper">
<h1 data-topic-id="1832"><a href="/t/temp-check-lower-the-frl-borrow-cap/1832" class="fancy-title">${fTitle}</a></h1>
<div class="topic-category"><div class="topic-header-extra">
<a class="badge-category__wrapper" href="/c/proposals/5"><span class="badge-category__name">Proposals
</span></a><div class="list-tags"><a href="/tag/risk-params" class="discourse-tag simple">risk-params</a>
<a href="/tag/temp-check" class="discourse-tag simple">temp-check</a>
</div></div></div></div></div>
<div class="topic-navigation"><div class="timeline-container"><div class="topic-timeline">
<div class="timeline-date-wrapper"><a class="start-date">Mar 2</a></div>
<div class="timeline-scrollarea"><div class="timeline-handle"></div><div class="timeline-scroller-content"><div class="timeline-replies">1 / 4</div></div></div>
<div class="timeline-date-wrapper"><a class="now-date">Mar 5</a></div></div></div></div>
${post(
  1,
  'ravenna',
  'Mar 2',
  'Risk Steward',
  `<h2><a name="summary-1" class="anchor" href="#summary-1"></a>${fH1}</h2>\n${ps(fP1)}\n<h2>${fH2}</h2>\n${ps(fP2)}\n<h2>${fH3}</h2>\n<ul>${lis(
    fSpec,
  )}</ul>\n<h2>${fH4}</h2>\n${ps(fP3)}`,
  '18',
)}
<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats"><span class="topic-map__stat">412 views</span>
<span class="topic-map__stat">31 likes</span><span class="topic-map__stat">4 links</span></div></section></div>
${post(2, 'oakline_delegate', 'Mar 3', 'Delegate', ps(fR1), '9')}
${post(
  3,
  'mirabel.eth',
  'Mar 4',
  '',
  `<aside class="quote no-group" data-username="ravenna" data-post="1" data-topic="1832"><div class="title"><img alt="" width="24" height="24"
src="/user_avatar/ravenna/48/1.png" class="avatar"> ravenna:</div><blockquote><p>${fR2Quote}</p></blockquote></aside>\n${ps(fR2)}`,
  '6',
)}
${post(4, 'ravenna', 'Mar 5', 'Risk Steward', ps(fR3), '4')}
<div class="more-topics__container"><div class="suggested-topics"><h3 id="suggested-topics-title" class="suggested-topics-title">Suggested Topics</h3>
<table class="topic-list"><thead><tr><th class="topic-list-data default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th>
<th class="activity num">Activity</th></tr></thead><tbody>${fSugg
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="#" class="title raw-link raw-topic-link">${t}</a></td><td class="num posts">
${7 + i * 5}</td><td class="num views">${180 + i * 77}</td><td class="num activity">Feb ${20 + i}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div></div></div></div>
<footer class="noscript-footer-nav"><nav itemscope itemtype="http://schema.org/SiteNavigationElement">${links([
  'Home',
  'Categories',
  'Guidelines',
  'Terms of Service',
  'Privacy Policy',
])}</nav></footer>
<footer id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></div></section>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout246-discourse-governance-proposal',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [fH1, fH2, fH3, fH4],
  body: texts([...fP1, ...fP2, ...fSpec, ...fP3, ...fR1, fR2Quote, ...fR2, ...fR3]),
  bylines: ['ravenna', 'Mar 2', 'oakline_delegate', 'Mar 3', 'mirabel.eth', 'Mar 4', 'Mar 5'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...fNav, 'Proposals', 'risk-params', 'temp-check', '1 / 4', 'Risk Steward', 'Delegate', 'Reply', '412 views', '31 likes',
    '4 links', 'Suggested Topics', 'Topic', 'Replies', 'Views', 'Activity', ...fSugg, 'Feb 20', 'Feb 21', 'Feb 22', 'Home', 'Terms of Service',
    'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT246_D: readonly TestPage[] = [discourse, centralBank];
