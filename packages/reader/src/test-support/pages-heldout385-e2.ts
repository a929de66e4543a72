import type { TestPage } from './page-kit.js';
import { plain } from './page-kit.js';
import { j } from './pages-heldout385-kit.js';

/**
 * Held-out batch 385, file e2: an EU Re-open-style country page rendered by an Angular app (app-root with _ngcontent and
 * _nghost attributes, a Material toolbar, the ECL-style site header, a country selector, the "Travelling from" chips,
 * expansion panels whose headers are the section headings, an indicator table, the feedback widget and the ECL footer).
 */
const rTitle = 'Velmora';
const ng = '_ngcontent-ng-c2741830';
const rPanels: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'General measures',
    [
      j(
        'Velmora is not part of the Schengen area. Travellers from EU and Schengen countries may stay for up to 60 days in any',
        '180-day period without a visa, and must register with the Velmoran Electronic Travel Authorisation (VETA) system before',
        'departure.',
      ),
      'Registration costs EUR 15, is valid for two years and is linked to the passport used to register.',
    ],
  ],
  [
    'Documents needed to enter',
    [
      'A passport valid for at least six months from the date of arrival. National identity cards are not accepted.',
      'The VETA confirmation, on paper or on a mobile device.',
      'A return or onward ticket, which border officers may ask to see.',
      j('Minors travelling without both parents should carry a signed letter of consent from the absent parent, translated into', 'English or Velmoran.'),
    ],
  ],
  [
    'Transport and travel',
    [
      j(
        'Direct flights link Port Aster with eleven EU airports, and a daily ferry runs between Lisden and Brindisi from April to',
        'October. Rail services inside Velmora are limited; intercity buses are the usual way to travel between towns.',
      ),
      'Car hire requires an international driving permit in addition to an EU driving licence.',
    ],
  ],
  [
    'Public health measures',
    [
      j(
        'There are currently no health-related entry restrictions. Travellers arriving from countries where yellow fever is present',
        'must show a valid vaccination certificate.',
      ),
      'Wearing a mask is recommended in hospitals and care homes.',
    ],
  ],
  [
    'Safety and security',
    [
      j(
        'Demonstrations take place regularly in Port Aster, mostly on Fridays near government buildings. Travellers are advised to',
        'avoid large gatherings and to follow the instructions of the local police.',
      ),
      j(
        'Pickpocketing is common in markets and on the coastal tram. The emergency number is 112, and tourist police stations are',
        'open around the clock in Port Aster and Lisden.',
      ),
    ],
  ],
];
const rRows: ReadonlyArray<readonly [string, string]> = [
  ['Visa required for EU citizens', 'No'],
  ['Online pre-registration', 'Yes, VETA'],
  ['Maximum stay', '60 days in 180'],
  ['Currency', 'Velmoran crown (VLK)'],
];
const paraHtml = (paras: readonly string[]): string =>
  paras.length > 2 ? `<ul ${ng}>${paras.map((p) => `<li ${ng}>${p}</li>`).join('\n')}</ul>` : paras.map((p) => `<p ${ng}>${p}</p>`).join('\n');
