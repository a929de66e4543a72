import { links, ps, type TestPage, texts } from './page-kit.js';
import { meridianLive } from './pages-heldout71-a2.js';

/**
 * Held-out batch 71, file a: a Lee Enterprises regional daily on BLOX CMS (TownNews): skyline ad region, the navbar with
 * sections, "Subscribe" and "Log In", the section kicker, headline, byline and dateline, the share tools with screen-reader
 * labels, the lead photo with caption and credit, in-story ad regions, the inline "People are also reading…" box and a
 * newsletter signup inside the article body, the closing contact line, tags, the author card, the hidden BLOX
 * notification modal with its "{{subject}}" placeholders, "Most Popular", the footer and the TownNews credit), and
 * (file a2) a UK national paper's live story.
 */
const lcTitle = 'Marlow County supervisors OK $14.2 million plan to replace Old Mill Road bridge';
const lcBody1 = [
  'CEDAR BEND — The one-lane bridge that has carried Old Mill Road over the Wapsie Creek since 1931 will be torn down and replaced ' +
    'by 2027 under a plan the Marlow County Board of Supervisors approved Tuesday on a 4-1 vote.',
  'The $14.2 million project will put a two-lane concrete bridge about 40 feet upstream of the current steel truss, which has carried ' +
    'a 10-ton weight limit since an inspection in 2022 found corrosion in several of its floor beams. School buses and grain trucks ' +
    'have been detouring nearly six miles around it ever since.',
  '“We have patched that bridge for as long as I have been on this board,” said Supervisor Dale Hruska, whose district includes the ' +
    'crossing. “At some point you stop putting money into something that is going to fail anyway.”',
];
const lcBody2 = [
  'County engineer Priya Lindqvist told the board that federal bridge funds will cover 80% of the construction cost. The county’s ' +
    'share, about $2.9 million, will come from its secondary road fund and from local-option sales tax money set aside for roads.',
  'Design work is expected to take most of this year. Lindqvist said bids could be let in early 2026, with construction starting ' +
    'that summer. The road will be closed at the creek for about 14 months while crews work, a longer closure than some residents ' +
    'had hoped for.',
  'Supervisor Annette Brauer cast the only vote against the plan. She said she supports replacing the bridge but wanted the county ' +
    'to study a cheaper single-lane design before committing to the larger structure.',
  '“Two lanes is nice, but we have 23 other bridges on the deficient list,” Brauer said. “Every extra dollar here is a dollar we ' +
    'don’t have for the next one.”',
];
const lcBody3 = [
  'Several residents who spoke during the public comment period urged the board to keep part of the old truss. The Cedar Bend ' +
    'Historical Society has asked whether a section could be moved to the county park on the east side of town as a footbridge.',
  'Lindqvist said the state historic preservation office will review the project because of the bridge’s age, and that moving ' +
    'a span is possible if a group takes over its upkeep. The board took no action on that request Tuesday.',
  'Farmers along the route said the detour has added fuel costs and time during harvest. Mark Oberbroeckling, who farms about a ' +
    'mile north of the creek, said the new bridge cannot come soon enough.',
  '“I’ve got a combine that has to go the long way around every fall,” he said. “Fourteen months of closure is a pain, but we’ve ' +
    'already had three years of it.”',
  'The board also approved a $310,000 contract with Sorensen Paving for asphalt overlays on about four miles of county roads near ' +
    'Harlan Center, and set a public hearing for March 18 on the county’s budget for the next fiscal year.',
];
const lcContact = 'Contact Jolene Varga at 319-555-0172 or jvarga@marlowcourier.com.';
const lcNav = ['News', 'Sports', 'Obituaries', 'Opinion', 'Business', 'Lifestyles', 'E-Edition', 'Classifieds', 'Jobs', 'Contests'];
const lcShare = ['Facebook', 'Twitter', 'WhatsApp', 'SMS', 'Email', 'Print', 'Copy article link', 'Save'];
const lcAlso = [
  'Cedar Bend council delays vote on downtown parking fees',
  'Marlow County jail expansion bids come in $3 million over estimate',
  'Harlan Center grocery to close after 61 years',
];
const lcNews = [
  'Crime & Courts',
  'Get the latest in local public safety news with this weekly email.',
  'Sign up!',
  '* I understand and agree that registration on or use of this site constitutes agreement to its user agreement and privacy policy.',
];
const lcTags = ['Marlow County', 'Infrastructure', 'Bridges', 'Board Of Supervisors', 'Local Government'];
const lcNotify = [
  'Get email notifications on {{subject}} daily!',
  'Your notification has been saved.',
  'There was a problem saving your notification.',
  '{{description}}',
  'Email notifications are only sent once a day, and only if there are new matching items.',
  'Followed notifications',
  'Please log in to use this feature',
  'Don’t have an account? Sign Up Today',
];
const lcPopular = [
  'Police: Cedar Bend man charged after pursuit on Highway 3',
  'Wapsie Valley girls roll into state semifinal',
  'Longtime Marlow dentist retires after 42 years',
  'Obituary: Lorraine M. Kessler',
  'Road work to close Main Street for two weeks',
];
const lcFoot = ['Contact Us', 'Subscription Services', 'Advertise With Us', 'Submit a News Tip', 'Terms of Use', 'Privacy Policy', 'Cookie Preferences'];
const lcCaption = 'A school bus takes the detour around the Old Mill Road bridge near Cedar Bend. The bridge has carried a 10-ton weight limit since 2022.';
const ad = (id: string): string => `<div id="tncms-region-${id}" class="tncms-region hidden-print"><div class="tncms-block">
<div class="tnt-ads-container"><div class="tnt-ads-label">Advertisement</div><div class="tnt-ads" id="tncms-ad-${id}" data-ad-slot="${id}"></div></div>
</div></div>`;
const lcHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>${lcTitle} | Local News | marlowcourier.com</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="The one-lane Old Mill Road bridge will be replaced by 2027.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Marlow County Courier"><meta name="author" content="Jolene Varga">
<meta property="article:section" content="Local News"><meta name="tncms-access-version" content="3">
<link rel="canonical" href="https://marlowcourier.com/news/local/article_5b2e4c1a-f9d3-11ef-8a1b-2f6c0e7d9a44.html">
<link rel="stylesheet"
href="https://bloximages.chicago2.vip.townnews.com/marlowcourier.com/shared-content/art/tncms/templates/libraries/flex/bootstrap.min.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${lcTitle}","author":[{"@type":"Person","name":"Jolene
Varga"}],
"datePublished":"2025-03-04T18:45:00-06:00","publisher":{"@type":"Organization","name":"Marlow County Courier"},"isAccessibleForFree":"False",
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".subscriber-only"}}</script>
<script>var TNCMS = TNCMS || {}; TNCMS.Access = { version: 3 }; window.__tnt = window.__tnt || {}; __tnt.user = { loggedIn: false };</script>
<script src="https://marlowcourier.com/shared-content/art/tncms/user/user.js"></script>
</head>
<body class="fixed-nav fixed-nav-all-sizes asset-type-article section-news-local app-editorial" data-path="/news/local/">
<div id="site-container">
<div id="tncms-region-global-skyline" class="tncms-region hidden-print">${ad('global-skyline')}</div>
<header class="hidden-print" id="site-header"><nav id="main-navigation" class="navbar navbar-default" aria-label="Main navigation">
<div class="container"><div class="navbar-header"><a class="navbar-brand" href="/"><img src="/content/tncms/site/logo.svg"
alt="Marlow County Courier"></a></div>
<ul class="nav navbar-nav tnt-section-menu">${links(lcNav, 'dropdown')}</ul>
<ul class="nav navbar-nav navbar-right"><li><a href="/subscribe/" class="btn btn-primary tnt-subscribe-btn">Subscribe</a></li>
<li class="tn-user-login"><a href="/users/login/" class="tnt-login">Log In</a></li></ul></div></nav></header>
<div id="main-body-container"><section id="main-page-container" class="container"><div class="row">
<div class="col-md-8 col-lg-8 main-content">
<article itemscope itemtype="http://schema.org/NewsArticle" id="article-5b2e4c1a" class="asset story-article clearfix"
data-asset-uuid="5b2e4c1a-f9d3-11ef-8a1b-2f6c0e7d9a44">
<div class="asset-masthead"><header class="asset-header">
<div class="meta"><span class="kicker text-uppercase"><a href="/news/local/">Local News</a></span></div>
<h1 class="headline" itemprop="headline"><span class="tnt-headline ">${lcTitle}</span></h1>
<ul class="list-inline asset-byline"><li><span itemprop="author" class="tnt-byline">By <a href="/users/profile/jvarga" rel="author">Jolene Varga</a></span>
<span class="tnt-byline-title">Staff Writer</span></li>
<li><span class="tnt-date asset-date text-muted"><time datetime="2025-03-04T18:45:00-06:00">Mar 4, 2025</time></span></li></ul></header>
<div class="asset-tools share-container hidden-print"><ul class="list-inline">
${lcShare
  .map(
    (t) => `<li class="share ${t.toLowerCase().replace(/ /g, '-')}"><a href="#" title="${t}" role="button">
<span class="fas tnt-${t.toLowerCase()}" aria-hidden="true"></span><span class="sr-only">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="asset-photo"><figure class="photo layout-horizontal"><div class="image">
<img src="https://bloximages.chicago2.vip.townnews.com/marlowcourier.com/content/tncms/assets/v3/editorial/bridge.jpg" alt="Old Mill Road bridge"
class="img-responsive"></div>
<figcaption class="caption-container"><div class="caption-text"><p>${lcCaption}</p></div>
<div class="tnt-byline">Jolene Varga, Marlow County Courier</div></figcaption></figure></div>
<div id="article-body" itemprop="articleBody" class="asset-content subscriber-premium">
<div class="subscriber-only encrypted-content">${ps(lcBody1)}</div>
${ad('article_instory_top')}
<div class="subscriber-only encrypted-content">${ps(lcBody2)}</div>
<div id="tncms-region-article_instory_middle" class="tncms-region hidden-print"><div class="tncms-block lee-article-also">
<p><strong>People are also reading…</strong></p><ul class="lee-also-list">${links(lcAlso)}</ul></div></div>
<div class="subscriber-only encrypted-content">${ps(lcBody3.slice(0, 3))}</div>
<div id="tncms-region-article_instory_bottom" class="tncms-region hidden-print"><div class="tncms-block">
<div class="card-panel tnt-newsletter-signup"><h4 class="tnt-newsletter-title">${lcNews[0]}</h4><p>${lcNews[1]}</p>
<form class="tnt-newsletter-form"><label class="sr-only" for="nl-email">Email</label><input type="email" id="nl-email" placeholder="Email Address">
<button type="submit" class="btn btn-primary">${lcNews[2]}</button><p class="small">${lcNews[3]}</p></form></div></div></div>
<div class="subscriber-only encrypted-content">${ps(lcBody3.slice(3))}
<p><em>${lcContact}</em></p></div></div>
<div class="asset-tags hidden-print"><ul class="list-inline">${lcTags
  .map((t) => `<li><a href="/search/?f=html&amp;t=article&amp;k=${encodeURIComponent(t)}" class="tnt-section-tag" rel="tag">${t}</a></li>`)
  .join('\n')}</ul></div>
<div class="asset-author hidden-print"><div class="card-panel author-card"><div class="media">
<img class="media-object" src="/content/tncms/avatars/jvarga.jpg" alt="Jolene Varga"><div class="media-body">
<h4 class="media-heading"><a href="/users/profile/jvarga">Jolene Varga</a></h4><p class="author-title">Staff Writer</p>
<ul class="list-inline author-social"><li><a href="mailto:jvarga@marlowcourier.com"><span class="sr-only">Author email</span></a></li>
<li><a href="/users/profile/jvarga" class="tnt-follow">Follow Jolene Varga</a></li></ul></div></div></div></div>
<div id="tncms-notify-modal" class="modal fade hide" tabindex="-1" role="dialog" aria-hidden="true"><div class="modal-dialog"><div class="modal-content">
<div class="modal-body"><h4 class="modal-title">${lcNotify[0]}</h4><div class="alert alert-success hide">${lcNotify[1]}</div>
<div class="alert alert-danger hide">${lcNotify[2]}</div><p class="notify-description">${lcNotify[3]}</p><p class="small">${lcNotify[4]}</p>
<h5>${lcNotify[5]}</h5><div class="tnt-notify-login hide"><p>${lcNotify[6]}</p><a href="/users/login/" class="btn btn-primary">Log In</a>
<p class="small"><a href="/users/signup/">${lcNotify[7]}</a></p></div></div></div></div></div>
</article></div>
<aside class="col-md-4 col-lg-4 hidden-print" id="sidebar">${ad('right-rail-top')}
<div class="tncms-block card-panel"><header><h3 class="block-title">Most Popular</h3></header><ol class="tnt-most-popular">${links(lcPopular)}</ol></div>
</aside></div></section></div>
<footer id="site-footer" class="hidden-print"><div class="container"><ul class="list-inline footer-links">${links(lcFoot)}</ul>
<p class="copyright">© Copyright 2025 Marlow County Courier, 210 E. Second St. Cedar Bend, IA</p>
<p class="blox-credit">Powered by BLOX Content Management System from <a href="https://www.townnews.com">TownNews.com</a>.</p></div></footer>
</div><script src="https://marlowcourier.com/shared-content/art/tncms/templates/libraries/flex/components/template/resources/scripts/tnt.js"></script>
</body></html>`;
const lee: TestPage = {
  html: lcHtml,
  name: 'heldout71-blox-lee-news',
  kind: 'news',
  // the dateline "CEDAR BEND —" opens the first paragraph and stays body; the closing "Contact ..." line is a byline; the
  // "People are also reading…" box and the newsletter box inside #article-body are furniture; "Log In" (twice), "News" and
  // "Staff Writer" (twice) are listed once
  title: lcTitle,
  headings: [],
  body: [...texts(lcBody1), ...texts(lcBody2), ...texts(lcBody3)],
  bylines: ['By Jolene Varga', 'Mar 4, 2025', lcContact, 'Staff Writer', 'Jolene Varga, Marlow County Courier', 'Follow Jolene Varga'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', ...lcNav, 'Subscribe', 'Log In', 'Local News', ...lcShare, lcCaption, 'People are also reading…', ...lcAlso, ...lcNews,
    ...lcTags, 'Author email', ...lcNotify, 'Most Popular', ...lcPopular, ...lcFoot,
    '© Copyright 2025 Marlow County Courier, 210 E. Second St. Cedar Bend, IA', 'Powered by BLOX Content Management System from', 'TownNews.com',
  ],
};

export const HELDOUT71_A: readonly TestPage[] = [lee, meridianLive];
