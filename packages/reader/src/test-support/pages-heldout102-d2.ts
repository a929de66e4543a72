import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 102, file d2: a wikiHow article (header with search and the "Explore" menu, breadcrumbs, the h1, the
 * co-author byline with "Last Updated" and view count, the intro, "Part 1 / Part 2" step sections with numbered steps, bold
 * lead sentences and reference marks with hidden "X Research source" tooltips, an expert quote box, Tips and Warnings,
 * "Things You'll Need", references, the "About This Article" box, "Did this article help you?", Community Q&A, the
 * newsletter box, related articles and the footer).
 */
const whTitle = 'How to Overwinter Dahlia Tubers';
const whIntro = [
  'Dahlias flower from midsummer until the first frost, but their tubers cannot survive freezing soil. In most cold-winter ' +
    'gardens the only way to keep a favourite variety from year to year is to dig the tubers up in autumn and store them ' +
    'somewhere cool and dry. It takes an afternoon and a few boxes, and done well, a single clump can give you three or four ' +
    'plants the next spring.',
];
const whPart1 = 'Lifting the Tubers';
const whSteps1 = [
  '<b class="whb">Wait for the first frost to blacken the foliage.</b> A light frost tells the plant to stop growing and helps ' +
    'the tuber skins toughen. Dig within a week afterwards, before the ground freezes hard.',
  '<b class="whb">Cut the stems back to about 15 cm (6 in).</b> Leave enough stem to use as a handle and to hold a label. ' +
    'Write the variety name on the label now; once the leaves are gone, every dahlia looks the same.',
  '<b class="whb">Loosen the soil in a wide circle with a garden fork.</b> Start about 30 cm (12 in) from the stem and work ' +
    'inwards. The necks that join the tubers to the stem snap easily, so lift the whole clump gently rather than pulling.',
];
const whPart2 = 'Drying and Storing';
const whSteps2 = [
  '<b class="whb">Rinse off the soil and let the clumps dry upside down.</b> Stand them stem-down in a shed or garage for a ' +
    'day or two so water drains out of the hollow stems, which otherwise rot from the inside.',
  '<b class="whb">Pack the tubers in a box of slightly damp material.</b> Peat-free compost, vermiculite or wood shavings all ' +
    'work. The tubers should not touch each other, so that if one rots it does not spread.',
  '<b class="whb">Store the box somewhere between 4 and 10 °C (40 and 50 °F).</b> An unheated garage, cellar or frost-free ' +
    'shed is ideal. Check once a month and remove any tuber that has gone soft or mouldy.',
];
const whExpert = [
  '“If the tubers look shrivelled by midwinter, mist the packing lightly. If they look fat and shiny, they are probably too ' + 'wet and need more air.”',
];
const whExpertName = 'Ilse Brandvold';
const whExpertRole = 'Master Gardener';
const whTipsH = 'Tips';
const whTips = [
  'Divide the clumps in spring rather than in autumn. The eyes that show where new shoots will grow are much easier to see after storage.',
  'Dust cut surfaces with sulfur powder if your storage area tends to be damp.',
];
const whWarnH = 'Warnings';
const whWarn = ['Do not store tubers in sealed plastic bags. Trapped moisture causes rot within weeks.'];
const whNeedH = 'Things You’ll Need';
const whNeed = ['Garden fork', 'Secateurs', 'Plant labels and a pencil', 'Cardboard or wooden boxes', 'Peat-free compost, vermiculite or wood shavings'];
const whRefs = ['https://www.rhs.example/plants/dahlias/storing', 'https://extension.example.edu/dahlia-tubers-winter-care'];
const whNav = ['Browse Articles', 'Learn Something New', 'Quizzes', 'Hot', 'Train Your Brain', 'Play Games', 'Courses'];
const whCrumbs = ['Home', 'Categories', 'Home and Garden', 'Gardening', 'Flowers'];
const whRelated = ['How to Grow Dahlias', 'How to Divide Dahlia Tubers', 'How to Store Gladiolus Corms', 'How to Protect Plants from Frost'];
const whFoot = ['Home', 'About wikiHow', 'Experts', 'Jobs', 'Contact Us', 'Site Map', 'Terms of Use', 'Privacy Policy', 'Do Not Sell or Share My Info'];
const whQ = 'Can I leave dahlias in the ground if I mulch them heavily?';
const whA = 'In mild areas where the ground rarely freezes, a thick mulch of 15 cm or more often works. In colder gardens most tubers will be lost.';
const whRef = (
  n: number,
): string => `<sup class="reference" id="_ref-${n}"><a href="#_note-${n}">[${n}]</a></sup><span class="reference_tooltip" style="display:none">
<span class="reference_tooltip_type">X Research source</span><a href="${whRefs[n - 1]}" target="_blank" rel="nofollow">Go to source</a></span>`;
const whStep = (
  t: string,
  i: number,
  part: number,
): string => `<li id="step-id-${part}${i}"><div class="mwimg largeimage"><a href="/Image:Overwinter-Dahlia-Step-${i + 1}"
class="image lightbox"><img alt="Image titled Overwinter Dahlia Tubers Step ${i + 1}" src="https://www.wikihow.com/images/thumb/s${i}.jpg"></a></div>
<div class="step_num" aria-label="Step ${i + 1}">${i + 1}</div><div class="step">${t}${i === 0 ? whRef(part) : ''}</div><div class="clearall"></div></li>`;
const whPart = (n: number, t: string, steps: readonly string[]): string => `<div class="section steps${n === 1 ? ' steps_first' : ''}" id="steps_${n}"><h3
class="section_head"><div class="altblock"><span>Part</span> <span>${n}</span></div><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span></h3>
<div class="section_text"><ol class="steps_list_2">${steps.map((s, i) => whStep(s, i, n)).join('\n')}</ol></div></div>`;
const whList = (h: string, id: string, items: readonly string[]): string => `<div class="section ${id} sticky" id="${id}"><h2><span class="mw-headline"
id="${h.replace(/ /g, '_')}">${h}</span></h2><div class="section_text"><ul>${items.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></div>`;
const whHtml = `<!DOCTYPE html>
<html lang="en" class="whResponsive"><head><meta charset="utf-8"><title>How to Overwinter Dahlia Tubers: 6 Steps (with Pictures) - wikiHow</title>
<meta name="description" content="Dahlias flower from midsummer until the first frost, but their tubers cannot survive freezing soil.">
<meta property="og:title" content="How to Overwinter Dahlia Tubers"><meta property="og:site_name" content="wikiHow">
<link rel="canonical" href="https://www.wikihow.com/Overwinter-Dahlia-Tubers"><script
type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo",
"name":"How to Overwinter Dahlia Tubers","step":[{"@type":"HowToSection","name":"Lifting the Tubers","position":1},{"@type":"HowToSection",
"name":"Drying and Storing","position":2}]}</script><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
"headline":"How to Overwinter Dahlia Tubers","dateModified":"2025-10-09","author":{"@type":"Person","name":"Ilse Brandvold"}}</script>
<script>var wgWikiHowAds=1;window.WH=window.WH||{};</script><script async src="https://www.wikihow.com/extensions/wikihow/ads/adsense.js"></script></head>
<body class="mediawiki ltr sitedir-ltr ns-0 page-Overwinter_Dahlia_Tubers skin-owl action-view" data-ads="1"><div id="header_container"><div id="header"
class="cw"><a href="/Main-Page" id="logo_link" class="logo"><img src="/skins/owl/images/wikihow_logo.svg" alt="wikiHow: How-to instructions you can trust."></a>
<div class="wh_search"><form action="/wikiHowTo" class="search" role="search"><input type="text" class="search_box" name="search" placeholder="Search"
aria-label="Search"><button type="submit" class="search_button" aria-label="Search"></button></form></div><nav id="actionbar" role="navigation">
<div class="menu" id="explore-menu"><a href="/Special:CategoryListing" class="nav" role="button">Explore</a><ul class="menu_items">${links(whNav)}</ul></div>
<div class="menu" id="login_menu"><a href="/Special:UserLogin" class="nav">Log in</a></div></nav></div></div>
<div id="main_container" class="main_with_sidebar"><div id="main" role="main"><div id="breadcrumb_container"><ul id="breadcrumb"
class="breadcrumbs">${links(whCrumbs)}
</ul></div><div id="intro" class="section intro"><h1 class="title_lg" id="section_0"><a
href="https://www.wikihow.com/Overwinter-Dahlia-Tubers">${whTitle}</a></h1>
<div class="coauthor_byline" id="coauthor_byline"><div class="byline_info"><span class="byline_info_item">Co-authored by <a href="#sourcesandcitations"
class="coauthor_link">${whExpertName}</a></span> <span class="byline_info_item byline_lastupdated">Last Updated: October 9, 2025</span><span
class="byline_info_item">References</span></div></div><div class="mf-section-0">${whIntro.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="summary_links"><a href="#steps_1" class="section_nav">Part 1</a> <a href="#steps_2" class="section_nav">Part 2</a> <a href="#qa_headline"
class="section_nav">Community Q&amp;A</a></div><div id="ad_intro" class="wh_ad_inner" data-service="dfp"><div class="ad_label">Advertisement</div></div></div>
<div id="steps_header"><h2 class="section_head"><span class="mw-headline">Steps</span></h2></div>
${whPart(1, whPart1, whSteps1)}
<div class="expert_coauthor_quote"><div class="ecq_label">Expert Quote</div><blockquote class="ecq_text"><p>${whExpert[0]}</p></blockquote><div
class="ecq_name">
${whExpertName}</div><div class="ecq_role">${whExpertRole}</div></div>
${whPart(2, whPart2, whSteps2)}
<div id="ad_steps_end" class="wh_ad_inner"><div class="ad_label">Advertisement</div></div>
<div class="section qa" id="qa"><h2><span class="mw-headline" id="qa_headline">Community Q&amp;A</span></h2><div class="qa_list"><div class="qa_li"><div
class="qa_q_txt">${whQ}</div><div class="qa_answer"><div class="qa_a_txt">${whA}</div><div class="qa_helpful"><span>Thanks!</span> <span>Helpful 12</span>
<span>Not Helpful 1</span></div></div></div></div><form class="qa_ask"><label for="qa_ask_input">Ask a Question</label><textarea id="qa_ask_input"
placeholder="200 characters left"></textarea><button type="submit">Submit</button></form></div>
${whList(whTipsH, 'tips', whTips)}
${whList(whWarnH, 'warnings', whWarn)}
${whList(whNeedH, 'thingsyoullneed', whNeed)}
<div class="section sourcesandcitations" id="sourcesandcitations"><h2><span class="mw-headline" id="References">References</span></h2><div class="section_text">
<ol class="references">${whRefs
  .map(
    (r, i) => `<li id="_note-${i + 1}"><a href="${r}" rel="nofollow"
