import { links, type TestPage, texts } from './page-kit.js';
import { ledgerwise } from './pages-heldout428-c2.js';

/**
 * Held-out batch 428, file c: a WordReference-style English-Spanish entry (table-layout page: top bar with language
 * pairs, the WRD tables with Principal and Additional Translations, header rows, source / target words, grammar notes and
 * example rows, "Compound Forms", forum discussion links, ads, "Report an inappropriate ad", footer) and, from file c2, a
 * company glossary built with Elementor. Gold: every translation row's cells are body (the English word with its note,
 * the Spanish words, each example sentence), the table header rows furniture.
 */
const rTitle = 'lantern';
type Row = [string, string, string, string, string];
const rPrin: readonly Row[] = [
  ['lantern', 'n', '(portable light)', 'farol', 'nm'],
  ['lantern', 'n', '(paper lamp)', 'farolillo, linterna de papel', 'nm, nf'],
  ['lantern', 'n', '(lighthouse: lamp room)', 'linterna', 'nf'],
];
const rPrinEx: readonly [string, string][] = [
  ['The fishermen hung a lantern from the mast before the boats left the harbour.', 'Los pescadores colgaron un farol del mástil antes de zarpar.'],
  ['Paper lanterns lined the square for the summer festival in Corvell.', 'Farolillos de papel adornaban la plaza para la fiesta de verano de Corvell.'],
  ['The keeper climbed to the lantern every evening to light the lamp.', 'El farero subía a la linterna cada tarde para encender la lámpara.'],
];
const rAdd: readonly Row[] = [
  ['lantern', 'n', '(architecture: roof structure)', 'linterna, lucernario', 'nf, nm'],
  ['lantern', 'n', '(magic lantern: projector)', 'linterna mágica', 'nf'],
];
const rAddEx: readonly [string, string][] = [
  ['A glazed lantern on the roof lets daylight into the stairwell.', 'Un lucernario acristalado en el tejado deja entrar la luz en la escalera.'],
];
const rCompound: readonly [string, string][] = [
  ['lantern jaw', 'mandíbula prominente, quijada saliente'],
  ['lantern-jawed', 'de mandíbula prominente'],
  ['Chinese lantern', 'farolillo chino'],
  ['storm lantern', 'farol de tormenta, quinqué'],
];
const rForum = ['lantern festival', 'hang a lantern on it', 'lantern or lamp?', 'carry a lantern for someone'];
const rTop = ['Dictionary', 'Conjugator', 'Forums', 'English-Spanish', 'English-French', 'English-Italian', 'Spanish-English'];
const rFoot = ['About', 'Privacy Policy', 'Terms of Service', 'Support', 'Copyright'];
const rows = (rs: readonly Row[], ex: readonly (readonly [string, string] | undefined)[], base: number): string =>
  rs
    .map((r, i) => {
      const cls = (base + i) % 2 === 0 ? 'even' : 'odd';
      const e = ex[i];
      return `<tr class="${cls}" id="enes:${1200 + base + i}"><td class="FrWrd"><strong>${r[0]}</strong> <em class="POS2">${r[1]}</em></td>
<td> ${r[2]} </td><td class="ToWrd">${r[3]} <em class="POS2">${r[4]}</em></td></tr>
${
  e === undefined
    ? ''
    : `<tr class="${cls}"><td>&nbsp;</td><td colspan="2" class="FrEx"><span dir="ltr">${e[0]}</span></td></tr>
<tr class="${cls}"><td>&nbsp;</td><td colspan="2" class="ToEx">${e[1]}</td></tr>`
}`;
    })
    .join('\n');
