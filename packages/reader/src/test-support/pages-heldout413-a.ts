import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout413-kit.js';
import { blogger } from './pages-heldout413-a2.js';

/**
 * Held-out batch 413, file a: a Ravelry-style pattern page (site header and tabs, breadcrumbs, photo strip, pattern
 * attributes panel, the designer's notes as the article, "buy it now" box, tags, projects and "more from this designer"
 * rails, forum mentions, footer) and, from file a2, a Blogger knitting blog's free pattern post.
 */
const rTitle = 'Saltmarsh Cowl';
const rIntro = [
  `Saltmarsh is a deep, squishy cowl worked in the round from the bottom up, with a band of slipped-stitch texture that
looks like reeds leaning in the wind. It is a good first project for knitters who have done a hat or two and want to try
slipped stitches without juggling more than one colour at a time.`,
  `The cowl is long enough to wrap twice for a snug fit under a coat collar, or to wear once as a loose, drapey loop. The
fabric has plenty of body, so it keeps its shape on a windy walk along the estuary.`,
];
const rSizesH = 'Sizes';
const rSizes = [
  `Short (Long): circumference 58 (124) cm, height 24 cm. The short version uses about 180 m of yarn; the long version uses about
390 m.`,
];
const rMatH = 'Materials';
const rMat = [
  '2 (4) skeins of Tidewater Merino DK, 100 m per 50 g skein, shown in colourway Samphire',
  '4.5 mm (US 7) circular needle, 60 cm long, or the size needed to match gauge',
  'One stitch marker and a tapestry needle for weaving in ends',
];
const rNoteH = 'Pattern notes';
const rNotes = [
  `Slip all stitches purlwise with the yarn held at the back of the work unless the chart says otherwise. The slipped stitches
pull the rows together, so the texture band will look narrower than the plain sections until it is blocked.`,
  `The pattern includes both written instructions and a chart for the reed band. The chart is read from right to left on every
round, because the cowl is worked in the round.`,
  `Gauge is not critical for a cowl, but a looser fabric will use more yarn. Wet block the finished piece and lay it flat to dry,
patting the texture band into an even height.`,
  `A printable one-page summary of the reed band chart is included at the end of the PDF, along with a blank row counter you can
tick off as you go. Questions about the pattern are welcome in the Fenwick Row group, where I answer most posts within a day.`,
];
const rAll = [...rIntro, ...rSizes, ...rMat, ...rNotes];
const rNav = ['patterns', 'yarns', 'people', 'groups', 'forums', 'my notebook'];
const rTabs = ['overview', 'projects', 'comments', 'forums', 'editors'];
const rCrumbs = ['patterns', 'Fenwick Row Knits', 'Saltmarsh Cowl'];
const rTags = ['cowls', 'in-the-round', 'slipped-stitches', 'textured', 'unisex', 'one-colour'];
const rMore = ['Estuary Mitts', 'Heron Hat', 'Low Tide Shawl', 'Brackwater Socks'];
const rForum = ['Saltmarsh KAL, week two: who is on the reed band?', 'Yarn subs for Saltmarsh in a cotton blend?'];
const rFoot = ['About Ravelry', 'Advertising', 'Blog', 'Contact Us', 'Terms of Service', 'Privacy', 'Cookie Preferences', 'Accessibility'];
const rHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8">
<title>Ravelry: Saltmarsh Cowl pattern by Maren Holloway</title>
<meta name="description" content="Saltmarsh is a deep, squishy cowl worked in the round from the bottom up.">
<meta property="og:title" content="Saltmarsh Cowl pattern by Maren Holloway"><meta property="og:type" content="article">
<meta property="og:image" content="https://images4-f.ravelrycache.example/uploads/fenwickrow/812/saltmarsh_medium2.jpg">
<meta name="twitter:site" content="@ravelry"><link rel="canonical" href="https://www.ravelry.example/patterns/library/saltmarsh-cowl">
<link rel="stylesheet" href="/stylesheets/ravelry_legacy.css?v=2741"><link rel="stylesheet" href="/stylesheets/ravelry_components.css?v=2741">
<script>window.RavelryThing = { user: null, flags: {"kal": true, "patterns_v2": false} };</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CreativeWork","name":"Saltmarsh Cowl",
"author":{"@type":"Person","name":"Maren Holloway"},"datePublished":"2025-10-14"}</script></head>
<body class="patterns show logged_out"><div id="page">
<div id="header" class="header--sticky"><div class="header__logo"><a href="/" class="logo">Ravelry</a></div>
<ul id="navigation" class="navigation">${links(rNav, 'navigation__item')}</ul>
<form id="search_form" class="header__search"><input type="search" name="q" placeholder="search patterns" aria-label="search"></form>
<div class="header__login"><a href="/account/login" class="button--minimal">sign in</a></div></div>
<div id="content" class="content pattern"><div class="breadcrumbs"><ul class="breadcrumbs__list">${links(rCrumbs, 'breadcrumbs__item')}</ul></div>
<ul class="tabs tabs--pattern">${links(rTabs, 'tabs__tab')}</ul>
<div id="main" class="core_item"><div class="heading"><h1 class="core_item__title">${rTitle}</h1>
<div class="pattern_designer">by <a href="/designers/maren-holloway">Maren Holloway</a></div></div>
<div class="photos_block"><div class="photos_block__photo"><img src="https://images4-f.ravelrycache.example/uploads/fenwickrow/812/saltmarsh_medium2.jpg"
alt="Saltmarsh cowl in green yarn"></div><div class="photos_block__caption">Shown in Tidewater Merino DK, colourway Samphire</div>
<div class="photos_block__credit">photo © Fenwick Row Knits</div></div>
<div class="core_item_content"><div class="core_item_content__attributes"><table class="pattern_attributes"><tbody>
<tr><td class="label">Craft</td><td>Knitting</td></tr><tr><td class="label">Category</td><td>Neck / Torso → Cowl</td></tr>
<tr><td class="label">Published</td><td>October 2025</td></tr><tr><td class="label">Suggested yarn</td><td>Tidewater Merino DK</td></tr>
<tr><td class="label">Yarn weight</td><td>DK (11 wpi)</td></tr><tr><td class="label">Gauge</td><td>20 stitches = 10 cm</td></tr>
<tr><td class="label">Needle size</td><td>4.5 mm</td></tr><tr><td class="label">Yardage</td><td>180 - 390 m</td></tr>
<tr><td class="label">Languages</td><td>English</td></tr></tbody></table></div>
<div class="buy_box"><div class="price">5.50 EUR</div><a href="/purchase/fenwickrow/812" class="button--buy">buy it now</a>
<p class="buy_box__note">You do not need to be a Ravelry member to purchase this pattern.</p></div>
<div class="notes markdown">
${ps(rIntro)}
<h3>${rSizesH}</h3>
${ps(rSizes)}
<h3>${rMatH}</h3>
<ul>${lis(rMat)}</ul>
<h3>${rNoteH}</h3>
${ps(rNotes)}
</div>
<div class="tags"><h4 class="tags__title">tags</h4><ul class="tags__list">${links(rTags, 'tag')}</ul></div>
<div class="stats"><span class="stats__projects">412 projects</span> <span class="stats__queued">2,108 in queues</span>
<span class="stats__favs">3,577 favorites</span></div></div></div>
<div id="sidebar" class="sidebar"><div class="sidebar__box"><h4>more from Maren Holloway</h4><ul class="thumb_list">${links(rMore, 'thumb')}</ul></div>
<div class="sidebar__box"><h4>in the forums</h4><ul class="forum_mentions">${links(rForum)}</ul></div>
<div class="sidebar__box ad"><span class="ad__label">advertisement</span><div id="div-gpt-ad-rav-sidebar" class="ad__slot"></div></div></div></div>
<div id="footer" class="footer"><ul class="footer__links">${links(rFoot)}</ul><p class="footer__copy">© 2026 Ravelry LLC. All rights reserved.</p></div>
<div id="cookie_consent" class="cookie_consent"><p>Ravelry uses cookies to keep you signed in and to understand how the site is used.</p>
<button class="button--primary">Accept</button> <button class="button--minimal">Manage settings</button></div></div>
<script src="/javascripts/ravelry_bundle.js?v=2741" defer></script></body></html>`;
const ravelry: TestPage = {
  name: 'heldout413-ravelry-pattern',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: [rSizesH, rMatH, rNoteH],
  body: texts(rAll),
  bylines: ['Maren Holloway'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ravelry', ...rNav, 'sign in', ...rCrumbs.slice(0, 2), ...rTabs, 'Shown in Tidewater Merino DK, colourway Samphire', 'photo © Fenwick Row Knits',
    '5.50 EUR', 'buy it now', 'You do not need to be a Ravelry member to purchase this pattern.', 'tags', ...rTags, '412 projects', '2,108 in queues',
    '3,577 favorites', 'more from Maren Holloway', ...rMore, 'in the forums', ...rForum, 'advertisement', ...rFoot,
    '© 2026 Ravelry LLC. All rights reserved.', 'Ravelry uses cookies to keep you signed in and to understand how the site is used.', 'Accept',
    'Manage settings',
  ],
};

export const HELDOUT413_A: readonly TestPage[] = [ravelry, blogger];
