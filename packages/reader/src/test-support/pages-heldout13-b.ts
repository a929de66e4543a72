import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 13, file b: an encyclopedia article in the style of Britannica (topic identifier, "Written by /
 * Fact-checked by" byline, article contents, Key People and Related Topics facts, Cite tool, inline ads, a quiz promo,
 * "More From Britannica") and a wikiHow-style how-to (method tabs, numbered steps with bold headlines, images, Tips,
 * Warnings, Things You'll Need, references, co-author box, "Was this article helpful?", reader success stories).
 */
const brTitle = 'Merrow Canal';
const brIntro = [
  '<strong>Merrow Canal</strong>, inland waterway in the English Midlands, running about 46 miles (74 km) from the River Trent near ' +
    'Hensby to the coalfields around Aldersholt. Built between 1791 and 1804, it carried coal, limestone and pottery clay for more than a ' +
    'century before railway competition and mining subsidence brought traffic to an end. Much of its length has since been restored for ' +
    'leisure boating.',
];
const brBuilt = [
  'The canal was promoted by a group of colliery owners and potters who wanted a cheaper route to the Trent than the turnpike roads. An ' +
    'act of Parliament authorizing construction was passed in 1790, and the company appointed <a href="/biography/Thomas-Arkwell" ' +
    'class="md-crosslink">Thomas Arkwell</a> as its engineer. Arkwell chose a contour route that followed the valley of the River Merrow for ' +
    'most of its length, which kept the number of <a href="/technology/lock-canal" class="md-crosslink">locks</a> to 31 but made the canal ' +
    'notably winding.',
  'The most difficult work was at Coldbrook, where a tunnel 1,420 yards (1,298 metres) long had to be driven through clay and sandstone. ' +
    'Flooding stopped work twice, and the tunnel was completed only in 1803, a year after Arkwell’s death, under his assistant Jane Sutter. ' +
    'It had no towpath; boats were legged through by men lying on their backs and pushing against the walls with their feet.',
];
const brTrade = [
  'At its peak in the 1840s the canal carried more than 600,000 tons a year, most of it coal bound for towns along the Trent. Return ' +
    'cargoes included grain, timber and bricks. The company paid dividends of up to 11 percent, among the highest of any English canal.',
  'The opening of the Aldersholt and Trent Railway in 1852 cut traffic sharply, and the canal company sold the waterway to the railway ' +
    'in 1861. Under railway ownership maintenance was reduced, and subsidence from mining beneath the summit level caused repeated breaches. ' +
    'The last commercial cargo passed through Coldbrook Tunnel in 1931, and the upper section was formally abandoned in 1944.',
];
const brRestore = [
  'A society formed in 1967 to campaign for the canal’s reopening began clearing the lower locks with volunteer labour. Hensby Locks were ' +
    'reopened in 1978, and the restoration of Coldbrook Tunnel, which required relining about a third of its length, was completed in 2009. ' +
    'By 2024 about 38 miles (61 km) of the canal were navigable, and work continued on the final section to Aldersholt.',
];
const brNav = ['History & Society', 'Science & Tech', 'Biographies', 'Animals & Nature', 'Geography & Travel', 'Arts & Culture', 'Games & Quizzes'];
const brHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Merrow Canal | History, Locks, &amp; Restoration | Britannica</title>
<meta name="description" content="Merrow Canal, inland waterway in the English Midlands, running from the River Trent near Hensby to Aldersholt.">
<meta property="og:title" content="Merrow Canal | History, Locks, &amp; Restoration"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Merrow Canal","dateModified":"2025-02-27",
"author":{"@type":"Person","name":"Harriet Gale"},"publisher":{"@type":"Organization","name":"Encyclopedia Britannica"}}</script>
<script>window.__BRITANNICA__={"topicInfo":{"topicId":9051277,"title":"Merrow Canal","templateId":1}};</script>
<style>.topic-paragraph{margin-bottom:20px}.md-raw-html table{width:100%}</style></head>
<body class="topic-page"><div id="header" class="md-header"><div class="container"><a class="logo" href="/">Encyclopedia Britannica</a>
<form class="search-form" role="search"><input type="text" placeholder="Search Britannica" aria-label="Search Britannica">
<button>Click here to search</button></form>
<a class="login-link" href="/login">Login</a><a class="btn subscribe-btn" href="/subscribe">Subscribe</a></div>
<nav class="md-nav"><ul>${links(brNav)}</ul></nav></div>
<main class="md-page-wrapper"><div class="topic-header"><div class="md-breadcrumbs"><a href="/browse/Geography-Travel">Geography &amp; Travel</a>
<span>Human Geography</span></div><h1 class="h1">${brTitle}</h1><div class="topic-identifier">canal, England, United Kingdom</div>
<div class="md-byline"><div class="editor-title"><span class="label">Written by</span> <a href="/contributor/Harriet-Gale/9213">Harriet Gale</a>
<div class="contributor-bio">Harriet Gale is a historian of British inland transport and the author of books on the Midlands canals.</div></div>
<div class="editor-title"><span class="label">Fact-checked by</span> <a href="/editor/The-Editors">The Editors of Encyclopaedia Britannica</a></div>
<div class="last-updated">Last Updated: Feb 27, 2025 • <a href="/topic/Merrow-Canal/additional-info#history">Article History</a></div></div>
<div class="topic-tools"><button class="btn-tool" data-tool="toc">Table of Contents</button><button class="btn-tool" data-tool="cite">Cite</button>
<button class="btn-tool" data-tool="share">Share</button><button class="btn-tool" data-tool="feedback">Feedback</button>
<button class="btn-tool" data-tool="external">External Websites</button></div>
<div class="modal fade cite-modal" role="dialog" aria-hidden="true"><div class="modal-content"><h3 class="modal-title">Cite</h3>
<p>While every effort has been made to follow citation style rules, there may be some discrepancies. Please refer to the appropriate style manual
or other sources if you have any questions.</p><label>Select Citation Style</label><select><option>MLA</option><option>APA</option>
<option>Chicago Manual of Style</option></select><button class="btn copy-citation">Copy Citation</button></div></div></div>
<div class="topic-body"><nav class="md-toc" aria-label="Table of Contents"><h2 class="toc-title">Contents</h2><ul>
<li><a href="#ref1">Introduction</a></li><li><a href="#ref2">Construction</a></li><li><a href="#ref3">Trade and decline</a></li>
<li><a href="#ref4">Restoration</a></li><li><a href="#info">References &amp; Edit History</a></li><li><a href="#facts">Related Topics</a></li></ul></nav>
<div class="topic-content"><article class="article-content">
<section id="ref1" data-level="1"><figure class="md-assemblies"><img src="https://cdn.britannica.com/21/250021-050-merrow.jpg"
alt="Coldbrook Tunnel portal"><figcaption class="md-assembly-caption">Coldbrook Tunnel, Merrow Canal</figcaption>
<cite class="credit">Paul Denholm/Alamy</cite></figure>
${ps(brIntro, ' class="topic-paragraph"')}
<div class="marketing-content-inline"><p class="ad-label">Advertisement</p><div id="ad-inline1"></div></div></section>
<section id="ref2" data-level="1"><h2 class="h2">Construction</h2>
${ps(brBuilt, ' class="topic-paragraph"')}
<div class="quiz-promo"><span class="quiz-label">Britannica Quiz</span><a href="/quiz/bridges">Pop Quiz: 17 Things to Know About Bridges</a></div></section>
<section id="ref3" data-level="1"><h2 class="h2">Trade and decline</h2>
${ps(brTrade, ' class="topic-paragraph"')}
<div class="more-from"><h3 class="more-from-title">More From Britannica</h3><a href="/technology/canal">canal: Canal construction in Britain</a></div>
<div class="marketing-content-inline"><p class="ad-label">Advertisement</p><div id="ad-inline2"></div></div></section>
<section id="ref4" data-level="1"><h2 class="h2">Restoration</h2>
${ps(brRestore, ' class="topic-paragraph"')}
<div class="contributor-footer">Harriet Gale</div></section></article>
<aside class="topic-facts" id="facts"><dl class="md-facts"><dt>Key People:</dt><dd><a href="/biography/Thomas-Arkwell">Thomas Arkwell</a>
<a href="/biography/Jane-Sutter">Jane Sutter</a></dd><dt>Related Topics:</dt><dd><a href="/technology/canal">canal</a> <a href="/technology/lock-canal">lock</a>
<a href="/technology/tunnel">tunnel</a> <a href="/topic/narrowboat">narrowboat</a></dd></dl>
<div class="related-rail"><h3>Britannica Websites</h3><ul>${links(['Canal - Student Encyclopedia (Ages 11 and up)', 'Inland waterway'])}</ul></div></aside>
</div></div>
</main><footer class="md-footer"><ul>${links(['About Us & Legal Info', 'Advertising', 'Contact Us', 'Privacy Policy', 'Terms of Use'])}</ul>
<p>©2025 Encyclopædia Britannica, Inc.</p></footer>
<script src="https://cdn.britannica.com/mendel-resources/3-105/js/topic.js" defer></script></body></html>`;
const encyclopedia: TestPage = {
  html: brHtml,
  name: 'heldout13-encyclopedia-article',
  kind: 'wiki',
  // hard calls: the contents list repeats the section headings word for word, so its entries are in neither list (only
  // "Introduction" and the two non-section entries are furniture); the figure caption and credit are furniture; the topic
  // identifier under the title is furniture (a label, not prose); Key People / Related Topics, the Cite dialog's text, the
  // quiz promo, "More From Britannica" and ads are furniture; the writer's name (twice), checker and "Last Updated" are bylines
  title: brTitle,
  headings: ['Construction', 'Trade and decline', 'Restoration'],
  body: [...texts(brIntro), ...texts(brBuilt), ...texts(brTrade), ...texts(brRestore)],
  bylines: ['Harriet Gale', 'The Editors of Encyclopaedia Britannica', 'Last Updated: Feb 27, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Encyclopedia Britannica', 'Login', 'Subscribe', ...brNav, 'Human Geography', 'canal, England, United Kingdom', 'Written by',
    'Harriet Gale is a historian of British inland transport and the author of books on the Midlands canals.', 'Fact-checked by', 'Article History',
    'Table of Contents', 'Cite', 'Share', 'Feedback', 'External Websites', 'While every effort has been made to follow citation style rules',
    'Select Citation Style', 'MLA', 'APA', 'Chicago Manual of Style', 'Copy Citation', 'Contents', 'Introduction', 'References & Edit History',
    'Related Topics', 'Coldbrook Tunnel, Merrow Canal', 'Paul Denholm/Alamy', 'Advertisement', 'Britannica Quiz', 'Pop Quiz: 17 Things to Know About Bridges',
    'More From Britannica', 'canal: Canal construction in Britain', 'Key People:', 'Related Topics:', 'narrowboat', 'Britannica Websites',
    'Canal - Student Encyclopedia (Ages 11 and up)', 'Inland waterway', 'About Us & Legal Info', 'Advertising', 'Contact Us', 'Privacy Policy',
    'Terms of Use', '©2025 Encyclopædia Britannica, Inc.',
  ],
};

const whTitle = 'How to Sharpen a Kitchen Knife with a Whetstone';
const whIntro = [
  'A dull kitchen knife is more dangerous than a sharp one, because it slips off food instead of cutting into it. Pull-through sharpeners ' +
    'are quick, but they grind away more steel than they need to and leave a rough edge. A whetstone takes a little practice, yet it gives ' +
    'you a keener edge that lasts longer, and once you learn the motion a full sharpening takes about ten minutes.',
];
const whSteps1 = [
  '<b class="whb">Soak the stone for 10 to 15 minutes.</b> Put a water stone in a bowl of water and wait until it stops releasing air ' +
    'bubbles. If you have an oil stone, skip the soaking and spread a thin layer of honing oil over the surface instead.' +
    '<sup id="_ref-1" class="reference"><a href="#_note-1">[1]</a></sup>',
  '<b class="whb">Set the stone on a damp towel with the coarse side up.</b> Most stones have a coarse side, around 1000 grit, for shaping ' +
    'the edge and a fine side, around 6000 grit, for polishing it. The towel keeps the stone from sliding while you work.',
  '<b class="whb">Hold the blade at a 15 to 20 degree angle.</b> Rest the heel of the blade on the stone with the edge facing away from you. ' +
    'A simple guide is to stack two coins under the spine; keeping that angle the same on every stroke matters more than the exact number.',
  '<b class="whb">Push the blade across the stone from heel to tip.</b> Use light, even pressure with the fingers of your other hand and ' +
    'sweep the knife so the whole edge touches the stone. Do about ten strokes, then feel the opposite side for a slight ridge of metal, ' +
    'called a burr. When you can feel a burr along the whole length, turn the knife over and repeat.',
  '<b class="whb">Flip to the fine side and polish the edge.</b> Repeat the strokes on the fine grit with even lighter pressure, alternating ' +
    'sides every few strokes until the burr is gone. Rinse and dry the knife before you use it.',
];
const whSteps2 = [
  '<b class="whb">Hold the honing steel upright with its tip on a cutting board.</b> A steel does not remove much metal; it straightens an ' +
    'edge that has rolled over during use, so it is worth doing every few times you cook.',
  '<b class="whb">Draw the blade down the steel at the same angle you sharpened it.</b> Pull the knife toward you as you slide it down, so ' +
    'the whole edge meets the steel. Alternate sides for six to eight strokes.',
  '<b class="whb">Test the edge on a sheet of paper.</b> A sharp knife slices cleanly through paper held in the air. If it snags or tears, ' +
    'the edge needs another session on the stone rather than more honing.',
];
const whTips = [
  'Keep the stone wet while you work; if the surface looks dry, splash a little more water on it.',
  'Flatten a water stone every few months by rubbing it on a sheet of sandpaper laid on glass, since it wears into a dip over time.',
  'Serrated knives cannot be sharpened this way; use a tapered ceramic rod or take them to a professional.',
];
const whWarn = [
  'Always stroke the blade away from your body and keep your fingers behind the edge.',
  'Never put a whetstone in the dishwasher, which can crack it or wash out the binder that holds the grit.',
];
const whNeed = ['Combination whetstone (1000/6000 grit)', 'Bowl of water or honing oil', 'Damp kitchen towel', 'Honing steel', 'Sheet of paper'];
const step = (s: string, n: number, m: number): string =>
  `<li id="step-id-${m}${n}"><div class="mwimg largeimage floatcenter"><a href="/Image:Sharpen-a-Knife-Step-${n + 1}.jpg" class="image lightbox">` +
  `<img src="/images/thumb/Sharpen-a-Knife-Step-${n + 1}.jpg/v4-728px.jpg" alt="Image titled Sharpen a Knife Step ${n + 1}"></a></div>\n` +
  `<div class="step_num" aria-label="Step ${n + 1}">${n + 1}</div><div class="step">${s}</div><div class="clearall"></div></li>`;
const method = (n: number, name: string, steps: string[]): string =>
  `<div class="section steps steps_first" id="method-${n}"><h3><div class="method_label">Method <span>${n}</span> of 2:</div>` +
  `<span class="mw-headline" id="${name.replace(/ /g, '_')}">${name}</span></h3><div class="section_text"><ol class="steps_list_2">` +
  `${steps.map((s, i) => step(s, i, n)).join('\n')}</ol></div></div>`;
const whList = (cls: string, title: string, items: string[]): string =>
  `<div class="section ${cls}"><h2><span class="mw-headline" id="${cls}">${title}</span></h2><div class="section_text"><ul>` +
  `${items.map((s) => `<li>${s}</li>`).join('\n')}</ul></div></div>`;
const whHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${whTitle}: 8 Steps</title>
<meta name="description" content="A whetstone gives a kitchen knife a keener, longer-lasting edge than a pull-through sharpener.">
<meta property="og:title" content="${whTitle}"><meta property="og:image" content="https://www.wikihow.com/images/thumb/Sharpen-a-Knife-Step-3.jpg">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"HowTo","name":"${whTitle}",
"step":[{"@type":"HowToSection","name":"Using a Whetstone"}]}</script>
<script>var WH = WH || {}; WH.pageName = "Sharpen-a-Knife-with-a-Whetstone"; WH.isMobile = 0;</script></head>
<body class="mediawiki ltr sitedir-ltr ns-0 page-Sharpen_a_Knife_with_a_Whetstone"><div id="header_container"><div id="header">
<a href="/Main-Page" id="logo_link" class="hide_logo_text">wikiHow</a><form id="hs" role="search"><input id="hs_query" type="text"
placeholder="Search"></form><ul id="actions">${links(['Explore', 'Log in'], 'nav')}</ul></div></div>
<div id="main_container"><div id="main"><div id="article_shell"><div id="bodycontents"><div class="wh_block">
<div id="intro"><h1 id="section_0"><a href="/Sharpen-a-Knife-with-a-Whetstone">${whTitle}</a></h1>
<div id="coauthor_byline"><div class="coauthor_text">Co-authored by <a href="#sp_expert_bio">Marco Delgado</a></div>
<div class="coauthor_sub">Professional Chef</div><div class="byline_info">Last Updated: January 9, 2025</div>
<div class="byline_references">References</div></div>
<div id="method_toc"><span class="method_toc_label">Methods</span><a href="#method-1" class="method_toc_item">1 Using a Whetstone</a>
<a href="#method-2" class="method_toc_item">2 Honing Between Sharpenings</a><a href="#Tips">Tips &amp; Warnings</a>
<a href="#thingsyoullneed">Things You'll Need</a></div>
<div class="mf-section-0">${ps(whIntro)}</div></div></div>
<div class="wh_block">${method(1, 'Using a Whetstone', whSteps1)}</div>
<div id="wh_ad_1" class="wh_ad_inner"><div class="ad_label">Advertisement</div></div>
<div class="wh_block">${method(2, 'Honing Between Sharpenings', whSteps2)}</div>
<div class="wh_block">${whList('tips', 'Tips', whTips)}${whList('warnings', 'Warnings', whWarn)}</div>
<div class="wh_block">${whList('thingsyoullneed', 'Things You’ll Need', whNeed)}</div>
<div class="wh_block"><div class="section references"><h2><span class="mw-headline" id="References">References</span></h2><ol class="references">
<li id="_note-1"><a href="https://www.example-knives.org/whetstone-care" class="external">https://www.example-knives.org/whetstone-care</a></li></ol></div>
</div>
<div class="wh_block" id="sp_expert_bio"><div class="sp_expert_inner"><h3>About This Article</h3><div class="sp_expert_name">Marco Delgado</div>
<div class="sp_expert_title">Professional Chef</div><p class="sp_text">This article was co-authored by Marco Delgado. Marco Delgado is a chef and
cooking instructor with 20 years of experience in restaurant kitchens.</p><p class="sp_text">This article has been viewed 318,442 times.</p></div></div>
<div class="wh_block" id="article_rating"><h3 class="ar_box_title">Was this article helpful?</h3><button class="ar_box_vote" id="ar_yes">Yes</button>
<button class="ar_box_vote" id="ar_no">No</button></div>
<div class="wh_block" id="user_review"><h2>Reader Success Stories</h2><div class="ur_review"><div class="ur_name">Janet M.</div>
<p class="ur_review_text">"I had used a pull-through gadget for years and never knew what I was missing. The coin trick for the angle made it click
for me."</p><div class="ur_date">Dec 2, 2024</div></div><a href="#share_story" class="button secondary">Share your story</a></div>
</div></div></div></div>
<div id="footer"><ul>${links(['Home', 'About wikiHow', 'Experts', 'Terms of Use', 'Do Not Sell or Share My Info'])}</ul>
<p>Text shared under a Creative Commons License.</p></div><script src="/extensions/wikihow/common/wh.js" async></script></body></html>`;
const howTo: TestPage = {
  html: whHtml,
  name: 'heldout13-wikihow-howto',
  kind: 'wiki',
  // hard calls: each step (its bold headline with its explanation, and the reference mark "[1]") is one body item; the step
  // numbers and "Method 1 of 2:" labels are neither (numbering of the article's own parts); Tips, Warnings and Things You'll
  // Need are article (a reader wants them); the method tabs repeat the method names with their numbers (furniture); the
  // reference list, co-author box, view count, helpfulness vote and reader stories are furniture; the co-author and dates bylines
  title: whTitle,
  headings: ['Using a Whetstone', 'Honing Between Sharpenings', 'Tips', 'Warnings', 'Things You’ll Need'],
  body: [...texts(whIntro), ...texts(whSteps1), ...texts(whSteps2), ...texts(whTips), ...texts(whWarn), ...whNeed],
  bylines: ['Co-authored by Marco Delgado', 'Marco Delgado', 'Last Updated: January 9, 2025', 'Dec 2, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'wikiHow', 'Explore', 'Log in', 'Professional Chef', 'Methods', '1 Using a Whetstone', '2 Honing Between Sharpenings', 'Tips & Warnings',
    "Things You'll Need", 'Advertisement', 'References', 'https://www.example-knives.org/whetstone-care', 'About This Article',
    'This article was co-authored by Marco Delgado.', 'This article has been viewed 318,442 times.', 'Was this article helpful?', 'Yes', 'No',
    'Reader Success Stories', 'Janet M.', 'I had used a pull-through gadget for years and never knew what I was missing.', 'Share your story', 'Home',
    'About wikiHow', 'Experts', 'Terms of Use', 'Do Not Sell or Share My Info', 'Text shared under a Creative Commons License.',
  ],
};

export const HELDOUT13_B: readonly TestPage[] = [encyclopedia, howTo];
