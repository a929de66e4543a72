import { links, type TestPage } from './page-kit.js';
import { type Blocks, finish, gold, j, render } from './pages-heldout585-kit.js';

/**
 * Held-out batch 585, file b: a long window energy rating guide on a HubSpot CMS blog (with its cookie notice, CTA images and
 * subscribe form), and a sash window restoration post on a Squarespace 7.1 blog.
 */
const hTitle = 'Window Energy Ratings Explained: What the A++ to E Label Really Means';
const hBlocks: Blocks = [
  j(
    'Every new window sold in the UK for a house is expected to carry an energy label, a rainbow chart that looks a lot like the one',
    'on a fridge. Installers quote the letter, brochures print it in large type, and the building regulations set a minimum. But',
    'what the letter measures is less obvious, and two windows with the same rating can behave quite differently in your home.',
  ),
  j('This guide explains how a Window Energy Rating is worked out, which numbers sit behind the letter, and how to use them when you', 'compare quotes.'),
  '## What a Window Energy Rating measures',
  j(
    'A Window Energy Rating, or WER, is a single figure for the energy balance of the whole window over a heating season. It adds',
    'up two things: the heat the window loses by conduction and air leakage, and the free heat it gains from the sun through the',
    'glass. A window that lets in more solar heat than it loses can have a positive score, which is how the A+ and A++ bands exist.',
  ),
  'The result is expressed in kilowatt hours per square metre per year and then placed into a band.',
  '!| Band | Energy index (kWh/m²/yr) | Typical glazing',
  '| A++ | 20 or more | Triple glazed, low-e, warm edge, argon or krypton',
  '| A+ | 10 to 19 | High-performance double or entry triple glazing',
  '| A | 0 to 9 | Double glazed, soft-coat low-e, argon, warm edge',
  '| B | –10 to –1 | Double glazed, hard-coat low-e, air filled',
  '| C | –20 to –11 | Older double glazing, aluminium spacer',
  '| E | Below –30 | Early double glazing or secondary glazing only',
  '## The three numbers behind the letter',
  '### U-value',
  j(
    'The U-value measures how quickly heat passes through the window, in watts per square metre for each degree of temperature',
    'difference. Lower is better. The whole-window U-value includes the frame as well as the glass, so a unit with excellent glass',
    'in a wide, poorly insulated frame can still score badly. Current regulations in England ask for 1.4 W/m²K or better for',
    'replacement windows in existing homes.',
  ),
  '### g-value',
  j(
    'The g-value, or solar factor, is the share of the sun’s energy that passes through the glass, from 0 to 1. A higher g-value',
    'means more free heat in winter, which helps the rating, but also more heat on a south-facing room in July. Many triple glazed',
    'units have a lower g-value than good double glazing, which is why triple glazing does not always earn a higher band.',
  ),
  '### L-value',
  j(
    'The L-value is the air leakage through the closed window, measured under test pressure. Good seals and a well-adjusted',
    'multi-point lock keep it close to zero. It is the smallest of the three in most modern windows, but a badly fitted sash can',
    'undo the benefit of the best glass.',
  ),
  '## Does a higher rating always save more?',
  j(
    'Not always. The rating is calculated for a standard window of 1.23 by 1.48 metres facing a standard direction. Your windows',
    'are other sizes and face other ways. A north-facing bedroom gains almost no sun, so the U-value matters far more there than',
    'the g-value. On a south-facing living room with a large picture window, a high g-value may earn back more than a lower U-value.',
  ),
  j(
    'Frame proportions matter too. Small windows are mostly frame, so their real performance sits closer to the frame’s U-value than',
    'to the glass. Narrow aluminium frames with a thermal break, or slim uPVC profiles, let more of the window be glass.',
  ),
  '> A rating compares windows on a level field. It does not tell you what any one window will do in your wall.',
  '## How to compare quotes',
  'When you collect quotes, ask each installer for the following, in writing, for the exact product they will fit:',
  '- the Window Energy Rating band and the energy index number',
  '- the whole-window U-value, not only the centre-pane figure for the glass',
  '- the g-value of the glass',
  '- the spacer bar type (aluminium, or a warm edge spacer such as a composite or stainless steel bar)',
  '- the gas fill and whether the unit carries a kitemark for gas retention',
  j(
    'A quote that lists only “A-rated” is not enough to compare two products. The centre-pane U-value of 1.1 printed on many',
    'brochures is for the glass alone and is always better than the whole-window figure.',
  ),
  '## Ratings for doors and roof lights',
  j(
    'Doors have their own Door Set Energy Rating, which works the same way but leaves out solar gain for solid doors. Roof windows',
    'are usually compared by U-value alone, because their angle makes the standard solar calculation misleading.',
  ),
  '## What about listed buildings?',
  j(
    'Listed buildings and homes in conservation areas are often exempt from the minimum energy standard, and the conservation officer',
    'may prefer repair or secondary glazing to replacement. A well-made secondary unit behind a restored sash can bring the',
    'combined U-value close to that of a modern double glazed window while keeping the original glass.',
  ),
  '## The short version',
  '+ Treat the letter as a starting point, not a verdict.',
  '+ Compare whole-window U-values and g-values for the rooms that matter.',
  '+ Put installation quality on the list: the best-rated window loses much of its value if it is badly sealed into the wall.',
];
const hG = gold(hBlocks);
const hNav = ['Windows', 'Doors', 'Roof Lanterns', 'Trade', 'Showroom', 'Blog'];
const hTags = ['Energy Efficiency', 'Buying Guides'];
const hRel = ['Warm edge spacers: are they worth it?', 'Triple glazing in a mild climate', 'How to spot a failed sealed unit'];
const hCookie = j(
  'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our',
  'website and allow us to remember you.',
);
const hw = (id: string, type: string, html: string): string =>
  `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_${type}" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="${type}">${html}</span>`;
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>Window Energy Ratings Explained | Kestrel Fenestration Blog</title>
<meta name="description" content="How the A++ to E window energy label is worked out, and which numbers to ask for when you compare quotes.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.kestrelfenestration.co.uk/blog/window-energy-ratings-explained">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Imogen Stalbridge"},"datePublished":"2026-01-22T09:00:00Z"}</script>
<link rel="stylesheet" href="https://www.kestrelfenestration.co.uk/hubfs/hub_generated/template_assets/1/98211/1702915/template_main.min.css">
<script>var hsVars = {"render_id":"7d2a","ticks":1769072400000,"page_id":1598204411,"content_group_id":1480031207,"portal_id":5120843};</script>
</head><body><div class="body-wrapper hs-content-id-1598204411 hs-blog-post hs-blog-id-1480031207">
<div data-global-resource-path="kestrel-theme/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo"><a href="/"><img src="/hubfs/kestrel-logo.svg" alt="Kestrel Fenestration"></a></div>
<nav class="header__menu" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav>
<div class="header__search"><form class="hs-search-field__bar" action="/hs-search-results"><label class="show-for-sr" for="term">Search</label>
<input type="text" id="term" class="hs-search-field__input" name="term" placeholder="Search"></form></div>
<a class="button header__cta" href="/book-a-survey">Book a survey</a></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>${hw('name', 'text', hTitle)}</h1>
<div class="blog-post__meta"><a href="/blog/author/imogen-stalbridge">Imogen Stalbridge</a>
<time datetime="2026-01-22 09:00:00" class="blog-post__timestamp">January 22, 2026</time></div>
<div class="blog-post__body">${hw('post_body', 'rich_text', render(hBlocks, { table: ' style="width: 100%; border-collapse: collapse;"' }))}</div>
<div class="blog-post__cta"><span class="hs-cta-wrapper" id="hs-cta-wrapper-3f0c9a1e"><span class="hs-cta-node hs-cta-3f0c9a1e" id="hs-cta-3f0c9a1e">
<a href="https://cta-redirect.hubspot.com/cta/redirect/5120843/3f0c9a1e"><img class="hs-cta-img" id="hs-cta-img-3f0c9a1e" style="border-width:0px;"
src="https://no-cache.hubspot.com/cta/default/5120843/3f0c9a1e.png" alt="Book a free home survey"></a></span></span></div>
<div class="blog-post__tags"><svg class="blog-post__tags-icon" aria-hidden="true"></svg>${hTags
  .map(
    (t) => `<a class="blog-post__tag-link"
href="/blog/tag/${t.toLowerCase().replace(' ', '-')}" rel="tag">${t}</a>`,
  )
  .join(', ')}</div>
