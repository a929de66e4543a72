import { links, plain, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 82, file f2: a wikiHow article with parts and an expert Q&A (the header with search, "Log in" and the
 * hamburger menu, breadcrumbs, "Co-authored by" with the expert's credential and "Last Updated", the references and views
 * counters, "Things You Should Know", "Part n" labels over the part headings, numbered steps with bold leads and sub-bullets,
 * the expert Q&A with the expert's bio, "Expert Answer", the unlock prompt and helpfulness votes, the "Ask a Question" form,
 * tips with the "Submit a Tip" form, warnings, "Things You'll Need", references, "About This Article", "Did this article
 * help you?", "Reader Success Stories", "Related wikiHows" and the footer).
 */
const whTitle = 'How to Grow Basil Indoors';
const whIntro = [
  'Fresh basil makes everything from pasta sauce to a simple tomato salad taste better, and you don’t need a garden to grow it. With a sunny ' +
    'window, a well-draining pot and a little regular care, you can have a steady supply of leaves all year. Here’s how to plant basil ' +
    'indoors and keep it bushy and productive.',
];
const whKnow = [
  'Plant basil in a pot with drainage holes, filled with a light, well-draining potting mix.',
  'Give your basil at least 6 hours of direct sun a day, or 10 to 12 hours under a grow light.',
  'Water when the top inch of soil feels dry, and pinch off the top leaves regularly so the plant grows bushy.',
];
interface WhStep {
  lead: string;
  text: string;
  subs?: string[];
}
const whParts: { title: string; steps: WhStep[] }[] = [
  {
    title: 'Choosing a Container and Soil',
    steps: [
      {
        lead: 'Pick a pot that is at least 6 inches (15 cm) wide with drainage holes.',
        text: 'Basil hates sitting in wet soil, so drainage matters more than the material. Terracotta dries out faster than plastic.',
      },
      {
        lead: 'Fill the pot with a light potting mix.',
        text: 'Use a general-purpose indoor potting mix rather than garden soil, which compacts in containers.',
        subs: ['Mix in a handful of perlite if the potting mix feels heavy.', 'Leave about an inch (2.5 cm) of space at the top for watering.'],
      },
    ],
  },
  {
    title: 'Planting Your Basil',
    steps: [
      {
        lead: 'Sow seeds ¼ inch (6 mm) deep.',
        text: 'Scatter 6 to 8 seeds across the surface, cover them lightly with potting mix and mist the soil until it is damp.',
      },
      {
        lead: 'Keep the pot warm until the seeds sprout.',
        text: 'Basil germinates best at 70 to 80 °F (21 to 27 °C). The seedlings usually appear within 5 to 10 days.',
      },
      {
        lead: 'Thin the seedlings to the strongest 2 or 3 plants.',
        text: 'Snip the weaker seedlings at soil level with scissors once they have their first true leaves.',
      },
    ],
  },
  {
    title: 'Caring for Your Basil',
    steps: [
      {
        lead: 'Put the pot in your sunniest window.',
        text: 'A south-facing window is ideal. If the stems look long and floppy, the plant isn’t getting enough light.',
        subs: ['Turn the pot a quarter turn every few days so the plant grows evenly.'],
      },
      {
        lead: 'Water when the top inch of soil is dry.',
        text: 'Water at the base of the plant until water runs from the drainage holes, then empty the saucer.',
      },
      {
        lead: 'Pinch off the top leaves to keep the plant bushy.',
        text: 'Once the plant has 3 or 4 sets of leaves, pinch off the top pair just above a leaf node. Two new stems will grow from that spot.',
      },
    ],
  },
];
const whQa = [
  {
    q: 'Why are the leaves on my indoor basil turning yellow?',
    a:
      'Yellow leaves on indoor basil usually mean the roots are staying too wet. Make sure the pot drains freely, empty the saucer after ' +
      'watering and let the top of the soil dry out before you water again. If the plant has been in the same pot for months, it may also ' +
      'need a little balanced liquid fertilizer.',
  },
  {
    q: 'Should I let my basil flower?',
    a:
      'It’s best to pinch the flower buds off as soon as you see them. Once basil flowers, it puts its energy into making seeds and the leaves ' +
      'become smaller and more bitter.',
  },
];
const whTips = [
  'Harvest basil from the top down, and never take more than a third of the plant at once.',
  'Grow a few pots at different times so you always have a young, productive plant.',
];
const whWarnings = ['Keep basil away from cold drafts and windows in winter. Temperatures below 50 °F (10 °C) can damage the leaves.'];
const whNeed = ['Pot with drainage holes', 'Potting mix', 'Basil seeds', 'Spray bottle', 'Scissors'];
const whExpert = 'Hollis Brand';
const whCred = 'Master Gardener';
const whBio = 'Hollis Brand is a master gardener and horticultural educator with over 15 years of experience teaching container and kitchen gardening.';
const whNav = ['Browse Categories', 'Learn Something New', 'Quizzes', 'Hot', 'Random Article', 'Play', 'Train Your Brain', 'About wikiHow', 'Terms of Use'];
const whCrumbs = ['Home', 'Categories', 'Home and Garden', 'Gardening', 'Herb Gardening'];
const whQaFurn = [
  'Expert Answer',
  'Support wikiHow by unlocking this expert answer.',
  'Helpful 31',
  'Not Helpful 4',
  'Helpful 18',
  'Not Helpful 1',
  'Ask a Question',
  '200 characters left',
  'Include your email address to get a message when this question is answered.',
  'Submit',
];
const whTipForm = ['Submit a Tip', 'All tip submissions are carefully reviewed before being published', 'Thanks for submitting a tip for review!'];
const whRefs = ['https://extension.example.edu/herbs/growing-basil-in-containers', 'https://www.example-gardening.org/basil-light-requirements'];
const whAbout = [
  'About This Article',
  'This article was co-authored by Hollis Brand. Hollis Brand is a master gardener and horticultural educator with over 15 years of ' +
    'experience. This article has been viewed 48,210 times.',
  'Co-authors: 12',
  'Updated: September 3, 2025',
  'Views: 48,210',
  'Categories: Herb Gardening',
];
const whHelp = ['Did this article help you?', 'Yes', 'No'];
const whStories = ['Reader Success Stories', '“I pinched the tops like it says and my basil finally stopped getting leggy!” — Marguerite D.'];
const whRelated = ['How to Prune Basil', 'How to Grow Mint Indoors', 'How to Dry Fresh Herbs', 'How to Save Basil Seeds'];
const whFoot = ['Home', 'About wikiHow', 'Experts', 'Jobs', 'Contact Us', 'Site Map', 'Terms of Use', 'Privacy Policy', 'Do Not Sell or Share My Info'];
const whNews = ['Get all the best how-tos!', 'Sign up for wikiHow’s weekly email newsletter', 'Subscribe'];
const whStepText = (s: WhStep): string => `<b class="whb">${s.lead}</b> ${s.text}`;
const whStep = (part: number, s: WhStep, i: number): string => {
  const whN = i + 1;
  return `<li id="step-id-${part}${i}"><a name="step_${part}_${whN}" class="stepanchor"></a><div class="mwimg largeimage floatcenter"><span
class="m_img_wrap"><img
src="https://www.wikihow.com/images/thumb/basil-step-${part}-${whN}.jpg/v4-460px-basil-step-${part}-${whN}.jpg"
alt="Image titled Grow Basil Indoors Step ${part}" width="460"
height="345"></span></div><div class="step_num" aria-label="Step ${whN}">${whN}</div><div class="step">${whStepText(s)}${
    s.subs ? `<ul>${s.subs.map((t) => `<li>${t}</li>`).join('')}</ul>` : ''
  }<div class="clearall"></div></div></li>`;
};
const whSection = (id: string, h2: string, inner: string, cls = ''): string => `<div class="section ${cls}" id="${id}"><h2><span class="mw-headline"
id="${h2.replace(/ /g, '-')}">${h2}</span></h2><div class="section_text">${inner}</div></div>`;
const whQaItem = (x: { q: string; a: string }, i: number): string => `<li class="qa_li qa_answered"><div class="qa_q_txt">${x.q}</div><div class="qa_answer">
<div class="qa_expert_area"><a href="/Experts/Hollis-Brand" class="qa_expert_name">${whExpert}</a> <span class="qa_expert_title">${whCred}</span>
<div class="qa_expert_bio">${whBio}</div></div><div class="qa_label">${whQaFurn[0]}</div><div class="qa_a_txt">${x.a}</div>
<div class="qa_unlock" hidden>${whQaFurn[1]}</div><div class="qa_helpful"><span>${whQaFurn[2 + i * 2]}</span>
<span>${whQaFurn[3 + i * 2]}</span></div></div></li>`;
const whHtml = `<!DOCTYPE html>
<html lang="en" class="html5"><head><meta charset="utf-8"><title>How to Grow Basil Indoors: Planting, Light, and Care Tips</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Want to grow basil indoors? Here's how to plant basil in a
pot and keep it bushy and productive all year.">
<link rel="canonical" href="https://www.wikihow.com/Grow-Basil-Indoors">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"HowTo","name":"How to Grow Basil Indoors","step":[{"@type":"HowToSection","name":
"Choosing a Container and Soil","position":1}],"author":{"@type":"Person","name":"Hollis Brand"},"dateModified":"2025-09-03"}</script>
<link rel="stylesheet" href="https://www.wikihow.com/extensions/wikihow/common/wh_desktop.css?rev=9c21f4">
<script>var WH=WH||{};WH.pageName="Grow-Basil-Indoors";WH.articleId=2281044;WH.isMobile=false;</script></head>
<body class="mediawiki ltr sitedir-ltr ns-0 page-Grow_Basil_Indoors skin-owl action-view"><div id="header_container"><div id="header" role="navigation">
<a href="/Main-Page" id="logo_link" class="logo"><img src="https://www.wikihow.com/skins/owl/images/wikihow_logo.svg" alt="wikiHow" width="178" height="36"></a>
<form id="hs" action="/wikiHowTo"><input type="text" id="hs_query" name="search" placeholder="Search" aria-label="Search"><button type="submit"
id="hs_submit" aria-label="Submit search"></button></form><a href="/Special:UserLogin" id="login_link">Log in</a>
<div id="hamburger_menu"><ul>${links(whNav, 'menu_item')}</ul></div></div></div>
<div id="main_container" class="main_with_sidebar"><div id="main"><div id="article_shell"><div id="article" class="hentry" role="main">
<ul id="breadcrumb" class="breadcrumbs">${links(whCrumbs)}</ul>
<div id="intro" class="section"><h1 id="section_0" class="title_lg">${whTitle}</h1>
<div class="coauthor_byline"><div class="byline_info"><span class="byline_text">Co-authored by <a href="/Experts/Hollis-Brand"
class="expert_name">${whExpert}</a>
</span><div class="byline_expert_title">${whCred}</div></div><div class="byline_meta"><span class="byline_updated">Last Updated: September 3, 2025</span>
<span class="byline_refs"><a href="#references">References</a></span></div></div>
<div class="mf-section-0"><p>${whIntro[0]}</p></div></div>
${whSection('thingsyoushouldknow', 'Things You Should Know', `<ul>${whKnow.map((t) => `<li>${t}</li>`).join('')}</ul>`, 'summary_section')}
${whParts
  .map(
    (p, i) => `<div class="section steps${i === 0 ? ' steps_first' : ''}"><div class="altblock"><span class="altblock_part">Part ${i + 1}</span><span
class="altblock_of">of 3:</span></div><h2><span class="mw-headline" id="${p.title.replace(/ /g, '-')}">${p.title}</span></h2><div id="steps_${i + 1}"
class="section_text"><ol class="steps_list_2">${p.steps.map((st, j) => whStep(i + 1, st, j)).join('\n')}</ol></div></div>`,
  )
  .join('\n')}
${whSection(
  'qa',
  'Expert Q&amp;A',
  `<ul id="qa_article_questions">${whQa.map(whQaItem).join('\n')}</ul><div id="qa_submit" class="qa_ask"><h3>${whQaFurn[6]}</h3><textarea
aria-label="${whQaFurn[6]}"></textarea><span class="qa_chars">${whQaFurn[7]}</span><p>${whQaFurn[8]}</p><button type="submit">${whQaFurn[9]}</button></div>`,
  'qa',
)}
${whSection(
  'tips',
  'Tips',
  `<ul>${whTips.map((t) => `<li>${t}</li>`).join('')}</ul><div class="addTipElement"><a href="#" class="addtip_link">${whTipForm[0]}</a><p
class="addtip_note">${whTipForm[1]}</p><p class="addtip_thanks" hidden>${whTipForm[2]}</p></div>`,
)}
${whSection('warnings', 'Warnings', `<ul>${whWarnings.map((t) => `<li>${t}</li>`).join('')}</ul>`)}
${whSection('thingsyoullneed', 'Things You’ll Need', `<ul>${whNeed.map((t) => `<li>${t}</li>`).join('')}</ul>`)}
${whSection('references', 'References', `<ol class="references">${whRefs.map((r) => `<li><a href="${r}" class="external">${r}</a></li>`).join('')}</ol>`)}
<div id="article_info" class="section"><h2>${whAbout[0]}</h2><p>${whAbout[1]}</p><ul class="article_info_list">${whAbout
  .slice(2)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul></div>
<div id="helpfulness" class="section"><h2>${whHelp[0]}</h2><button type="button">${whHelp[1]}</button><button type="button">${whHelp[2]}</button></div>
<div id="success_stories" class="section"><h2>${whStories[0]}</h2><p>${whStories[1]}</p></div></div></div></div>
<div id="sidebar"><div id="side_related_articles" class="sidebox"><h3>Related wikiHows</h3><ul>${links(whRelated)}</ul></div></div></div>
<div id="footer_shell"><div id="footer"><ul id="footer_links">${links(whFoot)}</ul><div id="footer_newsletter"><h3>${whNews[0]}</h3><p>${whNews[1]}</p>
<input type="email" aria-label="Email address"><button type="submit">${whNews[2]}</button></div></div></div>
<script src="https://www.wikihow.com/extensions/min/?g=whjs&amp;rev=9c21f4" defer></script></body></html>`;
export const wikihowPage: TestPage = {
  html: whHtml,
  name: 'heldout82-wikihow-parts-expert-qa',
  kind: 'wiki',
  // the intro, "Things You Should Know", every step (bold lead and text as one entry, its sub-bullets as entries), the Q&A
  // questions and expert answers, tips, warnings and "Things You'll Need" are body; the part headings and the section
  // headings are headings, the "Part n of 3:" labels and step numbers in neither list; references are in neither list;
  // "Co-authored by", the expert's name and "Last Updated" are bylines; the credential, the expert bio, answer labels,
  // votes, the question and tip forms, "About This Article", helpfulness, success stories, related and footer are furniture
  title: whTitle,
  headings: ['Things You Should Know', ...whParts.map((p) => p.title), 'Expert Q&A', 'Tips', 'Warnings', 'Things You’ll Need'],
  body: [
    ...texts([...whIntro, ...whKnow]),
    ...whParts.flatMap((p) => p.steps.flatMap((s) => [plain(whStepText(s)), ...(s.subs ?? [])])),
    ...whQa.flatMap((x) => [x.q, x.a]),
    ...whTips,
    ...whWarnings,
    ...whNeed,
  ],
  bylines: ['Co-authored by', whExpert, 'Last Updated: September 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Log in', ...whNav, ...whCrumbs, whCred, 'References', whBio, ...whQaFurn, ...whTipForm, ...whAbout, ...whHelp, ...whStories, 'Related wikiHows',
    ...whRelated, ...whFoot, ...whNews,
  ])],
};
