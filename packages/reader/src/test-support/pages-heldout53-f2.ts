import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 53, file f2: a wikiHow article (the header with search, Courses, Explore and log-in, the title, co-author
 * byline with last-updated date and references link, the fact-check note, intro, the parts' method table of contents, numbered
 * steps with images, bold first sentences, sub-bullets, citation marks and hidden "X Research source" tooltips, "Expert Q&A"
 * with the expert's name, title and helpful counts, Tips, Warnings, "Things You'll Need", References, "About This Article" with
 * the co-author's bio and view count, "Did this article help you?", reader success stories, "Related wikiHows", the footer and
 * the cookie banner).
 */
const whTitle = 'How to Repot a Snake Plant';
const whIntro = [
  'Snake plants are famously hard to kill, but even they eventually outgrow their pots. When roots start circling the bottom of ' +
    'the pot, pushing out of the drainage holes or even cracking a plastic container, it’s time to move your plant somewhere bigger. ' +
    'Repotting takes about half an hour, and with the right pot and soil your snake plant will settle in within a few weeks.',
];
type Step = { bold: string; rest: string; ref: string; subs?: string[] };
const whParts: [string, Step[]][] = [
  [
    'Choosing a Pot and Soil',
    [
      {
        bold: 'Repot in spring or early summer.',
        rest:
          'Snake plants grow most in the warm months, so they recover from root disturbance faster then. ' +
          'Unless the pot has actually broken, wait until the weather warms up.',
        ref: 'Research source',
      },
      {
        bold: 'Pick a pot only 1–2 inches (2.5–5 cm) wider than the old one.',
        rest:
          'A pot that is much too big holds water the roots ' +
          'can’t reach, and soggy soil is the most common way to kill a snake plant. Make sure it has at least one drainage hole.',
        ref: 'Expert Source',
        subs: ['Terracotta dries out faster than plastic, which suits a plant that hates wet feet.', 'A heavy pot keeps tall plants from tipping over.'],
      },
      {
        bold: 'Use a fast-draining potting mix.',
        rest: 'A cactus and succulent mix works well on its own. You can also mix two parts ' + 'ordinary potting soil with one part perlite or coarse sand.',
        ref: 'Research source',
      },
    ],
  ],
  [
    'Removing the Plant',
    [
      { bold: 'Let the soil dry out for a few days first.', rest: 'Dry soil falls away from the roots more easily and is less likely to tear them.', ref: '' },
      {
        bold: 'Tip the pot on its side and ease the plant out.',
        rest:
          'Hold the leaves together at the base and slide the root ball out. ' +
          'If it sticks, squeeze a plastic pot or run a butter knife around the inside edge of a rigid one.',
        ref: 'Research source',
      },
      {
        bold: 'Check the roots and trim any damaged ones.',
        rest: 'Healthy roots are firm and pale orange or white. Cut off any that ' + 'are black, mushy or smell bad with clean scissors.',
        ref: 'Expert Source',
      },
    ],
  ],
  [
    'Replanting',
    [
      {
        bold: 'Add a layer of fresh mix to the new pot.',
        rest: 'Fill the pot about a third of the way so the top of the root ball will ' + 'sit about an inch (2.5 cm) below the rim.',
        ref: '',
      },
      {
        bold: 'Set the plant in place and fill in around it.',
        rest: 'Press the mix down gently with your fingers to remove air pockets, but don’t pack it hard. ' + 'Keep the plant at the same depth it was before.',
        ref: '',
      },
      {
        bold: 'Wait about a week before watering.',
        rest:
          'This gives any roots that were damaged time to heal over, which helps prevent ' +
          'rot. After that, water only when the soil has dried out completely.',
        ref: 'Research source',
      },
    ],
  ],
];
const whQa: [string, string][] = [
  [
    'How often should I repot my snake plant?',
    'Every two to three years is usually enough. Snake plants actually like being a little ' +
      'crowded, so only move yours when the roots have filled the pot or it has become top-heavy.',
  ],
  [
    'Can I divide my snake plant when I repot it?',
    'Yes. Repotting is the best time to do it. Cut through the rhizome with a clean knife ' +
      'so that each piece has at least one leaf cluster and a few healthy roots, then pot each piece on its own.',
  ],
];
const whTips = [
  'Wear gloves if you have sensitive skin. The sap of snake plants can irritate skin and is mildly toxic to cats and dogs.',
  'If your plant is very tall, ask someone to hold it upright while you fill in the new mix.',
];
const whWarn = ['Never repot into a container without drainage holes. Water collects at the bottom and rots the roots within weeks.'];
const whNeed = [
  'A pot 1–2 inches (2.5–5 cm) wider than the old one',
  'Cactus and succulent potting mix',
  'Perlite or coarse sand (optional)',
  'Clean scissors or pruning shears',
  'Gloves',
];
const whRefs = [
  'https://extension.example.edu/houseplants/snake-plant-care',
  'https://www.rhs.example.org/plants/sansevieria/repotting',
  '↑ Marisol Tan. Horticulturist. Expert Interview. 12 January 2025.',
];
const whBio =
  'This article was co-authored by Marisol Tan. Marisol Tan is a horticulturist and the owner of Fernside Plant Studio in ' +
  'Portland, Oregon, with over 15 years of experience caring for indoor plants.';
