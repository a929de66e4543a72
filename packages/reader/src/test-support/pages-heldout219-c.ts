import { links, type TestPage, texts } from './page-kit.js';
import { owidArticle } from './pages-heldout219-c2.js';

/**
 * Held-out batch 219, file c: a Pew Research Center short read (skip link, the header nav with "Newsletters" and
 * "Donate", the "Short Reads" label, byline and date, the collapsed "How we did this" methodology box, the share list, two
 * chart figures with their titles, notes and sources, the topics list, the "Sign up for The Briefing" box, related cards,
 * the "Most Popular" rail, the funder line and the footer) and, from file c2, an Our World in Data article.
 */
const pwTitle = 'Most Americans say they have cut back on eating out as restaurant prices rise';
const pwP1 = [
  'Restaurant prices in the United States rose about 27% between early 2020 and the end of 2024, faster than grocery prices ' +
    'over the same period. A new Pew Research Center survey finds that many Americans have changed their habits as a result.',
  'Overall, 61% of U.S. adults say they have cut back on eating at restaurants in the past year because of prices. About a ' +
    'third (34%) say they have cut back a lot. Just 8% say they are eating out more than they did a year ago.',
];
const pwC1 = 'About six-in-ten Americans say they are eating out less because of prices';
const pwP2 = [
  'Lower-income adults are especially likely to report changes. Among those with family incomes below $40,000 a year, 72% say ' +
    'they have cut back, compared with 59% of middle-income adults and 46% of upper-income adults.',
  'There are also differences by age. Adults under 30 are more likely than those 65 and older to say they have reduced how ' +
    'often they order takeout or delivery (55% vs. 31%), though older adults are somewhat more likely to say they have cut back ' +
    'on sit-down meals.',
  'Republicans and Democrats report cutting back at similar rates (62% and 60%), even though they differ sharply in how they ' +
    'rate the national economy overall.',
];
const pwH1 = 'What people are doing instead';
const pwP3 = ['When asked what they have done in place of eating out, Americans who have cut back most often mention:'];
const pwList = [
  'Cooking more meals at home (81%)',
  'Bringing lunch to work or school (44%)',
  'Choosing less expensive restaurants when they do go out (39%)',
  'Skipping drinks, appetizers or desserts (33%)',
];
const pwC2 = 'Lower-income adults are most likely to say they have cut back';
const pwP4 = [
  'Views of tipping have shifted too. About four-in-ten adults (41%) say they tip less often than they used to at counter-service ' +
    'restaurants, up from 29% when we last asked in 2023.',
  'Still, most Americans do not expect to give up eating out entirely. Asked about the coming year, 52% say they expect to eat ' +
    'out about as often as they do now, and 17% expect to eat out more.',
];
const pwHow =
  'Pew Research Center conducted this analysis to understand how Americans are responding to rising restaurant prices. We ' +
  'surveyed 5,140 U.S. adults from Jan. 13 to 19, 2025. Everyone who took part is a member of the Center’s American Trends Panel.';
