import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 157, helper c1: a wikiHow article with two methods of numbered steps (step numbers, step images, bold
 * lead sentences, expert-source reference markers and an expert quote box inside a step), the co-author byline with
 * "Last Updated" and the "Approved" badge, Tips and Warnings, "Things You'll Need", the references list, the "About This
 * Article" box, the "Did this article help you?" poll, the related rail, the newsletter box and the footer.
 */
const title = 'How to Repot a Snake Plant';
const intro = [
  `Snake plants are some of the toughest houseplants around, but even they eventually outgrow their pots. If roots are poking out of the drainage
holes or the pot has cracked or bulged, it is time to move your plant somewhere roomier. Luckily, repotting takes less than half an hour, and
you only need a few basic supplies.<sup class="reference"><a href="#_note-1">[1]</a></sup>`,
];
const m1 = 'Choosing a Pot and Soil';
const s1 = [
  '<b class="whb">Pick a pot only 1–2 inches (2.5–5 cm) wider than the old one.</b> Snake plants like being slightly crowded, and a much larger pot ' +
    'holds extra water that can rot the roots.',
  '<b class="whb">Make sure the pot has at least one drainage hole.</b> Terracotta is a good choice because it dries out faster than plastic or glazed ' +
    'ceramic, which helps prevent soggy soil.',
  `<b class="whb">Use a fast-draining cactus or succulent mix.</b> You can also make your own by mixing 2 parts potting soil with 1 part coarse sand and
1 part perlite.<sup class="reference"><a href="#_note-2">[2]</a></sup>`,
];
const expertQuote = '"When in doubt, go smaller with the pot. I see far more snake plants killed by too much soil and water than by being root-bound."';
const expertBox = ['Tomas Verhoeven', 'Plant Specialist', 'Expert Interview. 12 March 2025.'];
const m2 = 'Moving the Plant';
const s2 = [
  '<b class="whb">Water the plant lightly a day before repotting.</b> Slightly damp soil holds together around the roots and makes the plant easier to ' +
    'slide out.',
  '<b class="whb">Tip the pot on its side and ease the plant out.</b> Hold the base of the leaves and gently tap or squeeze the pot. If it is stuck, ' +
    'run a butter knife around the inside edge.',
  '<b class="whb">Loosen the roots and trim any that are mushy.</b> Healthy roots are firm and pale orange or white. Cut away brown, soft roots with ' +
    'clean scissors.',
  `<b class="whb">Set the plant in the new pot at the same depth as before.</b> Add a layer of mix to the bottom first, then fill in around the roots,
pressing lightly to remove big air pockets.`,
  '<b class="whb">Wait about a week before watering again.</b> This gives any damaged roots time to heal and lowers the risk of rot.',
];
const tips = [
  'Spring and early summer are the best times to repot, when the plant is actively growing.',
  'If your snake plant has grown several separate clumps, you can divide them into different pots while repotting.',
];
const warnings = ['Snake plant leaves are mildly toxic to cats and dogs if eaten, so keep trimmings away from pets.'];
const things = ['New pot with a drainage hole', 'Cactus or succulent potting mix', 'Clean scissors or pruners', 'Butter knife (optional)', 'Gloves'];
const refs = [
  'https://extension.example.edu/houseplants/sansevieria',
  'https://www.rhs.example/plants/snake-plant/care',
  'Tomas Verhoeven. Plant Specialist. Expert Interview. 12 March 2025.',
];
const about = [
  'This article was co-authored by Tomas Verhoeven. Tomas Verhoeven is a Plant Specialist and the owner of Greenroom Plant Studio in Utrecht. ' +
    'He has over 12 years of experience caring for tropical houseplants.',
  'This article has been viewed 48,201 times.',
];
const nav = ['Explore', 'Courses', 'Quizzes', 'Random Article', 'Log in'];
const related = ['How to Propagate a Snake Plant', 'How to Care for a Snake Plant', 'How to Save an Overwatered Plant', 'How to Choose Potting Soil'];
const newsletter = ['Get all the best how-tos!', 'Sign up for wikiHow’s weekly email newsletter', 'Subscribe'];
const footer = ['Home', 'About wikiHow', 'Experts', 'Jobs', 'Contact Us', 'Site Map', 'Terms of Use', 'Privacy Policy', 'Do Not Sell or Share My Info'];
const stepLi = (s: string, i: number, m: number): string => `<li id="step-id-${m}${i}"><div class="step_num" aria-label="Step ${i + 1}">${i + 1}</div>
<div class="mwimg largeimage floatcenter"><a href="/Image:Repot-a-Snake-Plant-Step-${i + 1}.jpg" class="image lightbox"><img alt="Step ${i + 1}"
src="https://www.wikihow.example/images/thumb/Repot-a-Snake-Plant-Step-${m}-${i + 1}.jpg/v4-460px.jpg" width="460" height="345"></a></div>
<div class="step">${s}<div class="clearall"></div></div></li>`;
const method = (name: string, n: number, steps: readonly string[], extra = ''): string => `<div class="section steps${n === 1 ? ' steps_first' : ''}"
id="${name.replace(/ /g, '_')}"><h3><div class="altblock"><span>Method</span> <span>${n}</span></div><span class="mw-headline"
id="${name.replace(/ /g, '-')}">${name}</span>
</h3><div class="method_label">Method ${n} of 2:</div><div id="steps_${n}" class="section_text"><ol class="steps_list_2">
${steps.map((s, i) => stepLi(s, i, n)).join('\n')}</ol>${extra}</div></div>`;
const expert = `<div class="expert_coauthor_quote"><div class="ecq_quote"><p>${expertQuote}</p></div><div class="ecq_name">${expertBox[0]}</div>
<div class="ecq_blurb">${expertBox[1]}</div><div class="ecq_source">${expertBox[2]}</div></div>`;
const section = (id: string, h: string, items: readonly string[]): string => `<div id="${id}" class="section ${id}"><h2><span class="mw-headline"
id="${h.replace(/ /g, '_')}">${h}</span></h2><div class="section_text"><ul>${items.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en" class="desktop"><head><meta charset="utf-8"><title>How to Repot a Snake Plant: 8 Steps (with Pictures) - wikiHow</title>
<meta name="description" content="Snake plants are some of the toughest houseplants around, but even they eventually outgrow their pots.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://www.wikihow.example/Repot-a-Snake-Plant">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"HowTo","name":"How to Repot a Snake Plant","step":[{"@type":"HowToSection",
"name":"Choosing a Pot and Soil","position":1},{"@type":"HowToSection","name":"Moving the Plant","position":2}],"dateModified":"2025-04-03"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","author":{"@type":"Person","name":"Tomas Verhoeven"},
"headline":"How to Repot a Snake Plant","dateModified":"2025-04-03","publisher":{"@type":"Organization","name":"wikiHow"}}</script>
<script>var WH=WH||{};WH.pageName="Repot a Snake Plant";WH.isMobile=0;</script><script src="/extensions/wikihow/common/startup.js" async></script></head>
<body class="mediawiki ltr sitedir-ltr ns-0 page-Repot_a_Snake_Plant skin-owl action-view"><div id="header_container"><div id="header" class="">
<a href="/Main-Page" id="logo_link" class="hide_on_edit" title="wikiHow"><img src="/skins/owl/images/wikihow_logo.svg" alt="wikiHow: the how-to experts"></a>
<div id="hdr_m_search"><form id="hs" action="/wikiHowTo"><input type="text" id="hs_query" placeholder="Search" aria-label="Search"></form></div>
<ul id="actions" role="menubar">${links(nav, 'nav')}</ul></div></div>
<div id="main_container" class="main_with_sidebar"><div id="main"><div id="article" class="mw-body" role="main"><div class="content">
<div id="intro" class="section"><div class="pre-content"><h1 id="section_0" class="title_lg"><a href="/Repot-a-Snake-Plant">${title}</a></h1>
<div class="coauthor_byline"><span class="coauthor_text">Co-authored by <a href="#sp_expert_name">Tomas Verhoeven</a></span>
<div class="byline_info"><span class="byline_updated">Last Updated: April 3, 2025</span> <a href="#references_first" class="byline_refs">References</a>
<span class="sp_approved_icon">Approved</span></div></div></div><div class="mf-section-0">${intro.map((p) => `<p>${p}</p>`).join('')}
<p class="sp_text">This article has been fact-checked, ensuring the accuracy of any cited facts and confirming the authority of its sources.</p>
<p class="sp_views">This article has been viewed 48,201 times.</p></div></div>
<div id="method_toc" class="method_toc"><span class="method_toc_item"><a href="#${m1.replace(/ /g, '_')}">Method 1</a></span>
<span class="method_toc_item"><a href="#${m2.replace(/ /g, '_')}">Method 2</a></span></div>
${method(m1, 1, s1, expert)}
<div class="wh_ad_inner" id="wh_ad_method1"><div class="ad_label">Advertisement</div></div>
${method(m2, 2, s2)}
${section('tips', 'Tips', tips)}
${section('warnings', 'Warnings', warnings)}
${section('thingsyoullneed', 'Things You’ll Need', things)}
<div id="references" class="section references"><h2><span class="mw-headline" id="References">References</span></h2><div class="section_text">
<ol class="references">${refs
  .map(
    (r, i) => `<li id="_note-${i + 1}"><a href="#_ref-${i + 1}">↑</a>
