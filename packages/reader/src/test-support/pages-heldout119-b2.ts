import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 119, file b2: a wikiHow article in parts (the header with search, Explore and About menus and "Log in", the
 * breadcrumbs, the co-author byline with "Last Updated", "References" and "Approved" and its hidden trust panel, the method
 * table of contents, "Things You Should Know", part headings with "Part 1" blocks and "Download Article", numbered steps with
 * bold leads, reference markers and a hidden "Expert Source" tooltip inside a step, "Advertisement" slots between steps,
 * Expert Q&A with helpful votes, Tips, Warnings, Things You'll Need, "You Might Also Like", References, "About This Article",
 * "Did this article help you?", a reader success story, the newsletter box, the footer and the cookie notice).
 */
const whTitle = 'How to Repot a Root-Bound Lemon Tree';
const whIntro = [
  'A lemon or orange tree that has lived in the same container for a few years will eventually fill it with roots. You might notice ' +
    'water running straight through the pot, roots poking out of the drainage holes, or leaves that turn yellow however well you feed ' +
    'the tree. Repotting in early spring gives a root-bound citrus tree room to grow and usually brings it back to health within a ' +
    'season. Here’s how to do it without shocking the tree.',
];
const whKnow = [
  'Repot in early spring, just before new growth starts, into a container only 2 to 4 inches (5 to 10 cm) wider than the old one.',
  'Tease apart circling roots and trim any that are dead or wrapped tightly around the root ball.',
  'Use a fast-draining citrus mix and keep the tree out of direct sun for a week after repotting.',
];
const whH = [
  'Things You Should Know',
  'Choosing the Right Pot and Mix',
  'Removing and Untangling the Roots',
  'Replanting and Aftercare',
  'Expert Q&A',
  'Tips',
  'Warnings',
  'Things You’ll Need',
];
const sup = (n: number): string => `<sup id="_ref-${n}" class="reference" aria-label="Link to a reference"><a href="#_note-${n}">[${n}]</a></sup>`;
const step = (lead: string, rest: string): string => `<b class="whb">${lead}</b> ${rest}`;
const whPart1 = [
  step(
    'Wait until early spring if you can.',
    'Citrus trees recover fastest just before they start a new flush of growth. Avoid repotting while the ' +
      `tree is flowering or carrying small fruit, since the stress can make it drop both.${sup(1)}`,
  ),
  step(
    'Choose a pot only one size larger.',
    'A container 2 to 4 inches (5 to 10 cm) wider than the current one is plenty. A much larger pot ' +
      `holds more wet soil than the roots can use, which can lead to root rot.${sup(2)}`,
  ),
  step(
    'Mix a fast-draining potting soil.',
    'Use a commercial citrus or cactus mix, or combine equal parts potting soil, pine bark fines and ' +
      'perlite. Avoid garden soil, which packs down in containers and holds too much water.',
  ),
];
const whSub = [
  'Terracotta dries out faster than plastic, which suits citrus in humid climates.',
  'Whatever material you choose, make sure the pot has at least one large drainage hole.',
];
const whPart2 = [
  step('Water the tree the day before.', 'Moist roots bend instead of tearing, and soil that is damp but not soggy slides out of the pot more easily.'),
  step(
    'Tip the pot on its side and ease the tree out.',
    'Hold the trunk at the base and tap the rim of the pot against a bench. If roots have ' +
      'grown through the drainage holes, cut them off flush with the bottom first. You can also cut a plastic pot away with shears.',
  ),
  step(
    'Loosen the circling roots with your fingers.',
    'Gently pull the outer roots away from the root ball so they point outward. If the ' +
      'roots are matted into a solid mass, make three or four shallow vertical cuts, about ½ inch (1 cm) deep, down the sides of the root ' +
      `ball.${sup(3)}`,
  ),
  step(
    'Trim dead or damaged roots.',
    'Healthy citrus roots are firm and white or tan inside. Cut away any that are black, mushy or hollow ' + 'with clean pruning shears.',
  ),
];
const whExpert = 'Expert Source Teodora Lindqvist Certified Arborist Expert Interview. 12 January 2025.';
const whPart3 = [
  step(
    'Set the tree at the same depth as before.',
    'Add enough mix to the bottom of the new pot that the top of the root ball sits about 1 ' +
      'inch (2.5 cm) below the rim. Never bury the graft union or pile soil against the trunk.',
  ),
  step(
    'Fill in around the roots and water thoroughly.',
    'Firm the mix gently with your hands to remove large air pockets, then water until ' + 'it runs out of the drainage hole. Top up any soil that settles.',
  ),
  step(
    'Keep the tree in bright shade for a week.',
    'Direct sun on a freshly repotted tree can cause leaf drop. After a week, move it back to ' +
      `its usual spot and wait about a month before feeding it with a citrus fertilizer.${sup(4)}`,
  ),
];
const whQ = 'How often should I repot a lemon tree in a container?';
const whA =
  'Young trees usually need a bigger pot every two to three years. Once a tree is in the largest pot you can manage, root-prune it ' +
  'every three years instead and put it back in the same pot with fresh mix.';
