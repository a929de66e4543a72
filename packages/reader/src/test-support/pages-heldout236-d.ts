import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 236, file d: a legal dictionary entry (Law.com / Cornell LII Wex shape: header, breadcrumb, definition,
 * sections, "Last reviewed" line, "Wex Toolbox"-like sidebar, related terms, footer) and a translation dictionary entry
 * with example sentences (Linguee / DeepL-dictionary shape: language switcher, the entry, examples table, ads, footer).
 */
const lgTitle = 'adverse easement';
const lgHeads = ['Elements', 'Common disputes', 'Further reading'];
const lgBody = [
  'An adverse easement is a right to use another person’s land for a limited purpose, such as crossing it to reach a road, ' +
    'that is acquired not by agreement but by long and open use without the owner’s permission.',
  'The doctrine resembles adverse possession, but the claimant gains only a right of use, not ownership of the land. ' +
    'Most states call it a prescriptive easement and set the required period by statute, commonly between five and twenty years.',
  'To establish an adverse easement, the claimant generally must show that the use was:',
  'open and notorious, so that a reasonable owner would have noticed it;',
  'continuous and uninterrupted for the full statutory period;',
  'adverse or hostile, meaning without the owner’s permission; and',
  'confined to a definite path or area rather than wandering across the property.',
  'Disputes often turn on permission. If a neighbor once gave an informal nod to a shortcut across a field, a court may ' +
    'find the use permissive and reject the claim. Gaps in use, such as a path abandoned for several winters, can also ' +
    'break the chain of continuity.',
  'Courts also limit the scope of the easement to the historical use. A footpath used for decades does not become a ' +
    'right to drive delivery trucks across the same strip of land.',
  'See also easement by necessity, adverse possession and servitude.',
];
const lgNav = ['About LLI', 'Get the law', 'Lawyer directory', 'Legal encyclopedia', 'Help out', 'Sign in'];
const lgTool = ['Wex Home', 'Wex Definitions Team', 'Contribute', 'Wex Toolbox', 'Browse all terms'];
const lgFoot = ['About LLI', 'Disclaimer', 'Terms of use', 'Privacy', 'Accessibility', 'Contact us'];
const lgHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>adverse easement | Lexway Legal Information Institute</title>
<meta name="description" content="An adverse easement is a right to use another person's land acquired by long use.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DefinedTerm","name":"adverse easement"}</script>
<script src="/core/assets/vendor/jquery/jquery.min.js"></script></head>
<body class="path-node page-node-type-wex-definition"><a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<header role="banner"><div class="region-header"><a class="site-logo" href="/">Lexway LLI</a><nav role="navigation"><ul>${links(lgNav.slice(0, 5))}</ul></nav>
<a class="login" href="/user/login">${lgNav[5]}</a></div></header>
<div class="region-breadcrumb"><nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(['LLI', 'Wex', 'A'])}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<h1 class="page-title"><span class="field--name-title">${lgTitle}</span></h1>
<article role="article" class="node node--type-wex-definition"><div class="node__content"><div class="field--name-body">
${ps(lgBody.slice(0, 2))}
<h2>${lgHeads[0]}</h2><p>${lgBody[2]}</p><ul>${lgBody
  .slice(3, 7)
  .map((x) => `<li>${x}</li>`)
  .join('')}</ul>
