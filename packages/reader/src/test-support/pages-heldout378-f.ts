import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout378-kit.js';

/**
 * Held-out batch 378, file f: a learned society's conference news post on Ghost (Casper theme: gh-head navigation, article
 * header with tag, excerpt, byline and reading time, a feature image with its caption, a bookmark card, the members sign-up
 * CTA, the "Read more" feed of other posts, the footer) and a proceedings landing page on Open Journal Systems (OJS 3: the
 * pkp_structure page, breadcrumbs, the issue cover and description, the table of contents with sections, articles, authors,
 * pages and PDF galleys, the sidebar blocks and the footer).
 */
const gTitle = 'Record attendance as the 2026 Annual Meeting closes in Tarrowby';
const gExcerpt = 'More than six hundred members came to Tarrowby for four days of talks, field trips and a lively debate on open data.';
const gBody = [
  j(
    'The Society for Coastal Geomorphology held its largest annual meeting so far last week, with 634 registered participants',
    'from 41 countries meeting at the Tarrowby Marine Campus. The programme committee had accepted 312 talks and 190 posters,',
    'spread over six parallel sessions on three days, with a fourth day given over to field trips along the Ness estuary.',
  ),
  j(
    'Opening the meeting, the Society’s president, Dr Halcyon Moerdijk, thanked the local organisers for what she called',
    '"a meeting that ran like the tide tables: on time, every time." She also announced that the Society’s membership passed',
    '2,000 for the first time this spring, driven largely by early-career researchers.',
  ),
  j(
    'The plenary debate on the second evening asked whether the Society should require authors in its journal to publish their',
    'survey data. Speakers for the motion argued that shared beach profiles are the only way to see change across decades;',
    'opponents warned that small survey teams would carry the cost of cleaning and documenting their data. The motion passed',
    'with a show of hands, and the council will bring a detailed proposal to next year’s general assembly.',
  ),
  j(
    'The Leander Medal for a lifetime of contributions to the field went to Professor Osvald Kinnear, whose sediment budget',
    'of the Ness estuary has been cited in almost every study of the region since 1989. The best student talk prize was shared',
    'by Amara Lindqvist-Obi for her work on cliff retreat under storm clusters and Tomé Wardlaw for a study of shingle ridge recovery.',
  ),
  'The awards committee also recognised the three field trip leaders:',
];
const gLeaders = [
  'Dr Fenella Roscoe, for the saltmarsh restoration walk at Holmby',
  'Dr Ikenna Sorley, for the cliff monitoring site at Skerr Point',
  'Maud Trevithick, for the boat survey of the estuary mouth',
];
const gEnd = [
  j(
    'Slides from the plenary sessions and the recording of the debate are available to members in the meeting archive. The 2027',
    'Annual Meeting will be held in Port Elsmere from 6 to 9 September 2027; the call for abstracts opens in January.',
  ),
];
const gNav = ['Home', 'About', 'Meetings', 'Journal', 'Membership', 'News'];
const gMore = ['Council election results 2026', 'New early-career mentoring scheme launches', 'Call for nominations: Leander Medal 2027'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7f2a1c"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://news.coastalgeomorph.example/record-attendance-annual-meeting-2026/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-09-14T08:30:00.000Z"><meta property="article:tag" content="Annual Meeting">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"SCG News"},
"author":{"@type":"Person","name":"Perpetua Annesley"},"headline":"${gTitle}","datePublished":"2026-09-14T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://news.coastalgeomorph.example/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-annual-meeting is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://news.coastalgeomorph.example">SCG News</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-home')}</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin"
data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-annual-meeting ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/annual-meeting/">Annual
Meeting</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/perpetua/" class="author-avatar" aria-label="Read more of Perpetua Annesley">
<img class="author-profile-image" src="/content/images/perpetua.jpg"
alt="Perpetua Annesley"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/perpetua/">Perpetua Annesley</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-09-14">Sep 14, 2026</time><span class="byline-reading-time"><span
class="bull">&bull;</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/09/tarrowby-hall.jpg 600w" src="/content/images/2026/09/tarrowby-hall.jpg"
alt="Participants in the main hall"><figcaption>The plenary debate in the main hall of the Tarrowby Marine Campus. Photo: Jonas Erkki / SCG</figcaption>
</figure></header>
<section class="gh-content gh-canvas">${ps(gBody)}<ul>${lis(gLeaders)}</ul>
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://www.coastalgeomorph.example/meetings/2027">
<div class="kg-bookmark-content">
<div class="kg-bookmark-title">Annual Meeting 2027, Port Elsmere</div><div class="kg-bookmark-description">Dates, venue and first call for abstracts.</div>
<div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Society for Coastal Geomorphology</span></div></div></a></figure>
${ps(gEnd)}</section>
<section class="article-comments gh-canvas"></section>
<aside class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></aside></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="#"><img class="post-card-image" src="/content/images/p.jpg" alt="${t}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="#"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-08-01">Aug 1, 2026</time></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://news.coastalgeomorph.example">SCG News</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Data & privacy', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.example/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=7f2a1c"></script></body></html>`;
const ghostNews: TestPage = {
  name: 'heldout378-ghost-casper-society-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts([gExcerpt, ...gBody, ...gLeaders, ...gEnd]),
  bylines: ['Perpetua Annesley', 'Sep 14, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SCG News', ...gNav, 'Sign in', 'Subscribe', 'The plenary debate in the main hall of the Tarrowby Marine Campus. Photo: Jonas Erkki / SCG',
    'Annual Meeting 2027, Port Elsmere', 'Dates, venue and first call for abstracts.', 'Sign up for more like this.',
    'Enter your email', 'Read more', ...gMore, 'Aug 1, 2026', '© 2026', 'Sign up', 'Data & privacy', 'Contact', 'Powered by Ghost',
  ],
};

