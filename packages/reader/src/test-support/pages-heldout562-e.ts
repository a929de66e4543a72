import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout562-kit.js';

/**
 * Held-out batch 562, file e: a club article on a regional golf wiki (MediaWiki, Vector 2022) with an infobox, edit links and
 * categories, and a driving range case study on a HubSpot CMS blog with a CTA, a subscribe form and a cookie banner.
 */
const kTitle = 'Kestrel Down Golf Club';
const kLead = j(
  'Kestrel Down Golf Club is a downland golf club on the chalk ridge above Hamblebury. Its 18-hole course, opened in 1924,',
  'is one of the highest in the county and is known for its views and its exposure to wind.',
);
const kSecs: [string, string[]][] = [
  [
    'History',
    [
      j(
        'The club was founded by a group of farmers and solicitors from Hamblebury, who leased 140 acres of sheep pasture from the',
        'Corley estate. The first nine holes opened in 1924 and the second nine in 1931.',
      ),
      'During the Second World War the lower fairways were ploughed for barley; the course was restored and reopened in full in 1949.',
    ],
  ],
  [
    'The course',
    [
      j(
        'The course measures 6,412 yards from the back tees and has a par of 70. There are few trees; the main hazards are the',
        'grass-faced bunkers, the slopes of the ridge and the prevailing south-westerly.',
      ),
      "The 7th, known as the Beacon, is played from the highest point of the course and is the club's signature hole.",
    ],
  ],
  ['Notable competitions', ["The club has hosted the county men's championship four times and the county ladies' foursomes twice."]],
];
const kComps = ["County Men's Championship: 1958, 1977, 1996, 2014", "County Ladies' Foursomes: 1983, 2009"];
const kInfo = ['Founded', '1923', 'Holes', '18', 'Par', '70', 'Length', '6,412 yards', 'Type', "Private members' club"];
const kNav = ['Main page', 'Recent changes', 'Random page', 'Help'];
const kCats = ['Categories', 'Golf clubs in Hamblebury district', 'Downland courses', 'Founded in 1923'];
const kFoot = [
  'This page was last edited on 4 August 2026, at 19:12.',
  'Text is available under the Creative Commons Attribution-ShareAlike License.',
  'Privacy policy',
  'About Golfpedia',
  'Disclaimers',
];
const edit =
  '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?action=edit&amp;section=1">edit</a>' +
  '<span class="mw-editsection-bracket">]</span></span>';
const kHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${kTitle} - Golfpedia</title><script>(function(){var className="client-js vector-feature-language-in-header-enabled";
document.documentElement.className=className;
}());RLCONF={"wgPageName":"Kestrel_Down_Golf_Club","wgTitle":"${kTitle}","wgNamespaceNumber":0,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="edit" title="Edit" href="/index.php?title=Kestrel_Down_Golf_Club&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Kestrel_Down_Golf_Club
rootpage-Kestrel_Down_Golf_Club
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header
mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown">
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(kNav, 'mw-list-item')}</ul></div></div></nav><a href="/wiki/Main_Page"
class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Golfpedia</strong></span></a></div><div
class="vector-header-end"><div id="p-search"
role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform" class="cdx-search-input"><input type="search"
name="search"
placeholder="Search Golfpedia" aria-label="Search Golfpedia"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin">Log
in</a></li>
</ul></nav></div></header></div><div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div
class="vector-toc-landmark">
<nav id="vector-toc" class="vector-toc vector-pinnable-element" aria-label="Contents"><div class="vector-pinnable-header"><h2
class="vector-pinnable-header-label">Contents
</h2></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li class="vector-toc-list-item"><a class="vector-toc-link" href="#"><div
class="vector-toc-text">(Top)
</div></a></li>${kSecs
  .map(
    ([h], i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}"><div
class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('')}</ul></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${kTitle}</span></h1></header><div class="vector-page-toolbar"><nav
aria-label="Namespaces"
class="vector-menu vector-menu-tabs"><ul><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Kestrel_Down_Golf_Club">Page</a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Kestrel_Down_Golf_Club">Discussion</a></li></ul></nav><nav aria-label="Views"
class="vector-menu vector-menu-tabs"><ul><li id="ca-view" class="selected mw-list-item"><a href="/wiki/Kestrel_Down_Golf_Club">Read</a></li><li id="ca-edit"
class="mw-list-item"><a href="/index.php?action=edit">Edit</a></li><li id="ca-history" class="mw-list-item"><a href="/index.php?action=history">View
history</a></li>
</ul></nav></div><div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Golfpedia, the golf wiki</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output"><table class="infobox vcard"><tbody>
<tr><th colspan="2" class="infobox-above fn">${kTitle}</th></tr><tr><td colspan="2" class="infobox-image"><img
src="/images/thumb/kestrel-down.jpg/250px.jpg" alt=""
width="250" height="166"><div class="infobox-caption">The 7th green, with the Beacon behind</div></td></tr>
${[0, 2, 4, 6, 8].map((i) => `<tr><th scope="row" class="infobox-label">${kInfo[i]}</th><td class="infobox-data">${kInfo[i + 1]}</td></tr>`).join('\n')}
</tbody></table><p><b>${kTitle}</b>${kLead.slice(kTitle.length)}</p><meta property="mw:PageProp/toc">
${kSecs.map(([h, p]) => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2>${edit}</div>\n${ps(p)}`).join('\n')}
<ul>${lis(kComps)}</ul></div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="/index.php?title=Kestrel_Down_Golf_Club&amp;oldid=20417">https://golfpedia.example/index.php?title=Kestrel_Down_Golf_Club&amp;oldid=20417</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">${kCats[0]}</a>: <ul>${links(kCats.slice(1))}</ul></div></div></div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod">${kFoot[0]}</li>
<li id="footer-info-copyright">${kFoot[1]}</li></ul><ul id="footer-places">${links(kFoot.slice(2))}</ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const wikiClub: TestPage = {
  name: 'heldout562-mediawiki-kestrel-down',
  kind: 'wiki',
  html: kHtml,
  title: kTitle,
  headings: kSecs.map((s) => s[0]),
  body: [kLead, ...kSecs.flatMap((s) => s[1]), ...kComps],
  bylines: [kFoot[0] ?? ''],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', ...kNav, 'Golfpedia', 'Search', 'Log in', 'Contents', '(Top)', ...kSecs.map((s, i) => `${i + 1} ${s[0]}`), 'Page', 'Discussion',
    'Read', 'Edit', 'View history', 'From Golfpedia, the golf wiki', 'The 7th green, with the Beacon behind', ...kInfo, '[edit]', ...kCats, ...kFoot.slice(1),
  ],
};

const hTitle = 'How Sandhurst Road Driving Range cut ball loss by 40% in one season';
const hParas = [
  j(
    'Sandhurst Road is a 36-bay, two-tier range on the edge of a business park. Until last year it was losing around 18,000',
    'balls a season, most of them over the back netting or into the drainage ditch along the right of the outfield.',
  ),
  'The problem',
  j(
    'Ball loss was costing the range about £9,000 a year in replacements, and the dispenser regularly ran short on busy weekend',
    'evenings, which meant customers waited for the picker to finish a run.',
  ),
  'What changed',
  'Netting at the back of the outfield was raised from 18 to 30 metres on the two most exposed sections.',
  'Every ball was tagged so that the dispenser and the collection system could count what went out and what came back.',
  'The picker route was moved to run every 90 minutes instead of twice a day.',
  'The results',
  j(
    'Over the 2026 season the range lost 10,700 balls, a fall of 40 per cent. Dispenser shortages dropped from 23 evenings to',
    'two, and the manager now knows within a day when a batch of balls is going missing.',
  ),
  '"We thought the answer was more balls. It turned out to be knowing where they were going." — Priya Lambert, range manager',
];
const hNav = ['Products', 'Solutions', 'Case studies', 'Pricing', 'Blog'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle}</title><meta name="description" content="A case study on range ball tracking.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:type" content="article"><link rel="canonical" href="https://blog.rangetrak.io/sandhurst-road-ball-loss">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Dan Okoro"}}</script>
<link rel="stylesheet" href="https://blog.rangetrak.io/hubfs/hub_generated/template_assets/1/main.min.css"></head>
<body><div class="body-wrapper hs-content-id-1422 hs-blog-post hs-blog-id-9981"><div data-global-resource-path="rangetrak/templates/partials/header.html">
<a href="#main-content" class="header__skip">Skip to content</a><header class="header"><div class="header__container content-wrapper"><div class="header__logo">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget"
data-hs-cos-type="logo"><a href="https://www.rangetrak.io" id="hs-link-site_logo"><img src="/hubfs/rangetrak-logo.svg" alt="RangeTrak"
class="hs-image-widget"></a>
</span></div><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper
no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}
</ul></nav><div class="header__button"><a href="/demo" class="button">Book a demo</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article
class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/author/dan-okoro">Dan Okoro</a><time datetime="2027-01-20 09:00:00"
class="blog-post__timestamp">Jan 20, 2027 9:00:00 AM</time></div><div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper
hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps([hParas[0] ?? ''])}
<!--more--><h2>${hParas[1]}</h2>${ps([hParas[2] ?? ''])}<h2>${hParas[3]}</h2><ul>${lis(hParas.slice(4, 7))}</ul><h2>${hParas[7]}</h2>${ps([hParas[8] ?? ''])}
<blockquote><p>${hParas[9]}</p></blockquote>
<div class="hs-cta-embed hs-cta-simple-placeholder hs-cta-embed-171" style="max-width:100%;"><a href="/cs/c/?cta_guid=7a1b&amp;signature=AAH58kF"
target="_blank"
rel="noopener">Download the full case study</a></div></span></div><div class="blog-post__tags"><span id="hs_cos_wrapper_blog_post_tags">Tags:</span>
<a class="blog-post__tag-link" href="/tag/case-studies">Case studies</a></div></article>
<section class="blog-subscribe"><h3>Subscribe to the RangeTrak blog</h3><span id="hs_cos_wrapper_blog_subscription" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_blog_subscribe"><div id="hs_form_target_blog_subscription_1"><form class="hs-form stacked"><div class="hs_email hs-email hs-form-field">
<label for="email-1"><span>Email</span><span class="hs-form-required">*</span></label><input id="email-1" class="hs-input" type="email" name="email"></div>
<div class="hs_submit hs-submit"><input type="submit" value="Subscribe" class="hs-button primary large"></div></form></div></span></section>
</div></div></main><footer class="footer"><div class="footer__container content-wrapper"><p>© 2027 RangeTrak Ltd. Registered in England and Wales.</p>
<ul class="footer-links">${links(['Privacy', 'Terms', 'Contact'])}</ul></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner"><div
id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer to improve your experience.</p></div><div
id="hs-en-cookie-confirmation-buttons-area">
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/scriptloader/9981.js" async defer></script></body></html>`;
const hubspotCase: TestPage = {
  name: 'heldout562-hubspot-ball-loss',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [hParas[1] ?? '', hParas[3] ?? '', hParas[7] ?? ''],
  body: texts(hParas.filter((_, i) => ![1, 3, 7].includes(i))),
  bylines: ['Dan Okoro', 'Jan 20, 2027 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Book a demo', 'Download the full case study', 'Tags:', 'Subscribe to the RangeTrak blog', 'Email*',
    '© 2027 RangeTrak Ltd. Registered in England and Wales.', 'Privacy', 'Terms', 'Contact',
    'This website stores cookies on your computer to improve your experience.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT562_E: readonly TestPage[] = [wikiClub, hubspotCase].map(settle);