const panel = ([h, paras]: readonly [string, readonly string[]], i: number): string => `<mat-expansion-panel ${ng} class="mat-expansion-panel
mat-expanded" id="cdk-accordion-child-${i}"><mat-expansion-panel-header ${ng} role="button" class="mat-expansion-panel-header"
aria-expanded="true"><span class="mat-content"><mat-panel-title ${ng} class="mat-expansion-panel-header-title"><h2 ${ng}
class="ecl-u-type-heading-3">${h}</h2></mat-panel-title></span></mat-expansion-panel-header>
<div class="mat-expansion-panel-content" role="region"><div class="mat-expansion-panel-body"><app-rich-text ${ng}><div class="ecl-u-type-paragraph">
${paraHtml(paras)}</div></app-rich-text></div></div></mat-expansion-panel>`;
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Re-open EU – ${rTitle}</title><base href="/">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Travel information for Velmora: entry rules,
documents, health and safety.">
<link rel="stylesheet" href="styles.4f2c9a1e.css"><style ng-transition="serverApp">.country-header[_ngcontent-ng-c2741830]{display:flex}</style>
</head><body class="mat-typography"><app-root _nghost-ng-c1184402 ng-version="17.3.2" ng-server-context="ssr">
<app-cookie-consent _ngcontent-ng-c1184402><div class="ecl-cookie-consent"><p>This site uses cookies to offer you a better browsing experience.</p>
<button class="ecl-button ecl-button--primary">Accept all cookies</button><button class="ecl-button ecl-button--secondary">Accept only essential
cookies</button></div></app-cookie-consent>
<app-header _ngcontent-ng-c1184402><header class="ecl-site-header"><div class="ecl-site-header__top"><a class="ecl-link ecl-site-header__logo-link"
href="https://european-union.europa.eu">European Union</a><span class="ecl-site-header__language-code">EN</span></div>
<div class="ecl-site-header__banner"><p class="ecl-site-header__site-name">Re-open EU</p></div></header>
<mat-toolbar class="mat-toolbar mat-toolbar-single-row"><a class="mat-button" href="/map">Map</a><a class="mat-button" href="/countries">Countries</a>
<a class="mat-button" href="/faq">FAQ</a></mat-toolbar></app-header>
<main _ngcontent-ng-c1184402><router-outlet></router-outlet><app-country-page _nghost-ng-c2741830>
<div ${ng} class="country-header"><img ${ng} src="assets/flags/vl.svg" alt="Flag of Velmora"><h1 ${ng} class="ecl-u-type-heading-1">${rTitle}</h1>
<mat-chip-listbox ${ng}><span class="chip-label">Travelling from</span><mat-chip-option>EU Member State</mat-chip-option><mat-chip-option>Non-EU
country</mat-chip-option></mat-chip-listbox>
<p ${ng} class="last-update">Last update: 10/03/2026</p></div>
<mat-accordion ${ng} class="mat-accordion" multi>${rPanels.map(panel).join('\n')}</mat-accordion>
<section ${ng} class="indicators"><h2 ${ng} class="ecl-u-type-heading-3">Key facts</h2><table ${ng} class="ecl-table"><tbody>
${rRows.map((r) => `<tr ${ng} class="ecl-table__row"><td class="ecl-table__cell">${r[0]}</td> <td class="ecl-table__cell">${r[1]}</td></tr>`).join('\n')}
</tbody></table></section>
<p ${ng} class="disclaimer">The information on this page comes from national authorities. The European Commission accepts no responsibility for
its accuracy.</p></app-country-page></main>
<app-feedback _ngcontent-ng-c1184402><div class="feedback-widget"><p>Did you find what you were looking for?</p><button>Yes</button><button>No</button>
</div></app-feedback>
<app-footer _ngcontent-ng-c1184402><footer class="ecl-site-footer"><p class="ecl-site-footer__title">Re-open EU</p><p>This site is managed by the
Directorate-General for Communication</p><ul class="ecl-site-footer__list"><li><a href="/contact">Contact the European Commission</a></li>
<li><a href="/legal">Legal notice</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/accessibility">Accessibility</a></li></ul>
</footer></app-footer></app-root>
<script src="runtime.8b1e.js" type="module"></script><script src="main.ae42f0.js" type="module"></script>
<script id="serverApp-state" type="application/json">{"country":{"code":"VL","updated":"2026-03-10"}}</script></body></html>`;
export const reopen: TestPage = {
  name: 'heldout385-reopen-angular-docs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: [...rPanels.map(([h]) => h), 'Key facts'],
  body: [...rPanels.flatMap(([, p]) => p.map(plain)), ...rRows.map((r) => r.join(' '))],
  bylines: ['Last update: 10/03/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies to offer you a better browsing experience.', 'Accept all cookies', 'Accept only essential cookies', 'European Union',
    'Re-open EU', 'FAQ', 'Travelling from', 'EU Member State', 'Non-EU country',
    'The information on this page comes from national authorities. The European Commission accepts no responsibility for its accuracy.',
    'Did you find what you were looking for?', 'This site is managed by the Directorate-General for Communication', 'Contact the European Commission',
    'Legal notice', 'Privacy policy', 'Accessibility',
  ],
};