const pwNote = 'Note: Respondents who did not give an answer are not shown.';
const pwSrc = 'Source: Survey of U.S. adults conducted Jan. 13-19, 2025.';
const pwNav = ['Research Topics', 'Regions & Countries', 'Methods', 'Short Reads', 'Tools & Resources', 'Experts', 'About Us'];
const pwShare = ['Share', 'Facebook', 'X', 'LinkedIn', 'Threads', 'Email', 'Print'];
const pwTopics = ['Economy & Work', 'Personal Finances', 'Inflation', 'Food'];
const pwBrief = ['Sign up for The Briefing', 'Weekly updates on the world of news & information', 'Email Address', 'Sign up'];
const pwRelated = ['How Americans view the economy heading into 2025', 'A look at what Americans spend on groceries', 'Who tips, and how much'];
const pwPopular = ['Key facts about U.S. immigrants', 'What the data says about crime in the U.S.', 'Americans’ trust in scientists'];
const pwFunder = 'Pew Research Center is a subsidiary of The Pew Charitable Trusts, its primary funder.';
const pwFoot = ['Follow Us', 'Privacy Policy', 'Cookie Settings', 'Feedback', 'Careers', 'Contact Us', 'Terms & Conditions'];
const pwFig = (c: string, id: string): string => `<figure class="wp-block-image size-large chart" id="${id}"><h3 class="chart-title">${c}</h3>
<img src="https://www.pewresearch.org/wp-content/uploads/sites/20/2025/02/SR_25.02.04_dining_${id}.png" alt="A bar chart. ${c}">
<figcaption class="wp-element-caption"><p class="chart-note">${pwNote}</p><p class="chart-source">${pwSrc}</p>
<p class="chart-credit">PEW RESEARCH CENTER</p></figcaption></figure>`;
const pwHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Most Americans say they have cut back on eating out as restaurant prices rise | Pew Research Center</title>
<meta name="description" content="61% of U.S. adults say they have cut back on eating at restaurants in the past year because of prices.">
<meta property="og:type" content="article"><meta property="og:title" content="${pwTitle}"><meta name="twitter:site" content="@pewresearch">
<link rel="canonical" href="https://www.pewresearch.org/short-reads/2025/02/04/most-americans-say-they-have-cut-back-on-eating-out/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pwTitle}","datePublished":"2025-02-04T14:00:00+00:00",
"author":[{"@type":"Person","name":"Tamsin Achebe-Ruiz"},{"@type":"Person","name":"Lorenzo Vail"}]}</script>
<script id="prc-block-library-js" src="https://www.pewresearch.org/wp-content/plugins/prc-platform-core/build/index.js" defer></script></head>
<body class="post-template-default single single-short-read"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header class="wp-block-prc-block-site-header"><a class="site-logo" href="/"><span class="screen-reader-text">Pew Research Center</span></a>
<nav class="wp-block-prc-block-navigation" aria-label="Main Menu"><ul>${links(pwNav, 'nav-item')}</ul></nav>
<a class="newsletter-link" href="/newsletters">Newsletters</a><a class="donate-link" href="/donate">Donate</a></header>
<main id="main" class="wp-block-group"><article class="wp-block-group single-post">
<div class="wp-block-prc-block-post-header"><a class="taxonomy-label" href="/short-reads/">Short Reads</a>
<div class="post-date"><time datetime="2025-02-04">February 4, 2025</time></div>
<h1 class="wp-block-post-title">${pwTitle}</h1>
<div class="wp-block-prc-block-bylines">By <a href="/staff/tamsin-achebe-ruiz">Tamsin Achebe-Ruiz</a> and <a href="/staff/lorenzo-vail">Lorenzo Vail</a></div>
<div class="wp-block-prc-block-social-share"><span class="share-label">${pwShare[0]}</span><ul>${pwShare
  .slice(1)
  .map((s) => `<li><a href="#"><span>${s}</span></a></li>`)
  .join('')}</ul></div></div>
<div class="wp-block-post-content">
<details class="wp-block-prc-block-collapsible how-we-did-this"><summary>How we did this</summary><div class="collapsible-content"><p>${pwHow}</p>
<p><a href="#">Here are the questions used for this analysis</a>, along with responses, and its methodology.</p></div></details>
${pwP1.map((p) => `<p>${p}</p>`).join('\n')}
${pwFig(pwC1, 'chart-1')}
${pwP2.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading">${pwH1}</h2>
${pwP3.map((p) => `<p>${p}</p>`).join('\n')}
<ul class="wp-block-list">${pwList.map((l) => `<li>${l}</li>`).join('')}</ul>
${pwFig(pwC2, 'chart-2')}
${pwP4.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div class="wp-block-prc-block-taxonomy-list"><h2 class="topics-label">Topics</h2><ul>${links(pwTopics, 'topic')}</ul></div></article>
<aside class="wp-block-prc-block-newsletter"><h2>${pwBrief[0]}</h2><p>${pwBrief[1]}</p><label for="em">${pwBrief[2]}</label><input id="em" type="email">
<button>${pwBrief[3]}</button></aside>
<section class="related-posts"><h2>Related</h2><ul>${links(pwRelated, 'related-post')}</ul></section>
<section class="most-popular"><h2>Most Popular</h2><ol>${links(pwPopular, 'popular-post')}</ol></section></main>
<footer class="wp-block-prc-block-site-footer"><p class="funder">${pwFunder}</p><ul>${links(pwFoot, 'footer-link')}</ul>
<p class="copyright">© 2025 Pew Research Center</p></footer></body></html>`;
const pew: TestPage = {
  html: pwHtml,
  name: 'heldout219-pew-short-read',
  kind: 'news',
  // the collapsed "How we did this" box is in neither list; chart titles, notes, sources and credits are furniture
  title: pwTitle,
  headings: [pwH1],
  body: texts([...pwP1, ...pwP2, ...pwP3, ...pwList, ...pwP4]),
  bylines: ['February 4, 2025', 'By Tamsin Achebe-Ruiz and Lorenzo Vail'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...pwNav, 'Newsletters', 'Donate', ...pwShare, pwC1, pwC2, pwNote, pwSrc, 'PEW RESEARCH CENTER', 'Topics', ...pwTopics,
    ...pwBrief, 'Related', ...pwRelated, 'Most Popular', ...pwPopular, pwFunder, ...pwFoot, '© 2025 Pew Research Center',
  ],
};

export const HELDOUT219_C: readonly TestPage[] = [pew, owidArticle];