</article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2>
${hRel
  .map(
    (t) => `<article class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/blog/${t.length}"><img src="/hubfs/rel.jpg"
alt=""></a><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/${t.length}">${t}</a></h3></article>`,
  )
  .join('\n')}
</div></section>
<section class="blog-subscribe"><h3>Subscribe to the Kestrel blog</h3><span id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_form" data-hs-cos-type="form"><form class="hs-form stacked" novalidate><div class="hs_email hs-form-field"><label for="email-1b2">
<span>Email</span><span class="hs-form-required">*</span></label><div class="input"><input id="email-1b2" name="email" type="email"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></span>
</section>
</div></div></main>
<div data-global-resource-path="kestrel-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Kestrel Fenestration Ltd · Showroom: 2 Tanners Yard, Wellbeck</p><p>© 2026 Kestrel Fenestration Ltd. Registered in England No. 07781204.</p>
<ul class="footer__links">${links(['Privacy policy', 'Terms of trade'])}</ul></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-ignore="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>${hCookie}</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script src="https://js.hs-scripts.com/5120843.js" id="hs-script-loader" async defer></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout585-hubspot-energy-ratings',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hG.headings,
  body: hG.body,
  bylines: ['Imogen Stalbridge', 'January 22, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Search', 'Book a survey', ...hTags, 'Related posts', ...hRel, 'Subscribe to the Kestrel blog', 'Email',
    'Kestrel Fenestration Ltd · Showroom: 2 Tanners Yard, Wellbeck', '© 2026 Kestrel Fenestration Ltd. Registered in England No. 07781204.',
    'Privacy policy', 'Terms of trade', hCookie, 'Accept', 'Decline',
  ],
};