const oTitle = 'Vol. 7 (2026): Proceedings of the Workshop on Computational Approaches to Dialect Variation (CADV 2026)';
const oDesc = [
  j(
    'This volume collects the papers presented at the seventh Workshop on Computational Approaches to Dialect Variation, held',
    'at the University of Lenmark on 11 and 12 June 2026. The workshop received 38 submissions, of which 19 were accepted as long',
    'or short papers after review by at least three members of the programme committee.',
  ),
  j(
    'The papers range from new corpora of spoken regional varieties to methods for measuring the distance between dialects',
    'and studies of how speech recognisers fail on non-standard speech. All papers are published open access under a Creative',
    'Commons Attribution 4.0 licence.',
  ),
  'Editors: Ingrid Maelstrom, Kofi Abernethy-Lund and Renske Ouwehand',
];
const oSections: [string, [string, string, string][]][] = [
  [
    'Long Papers',
    [
      ['A Spoken Corpus of the Upper Vell Valley Dialects', 'Saoirse Lindahl, Mateo Grünwald', '1-12'],
      ['Measuring Dialect Distance with Phonetic Embeddings', 'Hyun-woo Castellanos, Birte Falkenrath', '13-25'],
      ['Where Speech Recognition Breaks: An Error Analysis on Coastal Varieties', 'Olamide Freckleton', '26-38'],
    ],
  ],
  [
    'Short Papers',
    [
      ['Crowdsourcing Dialect Maps with a Word Game', 'Petronella Stray, Aziz Demirel', '39-44'],
      ['Normalising Dialect Spelling in Historical Letters', 'Jorunn Pietersen', '45-50'],
    ],
  ],
];
const oNav = ['Current', 'Archives', 'Announcements', 'About'];
const oCrumbs = ['Home', 'Archives'];
const oSide = ['Information For Readers', 'For Authors', 'For Librarians'];
const oHtml = `<!DOCTYPE html>
<html lang="en" xml:lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Vol. 7 (2026): Proceedings of the Workshop on Computational Approaches to Dialect Variation (CADV 2026) | Lenmark Papers in Language Technology</title>
<meta name="generator" content="Open Journal Systems 3.3.0.16">
<link rel="stylesheet" href="https://journals.lenmark.example/index.php/lplt/$$$call$$$/page/page/css?name=stylesheet"
type="text/css"><link rel="alternate" type="application/atom+xml"
href="https://journals.lenmark.example/index.php/lplt/gateway/plugin/WebFeedGatewayPlugin/atom">
<script type="text/javascript">var pkpUsageStats = {"issueId":42,"contextPath":"lplt"};</script></head>
<body class="pkp_page_issue pkp_op_view has_site_logo" dir="ltr"><div class="pkp_structure_page">
<header class="pkp_structure_head" id="headerNavigationContainer" role="banner"><nav class="cmp_skip_to_content" aria-label="Jump to content links">
<a href="#pkp_content_main">Skip to main content</a><a href="#siteNav">Skip to main navigation menu</a>
<a href="#pkp_content_footer">Skip to site footer</a></nav>
<div class="pkp_head_wrapper"><div class="pkp_site_name_wrapper"><div class="pkp_site_name"><a href="https://journals.lenmark.example/index.php/lplt/index"
class="is_img"><img src="/public/journals/3/pageHeaderLogoImage_en.png" alt="Lenmark Papers in Language Technology"></a></div></div>
<nav class="pkp_site_nav_menu" aria-label="Site Navigation"><a id="siteNav"></a><div class="pkp_navigation_primary_row">
<div class="pkp_navigation_primary_wrapper">
<ul id="navigationPrimary" class="pkp_navigation_primary pkp_nav_list">${links(oNav)}</ul>
<div class="pkp_navigation_search_wrapper"><a href="/index.php/lplt/search" class="pkp_search pkp_search_desktop"><span class="fa fa-search"
aria-hidden="true"></span>Search</a></div></div></div>
<div class="pkp_navigation_user_wrapper" id="navigationUserWrapper"><ul id="navigationUser" class="pkp_navigation_user pkp_nav_list">
${links(['Register', 'Login'])}</ul></div></nav></div></header>
<div class="pkp_structure_content has_sidebar"><div class="pkp_structure_main" role="main"><a id="pkp_content_main"></a>
<div class="page page_issue"><nav class="cmp_breadcrumbs" role="navigation" aria-label="You are here:"><ol>
${oCrumbs.map((c) => `<li><a href="/${c.toLowerCase()}">${c}</a><span class="separator">/</span></li>`).join('\n')}
<li><span aria-current="page">Vol. 7 (2026)</span></li></ol></nav>
<h1>${oTitle}</h1><div class="obj_issue_toc"><div class="heading"><div class="cover"><img src="/public/journals/3/cover_issue_42_en.png"
alt="Cover of volume 7"></div>
<div class="description">${ps(oDesc)}</div>
<div class="pub_id doi"><span class="type">DOI:</span><span class="id">
<a href="https://doi.example/10.99999/lplt.v7">https://doi.example/10.99999/lplt.v7</a></span></div>
<div class="published"><span class="label">Published:</span><span class="value">2026-07-20</span></div></div>
<div class="galleys"><h2 id="issueTocGalleyLabel">Full Issue</h2><ul class="galleys_links"><li><a class="obj_galley_link pdf" href="#">PDF</a></li></ul></div>
<div class="sections">${oSections
  .map(
    ([name, arts]) =>
      `<div class="section"><h2>${name}</h2><ul class="cmp_article_list articles">${arts
        .map(
          ([t, a, p]) => `<li><div class="obj_article_summary"><h3 class="title"><a id="article-${p}" href="#">${t}</a></h3><div class="meta">
<div class="authors">${a}</div><div class="pages">${p}</div></div><ul class="galleys_links"><li><a class="obj_galley_link pdf" href="#"
aria-labelledby="article-${p}">PDF</a></li></ul></div></li>`,
        )
        .join('\n')}</ul></div>`,
  )
  .join('\n')}</div></div></div></div>
<div class="pkp_structure_sidebar left" role="complementary" aria-label="Sidebar"><div class="pkp_block block_make_submission"><h2 class="pkp_screen_reader">
Make a Submission</h2><div class="content"><a class="block_make_submission_link" href="#">Make a Submission</a></div></div>
<div class="pkp_block block_information"><h2 class="title">Information</h2><div class="content"><ul>${links(oSide.slice(1))}</ul></div></div>
<div class="pkp_block block_language"><h2 class="title">Language</h2><div class="content"><ul><li class="locale_en current"><a href="#">English</a></li>
<li class="locale_de"><a href="#">Deutsch</a></li></ul></div></div></div></div>
<div class="pkp_structure_footer_wrapper" role="contentinfo"><a id="pkp_content_footer"></a><div class="pkp_structure_footer">
<div class="pkp_footer_content"><p>Lenmark Papers in Language Technology is published by the Lenmark University Library. ISSN 2999-0417</p></div>
<div class="pkp_brand_footer" role="complementary"><a href="/index.php/lplt/about/aboutThisPublishingSystem"><img alt="More information about the publishing
system, Platform and Workflow by OJS/PKP" src="/templates/images/ojs_brand.png"></a></div></div></div></div>
<script src="/lib/pkp/lib/vendor/components/jquery/jquery.min.js?v=3.3.0.16" type="text/javascript"></script></body></html>`;
const ojsProceedings: TestPage = {
  name: 'heldout378-ojs-proceedings-landing',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: oSections.map(([n]) => n),
  body: texts([...oDesc, ...oSections.flatMap(([, arts]) => arts.flat())]),
  bylines: ['2026-07-20'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to main navigation menu', 'Skip to site footer', ...oNav, 'Search', 'Register', 'Login', ...oCrumbs, 'Vol. 7 (2026)',
    'DOI:', 'https://doi.example/10.99999/lplt.v7', 'Published:', 'Full Issue', 'PDF', 'Make a Submission', 'Information', ...oSide.slice(1), 'Language',
    'English', 'Deutsch', 'Lenmark Papers in Language Technology is published by the Lenmark University Library. ISSN 2999-0417',
  ],
};

export const HELDOUT378_F: readonly TestPage[] = [ghostNews, ojsProceedings];
