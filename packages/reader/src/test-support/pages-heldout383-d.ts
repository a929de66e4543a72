import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout383-kit.js';

/**
 * Held-out batch 383, file d: a newsroom's verification guide saved from a Next.js site (styled-components class names,
 * data-component blocks, byline block with the reading time, image block with caption and credit, an inline "Read more" links
 * block, the __NEXT_DATA__ script, the "More from Verify" rail and the footer) and a fact-checker's methodology page built
 * with Elementor (theme-builder header and footer, heading, text-editor, icon-list, counter and button widgets).
 */
const vgTitle = 'How we verify videos from breaking news: a step-by-step guide';
const vgIntro = [
  j(
    'When a major event happens, videos appear online within minutes. Some are genuine, some are old clips reshared with new captions,',
    'and a few are staged or edited. Before we use any of them in our reporting, our verification team runs them through the same set of checks.',
  ),
  'This guide explains those checks, so that readers can see how we reach our conclusions and try some of them at home.',
];
const vgSource = [
  j(
    'Our first question is who filmed the video. We look for the earliest upload we can find, using reverse image searches on keyframes',
    'and searches on each platform sorted by date. The earliest copy is often posted by someone at the scene, and we try to contact them',
    'directly to ask how and when they filmed it.',
  ),
  j(
    'If the first uploader is an aggregator account that posts many viral clips, we treat the video with more caution. Those accounts',
    'rarely film anything themselves.',
  ),
];
const vgPlace = [
  'Next, we try to confirm where the video was filmed. We compare what we see with satellite imagery, street-level photos and maps, looking for:',
];
const vgClues = [
  'Buildings, signs and shop fronts that can be matched to a street',
  'The shape of roads, rivers and coastlines',
  'Mountains or towers on the horizon',
  'Road markings, licence plates and the side of the road traffic drives on',
];
const vgTime = [
  j(
    'A video can be filmed in the right place but at the wrong time. We check the weather recorded at the location, the position of',
    'shadows and the season shown by trees and crops. When shadows are clear, we can estimate the time of day to within an hour or so.',
  ),
  j('Metadata is useful when we receive an original file, but most platforms strip it on upload, so we never rely on it alone.'),
];
const vgQuote = j(
  '"A single clue rarely settles it. We want three or four independent details pointing the same way before we say a video is what it',
  'claims to be," says Ayo Brennan, who leads the team\'s open-source work.',
);
const vgLimits = [
  j(
    'Sometimes we cannot verify a video. When that happens, we say so, and we explain which checks we ran. We would rather tell readers',
    'that something is unconfirmed than guess.',
  ),
  j('We also make mistakes. When we get something wrong, we correct it openly at the top of the article and note what changed.'),
];
const vgHeadings = ['Step 1: Find the source', 'Step 2: Work out the location', 'Step 3: Check the time', 'What we cannot do'];
const vgNav = ['Home', 'News', 'Verify', 'Business', 'Climate', 'Culture', 'Audio'];
const vgCap = 'Analysts compare a video frame with satellite imagery of the same street';
const vgRail = ['How a fake airport video fooled millions', 'Five tools our team uses every day', 'Why old flood footage keeps going viral'];
const vgFoot = ['Terms of Use', 'About Meridian', 'Privacy Policy', 'Cookies', 'Accessibility Help', 'Contact Meridian'];
const tb = (p: string): string => `<div data-component="text-block" class="sc-18fde0d6-0 dlWCEZ"><p class="sc-eb7bd5f6-0 fYAfXe">${p}</p></div>`;
const sh = (t: string): string => `<div data-component="subheadline-block" class="sc-18fde0d6-0 dlWCEZ"><h2 class="sc-518485e5-0 eBLxUQ">${t}</h2></div>`;
const vgHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><title>${vgTitle} - Meridian News</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<meta name="description" content="When a major event happens, videos appear online within minutes. This guide explains our checks.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${vgTitle}","datePublished":"2026-02-20T06:02:11.000Z",
"author":[{"@type":"Person","name":"Saskia Lomond"}],"publisher":{"@type":"NewsMediaOrganization","name":"Meridian News"}}</script>
<link rel="preload" href="/_next/static/css/a04e1a3b.css" as="style"><link rel="stylesheet" href="/_next/static/css/a04e1a3b.css" data-n-g="">
<style data-styled="active" data-styled-version="5.3.11">.fYAfXe{margin:0 0 1rem;font-size:1.1rem}</style></head>
<body><div id="__next"><div class="sc-3cb2a1f0-0 kaEEta"><a href="#main-content" class="sc-c9d5d2c3-0 eEjGXu">Skip to content</a>
<header data-testid="header" class="sc-9ad4a3c1-0 hvEKcg"><a data-testid="header-logo" href="/" aria-label="Meridian News homepage">Meridian</a>
<nav data-testid="level1-navigation" class="sc-2f092172-0 goPmVm"><ul class="sc-2f092172-1 fGfZqP">${links(vgNav, 'sc-2f092172-2 bzFpMz')}</ul></nav>
<button data-testid="header-search" class="sc-ff2ca0c4-0">Search Meridian</button><a href="/signin" class="sc-d5c8f5c1-0">Sign in</a></header>
<main id="main-content" data-testid="main-content" class="sc-f9a3c2c1-0 dIVHht"><article class="sc-3b6b161a-0 dEGcKf">
<div data-component="headline-block" class="sc-18fde0d6-0 dlWCEZ"><h1 class="sc-518485e5-0 bWszMR">${vgTitle}</h1></div>
<div data-component="byline-block" class="sc-18fde0d6-0 dlWCEZ"><div data-testid="byline" class="sc-2b5e3b35-0 jpsNvc">
<div class="sc-2b5e3b35-1 kMzPYv"><time datetime="2026-02-20T06:02:11.000Z" class="sc-2b5e3b35-2 fkLXLN">20 February 2026</time>
<span data-testid="reading-time" class="sc-2b5e3b35-3">6 min read</span></div>
<div data-testid="byline-new-contributors" class="sc-2b5e3b35-4"><span class="sc-2b5e3b35-5 hhpIpR">Saskia Lomond</span>
<span class="sc-2b5e3b35-6 cPGAZH">Meridian Verify</span></div></div></div>
${vgIntro.map(tb).join('\n')}
<div data-component="image-block" class="sc-18fde0d6-0 dlWCEZ"><figure class="sc-3c5c9a4a-0"><div class="sc-a34861b-1 jxzoZC">
<img sizes="(min-width: 1280px) 50vw, 100vw" src="https://media.meridian.example/verify/guide-sat-compare.jpg" alt="" class="sc-a34861b-0 efFcac">
<span class="sc-a34861b-2 bWMyEq" role="text">Meridian Verify</span></div><figcaption class="sc-8a068d35-0 dUfmnu">${vgCap}</figcaption></figure></div>
${sh(vgHeadings[0] ?? '')}
${vgSource.map(tb).join('\n')}
<div data-component="links-block" class="sc-18fde0d6-0 dlWCEZ"><p class="sc-eb7bd5f6-0"><b>Read more:</b></p><ul class="sc-5c1ea1fb-0">
${links(vgRail.slice(0, 1))}</ul></div>
${sh(vgHeadings[1] ?? '')}
${vgPlace.map(tb).join('\n')}
<div data-component="unordered-list-block" class="sc-18fde0d6-0 dlWCEZ"><ul class="sc-1a3d2c1b-0">${lis(vgClues, ' class="sc-1a3d2c1b-1"')}</ul></div>
${sh(vgHeadings[2] ?? '')}
${vgTime.map(tb).join('\n')}
<div data-component="quote-block" class="sc-18fde0d6-0"><blockquote class="sc-4e2b1c1a-0"><p>${vgQuote}</p></blockquote></div>
${sh(vgHeadings[3] ?? '')}
${vgLimits.map(tb).join('\n')}
<div data-component="tags" class="sc-18fde0d6-0"><ul><li><a href="/topics/verify">Meridian Verify</a></li><li>
<a href="/topics/disinformation">Disinformation</a></li></ul></div>
</article>
<section data-testid="more-from" class="sc-6b3e2b8a-0"><h2 class="sc-6b3e2b8a-1">More from Verify</h2><ul>${links(vgRail)}</ul></section></main>
<footer data-testid="footer" class="sc-3bc1fa2e-0"><ul>${links(vgFoot)}</ul>
<p class="sc-3bc1fa2e-1">Copyright 2026 Meridian. Meridian is an invented broadcaster and is not responsible for the content of external sites.</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"@\\"news\\",\\"verify\\",":{"contents":[{"type":"headline"}]}}}},
"page":"/[[...slug]]","buildId":"x1ZkQmJ8f","isFallback":false,"gssp":true}</script>
<script src="/_next/static/chunks/main-6c2b.js" defer=""></script></body></html>`;
const nextVerify: TestPage = {
  name: 'heldout383-nextjs-verification-guide-docs',
  kind: 'docs',
  html: vgHtml,
  title: vgTitle,
  headings: vgHeadings,
  body: texts([...vgIntro, ...vgSource, ...vgPlace, ...vgClues, ...vgTime, vgQuote, ...vgLimits]),
  bylines: ['20 February 2026', 'Saskia Lomond'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...vgNav, 'Search Meridian', 'Sign in', '6 min read',
    vgCap, 'Read more:', 'Meridian Verify', 'Disinformation', 'More from Verify', ...vgRail,
    ...vgFoot, 'Copyright 2026 Meridian. Meridian is an invented broadcaster and is not responsible for the content of external sites.',
  ],
};

const mtTitle = 'Our methodology';
const mtIntro = [
  j(
    'We check claims made in public debate in the Ostrava Valley region: statements by politicians and officials, viral posts,',
    'and figures that are widely repeated in the media. This page sets out how we choose what to check, how we research it, and how we',
    'decide on a rating.',
  ),
];
const mtChoose = ['We cannot check everything, so we use four questions to decide where to spend our time:'];
const mtCriteria = [
  'Is the claim about a fact that can be checked, rather than an opinion or a prediction?',
  'Has it reached a large audience, or is it likely to?',
  "Could believing it cause harm to someone's health, money or safety?",
  'Would a reasonable person wonder whether it is true?',
];
const mtResearch = [
  j(
    'Every check starts by asking the person or organisation that made the claim for their evidence. We then go to the original sources:',
    'official statistics, court records, scientific papers and the people who produced them. We do not rely on other media reports',
    'where the primary source is available.',
  ),
  j(
    'Each check is researched by one fact-checker and reviewed by a second member of staff who did not work on it. The editor reads',
    'every check before it is published and can send it back for more work.',
  ),
];
const mtRatingsIntro = ['We use five ratings. Each published check explains in plain words why a rating was chosen.'];
const mtRatings = [
  'True: the claim is accurate and nothing important is missing.',
  'Mostly true: the claim is accurate but needs clarification or extra context.',
  'Half true: the claim is partly accurate but leaves out important details or takes things out of context.',
  'Misleading: the claim contains some truth but gives an overall false impression.',
  'False: the claim is not accurate.',
];
const mtIndependence = [
  j(
    'We are funded by reader donations and by grants from two foundations, which are listed on our funding page. No funder has',
    'any say over which claims we check or how we rate them. We do not take money from political parties or candidates.',
  ),
  j(
    'Our staff do not join political parties, take part in campaigns or publicly support candidates. We check claims from all parties',
    'and from every side of a debate, and we publish a yearly count of checks by party.',
  ),
];
const mtHeadings = ['How we choose claims', 'How we research', 'Our ratings', 'Independence and funding'];
const mtNav = ['Fact checks', 'Explainers', 'Methodology', 'Team', 'Support us'];
const mtFoot = ['Correction policy', 'Funding', 'Privacy notice', 'Contact'];
const head = (t: string, tag = 'h2'): string => `<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container"><${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}></div></div>`;
const txt = (paras: readonly string[]): string => `<div class="elementor-element elementor-widget elementor-widget-text-editor"
data-widget_type="text-editor.default"><div class="elementor-widget-container">${ps(paras)}</div></div>`;
const icons = (items: readonly string[]): string => `<div class="elementor-element elementor-icon-list--layout-traditional elementor-widget
elementor-widget-icon-list" data-widget_type="icon-list.default"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${items
  .map(
    (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
  )
  .join('\n')}</ul></div></div>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const mtHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>Our methodology &#8211; Lumen Facts</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Our methodology",
"isPartOf":{"@id":"https://lumenfacts.example/#website"},"dateModified":"2026-01-12T09:41:00+00:00"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.19.2" media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="/wp-content/uploads/elementor/css/post-412.css?ver=1705052460" media="all">
<script id="elementor-frontend-js-before">var elementorFrontendConfig={"environmentMode":{"edit":false},"version":"3.19.2","post":{"id":412}};</script></head>
<body class="page-template-default page page-id-412 elementor-default elementor-kit-6 elementor-page elementor-page-412">
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">${sec(
  '3f1a2b',
  `<div class="elementor-widget elementor-widget-theme-site-logo"><div class="elementor-widget-container"><a href="/">Lumen Facts</a></div></div>