const whTips = [
  'If your tree is too heavy to lift, ask a friend to help, or lay the pot on an old sheet so you can slide it across the floor.',
  'Wear gloves. Many citrus varieties have sharp thorns near the base of the branches.',
];
const whWarn = ['Don’t repot a tree that is already stressed by cold, drought or pests. Deal with the problem first and repot once it is growing again.'];
const whNeed = ['A new pot with drainage holes', 'Citrus or cactus potting mix', 'Clean pruning shears', 'Work gloves', 'A watering can'];
const whCrumbs = ['Home', 'Categories', 'Home and Garden', 'Gardening', 'Growing Trees and Shrubs', 'Fruit Trees'];
const whExplore = ['Explore', 'Browse Categories', 'Learn Something New', 'Quizzes', 'Hot Topics', 'Play Games', 'Follow Us'];
const whAbout = ['About Us', 'About wikiHow', 'Experts', 'Jobs', 'Contact Us', 'Site Map', 'Terms of Use', 'Privacy Policy', 'Do Not Sell or Share My Info'];
const whTrust =
  'This article was co-authored by Teodora Lindqvist. Teodora Lindqvist is a certified arborist and the owner of Glasshouse Orchard Care in ' +
  'Sacramento, California. She has more than 15 years of experience growing citrus in containers. This article has been viewed 184,211 times.';
