import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 97, file d2: a Verywell Health style article on a Dotdash Meredith "mntl" health site (invented brand: the
 * header with "Health A-Z" and the search, the attribution with "By", "Medically reviewed by" and "Updated on" and the
 * reviewer's hidden tooltip bio with "Learn about our Medical Expert Board", the "Table of Contents" with "View All", the
 * text with a list, a table and an inline ad, "Summary", the "Was this page helpful?" widget with its hidden feedback form,
 * the collapsed sources block starting "... uses only high-quality sources", "Related Articles", the "Daily Health Tips"
 * newsletter with its hidden success and error texts, the footer with its medical disclaimer and the OneTrust banner).
 */
const vwTitle = 'What Is the Low-FODMAP Diet?';
const vwIntro = [
  'The low-FODMAP diet is a short-term eating plan that limits certain carbohydrates that are hard for some people to digest. It ' +
    'is most often used to ease symptoms of irritable bowel syndrome (IBS), such as bloating, gas, belly pain and changes in ' +
    'bowel habits.',
  'FODMAP stands for fermentable oligosaccharides, disaccharides, monosaccharides and polyols. These sugars and fibers draw water ' +
    'into the gut and are fermented by bacteria in the large intestine, which can cause discomfort in people with a sensitive gut.',
];
const vwH = ['How the Diet Works', 'Foods to Limit and Foods to Eat', 'Who Should Try It', 'Risks and Considerations', 'Summary'];
const vwWorks = ['The diet is usually done in three phases, ideally with the help of a registered dietitian:'];
const vwPhases = [
  '<strong>Elimination:</strong> For two to six weeks, you cut out high-FODMAP foods to see whether your symptoms improve.',
  '<strong>Reintroduction:</strong> You add back one FODMAP group at a time, in small amounts, to find out which ones trigger symptoms.',
  '<strong>Personalization:</strong> You build a long-term diet that avoids only the foods that bother you.',
];
const vwFoods = ['Many healthy foods are high in FODMAPs, so the list can be surprising. The table below shows a few common swaps.'];
const vwTable: [string, string][] = [
  ['Garlic and onion', 'Garlic-infused oil, chives, the green part of scallions'],
  ['Apples, pears and watermelon', 'Oranges, strawberries, kiwi'],
  ['Cow’s milk and soft cheeses', 'Lactose-free milk, hard cheeses such as cheddar'],
  ['Wheat bread and pasta', 'Sourdough spelt bread, rice, oats, quinoa'],
];
const vwWho = [
  'Research suggests that around three in four people with IBS feel better on the diet. It may also help some people with ' +
    'inflammatory bowel disease whose symptoms continue while their disease is otherwise under control.',
  'It is not meant for weight loss or as a general healthy eating plan, and it is not suitable for everyone.',
];
const vwRisks = [
  'Cutting out many foods at once can make it hard to get enough fiber, calcium and other nutrients. Because many FODMAPs feed ' +
    'helpful gut bacteria, staying on the strict elimination phase for too long may also change your gut microbiome.',
  'If you have a history of disordered eating, talk with your healthcare provider before starting. Be sure to see a provider ' +
    'before trying the diet if you have new symptoms, unexplained weight loss, or blood in your stool, since these need to be ' +
    'checked first.',
];
const vwSummary = [
  'The low-FODMAP diet limits a group of carbohydrates that can trigger gut symptoms. It is done in phases and works best with ' +
    'the guidance of a dietitian, who can help you find your personal triggers and eat as varied a diet as possible.',
];
const vwNav = ['Health A-Z', 'Prevention & Treatment', 'Wellness', 'Health Care', 'News', 'About Us'];
const vwReviewerBio = 'Nadia Farouk, MD, is a board-certified gastroenterologist who treats patients with digestive disorders at a community hospital.';
const vwHelpful = ['Was this page helpful?', 'Thanks for your feedback!', 'What is your feedback?', 'Helpful', 'Report an Error', 'Other', 'Submit'];
const vwSourcesNote =
  'Brightwell Health uses only high-quality sources, including peer-reviewed studies, to support the facts within our articles. ' +
  'Read our editorial process to learn more about how we fact-check and keep our content accurate, reliable, and trustworthy.';
