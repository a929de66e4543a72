import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 71, file e2: a wikiHow how-to article (the header with logo, search, "Courses", "Explore" and "Log in",
 * breadcrumbs, the h1 with its link, the co-author byline with "Last Updated" and "References", the intro, "Part 1 of 2:"
 * labels and "Download Article" links inside the part headings, numbered steps with bold first sentences and reference
 * marks, "Advertisement" slots between steps, "Tips" with the "Submit a Tip" form, "Warnings", "Things You'll Need",
 * "References", "About This Article" with the expert blurb and view count, "Did this article help you?", "You Might Also
 * Like", the footer and the cookie notice).
 */
const whTitle = 'How to Repot an Orchid';
const whIntro = [
  'Orchids grow in a loose, chunky mix rather than soil, and that mix slowly breaks down. Every one to two years, or when roots ' +
    'start climbing out of the pot, your orchid will be happier in fresh bark and a pot that fits. Repotting takes about twenty ' +
    'minutes, and the best time to do it is just after the plant finishes flowering.',
];
const whParts = ['Preparing the Plant and Pot', 'Moving the Orchid to Its New Pot'];
const whSteps1 = [
  '<b class="whb">Wait until the orchid has finished blooming.</b> Repotting a plant in flower can make it drop its blooms early. ' +
    'Look for new roots or leaves starting to grow, which means the plant is ready to settle into fresh mix.<sup class="reference">[1]</sup>',
  '<b class="whb">Choose a pot only slightly bigger than the root ball.</b> A pot 2 to 5 cm (1 to 2 in) wider than the old one is ' +
    'plenty. Clear plastic pots with drainage holes let you see the roots and tell when the plant needs water.',
  '<b class="whb">Soak the new orchid bark for an hour.</b> Dry bark repels water at first, so soaking it helps it hold moisture ' +
    'once it is in the pot. Drain it well before you use it.',
  '<b class="whb">Water the orchid the day before.</b> Moist roots are more flexible and less likely to snap when you pull the plant ' + 'out of its old pot.',
];
const whSteps2 = [
  '<b class="whb">Ease the orchid out of its old pot.</b> Squeeze the sides of a plastic pot to loosen the roots. If roots have ' +
    'grown onto a clay pot, slide a clean knife around the inside edge.',
  '<b class="whb">Shake off the old mix and trim dead roots.</b> Healthy roots are firm and green or silvery. Cut away roots that ' +
    'are brown, hollow or mushy with sterilized scissors.<sup class="reference">[2]</sup>',
  '<b class="whb">Set the plant in the new pot at the same depth.</b> The base of the lowest leaf should sit just at the top of ' +
    'the mix. Hold the plant in place with one hand.',
  '<b class="whb">Fill in around the roots with the damp bark.</b> Tap the pot on the table as you go so the pieces settle between ' +
    'the roots. Do not pack the bark down hard, because the roots need air.',
  '<b class="whb">Keep the orchid out of direct sun for a week.</b> Wait about a week before watering again, so any roots damaged ' +
    'during repotting can heal over.',
];
const whTips = [
  'If you are not sure whether it is time to repot, press a finger into the mix. If it feels soft and crumbly like soil, replace it.',
  'Phalaenopsis orchids, the kind most often sold in shops, do well in medium-grade bark.',
];
const whWarn = ['Never use ordinary potting soil for an orchid. It holds too much water and will rot the roots.'];
const whNeed = ['Orchid bark mix', 'A clear plastic pot with drainage holes', 'Sterilized scissors or pruners', 'A bowl for soaking the bark'];
const whNav = ['Courses', 'Explore', 'Log in'];
const whCrumbs = ['Home', 'Home and Garden', 'Gardening', 'Houseplants'];
const whRefs = ['https://www.orchidsociety.example.org/care/repotting', 'https://extension.example.edu/houseplants/orchid-roots'];
const whAbout = [
  'This article was co-authored by Marisol Agnew. Marisol Agnew is a certified horticulturist and the owner of a greenhouse nursery that ' +
    'specializes in orchids. This article has been viewed 84,212 times.',
];
const whAlso = ['How to Water an Orchid', 'How to Get an Orchid to Rebloom', 'How to Grow Orchids from Seed'];
const whTipForm = [
  'Submit a Tip',
  'All tip submissions are carefully reviewed before being published',
  'Please provide your name and last initial',
  'Submit',
  'Thanks for submitting a tip for review!',
];
const whFoot = ['About wikiHow', 'Experts', 'Jobs', 'Contact Us', 'Site Map', 'Terms of Use', 'Privacy Policy', 'Do Not Sell or Share My Info'];
const whCookie = 'Cookies make wikiHow better. By continuing to use our site, you agree to our cookie policy.';
const ad = (n: number): string =>
  `<div class="wh_ad_inner step_ad" data-service="adsense" data-adtargetid="step${n}"><div class="ad_label">Advertisement</div></div>`;
const step = (t: string, i: number, part: number): string => `<li id="step-id-${part}${i}"><div class="mwimg largeimage floatcenter"><a class="image lightbox">
<img alt="Step ${i + 1}" src="/images/thumb/a/a1/Repot-an-Orchid-Step-${i + 1}.jpg/v4-460px.jpg" width="460" height="345"></a></div>
<div class="step_num" aria-label="Step ${i + 1}">${i + 1}</div><div class="step">${t}</div><div
class="clearall"></div></li>${i === 1 ? ad(part * 10 + i) : ''}`;
const part = (n: number, steps: readonly string[]): string => `<div class="section steps${n === 0 ? ' steps_first' : ''}" id="steps_${n + 1}">
<h3><div class="method_label">Part ${n + 1} of 2:</div><span class="mw-headline" id="${whParts[n]!.replace(/ /g, '-')}">${whParts[n]}</span>
<a href="#" class="method_download" rel="nofollow">Download Article</a></h3><div id="steps_${n + 1}_text" class="section_text">
<ol class="steps_list_2">${steps.map((t, i) => step(t, i, n)).join('\n')}</ol></div></div>`;
const list = (
  cls: string,
  h: string,
  a: readonly string[],
  extra = '',
): string => `<div class="section ${cls}"><h2><span class="mw-headline" id="${h}">${h}</span></h2>
<div id="${cls}" class="section_text"><ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>${extra}</div></div>`;
const whHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="client-nojs"><head><meta charset="UTF-8"><title>How to Repot an Orchid: 9 Steps (with Pictures) - wikiHow</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Orchids grow in a loose, chunky mix rather than soil.">
<meta property="og:title" content="How to Repot an Orchid"><link rel="canonical" href="https://www.wikihow.com/Repot-an-Orchid">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"How to Repot an Orchid","step":[{"@type":"HowToSection",
"name":"Preparing the Plant and Pot","position":1},{"@type":"HowToSection","name":"Moving the Orchid to Its New Pot","position":2}],
"author":{"@type":"Person","name":"Marisol Agnew"},"dateModified":"2025-02-27"}</script>
<script>var WH = WH || {}; WH.pageName = "Repot-an-Orchid"; WH.isMobile = false;</script>
<link rel="stylesheet" href="/extensions/wikihow/common/css/desktop.min.css?rev=7a1d3f"></head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Repot_an_Orchid skin-owl action-view">
<div id="header_container"><div id="header" role="navigation"><a href="/Main-Page" id="logo_link" class="logo"><img src="/skins/owl/images/wikihow_logo.png"
alt="wikiHow"></a><div id="hs"><form action="/wikiHowTo" id="hs_form" role="search"><input type="text" id="hs_query" name="search" placeholder="Search"
aria-label="Search"><button type="submit" id="hs_submit" aria-label="Search"></button></form></div>
<nav id="actions"><ul>${links(whNav, 'nav')}</ul></nav></div></div>
<div id="main_container" class="main_container"><div id="main"><div id="article_shell"><div id="article" class="" itemscope
itemtype="http://schema.org/Article">
<div id="breadcrumb" class="breadcrumbs"><ul>${links(whCrumbs)}</ul></div>
<div class="pre-content"><h1 class="title_lg" id="section_0"><a href="https://www.wikihow.com/Repot-an-Orchid">${whTitle}</a></h1>
<div id="byline" class="byline_info"><div class="coauthor_byline"><span class="byline_text">Co-authored by <a href="/User:Marisol-Agnew"
class="sp_expert_name">Marisol
Agnew</a></span></div><div class="byline_meta"><span class="byline_updated">Last Updated: February 27, 2025</span>
<a href="#sourcesandcitations" class="byline_refs">References</a></div></div></div>
<div id="intro" class="section"><div class="mf-section-0">${whIntro.map((t) => `<p>${t}</p>`).join('')}</div></div>
${ad(0)}
${part(0, whSteps1)}
${part(1, whSteps2)}
${list(
  'tips',
  'Tips',
  whTips,
  `<div class="addTipElement"><h4>${whTipForm[0]}</h4><p class="tip_disclaimer">${whTipForm[1]}</p><textarea class="newtip"></textarea>
<input type="text" placeholder="Name"><p class="tip_name_hint">${whTipForm[2]}</p><button type="button">${whTipForm[3]}</button>
<div class="tip_thanks" style="display:none">${whTipForm[4]}</div></div>`,
)}
${list('warnings', 'Warnings', whWarn)}
${list('thingsyoullneed', 'Things You’ll Need', whNeed)}
<div class="section sourcesandcitations" id="sourcesandcitations"><h2><span class="mw-headline" id="References">References</span></h2>
<div class="section_text"><ol class="references">${whRefs
  .map(
    (t, i) => `<li id="_note-${i + 1}"><a href="#_ref-${i + 1}">↑</a> <a href="${t}"
rel="nofollow">${t}</a></li>`,
  )
  .join('\n')}