<span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div></div>
<div id="sp_expert_name" class="section aboutthisarticle"><h2><span class="mw-headline" id="About_This_Article">About This Article</span></h2>
<div class="sp_box"><div class="sp_expert_label">Co-authored by:</div><div class="sp_expert_name">Tomas Verhoeven</div><div
class="sp_expert_blurb">Plant Specialist</div>
<p>${about[0]}</p><p>${about[1]}</p></div></div>
<div id="article_rating" class="section"><h2>Did this article help you?</h2><button class="ar_yes">Yes</button><button class="ar_no">No</button></div>
</div></div></div>
<div id="sidebar"><div id="side_related_articles" class="sidebox related_articles"><h3>Related wikiHows</h3><ul>${links(related)}</ul></div>
<div id="rightrail_ad" class="wh_ad_inner"><div class="ad_label">Advertisement</div></div></div></div>
<div id="footer_container"><div id="footer"><div id="sub_footer_newsletter"><h3>${newsletter[0]}</h3><p>${newsletter[1]}</p>
<form><input type="email" placeholder="Email address"><button>${newsletter[2]}</button></form></div><ul id="footer_links">${links(footer)}</ul>
<p id="footer_copy">Text is shared under a Creative Commons License.</p></div></div>
<script>WH.shared.runQueue();</script></body></html>`;

export const wikihowSteps: TestPage = {
  name: 'heldout157-wikihow-steps',
  kind: 'wiki',
  html,
  title,
  // the method h3s and the Tips, Warnings and Things You'll Need h2s are headings; step numbers, "Method N of 2" labels and
  // reference markers are in neither list (the markers stay inside their paragraphs); the expert quote box is furniture
  headings: [m1, m2, 'Tips', 'Warnings', 'Things You’ll Need'],
  body: texts([...intro, ...s1, ...s2, ...tips, ...warnings, ...things]),
  bylines: ['Co-authored by Tomas Verhoeven', 'Last Updated: April 3, 2025', 'Tomas Verhoeven'],
  furniture: [
    ...nav,
    'References',
    'Approved',
    'This article has been fact-checked, ensuring the accuracy of any cited facts and confirming the authority of its sources.',
    'This article has been viewed 48,201 times.',
    'Method 1',
    'Method 2',
    expertQuote,
    'Plant Specialist',
    'Expert Interview. 12 March 2025.',
    'Advertisement',
    ...refs,
    'About This Article',
    'Co-authored by:',
    about[0] ?? '',
    'Did this article help you?',
    'Yes',
    'No',
    'Related wikiHows',
    ...related,
    ...newsletter,
    ...footer,
    'Text is shared under a Creative Commons License.',
  ],
};