const sTitle = 'Bringing a Victorian sash back to life';
const sBlocks: Blocks = [
  j(
    'The sashes at 14 Orchard Terrace had been painted shut for at least thirty years. The owners had two quotes for uPVC',
    'replacements and were ready to sign when their neighbour, whose windows we restored in 2023, sent them our way.',
  ),
  j(
    'We took all eight sashes back to the workshop. The box frames stayed in place, protected with temporary panels, so the house',
    'was never open to the weather.',
  ),
  '## Stripping and splicing',
  j(
    'Layers of gloss came off with infrared heat rather than a heat gun, which keeps the old crown glass from cracking. Two bottom',
    'rails had rotted where water sat on the sill, and we spliced in new Accoya rather than replacing whole sashes.',
  ),
  '## Glass, cords and draught seals',
  j(
    'Seven of the panes were original and only one was cracked. We replaced that one with reclaimed cylinder glass from our stock,',
    'so that it ripples like its neighbours. New waxed cotton cords, re-weighted sashes and a brush seal hidden in the staff bead',
    'mean the windows now slide with one finger and no longer rattle when the buses go past.',
  ),
  j('The owners chose slim secondary glazing for the two bedrooms on the road side. It lifts out in summer and cannot be seen from', 'the street.'),
];
const sG = gold(sBlocks);
const sNav = ['Restoration', 'Secondary Glazing', 'Projects', 'Journal', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Bringing a Victorian sash back to life — Oakhollow Sash Workshop</title><link rel="canonical"
href="https://www.oakhollowsash.co.uk/journal/victorian-sash">
<meta property="og:site_name" content="Oakhollow Sash Workshop"><meta property="og:type" content="article">
<script type="application/ld+json">{"url":"https://www.oakhollowsash.co.uk","name":"Oakhollow Sash Workshop",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}",
"author":"Fen Addersley","datePublished":"2026-03-04"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101",
"collectionId":"64f1c2","website":{"siteTitle":"Oakhollow"}};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64f1b0/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-65e5d1" class="primary-button-style-solid tweak-blog-item-width-medium tweak-blog-item-alignment-center tweak-blog-item-meta-position-above-title
header-overlay-alignment-center view-item collection-type-blog collection-layout-default mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" id="site-title">Oakhollow Sash Workshop</a></div>
</div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(' ', '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div></div><div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box">
<div class="burger-inner header-menu-icon-doubleLineHamburger">
<div class="top-bun"></div><div class="bottom-bun"></div></div></div></button></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65e5d1"><section class="page-section"
data-section-theme="white">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-fen-addersley post-type-text"
data-item-id="65e5d1" id="article-65e5d1"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section">
<span class="blog-author">by <a href="/journal?author=5f2a" class="blog-author-name">Fen Addersley</a></span>
<time class="dt-published date-highlight blog-meta-item blog-meta-item--date" datetime="2026-03-04" pubdate data-animation-role="date">March 4</time></div>
</div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
data-updated-on="1709550000000"
id="item-65e5d1"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1">
<div class="sqs-block-content"><div class="sqs-html-content">${render(sBlocks.slice(0, 2), { p: ' class="" style="white-space:pre-wrap;"' })}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_2"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/64f1b0/sash-bench.jpg" alt=""
data-image-dimensions="2000x1333"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class=""
style="white-space:pre-wrap;">Lower sashes on the bench, stripped and ready for splicing.</p>
</div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_3"><div class="sqs-block-content"><div class="sqs-html-content">
${render(sBlocks.slice(2), { p: ' class="" style="white-space:pre-wrap;"' })}</div></div></div></div></div></div></div>
<footer class="blog-item-meta-wrapper"><div class="blog-item-share"><a class="blog-item-share-button" href="#">Share</a></div></footer></div>
<section class="blog-item-pagination" data-animation-role="content"><a href="/journal/warm-sash" class="item-pagination-link item-pagination-link--next">
<div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Why we never use a heat gun on old glass</h2></a></section>
</article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Oakhollow Sash Workshop · The Old Forge, Dunsby Lane, Wendlecombe</p>
<p class="" style="white-space:pre-wrap;">Instagram · Houzz</p></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom"><div class="sqs-cookie-banner-v2-text">
<p>This site uses cookies to give you the best experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout585-squarespace-sash',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sG.headings,
  body: sG.body,
  bylines: ['by Fen Addersley', 'March 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Oakhollow Sash Workshop', ...sNav, 'Lower sashes on the bench, stripped and ready for splicing.', 'Share', 'Next',
    'Why we never use a heat gun on old glass', 'Oakhollow Sash Workshop · The Old Forge, Dunsby Lane, Wendlecombe', 'Instagram · Houzz',
    'This site uses cookies to give you the best experience.', 'Accept',
  ],
};

export const HELDOUT585_B: readonly TestPage[] = [hubspot, squarespace].map(finish);
