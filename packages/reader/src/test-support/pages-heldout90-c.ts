import { links, type TestPage, texts } from './page-kit.js';
import { mediumPost } from './pages-heldout90-c2.js';

/**
 * Held-out batch 90, file c: a wikiHow how-to article as a signed-out visitor saves it (the MediaWiki "owl" skin: header
 * with logo, category menu, search and "Log in", the title, the "Co-authored by" line with the co-author's credential,
 * "Last Updated", views and references counts, the method table of contents that repeats the method names, the
 * "Method 1 of 2:" labels inside the method h3s, numbered steps with images and their alt texts, "Things You’ll Need",
 * tips with "Helpful / Not Helpful" votes, warnings, references, the "Did this article help you?" box, "About This
 * Article", "Reader Success Stories", the related wikiHows rail, the footer and the cookie notice) and, from file c2, a
 * Medium member-only story.
 */
const whTitle = 'How to Descale an Electric Kettle';
const whIntro = [
  'If the inside of your kettle is coated in a chalky white or brown crust, that is limescale, the mineral deposit left behind ' +
    'when hard water is boiled. It is harmless, but it makes your kettle slower to boil, leaves flakes in your tea and can ' +
    'shorten the life of the heating element. Luckily, it only takes a couple of household ingredients and about half an hour to ' +
    'get your kettle looking new again.',
];
const whM1 = 'Using White Vinegar';
const whSteps1 = [
  '<b class="whb">Fill the kettle halfway with equal parts white vinegar and water.</b> For a standard 1.7 litre kettle, around ' +
    '400 ml of each is enough. Make sure the solution covers all of the scale, including any on the sides.',
  '<b class="whb">Bring the solution to the boil, then switch the kettle off.</b> Leave it to stand for 20 to 30 minutes so the ' +
    'acid has time to dissolve the deposits. For very heavy scale, let it sit for an hour.',
  '<b class="whb">Pour the solution away and scrub any remaining spots.</b> Use a soft sponge or a bottle brush. Avoid steel wool ' +
    'or scouring pads, which can scratch the inside of the kettle.',
  '<b class="whb">Boil clean water two or three times and discard it.</b> This removes any lingering vinegar smell or taste before ' +
    'you use the kettle for drinks again.',
];
const whM2 = 'Using Citric Acid or Lemon';
const whSteps2 = [
  '<b class="whb">Dissolve 2 tablespoons of citric acid in a full kettle of water.</b> If you do not have citric acid, use the ' +
    'juice of two lemons and the squeezed halves instead.',
  '<b class="whb">Boil the kettle and leave it for 15 minutes.</b> Citric acid works faster than vinegar and leaves no smell, which ' +
    'is why many kettle manufacturers recommend it.',
  '<b class="whb">Empty, rinse and boil fresh water once before use.</b> If some scale is left, repeat the process rather than ' + 'scraping it off.',
];
const whNeed = ['White vinegar or citric acid', 'Water', 'A soft sponge or bottle brush', 'A measuring jug'];
const whTips = [
  'Descale your kettle once a month if you live in a hard water area, and every three months otherwise.',
  'To slow the build-up, empty the kettle after each use instead of leaving water standing in it.',
];
const whWarn = ['Never immerse an electric kettle in water or put it in the dishwasher, as this can damage the electrics.'];
const whNav = ['Browse Categories', 'Learn Something New', 'Quizzes', 'Hot', 'Log in'];
const whCoauthor = ['Co-authored by', 'Teodora Vance', 'Home Cleaning Specialist'];
const whRefs = [
  'https://www.hardwatertrust.example/guides/limescale',
  'https://www.kettlemakers.example/care-and-cleaning',
  'https://www.homecleaning.example/citric-acid-uses',
];
const whAbout = [
  'This article was co-authored by Teodora Vance. Teodora Vance is a Home Cleaning Specialist and the owner of Brightwell ' +
    'Cleaning in Leicester. She has more than 12 years of experience in domestic and commercial cleaning.',
  'This article has been viewed 84,210 times.',
];
const whStory = '"I had no idea citric acid worked so much faster. My kettle was furred up badly and it came out spotless in one go."';
const whRelated = ['How to Clean a Coffee Maker', 'How to Remove Limescale from a Shower Head', 'How to Clean a Toaster'];
const whFoot = ['Home', 'About wikiHow', 'Experts', 'Jobs', 'Contact Us', 'Site Map', 'Terms of Use', 'Privacy Policy', 'Do Not Sell or Share My Info'];
const whMission = 'wikiHow is where trusted research and expert knowledge come together.';
const whCookie = 'We use cookies to make wikiHow great. By using our site, you agree to our cookie policy.';
const step = (t: string, m: number, i: number): string => `<li id="step-id-${m}${i}"><a name="step-id-${m}${i}" class="stepanchor"></a>
<div class="step_num" aria-label="Step ${i + 1}">${i + 1}</div><div class="mwimg largeimage floatcenter" style="max-width:728px"><a
href="/Image:Descale-an-Electric-Kettle-Step-${i + 1}-Version-${m}.jpg" class="image lightbox" title="Descale an Electric Kettle Step ${i + 1}.jpg"><img
alt="Step ${i + 1} ${plainStep(t)}" src="https://www.wikihow.example/images/thumb/kettle-step-${m}-${i + 1}.jpg" width="728" height="410" class="whcdn"></a>
</div>
<div class="step">${t}</div><div class="clearall"></div></li>`;
const plainStep = (t: string): string => (t.match(/<b class="whb">([^<]+)<\/b>/)?.[1] ?? '').replace(/"/g, '');
const method = (n: number, name: string, steps: readonly string[]): string => `<div class="section steps${n === 1 ? ' steps_first' : ''} sticky">
<h3><div class="altblock"><span>Method ${n} of 2:</span></div><span class="mw-headline" id="${name.replace(/ /g, '_')}">${name}</span></h3>
<div id="steps_${n}" class="section_text"><ol class="steps_list_2">${steps.map((t, i) => step(t, n, i)).join('\n')}</ol></div></div>`;
const section = (id: string, h: string, items: string): string => `<div id="${id}" class="section ${id} sticky"><h2><span class="mw-headline"
id="${h.replace(/ /g, '_')}">${h}</span></h2><div class="section_text" id="${id}_text">${items}</div></div>`;
const whHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="client-nojs"><head><meta charset="UTF-8"><title>How to Descale an Electric Kettle: 2 Simple Methods - wikiHow</title>
<meta name="description" content="Remove limescale from an electric kettle with white vinegar or citric acid in about half an hour.">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes"><link rel="canonical"
href="https://www.wikihow.example/Descale-an-Electric-Kettle">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"HowTo","name":"How to Descale an Electric Kettle","step":[{"@type":"HowToSection",
"name":"${whM1}","position":1},{"@type":"HowToSection","name":"${whM2}","position":2}],"tool":[{"@type":"HowToTool","name":"White vinegar"}]}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${whTitle}","author":{"@type":"Person","name":"Teodora Vance"},
"dateModified":"2025-03-04","mainEntityOfPage":"https://www.wikihow.example/Descale-an-Electric-Kettle"}</script>
<link rel="stylesheet" href="https://www.wikihow.example/load.php?lang=en&amp;modules=zzz.startup&amp;only=styles&amp;skin=owl"></head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Descale_an_Electric_Kettle skin-owl action-view" data-pagename="Descale an Electric Kettle">
<div id="header_container"><div id="header" class="hdr"><a href="#" id="mw-mobile-menu" aria-label="Menu"></a><a href="/Main-Page" id="logo_link"
class="hdr_logo"><img src="https://www.wikihow.example/skins/owl/images/wikihow_logo_nobg_60.png" class="logo" alt="wikiHow"></a>
<div id="hdr_m_menu"><ul id="actions" role="menubar">${links(whNav.slice(0, 4), 'nav')}</ul></div><form id="hs" action="/wikiHowTo" role="search"><input
type="text" id="hs_query" name="search" placeholder="Search" aria-label="Search"><button type="submit" id="hs_submit" aria-label="Search"></button></form>
<a class="nav" id="nav_login" href="/Special:UserLogin" role="menuitem">${whNav[4]}</a></div></div>
<div id="main_container" class="main_container_with_sidebar"><div id="main"><div id="content_wrapper" role="main"><div id="content_inner">
<div id="intro" class="section sticky"><h1 id="section_0" class="title_lg"><a href="/Descale-an-Electric-Kettle">${whTitle}</a></h1>
<div id="coauthor_byline" class="byline_info"><div class="coauthor_info"><span class="ca_label">${whCoauthor[0]}</span> <a class="coauthor_link"
href="#sp_expert">${whCoauthor[1]}</a><div class="coauthor_blurb"><span class="ca_blurb">${whCoauthor[2]}</span></div></div>
<div id="byline_info" class="byline_info_row"><span class="byline_item">Last Updated: March 4, 2025</span><span class="byline_item">References</span>
</div><div class="byline_views"><span class="sp_text_data">84,210 Views</span></div></div>
<div id="method_toc" class="method_toc_desktop"><span class="method_toc_item toc_method"><a href="#${whM1.replace(/ /g, '_')}">${whM1}</a></span>
<span class="method_toc_item toc_method"><a href="#${whM2.replace(/ /g, '_')}">${whM2}</a></span><span class="method_toc_item toc_pre">
<a href="#Things_You’ll_Need">Things You’ll Need</a></span></div>
<div class="mf-section-0">${whIntro.map((t) => `<p>${t}</p>`).join('')}</div></div>
<div id="steps-wrap">
${method(1, whM1, whSteps1)}
<div class="wh_ad_inner" id="wh_ad_method1"><span class="wh_ad_label">Advertisement</span></div>
${method(2, whM2, whSteps2)}
</div>
${section('thingsyoullneed', 'Things You’ll Need', `<ul>${whNeed.map((t) => `<li>${t}</li>`).join('')}</ul>`)}
${section(
  'tips',
  'Tips',
  `<ul>${whTips
    .map(
      (t, i) => `<li><div class="tip">${t}</div><div class="tip_vote"><span class="tip_vote_label">Thanks!</span><span class="tip_vote_yes">Helpful</span>
<span class="tip_vote_count">${31 - i * 9}</span><span class="tip_vote_no">Not Helpful</span><span class="tip_vote_count">${2 + i}</span></div></li>`,
    )
    .join('')}</ul>`,
)}
${section('warnings', 'Warnings', `<ul>${whWarn.map((t) => `<li>${t}</li>`).join('')}</ul>`)}
<div id="references" class="section sourcesandcitations sticky"><h2><span class="mw-headline" id="References">References</span></h2><div class="section_text">
<ol class="references">${whRefs.map((u, i) => `<li id="_note-${i + 1}"><span class="reference-text">↑ ${u}</span></li>`).join('')}</ol></div></div>
<div id="article_rating_box" class="section"><h3 class="ar_box_title">Did this article help you?</h3><div class="ar_box_vote"><button class="ar_box_yes"
data-vote="1">Yes</button><button class="ar_box_no" data-vote="0">No</button></div></div>
<div id="sp_expert" class="section"><h2><span class="mw-headline" id="About_This_Article">About This Article</span></h2><div class="sp_box">
<div class="sp_coauthor"><span class="sp_coauthor_label">Co-authored by:</span> <span class="sp_coauthor_name">Teodora Vance</span>
<span class="sp_coauthor_blurb">${whCoauthor[2]}</span></div>${whAbout.map((t) => `<p class="sp_text">${t}</p>`).join('')}</div></div>
<div id="reader_stories" class="section"><h2><span class="mw-headline" id="Reader_Success_Stories">Reader Success Stories</span></h2><div class="rss_story">
<p class="rss_name">Gwen Haddow</p><p class="rss_date">Feb 11, 2025</p><p class="rss_text">${whStory}</p></div></div>
</div></div>
<div id="sidebar" role="complementary"><div id="side_related_articles" class="sidebox related_articles"><h3>Related wikiHows</h3><ul>${whRelated
  .map((t) => `<li class="related_square"><a href="/${t.replace(/ /g, '-')}"><span class="related_title">${t}</span></a></li>`)
  .join('')}</ul></div></div></div></div>
