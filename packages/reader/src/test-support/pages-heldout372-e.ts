import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout372-kit.js';

/**
 * Held-out batch 372, file e: a legal analysis on the EJIL:Talk! WordPress template for the invented blog Treaty Watch Review
 * (header with menu, post meta with author and date, footnotes-free body with a blockquote, "Filed under" tags, print and share
 * links, author bio box, two reader comments with the reply form, sidebar with search, recent posts and categories, footer),
 * and a congressional testimony page on a think tank's Next.js site for the invented Meridian Institute for Human Security
 * (the __next root with CSS-module class names, hero with the hearing name, "Download testimony" button, speaker card,
 * related experts rail, __NEXT_DATA__ script, footer). Comments on the blog post are furniture.
 */
const lTitle = 'Pushbacks at Sea and the Limits of “Effective Control”: The Arlis Judgment Revisited';
const lHeads = ['The facts and the holding', 'Control without boarding?', 'Why it matters'];
const lP1 = [
  j(
    'Last month’s judgment of the Regional Court of Human Rights in Arlis and Others v. Marenia has been greeted as a landmark, and in',
    'one sense it is: for the first time, the Court found a state responsible for a pushback carried out entirely by a coast guard',
    'vessel that never took anyone on board. But the reasoning is narrower than the headlines suggest.',
  ),
  j(
    'The applicants were 34 people on a fishing boat intercepted 40 nautical miles from the Marenian coast. A patrol vessel circled',
    'the boat, removed its engine and towed it back towards the high seas, where it drifted for two days. The Court held, by five',
    'votes to two, that Marenia exercised jurisdiction over the applicants and violated the prohibition of collective expulsion.',
  ),
];
const lP2 = [
  j(
    'The majority grounded jurisdiction in the “decisive influence” the crew exerted over the boat’s course. It stressed that removing',
    'the engine left the applicants entirely dependent on the patrol vessel. In the majority’s words:',
  ),
];
const lQuote = [
  j(
    'Where the authorities of a State, by their own acts, determine the movement and fate of a vessel and those on board, the',
    'absence of physical boarding does not place the persons concerned outside that State’s jurisdiction.',
  ),
];
const lP3 = [
  j(
    'This is a welcome clarification, but it is tied closely to the removal of the engine. The dissenting judges were right to ask what',
    'happens when a coast guard merely shadows a boat and warns it off by radio. On the majority’s test, that conduct may well fall',
    'outside the Convention altogether.',
  ),
  j(
    'Three points deserve attention. First, the judgment confirms that collective expulsion can occur at sea without any formal',
    'decision. Second, it places the burden on the state to show that individual circumstances were examined. Third, it leaves open',
    'whether a duty to rescue, on its own, can found jurisdiction. That question will not stay open for long.',
  ),
];
const lNav = ['Home', 'About', 'Contributors', 'Symposia', 'Submissions'];
const lTags = ['Collective expulsion', 'Jurisdiction', 'Law of the Sea', 'Migration'];
const lRecent = ['Sanctions and the Right to Food: A Reply', 'Is There a Right to Internet Access in Armed Conflict?'];
const lCats = ['Human Rights Law', 'International Courts and Tribunals', 'Refugee Law'];
const lC1 = 'Very helpful analysis. Do you read paragraph 118 as leaving room for radio warnings to count as control in some cases?';
const lC2 = 'I would add that the dissent relies heavily on the maritime rescue conventions, which the majority barely discusses.';
const lHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${lTitle.replace(/[“”]/g, '"')} – Treaty Watch Review</title><link rel="pingback" href="https://www.treatywatch.example/xmlrpc.php">
<meta property="og:type" content="article"><meta property="og:site_name" content="Treaty Watch Review"><meta name="author" content="Hanne Sørlie">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Pushbacks at Sea",
"author":{"name":"Hanne Sørlie"},"datePublished":"2026-03-02T08:00:12+00:00"}]}</script>
<link rel="stylesheet" id="ejiltalk-style-css" href="/wp-content/themes/ejiltalk/style.css?ver=6.4" media="all"></head>
<body class="post-template-default single single-post postid-23184 single-format-standard"><div id="page" class="hfeed site">
<header id="masthead" class="site-header" role="banner"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Treaty Watch Review</a></p>
<p class="site-description">The blog of the Journal of Comparative Human Rights Law</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${links(lNav, 'menu-item')}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-23184" class="post-23184 post type-post status-publish format-standard hentry category-human-rights">
<header class="entry-header"><h1 class="entry-title">${lTitle}</h1>
<div class="entry-meta"><span class="byline">Written by <span class="author vcard"><a class="url fn n" href="/author/hsorlie/">Hanne Sørlie</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-03-02T08:00:12+00:00">March 2, 2026</time></span></div></header>
<div class="entry-content">
${ps(lP1)}
<h3>${lHeads[0]}</h3>
${ps(lP2)}
<blockquote>${ps(lQuote)}</blockquote>
<h3>${lHeads[1]}</h3>
${ps(lP3.slice(0, 1))}
<h3>${lHeads[2]}</h3>
${ps(lP3.slice(1))}
</div>
<footer class="entry-footer"><span class="cat-links">Filed under: <a href="/category/human-rights/">Human Rights Law</a></span>
<span class="tags-links">Tags: ${lTags.map((t) => `<a href="/tag/${t}" rel="tag">${t}</a>`).join(', ')}</span>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-print" href="#print">Print</a></li>
<li><a class="share-linkedin" href="#">LinkedIn</a></li><li><a class="share-email" href="#">Email</a></li></ul></div></footer>
<div class="author-info"><h2 class="author-title">About the Author</h2><p class="author-bio">Hanne Sørlie is Associate Professor of International Law at the
University of Tromvik.</p></div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 Responses</h2><ol class="comment-list">
<li id="comment-50211" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">Paolo Ferrant</b> <span class="says">says:</span></div><div class="comment-metadata"><time datetime="2026-03-02T11:40:02+00:00">March 2, 2026 at
11:40 am</time></div></footer><div class="comment-content"><p>${lC1}</p></div><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a>
</div></article></li>
<li id="comment-50219" class="comment odd alt thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">Ama Kwarteng</b> <span class="says">says:</span></div><div class="comment-metadata"><time datetime="2026-03-03T09:05:44+00:00">March 3, 2026 at
9:05 am</time></div></footer><div class="comment-content"><p>${lC2}</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<textarea id="comment" name="comment"></textarea><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" class="search-form"><label><span
class="screen-reader-text">Search for:</span><input type="search" class="search-field"></label></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(lRecent)}</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(lCats, 'cat-item')}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2026 Treaty Watch Review. All rights reserved. ISSN 2751-0481</div></footer></div>
<script src="/wp-content/themes/ejiltalk/js/navigation.js?ver=20151215"></script></body></html>`;
const treatyBlog: TestPage = {
  name: 'heldout372-ejiltalk-wordpress-legal-analysis-blog',
  kind: 'blog',
  html: lHtml,
  title: lTitle,
  headings: lHeads,
  body: texts([...lP1, ...lP2, ...lQuote, ...lP3]),
  bylines: ['Written by Hanne Sørlie', 'March 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Treaty Watch Review', 'The blog of the Journal of Comparative Human Rights Law', ...lNav, 'Filed under:', 'Tags:', ...lTags, 'Share this:', 'Print',
    'LinkedIn', 'Email', 'About the Author', 'Hanne Sørlie is Associate Professor of International Law at the University of Tromvik.', '2 Responses',
    'Paolo Ferrant', 'says:', 'March 2, 2026 at 11:40 am', lC1, 'Reply', 'Ama Kwarteng', 'March 3, 2026 at 9:05 am', lC2, 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Search for:', 'Recent Posts', ...lRecent, 'Categories', ...lCats,
    '© 2026 Treaty Watch Review. All rights reserved. ISSN 2751-0481',
  ],
};

const tTitle = 'Testimony on Accountability for Atrocity Crimes in the Sarrow Conflict';
const tHeads = ['Introduction', 'What the evidence shows', 'Recommendations to Congress'];
const tP1 = [
  j(
    'Chairman Whitcombe, Ranking Member Oduya, and members of the subcommittee, thank you for the opportunity to testify today on the',
    'prospects for accountability for crimes committed during the conflict in Sarrow.',
  ),
  j(
    'Over the past two years, my colleagues and I have reviewed more than 9,000 photographs and videos, interviewed 140 survivors and',
    'witnesses, and mapped the destruction of 212 villages using commercial satellite imagery.',
  ),
];
const tP2 = [
  j(
    'The pattern we found is consistent and deliberate. Attacks on villages followed the same sequence: shelling at dawn, followed by',
    'ground forces who separated men from women and children, and the burning of homes and grain stores within hours.',
  ),
  j(
    'In 31 of the villages we examined, we documented the killing of civilians after they had been detained. These are not the acts',
    'of undisciplined units. Radio intercepts we obtained show commanders giving orders to “clear” named villages in advance.',
  ),
];
const tRecs = [
  'Fund the collection and preservation of evidence by independent documentation groups, including secure digital archives.',
  'Support the referral of the situation to an international court, and use the tools available to sanction named commanders.',
  'Expand resettlement and protection for witnesses who face reprisals for speaking out.',
];
const tP3 = ['Thank you. I look forward to your questions.'];
const tNav = ['Research', 'Experts', 'Events', 'Programs', 'About'];
const tExperts = ['Dana Okonjo', 'Reuben Alcott'];
const tHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>${tTitle} | Meridian Institute</title>
<meta name="description" content="Testimony before the Senate Foreign Relations Subcommittee on Global Human Rights."/>
<meta property="og:type" content="article"/>
<link rel="preload" href="/_next/static/css/7f3d2a1b9c.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7f3d2a1b9c.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Testimony on Accountability for Atrocity Crimes",
"author":[{"@type":"Person","name":"Lena Marsh"}],"datePublished":"2026-03-04"}</script>
<script src="/_next/static/chunks/webpack-4b1c0f9e.js" defer=""></script><script src="/_next/static/chunks/pages/_app-2a9d.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_wrapper__k3Jd2"><header class="Header_header__Qm1xT"><a class="Header_logo__2hV8s" href="/">Meridian Institute</a>
<nav class="Header_nav__a8LpC"><ul class="Header_list__nO1fZ">${links(tNav, 'Header_item__x4Ko9')}</ul></nav>
<a class="Button_primary__3GdfS" href="/support">Support Our Work</a></header>
<main class="TestimonyPage_main__H0aTq"><div class="Hero_hero__m9WcZ"><p class="Hero_eyebrow__8qXvA">Testimony</p>
<h1 class="Hero_title__d3Ez1">${tTitle}</h1>
<p class="Hero_hearing__Z0rY6">Before the Senate Foreign Relations Subcommittee on Global Human Rights</p>
<div class="Hero_meta__Lm7Aq"><span class="Hero_author__eN2k0">Lena Marsh</span><time class="Hero_date__P5t3w" dateTime="2026-03-04">March 4, 2026</time></div>
<a class="Button_secondary__7YkL0" href="/documents/marsh-testimony-0304.pdf">Download testimony</a></div>
<div class="TestimonyPage_grid__Ujc4R"><article class="RichText_richText__f2Q8v">
<h2>${tHeads[0]}</h2>${ps(tP1)}
<h2>${tHeads[1]}</h2>${ps(tP2)}
<h2>${tHeads[2]}</h2><ol>${tRecs.map((r) => `<li>${r}</li>`).join('')}</ol>${ps(tP3)}
</article>
<aside class="TestimonyPage_aside__b1Xo0"><div class="SpeakerCard_card__Tz8mW"><p class="SpeakerCard_label__sP0qL">Speaker</p>
<p class="SpeakerCard_name__J6cQ1">Lena Marsh</p><p class="SpeakerCard_role__vK2wE">Director, Atrocity Prevention Program</p></div>
<div class="RelatedExperts_wrap__r3Nf9"><h3 class="RelatedExperts_title__Wq6kD">Related Experts</h3><ul>${links(tExperts, 'RelatedExperts_item__Hd3sA')}</ul>
</div>
<div class="ShareBar_bar__E1vQh"><button class="ShareBar_btn__L0p2M">Copy link</button><button class="ShareBar_btn__L0p2M">Share on X</button></div></aside>
</div></main>
<footer class="Footer_footer__tQ9nA"><p class="Footer_mission__u2KcB">Independent research for the protection of civilians.</p>
<ul>${links(['Careers', 'Contact', 'Privacy'])}</ul><p>© 2026 Meridian Institute for Human Security</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"testimony-accountability-sarrow","type":"testimony"}},"page":"/[type]/[slug]",
"query":{"type":"testimony","slug":"testimony-accountability-sarrow"},"buildId":"pR4x0aFe2","isFallback":false,"gsp":true}</script></body></html>`;
const testimony: TestPage = {
  name: 'heldout372-nextjs-thinktank-testimony-news',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: texts([...tP1, ...tP2, ...tRecs, ...tP3]),
  bylines: ['Lena Marsh', 'March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Meridian Institute', ...tNav, 'Support Our Work', 'Testimony', 'Before the Senate Foreign Relations Subcommittee on Global Human Rights',
    'Download testimony', 'Speaker', 'Director, Atrocity Prevention Program', 'Related Experts', ...tExperts, 'Copy link', 'Share on X',
    'Independent research for the protection of civilians.', 'Careers', 'Contact', 'Privacy', '© 2026 Meridian Institute for Human Security',
  ],
};

export const HELDOUT372_E: readonly TestPage[] = [treatyBlog, testimony];