const whRefs = [
  'https://extension.valleystate.example/citrus/container-care',
  'https://www.citrusgrowers.example/repotting-guide',
  'https://hortscience.example.org/roots/circling-roots',
  'https://extension.valleystate.example/citrus/fertilizing',
];
const whRelated = [
  'How to Grow a Lemon Tree Indoors',
  'How to Prune a Meyer Lemon Tree',
  'How to Fix Yellow Leaves on a Citrus Tree',
  'How to Root Prune a Potted Tree',
];
const whAboutArt = [
  'Co-authored by:',
  'Teodora Lindqvist',
  'Certified Arborist',
  'This article has been viewed 184,211 times.',
  '9 votes - 91%',
  'Co-authors: 14',
  'Updated: March 4, 2025',
  'Views: 184,211',
];
const whStory = '“My Meyer lemon had roots circling the pot for years. I cut the root ball like step six said and it flowered again the next spring.”';
const whNews = ['Get all the best how-tos!', 'Sign up for wikiHow’s weekly email newsletter', 'Subscribe', 'You’re all set!'];
const whFoot = [
  'Contribute',
  'Write an Article',
  'Request a New Article',
  'Answer a Request',
  'More Ideas...',
  'Terms of Use',
  'Privacy Policy',
  'Do Not Sell or Share My Info',
  'Not Selling Info',
];
const whFootNote = 'wikiHow is where trusted research and expert knowledge come together. Learn why people trust wikiHow';
const whCookie = 'We use cookies to make wikiHow great. By using our site, you agree to our cookie policy.';
const ad = (
  n: number,
): string => `<div class="wh_ad_inner step_ad" id="stepad${n}" data-service="dfp" data-adtargetid="stepad${n}"><div class="ad_label">Advertisement</div>
<div class="wh_ad_slot" data-slot="/10095428/RL_Steps_${n}"></div></div>`;
let n = 0;
const stepLi = (s: string, extra = ''): string => {
  n++;
  return `<li id="step-id-${100 + n}" class="hasimage"><div class="mwimg largeimage floatcenter"><a href="/Image:Repot-a-Root-Bound-Lemon-Tree-Step-${n}.jpg"
class="image lightbox"><img src="https://www.wikihow.com/images/thumb/Repot-a-Root-Bound-Lemon-Tree-Step-${n}.jpg/v4-460px.jpg" alt="" width="460" height="345"
class="whcdn" loading="lazy"></a></div><div class="step_num" aria-label="Step ${n}">${n}</div><div class="step">${s}${extra}<div
class="clearall"></div></div></li>`;
};
const part = (
  i: number,
  name: string,
  steps: string,
): string => `<div class="section steps${i === 1 ? ' steps_first' : ''} sticky" id="${name.replace(/ /g, '-')}">
<h3><div class="altblock"><span aria-hidden="true">Part</span> <span class="altblock_number" aria-hidden="true">${i}</span><span class="sr-only">Part ${i} of
3:</span></div>
<span class="mw-headline" id="${name.replace(/ /g, '_')}">${name}</span><a href="/Repot-a-Root-Bound-Lemon-Tree?printable=1" class="method_label">Download
Article</a></h3>
<div id="mf-section-${i}" class="section_text"><ol class="steps_list_2">${steps}</ol></div></div>`;
const ul = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}<div class="clearall"></div></li>`).join('\n')}</ul>`;
const sec = (id: string, h: string, inner: string, cls: string): string => `<div id="${id}" class="section ${cls}"><h2><span class="mw-headline"
id="${id}_sub">${h.replace('&', '&amp;')}</span></h2><div class="section_text">${inner}</div></div>`;
const whHtml = `<!DOCTYPE html>
<html lang="en" prefix="og: http://ogp.me/ns#"><head><title>How to Repot a Root-Bound Lemon Tree: 10 Steps (with Pictures)</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="description"
content="Repotting in early spring gives a root-bound citrus tree room to grow.">
<meta property="og:title" content="How to Repot a Root-Bound Lemon Tree"><meta property="og:type" content="article"><meta name="viewport"
content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.wikihow.com/Repot-a-Root-Bound-Lemon-Tree"><link rel="stylesheet"
href="/load.php?debug=false&amp;lang=en&amp;modules=zzz.mobile.wikihow.styles">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${whTitle}","mainEntityOfPage":{"@type":"WebPage",
"id":"https://www.wikihow.com/Repot-a-Root-Bound-Lemon-Tree"},"author":{"@type":"Person","name":"Teodora Lindqvist"},"datePublished":"2019-05-11T02:14:08Z",
"dateModified":"2025-03-04T18:20:51Z","publisher":{"@type":"Organization","name":"wikiHow","logo":{"@type":"ImageObject",
"url":"https://www.wikihow.com/images/wh-logo.png"}}}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"HowTo","name":"${whTitle}","step":[{"@type":"HowToSection","name":"${whH[1]}",
"itemListElement":[{"@type":"HowToStep","text":"Wait until early spring if you can."}]}]}</script>
<script>var WH=WH||{};WH.pageName="Repot-a-Root-Bound-Lemon-Tree";WH.pageID=10958221;WH.isMobile=0;WH.revisionID=38812003;</script></head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Repot_a_Root_Bound_Lemon_Tree skin-wikihow action-view responsive">
<div id="header_container"><div id="header" class="hdr"><div id="hamburger" class="hdr_btn" aria-label="Toggle navigation menu"></div>
<a href="/Main-Page" id="logo_link" class="hdr_logo" aria-label="wikiHow: the How-to Experts"><img src="/skins/owl/images/wikihow_logo_nobg.png"
alt="wikiHow"></a>
<div class="search_box" id="hs"><form action="/wikiHowTo" id="hs_form" role="search"><input type="text" id="hs_query" name="search" placeholder="Search"
aria-label="Search"><button type="submit" id="hs_submit" aria-label="Search"></button></form></div><div id="actions" role="menubar"><div id="actions_inner">
<div class="nav" id="nav_explore_li" role="menuitem"><a href="/Special:CategoryListing" id="nav_explore" class="nav">${whExplore[0]}</a><div
id="nav_explore_menu"
class="menu" role="menu">${whExplore
  .slice(1)
  .map((t) => `<a href="/Special:${t.replace(/ /g, '')}" role="menuitem">${t}</a>`)
  .join(
    '',
  )}</div></div><div class="nav" id="nav_about_li" role="menuitem"><a href="/wikiHow:About-wikiHow" class="nav">${whAbout[0]}</a><div id="nav_about_menu"
class="menu" role="menu">${whAbout
  .slice(1)
  .map((t) => `<a href="/wikiHow:${t.replace(/ /g, '-')}" role="menuitem">${t}</a>`)
  .join('')}</div></div><div class="nav" id="nav_profile_li"><a href="/Special:UserLogin" id="nav_login" class="nav">Log in</a></div></div></div></div></div>
<div id="main_container"><div id="main" role="main"><div id="article_layout_container"><ul id="breadcrumb" class="breadcrumbs" aria-label="Breadcrumbs">
${whCrumbs.map((t) => `<li><a href="/${t === 'Home' ? 'Main-Page' : `Category:${t.replace(/ /g, '-')}`}">${t}</a></li>`).join('')}</ul>
<div id="article" class="main_article" role="article"><div id="intro" class="section"><h1 class="title_lg" id="section_0">
<a href="https://www.wikihow.com/Repot-a-Root-Bound-Lemon-Tree">${whTitle}</a></h1><div id="byline_info" class="byline_info">
<span class="coauthor_text">Co-authored by <a href="/wikiHow:Expert-Review-Board" class="coauthor_link">Teodora Lindqvist</a></span>
<span class="byline_info_text">Last Updated: March 4, 2025</span><a href="#sourcesandcitations" class="byline_info_refs">References</a>
<span class="byline_info_approved">Approved</span><div id="byline_info_trust" class="bi_popup" style="display:none"><p>${whTrust}</p>
<a href="/wikiHow:Trust">Learn why people trust wikiHow</a></div></div>
<div id="mf-section-0" class="mf-section-0">${whIntro.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div id="method_toc" class="method_toc"><span class="method_toc_item"><a href="#Things_You_Should_Know_sub">Things You Should Know</a></span>
${whH
  .slice(1, 4)
  .map((t, i) => `<span class="method_toc_item"><a href="#${t.replace(/ /g, '-')}">Part ${i + 1} ${t}</a></span>`)
  .join('')}<span class="method_toc_item toc_pre"><a href="#Expert_Q&amp;A_sub">Expert Q&amp;A</a></span><span class="method_toc_item toc_post"><a
href="#Tips_sub">Tips</a></span></div></div>
${sec('Things_You_Should_Know', whH[0]!, ul(whKnow), 'quick_summary_section')}
${part(1, whH[1]!, `${stepLi(whPart1[0]!)}${stepLi(whPart1[1]!, ul(whSub))}${stepLi(whPart1[2]!)}`)}
${ad(1)}
${part(2, whH[2]!, `${whPart2.map((s, i) => stepLi(s, i === 2 ? `<span class="reference-tooltip" style="display:none">${whExpert}</span>` : '')).join('\n')}`)}
${ad(2)}
${part(3, whH[3]!, whPart3.map((s) => stepLi(s)).join('\n'))}
<div id="qa" class="section qa"><h2><span class="mw-headline" id="Expert_Q&amp;A_sub">Expert Q&amp;A</span></h2><div class="section_text"><div
id="qa_article_questions">
<div class="qa_search"><input type="text" placeholder="Search" class="qa_search_input"><a href="#" class="qa_ask_link">Ask a Question</a></div>
<div class="qa_aq qa_li"><div class="qa_q_txt"><span class="qa_label">Question</span><div class="qa_q">${whQ}</div></div><div class="qa_expert_area">
<div class="qa_expert_name">Teodora Lindqvist</div><div class="qa_expert_title">Certified Arborist</div><div class="qa_label qa_expert_label">Expert
Answer</div>
<div class="qa_answer answer">${whA}</div></div><div class="qa_helpful"><span class="qa_thanks" style="display:none">Thanks! We’re glad this was
helpful.</span>
<a class="qa_vote qa_vote_up" href="#">Helpful 11</a><a class="qa_vote qa_vote_down" href="#">Not Helpful 2</a></div></div></div>
<div class="qa_submit_form"><textarea placeholder="Ask a Question" maxlength="200"></textarea><div class="qa_chars">200 characters left</div>
<p class="qa_email_prompt">Include your email address to get a message when this question is answered.</p><button
class="button primary">Submit</button></div></div></div>
${ad(3)}
${sec(
  'Tips',
  whH[5]!,
  `${ul(whTips)}<div class="addTipElement"><a href="#" class="tip_submit_link">Submit a Tip</a>
