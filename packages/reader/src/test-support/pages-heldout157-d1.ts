import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 157, helper d1: a Britannica biography: the site header with its hidden subject menu, the breadcrumb,
 * the title with its short description, "Written by" / "Fact-checked by" with "Last updated" and "Article History", the
 * Print / Cite / Share / Feedback tools, the Quick Facts card, the lead image with its caption, "Top Questions" at the top
 * of the article, sections in data-level wrappers, the "Related Topics" and "More from Britannica" rails, "External
 * Websites", the "Subscribe" prompt and the footer.
 */
const title = 'Aurelio Fanzetti';
const desc = 'Italian engineer';
const quick = ['Born:', 'May 2, 1871, Cremona, Italy', 'Died:', 'January 18, 1946, Turin (aged 74)', 'Notable Works:', 'Po Valley irrigation scheme'];
const topQ = ['Who was Aurelio Fanzetti?', 'What is Aurelio Fanzetti known for?'];
const topA = [
  'Aurelio Fanzetti was an Italian civil engineer who designed reinforced-concrete aqueducts and planned the Po Valley irrigation scheme of the 1920s.',
  'He is best known for the Serio aqueduct, which used a new method of casting concrete arches in place.',
];
const lead = [
  `<strong>Aurelio Fanzetti</strong> (born May 2, 1871, Cremona, Italy—died January 18, 1946, Turin) was an Italian civil engineer whose
reinforced-concrete aqueducts and irrigation works helped transform agriculture in northern Italy in the first half of the 20th century.`,
];
const h1 = 'Early life and education';
const p1 = [
  `Fanzetti was the son of a Cremona stonemason and spent his early years working in his father's yard. A scholarship took him to the Polytechnic
of Milan, where he graduated in civil engineering in 1894. He then spent two years in France studying the new techniques of reinforced concrete,
which Italian engineers had at that time scarcely used.`,
];
const h2 = 'Aqueducts and bridges';
const p2 = [
  `On his return Fanzetti joined a Milan construction firm and in 1903 won the competition for the Serio aqueduct, which carried water across a
deep valley north of Bergamo. His design used slender concrete arches cast in place on movable timber frames, a method that cut both cost and
building time. When the aqueduct opened in 1907, it was the longest concrete structure of its kind in Europe.`,
  `Over the next decade he built some twenty bridges and aqueducts in Lombardy and Piedmont, and his textbook on concrete arches, published in
1912, was used in Italian engineering schools for more than thirty years.`,
];
const h3 = 'Irrigation work and later years';
const p3 = [
  `After World War I, Fanzetti was appointed chief engineer of a government commission on irrigation in the Po valley. His plan, carried out between
1922 and 1931, brought water to some 90,000 hectares of farmland through a network of canals and pumping stations. Critics argued that it favoured
large landowners, and Fanzetti himself later admitted that smaller farms had gained less than he had hoped.`,
  `Fanzetti was elected to the Accademia dei Lincei in 1928 and served for several years on the council of the Italian Society of
Engineers, where he argued for national standards in the testing of cement. Several of his proposals were adopted after his retirement.`,
  `He retired in 1936 and spent his last years in Turin, writing a history of Italian hydraulic engineering that was published after his death.`,
];
const authorBio = 'Luisa Benedetti — Professor of the History of Technology, University of Padua. Author of Concrete and the Italian State.';
const nav = ['Search Britannica', 'Login', 'Subscribe', 'Ask the Chatbot', 'Games & Quizzes', 'History & Society', 'Science & Tech', 'Biographies'];
const menu = ['Animals & Nature', 'Geography & Travel', 'Arts & Culture', 'ProCon', 'Money', 'Videos'];
const crumbs = ['Home', 'Science & Tech', 'Engineers'];
const tools = ['Print', 'Cite', 'Share', 'Feedback'];
const caption = 'Aurelio Fanzetti, photograph, c. 1910.';
const credit = 'Archivio Storico Fanzetti';
const related = ['reinforced concrete', 'aqueduct', 'irrigation', 'Po River'];
const more = ['Italy: Economy', 'civil engineering', 'arch bridge'];
const ext = ['Polytechnic of Milan - Historical Archive - Aurelio Fanzetti'];
const subscribe = ['Britannica Premium subscription and gain access to exclusive content.', 'Subscribe Now'];
const footer = [
  'About Us & Legal Notices',
  'Contact Us',
  'Privacy Policy',
  'Terms of Use',
  'Cookie Settings',
  'Britannica Kids',
  'Encyclopedia Britannica App',
];
const copyright = '©2025 Encyclopædia Britannica, Inc.';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Aurelio Fanzetti | Italian Engineer, Aqueducts, Irrigation | Britannica</title>
<meta name="description" content="Aurelio Fanzetti, Italian civil engineer whose reinforced-concrete aqueducts and irrigation works transformed
northern Italy.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article"><link rel="canonical"
href="https://www.britannica.example/biography/Aurelio-Fanzetti">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
"headline":"Aurelio Fanzetti","author":[{"@type":"Person","name":"Luisa Benedetti"}],
"dateModified":"2025-09-30","datePublished":"2006-04-11","publisher":{"@type":"Organization","name":"Encyclopedia Britannica"}}</script>
<script>window.TopicDetails={"topicId":1129087,"title":"Aurelio Fanzetti","templateId":1};</script><script src="/static/js/topic-page.min.js" defer></script>
</head><body class="new-topic topic-desktop first-page-true user-ANONYMOUS">
<header id="header" class="md-header d-flex"><a class="md-logo" href="/"><img alt="Encyclopedia Britannica" src="/static/images/brand/logo.svg"></a>
<nav class="md-header-nav"><ul>${links(nav, 'md-header-nav-item')}</ul><div class="md-menu-drawer d-none" aria-hidden="true"><ul>${links(menu)}</ul></div></nav>
</header>
<main><div class="md-page-wrapper"><div class="breadcrumb"><ol>${links(crumbs, 'breadcrumb-item')}</ol></div>
<div class="topic-header"><h1 class="h1">${title}</h1><div class="topic-identifier font-serif">${desc}</div>
<div class="d-flex align-items-center"><div class="topic-page-contributors"><div class="contributors">Written by <a href="/contributor/Luisa-Benedetti/11823"
class="contributor-link">Luisa Benedetti</a><div class="contributor-bio d-none">${authorBio}</div></div>
<div class="fact-check">Fact-checked by <a href="/editor/The-Editors-of-Encyclopaedia-Britannica/4419">The Editors of Encyclopaedia Britannica</a></div>
<div class="update-date">Last updated Sep 30, 2025 • <a class="article-history" href="/biography/Aurelio-Fanzetti/additional-info#history">Article
History</a></div>
</div><ul class="topic-tools">${tools.map((t) => `<li><button class="topic-tool">${t}</button></li>`).join('')}</ul></div></div>
<div class="topic-content"><aside class="quick-facts-container"><div class="quick-facts"><h2 class="quick-facts-title">Quick Facts</h2><dl>
${[0, 2, 4].map((i) => `<dt>${quick[i]}</dt><dd>${quick[i + 1]}</dd>`).join('')}</dl><a class="see-all" href="/facts/Aurelio-Fanzetti">See all related
content</a>
</div></aside><article class="article-content"><div class="reading-channel">
<div class="top-questions"><h2 class="h3">Top Questions</h2>${topQ.map((q, i) => `<div class="question"><h3>${q}</h3><p>${topA[i]}</p></div>`).join('')}</div>
<section data-level="1" id="ref1"><figure class="md-assembly"><img src="https://cdn.britannica.example/fanzetti.jpg" alt="Aurelio Fanzetti">
<figcaption class="md-assembly-caption">${caption}<cite class="credit">${credit}</cite></figcaption></figure>
${lead.map((p) => `<p class="topic-paragraph">${p}</p>`).join('')}</section>
${[
  [h1, p1],
  [h2, p2],
  [h3, p3],
]
  .map(
    ([h, ps], i) => `<section data-level="1" id="ref${i + 2}"><h2 class="h1">${h}</h2>
${(ps as string[]).map((p) => `<p class="topic-paragraph">${p}</p>`).join('\n')}</section>`,
  )
  .join('\n')}