const vwSources = [
  'Halvorsen JR, Mehta P. Efficacy of a low-FODMAP diet in irritable bowel syndrome: a meta-analysis. J Digest Nutr. 2023;12(2):88-97.',
  'Gastroenterology Society of the Americas. Dietary management of IBS. Updated 2024.',
  'Quinlan E, et al. Long-term effects of FODMAP restriction on the gut microbiome. Gut Health Res. 2022;8:e104.',
];
const vwRelated = ['Foods to Eat and Avoid With IBS', 'What to Know About Lactose Intolerance', 'How Fiber Affects Digestion'];
const vwNews = [
  'Daily Health Tips',
  'Sign up for our Health Tip of the Day newsletter, and receive daily tips that will help you live your healthiest life.',
  'Sign Up',
  'Thank you, {{form.email}}, for signing up.',
  'There was an error. Please try again.',
];
const vwFoot = [
  'About Us',
  'Editorial Process',
  'Diversity Pledge',
  'Privacy Policy',
  'In the News',
  'Advertise',
  'Terms of Service',
  'Careers',
  'Contact',
  'EU Privacy',
  'Your Privacy Choices',
];
const vwDisclaimer =
  'Brightwell Health’s content is for informational and educational purposes only. Our website is not intended to be a substitute ' +
  'for professional medical advice, diagnosis, or treatment.';
const vwFamily = 'Brightwell Health is part of the Dotdash Meredith publishing family.';
const vwCookie =
  'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze site ' +
  'usage, and assist in our marketing efforts.';
