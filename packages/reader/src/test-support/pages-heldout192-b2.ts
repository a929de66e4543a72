import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 192, file b2: a Cochrane plain-language summary page on cochrane.org's Drupal evidence template (the
 * Cochrane top bar with "Cochrane Library" and "Donate", the main menu, breadcrumbs, the language switcher, the review
 * title as h1 with the PLS title as an h2 above the text, "Key messages" whose list items are the body, the fixed PLS
 * questions as h3s, "Read the full abstract", the authors and citation block, the "Translation notes" hidden panel,
 * the "Related reviews" block, the newsletter sign-up, the cookie banner and the footer).
 */
const title = 'Text-message reminders for people taking medicines for high blood pressure';
const plsTitle = 'Do text-message reminders help people take their blood pressure medicines?';
const hKey = 'Key messages';
const key = [
  'Text-message reminders probably help people take their blood pressure medicines a little more regularly.',
  'They may lower blood pressure slightly, but we are not sure whether this reduces heart attacks or strokes.',
  'Future studies should follow people for longer and include more people on low incomes and older adults.',
];
const hWhat = 'What is high blood pressure?';
const pWhat = [
  'High blood pressure (hypertension) raises the risk of heart attack, stroke and kidney disease. Medicines can lower blood ' +
    'pressure, but many people do not take them as prescribed. They may forget, feel well and see no need, or worry about ' +
    'side effects.',
];
const hWant = 'What did we want to find out?';
const pWant = [
  'We wanted to find out whether sending people short text messages, to remind them to take their medicines or to encourage ' +
    'them, helps them take their medicines more regularly and lowers their blood pressure compared with usual care.',
];
const hDo = 'What did we do?';
const pDo = [
  'We searched for studies that compared text-message reminders with usual care or with another kind of support in adults ' +
    'taking medicines for high blood pressure. We compared and summarised the results of the studies and rated our confidence ' +
    'in the evidence, based on factors such as study methods and sizes.',
];
const hFind = 'What did we find?';
const pFind = [
  'We found 27 studies with 9416 people. The studies took place in 14 countries and lasted from three months to two years. ' +
    'Most sent messages once a day; some also let people reply to say they had taken their medicine.',
  'Compared with usual care, text-message reminders:',
];
const find = [
  'probably increase the proportion of people who take their medicines regularly, from about 54 in 100 to about 63 in 100;',
  'may lower systolic blood pressure (the top number) by about 3 mmHg;',
  'may make little or no difference to the number of people admitted to hospital.',
];
const pFind2 = [
  'No study reported on heart attacks or strokes over a long enough time to tell whether text messages affect them. No study ' +
    'reported harms from the messages, although a few people said they found daily messages annoying.',
];
const hLim = 'What are the limitations of the evidence?';
const pLim = [
  'We are moderately confident in the evidence about taking medicines regularly, but less confident about blood pressure, ' +
    'because in many studies people knew which group they were in and because the results varied between studies. Few ' +
    'studies included people over 75 or people without their own mobile phone.',
];
const hUp = 'How up to date is this evidence?';
const pUp = ['The evidence is up to date to August 2024.'];
const authors = 'Ruiz-Achterberg M, Fenwick-Adu L, Pasquale D, Wen H, Holmgren E';
const citation =
  'Ruiz-Achterberg M, Fenwick-Adu L, Pasquale D, Wen H, Holmgren E. Text-message reminders for people taking medicines for ' +
  'high blood pressure. Cochrane Database of Systematic Reviews 2025, Issue 2. Art. No.: CD013911.';