<p class="tip_note">All tip submissions are carefully reviewed before being published</p></div>`,
  'tips',
)}
${sec('Warnings', whH[6]!, ul(whWarn), 'warnings')}
${sec('Things_Youll_Need', whH[7]!, ul(whNeed), 'thingsyoullneed')}
<div id="relatedwikihows" class="section relatedwikihows"><h2><span class="mw-headline">You Might Also Like</span></h2><div
class="section_text related-articles">
${whRelated
  .map(
    (t) => `<a href="/${t.replace(/ /g, '-')}" class="related-box"><div class="related-title"><span>How to</span>
${t.slice(7)}</div></a>`,
  )
  .join('\n')}</div></div>
<div id="sourcesandcitations" class="section sourcesandcitations"><h2><span class="mw-headline" id="References">References</span></h2><div class="section_text">
<ol class="references">${whRefs
  .map(
    (t, i) => `<li id="_note-${i + 1}"><a href="#_ref-${i + 1}">↑</a> <a href="${t}" class="external free"
rel="nofollow">${t}</a></li>`,
  )
  .join('')}
</ol></div></div><div id="aboutthisarticle" class="section aboutthisarticle"><h2><span class="mw-headline">About This Article</span></h2><div
class="section_text">
<div class="at_top">${whAboutArt.map((t) => `<div class="at_row">${t}</div>`).join('')}</div><div class="at_cats">Categories: <a
href="/Category:Fruit-Trees">Fruit Trees</a></div>
</div></div><div id="article_rating" class="section article_rating"><h3 class="ar_header">Did this article help you?</h3><button class="ar_yes">Yes</button>
<button class="ar_no">No</button></div><div id="sp_stories" class="section reader_stories"><h2><span class="mw-headline">Reader Success Stories</span></h2>
<div class="ss_card"><div class="ss_author">Ruth Abernathy</div><div class="ss_date">Jun 2, 2024</div><div class="ss_text">${whStory}</div></div></div></div>
<div id="newsletter_signup" class="wh_block newsletter_box"><h3>${whNews[0]}</h3><p>${whNews[1]}</p><form><input type="email" placeholder="Email address">
<button type="submit">${whNews[2]}</button></form><div class="nl_success" style="display:none">${whNews[3]}</div></div></div></div></div>
<div id="footer_container"><div id="footer"><div id="footer_links"><a href="/Main-Page" class="footer_logo"><img src="/skins/owl/images/wikihow_logo_footer.png"
alt="wikiHow"></a>${whFoot.map((t) => `<a href="/wikiHow:${t.replace(/[ .]+/g, '-')}">${t}</a>`).join('\n')}</div><p
class="footer_note">${whFootNote}</p></div></div>
<div id="gdpr" class="gdpr_notice" role="dialog"><div class="gdpr_text">${whCookie}</div><a href="#" class="gdpr_settings">Cookie Settings</a>
<button class="gdpr_accept button primary">Accept</button></div>
<script>WH.ads=WH.ads||{};WH.ads.init({"slots":["stepad1","stepad2","stepad3"],"refresh":true});</script></body></html>`;
export const wikihowArticle: TestPage = {
  html: whHtml,
  name: 'heldout119-wikihow-howto-article',
  kind: 'wiki',
  // "Things You Should Know", the parts, Expert Q&A (the question and the expert's answer), Tips, Warnings and Things You'll
  // Need are the article; step numbers, "Part 1" blocks and the method table of contents (it repeats the headings) are in
  // neither list; the hidden "Expert Source" tooltip, reference URLs, "About This Article" and the reader story are furniture
  title: whTitle,
  headings: whH,
  body: texts([...whIntro, ...whKnow, ...whPart1.slice(0, 2), ...whSub, whPart1[2]!, ...whPart2, ...whPart3, whQ, whA, ...whTips, ...whWarn, ...whNeed]),
  bylines: ['Co-authored by Teodora Lindqvist', 'Last Updated: March 4, 2025', 'Teodora Lindqvist', 'Certified Arborist'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    ...whExplore, ...whAbout, 'Log in', ...whCrumbs, 'References', 'Approved', whTrust, 'Learn why people trust wikiHow', 'Download Article',
    'Advertisement', whExpert, 'Ask a Question', 'Question', 'Expert Answer', 'Thanks! We’re glad this was helpful.', 'Helpful 11', 'Not Helpful 2',
    '200 characters left', 'Include your email address to get a message when this question is answered.', 'Submit', 'Submit a Tip',
    'All tip submissions are carefully reviewed before being published', 'You Might Also Like', ...whRelated, ...whRefs, 'About This Article',
    ...whAboutArt.filter((t) => !['Teodora Lindqvist', 'Certified Arborist'].includes(t)), 'Categories: Fruit Trees', 'Did this article help you?', 'Yes',
    'No', 'Reader Success Stories', 'Ruth Abernathy', 'Jun 2, 2024', whStory, ...whNews, ...whFoot, whFootNote, whCookie, 'Cookie Settings', 'Accept',
    ]),
  ],
};