<div class="loaded-content-placeholder"><div class="ad-container"><span class="ad-label">Advertisement</span></div></div>
<div class="premium-prompt"><p>${subscribe[0]}</p><a href="/premium">${subscribe[1]}</a></div></div></article>
<aside class="topic-right-rail"><section><h2>Related Topics</h2><ul>${links(related)}</ul></section><section><h2>More from
Britannica</h2><ul>${links(more)}</ul>
</section><section><h2>External Websites</h2><ul>${links(ext)}</ul></section></aside></div></div></main>
<footer class="md-footer"><ul>${links(footer)}</ul><p class="copyright">${copyright}</p></footer></body></html>`;

export const britannicaBio: TestPage = {
  name: 'heldout157-britannica-biography',
  kind: 'wiki',
  html,
  title,
  // the short description under the h1 is in neither list; "Top Questions" (a promo block that repeats the article) and the
  // Quick Facts card are furniture
  headings: [h1, h2, h3],
  body: texts([...lead, ...p1, ...p2, ...p3]),
  bylines: ['Written by Luisa Benedetti', 'Fact-checked by The Editors of Encyclopaedia Britannica', 'Last updated Sep 30, 2025'],
  furniture: [
    ...nav,
    ...menu,
    ...crumbs,
    authorBio,
    'Article History',
    ...tools,
    'Quick Facts',
    ...quick,
    'See all related content',
    'Top Questions',
    ...topQ,
    ...topA,
    caption,
    credit,
    'Advertisement',
    ...subscribe,
    'Related Topics',
    ...related,
    'More from Britannica',
    ...more,
    'External Websites',
    ...ext,
    ...footer,
    copyright,
  ],
};
