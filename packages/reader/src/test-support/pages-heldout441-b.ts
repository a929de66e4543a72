import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout441-kit.js';
import { jupyterBook } from './pages-heldout441-b2.js';

/**
 * Held-out batch 441, file b: an OpenStax-style book section rendered by a React reader (styled-component class names, the
 * book banner, the table of contents toggle, highlights and search buttons, the learning objectives abstract, two figures with
 * captions and credits, a "Link to Learning" feature, review questions, the previous / next bar, the citation attribution
 * drawer, the donation banner and the footer); from file b2, a Jupyter Book chapter.
 */
const osTitle = '4.2 Enzymes and the Speed of Reactions';
const osObjectives = [
  'Explain how enzymes lower the activation energy of a reaction.',
  'Describe the effects of temperature and pH on enzyme activity.',
  'Distinguish competitive from noncompetitive inhibition.',
];
const osIntro = [
  `Most of the chemical reactions that keep a cell alive would take years to happen on their own at body temperature. Cells
  speed them up with enzymes, proteins that act as catalysts. An enzyme takes part in a reaction but comes out of it unchanged,
  ready to act again thousands of times each second.`,
];
const osH1 = 'Activation Energy';
const osAct = [
  `Even a reaction that releases energy overall needs a push to get started. This initial input, the activation energy, is
  needed to strain or break existing bonds so that new ones can form. An enzyme does not change how much energy a reaction
  releases; it lowers the activation energy, so more molecules have enough energy to react at a given moment.`,
  `Each enzyme has an active site, a pocket whose shape and chemical character fit one substrate or a small family of them. When
  the substrate binds, the enzyme changes shape slightly around it, a process called induced fit, and holds the substrate in a
  position that favors the reaction.`,
];
const osH2 = 'Temperature and pH';
const osEnv = [
  `Enzyme activity rises with temperature up to an optimum, because molecules collide more often and with more energy. Above the
  optimum, the weak bonds that hold the protein in shape begin to fail and the enzyme denatures. Most human enzymes work best near
  37 degrees Celsius, while the enzymes of the hot-spring microbe studied at Tarrow Lake keep working above 80 degrees.`,
  `pH affects the charges on the amino acids of the active site. A digestive enzyme of the stomach works best in strong acid, while
  one of the small intestine prefers a slightly basic solution.`,
];
const osH3 = 'Regulating Enzymes';
const osReg = [
  `Cells control enzymes rather than letting them run at full speed. In competitive inhibition, a molecule resembling the
  substrate occupies the active site and blocks it. In noncompetitive inhibition, the inhibitor binds elsewhere on the enzyme and
  changes its shape so that the active site works less well.`,
  `Many pathways are controlled by feedback inhibition: the final product of a series of reactions inhibits an enzyme early in the
  series. When the product is plentiful, the pathway slows; when it is used up, the pathway runs again.`,
];
const osLink = 'Watch an animation of an enzyme binding its substrate and releasing the products.';
const osH4 = 'Review Questions';
const osQuestions = [
  'Which of the following best describes how an enzyme speeds up a reaction?',
  'A drug that resembles an enzyme’s substrate and binds to its active site is most likely acting as a(n)',
];
const osChoices = [
  'It adds energy to the reactants.',
  'It lowers the activation energy.',
  'It changes the overall energy released.',
  'competitive inhibitor',
  'noncompetitive inhibitor',
  'allosteric activator',
];
const osFig1 = 'Enzymes lower the activation energy of a reaction but do not change the free energy of the reactants or products.';
const osFig2 = 'The rate of an enzyme-catalyzed reaction rises with temperature to an optimum and then falls steeply.';
const osCredits = ['(credit: modification of work by Saskia Brehm)', '(credit: Ansel Ruud, Tarrow Lake Field Station)'];
const osNav = ['Table of contents', 'My highlights', 'Print', 'Search this book'];
const osToc = ['Preface', '4.1 Energy and Metabolism', '4.3 Cellular Respiration', 'Key Terms', 'Chapter Summary'];
const osFoot = ['About us', 'Supporters', 'Blog', 'Give', 'Help', 'Contact us', 'Accessibility statement', 'Terms of use', 'Licensing', 'Privacy policy'];
const osAttrib = j(
  'Want to cite, share, or modify this book? This book uses the Creative Commons Attribution License and you must attribute',
  'Opencrest if you use it.',
);
const osHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${osTitle} - Concepts of Cell Biology | Opencrest</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="Most of the chemical reactions that keep a cell
alive would take years to happen on their own at body temperature.">
<meta property="og:title" content="${osTitle} - Concepts of Cell Biology | Opencrest"><link rel="canonical"
href="https://opencrest.example/books/cell-biology/pages/4-2-enzymes">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Book","name":"Concepts of Cell Biology","author":{"@type":"Organization",
"name":"Opencrest"},"license":"https://creativecommons.org/licenses/by/4.0/"}</script>
<script>window.__PRELOADED_STATE__ = {"content":{"book":{"slug":"cell-biology","version":"3.1"},"page":{"slug":"4-2-enzymes"}}};</script>
<style data-styled="active" data-styled-version="5.3.11">.sc-bczRLJ{display:flex}.sc-gsnTZi{max-width:82rem}</style></head>
<body><div id="root"><div class="sc-bczRLJ eJYhRm"><div data-analytics-region="Nav" class="sc-gsnTZi hBuSgT">
<a href="/" class="sc-dkzDqf kLpmFR" aria-label="Opencrest home page"><img alt="Opencrest logo" src="/rex/releases/v4/logo.svg"></a>
<a href="/subjects" class="sc-hKMtZM">Subjects</a><a href="/login" class="sc-eCYdqJ">Log in</a></div>
<div data-testid="bookbanner" class="sc-jSMfEi BookBanner__BarWrapper"><a href="/details/books/cell-biology" class="sc-iBkjds">Concepts of
Cell Biology</a></div>
<div data-testid="toolbar" class="sc-ftvSup Toolbar"><button aria-label="Click to open the Table of Contents" class="sc-papXJ">${osNav[0]}</button>
<button class="sc-jqUVSM">${osNav[1]}</button><button class="sc-kDDrLX">${osNav[2]}</button>
<input aria-label="${osNav[3]}" placeholder="${osNav[3]}" class="sc-iqcoie"><span class="sc-crXcEl">${osNav[3]}</span></div>
<nav aria-label="Table of contents" data-testid="toc" class="sc-fnykZs TableOfContents" aria-expanded="false"><ol>${links(osToc, 'sc-fEOsli')}</ol></nav>
<main id="main-content" class="sc-bjUoiL MainContent" tabindex="-1"><div data-type="page" id="page_7b1c" class="chapter-content-module">
<h1 data-type="document-title"><span class="os-number">4.2</span><span class="os-divider"> </span><span class="os-text">Enzymes and the Speed of
Reactions</span></h1>
<section class="learning-objectives" data-type="abstract"><h3 data-type="title">Learning Objectives</h3>
<p>By the end of this section, you will be able to do the following:</p><ul>${lis(osObjectives)}</ul></section>
${ps(osIntro)}
<section id="fs-act" data-depth="1"><h2 data-type="title">${osH1}</h2>
${ps(osAct)}
<div class="os-figure"><figure id="fig-4-6"><span data-type="media" data-alt="Graph of energy against reaction progress"><img
src="/resources/8b2f0c.jpg" alt="Graph of energy against reaction progress" width="480"></span></figure>
<div class="os-caption-container"><span class="os-title-label">Figure </span><span class="os-number">4.6</span><span class="os-divider"> </span>
<span class="os-caption">${osFig1} ${osCredits[0]}</span></div></div></section>
<section id="fs-env" data-depth="1"><h2 data-type="title">${osH2}</h2>
${ps(osEnv)}
<div class="os-figure"><figure id="fig-4-7"><span data-type="media"><img src="/resources/2ac9d1.jpg" alt="Curve of reaction rate against
temperature"></span></figure><div class="os-caption-container"><span class="os-title-label">Figure </span><span class="os-number">4.7</span>
<span class="os-divider"> </span><span class="os-caption">${osFig2} ${osCredits[1]}</span></div></div></section>
<section id="fs-reg" data-depth="1"><h2 data-type="title">${osH3}</h2>
${ps(osReg)}
<div class="interactive link-to-learning ui-has-child-title" data-type="note"><header><h3 class="os-title"><span class="os-title-label">Link to
Learning</span></h3></header><section><div class="os-note-body"><p>${osLink}</p></div></section></div></section>
<section class="review-questions" data-depth="1"><h2 data-type="document-title"><span class="os-text">${osH4}</span></h2>
${osQuestions
  .map(
    (q, i) => `<div data-type="exercise" class="os-exercise"><div data-type="problem" class="os-problem-container"><span class="os-number">${i + 1}</span>
<span class="os-divider">. </span><p>${q}</p><ol type="a">${lis(osChoices.slice(i * 3, i * 3 + 3))}</ol></div></div>`,
  )
  .join('\n')}</section></div></main>