<div class="elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main">
<ul id="menu-1-5c2e" class="elementor-nav-menu">${links(mtNav, 'menu-item')}</ul></nav></div></div>`,
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
${sec('6c1d0e', `${head(mtTitle, 'h1')}${txt(mtIntro)}`)}
${sec('7a2e11', `${head(mtHeadings[0] ?? '')}${txt(mtChoose)}${icons(mtCriteria)}`)}
${sec('8b3f22', `${head(mtHeadings[1] ?? '')}${txt(mtResearch)}`)}
${sec(
  '9c4033',
  `<div class="elementor-element elementor-widget elementor-widget-counter"><div class="elementor-widget-container"><div class="elementor-counter">
<div class="elementor-counter-number-wrapper"><span class="elementor-counter-number" data-to-value="1240">1,240</span></div>
<div class="elementor-counter-title">fact checks published since 2019</div></div></div></div>`,
)}
${sec('ad5144', `${head(mtHeadings[2] ?? '')}${txt(mtRatingsIntro)}${icons(mtRatings)}`)}
${sec('be6255', `${head(mtHeadings[3] ?? '')}${txt(mtIndependence)}`)}
${sec(
  'cf7366',
  `${head('Think we got something wrong?', 'h3')}<div class="elementor-widget elementor-widget-button"><div class="elementor-widget-container">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/corrections/"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Ask for a correction</span></span></a></div></div>`,
)}</div>
<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer">${sec(
  'd08477',
  `<div class="elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><ul class="elementor-nav-menu">${links(mtFoot)}</ul>
</div></div><div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Lumen Facts is a verified signatory of an
invented fact-checking code of principles.</p><p>© 2026 Lumen Facts. All rights reserved.</p></div></div>`,
)}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1"><div class="cmplz-message">We use cookies to count visits and improve the
site.</div><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.19.2" id="elementor-frontend-js"></script></body></html>`;
const elementorMethod: TestPage = {
  name: 'heldout383-elementor-methodology-docs',
  kind: 'docs',
  html: mtHtml,
  title: mtTitle,
  headings: mtHeadings,
  body: texts([...mtIntro, ...mtChoose, ...mtCriteria, ...mtResearch, ...mtRatingsIntro, ...mtRatings, ...mtIndependence]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lumen Facts', ...mtNav, '1,240', 'fact checks published since 2019', 'Think we got something wrong?', 'Ask for a correction', ...mtFoot,
    'Lumen Facts is a verified signatory of an invented fact-checking code of principles.', '© 2026 Lumen Facts. All rights reserved.',
    'We use cookies to count visits and improve the site.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT383_D: readonly TestPage[] = [nextVerify, elementorMethod];
