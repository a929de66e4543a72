import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout458-kit.js';

/**
 * Held-out batch 458, file d: a Google Fonts-style family page of a free font library, an Angular app with Material
 * components.
 */
const fTitle = 'Sorrel Sans';
const fAbout = [
  j(
    'Sorrel Sans is a humanist sans serif designed for interfaces in Quechua, Aymara and Spanish. Its letters are a little',
    'narrower than most interface fonts so that long agglutinated words fit on buttons, and its diacritics sit low to keep line',
    'spacing tight.',
  ),
  j(
    'The project started in 2024 as a set of lettering for a bilingual school reader in Cusco and grew into a family of seven',
    'weights with a variable weight axis. Sorrel’s apostrophe and saltillo are drawn to be told apart at small sizes.',
  ),
  'To contribute, see github.com/sorrel-type/sorrel-sans.',
];
const fLicence = [
  'These fonts are licensed under the Open Font License.',
  'You can use them in your products & projects – print or digital, commercial or otherwise.',
  'This isn’t legal advice, please consider consulting a lawyer and see the full license for all details.',
];
const fStyles = ['Thin 100', 'Light 300', 'Regular 400', 'Medium 500', 'SemiBold 600', 'Bold 700', 'Black 900'];
const fSample = 'Allin p’unchay, the river climbs the terraces at dawn';
const fNav = ['Fonts', 'Icons', 'Knowledge', 'FAQ'];
const fFoot = ['About', 'Privacy Policy', 'Terms', 'Help'];
const ng = (tag: string, attrs: string, inner: string): string => `<${tag} _ngcontent-ng-c2190384512=""${attrs}>${inner}</${tag}>`;
const fHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Sorrel Sans - Open Type Library</title>
<base href="/"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Sorrel Sans - a humanist sans serif.">
<link rel="preconnect" href="https://fonts.typelib.org"><link rel="stylesheet" href="styles.8d2f1c0e9a7b.css" media="all">
<style ng-app-id="ng">.gf-specimen-header[_ngcontent-ng-c2190384512]{display:flex}.visually-hidden{position:absolute;clip:rect(0 0 0 0)}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"Sorrel Sans","applicationCategory":"Font"}</script>
</head><body class="mat-typography"><app-root ng-version="17.3.4" ng-server-context="ssr"><a class="gf-skip-link" href="#main-content">Skip to main content</a>
<gf-header _nghost-ng-c1020><header class="gf-header" role="banner"><a class="gf-header__logo" href="/" aria-label="Open Type Library home">
<span class="gf-header__brand">Open Type Library</span></a><nav class="gf-header__nav" aria-label="Main"><ul>${links(fNav, 'gf-header__nav-item')}</ul></nav>
<button mat-icon-button class="mdc-icon-button mat-mdc-icon-button mat-unthemed" aria-label="Search"><mat-icon class="mat-icon material-icons"
aria-hidden="true">search</mat-icon></button><a mat-flat-button class="mdc-button mat-mdc-unelevated-button" href="/selection">
<span class="mdc-button__label">View selected families</span></a></header></gf-header>
<main id="main-content" class="gf-main"><gf-specimen _nghost-ng-c2190384512>
${ng(
  'div',
  ' class="gf-specimen-header"',
  `${ng('h1', ' class="gf-specimen-header__title"', fTitle)}
${ng('span', ' class="gf-specimen-header__designer"', 'Designed by <a href="/?query=Amaru+Quispe">Amaru Quispe</a>')}
${ng('button', ' class="mdc-button mat-mdc-unelevated-button gf-download"', '<span class="mdc-button__label">Get font</span>')}`,
)}
<nav mat-tab-nav-bar class="mat-mdc-tab-nav-bar mat-mdc-tab-header" role="tablist">${['Specimen', 'Type tester', 'Glyphs', 'About & license']
  .map((t) => `<a mat-tab-link class="mdc-tab mat-mdc-tab-link" role="tab"><span class="mdc-tab__text-label">${t.replace('&', '&amp;')}</span></a>`)
  .join('')}</nav>
${ng(
  'section',
  ' id="styles" class="gf-styles"',
  `${ng('h2', ' class="gf-section-title"', 'Styles')}
${ng(
  'div',
  ' class="gf-styles__controls"',
  `<label class="visually-hidden" for="preview">Type here to preview text</label>
<input id="preview" class="gf-styles__input" placeholder="Type here to preview text"><span class="gf-styles__size">40px</span>`,
)}
${fStyles
  .map((s) =>
    ng(
      'div',
      ' class="gf-style-row"',
      `<span class="gf-style-row__name">${s}</span><span class="gf-style-row__preview">${fSample}</span>
<button class="mdc-button mat-mdc-button"><span class="mdc-button__label">Select ${s}</span></button>`,
    ),
  )
  .join('\n')}`,
)}
${ng(
  'section',
  ' id="about" class="gf-about"',
  `${ng('h2', ' class="gf-section-title"', `About ${fTitle}`)}
${ng('div', ' class="gf-about__description"', ps(fAbout))}
${ng('h2', ' class="gf-section-title"', 'License')}${ng('div', ' class="gf-about__license"', ps(fLicence.map((t) => t.replace('&', '&amp;'))))}
<a class="gf-link" href="/ofl">Open Font License</a>`,
)}
${ng(
  'aside',
  ' class="gf-designers"',
  `${ng('h2', ' class="gf-section-title"', 'Designers')}<div class="gf-designer-card"><img src="/img/amaru.jpg" alt="">
<div class="gf-designer-card__name">Amaru Quispe</div><p class="gf-designer-card__bio">Amaru Quispe is a type designer and teacher based in Cusco, Peru.</p>
</div>`,
)}
</gf-specimen></main>
<gf-footer><footer class="gf-footer"><ul>${links(fFoot)}</ul><div class="gf-footer__lang"><mat-select aria-label="Language">English</mat-select></div>
</footer></gf-footer>
<gf-cookie-bar><div class="gf-cookie-bar" role="dialog"><p>Open Type Library uses cookies to remember your selected fonts and to analyse traffic.</p>
<a href="/privacy">Learn more</a><button class="mdc-button">Ok, got it</button></div></gf-cookie-bar></app-root>
<script src="runtime.5b2a9c.js" type="module"></script><script src="main.e1f04d7a.js" type="module"></script>
<script id="ng-state" type="application/json">{"__nghData__":[{"t":{"2":"t0"},"c":{"2":[]}}]}</script></body></html>`;
const sorrel: TestPage = settle({
  name: 'heldout458-angular-font-family',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [`About ${fTitle}`, 'License'],
  body: texts([...fAbout, ...fLicence]),
  bylines: ['Designed by Amaru Quispe'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Open Type Library', ...fNav, 'View selected families', 'Get font', 'Specimen', 'Type tester', 'Glyphs',
    'About & license', 'Styles', 'Type here to preview text', '40px', ...fStyles, fSample, ...fStyles.map((s) => `Select ${s}`), 'Open Font License',
    'Designers', 'Amaru Quispe', 'Amaru Quispe is a type designer and teacher based in Cusco, Peru.', ...fFoot, 'English',
    'Open Type Library uses cookies to remember your selected fonts and to analyse traffic.', 'Learn more', 'Ok, got it',
  ],
});

export const HELDOUT458_D: readonly TestPage[] = [sorrel];