const vwH2 = (t: string): string => `<h2 id="toc-${t.toLowerCase().replace(/\W+/g, '-')}" class="comp mntl-sc-block mntl-sc-block-heading">
<span class="mntl-sc-block-heading__text">${t}</span></h2>`;
const vwP = (a: readonly string[]): string => ps(a, ' class="comp mntl-sc-block mntl-sc-block-html"');
const vwHtml = `<!DOCTYPE html>
<html lang="en" class="comp mntl-html"><head class="loc head"><meta charset="utf-8"><title>Low-FODMAP Diet: Foods, Phases, and Who It Helps</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="The low-FODMAP diet limits carbohydrates
that can trigger IBS symptoms. Learn how it works and what to eat."><meta property="og:title" content="${vwTitle}">
<link rel="canonical" href="https://www.brightwellhealth.example/low-fodmap-diet-8412207">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["MedicalWebPage"],"headline":"${vwTitle}",
"author":[{"@type":"Person","name":"Rosa Delgado, RD"}],"reviewedBy":[{"@type":"Person","name":"Nadia Farouk, MD"}],"dateModified":"2025-05-12"}]</script>
<script>var dataLayer=[{"templateId":"structured-content","documentId":8412207,"vertical":"health"}];</script>
<link rel="stylesheet" href="/static/5.204.0/cache/eNqd.min.css"></head>
<body id="mntlStructuredContent_1-0" class="comp mntl-body structured-content"><a id="skip-to-content" href="#main" class="comp mntl-skip-to-content">Skip to
content</a><header id="header_1-0" class="comp header mntl-header" role="banner"><a class="header__logo" href="/" aria-label="Brightwell Health"><svg></svg></a>
<nav class="comp global-nav" aria-label="Main"><ul>${links(vwNav, 'global-nav__item')}</ul></nav><form class="mntl-search-form" action="/search">
<input type="text" name="q" placeholder="Search" aria-label="Search"><button type="submit">Search</button></form></header>
<main id="main" class="loc main"><article id="article_1-0" class="comp article mntl-article">
<header class="comp article-header"><h1 id="article-heading_1-0" class="comp article-heading mntl-text-block">${vwTitle}</h1>
<div class="comp mntl-attribution"><div class="mntl-attribution__item">By <a class="mntl-attribution__item-name" href="/rosa-delgado-rd">Rosa Delgado, RD</a>
</div><div class="mntl-attribution__item mntl-attribution__item--reviewer"><span class="mntl-attribution__item-descriptor">Medically reviewed by</span>
<a class="mntl-attribution__item-name" href="/nadia-farouk-md">Nadia Farouk, MD</a><div class="mntl-tooltip" role="tooltip" hidden><p>${vwReviewerBio}</p>
<a href="/medical-expert-board">Learn about our Medical Expert Board</a></div></div>
<div class="mntl-attribution__item mntl-attribution__item--date">Updated on May 12, 2025</div></div></header>
<div id="mntl-toc_1-0" class="comp mntl-toc toc"><span class="mntl-toc__heading">Table of Contents</span><button type="button" class="mntl-toc__toggle">View
All</button><div class="mntl-toc__title" hidden>Table of Contents</div><ul class="mntl-toc__list">
${vwH.map((h) => `<li class="mntl-toc__list-item"><a href="#toc-${h.toLowerCase().replace(/\W+/g, '-')}">${h}</a></li>`).join('\n')}</ul></div>
<div id="article-content_1-0" class="comp article-content mntl-block"><div id="mntl-sc-page_1-0" class="comp mntl-sc-page mntl-block">
${vwP(vwIntro)}
${vwH2(vwH[0] as string)}
${vwP(vwWorks)}
<ol class="comp mntl-sc-block mntl-sc-block-html">${vwPhases.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<div class="comp mntl-sc-block-adslot"><div id="square-fixed_1-0" class="comp mntl-gpt-adunit gpt square-fixed" data-ad-width="300"></div></div>
${vwH2(vwH[1] as string)}
${vwP(vwFoods)}
<div class="comp mntl-sc-block mntl-sc-block-table"><table class="mntl-sc-block-table__table"><thead><tr><th>High-FODMAP foods</th>
<th>Lower-FODMAP swaps</th></tr>
</thead><tbody>${vwTable.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table></div>
${vwH2(vwH[2] as string)}
${vwP(vwWho)}
${vwH2(vwH[3] as string)}
${vwP(vwRisks)}
${vwH2(vwH[4] as string)}
${vwP(vwSummary)}
</div></div>
<div class="comp mntl-feedback"><p class="mntl-feedback__question">${vwHelpful[0]}</p><button type="button">Yes</button><button type="button">No</button>
<div class="mntl-feedback__thanks" hidden><p>${vwHelpful[1]}</p></div><form class="mntl-feedback__form" hidden><p>${vwHelpful[2]}</p>
${vwHelpful
  .slice(3, 6)
  .map((t) => `<label><input type="checkbox"> ${t}</label>`)
  .join('\n')}<button type="submit">${vwHelpful[6]}</button></form></div>
<div id="mntl-article-sources_1-0" class="comp mntl-article-sources expandable"><button class="mntl-article-sources__toggle" type="button">Sources</button>
<div class="mntl-article-sources__content"><p class="mntl-article-sources__text">${vwSourcesNote}</p><ol>${vwSources.map((t) => `<li>${t}</li>`).join('\n')}
</ol></div></div></article>
<aside class="comp related-articles"><h2>Related Articles</h2><ul>${links(vwRelated)}</ul></aside></main>
<footer class="comp footer mntl-footer"><div class="mntl-newsletter-signup"><h3>${vwNews[0]}</h3><p>${vwNews[1]}</p><form><input type="email"
placeholder="Enter your email" aria-label="Email Address"><button type="submit">${vwNews[2]}</button></form><p class="mntl-newsletter__success" hidden>
${vwNews[3]}</p><p class="mntl-newsletter__error" hidden>${vwNews[4]}</p></div><ul class="footer__links">${links(vwFoot)}</ul>
<p class="footer__disclaimer">${vwDisclaimer}</p><p class="footer__family">${vwFamily}</p></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${vwCookie}</p>
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div>
<script src="/static/5.204.0/cache/eNqd.min.js" async></script></body></html>`;
export const verywellArticle: TestPage = {
  html: vwHtml,
  name: 'heldout97-verywell-health-article',
  kind: 'wiki',
  // "By", "Medically reviewed by" and "Updated on" lines are bylines; the reviewer's tooltip bio, the TOC label and toggle
  // (its entries repeat the headings: left out), the ad slot, the feedback widget, the sources block with its quality note,
  // related articles, newsletter, footer and OneTrust banner are furniture; table data cells are body, header cells in
  // neither list; "Summary" is the article's last section (heading and body)
  title: vwTitle,
  headings: vwH,
  body: [...vwIntro, ...vwWorks, ...texts(vwPhases), ...vwFoods, ...vwTable.flat(), ...vwWho, ...vwRisks, ...vwSummary],
  bylines: ['By Rosa Delgado, RD', 'Medically reviewed by Nadia Farouk, MD', 'Updated on May 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...vwNav, 'Search', vwReviewerBio, 'Learn about our Medical Expert Board', 'Table of Contents', 'View All', ...vwHelpful, 'Yes',
    'No', 'Sources', vwSourcesNote, ...vwSources, 'Related Articles', ...vwRelated, ...vwNews, ...vwFoot.filter((t) => t !== 'About Us'), vwDisclaimer,
    vwFamily, vwCookie, 'Cookies Settings', 'Accept All Cookies',
  ],
};
