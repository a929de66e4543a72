import { links, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout599-kit.js';

/**
 * Held-out batch 599, file e: a MediaWiki (Vector 2022) article on chimney flaunching in a building conservation wiki, and a
 * roof survey cost post on a roofer's HubSpot CMS blog with a price table, CTA, author box and related posts.
 */
const mTitle = 'Flaunching';
const mLead = j(
  '<b>Flaunching</b> (also <b>flaunch</b> or <b>chimney haunching</b>) is the sloped bed of mortar laid around the base of chimney pots on',
  'top of a <a href="/wiki/Chimney_stack" title="Chimney stack">chimney stack</a>. It holds the pots in place and throws rainwater off',
  'the top of the stack so that it does not soak into the brickwork below.',
);
const mSecs: [string, string[]][] = [
  [
    'Materials',
    [
      j(
        'Traditional flaunchings were made with a lime mortar, often with a little hair or crushed brick added. From the 1950s',
        'sand and cement became usual. Conservation bodies in Wenmoor advise a hydraulic lime mix of NHL 3.5 on older stacks.',
      ),
    ],
  ],
  [
    'Failure',
    [
      j(
        'Flaunching fails when water gets into fine cracks and freezes. Pieces can fall from the stack in high wind, which is why',
        'damaged flaunching is often found on the ground after a storm.[1]',
      ),
    ],
  ],
];
const mCats = ['Chimneys', 'Roofing', 'Mortars'];
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mFoot = ['Privacy policy', 'About Wenmoor Building Wiki', 'Disclaimers'];
const mRef = 'Wenmoor Conservation Trust, <i>Caring for Chimneys</i> (2019), p. 14.';
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Wenmoor Building Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgCanonicalNamespace":"","wgPageName":"Flaunching","wgTitle":"Flaunching","wgCurRevisionId":18244,
"wgArticleId":2207};RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="canonical" href="https://wiki.wenmoorbuildings.org/wiki/Flaunching"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0
ns-subject page-Flaunching rootpage-Flaunching skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label
for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label"><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="p-navigation"
class="vector-menu mw-portlet">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul>
</div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">Wenmoor Building Wiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Wenmoor Building Wiki" aria-label="Search Wenmoor Building Wiki" id="searchInput">
<input class="searchButton" type="submit" name="go" value="Go"></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></nav>
</div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#"><div
class="vector-toc-text">(Top)</div></a></li>
${mSecs
  .map(
    ([h], i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h}"><div class="vector-toc-text"><span
class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}
<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#References"><div class="vector-toc-text"><span
class="vector-toc-numb">3</span><span>References</span></div></a></li></ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Flaunching" accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Flaunching&amp;action=edit&amp;redlink=1"><span>Discussion</span>
</a></li></ul></nav>
<nav aria-label="Views"><ul><li id="ca-view" class="selected mw-list-item"><a href="/wiki/Flaunching"><span>Read</span></a></li><li id="ca-viewsource"
class="mw-list-item">
<a href="/index.php?title=Flaunching&amp;action=edit"><span>View source</span></a></li><li id="ca-history" class="mw-list-item"><a
href="/index.php?title=Flaunching&amp;action=history"><span>View history</span></a></li></ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Wenmoor Building Wiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Flaunching_cracked.jpg" class="mw-file-description"><img
src="/images/thumb/a/a3/Flaunching_cracked.jpg/220px-Flaunching_cracked.jpg"
decoding="async" width="220" height="165" class="mw-file-element"></a><figcaption>Cracked cement flaunching on a stack in Low Haxby</figcaption></figure>
<p>${mLead}</p>
${mSecs
  .map(
    ([h, b]) => `<div class="mw-heading mw-heading2"><h2 id="${h}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Flaunching&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>
<p>${(b[0] ?? '').replace('[1]', '<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>')}</p>`,
  )
  .join('\n')}
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div><div class="mw-references-wrap"><ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span> <span class="reference-text">${mRef}</span></li></ol></div>
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories" title="Special:Categories">Categories</a>:
<ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was
last edited on 9 May 2025, at 16:40.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const wiki: TestPage = {
  name: 'heldout599-mediawiki-flaunching',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mSecs.map(([h]) => h), 'References'],
  body: texts([mLead, ...mSecs.flatMap(([, b]) => b), `^ ${mRef}`]),
  bylines: ['This page was last edited on 9 May 2025, at 16:40.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mNav, 'Wenmoor Building Wiki', 'Log in', 'Contents', '(Top)', 'Page', 'Discussion', 'Read', 'View source',
    'View history', 'From Wenmoor Building Wiki', 'Cracked cement flaunching on a stack in Low Haxby', 'edit', 'Categories', 'Chimneys', 'Roofing', 'Mortars',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

const hsw = (name: string, inner: string): string =>
  `<div id="hs_cos_wrapper_${name}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget"
data-hs-cos-type="module">${inner}</div>`;
const uTitle = 'How Much Does a Roof Survey Cost in 2026?';
const uIntro = [
  j(
    'A roof survey is the cheapest part of any roofing job, and the one most often skipped. Whether you are buying a house, chasing',
    'a leak or planning a re-roof, knowing the condition of what is up there saves guesswork on the quote.',
  ),
  'Here is what we charge, and what you get for it.',
];
const uRows = [
  ['Visual survey from the ground and loft', '£95', 'Written summary and photos'],
  ['Drone survey', '£165', 'Full aerial photo set and marked-up report'],
  ['Access survey from ladders or roof', '£220', 'Close inspection of flashings, valleys and fixings'],
  ['Pre-purchase roof report', '£295', 'Report suitable for your buyer or mortgage lender'],
];
const uAfterH = 'Is the survey fee refunded?';
const uAfter = j(
  'Yes. If you go ahead with work we quoted for within three months, the survey fee is taken off the final invoice. On a full re-roof',
  'that usually means the survey was free.',
);
const uWhenH = 'When should you book one?';
const uWhen = ['before buying a house older than 40 years', 'after a storm, even if nothing looks wrong', 'every five years on a flat roof'];
const uRelated = ['Drone roof surveys: what the photos show', 'Re-roofing a terrace: costs and timescales', 'Five signs your valleys need relining'];
const uNav = ['Roofing', 'Surveys', 'Commercial', 'Blog', 'Contact Us'];
const uTags = ['Roof Surveys', 'Costs'];
const uHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${uTitle}</title><meta name="description"
content="Roof survey prices from £95: visual, drone and access surveys.">
<link rel="shortcut icon" href="https://www.thornhill-roofing.co.uk/hubfs/favicon.png"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.thornhill-roofing.co.uk/hs-fs/hub/7714220/hub_generated/template_assets/1/101822/1712000000/template_main.min.css">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.thornhill-roofing.co.uk/blog/roof-survey-cost">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${uTitle}","author":{"@type":"Person","name":"Asha
Lindqvist"}}</script>
<script>var hsVars = {"portal_id":7714220,"app_hs_base_url":"https://app-eu1.hubspot.com","cp_hs_base_url":"https://cp-eu1.hubspot.com","language":"en-gb",
"analytics_page_type":"blog-post"};</script></head>
<body><div class="body-wrapper hs-content-id-158702233 hs-blog-post hs-blog-id-1290456">
<div data-global-resource-path="thornhill-theme/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to
content</a>
<div class="header__container content-wrapper"><div class="header__logo">${hsw(
  'site_logo',
  `<a href="/"><img
src="https://www.thornhill-roofing.co.uk/hubfs/logo.svg" alt="Thornhill Roofing"></a>`,
)}</div>
<div class="header__menu">${hsw(
  'navigation-primary',
  `<nav class="menu menu--desktop" aria-label="Main menu"><ul
class="menu__wrapper no-list">${links(uNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav>`,
)}</div>
<div class="header__search">${hsw(
  'site_search',
  `<div class="hs-search-field"><form data-hs-do-not-collect="true" action="/hs-search-results"><label
class="show-for-sr" for="term">Search</label><input type="text" id="term" class="hs-search-field__input" name="term"></form></div>`,
)}</div>
</div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article
class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${uTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/asha-lindqvist">Asha Lindqvist</a><time datetime="2026-04-02 08:30:00" class="blog-post__timestamp">Apr 2,
2026 9:30:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${uIntro.map((p) => `<p>${p}</p>`).join('\n')}
<!--more--><div class="hs-embed-wrapper" style="position: relative; overflow: hidden; width: 100%;"><table
style="border-collapse: collapse; table-layout: fixed; width: 100%;">
<thead><tr><th>Survey</th><th>Price (inc. VAT)</th><th>What you get</th></tr></thead><tbody>${trs(uRows)}</tbody></table></div>
<h2>${uAfterH}</h2><p>${uAfter}</p>
<h2>${uWhenH}</h2><ul>${lis(uWhen)}</ul>
<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-7e3a"><span class="hs-cta-node hs-cta-7e3a" id="hs-cta-7e3a">
<a href="https://cta-redirect.hubspot.com/cta/redirect/7714220/7e3a" class="cta_button">Book your roof survey</a></span></span><!-- end HubSpot
Call-to-Action Code -->
</span></div>
<div class="blog-post__tags"><svg version="1.0" role="img" aria-labelledby="tag1"><title id="tag1">Tag</title></svg>${uTags
  .map(
    (t) => `<a
class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase().replace(' ', '-')}" rel="tag">${t}</a>`,
  )
  .join(',\n')}</div>
</article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${uRelated
  .map(
    (t) => `<article
class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="/blog/${t.length}">${t}</a></h3></article>`,
  )
  .join('\n')}</div></section>
<div class="blog-comments">${hsw(
  'blog_comments',
  `<div class="section post-footer"><div id="comments-listing" class="new-comments"></div><h3
class="comment-form-title">Leave a comment</h3></div>`,
)}</div>
</div></div></main>
<div data-global-resource-path="thornhill-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
${hsw('footer_text', '<p>Thornhill Roofing Ltd · Registered in England 10993721 · 22 Quarry Road, Fellside FL2 6QA</p>')}
${hsw('footer_social', '<a href="https://www.facebook.com/thornhillroofing" class="social-links__link">Facebook</a>')}
<p class="footer__copyright">© 2026 Thornhill Roofing</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-mobile="true"><div
id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer to improve your experience.</p></div><div
id="hs-eu-cookie-confirmation-button-group">
<a aria-label="Accept" href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a aria-label="Decline" href="#" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script async defer src="//js-eu1.hs-scripts.com/7714220.js"></script>
</body></html>`;
const hubspot: TestPage = {
  name: 'heldout599-hubspot-roof-survey-cost',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: [uAfterH, uWhenH],
  body: texts([...uIntro, ...rowTexts(uRows), uAfter, ...uWhen]),
  bylines: ['Asha Lindqvist', 'Apr 2, 2026 9:30:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Surveys', 'Commercial', 'Blog', 'Contact Us', 'Search', 'Book your roof survey', 'Roof Surveys', 'Costs', 'Related posts', ...uRelated,
    'Leave a comment', 'Thornhill Roofing Ltd · Registered in England 10993721 · 22 Quarry Road, Fellside FL2 6QA', 'Facebook', '© 2026 Thornhill Roofing',
    'This website stores cookies on your computer to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT599_E: readonly TestPage[] = [wiki, hubspot];