const whRelated = ['How to Propagate a Snake Plant', 'How to Care for a Snake Plant', 'How to Save an Overwatered Succulent', 'How to Choose Potting Soil'];
const whStory = [
  '“I had put off repotting for two years because I was scared of hurting the plant. The tip about waiting a week to water made all the difference.”',
  '“The pictures showing the healthy roots were really useful.”',
];
const whFoot = ['Home', 'About wikiHow', 'Experts', 'Jobs', 'Contact Us', 'Site Map', 'Terms of Use', 'Privacy Policy', 'Do Not Sell or Share My Info'];
const whCookie = 'We use cookies to make wikiHow great. By using our site, you agree to our cookie policy.';
let n = 0;
const cite = (kind: string): string => {
  if (kind === '') return '';
  n++;
  return `<sup id="_ref-${n}" class="reference"><a href="#_note-${n}">[${n}]</a></sup><span class="reference_tooltip" role="tooltip">
<span class="rt_x">X</span><span class="rt_kind">${kind}</span></span>`;
};
let s = 0;
const stepHtml = (st: Step): string => {
  s++;
  return (
    `<li id="step-id-${s}00"><a name="step-${s}"></a><div class="mwimg largeimage"><a href="/Image:Repot-a-Snake-Plant-Step-${s}.jpg" class="image lightbox">` +
    `<div class="content-spacer"><img alt="Image titled Repot a Snake Plant Step ${s}"
src="https://www.wikihow.com/images/thumb/Repot-a-Snake-Plant-Step-${s}.jpg/v4-460px-Repot-a-Snake-Plant-Step-${s}.jpg" width="460" height="345">
</div></a></div>\n` +
    `<div class="step_num" aria-label="Step ${s}">${s}</div><div class="step"><b class="whb">${st.bold}</b> ${st.rest}${cite(st.ref)}` +
    (st.subs ? `<ul>${st.subs.map((t) => `<li>${t}</li>`).join('')}</ul>` : '') +
    '<div class="clearall"></div></div></li>'
  );
};
const whHtml = `<!DOCTYPE html>
<html lang="en" class="whnew"><head><meta charset="utf-8"><title>How to Repot a Snake Plant: 9 Steps (with Pictures) - wikiHow</title>
<meta name="description" content="Snake plants are famously hard to kill, but even they eventually outgrow their pots.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"HowTo","name":"How to Repot a Snake Plant",
"step":[{"@type":"HowToSection","name":"Choosing a Pot and Soil"}],"author":{"@type":"Person","name":"Marisol Tan"},"dateModified":"2025-03-04"}</script>
<script>var WH = WH || {}; WH.pageName = "Repot a Snake Plant"; WH.articleId = 11829457; WH.isMobile = false;</script>
<link rel="stylesheet" href="/extensions/min/f/skins/owl/css/owl.css?rev=4f09c1a">
</head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Repot-a-Snake-Plant skin-owl action-view">
<div id="header_container"><div id="header" class="hs_notrans"><a href="/Main-Page" id="logo_link" class="hs_notrans">
<img src="/skins/owl/images/wikihow_logo.svg" alt="wikiHow"></a>
<form action="/wikiHowTo" class="search_box" id="hs_form">
<input type="text" class="search_box" name="search" placeholder="Search" aria-label="Search"><button type="submit">Search</button></form>
<nav id="header_menu"><a href="/Courses" class="nav">Courses</a><div class="menu"><a href="#" class="nav">Explore</a><div class="menu_content">
<a href="/Special:Randomizer">Random Article</a>
<a href="/Special:CategoryListing">Categories</a><a href="/wikiHow:About-wikiHow">About wikiHow</a></div></div>
<a href="/Special:UserLogin" class="nav">Log in</a></nav></div></div>
<div id="main_container" class="no_toc"><div id="main"><div id="article" class="microdata" itemscope itemtype="http://schema.org/HowTo">
<div id="intro" class="section"><h1 class="title_lg"><a href="https://www.wikihow.com/Repot-a-Snake-Plant" class="title_link">${whTitle}</a></h1>
<div id="coauthor_byline"><div class="byline_info"><span class="coauthor_link">Co-authored by <a href="#sp_coauthor_expertise">Marisol Tan</a></span>
<span class="byline_date">Last Updated: March 4, 2025</span><a href="#references_first" class="byline_refs">References</a></div>
<div class="fact_check_note"><span>Fact Checked</span>
<span class="tooltip">This article has been fact-checked, ensuring the accuracy of any cited facts and confirming the authority of its sources.</span>
</div></div>
<div class="mf-section-0" id="mf-section-0"><p>${whIntro[0]}</p></div>
<div id="method_toc" class="method_toc"><span class="method_toc_label">Part</span>${whParts
  .map(
    ([h], i) => `<a href="#${h.replace(/ /g, '-')}">
