import { links, ps, type TestPage, texts } from './page-kit.js';
import { blogger } from './pages-heldout434-b2.js';
import { j, lis, trs } from './pages-heldout434-kit.js';

/**
 * Held-out batch 434, file b: a geological survey's rock entry on WordPress with Gutenberg blocks (survey header with
 * utility links and mega menu, breadcrumbs, "Discovering Geology" section nav, key facts table, figures with captions and
 * credits, "Related rocks" cards, "Was this page useful?" feedback widget, newsletter band, footer) and, from file b2, a
 * geology blog on Blogger.
 */
const gTitle = 'Larvikite-type syenite: the Brannoch monzonite';
const gFacts: string[][] = [
  ['Rock type', 'Igneous, plutonic'],
  ['Main minerals', 'Ternary feldspar, augite, biotite, titanite'],
  ['Age', 'Early Permian, about 292 million years'],
  ['Where to see it', 'Brannoch quarries and the Ellory coast'],
];
const gIntro = [
  j(
    'The Brannoch monzonite is a coarse-grained igneous rock that crops out over about 40 square kilometres in the west of the',
    'county. Polished slabs show a striking blue shimmer on the feldspar crystals, which has made it one of the most widely',
    'exported building stones in the region.',
  ),
  j(
    'It belongs to a family of alkaline rocks that formed when magma rose into a rift that was pulling the crust apart at the',
    'end of the Carboniferous. The magma cooled slowly several kilometres below the surface, allowing large crystals to grow.',
  ),
];
const gShimmer = [
  j(
    'The blue play of colour, called schiller, comes from very thin layers inside each feldspar crystal. As the crystals cooled,',
    'sodium-rich and potassium-rich feldspar separated into alternating lamellae only a few hundred nanometres thick. Light',
    'reflecting from these layers interferes in the same way as light on a soap bubble.',
  ),
  j('The effect is only visible when the crystal is viewed from the right angle, so a polished slab flashes blue and grey as', 'you walk past it.'),
];
const gUses = [
  'Cladding and facing stone for shop fronts and banks',
  'Kitchen worktops and memorial stones',
  'Crushed aggregate from the waste blocks of the dimension-stone quarries',
];
const gSee = [
  j(
    'The best natural exposures are on the foreshore at Ellory, where the rock is cut by pale dykes of fine-grained syenite.',
    'The disused Brannoch quarries can be viewed from the public footpath but must not be entered.',
  ),
  j(
    'Collecting is not permitted on the Ellory foreshore, which is part of a protected geological site. Loose blocks in the quarry',
    'waste tips may be examined with the permission of the landowner.',
  ),
];
const gUtility = ['News', 'Careers', 'Shop', 'Contact us'];
const gNav = ['Data', 'Research', 'Advice', 'Discovering Geology', 'About'];
const gCrumbs = ['Home', 'Discovering Geology', 'Rocks and minerals'];
const gSide = ['Rock types', 'Minerals', 'Fossils', 'Geological time', 'Teaching resources'];
const gRel = ['Granite of the Corrach hills', 'Nepheline syenite', 'Gabbro and dolerite'];
const gFoot = ['Accessibility', 'Privacy notice', 'Cookies', 'Copyright', 'Freedom of information'];
const gHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle} - Ardmere Geological Survey</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${gTitle}"><meta property="og:site_name" content="Ardmere Geological Survey">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${gTitle}",
"datePublished":"2024-05-02T10:11:00+00:00","dateModified":"2026-01-19T08:40:00+00:00"},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel="stylesheet" id="ags-theme-css" href="https://ags.example/wp-content/themes/ags/dist/main.css?ver=3.2.0" media="all">
<script>window._wpemojiSettings={"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/"};</script></head>
<body class="page-template page-template-template-discovering page-id-4418 wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header class="site-header" role="banner"><div class="utility-bar"><ul class="utility-menu">${links(gUtility, 'menu-item')}</ul></div>
<div class="site-branding"><a href="/" rel="home" class="custom-logo-link"><img src="/logo.svg" alt="Ardmere Geological Survey"></a></div>
<nav id="site-navigation" class="main-navigation mega-menu" aria-label="Primary"><ul id="primary-menu" class="menu">${links(gNav, 'menu-item')}</ul></nav>
</header><div class="breadcrumbs" typeof="BreadcrumbList"><span><span><a href="/">Home</a></span> » <span><a href="/discovering-geology/">Discovering
Geology</a></span> » <span><a href="/discovering-geology/rocks-and-minerals/">Rocks and minerals</a></span></span></div>
<div class="content-area has-sidebar"><aside class="section-nav widget-area"><h2 class="widget-title">In this section</h2><ul>${links(gSide)}</ul></aside>
<main id="main" class="site-main"><article id="post-4418" class="post-4418 page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">${gTitle}</h1></header><div class="entry-content">
<figure class="wp-block-table is-style-stripes key-facts"><table><tbody>${trs(gFacts, true)}</tbody></table>
<figcaption class="wp-element-caption">Key facts</figcaption></figure>
${ps(gIntro)}
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2024/05/brannoch-slab.jpg" alt="Polished slab" class="wp-image-4421">
<figcaption class="wp-element-caption">A polished slab of Brannoch monzonite showing blue schiller. © Ardmere Geological Survey</figcaption></figure>
<h2 class="wp-block-heading">Why does it shimmer?</h2>
${ps(gShimmer)}
<h2 class="wp-block-heading">How it is used</h2>
<ul class="wp-block-list">${lis(gUses)}</ul>
<h2 class="wp-block-heading">Where to see it</h2>
${ps(gSee)}
<div class="wp-block-group related-cards"><h2 class="wp-block-heading">Related rocks</h2><ul class="cards">${links(gRel, 'card')}</ul></div>
</div><footer class="entry-footer"><p class="last-reviewed">Page last reviewed: 19 January 2026</p></footer></article>
<div class="page-feedback"><p class="page-feedback__question">Was this page useful?</p><button>Yes</button><button>No</button>
<a href="/feedback/">Report a problem with this page</a></div></main></div>
<section class="newsletter-band"><h2>Sign up to Geology Matters</h2><p>Our monthly newsletter with news, events and new data releases.</p>
<form><input type="email" aria-label="Your email"><button type="submit">Sign up</button></form></section>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(gFoot)}</ul><p class="site-info">Ardmere Geological Survey is part of the
Ardmere Research Council. © 2026</p></footer>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies to give you the best experience. Some are optional.
<a role="button" id="cookie_action_close_header" class="cli_action_button">Accept</a>
<a role="button" class="cli_settings_button">Cookie settings</a></span></div></body></html>`;
const bgs: TestPage = {
  name: 'heldout434-wordpress-survey-rock-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Why does it shimmer?', 'How it is used', 'Where to see it'],
  body: texts([...gFacts.map((r) => r[1] ?? ''), ...gIntro, ...gShimmer, ...gUses, ...gSee]),
  bylines: ['Page last reviewed: 19 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...gUtility, ...gNav, 'Home', 'Rocks and minerals', 'In this section', ...gSide, 'Key facts',
    'A polished slab of Brannoch monzonite showing blue schiller. © Ardmere Geological Survey', 'Related rocks', ...gRel,
    'Was this page useful?', 'Report a problem with this page', 'Sign up to Geology Matters',
    'Our monthly newsletter with news, events and new data releases.', ...gFoot,
    'Ardmere Geological Survey is part of the Ardmere Research Council. © 2026', 'We use cookies to give you the best experience. Some are optional.',
    'Accept', 'Cookie settings',
  ],
};

export const HELDOUT434_B: readonly TestPage[] = [bgs, blogger];
