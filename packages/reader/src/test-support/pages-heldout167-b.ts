import { links, ps, type TestPage, texts } from './page-kit.js';
import { GHOST_ISSUE } from './pages-heldout167-b2.js';
import { paras } from './pages-heldout167-kit.js';

/**
 * Held-out batch 167, file b: a Stratechery-style newsletter article on a WordPress theme (skip link, masthead with the
 * member nav and "Member Login", the "Listen to this Article" podcast bar at the top of the entry, the entry meta with the
 * long date, h3 section headings, the follow-up note at the end of the entry, the Jetpack share bar and related posts,
 * the "Posted in / Tagged" footer, post navigation, the sidebar with the subscribe widget, recent articles and archives,
 * and the site footer) and, from file b2, a Platformer-style Ghost newsletter issue.
 */
const sTitle = 'Pennant and the Return of the Gym Bundle';
const sP1 = paras(`
It was only three years ago that the conventional wisdom about connected fitness was that the gym was finished. Why drive
to a room full of strangers when a screen in the spare bedroom could bring the instructor to you? Pennant, the app-first
fitness company, was one of the loudest proponents of that view, and its subscription numbers seemed to prove the point.

Last week Pennant announced that it is buying Ironside Clubs, a chain of 140 mid-priced gyms, for 1.2 billion dollars. The
reaction was mostly bemused: the digital company is buying the very thing it was supposed to replace. I think the deal makes
a great deal of sense, and understanding why says something about where value sits in consumer subscriptions.
`);
const sH1 = 'The Problem With Pure Digital';
const sP2 = paras(`
Pennant's challenge has never been acquisition. It is very good at getting people to sign up in January. The problem is
that an app subscription is easy to cancel, and there is very little that makes next month different from this month. The
company's churn, by its own disclosure, has crept up from 3.1 percent a month to 4.6 percent over two years.

Contrast that with a gym. Gym memberships are famously sticky, partly because of inertia, but mostly because the gym is a
place: it is where your friends are, where your class is at seven on a Tuesday, and where your locker is. A physical
presence creates habits that a screen has never quite managed to replicate.
`);
const sH2 = 'Aggregating the Habit';
const sP3 = paras(`
What Pennant is really buying is not square footage; it is a point of integration between a digital relationship it owns
and a physical habit it does not. An Ironside member who also uses the Pennant app for the days they cannot make it in is
a customer with two reasons to stay, and the marginal cost of serving the second reason is close to zero.

This is the classic logic of the bundle. Individually, neither product justifies its price for many customers. Together,
they cover enough of a person's week that cancelling feels like giving something up, rather than trimming an expense.
`);
const sH3 = 'The Risks';
const sP4 = paras(`
None of this is guaranteed. Gyms are capital intensive, leases are long, and Pennant has no experience running buildings.
The company will also be tempted to force its app on members who simply want a treadmill, which would be a mistake; the
bundle only works if each half is valuable on its own terms.

Still, I find the strategy more coherent than the alternative, which was to keep spending on marketing to refill a leaky
bucket. Pennant has stopped pretending that the physical world does not matter, and that is the most sensible thing it has
done in years.
`);
const sBody = [...sP1, ...sP2, ...sP3, ...sP4];
const sNav = ['About', 'Articles', 'Daily Update', 'Podcast', 'Concepts', 'Subscribe'];
const sNote = 'I wrote a follow-up to this Article in this Daily Update.';
const sShare = ['Share this:', 'X', 'Facebook', 'LinkedIn', 'Email', 'Print'];
const sRelated = ['The Subscription Ceiling', 'Why Every Streaming Service Wants Sports', 'The End of the Free Trial'];
const sRecent = ['Pennant and the Return of the Gym Bundle', 'Retail Media’s Second Act', 'The Marketplace Trap'];
const sArchives = ['November 2025', 'October 2025', 'September 2025', 'August 2025'];
const sFoot = ['Privacy Policy', 'Terms of Service', 'Contact'];
const sHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sTitle} &#8211; Crosscurrent by Jonas Aldridge</title>
<meta name="robots" content="max-image-preview:large"><link rel="canonical" href="https://crosscurrent.example/2025/pennant-gym-bundle/">
<meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<meta property="article:published_time" content="2025-11-03T10:30:00+00:00"><meta name="author" content="Jonas Aldridge">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.8.3" media="all">
<link rel="stylesheet" id="crosscurrent-style-css" href="/wp-content/themes/crosscurrent/style.css?ver=2.4" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article",
"headline":"${sTitle}","datePublished":"2025-11-03T10:30:00+00:00","author":{"name":"Jonas Aldridge"}}]}</script>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-21874 single-format-standard wp-embed-responsive">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Crosscurrent</a></p>
<p class="site-description">by Jonas Aldridge</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu">${links(sNav, 'menu-item menu-item-type-post_type')}</ul>
<a class="member-login" href="/login/">Member Login</a></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-21874" class="post-21874 post type-post status-publish format-standard hentry category-articles tag-pennant tag-bundling">
<header class="entry-header"><h1 class="entry-title">${sTitle}</h1>
<div class="entry-meta"><span class="posted-on"><a href="/2025/pennant-gym-bundle/" rel="bookmark">
<time class="entry-date published" datetime="2025-11-03T10:30:00+00:00">Monday, November 3, 2025</time></a></span></div></header>
<div class="entry-content">
<div class="podcast-player-bar"><p><strong>Listen to this Article</strong></p>
<audio controls preload="none" src="https://crosscurrent.example/feed/podcast/21874.mp3"></audio>
<p class="podcast-player-note">Members can add the Crosscurrent podcast feed to their player.</p></div>
${ps(sP1)}
<h3>${sH1}</h3>
${ps(sP2)}
<h3>${sH2}</h3>
${ps(sP3)}
<h3>${sH3}</h3>
${ps(sP4)}
<hr class="wp-block-separator"><p><em>${sNote.replace('this Daily Update', '<a href="/2025/11/05/daily-update/">this Daily Update</a>')}</em></p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">${sShare[0]}</h3><div class="sd-content"><ul>
${sShare
  .slice(1)
  .map((s) => `<li class="share-${s.toLowerCase()}"><a class="share-icon sd-button" href="#"><span>${s}</span></a></li>`)
  .join('\n')}
</ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
${sRelated.map((r) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">${r}</a></h4></div>`).join('\n')}</div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/articles/" rel="category tag">Articles</a></span>
<span class="tags-links">Tagged <a href="/tag/pennant/" rel="tag">Pennant</a>, <a href="/tag/bundling/" rel="tag">Bundling</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="#" rel="prev"><span class="meta-nav">Previous Post</span> Retail Media’s Second Act</a></div></div></nav>
</main></div>
<aside id="secondary" class="widget-area">
<section id="custom_html-2" class="widget widget_custom_html"><h2 class="widget-title">Subscribe to Crosscurrent</h2>
<div class="custom-html-widget"><p>Get the weekly Article free, and the Daily Update four times a week for members.</p>
<form><label for="cc-email">Your email</label><input id="cc-email" type="email"><button>Get the free emails</button></form></div></section>
<section id="recent-posts-3" class="widget widget_recent_entries"><h2 class="widget-title">Recent Articles</h2>
<ul>${links(sRecent.slice(1))}</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(sArchives)}</ul></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">© Crosscurrent 2025 · ${links(sFoot)}</div></footer></div>
<script src="/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=14.9" id="sharing-js-js"></script>
</body></html>`;
const STRATECHERY_ARTICLE: TestPage = {
  name: 'heldout167-wordpress-newsletter-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2, sH3],
  body: texts(sBody),
  bylines: ['Monday, November 3, 2025'],
  furniture: [
    'Skip to content',
    'Crosscurrent',
    'by Jonas Aldridge',
    'Menu',
    ...sNav,
    'Member Login',
    'Listen to this Article',
    'Members can add the Crosscurrent podcast feed to their player.',
    sNote,
    ...sShare,
    'Related',
    ...sRelated,
    'Posted in',
    'Tagged',
    'Pennant',
    'Bundling',
    'Post navigation',
    'Previous Post',
    'Subscribe to Crosscurrent',
    'Get the weekly Article free, and the Daily Update four times a week for members.',
    'Your email',
    'Get the free emails',
    'Recent Articles',
    ...sRecent.slice(1),
    'Archives',
    ...sArchives,
    '© Crosscurrent 2025',
    ...sFoot,
  ],
};

export const HELDOUT167_B: readonly TestPage[] = [STRATECHERY_ARTICLE, GHOST_ISSUE];