</ol></div></div>
<div class="section aboutthisarticle"><h2><span class="mw-headline" id="About_This_Article">About This Article</span></h2><div class="section_text">
<div class="sp_expert_box"><div class="sp_expert_label">Co-authored by:</div><div class="sp_expert_name">Marisol Agnew</div>
<div class="sp_expert_blurb">Certified Horticulturist</div></div><p>${whAbout[0]}</p>
<div class="at_stats"><span>Co-authors: 14</span> <span>Updated: February 27, 2025</span> <span>Views: 84,212</span></div>
<div class="at_cats">Categories: <a href="/Category:Houseplants">Houseplants</a></div></div></div>
<div id="article_rating" class="article_rating"><h3>Did this article help you?</h3><button type="button">Yes</button><button type="button">No</button></div>
</div></div>
<div id="sidebar"><div id="side_related" class="sidebox"><h3>You Might Also Like</h3><ul>${links(whAlso, 'related_item')}</ul></div>
${ad(99)}</div></div></div>
<div id="footer_shell"><div id="footer" role="contentinfo"><ul id="footer_links">${links(whFoot)}</ul><p class="footer_follow">Follow Us</p>
<p>© 2025 wikiHow, Inc. All rights reserved.</p></div></div>
<div id="gdpr" class="cookie_notice"><p>${whCookie} <a href="/wikiHow:Cookie-Policy">Cookie Settings</a></p><button type="button"
id="gdpr_accept">Got it</button></div>
<script src="/extensions/wikihow/common/js/desktop.min.js?rev=7a1d3f" defer></script></body></html>`;

export const wikihowPage: TestPage = {
  html: whHtml,
  name: 'heldout71-wikihow-howto-wiki',
  kind: 'wiki',
  // each step's text (bold first sentence and "[n]" marks) is body, without the step number; the part titles are headings
  // and their "Part n of 2:" labels and "Download Article" links are furniture; "Tips", "Warnings" and "Things You’ll Need"
  // are headings with body lists; the References and About This Article sections are furniture, the co-author line and
  // dates bylines; the breadcrumb "Home" and the sidebar title are furniture
  title: whTitle,
  headings: [...whParts, 'Tips', 'Warnings', 'Things You’ll Need'],
  body: [...texts(whIntro), ...texts(whSteps1), ...texts(whSteps2), ...whTips, ...whWarn, ...whNeed],
  bylines: ['Co-authored by Marisol Agnew', 'Last Updated: February 27, 2025', 'Updated: February 27, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...whNav, ...whCrumbs, 'References', 'Advertisement', 'Part 1 of 2:', 'Part 2 of 2:', 'Download Article', ...whTipForm, ...whRefs,
    'About This Article', 'Co-authored by:', 'Certified Horticulturist', ...whAbout, 'Co-authors: 14', 'Views: 84,212', 'Categories:',
    'Did this article help you?', 'Yes', 'No', 'You Might Also Like', ...whAlso, ...whFoot, 'Follow Us', '© 2025 wikiHow, Inc. All rights reserved.', whCookie,
    'Cookie Settings', 'Got it',
  ],
};