const head = (t: string): string =>
  `<tr class="wrtopsection"><td colspan="3" title="${t}"><strong><span class="ph">${t}</span></strong></td></tr>
<tr class="langHeader" style="font-size: 13px;text-decoration: underline;font-weight:bold;"><td class="FrWrd"><span class="ph">English</span></td><td></td>
<td class="ToWrd"><span class="ph">Spanish</span></td></tr>`;
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>lantern - English-Spanish Dictionary - WordReference.com</title>
<meta name="description" content="lantern - translation to Spanish, pronunciation, and forum discussions">
<link rel="canonical" href="https://www.wordreference.example/es/translation.asp?tranword=lantern"><link rel="stylesheet" href="/2012/style/4/wr.css">
<script>var isMobile=false,dictLang='enes',strWord='lantern';var gdprApplies=true;</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body><div id="ad1" class="adtop"><span class="adlabel">Advertisement</span></div>
<div id="header"><div id="logo"><a href="/"><img src="/images/WRlogo.png" alt="WordReference.com | Online Language Dictionaries"></a></div>
<div id="topnav"><ul>${links(rTop)}</ul></div>
<form id="search" action="/redirect/translation.aspx"><input id="si" name="w" value="lantern" aria-label="search"><select id="fSelect" name="dict">
<option value="enes" selected>English-Spanish</option></select><input type="submit" value="Search"></form></div>
<div id="centercolumn"><div id="articleHead"><h1 class="headerWord">${rTitle}</h1><span class="pronWR tooltip">/ˈlæntən/</span>
<div id="listen_widget"><a href="#" class="listen">Listen:</a> UK | US</div></div>
<div id="article"><table class="WRD" data-dict="enes"><tbody>
${head('Principal Translations')}
${rows(rPrin, rPrinEx, 0)}
</tbody></table>
<table class="WRD" data-dict="enes"><tbody>
${head('Additional Translations')}
${rows(rAdd, rAddEx, 3)}
</tbody></table>
<table class="WRD" data-dict="enes"><tbody>
<tr class="wrtopsection"><td colspan="3"><strong><span class="ph">Compound Forms:</span></strong></td></tr>
${rCompound
  .map(
    (c, i) => `<tr class="${i % 2 === 0 ? 'even' : 'odd'}"><td class="FrWrd"><strong>${c[0]}</strong></td><td
class="ToWrd">${c[1]}</td></tr>`,
  )
  .join('\n')}
</tbody></table>
<div class="small1" id="reportError"><a href="#">Report an inappropriate ad.</a></div>
<div id="FTintro" class="small1">'<strong>lantern</strong>' also found in these entries (note: many are not synonyms or translations):</div></div>
<div id="threadsHeader"><h2 class="threadsTitle">Discussions about 'lantern' in the English Only forum</h2>
<ul id="threads">${links(rForum)}</ul><p class="small1">Visit the English Only forum. Help WordReference: Ask in the forums yourself.</p></div>
<div id="adRight" class="adright"><span class="adlabel">Advertisement</span></div></div>
<div id="footer"><ul class="footlinks">${links(rFoot)}</ul><p>Copyright © 2026 WordReference.com</p></div>
<div id="qc-cmp2-ui" role="dialog" aria-label="qc-cmp2-ui"><p class="qc-cmp2-summary-info">We value your privacy. We and our partners store and access
information on a device, such as cookies, and process personal data.</p><div class="qc-cmp2-summary-buttons"><button mode="secondary">MORE OPTIONS</button>
<button mode="primary">AGREE</button></div></div>
<script src="/2012/js/wr.js" defer></script></body></html>`;
const wordref: TestPage = {
  name: 'heldout428-wordreference-bilingual-entry',
  kind: 'wiki',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts([...[...rPrin, ...rAdd].flatMap((r) => [r[2], `${r[3]} ${r[4]}`]), ...[...rPrinEx, ...rAddEx].flat(), ...rCompound.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', ...rTop, 'Principal Translations', 'Additional Translations', 'English', 'Spanish', 'Compound Forms:', '/ˈlæntən/', 'Listen:',
    'Report an inappropriate ad.', "also found in these entries (note: many are not synonyms or translations):",
    "Discussions about 'lantern' in the English Only forum", ...rForum, 'Visit the English Only forum. Help WordReference: Ask in the forums yourself.',
    ...rFoot, 'Copyright © 2026 WordReference.com', 'We value your privacy.', 'MORE OPTIONS', 'AGREE',
  ],
};

export const HELDOUT428_C: readonly TestPage[] = [wordref, ledgerwise];