class="external free">${r}</a></li>`,
  )
  .join('')}</ol></div></div>
<div class="section aboutthisarticle" id="aboutthisarticle"><h2><span class="mw-headline">About This Article</span></h2><div class="section_text"><div
class="sp_intro">Co-authored by:</div><div class="sp_name">${whExpertName}</div><div class="sp_role">${whExpertRole}</div><p class="sp_text">This article was
co-authored by Ilse Brandvold. Ilse Brandvold is a Master Gardener who has volunteered with the Tromsdal County extension service for 14 years.</p><p
class="sp_views">This article has been viewed 48,210 times.</p></div></div>
<div id="article_rating" class="article_rating"><h2>Did this article help you?</h2><button class="ar_yes">Yes</button><button class="ar_no">No</button></div>
</div><div id="sidebar" role="complementary"><div id="sidebar_newsletter" class="sidebox"><p class="nl_head">Get all the best how-tos!</p><p>Sign up for
wikiHow’s
weekly email newsletter</p><form><input type="email" placeholder="Email"><button type="submit">Subscribe</button></form></div><div id="side_related_articles"
class="sidebox related_articles"><h3>You Might Also Like</h3><ul>${links(whRelated, 'related_article')}</ul></div><div id="ad_rr" class="wh_ad_inner">
<div class="ad_label">Advertisement</div></div></div></div>
<div id="footer_container"><div id="footer" role="contentinfo"><div id="footer_links"><ul>${links(whFoot)}</ul></div><p id="footer_tag">wikiHow is where
trusted research and expert knowledge come together.</p></div></div>
<div id="gdpr" class="gdpr_banner" style="display:none"><p>We use cookies to make wikiHow great. By using our site, you agree to our cookie policy.</p>
<a href="/wikiHow:Cookie-Policy">Cookie Settings</a><button>Accept</button></div></body></html>`;
export const wikihow: TestPage = {
  html: whHtml,
  name: 'heldout102-wikihow-howto-blog',
  kind: 'blog',
  // the "Part N" labels, step numbers, image alts, reference marks and their hidden tooltips are in neither list or
  // furniture; the expert quote is body, its label, name and role furniture; the part names, Tips, Warnings and "Things
  // You'll Need" are headings; Community Q&A (reader content on a how-to page), references and "About This Article" are furniture
  title: whTitle,
  headings: [whPart1, whPart2, whTipsH, whWarnH, whNeedH],
  body: texts([...whIntro, ...whSteps1, ...whExpert, ...whSteps2, ...whTips, ...whWarn, ...whNeed]),
  bylines: ['Co-authored by Ilse Brandvold', whExpertName, 'Last Updated: October 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Explore', ...whNav, 'Log in', ...whCrumbs, 'References', 'Part 1', 'Part 2', 'Community Q&A', 'Advertisement', 'Steps', 'X Research source',
'Go to source',
    'Expert Quote', whExpertRole, whQ, whA, 'Thanks!', 'Helpful 12', 'Not Helpful 1', 'Ask a Question', 'Submit', ...whRefs, 'About This Article',
    'Co-authored by:', 'This article was co-authored by Ilse Brandvold. Ilse Brandvold is a Master Gardener who has volunteered with the Tromsdal County ' +
    'extension service for 14 years.', 'This article has been viewed 48,210 times.', 'Did this article help you?', 'Yes', 'No', 'Get all the best how-tos!',
    'Sign up for wikiHow’s weekly email newsletter', 'Subscribe', 'You Might Also Like', ...whRelated, ...whFoot.filter((t) => t !== 'Home'),
    'wikiHow is where trusted research and expert knowledge come together.',
'We use cookies to make wikiHow great. By using our site, you agree to our cookie policy.',
    'Cookie Settings', 'Accept',
  ],
};
