import { links, type TestPage, texts } from './page-kit.js';
import { bookdown } from './pages-heldout441-d2.js';

/**
 * Held-out batch 441, file d: a Manifold-style reader page as its React client renders it: the reader header with the
 * contents, search, notes, reading-group and appearance buttons, the text's title bar, the section with its annotation
 * markers (highlight and comment counts), the selection popup (Annotate, Highlight, Bookmark, Share), the section-to-section
 * pagination, the reader footer with the project link and Manifold credit, and the "Annotations in this section" drawer.
 */
const mfTitle = 'Chapter Two: The River as Ledger';
const mfParas = [
  `The mill records at Oster Ford begin in the spring of 1791, in a hand so cramped that the first archivist to catalogue them
  mistook the ledgers for a parish register. They are nothing of the kind. Page after page lists the height of the river against
  a painted post, the number of hours the wheel turned, and the sacks of grain ground for each farm along the valley.`,
  `Read in sequence, the ledgers are a diary of the water itself. The miller, a man named in the accounts only as Tobiah, was not
  interested in weather for its own sake. He cared about the river because the river was his income, and so he watched it with a
  care that no one else in the valley had reason to give it.`,
  `That care makes the ledgers unusually precise. Where the parish chronicles speak of "a great flood at Michaelmas", Tobiah notes
  that the water stood four feet and two inches on the post on the morning of the 30th, fell by a foot the following day, and
  kept the wheel idle for nine days in all. Where a visiting surveyor describes the summer of 1803 as dry, the ledger shows exactly
  how dry: the wheel ran for fewer than three hours a day through most of August.`,
  `Historians have tended to treat such records as raw material, useful only once they have been turned into tables and graphs. I
  want to suggest that the ledgers are also a kind of writing, shaped by the habits and interests of the person who kept them.
  Tobiah's silences are as telling as his entries. He never records the river in winter when the wheel was iced, because an idle
  wheel in winter was expected and cost him nothing; he records every idle day in harvest, because each one was a loss.`,
  `To read the river through the ledger, then, is to read it through an economy. The numbers are exact, but they answer the
  questions a miller asked, not the questions we might ask today about floods, droughts and a changing climate. The rest of this
  chapter follows the ledgers through three decades and asks what happens when we put our questions to a source built for his.`,
];
const mfHeader = ['Contents', 'Search', 'Notes', 'Reading Groups', 'Appearance', 'Full screen'];
const mfPopup = ['Annotate', 'Highlight', 'Bookmark', 'Share'];
const mfDrawer = [
  "Tobiah's silences are a gift: they map the economy better than his entries do.",
  'Compare with the weir accounts at Lanthorpe, which record winter levels as well.',
];
const mfHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${mfTitle} · Water Under the Wheel: Mills and Memory in the Oster Valley · Tarn Press Open</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${mfTitle}">
<meta property="og:site_name" content="Tarn Press Open"><meta name="description" content="The mill records at Oster Ford begin in the spring of 1791.">
<meta name="citation_title" content="${mfTitle}"><meta name="citation_author" content="Imogen Harcastle">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Chapter","name":"${mfTitle}","author":{"@type":"Person",
"name":"Imogen Harcastle"},"isPartOf":{"@type":"Book","name":"Water Under the Wheel"}}</script>
<script>window.__INITIAL_STATE__={"ui":{"reader":{"fontSize":{"current":1}}},"entityStore":{"entities":{"textSections":{"b41f":{"type":"textSections"}}}}};
</script><link rel="stylesheet" href="/static/build/client.8c21f.css"></head>
<body class="browse reader"><div id="app"><div data-reactroot="" class="reader-layout"><div class="skip-to-main"><a href="#skip-to-main">Skip to
main content</a></div>
<header class="reader-header"><nav class="reader-header__nav"><a class="reader-header__button reader-header__button--return" href="/projects/water-wheel">
<span class="reader-header__button-text">Back to Project</span></a>
<ul class="reader-header__nav-list">${mfHeader
  .map(
    (t) => `<li class="reader-header__nav-item"><button class="reader-header__button" aria-haspopup="true"><span
class="reader-header__button-text">${t}</span></button></li>`,
  )
  .join('\n')}</ul></nav>