<h2>${lgHeads[1]}</h2>${ps(lgBody.slice(7, 9))}
<h2>${lgHeads[2]}</h2><p>${lgBody[9]}</p>
<p><em>[Last reviewed in June of 2026 by the Wex Definitions Team]</em></p></div>
<div class="field--name-field-wex-keywords"><span class="label">Keywords</span>
${links(['property', 'real estate', 'wex definitions'])}</div></div></article></div>
<aside class="layout-sidebar-first" role="complementary"><h2 class="block-title">Wex Toolbox</h2><ul>${links(lgTool.filter((t) => t !== 'Wex Toolbox'))}</ul>
<div class="promo"><p>Help us keep the law free: support the Lexway Legal Information Institute.</p><a href="/donate">Donate</a></div></aside></main>
<footer role="contentinfo"><ul>${links(lgFoot.slice(1))}</ul><p>Lexway Legal Information Institute, Fennimore Law School</p></footer></body></html>`;

const trTitle = 'Brotkrume';
const trHeads = ['German-English dictionary', 'Examples from external sources'];
const trBody = [
  'Brotkrume <em>f</em> (<em>pl</em> Brotkrumen) — breadcrumb, crumb of bread',
  'Die Kinder streuten Brotkrumen für die Enten am Teich. — The children scattered breadcrumbs for the ducks at the pond.',
  'Nach dem Frühstück lagen überall Brotkrumen auf dem Tisch. — After breakfast there were crumbs all over the table.',
  'Brotkrumennavigation <em>f</em> (<em>computing</em>) — breadcrumb navigation',
  'Die Brotkrumennavigation zeigt dem Besucher, wo er sich auf der Website befindet. — ' +
    'The breadcrumb navigation shows visitors where they are on the website.',
  'Wie im Märchen legte er eine Spur aus Brotkrumen, um den Rückweg zu finden. — ' +
    'As in the fairy tale, he laid a trail of breadcrumbs to find his way back.',
  'Die Ermittler folgten jeder digitalen Brotkrume, die der Verdächtige hinterlassen hatte. — ' +
    'The investigators followed every digital breadcrumb the suspect had left behind.',
  'Das Rezept verlangt zwei Tassen feine Brotkrumen für die Panade. — The recipe calls for two cups of fine breadcrumbs for the coating.',
  'Im Hafen sammelten die Möwen jede Brotkrume vom Pflaster auf. — In the harbour the gulls picked every crumb off the paving stones.',
];
const trNav = ['Translator', 'Dictionary', 'Write', 'Apps', 'Pricing', 'Log in'];
const trFoot = ['Imprint', 'Terms and Conditions', 'Data Privacy', 'Contact', 'Press', 'Jobs', 'Blog'];
const trHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Brotkrume - English translation – Parlantix Dictionary</title>
<meta name="description" content="Translate Brotkrume: breadcrumb, crumb of bread. Many example sentences.">
<link rel="alternate" hreflang="de" href="https://www.parlantix.com/dictionary/german-english/Brotkrume">
<script src="/js/dictionary.bundle.js" defer></script></head><body class="dictionary_page">
<header class="dl_header"><a class="dl_logo" href="/">Parlantix</a><nav><ul>${links(trNav)}</ul></nav></header>
<div class="lang_switch"><span>German</span> <button aria-label="Swap languages">⇄</button> <span>English</span></div>
<form id="search"><input type="text" value="Brotkrume" aria-label="Search dictionary"></form>
<div class="translator_promo"><p>Translate whole texts with the Parlantix Translator, the world’s most accurate translation.</p>
<a href="/translator">Translate text</a></div>
<main id="dictionary"><div class="exact"><h1 class="lemma_headline">${trTitle}</h1>
<h2 class="section_heading">${trHeads[0]}</h2>
<div class="lemma featured"><p class="lemma_desc">${trBody[0]}</p>
<div class="example_lines"><p class="example">${trBody[1]}</p><p class="example">${trBody[2]}</p></div></div>
<div class="lemma"><p class="lemma_desc">${trBody[3]}</p><div class="example_lines"><p class="example">${trBody[4]}</p></div></div>
<div class="dict_ad"><span>Advertisement</span></div>
<h2 class="section_heading">${trHeads[1]}</h2><p class="notice">Not reviewed by Parlantix. Examples are used only to help you translate.</p>
<div class="example_sources"><ul>${trBody
  .slice(5)
  .map((x) => `<li class="example">${x}</li>`)
  .join('')}</ul>
<a class="more" href="#">More examples</a></div>
<div class="feedback"><span>Was this helpful?</span><button>Yes</button><button>No</button></div></div></main>
<footer class="dl_footer"><ul>${links(trFoot)}</ul><p>© 2026 Parlantix SE</p></footer>
<div class="cookie-banner" role="dialog"><p>We use cookies to provide and improve our services.</p><button>Accept all</button>
<button>Customize</button></div></body></html>`;

export const HELDOUT236_D: readonly TestPage[] = [
  {
    name: 'heldout236-lexway-legal-dictionary',
    kind: 'docs',
    html: lgHtml,
    title: lgTitle,
    headings: lgHeads,
    body: texts(lgBody),
    bylines: ['[Last reviewed in June of 2026 by the Wex Definitions Team]'],
    furniture: [
      ...lgNav,
      ...lgTool,
      ...lgFoot.slice(1),
      'Skip to main content',
      'Lexway LLI',
      'LLI',
      'Wex',
      'Keywords',
      'property',
      'real estate',
      'wex definitions',
      'Help us keep the law free: support the Lexway Legal Information Institute.',
      'Donate',
      'Lexway Legal Information Institute, Fennimore Law School',
    ],
  },
  {
    name: 'heldout236-parlantix-translation-entry',
    kind: 'docs',
    html: trHtml,
    title: trTitle,
    headings: trHeads,
    body: texts(trBody),
    bylines: [],
    furniture: [
      ...trNav,
      ...trFoot,
      'German',
      'English',
      'Translate whole texts with the Parlantix Translator, the world’s most accurate translation.',
      'Translate text',
      'Advertisement',
      'Not reviewed by Parlantix. Examples are used only to help you translate.',
      'More examples',
      'Was this helpful?',
      'Yes',
      'No',
      '© 2026 Parlantix SE',
      'We use cookies to provide and improve our services.',
      'Accept all',
      'Customize',
    ],
  },
];