const langs = ['English', 'Español', 'Français', 'Deutsch', 'Bahasa Malaysia', '日本語', 'Português'];
const top = ['Cochrane Library', 'Cochrane Training', 'Community', 'Donate'];
const nav = ['About us', 'Evidence', 'News and events', 'Join Cochrane', 'Contact us'];
const crumbs = ['Home', 'Evidence', 'Heart and circulation'];
const related = [
  'Pharmacist-led care for people with high blood pressure',
  'Self-monitoring of blood pressure at home',
  'Fixed-dose combination pills for high blood pressure',
];
const news = ['Sign up for Cochrane’s newsletter', 'Get the latest evidence, news and events in your inbox every month.', 'Email', 'Sign up'];
const cookie = 'We use cookies to make our website work and to improve your experience. You can choose which optional cookies we use.';
const foot = ['Cochrane Library', 'Our funders', 'Accessibility', 'Privacy policy', 'Terms and conditions', 'Jobs', 'Press office'];
const h3 = (t: string): string => `<h3 class="pls-heading">${t}</h3>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ul = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${title} | Cochrane</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="${key[0]}">
<link rel="canonical" href="https://www.cochrane.org/CD013911/VASC_text-message-reminders-people-taking-medicines-high-blood-pressure">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><meta name="dcterms.language" content="en">
<link rel="alternate" hreflang="es" href="https://www.cochrane.org/es/CD013911/VASC_recordatorios">
<link rel="stylesheet" href="/sites/default/files/css/css_cochrane.css">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentLanguage":"en"},"gtm":{"tagId":"GTM-K2X9"}}</script>
<script src="/sites/default/files/js/js_cochrane.js" defer></script></head>
<body class="path-node page-node-type-review"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="cookie-compliance" role="dialog" aria-label="Cookie consent"><p>${cookie}</p><button class="agree-button">Accept all</button>
<button class="decline-button">Reject optional cookies</button><a href="/cookie-policy">Cookie policy</a></div>
<div class="top-bar"><ul class="top-bar__menu">${links(top)}</ul></div>
<header class="site-header" role="banner"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/cochrane/logo.svg" alt="Cochrane"></a>
<nav role="navigation" aria-label="Main navigation"><ul class="menu">${links(nav, 'menu-item')}</ul></nav>
<form class="search-block-form" role="search"><label class="visually-hidden" for="edit-keys">Search</label><input id="edit-keys"><button>Search</button>
</form></header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(crumbs)}</ol></nav>
<main id="main-content" role="main"><div class="language-switcher"><span class="language-switcher__label">Available in</span>
<ul class="links">${langs.map((l) => `<li><a href="#" hreflang="x">${l}</a></li>`).join('\n')}</ul></div>
<article class="node node--type-review node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">${title}</span></h1>
<div class="field field--name-field-review-group"><span>Review published:</span> <time datetime="2025-02-12">12 February 2025</time></div>
<div class="node__content"><div class="field field--name-field-pls"><h2 class="pls-title">${plsTitle}</h2>
${h3(hKey)}
${ul(key)}
${h3(hWhat)}
${ps(pWhat)}
${h3(hWant)}
${ps(pWant)}
${h3(hDo)}
${ps(pDo)}
${h3(hFind)}
${ps(pFind)}
${ul(find)}
${ps(pFind2)}
${h3(hLim)}
${ps(pLim)}
${h3(hUp)}
${ps(pUp)}</div>
<div class="field field--name-field-abstract-link">
<a class="button" href="https://www.cochranelibrary.example/cdsr/doi/10.1002/14651858.CD013911.pub2/full">Read the full abstract</a></div>
<div class="field field--name-field-authors"><div class="field__label">Authors</div><div class="field__item">${authors}</div></div>
<div class="field field--name-field-citation"><div class="field__label">Citation</div><div class="field__item">${citation}
<a href="https://doi.org/10.1002/14651858.CD013911.pub2">DOI: 10.1002/14651858.CD013911.pub2</a></div></div>
<div class="translation-notes" hidden><h3>Translation notes</h3><p>Translated by volunteers of Cochrane Iberoamérica.</p></div></div></article>
<section class="block related-reviews"><h2 class="block-title">Related reviews</h2><ul>${links(related)}</ul></section></main>
<section class="newsletter"><h2>${news[0]}</h2><p>${news[1]}</p><form><label for="nl-email">${news[2]}</label><input id="nl-email"><button>${news[3]}</button>
</form></section>
<footer class="site-footer" role="contentinfo"><ul class="menu">${links(foot)}</ul>
<p>Cochrane is a registered charity in England and Wales (1045921).</p><p>© 2025 The Cochrane Collaboration</p></footer></body></html>`;
export const cochranePls: TestPage = {
  html,
  name: 'heldout192-cochrane-plain-language-summary',
  kind: 'docs',
  // the review title (h1) is the title and the PLS title (h2) a heading; the authors line is a byline, the citation block furniture
  title,
  headings: [plsTitle, hKey, hWhat, hWant, hDo, hFind, hLim, hUp],
  body: texts([...key, ...pWhat, ...pWant, ...pDo, ...pFind, ...find, ...pFind2, ...pLim, ...pUp]),
  bylines: [authors, '12 February 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', cookie, 'Accept all', 'Reject optional cookies', 'Cookie policy', ...top, ...nav, 'Search', ...crumbs, 'Available in',
    ...langs, 'Review published:', 'Read the full abstract', 'Authors', 'Citation', citation, 'DOI: 10.1002/14651858.CD013911.pub2',
    'Translation notes', 'Translated by volunteers of Cochrane Iberoamérica.', 'Related reviews', ...related, ...news, 'Our funders',
    'Cochrane is a registered charity in England and Wales (1045921).', '© 2025 The Cochrane Collaboration',
  ],
};