<span class="method_toc_num">${i + 1}</span> ${h}</a>`,
  )
  .join('')}
<a href="#Expert-Q&amp;A">Expert Q&amp;A</a><a href="#Tips">Tips</a><a href="#Warnings">Warnings</a>
<a href="#Things-You'll-Need">Things You'll Need</a><a href="#References">References</a></div></div>
${whParts
  .map(
    ([h, steps], i) =>
      `<div class="section steps${i === 0 ? ' steps_first' : ''}"><h3><div class="altblock">
<span class="altblock_part">Part</span> <span class="altblock_num">${i + 1}</span></div>` +
      `<span class="mw-headline" id="${h.replace(/ /g, '-')}">${h}</span></h3>\n<div id="steps_${i + 1}" class="section_text">
<ol class="steps_list_2">\n${steps.map(stepHtml).join('\n')}\n</ol></div></div>`,
  )
  .join('\n')}
<div id="qa" class="section"><h2><span class="mw-headline" id="Questions_and_Answers_sub">Expert Q&amp;A</span></h2><div class="section_text">
<div class="qa_search"><input type="text" placeholder="Search" aria-label="Search questions"><button>Add New Question</button></div>
${whQa
  .map(
    ([q, ans], i) => `<div class="qa_aq"><div class="qa_q_txt"><span class="qa_label">Question</span>${q}</div>
<div class="qa_answer_wrap"><div class="qa_expert_area"><img src="/images/avatars/marisol-tan.jpg" alt="">
<span class="qa_user_link">Marisol Tan</span><span class="qa_user_desc">Horticulturist</span></div>
<div class="qa_expert_badge">Expert Answer</div><div class="qa_answer answer">${ans}</div>
<div class="qa_helpful">Thanks! We're glad this was helpful.<span class="qa_helpful_label">Helpful</span> <span
class="qa_helpful_count">${[37, 12][i]}</span> <span>Not Helpful</span> <span>${[3, 1][i]}</span></div></div></div>`,
  )
  .join('\n')}
<div class="qa_ask"><label for="qa_ask_input">Ask a Question</label><textarea id="qa_ask_input" placeholder="200 characters left"></textarea>
<p class="qa_ask_note">Include your email address to get a message when this question is answered.</p><button>Submit</button></div></div></div>
<div id="tips" class="section"><h2><span class="mw-headline" id="Tips">Tips</span></h2><div class="section_text">
<ul>${whTips.map((t) => `<li>${t}</li>`).join('')}</ul></div></div>
<div id="warnings" class="section"><h2><span class="mw-headline" id="Warnings">Warnings</span></h2><div class="section_text">
<ul>${whWarn.map((t) => `<li>${t}</li>`).join('')}</ul></div></div>
<div id="thingsyoullneed" class="section"><h2><span class="mw-headline" id="Things_You'll_Need">Things You'll Need</span></h2>
<div class="section_text"><ul>${whNeed.map((t) => `<li>${t}</li>`).join('')}</ul></div></div>
<div id="references" class="section"><h2><span class="mw-headline" id="References">References</span></h2><div class="section_text">
<ol class="references">${whRefs.map((t, i) => `<li id="_note-${i + 1}"><a href="${t.startsWith('http') ? t : '#'}">${t}</a></li>`).join('')}</ol></div></div>
<div id="sp_coauthor_expertise" class="section"><h2>About This Article</h2><div class="sp_box"><img src="/images/avatars/marisol-tan.jpg" alt="">
<div class="sp_text">
<span class="sp_label">Co-authored by:</span> <span class="sp_name">Marisol Tan</span> <span class="sp_title">Horticulturist</span><p>${whBio}</p>
<p class="sp_views">This article has been viewed 214,530 times.</p></div></div></div>
<div id="article_rating" class="section"><h3>Did this article help you?</h3><button class="ar_yes">Yes</button><button class="ar_no">No</button></div>
<div id="user_reviews" class="section"><h2>Reader Success Stories</h2>${whStory
  .map(
    (t, i) => `<div class="ur_review"><p>${t}</p>
