import { links, ps, type TestPage, texts } from './page-kit.js';
import { minnPost } from './pages-heldout172-c2.js';

/**
 * Held-out batch 172, file c: a Voice of San Diego story on Newspack (the "Become a Member" header button, section menu,
 * category, byline and date, featured image with credit, the italic "This post originally appeared in ..." note heading the
 * content, an inline Morning Report signup prompt, a "Related" list with a heading, the membership box, tags, author bio,
 * the cookie notice and the footer) and, from file c2, a MinnPost story.
 */
const vsTitle = 'City’s Sidewalk Repair Backlog Grows to 14,000 Locations';
const vsP1 = [
  'San Diego’s list of broken, tilted or crumbling sidewalks waiting for repair has grown to roughly 14,000 locations, ' +
    'according to data the city’s Transportation Department released this month, up from about 11,500 two years ago.',
  'At the current pace of repairs, city staff estimate it would take more than 30 years to fix every location on the ' +
    'list, even if no new damage were reported.',
  'Under a city policy dating to the 1990s, property owners are responsible for the sidewalk in front of their homes. ' +
    'In practice, most owners never fix them, and the city only steps in when damage is severe or when someone is hurt.',
];
const vsP2 = [
  'That has been expensive. Since 2019, the city has paid more than $9 million to settle claims from people who tripped ' +
    'on damaged sidewalks, according to records from the City Attorney’s Office. One settlement, in 2023, was for $1.4 ' +
    'million to a retired teacher who broke her hip in North Park.',
  'Councilmember Sofia Arrieta-Lund, who chairs the Active Transportation and Infrastructure Committee, wants the city ' +
    'to take over responsibility for sidewalk repairs entirely and pay for it with a dedicated slice of the budget.',
  '“We are paying for sidewalks either way,” Arrieta-Lund said. “We can pay for concrete, or we can pay lawyers.”',
  'Her proposal would set aside $12 million a year for repairs, about four times what the city spends now. It would ' +
    'also create a program to help low-income homeowners who are cited for sidewalk damage.',
];
const vsP3 = [
  'Not everyone on the council is convinced. Councilmember Grant Okafor said the city has more urgent needs, including ' +
    'storm drains that failed during last year’s floods.',
  'City staff have also been asked to map where trip-and-fall claims cluster, so that the worst blocks can be fixed first ' +
    'if the council approves more money.',
  'The committee is expected to take up the proposal in January.',
];
const vsNote = 'This post originally appeared in the Nov. 18 Morning Report. Get the Morning Report delivered to your inbox.';
const vsNav = ['Politics', 'Housing', 'Land Use', 'Education', 'Public Safety', 'Environment', 'Border', 'Podcasts', 'Opinion'];
const vsCaption = 'A lifted section of sidewalk on Adams Avenue in Normal Heights.';
const vsCredit = 'Credit: Ariana Delacroix / Voice of San Diego';
const vsPrompt = ['Get the Morning Report, our free daily newsletter.', 'Your email address', 'Subscribe'] as const;
const vsRelated = [
  'Related',
  'The City Has a Plan to Fix Its Streets. It Does Not Include Sidewalks.',
  'Trip-and-Fall Claims Cost San Diego Millions. Few Sidewalks Got Fixed.',
];
const vsMember = [
  'Voice of San Diego is a nonprofit newsroom.',
  'We rely on members to keep our journalism free for everyone. Join today.',
  'Become a Member',
] as const;
const vsTags = ['Infrastructure', 'Sidewalks', 'City Council', 'Morning Report'];
const vsBio = 'Emmett Tranh is a staff writer covering city infrastructure, transportation and the budget. Contact him at emmett@vosd.example.';
const vsCookie = ['We use cookies to improve your experience on our site. By continuing to use the site you agree to our use of cookies.', 'Accept'];
const vsFoot = ['About Us', 'Our Team', 'Ethics', 'Support', 'Donate', 'Events', 'Contact', 'Privacy Policy'];
const vsHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>City’s Sidewalk Repair Backlog Grows to 14,000 Locations - Voice of San Diego</title>
<meta property="og:type" content="article"><meta property="og:title" content="${vsTitle}"><meta property="og:site_name" content="Voice of San Diego">
<meta property="article:published_time" content="2025-11-18T18:30:00+00:00"><meta name="author" content="Emmett Tranh">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${vsTitle}",
"author":{"name":"Emmett Tranh"},"datePublished":"2025-11-18T18:30:00+00:00","articleSection":["Land Use"]}]}</script>
<link rel="stylesheet" id="newspack-style-css" href="https://voiceofsandiego.example/wp-content/themes/newspack-scott/style.min.css?ver=2.2.1">
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="post-template-default single single-post postid-188402 single-format-standard singular has-featured-image newspack-theme">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header"><div class="middle-header-contain"><div class="wrapper"><div class="site-branding">
<a href="/" class="custom-logo-link" rel="home"><img class="custom-logo" src="/wp-content/uploads/vosd-logo.svg" alt="Voice of San Diego"></a></div>
<div id="tertiary-nav-contain"><nav class="tertiary-menu" aria-label="Tertiary Menu"><ul><li class="menu-item"><a href="/membership/">Become a Member</a></li>
<li class="menu-item"><a href="/newsletters/">Newsletters</a></li></ul></nav></div>
<button class="mobile-menu-toggle"><span class="screen-reader-text">Open Menu</span></button></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul class="main-menu">
${links(vsNav, 'menu-item')}</ul></nav></div></div></header>
<div class="newspack_global_ad global_above_header"><div class="newspack-ad-label">Advertisement</div><div id="div-gpt-ad-leader"></div></div>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-188402" class="post-188402 post type-post status-publish format-standard has-post-thumbnail category-land-use entry">
<header class="entry-header"><span class="cat-links"><a href="/category/topics/land-use/" rel="category tag">Land Use</a></span>
<h1 class="entry-title">${vsTitle}</h1><div class="entry-subhead"><div class="entry-meta"><span class="byline"><span>by</span>
<span class="author vcard"><a class="url fn n" href="/author/emmett-tranh/">Emmett Tranh</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-11-18T10:30:00-08:00">November 18, 2025</time></span></div></div></header>
<figure class="post-thumbnail"><img width="1200" height="800" src="/wp-content/uploads/2025/11/sidewalk.jpg" alt="" class="wp-post-image">
<figcaption><span class="caption">${vsCaption}</span> <span class="image-credit">${vsCredit}</span></figcaption></figure>
<div class="entry-content">
<p><em>${vsNote}</em></p>
${ps(vsP1)}
<div class="newspack-popup-container newspack-popup newspack-inline-popup" id="id_44012"><div class="wp-block-newspack-newsletters-subscribe">
<p class="has-text-align-center"><strong>${vsPrompt[0]}</strong></p><form><input type="email" placeholder="${vsPrompt[1]}">
<input type="submit" value="${vsPrompt[2]}"></form></div></div>
${ps(vsP2)}
<h3 class="wp-block-heading">${vsRelated[0]}</h3><ul class="wp-block-list">${links(vsRelated.slice(1))}</ul>
${ps(vsP3)}
</div>
<footer class="entry-footer"><span class="tags-links">
<span>Tagged: </span>${vsTags.map((t) => `<a href="/tag/${t}/" rel="tag">${t}</a>`).join(', ')}</span></footer>
<div class="wp-block-group membership-box"><h2 class="wp-block-heading">${vsMember[0]}</h2><p>${vsMember[1]}</p>
<a class="wp-block-button__link" href="/membership/">${vsMember[2]}</a></div>
<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Emmett Tranh</h2></div><p>${vsBio}</p>
<a class="author-link" href="/author/emmett-tranh/">More by Emmett Tranh</a></div></div>
</article></main></div></div>
<footer id="colophon" class="site-footer"><div class="footer-widgets"><ul class="menu">${links(vsFoot, 'menu-item')}</ul></div>
<div class="site-info"><span class="copyright">© 2025 Voice of San Diego.</span> <a href="https://newspack.example/">Proudly powered by Newspack</a></div>
</footer></div>
<div class="newspack-popup-container newspack-popup newspack-lightbox newspack-lightbox-placement-bottom" role="dialog" id="id_cookie">
<div class="newspack-popup__content"><p>${vsCookie[0]}</p><button class="newspack-lightbox__close">${vsCookie[1]}</button></div></div>
</body></html>`;
const voiceOfSanDiego: TestPage = {
  name: 'heldout172-voice-of-san-diego-news',
  kind: 'news',
  html: vsHtml,
  // the italic "originally appeared in" note, the signup prompt and the "Related" list inside the content are furniture
  title: vsTitle,
  headings: [],
  body: texts([...vsP1, ...vsP2, ...vsP3]),
  bylines: ['Emmett Tranh', 'November 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', 'Become a Member', 'Newsletters', 'Open Menu', ...vsNav, 'Advertisement', vsCaption, vsCredit, vsNote, vsPrompt[0],
    ...vsRelated, 'Tagged:', ...vsTags, vsMember[0], vsMember[1], vsBio, 'More by Emmett Tranh', ...vsFoot, '© 2025 Voice of San Diego.',
    'Proudly powered by Newspack', ...vsCookie,
  ])],
};

export const HELDOUT172_C: readonly TestPage[] = [voiceOfSanDiego, minnPost];