<div class="reader-header__title-bar"><span class="reader-header__text-title">Water Under the Wheel: Mills and Memory in the Oster Valley</span>
<span class="reader-header__section-title">${mfTitle}</span></div></header>
<main id="skip-to-main" class="reader-main"><div class="container-focus"><section class="text-section font-serif">
<div class="manifold-text-section text-section" data-section-id="b41f"><div class="text-section__meta"><span class="text-section__byline">Imogen
Harcastle</span></div>
<h1 class="text-section__title" data-node-uuid="n-1">${mfTitle}</h1>
${mfParas
  .map(
    (p, i) =>
      `<p data-node-uuid="n-${i + 2}">${p}${
        i === 1
          ? `<span class="annotation-underline annotation-underline--solid" data-annotation-ids="a-77"></span>
<button class="notation-marker"><span class="notation-marker__count">3</span></button>`
          : ''
      }</p>`,
  )
  .join('\n')}
</div></section>
<div class="annotation-popup annotation-popup--hidden" role="menu"><div class="annotation-popup__menu">${mfPopup
  .map((t) => `<button class="annotation-popup__button" role="menuitem"><span class="annotation-popup__button-text">${t}</span></button>`)
  .join('\n')}</div></div>
<nav class="section-pagination" aria-label="Section Pagination"><a class="section-pagination__link section-pagination__link--prev"
href="/read/water-wheel/section/chapter-one"><span class="section-pagination__label">Previous</span><span class="section-pagination__title">Chapter One:
A Valley of Wheels</span></a>
<a class="section-pagination__link section-pagination__link--next" href="/read/water-wheel/section/chapter-three"><span
class="section-pagination__label">Next</span><span class="section-pagination__title">Chapter Three: Floods in the Margin</span></a></nav></div></main>
<aside class="notes-drawer" aria-hidden="true"><header class="notes-drawer__header"><h2 class="notes-drawer__title">Annotations in this
section</h2><span class="notes-drawer__count">3 annotations · 5 highlights</span></header>
<ul class="notes-drawer__list">${mfDrawer
  .map(
    (t, i) => `<li class="annotation-detail"><p class="annotation-detail__body">${t}</p><span
class="annotation-detail__author">${['Priya Lindqvist', 'Oskar Mbeki'][i] ?? ''}</span></li>`,
  )
  .join('\n')}</ul></aside>
<footer class="reader-footer"><div class="reader-footer__left"><a href="/projects/water-wheel">Visit the project page</a></div>
<div class="reader-footer__right"><ul class="reader-footer__menu">${links(['Privacy', 'Terms', 'Tarn Press Open'])}</ul>
<p class="reader-footer__credit">Powered by Manifold Scholarship</p><p class="reader-footer__copyright">© Tarn Press 2025</p></div></footer>
</div></div><script src="/static/build/client.8c21f.js"></script></body></html>`;
const manifold: TestPage = {
  name: 'heldout441-manifold-reader-docs',
  kind: 'docs',
  html: mfHtml,
  title: mfTitle,
  headings: [],
  body: texts(mfParas),
  bylines: ['Imogen Harcastle'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Back to Project', ...mfHeader, 'Water Under the Wheel: Mills and Memory in the Oster Valley', ...mfPopup, 'Previous',
    'Chapter One: A Valley of Wheels', 'Next', 'Chapter Three: Floods in the Margin', 'Annotations in this section', '3 annotations · 5 highlights',
    ...mfDrawer, 'Priya Lindqvist', 'Oskar Mbeki', 'Visit the project page', 'Privacy', 'Terms', 'Tarn Press Open', 'Powered by Manifold Scholarship',
    '© Tarn Press 2025',
  ],
};

export const HELDOUT441_D: readonly TestPage[] = [manifold, bookdown];