<div data-testid="prevnext" class="sc-ksZaOG PrevNextBar"><a aria-label="Previous page" href="4-1-energy" class="sc-jIZahH">Previous</a>
<a aria-label="Next page" href="4-3-respiration" class="sc-himrzO">Next</a></div>
<div data-testid="attribution-details" class="sc-jrcTuL"><details><summary>Citation/Attribution</summary><p>${osAttrib}</p>
<p>Authors: Maren Holtby, Tarrow Lake College; Ewan Desrosiers, Opencrest</p><p>Publication date: Mar 11, 2025</p></details></div>
<div class="sc-cTQhss DonationBanner" role="complementary"><p>Help keep textbooks free for students everywhere.</p><a href="/give">Give today</a></div>
<footer class="sc-bUbCnL Footer"><ul>${links(osFoot)}</ul><p>© Mar 11, 2025 Opencrest. Textbook content produced by Opencrest is licensed under a
Creative Commons Attribution License.</p></footer></div></div>
<script src="/rex/releases/v4/static/js/main.3f1a2b.js"></script></body></html>`;
const openStax: TestPage = {
  name: 'heldout441-openstax-section-docs',
  kind: 'docs',
  html: osHtml,
  title: osTitle,
  headings: [osH1, osH2, osH3, osH4],
  body: [
    'By the end of this section, you will be able to do the following:',
    ...texts([...osObjectives, ...osIntro, ...osAct, ...osEnv, ...osReg, osLink, osQuestions[0] ?? '', ...osChoices.slice(0, 3)]),
    ...texts([osQuestions[1] ?? '', ...osChoices.slice(3)]),
  ],
  bylines: ['Authors: Maren Holtby, Tarrow Lake College; Ewan Desrosiers, Opencrest', 'Publication date: Mar 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subjects', 'Log in', 'Concepts of Cell Biology', ...osNav, ...osToc, `${osFig1} ${osCredits[0]}`, `${osFig2} ${osCredits[1]}`, 'Figure 4.6', 'Figure 4.7',
    'Previous', 'Next', 'Citation/Attribution', osAttrib, 'Help keep textbooks free for students everywhere.', 'Give today', ...osFoot,
    '© Mar 11, 2025 Opencrest. Textbook content produced by Opencrest is licensed under a Creative Commons Attribution License.',
  ],
};

export const HELDOUT441_B: readonly TestPage[] = [openStax, jupyterBook];