<span class="ur_name">${['Dana R.', 'Priyanka S.'][i]}</span></div>`,
  )
  .join('\n')}
<a href="#" class="ur_share">Share your story</a></div>
<div id="related_wikihows" class="section"><h2>Related wikiHows</h2><ul>${whRelated
  .map(
    (t) => `<li>
<a href="/${t.slice(7).replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul></div>
</div></div></div>
<div id="footer_container"><div id="footer"><ul>${whFoot.map((t) => `<li><a href="/wikiHow:${t.replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul>
<p class="footer_follow">Follow Us</p><p class="footer_legal">All text shared under a Creative Commons License.</p></div></div>
<div id="gdpr_banner" class="cookie_notice"><p>${whCookie}</p><button id="gdpr_accept">Okay</button></div>
</body></html>`;
const whAllSteps = whParts.flatMap(([, steps]) => steps);
export const wikihowArticle: TestPage = {
  html: whHtml,
  name: 'heldout53-wikihow',
  kind: 'wiki',
  // body: the intro, each step (bold first sentence and the rest, one string up to its citation mark; the marks "[1]"... and the
  // hidden "X Research source"/"X Expert Source" tooltips are in neither, as citation marks are), the steps' sub-bullets, the
  // expert's questions and answers (Q&A posts are body), tips, warnings and the things-you'll-need list; headings are the three
  // parts and the h2 sections ("Part" with its number in neither, a label). Bylines: the co-author (also the Q&A answers' poster)
  // and the last-updated date ("Co-authored by" in neither). Furniture: header, the fact-check note, the method table of contents
  // (its entries repeat the headings: left out), the Q&A labels, the expert's title "Horticulturist", "Expert Answer", helpful
  // counts, the ask form, References (sources), "About This Article" with the bio and view count, "Did this article help you?",
  // reader success stories (readers' comments), "Related wikiHows", footer and cookie banner
  title: whTitle,
  headings: whParts.map(([h]) => h).concat(['Expert Q&A', 'Tips', 'Warnings', "Things You'll Need"]),
  body: [
    ...texts(whIntro),
    ...whAllSteps.flatMap((st) => [`${st.bold} ${texts([st.rest])[0]}`, ...(st.subs ?? [])]),
    ...whQa.flat(),
    ...whTips,
    ...whWarn,
    ...whNeed,
  ],
  bylines: ['Marisol Tan', 'Last Updated: March 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'wikiHow', 'Search', 'Courses', 'Explore', 'Random Article', 'Categories', 'About wikiHow', 'Log in', 'Fact Checked',
    'This article has been fact-checked, ensuring the accuracy of any cited facts and confirming the authority of its sources.', 'Add New Question',
    'Question', 'Horticulturist', 'Expert Answer', "Thanks! We're glad this was helpful.", 'Helpful', 'Not Helpful', 'Ask a Question',
    'Include your email address to get a message when this question is answered.', 'Submit', 'References', ...whRefs, 'About This Article',
    'Co-authored by:', whBio, 'This article has been viewed 214,530 times.', 'Did this article help you?', 'Reader Success Stories', ...whStory,
    'Dana R.', 'Priyanka S.', 'Share your story', 'Related wikiHows', ...whRelated, ...whFoot, 'Follow Us',
    'All text shared under a Creative Commons License.', whCookie, 'Okay',
  ],
};