<div id="footer_container"><div id="footer" role="contentinfo"><p class="footer_mission">${whMission}</p><ul id="footer_links">${links(whFoot)}</ul></div></div>
<div id="gdpr" class="gdpr_notice" role="dialog"><div class="gdpr_text">${whCookie}</div><a href="/wikiHow:Cookie-Policy" class="gdpr_link">Cookie Settings</a>
<button class="gdpr_accept">Got it</button></div>
<script>(window.RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgPageName":"Descale_an_Electric_Kettle","wgArticleId":9921034});});</script>
<script async src="https://www.wikihow.example/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;skin=owl"></script>
</body></html>`;
const wikihow: TestPage = {
  html: whHtml,
  name: 'heldout90-wikihow-howto',
  kind: 'blog',
  // method names, "Things You’ll Need", "Tips" and "Warnings" are the headings; each step's text, the needed things, tips
  // and warnings are body (the step numbers and image alt texts in neither list); "Method n of 2:" labels, the method
  // table of contents (its entries repeat the headings and are left out), tip votes, references, the rating box, "About
  // This Article", reader stories, rail, footer and cookie notice are furniture; "Co-authored by" and the co-author's name
  // and "Last Updated" are bylines
  title: whTitle,
  headings: [whM1, whM2, 'Things You’ll Need', 'Tips', 'Warnings'],
  body: [...whIntro, ...texts(whSteps1), ...texts(whSteps2), ...whNeed, ...whTips, ...whWarn],
  bylines: ['Co-authored by Teodora Vance', 'Last Updated: March 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...whNav, whCoauthor[2] as string, 'References', '84,210 Views', 'Method 1 of 2:', 'Method 2 of 2:', 'Advertisement', 'Thanks!', 'Helpful', 'Not Helpful',
    ...whRefs.map((u) => `↑ ${u}`), 'Did this article help you?', 'Yes', 'No', 'About This Article', 'Co-authored by:', ...whAbout,
    'Reader Success Stories', 'Gwen Haddow', 'Feb 11, 2025', whStory, 'Related wikiHows', ...whRelated, whMission, ...whFoot, whCookie, 'Cookie Settings',
    'Got it',
  ],
};

export const HELDOUT90_C: readonly TestPage[] = [wikihow, mediumPost];
